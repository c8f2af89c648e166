"""The one place the window hears of changes: every view subscribes here and nowhere else.

Change sets arrive from the database as transactions commit — on the GUI thread or a
worker's, and (in a shared office) from other workstations. They are gathered and handed
out on the GUI thread: at once after an edit of this window (so the edit's own view shows
it before it selects the new row), otherwise on the next turn of the event loop, merged.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from ..domain.changes import ChangeSet, merge_all


class ChangeHub(QObject):
    """Broadcasts merged change sets; ``changed`` is the signal every view listens to."""

    changed = Signal(object)  # a ChangeSet
    _arrived = Signal()

    def __init__(self, subscribe: Callable[[Callable[[ChangeSet], None]], Callable[[], None]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending: list[ChangeSet] = []
        self._lock = threading.Lock()
        self._arrived.connect(self.flush, Qt.ConnectionType.QueuedConnection)
        self._stop = subscribe(self.post)
        self.destroyed.connect(lambda *_: self._stop())

    def post(self, change: ChangeSet) -> None:
        """Take a change set from any thread; it is handed out on the GUI thread."""
        with self._lock:
            first = not self._pending
            self._pending.append(change)
        if first:
            with contextlib.suppress(RuntimeError):  # the window is gone: nobody to tell
                self._arrived.emit()

    def flush(self) -> None:
        """Hand out what has arrived, now (called after each edit, and by the event loop)."""
        with self._lock:
            pending, self._pending = self._pending, []
        if pending:
            self.changed.emit(merge_all(pending))

    def close(self) -> None:
        self._stop()


class ChangeFollower(QObject):
    """Hands each change set to a view: at once while it is on screen; while it is hidden,
    as it is next shown (``CATCH_UP``), at once anyway (``APPLY``: an open delegation tab
    must never show an old hour), or not at all (``SKIP``: whoever shows the view refreshes
    it then). It lives as the view's child and stops with it."""

    CATCH_UP, APPLY, SKIP = "catch up", "apply", "skip"

    def __init__(self, view: QWidget, hub: ChangeHub, apply: Callable[[ChangeSet], None],
                 when_hidden: str = CATCH_UP) -> None:
        super().__init__(view)
        self.view, self.apply, self.when_hidden = view, apply, when_hidden
        self.missed: ChangeSet | None = None
        hub.changed.connect(self._on_change)
        if when_hidden == self.CATCH_UP:
            view.installEventFilter(self)

    def _on_change(self, change: ChangeSet) -> None:
        if self.view.isVisible() or self.when_hidden == self.APPLY:
            self.apply(change)
        elif self.when_hidden == self.CATCH_UP:
            self.missed = change if self.missed is None else self.missed.merged(change)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Show and self.missed:
            change, self.missed = self.missed, None
            self.apply(change)
        return False
