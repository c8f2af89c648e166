"""Opening a database for use: lock, upgrade, engine and the session factory."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from ..config import data_dir, ours, private_folder, resolve_database_url, tighten
from ..db import office as office_sql
from ..db import revision, stamp
from ..db.audit import AuditTrail
from ..db.changes import ChangeRecorder
from ..db.engine import OfficeSession, make_engine, sqlite_path
from ..db.lock import DatabaseLock
from ..domain.changes import ChangeSet
from ..domain.errors import ConnectionLostError, DatabaseError
from ..domain.office import SignedIn
from ..domain.wording import QT_TRANSLATE_NOOP, Wording
from ..exports.atomic import clean_stale_temporaries
from ..language.speech import said
from . import failures

if TYPE_CHECKING:
    from .office.live import LiveLink


def officer_name() -> str:
    """Who makes the changes on one workstation: the operating-system account (on a shared
    PostgreSQL office, ``Database.officer``: the signed-in login role)."""
    return stamp.os_account()


class Database:
    """One database in use by this process.

    ``exclusive`` (the GUI and every command that writes) holds the file lock for
    the lifetime of the object; read-only commands take it only if an upgrade is due.
    """

    def __init__(self, url_or_path: str | None = None, *, exclusive: bool = True) -> None:
        if url_or_path is not None and not url_or_path.strip():
            raise DatabaseError(QT_TRANSLATE_NOOP(
                "delegate_app", "--db needs a database file path or a database address."))
        self.url = resolve_database_url(url_or_path)
        try:
            parsed = make_url(self.url)
        except sa_exc.ArgumentError as exc:
            raise DatabaseError(QT_TRANSLATE_NOOP(
                "delegate_app", "'{given}' is neither a file path nor a database address such "
                "as postgresql://user@host/name."), given=url_or_path) from exc
        self.path: Path | None = sqlite_path(self.url)
        if parsed.get_backend_name() == "sqlite" and self.path is None:
            raise DatabaseError(QT_TRANSLATE_NOOP(
                "delegate_app", "An in-memory database would be lost when the program ends; "
                "give a file path instead."))
        self.exclusive = exclusive
        self._lock = DatabaseLock(self.path) if self.path is not None else None
        self._engine: Engine | None = None
        self._sessions: sessionmaker[Session] | None = None
        self.upgrade_report: revision.UpgradeReport | None = None
        self.changes = ChangeRecorder(officer_name())
        self.notices: list[str] = []  # said once to the officer (status bar, stderr)
        self.signed_in = SignedIn(self.changes.who, None, shared=False)
        self.live: LiveLink | None = None  # PostgreSQL: colleagues' changes, connection state

    @property
    def description(self) -> str:
        if self.path is not None:
            return str(self.path)
        url = make_url(self.url)
        hosts = url.host or ", ".join(str(h) for h in _as_tuple(url.query.get("host")))
        return f"{url.get_backend_name()} database {url.database} on {hosts or 'localhost'}"

    @property
    def shared(self) -> bool:
        """A shared office database (PostgreSQL) rather than one workstation's file."""
        return self.path is None

    @property
    def officer(self) -> str:
        """Who makes the changes: the login role on PostgreSQL, else the computer's account."""
        return self.changes.who

    def open(self) -> Database:
        if self.path is not None and not self.exclusive and not self.path.exists():
            raise DatabaseError(QT_TRANSLATE_NOOP(
                "delegate_app", "There is no database at {path}. Check the path, or create one "
                "with `delegate-app demo` or by opening the app."), path=str(self.path))
        self._make_private()
        failures.start_log_file()  # whatever goes wrong from here on leaves its detail there
        if self._lock is not None and self.exclusive:
            self._lock.acquire()
        try:
            self.upgrade_report = self._opened(self._upgrade)
            self._engine = make_engine(self.url)
            self._sessions = sessionmaker(self._engine, class_=OfficeSession,
                                          expire_on_commit=False)
            if self.shared:
                from .office.live import LiveLink

                self.live = LiveLink(self._engine, self._sessions, self.changes)
                self._sign_in(self._engine)
            self._sessions.configure(info={stamp.OFFICER: self.officer})
            self.changes.install(self._sessions)
            stamp.install(self._sessions)
            AuditTrail(lambda: self.officer).install(self._sessions)
        except BaseException:
            self.close()
            raise
        clean_stale_temporaries()
        return self

    def _make_private(self) -> None:
        """The data folder, the database and its companions for this account only; any that
        other accounts could read (an older version, a umask of 022) are tightened now."""
        try:
            private_folder(data_dir())
        except OSError as exc:
            raise DatabaseError(QT_TRANSLATE_NOOP(
                "delegate_app", "Cannot create the data folder {folder} ({reason})."),
                folder=str(data_dir()), reason=exc.strerror or str(exc)) from exc
        folders = [data_dir()] if ours(data_dir()) else []
        files: list[Path] = []
        if self.path is not None:
            files += [self.path.with_name(self.path.name + suffix)
                      for suffix in ("", "-wal", "-shm", "-journal", ".lock")]
            backups = self.path.parent / "backups"
            if backups.is_dir() and ours(backups):
                folders.append(backups)
                files += sorted(backups.glob("*.sqlite"))
        # Only regular files and folders that are ours: `--db /etc` must never close /etc.
        changed = tighten([p for p in folders] + [p for p in files if p.is_file()
                                                  and not p.is_symlink()])
        if changed:
            names = ", ".join(p.name for p in changed[:4])
            more = (Wording(QT_TRANSLATE_NOOP("delegate_app", " and {n} more"),
                            {"n": len(changed) - 4}) if len(changed) > 4 else "")
            self.notices.append(said(QT_TRANSLATE_NOOP(
                "delegate_app", "Other accounts on this computer could read {names}{more}; "
                "now only you can."), names=names, more=more))
            failures.notices.warning(self.notices[-1])
    def _opened(self, step: Callable[[], revision.UpgradeReport]) -> revision.UpgradeReport:
        """Opening is no save: a server that does not answer means it cannot be opened."""
        try:
            return step()
        except ConnectionLostError as exc:
            raise DatabaseError(QT_TRANSLATE_NOOP(
                "delegate_app", "{database} cannot be opened: the database server does not "
                "answer. Check the address, and that the server is running and reachable."),
                database=self.description) from exc

    def _upgrade(self) -> revision.UpgradeReport:
        try:
            probe = make_engine(self.url, wal=False)
            try:
                current = revision.current_revision(probe)
            finally:
                probe.dispose()
            if current is not None and current == revision.listed_head():
                return revision.UpgradeReport(current, current, None)  # Alembic not loaded
            from ..db import migrate

            if self.exclusive or self._lock is None:
                return migrate.upgrade(self.url)
            migrate.refuse_if_newer(current, self.description)
            if current == migrate.head_revision():
                return revision.UpgradeReport(current, current, None)
            with self._lock:
                return migrate.upgrade(self.url)
        except sa_exc.DatabaseError as exc:
            failures.log.warning("cannot open %s", self.description, exc_info=exc)
            # The driver's first line says what is wrong ("file is not a database",
            # "connection refused"); the rest, and any SQL, stays in the log file.
            reason = (str(exc.orig) if exc.orig is not None else str(exc)).strip()
            reason = reason.splitlines()[0] if reason else type(exc).__name__
            raise DatabaseError(QT_TRANSLATE_NOOP(
                "delegate_app", "{database} cannot be opened as a delegate_app database "
                "({reason})."), database=self.description, reason=reason) from exc
        except sa_exc.ArgumentError as exc:
            raise DatabaseError(QT_TRANSLATE_NOOP(
                "delegate_app", "'{given}' is not a database address: {reason}"),
                given=self.url, reason=str(exc)) from exc
        except ModuleNotFoundError as exc:
            hint = (QT_TRANSLATE_NOOP("delegate_app",
                                      " Install delegate-app[postgres] for PostgreSQL.")
                    if self.url.startswith("postgresql") else
                    QT_TRANSLATE_NOOP("delegate_app",
                                      " delegate_app works with SQLite files and PostgreSQL."))
            raise DatabaseError(QT_TRANSLATE_NOOP(
                "delegate_app", "The driver for {database} is not installed ({driver}).{hint}"),
                database=self.description, driver=exc.name or "", hint=Wording(hint)) from exc

    def _sign_in(self, engine: Engine) -> None:
        """On PostgreSQL the officer is the login role; the server says what it may do."""
        with engine.connect() as conn:
            name, role, may_write, may_manage = office_sql.signed_in(conn)
        self.changes.who = name
        self.signed_in = SignedIn(name, role, shared=True, may_write=may_write,
                                  may_manage=may_manage)

    def subscribe(self, listener: Callable[[ChangeSet], None]) -> Callable[[], None]:
        """Be told of every committed write (as a change set); returns the way to stop."""
        return self.changes.subscribe(listener)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise DatabaseError(QT_TRANSLATE_NOOP("delegate_app", "The database is not open."))
        return self._engine

    @property
    def sessions(self) -> sessionmaker[Session]:
        if self._sessions is None:
            raise DatabaseError(QT_TRANSLATE_NOOP("delegate_app", "The database is not open."))
        return self._sessions

    def close(self) -> None:
        if self.live is not None:
            self.live.stop()
            self.live = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
            self._sessions = None
        if self._lock is not None and self.exclusive:
            self._lock.release()

    def __enter__(self) -> Database:
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()


def _as_tuple(value: object) -> tuple[object, ...]:
    if value is None:
        return ()
    return tuple(value) if isinstance(value, tuple) else (value,)
