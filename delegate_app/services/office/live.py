"""One workstation kept in step with the shared office (PostgreSQL).

Every commit announces its change set to colleagues (NOTIFY, in the same transaction); a
listener thread hands theirs to the database's change path as if made here (with their
``origin``), tells whoever watches when the server goes away and comes back, and settles
saves whose commit got no answer by asking the server about their transaction.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from ...db import live
from ...db.changes import ChangeRecorder
from ...domain.changes import ChangeSet
from ...domain.errors import ConnectionLostError, SaveUnknownError

StateListener = Callable[[bool], None]
Settled = Callable[[bool], None]


def workstation(who: str) -> str:
    return f"{who}@{socket.gethostname()}"


class LiveLink:
    """Colleagues' changes in, the connection's state out; one per open database."""

    def __init__(self, engine: Engine, sessions: sessionmaker[Session],
                 recorder: ChangeRecorder) -> None:
        """Made before the engine opens its first connection, so every one is known."""
        self.engine, self.recorder = engine, recorder
        self.own = live.OwnConnections(engine)  # before any connection is opened
        live.install_commit_hooks(sessions, engine, lambda: recorder.who,
                                  lambda: workstation(recorder.who))
        self.online = True
        self._watchers: list[StateListener] = []
        self._later: list[tuple[SaveUnknownError, Settled]] = []
        self._lock = threading.Lock()
        self._listener: live.ChangeListener | None = None

    # Listening -----------------------------------------------------------------------
    def start(self, check_every: float = 30.0) -> None:
        """Start hearing colleagues' changes (the window does; commands need not)."""
        if self._listener is None:
            self._listener = live.ChangeListener(live.connector(self.engine), self.own,
                                                 self._arrived, self._state, check_every)
            self._listener.start()

    def wait_until_listening(self, timeout: float) -> bool:
        """True once colleagues' changes are heard (LISTEN in place on the server)."""
        return self._listener is not None and self._listener.listening.wait(timeout)

    def stop(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.stop()
            listener.join(timeout=5)

    def _arrived(self, change: ChangeSet) -> None:
        self.recorder.announce(change)

    def watch(self, listener: StateListener) -> Callable[[], None]:
        """Be told (from any thread) when the server goes away (False) and is back (True)."""
        with self._lock:
            self._watchers.append(listener)

        def stop() -> None:
            with self._lock:
                if listener in self._watchers:
                    self._watchers.remove(listener)

        return stop

    def _state(self, online: bool) -> None:
        self.online = online
        with self._lock:
            watchers = list(self._watchers)
            later = self._later if online else []
            if online:
                self._later = []
        for watcher in watchers:
            watcher(online)
        for error, settled in later:
            self._settle_or_wait(error, settled)

    # Saves whose commit got no answer ------------------------------------------------------
    def settle(self, error: SaveUnknownError) -> bool | None:
        """Was it saved? True or False from the server; None while it cannot be asked."""
        if error.transaction is None:
            return False
        try:
            status = live.transaction_status(self.engine, error.transaction)
        except ConnectionLostError:
            return None
        if status == "committed":
            # Nobody announced it (the commit raised): every view reloads what it shows.
            self.recorder.announce(live.everything(_tables(), self.recorder.who))
            return True
        return False if status in ("aborted", None) else None

    def settle_later(self, error: SaveUnknownError, settled: Settled) -> None:
        """Ask once the server is back; ``settled`` hears the answer (from any thread)."""
        self._settle_or_wait(error, settled)

    def _settle_or_wait(self, error: SaveUnknownError, settled: Settled) -> None:
        answer = self.settle(error)
        if answer is None:
            with self._lock:
                self._later.append((error, settled))
            return
        settled(answer)


def _tables() -> frozenset[str]:
    from ...db.models import Base

    return frozenset(Base.metadata.tables)
