"""Engines with the SQLite pragmas the design asks for, and the URL helpers around them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, SessionTransaction

from ..config import create_private_file, private_folder
from ..domain.errors import (
    ConnectionLostError,
    DatabaseError,
    NotAllowedError,
    SaveUnknownError,
)
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
    if parsed.get_backend_name() != "postgresql":
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url, pool_pre_ping=True, connect_args=dict(KEEPALIVE))
    _plain_errors(engine)
    return engine


# A server gone quiet behind a dead network is noticed within ~25 s instead of hours.
KEEPALIVE = {"connect_timeout": 5, "keepalives": 1, "keepalives_idle": 10,
             "keepalives_interval": 5, "keepalives_count": 3}
XID, COMMITTING = "delegate_app.xid", "delegate_app.committing"  # set by db/live.py
LOST = QT_TRANSLATE_NOOP(
    "delegate_app", "The office database cannot be reached right now, so nothing was saved. "
    "What is open stays readable; delegate_app reconnects by itself — try again in a moment.")
UNKNOWN = QT_TRANSLATE_NOOP(
    "delegate_app", "The connection to the office database dropped while your change was "
    "being saved. delegate_app asks the server whether it was saved as soon as it is back; "
    "do not make the change again until then.")
_SERVER_GONE = ("57P01", "57P02", "57P03", "08000", "08003", "08006", "08001", "08004")


def _plain_errors(engine: Engine) -> None:
    """A refusal by the server's grants, or a lost server, in words an officer reads."""

    @event.listens_for(engine, "handle_error")
    def _translate(context: Any) -> None:
        original = context.original_exception
        state = getattr(original, "sqlstate", None)
        # A viewer's session writes to the masked views (db/office.py): the server refuses
        # their empty internal columns before it even looks at the grants.
        if state == "42501" or (state == "0A000" and " of view " in str(original)):
            detail = str(original).splitlines()[0] if str(original) else "permission denied"
            raise NotAllowedError(QT_TRANSLATE_NOOP(
                "delegate_app", "Your role does not allow this, so nothing was changed (the "
                "database said: {detail})."), detail=detail)
        if context.is_pre_ping:
            return  # the pool opens a fresh connection by itself
        if state is None and context.connection is None:
            _refused_sign_in(str(original), context.engine)
        lost = context.is_disconnect or state in _SERVER_GONE or (
            state is None and type(original).__name__ == "OperationalError")
        if not lost:
            return
        info = _info(context.connection)
        if info.get(COMMITTING) and info.get(XID) is not None:
            raise SaveUnknownError(UNKNOWN, int(info[XID]))
        raise ConnectionLostError(LOST)


_SIGN_IN = (("is not permitted to log in", QT_TRANSLATE_NOOP(
                "delegate_app", "{user} may no longer sign in to the office database (the "
                "officer was removed); ask IT or the head of protocol.")),
            ("password authentication failed", QT_TRANSLATE_NOOP(
                "delegate_app", "Wrong password for {user}.")),
            ("no password supplied", QT_TRANSLATE_NOOP(
                "delegate_app", "The office database asks {user} for a password: keep it in "
                "the PostgreSQL password file ({file}) or in the address.")),
            ("does not exist", QT_TRANSLATE_NOOP(
                "delegate_app", "There is no officer named {user} on this database server, "
                "or no such database; check the address.")),
            ("permission denied for database", QT_TRANSLATE_NOOP(
                "delegate_app", "{user} is not an officer of this office database; ask IT to "
                "add them.")))
_PASSWORD_FILE = "~/.pgpass; on Windows %APPDATA%\\postgresql\\pgpass.conf"


def _refused_sign_in(message: str, engine: Any) -> None:
    """The server answered and said no: not an outage, a sign-in the officer can act on."""
    user = getattr(getattr(engine, "url", None), "username", None) or "this account"
    for words, sentence in _SIGN_IN:
        if words in message:
            raise DatabaseError(sentence, user=user, file=_PASSWORD_FILE)
    if "FATAL:" in message:
        reason = message.split("FATAL:", 1)[1].strip().splitlines()[0]
        raise DatabaseError(QT_TRANSLATE_NOOP(
            "delegate_app", "The office database refused to sign in {user}: {reason}."),
            user=user, reason=reason)


def _info(connection: Any) -> dict[str, Any]:
    try:
        return dict(connection.info) if connection is not None else {}
    except Exception:  # an invalidated connection has nothing to tell
        return {}
