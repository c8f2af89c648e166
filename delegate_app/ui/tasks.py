"""Work off the GUI thread: a QRunnable whose result or error comes back by signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class BackgroundTask(QRunnable):
    """Runs ``work`` in the global thread pool; ``finished``/``failed`` arrive on the GUI thread."""

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()
        self.setAutoDelete(False)  # the caller keeps it until a signal has arrived

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # reported to the officer by whoever listens
            self.signals.failed.emit(exc)
            return
        self.signals.finished.emit(result)


def run_in_background(work: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[Exception], None]) -> BackgroundTask:
    task = BackgroundTask(work)
    task.signals.finished.connect(on_done)
    task.signals.failed.connect(on_error)
    QThreadPool.globalInstance().start(task)
    return task
