"""One process per SQLite file: an OS-level lock that names its holder and dies with it."""

from __future__ import annotations

import getpass
import json
import os
import socket
from datetime import datetime
from pathlib import Path
from typing import IO

from ..domain.errors import DatabaseError, DatabaseLockedError

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


class DatabaseLock:
    """Held while a process uses a database file; released by the OS if the process dies.

    The lock file beside the database records who holds it, so a refused second
    start can say who to ask.
    """

    def __init__(self, database_path: Path) -> None:
        self.database_path = database_path
        self.path = database_path.with_name(database_path.name + ".lock")
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        from .engine import ensure_folder

        ensure_folder(self.database_path)
        try:
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held open
        except OSError as exc:
            raise DatabaseError(f"Cannot open the database {self.database_path}: "
                                f"{exc.strerror or exc}.") from exc
        if not _try_lock(handle):
            holder = self._read_holder(handle)
            handle.close()
            raise DatabaseLockedError(
                f"The database {self.database_path} is already open in delegate_app"
                f"{holder}. Close it there first."
            )
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps({
            "user": getpass.getuser(),
            "host": socket.gethostname(),
            "pid": os.getpid(),
            "since": datetime.now().strftime("%Y-%m-%d %H:%M"),
        }))
        handle.flush()
        self._handle = handle

    @staticmethod
    def _read_holder(handle: IO[str]) -> str:
        try:
            handle.seek(0)
            info = json.loads(handle.read() or "{}")
        except (OSError, ValueError):
            return ""
        if not info:
            return ""
        return (f" by {info.get('user', '?')} on {info.get('host', '?')}"
                f" (process {info.get('pid', '?')}, since {info.get('since', '?')})")

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            self._handle.seek(0)
            self._handle.truncate()
            self._handle.flush()
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None

    def __enter__(self) -> DatabaseLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
