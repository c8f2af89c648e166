"""Peak memory with the office open and every page visited, and the longest stall of the
GUI thread meanwhile: a 5 ms heartbeat timer notes every gap between its ticks while the
pages open and their filters are typed into. Prints JSON."""

import json
import os
import resource
import sys

from gui import clock, open_window, settle, wait_ready
from PySide6.QtCore import QTimer

from delegate_app.ui.main_window import PAGE_TYPES


class Heartbeat:
    def __init__(self) -> None:
        self.last, self.worst, self.where, self.step = clock(), 0.0, "", "start"
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        now = clock()
        gap = now - self.last
        if gap > self.worst:
            self.worst, self.where = gap, self.step
        self.last = now


def main() -> None:
    beat = Heartbeat()
    app, _db, window = open_window(sys.argv[1])
    beat.step = "Today"
    wait_ready(window.current_page())
    steps = []
    for key, *_ in PAGE_TYPES:
        beat.step = f"open {key}"
        window.show_page(key)
        settle(app)
        edit = getattr(window.pages[key], "filter", None)
        if hasattr(edit, "setText"):
            for text in ("k", "ka", "kar", ""):
                beat.step = f"filter {key} '{text}'"
                edit.setText(text)
                settle(app)
        steps.append(key)
    beat.step = "idle"
    end = clock() + 0.3
    while clock() < end:
        settle(app)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"pages": steps, "stall_ms": beat.worst * 1000, "stall_at": beat.where,
                      "peak_rss_mib": peak}), flush=True)
    os._exit(0)  # measured; tearing down a window with worker threads about is not the job


main()
