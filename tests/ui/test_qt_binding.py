"""The Qt binding as the window uses it, on this Python: a long day of calls does not abort.

PySide6 6.12.0 returns None from every void method without taking a reference to it. On
Python 3.11 (before None became immortal in 3.12) each call so drops one reference that
was never given, and after some 50,000 calls (an officer's few hundred actions) None's
count reaches zero and Python aborts the window: "none_dealloc: deallocating None"."""

from __future__ import annotations

import os
import subprocess
import sys

DAY = """
import delegate_app.ui  # what the window imports first
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
widget = QWidget()
for _ in range(400_000):  # more void calls than None has references in a small process
    widget.update()
    widget.setWindowTitle("Today")
print("still open")
"""


def test_a_long_day_of_qt_calls_does_not_abort_the_window() -> None:
    done = subprocess.run([sys.executable, "-c", DAY], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-1500:]
    assert done.stdout.strip() == "still open"
