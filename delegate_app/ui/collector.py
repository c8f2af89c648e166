"""Python's garbage collection, run on the GUI thread only.

Python collects cycles on whichever thread happens to allocate, and a collected wrapper
deletes its Qt object there: a window's timer deleted on a worker thread (while it gathers
Today) crashes Qt's timer list on the GUI thread. So automatic collection is off and a
GUI-thread timer collects instead, by the same generation thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer


class GuiThreadCollector(QObject):
    """Collects garbage every ``interval`` ms on the thread it lives on (the GUI thread)."""

    def __init__(self, interval: int = 500) -> None:
        super().__init__(QCoreApplication.instance())
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval)

    def check(self) -> None:
        first, second, third = gc.get_count()
        if first > self.thresholds[0]:
            generation = 0
            if second > self.thresholds[1]:
                generation = 1
                if third > self.thresholds[2]:
                    generation = 2
            gc.collect(generation)


_installed: GuiThreadCollector | None = None


def collect_on_gui_thread() -> None:
    """Install the collector once per application (call it on the GUI thread)."""
    global _installed
    app = QCoreApplication.instance()
    if _installed is None or _installed.parent() is not app:
        _installed = GuiThreadCollector()
