"""Atomic file writes, and removal of temporary files an interrupted write left behind."""

from __future__ import annotations

import contextlib
import os
import stat
import time
from pathlib import Path

from ..config import PRIVATE_FILE, data_dir, export_folders_file, private_folder

TEMP_MARKER = ".delegate_app-tmp-"
STALE_AFTER_SECONDS = 3600


def _remember_folder(folder: Path) -> None:
    registry = export_folders_file()
    known = set(registry.read_text(encoding="utf-8").splitlines()) if registry.exists() else set()
    if str(folder) not in known:
        private_folder(registry.parent)
        with open(registry, "a", encoding="utf-8") as handle:
            handle.write(f"{folder}\n")


def _keep_mode(descriptor: int, target: Path) -> None:
    if hasattr(os, "fchmod") and target.exists():
        with contextlib.suppress(OSError):
            os.fchmod(descriptor, stat.S_IMODE(target.stat().st_mode))


def atomic_write(target: Path, data: bytes) -> Path:
    """Write ``data`` to ``target`` so a reader sees the old file or the new one, never half.

    Temporary file in the same folder, flushed and fsynced, then ``os.replace``.
    """
    target = target.expanduser().resolve()
    folder = target.parent
    folder.mkdir(parents=True, exist_ok=True)
    _remember_folder(folder)
    temp = folder / f"{target.name}{TEMP_MARKER}{os.getpid()}"
    try:
        # Private while it is written; a file it replaces keeps the access it was given.
        with os.fdopen(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE),
                       "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
            _keep_mode(handle.fileno(), target)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    with contextlib.suppress(OSError):  # not every platform can fsync a directory
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    return target


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def clean_stale_temporaries(extra_folders: tuple[Path, ...] = ()) -> list[Path]:
    """Remove temporary files of interrupted writes; returns what was removed.

    A temporary file is stale when the process that wrote it is gone, or it is over
    an hour old.
    """
    registry = export_folders_file()
    folders = {data_dir(), *extra_folders}
    if registry.exists():
        folders.update(Path(line) for line in registry.read_text("utf-8").splitlines() if line)
    removed: list[Path] = []
    now = time.time()
    for folder in folders:
        if not folder.is_dir():
            continue
        for temp in folder.glob(f"*{TEMP_MARKER}*"):
            pid_text = temp.name.rsplit(TEMP_MARKER, 1)[-1]
            alive = pid_text.isdigit() and _pid_alive(int(pid_text))
            try:
                old = now - temp.stat().st_mtime > STALE_AFTER_SECONDS
                if not alive or old:
                    temp.unlink()
                    removed.append(temp)
            except OSError:
                continue
    return removed
