"""Engines with the SQLite pragmas the design asks for, and the URL helpers around them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, SessionTransaction

from ..config import create_private_file, private_folder
from ..domain.errors import DatabaseError
from ..domain.wording import QT_TRANSLATE_NOOP

BUSY_TIMEOUT_MS = 5000
WRITE_TRANSACTION = "delegate_app_write"  # execution option: this transaction will write


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _explicit_transactions(engine: Engine, foreign_keys: bool, wal: bool) -> None:
    """Let SQLAlchemy, not the sqlite3 driver, decide when a transaction begins.

    Python 3.11's sqlite3 otherwise opens transactions on its own and commits
    around DDL, which would break whole-migration rollback.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if wal:  # persistent in the file, so never set on a file we only inspect
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        immediate = connection.get_execution_options().get(WRITE_TRANSACTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


class OfficeSession(Session):
    """A session whose explicit ``begin()`` (``sessions.begin()``: every write) takes SQLite's
    write lock at once, so writers in one process queue for it instead of failing with
    "database is locked" when their snapshot turns out stale. Reads begin as before."""

    def begin(self, nested: bool = False) -> SessionTransaction:
        transaction = super().begin(nested)
        if not nested and self.get_bind().dialect.name == "sqlite":
            self.connection(execution_options={WRITE_TRANSACTION: True})
        return transaction


def ensure_folder(path: Path) -> None:
    """The database's folder exists (made private when we make it), and the file, when we
    create it, is readable by this account only: SQLite gives its WAL and SHM files the
    database's own permissions."""
    try:
        private_folder(path.parent)
        if not path.is_dir():
            create_private_file(path)
    except OSError as exc:
        reason = "a file is in the way" if isinstance(exc, FileExistsError) else exc.strerror
        raise DatabaseError(QT_TRANSLATE_NOOP(
            "delegate_app", "Cannot create the database {path}: its folder {folder} cannot be "
            "made ({reason})."), path=str(path), folder=str(path.parent),
            reason=str(reason)) from exc
    if path.is_dir():
        raise DatabaseError(QT_TRANSLATE_NOOP(
            "delegate_app", "{path} is a folder; give the path of a database file inside it."),
            path=str(path))


def make_engine(url: str, *, foreign_keys: bool = True, wal: bool = True) -> Engine:
    """An engine for ``url``; SQLite files get WAL, FULL sync, a busy timeout and FK checks.

    ``foreign_keys=False`` and ``wal=False`` are for migrations: they rebuild tables and
    check the keys themselves before committing, and must not alter a file they refuse.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            ensure_folder(path)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        _explicit_transactions(engine, foreign_keys, wal)
        return engine
    return create_engine(url, pool_pre_ping=True)
