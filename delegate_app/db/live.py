"""Live between workstations on PostgreSQL: each committed change set is sent with NOTIFY in
its own transaction, a thread LISTENs on a connection of its own, and a commit whose answer
was lost can be asked about by its transaction id."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import psycopg
from sqlalchemy import Connection, Engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from ..domain.changes import CHANGED, ChangeSet, RecordChange
from .changes import pending_change
from .engine import COMMITTING, KEEPALIVE, XID
from .models import Base

CHANNEL = "delegate_app_changes"
MAX_PAYLOAD = 7900  # the server refuses a NOTIFY payload of 8000 bytes or more


def payload(change: ChangeSet) -> str:
    """The change set as JSON; when too long for NOTIFY, only its kinds ("refresh these")."""
    full = change.to_json()
    if len(full.encode()) <= MAX_PAYLOAD:
        return full
    kinds = frozenset(RecordChange(kind, None, CHANGED) for kind in change.kinds)
    return ChangeSet(kinds, frozenset(), change.by, change.at, change.origin,
                     change.serial).to_json()


def everything(tables: frozenset[str], by: str = "", origin: str = "") -> ChangeSet:
    """A change set that makes every view reload (after notifications may have been lost)."""
    return ChangeSet(frozenset(RecordChange(t, None, CHANGED) for t in tables), frozenset(),
                     by, origin=origin)


class OwnConnections:
    """Backend process ids of this engine's connections, to skip our own notifications."""

    def __init__(self, engine: Engine) -> None:
        self._pids: set[int] = set()
        self._lock = threading.Lock()
        event.listen(engine, "connect", self._connected)
        for name in ("close", "close_detached", "invalidate", "soft_invalidate"):
            event.listen(engine, name, self._gone)

    def _connected(self, dbapi_connection: Any, record: Any) -> None:
        pid = int(dbapi_connection.info.backend_pid)
        record.info["backend_pid"] = pid
        with self._lock:
            self._pids.add(pid)

    def _gone(self, _dbapi_connection: Any, record: Any = None, *_: Any) -> None:
        pid = getattr(record, "info", {}).get("backend_pid")
        with self._lock:
            self._pids.discard(pid)  # type: ignore[arg-type]

    def __contains__(self, pid: object) -> bool:
        with self._lock:
            return pid in self._pids


def install_commit_hooks(sessions: sessionmaker[Session], engine: Engine,
                         who: Callable[[], str], origin: Callable[[], str]) -> None:
    """Before each commit that wrote something: note the transaction id (for an answer lost
    on the way) and NOTIFY the change set, so colleagues learn of it as it commits."""

    def before_commit(session: Session) -> None:
        session.flush()  # the last flush happens after this hook otherwise
        change = pending_change(session, who(), origin())
        if not change:
            return
        connection = session.connection()
        xid = connection.execute(text("SELECT pg_current_xact_id()::text")).scalar_one()
        connection.info[XID] = int(xid)
        connection.execute(text("SELECT pg_notify(:channel, :payload)"),
                           {"channel": CHANNEL, "payload": payload(change)})

    event.listen(sessions, "before_commit", before_commit)

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        connection.info.pop(XID, None)
        connection.info.pop(COMMITTING, None)

    @event.listens_for(engine, "commit")
    def _commit(connection: Connection) -> None:
        connection.info[COMMITTING] = True


def transaction_status(engine: Engine, xid: int) -> str | None:
    """'committed', 'aborted', 'in progress', or None when the server no longer knows."""
    with engine.connect() as conn:
        found = conn.execute(text("SELECT pg_xact_status(CAST(:x AS xid8))"),
                             {"x": str(xid)}).scalar_one()
    return None if found is None else str(found)


def connector(engine: Engine) -> Callable[[], psycopg.Connection[Any]]:
    """A way to open a connection of our own with the engine's address and credentials."""
    args, params = engine.dialect.create_connect_args(engine.url)
    params = {k: v for k, v in params.items() if k != "context"}
    params.update(KEEPALIVE)

    def connect() -> psycopg.Connection[Any]:
        return psycopg.connect(*args, autocommit=True, **params)

    return connect


def write_counters(conn: psycopg.Connection[Any]) -> dict[str, int]:
    """Rows written per table since the server started (cheap; for the periodic check)."""
    rows = conn.execute("SELECT relname, n_tup_ins + n_tup_upd + n_tup_del "
                        "FROM pg_stat_user_tables WHERE schemaname = 'public'").fetchall()
    return {str(name): int(count or 0) for name, count in rows}


class ChangeListener(threading.Thread):
    """LISTENs for colleagues' change sets; reconnects with backoff when the server goes.

    ``on_change`` gets each change set from another connection (ours are skipped by
    backend pid); ``on_state`` is told True/False as the server comes and goes. Every
    ``check_every`` seconds the write counters are compared as a fallback for changes that
    came without a notification (another tool, a restore).
    """

    def __init__(self, connect: Callable[[], psycopg.Connection[Any]], own: OwnConnections,
                 on_change: Callable[[ChangeSet], None], on_state: Callable[[bool], None],
                 check_every: float = 30.0) -> None:
        super().__init__(name="delegate_app change listener", daemon=True)
        self._connect, self._own = connect, own
        self._on_change, self._on_state = on_change, on_state
        self.check_every = check_every
        self._stopping = threading.Event()
        self.listening = threading.Event()  # set while LISTEN is in place
        self._online: bool | None = None
        self._counters: dict[str, int] | None = None
        self._heard = 0.0  # when a notification (anyone's) last arrived

    def stop(self) -> None:
        self._stopping.set()

    def run(self) -> None:
        delay = 0.2
        while not self._stopping.is_set():
            try:
                with self._connect() as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    self._state(True)
                    delay = 0.2
                    self._listen(conn)
            except psycopg.Error:
                self.listening.clear()
                self._state(False)
            self._stopping.wait(delay)
            delay = min(delay * 2, 5.0)

    def _state(self, online: bool) -> None:
        if online == self._online:
            return
        came_back = online and self._online is False
        self._online = online
        self._on_state(online)
        if came_back:  # what was written meanwhile was never notified to us
            self._counters = None
            self._on_change(everything(frozenset(Base.metadata.tables), origin="reconnected"))

    def _listen(self, conn: psycopg.Connection[Any]) -> None:
        next_check = time.monotonic()
        while not self._stopping.is_set():
            for note in conn.notifies(timeout=0.25):
                self._heard = time.monotonic()
                if note.pid in self._own:
                    continue
                try:
                    change = ChangeSet.from_json(note.payload)
                except (ValueError, KeyError, TypeError):
                    continue  # not ours to read; the periodic check still catches it
                self._on_change(change)
            if time.monotonic() >= next_check:
                self._check(conn)
                next_check = time.monotonic() + self.check_every

    def _check(self, conn: psycopg.Connection[Any]) -> None:
        counters = write_counters(conn)
        before, self._counters = self._counters, counters
        quiet = time.monotonic() - self._heard > 2 * self.check_every
        if before is None or not quiet:
            return  # notifications arrived lately: they told us; the counters are the base
        kinds = frozenset(t for t, n in counters.items() if before.get(t) != n)
        if kinds:
            self._on_change(ChangeSet(frozenset(RecordChange(t, None, CHANGED) for t in kinds),
                                      origin="periodic check"))
