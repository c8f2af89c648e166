"""Work off the GUI thread: a worker thread whose result or error comes back by signal."""

from __future__ import annotations

import contextlib
import ctypes
import itertools
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from .text import tr


class _Dispatcher(QObject):
    """Carries results from worker threads to the GUI thread. One for the whole app and
    never deleted, so a result can never be emitted on an object already gone."""

    done = Signal(int, object)
    failed = Signal(int, object)

    def __init__(self) -> None:
        super().__init__()
        self.waiting: dict[int, tuple[Callable[[Any], None], Callable[[Exception], None]]] = {}
        self.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)

    def _done(self, number: int, result: Any) -> None:
        callbacks = self.waiting.pop(number, None)
        if callbacks is not None:
            _deliver(callbacks[0], result)

    def _failed(self, number: int, error: Exception) -> None:
        callbacks = self.waiting.pop(number, None)
        if callbacks is not None:
            _deliver(callbacks[1], error)


def _deliver(callback: Callable[[Any], None], value: Any) -> None:
    try:
        callback(value)
    except RuntimeError as exc:  # its window was closed while the work ran: nobody to tell
        if "already deleted" not in str(exc):
            raise


def _one_malloc_arena() -> None:
    """Workers allocate from the process's one malloc arena (glibc): each thread's arena of
    its own kept what its loads freed, a few MiB of peak memory in all (measured)."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):  # no such C library: nothing to set
        ctypes.CDLL(None).mallopt(M_ARENA_MAX, 1)  # the C library the process runs on


M_ARENA_MAX = -8  # glibc's malloc.h
_one_malloc_arena()  # before the first worker thread starts
_dispatcher: _Dispatcher | None = None
_workers = ThreadPoolExecutor(max_workers=4, thread_name_prefix="delegate_app-job")
_running: set[Future[None]] = set()
_numbers = itertools.count(1)


class BackgroundTask:
    """A piece of work running off the GUI thread; its result or error arrives on the GUI
    thread through the dispatcher. ``progress`` is set by run_with_progress."""

    def __init__(self, work: Callable[[], Any]) -> None:
        self.work = work
        self.number = next(_numbers)
        self.progress: QProgressDialog | None = None


def _run(task: BackgroundTask, dispatcher: _Dispatcher) -> None:
    try:
        result = task.work()
    except Exception as exc:  # reported to the officer by whoever listens
        dispatcher.failed.emit(task.number, exc)
        return
    dispatcher.done.emit(task.number, result)


def run_in_background(work: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[Exception], None]) -> BackgroundTask:
    """Run ``work`` on a worker thread; ``on_done`` or ``on_error`` runs on the GUI thread."""
    global _dispatcher
    if _dispatcher is None:
        _dispatcher = _Dispatcher()  # made on the GUI thread, lives as long as the app
    task = BackgroundTask(work)
    _dispatcher.waiting[task.number] = (on_done, on_error)
    future = _workers.submit(_run, task, _dispatcher)
    _running.add(future)
    future.add_done_callback(_running.discard)
    return task


def after_pending_events(longest: float = 0.25) -> Callable[[], None]:
    """For a job to call first: it waits (without the interpreter lock) until the GUI thread
    has handled the events pending now — a page just shown is laid out and painted before
    its rows are read, not while a worker holds the lock — or ``longest`` seconds."""
    handled = threading.Event()
    QTimer.singleShot(0, handled.set)

    def wait() -> None:
        handled.wait(longest)

    return wait


def jobs_running() -> bool:
    """Whether any job has not finished yet (its answer may still be on its way)."""
    return bool(_running)


def wait_for_jobs(timeout: float = 60.0) -> None:
    """Block until every job has finished (before the database they read is closed)."""
    wait(list(_running), timeout=timeout)


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
