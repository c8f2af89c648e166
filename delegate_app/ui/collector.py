"""Python's garbage collection, run on the GUI thread only.

Python collects cycles on whichever thread happens to allocate, and a collected wrapper
deletes its Qt object there: a window's timer deleted on a worker thread (while it gathers
Today) crashes Qt's timer list on the GUI thread. So automatic collection is off and a
GUI-thread timer collects instead, by the same generation thresholds — and, as Python
itself does, the oldest generation only once the objects that reached it since its last
collection are a quarter of those it held then: a full collection of an office's twenty
thousand people (50 ms and more) is not repeated every few seconds while nothing changed.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer


class GuiThreadCollector(QObject):
    """Collects garbage every ``interval`` ms on the thread it lives on (the GUI thread)."""

    def __init__(self, interval: int = 500) -> None:
        super().__init__(QCoreApplication.instance())
        self.thresholds = gc.get_threshold()
        self.long_lived = 0  # objects in the oldest generation after its last collection
        self.pending = 0  # objects that reached it since (survivors of middle collections)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval)

    def check(self) -> None:
        first, second, third = gc.get_count()
        if first <= self.thresholds[0]:
            return
        if second <= self.thresholds[1]:
            gc.collect(0)
        elif third <= self.thresholds[2] or self.pending <= self.long_lived // 4:
            young = len(gc.get_objects(0)) + len(gc.get_objects(1))
            self.pending += max(0, young - gc.collect(1))  # the survivors move up
        else:
            gc.collect(2)
            self.long_lived, self.pending = len(gc.get_objects(2)), 0


_installed: GuiThreadCollector | None = None
_frozen = False


def collect_on_gui_thread() -> None:
    """Install the collector once per application (call it on the GUI thread, once the
    modules are imported). What exists by then — modules, classes, functions, Qt's
    wrappers — lives as long as the process: it is moved out of the collector's way once
    (gc.freeze), so a full collection walks the office's records only (200 ms -> 50 ms with
    a big office's pages open)."""
    global _installed, _frozen
    if not _frozen:
        gc.freeze()
        _frozen = True
    app = QCoreApplication.instance()
    if _installed is None or _installed.parent() is not app:
        _installed = GuiThreadCollector()
