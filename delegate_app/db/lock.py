"""One process per SQLite file: an OS-level lock that names its holder and dies with it.

Two locks are held: one beside the file under its name (the holder's name is written
there), and one for the file itself, named after its device and inode in the data
folder, so a hard link or any other name for the same file is refused too.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
from datetime import datetime
from pathlib import Path
from typing import IO

from ..config import PRIVATE_FILE, data_dir, private_folder
from ..domain.errors import DatabaseError, DatabaseLockedError
from ..domain.wording import QT_TRANSLATE_NOOP, Wording

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (containers)
        return "?"


class DatabaseLock:
    """Held while a process uses a database file; released by the OS if the process dies.

    The lock file beside the database records who holds it, so a refused second
    start can say who to ask.
    """

    def __init__(self, database_path: Path) -> None:
        self.database_path = database_path
        self.path = database_path.with_name(database_path.name + ".lock")
        self._handle: IO[str] | None = None
        self._identity: IO[str] | None = None

    def _open(self, path: Path) -> IO[str]:
        try:
            return os.fdopen(os.open(path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE), "r+",
                             encoding="utf-8")
        except OSError as exc:
            raise DatabaseError(QT_TRANSLATE_NOOP(
                "delegate_app", "Cannot open the database {path}: {reason}."),
                path=str(self.database_path), reason=exc.strerror or str(exc)) from exc

    def identity_path(self) -> Path | None:
        """The lock of the file itself: the same for every name it has (None on Windows,
        where the lock beside the file is the only one)."""
        if os.name == "nt":  # pragma: no cover - exercised on Windows only
            return None
        found = self.database_path.stat()
        return data_dir() / "locks" / f"{found.st_dev}-{found.st_ino}.lock"

    def _take(self, path: Path, other_name: bool) -> IO[str]:
        handle = self._open(path)
        if not _try_lock(handle):
            holder = self._read_holder(handle)
            handle.close()
            alias = Wording(QT_TRANSLATE_NOOP(
                "delegate_app", " under another name (a link to the same file)"))
            alias = alias if other_name else Wording("")
            raise DatabaseLockedError(QT_TRANSLATE_NOOP(
                "delegate_app", "The database {path} is already open in delegate_app{alias}"
                "{holder}. Close it there first."),
                path=str(self.database_path), alias=alias, holder=holder)
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps({
            "user": _user(), "host": socket.gethostname(), "pid": os.getpid(),
            "since": datetime.now().strftime("%Y-%m-%d %H:%M"),
            "file": str(self.database_path)}))
        handle.flush()
        return handle

    def acquire(self) -> None:
        from .engine import ensure_folder

        ensure_folder(self.database_path)  # makes the file, so it has an identity to lock
        self._handle = self._take(self.path, other_name=False)
        try:
            identity = self.identity_path()
            if identity is not None:
                private_folder(identity.parent)
                self._identity = self._take(identity, other_name=True)
        except OSError as exc:
            self.release()
            raise DatabaseError(QT_TRANSLATE_NOOP(
                "delegate_app", "Cannot open the database {path}: {reason}."),
                path=str(self.database_path), reason=exc.strerror or str(exc)) from exc
        except BaseException:
            self.release()
            raise

    @staticmethod
    def _read_holder(handle: IO[str]) -> str | Wording:
        try:
            handle.seek(0)
            info = json.loads(handle.read() or "{}")
        except (OSError, ValueError):
            return ""
        if not info:
            return ""
        return Wording(QT_TRANSLATE_NOOP(
            "delegate_app", " by {user} on {host} (process {pid}, since {since})"),
            {key: str(info.get(key, "?")) for key in ("user", "host", "pid", "since")})

    def release(self) -> None:
        for handle in (self._identity, self._handle):
            if handle is None:
                continue
            try:
                handle.seek(0)
                handle.truncate()
                handle.flush()
                _unlock(handle)
            finally:
                handle.close()
        self._identity = self._handle = None

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
