"""Peak memory with the office open and every page visited, and the longest stall of the
GUI thread meanwhile (the longest action: a page opening, a turn of the event loop while its
rows arrive from the worker that loads them, a keystroke in its filter). Prints JSON."""

import json
import os
import resource
import sys
import time

from gui import clock, open_window, settle, wait_ready

from delegate_app.ui.page_types import PAGE_TYPES

if os.environ.get("DELEGATE_APP_BENCH_TRACE"):  # where the memory goes (slow: not timed)
    import tracemalloc

    tracemalloc.start(6)


class Stalls:
    """How long the GUI thread is busy on each action (opening a page, a keystroke in its
    filter), counted until its events are processed: the longest is the worst stall.
    (A QTimer heartbeat would see the gaps directly, but a Python slot called every few
    milliseconds here ended in PySide's "none_dealloc" abort: see the bench notes.)"""

    def __init__(self) -> None:
        self.worst, self.where = 0.0, ""

    def time(self, step: str, action, app) -> None:
        started = clock()
        action()
        settle(app)
        self.saw(step, clock() - started)

    def saw(self, step: str, took: float) -> None:
        if took > self.worst:
            self.worst, self.where = took, step

    def until_loaded(self, step: str, page, app) -> None:
        """A page loading off the GUI thread: each turn of the event loop until its rows
        are shown is timed on its own (the rows arriving are one of them)."""
        while getattr(page, "loading", False):
            started = clock()
            app.processEvents()
            self.saw(step, clock() - started)
            time.sleep(0.002)


def main() -> None:
    app, _db, window = open_window(sys.argv[1])
    stalls = Stalls()
    wait_ready(window.current_page())
    # As an officer reads Today before a first click: meanwhile the window loads the other
    # pages' modules, one per idle moment (each such moment is timed as a stall too).
    deadline = clock() + 10
    while window.preloading and clock() < deadline:
        started = clock()
        app.processEvents()
        stalls.saw("idle: a page's module loading", clock() - started)
        time.sleep(0.002)
    steps = []
    for key, *_ in PAGE_TYPES:
        stalls.time(f"open {key}", lambda k=key: window.show_page(k), app)
        stalls.until_loaded(f"open {key} (rows arriving)", window.pages[key], app)
        edit = getattr(window.pages[key], "filter", None)
        if hasattr(edit, "setText"):
            for text in ("k", "ka", "kar", ""):
                stalls.time(f"filter {key} '{text}'", lambda t=text, e=edit: e.setText(t), app)
        steps.append(key)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if os.environ.get("DELEGATE_APP_BENCH_TRACE"):
        for stat in tracemalloc.take_snapshot().statistics("traceback")[:12]:
            print(f"{stat.size / 2**20:7.1f} MiB {stat.count:8}", file=sys.stderr)
            for line in stat.traceback.format()[-6:]:
                print("      ", line, file=sys.stderr)
    print(json.dumps({"pages": steps, "stall_ms": stalls.worst * 1000, "stall_at": stalls.where,
                      "peak_rss_mib": peak}), flush=True)
    os._exit(0)  # measured; tearing down a window with worker threads about is not the job


main()
