"""What the GUI probes share: the application and a main window on an office, as
`delegate-app gui` makes them (settings kept in a throw-away folder)."""

import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from delegate_app.services import overview
from delegate_app.services.database import Database
from delegate_app.ui.app import application
from delegate_app.ui.context import AppContext
from delegate_app.ui.main_window import MainWindow
from delegate_app.ui.settings import Settings
from delegate_app.ui.undo import UndoStack


def open_window(path: str) -> tuple[QApplication, Database, MainWindow]:
    app = application()
    db = Database(path).open()
    folder = Path(tempfile.mkdtemp())
    settings = Settings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(AppContext(db, UndoStack(app), settings,
                                   today=lambda: overview.office_today(db.sessions)))
    window.show()
    return app, db, window


def wait_ready(page: object, timeout: float = 600) -> None:
    """Until the page (Today) has shown its data."""
    loop = QEventLoop()
    page.ready.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    loop.exec()


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def clock() -> float:
    return time.perf_counter()
