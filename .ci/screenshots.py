"""Renders every page of the main window with the sample plan into docs/screenshots/.

Run with `make screenshots` (offscreen; no display needed). Look at the PNGs after any
change to a page.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSettings

from delegate_app.services import sample
from delegate_app.services.database import Database
from delegate_app.ui import language
from delegate_app.ui.app import application
from delegate_app.ui.context import AppContext
from delegate_app.ui.delegation import printing
from delegate_app.ui.main_window import MainWindow
from delegate_app.ui.settings import Settings
from delegate_app.ui.undo import UndoStack

AS_OF = date(2026, 11, 23)  # the sample plan's anchor: a visit under way, a trip ahead
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=ZoneInfo("Asia/Tehran"))  # nine at the office

PICK = {
    "delegations": lambda r: "Tokyo" in r.title,
    "summits": lambda r: r.session_count > 10,
    "people": lambda r: r.precedence_rank == 1,
    "cities": lambda r: r.data.name == "Buenos Aires",
}


def _workspace(app: object, window: MainWindow, out: Path) -> None:
    """The mayor's trip open: agenda with the home clock, timeline, members, conflicts."""
    page = window.show_page("delegations")
    _settled(app, page)
    trip = page.open(next(r.id for r in page.model.rows() if "Tokyo" in r.title))
    trip.home_clock.setChecked(True)
    shots = (("agenda", 0, None), ("timeline", 1, "America/Argentina/Buenos_Aires"),
             ("members", 2, None), ("conflicts", 3, None))
    for name, tab, zone in shots:
        trip.tabs.setCurrentIndex(tab)
        if zone:
            trip.zone.setCurrentText(zone)
        app.processEvents()  # type: ignore[attr-defined]
        window.grab().save(str(out / f"delegation-{name}.png"))
    trip.tabs.setCurrentIndex(0)
    trip.agenda.select_item(next(r.id for r in trip.rows
                                 if r.data.title.startswith("Courtesy call on the Governor")))
    dialog = printing.name_card_dialog(trip)
    dialog.show()
    app.processEvents()  # type: ignore[attr-defined]
    dialog.grab().save(str(out / "badges-dialog.png"))
    dialog.close()


def _history(app: object, window: MainWindow, out: Path) -> None:
    """Two officers' edits on record: the Activity page, and a person's History tab."""
    from dataclasses import replace
    from datetime import timedelta

    from delegate_app.services import itinerary, people

    db = window.ctx.db
    db.changes.who = "sara.k"
    trip = window.show_page("delegations").workspaces  # type: ignore[attr-defined]
    workspace = next(iter(trip.values()))
    item = next(r for r in workspace.rows if r.data.title.startswith("Courtesy call"))
    workspace.move_item(item.id, item.data.starts_at + timedelta(minutes=30),
                        item.data.ends_at + timedelta(minutes=30))
    db.changes.who = "hamid.r"
    mayor = next(p for p in people.list_people(db.sessions) if p.data.precedence_rank == 1)
    people.update_person(db.sessions, mayor.id, mayor.version,
                         replace(mayor.data, phone="+98 21 6100 0000"))
    version, data = itinerary.get_item(db.sessions, item.id)
    itinerary.update_item(db.sessions, item.id, version, replace(data, dress_code="Lounge suit"))
    _settled(app, window.show_page("activity"))
    window.grab().save(str(out / "activity.png"))
    page = window.show_page("people")
    page.select(mayor.id)  # type: ignore[attr-defined]
    page.detail_area.setCurrentWidget(page.history)  # type: ignore[attr-defined]
    _settled(app, page)
    window.grab().save(str(out / "people-history.png"))


def _settled(app: object, page: object) -> None:
    """List pages load their rows, and a record's detail, off the GUI thread: shoot them
    once every answer has arrived."""
    import time

    from delegate_app.ui.pages.base import DESCRIBE_AFTER_MS
    from delegate_app.ui.tasks import jobs_running, wait_for_jobs

    for _ in range(100):
        wait_for_jobs()
        until = time.monotonic() + 2 * DESCRIBE_AFTER_MS / 1000  # a detail is asked for
        while time.monotonic() < until:  # once the selection has stayed a moment
            app.processEvents()  # type: ignore[attr-defined]
            time.sleep(0.01)
        if not jobs_running() and not getattr(page, "loading", False):
            return


def _gathered(page: object) -> None:
    """Today gathers its day off the GUI thread: shoot it once it has."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    page.ready.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(30_000, loop.quit)
    page.refresh()  # type: ignore[attr-defined]
    loop.exec()


# Looks beside the languages: English in a dark system palette, and at 200% scale.
LOOKS = ("dark", "scale200")


def _dark(app: object) -> None:
    """A dark system palette, as a desktop in dark mode hands it to the app."""
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    role = QPalette.ColorRole
    for name, colour in ((role.Window, "#2b2d31"), (role.WindowText, "#e6e6e6"),
                         (role.Base, "#1e1f22"), (role.AlternateBase, "#26282c"),
                         (role.Text, "#e6e6e6"), (role.Button, "#35373c"),
                         (role.ButtonText, "#e6e6e6"), (role.ToolTipBase, "#35373c"),
                         (role.ToolTipText, "#e6e6e6"), (role.PlaceholderText, "#9a9a9a"),
                         (role.Highlight, "#3d6fb4"), (role.HighlightedText, "#ffffff"),
                         (role.Link, "#8ab4f8")):
        palette.setColor(name, QColor(colour))
    app.setStyle("Fusion")  # type: ignore[attr-defined]
    app.setPalette(palette)  # type: ignore[attr-defined]
    from delegate_app.ui import html, icons

    if icons.follow_palette():
        html.restyle()


def main(out: Path, spoken: str = "en") -> None:
    """Every page in ``spoken`` (English into ``out``, the others into ``out/<language>``;
    Persian mirrored, in Solar Hijri); ``dark`` and ``scale200`` are English in a dark
    palette and at 200% scale, into ``out/dark`` and ``out/scale200``."""
    look = spoken if spoken in LOOKS else ""
    spoken = "en" if look else spoken
    out = out / look if look else (out if spoken == "en" else out / spoken)
    out.mkdir(parents=True, exist_ok=True)
    app = application()
    language.apply(spoken)
    if look == "dark":
        _dark(app)
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(str(Path(tmp) / "sample.sqlite")).open()
        sample.load_sample_plan(db.sessions, today=AS_OF)
        settings = Settings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        window = MainWindow(AppContext(db, UndoStack(app), settings, today=lambda: AS_OF,
                                        now=lambda: NOW))
        window.resize(1440, 860)
        window.show()
        _gathered(window.show_page("today"))
        app.processEvents()  # the start-up reminder appears, as an officer sees it
        window.grab().save(str(out / "today-with-reminder.png"))
        window.reminders.hide()
        for key in window.pages:
            page = window.show_page(key)
            _settled(app, page)
            if key in PICK:
                page.select(next(r.id for r in page.model.rows() if PICK[key](r)))
            _settled(app, page)
            window.grab().save(str(out / f"{key}.png"))
        commitments = window.show_page("commitments")
        commitments.grouped.setChecked(True)  # type: ignore[attr-defined]
        _settled(app, commitments)
        window.grab().save(str(out / "commitments-by-city.png"))
        commitments.grouped.setChecked(False)  # type: ignore[attr-defined]
        _workspace(app, window, out)
        _history(app, window, out)
        if spoken != "en":
            _dialogs(app, window, out)
        window.close()
        db.close()


def _dialogs(app: object, window: MainWindow, out: Path) -> None:
    """Settings, and the item editor with its dates in the office's calendar."""
    from PySide6.QtCore import QTimer

    dialog = window.open_settings()
    app.processEvents()  # type: ignore[attr-defined]
    dialog.grab().save(str(out / "settings-dialog.png"))
    dialog.close()

    def grab_editor() -> None:
        editor = app.activeModalWidget()  # type: ignore[attr-defined]
        if editor is None:
            QTimer.singleShot(20, grab_editor)
            return
        editor.grab().save(str(out / "item-dialog.png"))
        editor.reject()

    workspace = next(iter(window.show_page("delegations").workspaces.values()))  # type: ignore[attr-defined]
    workspace.agenda.select_item(next(r.id for r in workspace.rows
                                      if r.data.title.startswith("Courtesy call")))
    QTimer.singleShot(0, grab_editor)
    workspace.edit_item()


if __name__ == "__main__":
    import os
    import subprocess

    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    for chosen in sys.argv[2:] or ["en", "fa", "es", *LOOKS]:
        if chosen == "scale200" and os.environ.get("QT_SCALE_FACTOR") != "2":
            # Qt reads the scale when the application starts: a process of its own.
            subprocess.run([sys.executable, __file__, str(target), chosen], check=True,
                           env={**os.environ, "QT_SCALE_FACTOR": "2"})
        elif chosen == "dark" and len(sys.argv[2:]) != 1:
            # The palette and style stay with the application: a process of its own too.
            subprocess.run([sys.executable, __file__, str(target), chosen], check=True)
        else:
            main(target, chosen)
