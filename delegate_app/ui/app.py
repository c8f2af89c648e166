"""Starting the GUI: the application object, translations, the database and the window."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from ..config import resources_dir
from ..domain.errors import DelegateAppError
from ..services import overview, sample
from ..services.database import Database
from .context import AppContext
from .main_window import MainWindow
from .settings import Settings
from .text import tr
from .undo import UndoStack


def _install_translations(app: QApplication) -> None:
    locale = QLocale()
    for folder, prefix in ((QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase"),
                           (str(resources_dir() / "translations"), "delegate_app")):
        translator = QTranslator(app)
        if translator.load(locale, prefix, "_", folder):
            app.installTranslator(translator)


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("delegate_app")
    app.setOrganizationName("delegate_app")
    app.setApplicationDisplayName("delegate_app")
    _install_translations(app)  # type: ignore[arg-type]
    return app  # type: ignore[return-value]


def _no_display() -> bool:
    """On Linux without a display server Qt would abort; say so plainly instead."""
    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def run_gui(db_arg: str | None) -> int:
    if _no_display():
        print("delegate-app: no display found. Run it from a desktop session, or use the "
              "commands (delegate-app --help); on a server, xvfb-run delegate-app.",
              file=sys.stderr)
        return 2
    app = application()
    try:
        db = Database(db_arg).open()
    except (DelegateAppError, OSError) as exc:
        message = exc.message if isinstance(exc, DelegateAppError) else (
            f"{exc.strerror or exc}: {exc.filename or db_arg}")
        QMessageBox.critical(None, tr("delegate_app cannot open the database"), message)
        print(f"delegate-app: {message}", file=sys.stderr)
        return 2
    try:
        window = MainWindow(AppContext(db, UndoStack(app), Settings(),
                                       today=lambda: overview.office_today(db.sessions)))
        window.show()
        if sample.is_empty(db.sessions) and db.signed_in.may_write:
            QTimer.singleShot(0, window.offer_sample_plan)
        return app.exec()
    finally:
        db.close()
