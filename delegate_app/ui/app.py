"""Starting the GUI: the application object, translations, the database and the window."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ..services import overview, sample
from ..services.database import Database
from ..services.failures import start_log_file
from . import html, icons, language
from .context import AppContext
from .main_window import MainWindow
from .readiness import QuitWhenReady
from .settings import Settings
from .tasks import wait_for_jobs
from .text import error_text, tr
from .undo import UndoStack

SWITCH_INTERVAL = 0.001  # seconds


def application(settings: Settings | None = None) -> QApplication:
    """The application object, speaking the officer's language (or the environment's)."""
    app = QApplication.instance() or QApplication(sys.argv)
    # Pages load and describe records on worker threads: while one runs, the GUI thread
    # waits for the interpreter lock at every call into Python (a table's cells, a key
    # press) — a millisecond at most rather than Python's five.
    sys.setswitchinterval(SWITCH_INTERVAL)
    app.setApplicationName("delegate_app")
    app.setOrganizationName("delegate_app")
    app.setApplicationDisplayName("delegate_app")
    language.apply_chosen(settings or Settings())
    if icons.follow_palette():  # a dark desktop: colours that read on it
        html.restyle()
    return app  # type: ignore[return-value]


def _no_display() -> bool:
    """On Linux without a display server Qt would abort; say so plainly instead."""
    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def _report_unexpected(kind: type[BaseException], error: BaseException, _tb: object) -> None:
    """Whatever escapes a handler becomes a dialog (and a log entry), never a traceback."""
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    QMessageBox.warning(QApplication.activeWindow(), tr("Something went wrong"),
                        error_text(error))


def run_gui(db_arg: str | None, quit_when_ready: bool = False, started: float = 0.0) -> int:
    """Open the window on the database. ``quit_when_ready``: quit once the first page has
    painted its data, printing how long that took since ``started`` (a perf_counter)."""
    start_log_file()
    if _no_display():
        print("delegate-app: no display found. Run it from a desktop session, or use the "
              "commands (delegate-app --help); on a server, xvfb-run delegate-app.",
              file=sys.stderr)
        return 2
    app = application()
    try:
        db = Database(db_arg).open()
    except Exception as exc:  # the database, the OS or the unexpected: one sentence
        message = error_text(exc)
        QMessageBox.critical(None, tr("delegate_app cannot open the database"), message)
        print(f"delegate-app: {message}", file=sys.stderr)
        return 2
    sys.excepthook = _report_unexpected
    try:
        window = MainWindow(AppContext(db, UndoStack(app), Settings(),
                                       today=lambda: overview.office_today(db.sessions)))
        window.show()
        for notice in db.notices:
            window.ctx.notify(notice)
        if quit_when_ready:
            QuitWhenReady(app, window.current_page(), started)
        elif db.signed_in.may_write and sample.is_empty(db.sessions):
            QTimer.singleShot(0, window.offer_sample_plan)
        return app.exec()
    finally:
        wait_for_jobs(30)  # no job outlives the database
        db.close()
