"""Pausing Python's cyclic garbage collector around work that makes many short-lived
objects and no lasting cycles. Plain Python, so every layer may use it."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_pause_lock = threading.Lock()
_pauses = 0  # pauses under way (layouts, checks) that asked the collector to wait
_collector_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector waits while a burst of short-lived objects is made:
    a document laid out (ReportLab makes hundreds of thousands of containers; 15% of a
    dossier's CPU went to full collections walking every object of the process) or the
    office's conflict check (a quarter of `check --upcoming`'s own work). The cycles left
    are collected as soon as the last pause under way ends (pauses on other threads share
    it)."""
    global _pauses, _collector_was_enabled
    with _pause_lock:
        if _pauses == 0:
            _collector_was_enabled = gc.isenabled()
            gc.disable()
        _pauses += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pauses -= 1
            if _pauses == 0 and _collector_was_enabled:
                gc.enable()
