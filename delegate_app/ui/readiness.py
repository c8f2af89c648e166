"""`gui --quit-when-ready`: once the first page has painted its data, say how long the
start took (wall and CPU) and quit — a smoke test for CI and the start-up benchmark."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

READY_LINE = "delegate-app: window ready in {wall:.3f} s wall, {cpu:.3f} s CPU"
EXIT_NOT_READY = 1


class QuitWhenReady(QObject):
    """Watches the first page: after its ``ready`` signal (pages that gather their data
    off the GUI thread have one) and the next paint of it, prints the line and quits 0.
    A page that never gets ready within ``timeout`` seconds quits with 1."""

    def __init__(self, app: QApplication, page: QWidget, started: float,
                 timeout: float = 300.0) -> None:
        super().__init__(app)
        self.app, self.page, self.started = app, page, started
        self._ready = False
        ready = getattr(page, "ready", None)
        if ready is None:
            self._on_ready()
        else:
            ready.connect(self._on_ready)
        QTimer.singleShot(int(timeout * 1000), self._too_late)

    def _on_ready(self) -> None:
        self._ready = True
        self.app.installEventFilter(self)  # the page's paint arrives at one of its children
        self.page.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (self._ready and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and (watched is self.page or self.page.isAncestorOf(watched))):
            self._ready = False
            self.app.removeEventFilter(self)
            QTimer.singleShot(0, self._done)  # after this paint has finished
        return False

    def _done(self) -> None:
        problem = getattr(self.page, "problem", "")
        if problem:
            print(f"delegate-app: the first page shows a problem: {problem}", file=sys.stderr)
            self.app.exit(EXIT_NOT_READY)
            return
        print(READY_LINE.format(wall=time.perf_counter() - self.started,
                                cpu=time.process_time()), flush=True)
        self.app.exit(0)

    def _too_late(self) -> None:
        print("delegate-app: the window did not get ready in time.", file=sys.stderr)
        self.app.exit(EXIT_NOT_READY)
