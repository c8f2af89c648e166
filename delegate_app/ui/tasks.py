"""Work off the GUI thread: a QRunnable whose result or error comes back by signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from .text import tr


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
        self.progress: QProgressDialog | None = None  # set by run_with_progress

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


def run_with_progress(parent: QWidget, text: str, work: Callable[[], Any],
                      on_done: Callable[[Any], None],
                      on_error: Callable[[Exception], None],
                      after_cancel: Callable[[], None] | None = None) -> BackgroundTask:
    """As ``run_in_background``, with a busy dialog; Cancel drops the result unseen.

    ``after_cancel`` runs on the GUI thread once cancelled work has ended (either way),
    to throw away what it left behind. The dialog is ``task.progress``.
    """
    dialog = QProgressDialog(text, tr("Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    cancelled: list[bool] = []
    dialog.canceled.connect(lambda: cancelled.append(True))

    def settle(report: Callable[[Any], None], outcome: Any) -> None:
        if dialog.wasCanceled():  # cancel() called by code does not emit ``canceled``
            cancelled.append(True)
        dialog.reset()
        if not cancelled:
            report(outcome)
        elif after_cancel is not None:
            after_cancel()

    task = run_in_background(work, lambda result: settle(on_done, result),
                             lambda error: settle(on_error, error))
    task.progress = dialog
    return task
