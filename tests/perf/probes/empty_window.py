"""Floor of the cold start: QApplication and an empty QMainWindow, shown and painted; prints
the ready line `gui --quit-when-ready` prints (same format, same clocks).

With ``--with-stack`` it first imports what any window on an office must (stack.py)."""

import time

STARTED = time.perf_counter()

from stack import import_the_stack_if_asked  # noqa: E402

import_the_stack_if_asked()

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402


class _Painted(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is window and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, done)
        return False


def done() -> None:
    print(f"delegate-app: window ready in {time.perf_counter() - STARTED:.3f} s wall, "
          f"{time.process_time():.3f} s CPU", flush=True)
    app.exit(0)


app = QApplication([])
window = QMainWindow()
window.resize(1440, 860)
watcher = _Painted()
window.installEventFilter(watcher)
window.show()
raise SystemExit(app.exec())
