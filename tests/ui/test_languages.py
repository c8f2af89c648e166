"""The window in the officer's language and calendar: chosen in Settings, mirrored under
Persian (sidebar, tables, timeline), dates in Solar Hijri or Umm al-Qura Hijri as the kept
libraries count them, date entry in the chosen calendar, Latin runs isolated."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import jdatetime
import pytest
from hijridate import Gregorian
from PySide6.QtCore import QDate, QPoint, QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from delegate_app.language import dates as office
from delegate_app.services.database import Database
from delegate_app.ui import dates, language
from delegate_app.ui.dialogs.delegation_dialog import date_edit
from delegate_app.ui.dialogs.settings_dialog import SettingsDialog
from delegate_app.ui.settings import Settings
from delegate_app.ui.text import tr

from .conftest import make_window

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"


def _persian(number: int) -> str:
    return office.localise_digits(str(number), "fa")


def test_settings_keep_language_and_calendar_for_the_next_start(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DELEGATE_APP_LANGUAGE", raising=False)
    monkeypatch.delenv("DELEGATE_APP_CALENDAR", raising=False)
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("fa"))
    dialog.calendar.setCurrentIndex(dialog.calendar.findData("hijri"))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    again = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert (again.language, again.calendar) == ("fa", "hijri")
    assert language.chosen_language(again) == "fa"
    assert language.chosen_calendar(again, "fa") == "hijri"
    again.calendar = ""  # follows the language: Solar Hijri for Persian
    assert language.chosen_calendar(again, "fa") == "jalali"
    assert language.chosen_calendar(again, "es") == "gregorian"
    monkeypatch.setenv("DELEGATE_APP_LANGUAGE", "es")  # tests and screenshots override
    assert language.chosen_language(again) == "es"


def test_persian_mirrors_the_window(qtbot: QtBot, sample_db: Database, tmp_path: Path,
                                    speak: Callable[..., None]) -> None:
    speak("fa")
    window = make_window(qtbot, sample_db, tmp_path)
    window.resize(1300, 800)
    assert window.isRightToLeft()
    nav_x = window.nav.mapTo(window, QPoint(0, 0)).x()
    assert nav_x > window.stack.mapTo(window, QPoint(0, 0)).x()  # sidebar on the right
    page = window.show_page("delegations")
    header = page.table.horizontalHeader()
    assert header.sectionViewportPosition(0) > header.sectionViewportPosition(1)
    trip = page.open(next(r.id for r in page.model.rows() if "Tokyo" in r.title))
    trip.tabs.setCurrentWidget(trip.timeline)
    view = trip.timeline
    assert view.mirrored and len(view.days) > 1
    first, second = (view.day_x(n) for n in (0, 1))
    assert first > second  # the days run from right to left
    hours = [i for i in view.scene().items() if getattr(i, "text", None)
             and i.text() == office.localise_digits("09:00", "fa")]
    assert hours and all(h.x() > first for h in hours)  # the hours stand on the right
    block = next(iter(view.blocks.values()))
    row = block.row
    column = (dates.to_local(row.data.starts_at, view.zone).date() - view.days[0]).days
    assert view.column_at(block.rect().center().x()) == column  # drops land where drawn


def test_dates_on_screen_in_solar_hijri_across_nowruz(speak: Callable[..., None]) -> None:
    speak("fa")
    assert dates.calendar() == "jalali"
    for day in (date(2027, 3, 20), date(2027, 3, 21)):  # the last day of 1405, Nowruz 1406
        counted = jdatetime.date.fromgregorian(date=day)
        shown = dates.format_date(day)
        assert _persian(counted.year) in shown and _persian(counted.day) in shown
        assert jdatetime.date.j_months_fa[counted.month - 1] in shown
        assert not any(ch.isascii() and ch.isalnum() for ch in shown)
    assert "اسفند" in dates.format_date(date(2027, 3, 20))
    assert "فروردین" in dates.format_date(date(2027, 3, 21))


def test_dates_on_screen_in_umm_al_qura_hijri_across_a_month_start(
        speak: Callable[..., None]) -> None:
    speak("es", "hijri")
    day = date(2026, 11, 1)
    while Gregorian(day.year, day.month, day.day).to_hijri().day != 1:
        day += timedelta(days=1)
    for shown_day in (day - timedelta(days=1), day):
        counted = Gregorian(shown_day.year, shown_day.month, shown_day.day).to_hijri()
        shown = dates.format_long_date(shown_day)
        assert f" {counted.day} " in f" {shown} " and str(counted.year) in shown
        assert counted.month_name("en") in shown


def test_the_timeline_heads_its_days_in_solar_hijri(
        qtbot: QtBot, sample_db: Database, tmp_path: Path, speak: Callable[..., None]) -> None:
    speak("fa")
    window = make_window(qtbot, sample_db, tmp_path)
    page = window.show_page("delegations")
    trip = page.open(next(r.id for r in page.model.rows() if "Tokyo" in r.title))
    header = trip.timeline.header
    titles = sorted((i for i in header.childItems() if i.x() < trip.timeline.gutter_x()),
                    key=lambda i: -i.x())  # right to left: the first day first
    for title, day in zip(titles, trip.timeline.days, strict=True):
        counted = jdatetime.date.fromgregorian(date=day)
        assert title.text().endswith(jdatetime.date.j_months_fa[counted.month - 1])
        assert _persian(counted.day) in title.text()


def test_date_entry_counts_in_solar_hijri(qtbot: QtBot, speak: Callable[..., None]) -> None:
    speak("fa")
    edit = date_edit(None)  # type: ignore[arg-type]
    qtbot.addWidget(edit)
    edit.setDate(QDate(2027, 3, 21))  # Nowruz 1406
    assert _persian(1406) in edit.text() and "فروردین" in edit.text()
    edit.setDate(edit.date().addDays(-1))
    assert _persian(1405) in edit.text() and "اسفند" in edit.text()
    assert edit.date() == QDate(2027, 3, 20)  # what is stored stays the Gregorian day


def test_screen_and_paper_count_solar_hijri_alike(qapp: QApplication) -> None:
    """Date entry uses Qt's Jalali calendar, screens and paper jdatetime: they agree on
    every day from 1925 to 2056 (they differ on 1436-1437 Solar Hijri, 2057-2058)."""
    from PySide6.QtCore import QCalendar

    jalali = QCalendar(QCalendar.System.Jalali)
    day = date(1925, 3, 21)
    while day < date(2057, 1, 1):
        parts = jalali.partsFromDate(QDate(day.year, day.month, day.day))
        counted = jdatetime.date.fromgregorian(date=day)
        assert (parts.year, parts.month, parts.day) == (counted.year, counted.month, counted.day)
        day += timedelta(days=1)


def test_latin_runs_keep_their_direction_in_persian(speak: Callable[..., None]) -> None:
    speak("fa")
    instant = datetime(2026, 12, 1, 12, 30, tzinfo=UTC)
    text = dates.format_instant(instant, "America/Argentina/Buenos_Aires", with_offset=True)
    assert "\u2068Buenos Aires\u2069" in text  # isolated: it reads left to right inside
    assert office.localise_digits("09:30", "fa") in text
    # A Persian sentence that starts with a Latin name still reads right to left.
    sentence = dates.isolate("root “Opening ceremony” را جابه‌جا کرد")
    assert sentence.startswith("\u2067") and sentence.endswith("\u2069")
    speak("en", "gregorian")
    assert dates.format_instant(instant, "America/Argentina/Buenos_Aires") == \
        "Tue 1 Dec, 09:30 Buenos Aires"


def test_a_row_selected_right_to_left_opens_with_enter(
        qtbot: QtBot, sample_db: Database, tmp_path: Path, speak: Callable[..., None]) -> None:
    """Qt's selectRow leaves no current row right to left; the detail and Enter need one."""
    speak("fa")
    window = make_window(qtbot, sample_db, tmp_path)
    page = window.show_page("delegations")
    qtbot.keyClicks(page.filter, "tokyo")
    page.table.setFocus()
    page.table.selectRow(0)
    assert page.table.currentIndex().row() == 0
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert "Tokyo" in page.tabs.currentWidget().data.title


def test_dates_and_times_typed_in_persian_read_as_persian_writes_them(
        qtbot: QtBot, speak: Callable[..., None]) -> None:
    """Given its format in a right-to-left window, Qt reverses a date field's sections
    (10:30 shown as 30:10, the weekday after the year): numbers read left to right, the
    words of a date from the right."""
    from PySide6.QtWidgets import QDateTimeEdit, QLineEdit

    speak("fa")
    kept: list[QDateTimeEdit] = []

    def shown(display_format: str) -> tuple[str, Callable[[str], float]]:
        edit = dates.for_entry(QDateTimeEdit(), display_format)
        kept.append(edit)
        qtbot.addWidget(edit)
        edit.resize(320, 30)
        edit.setDateTime(edit.dateTime().fromString("2027-03-21T10:30", "yyyy-MM-ddTHH:mm"))
        edit.show()
        line = edit.findChild(QLineEdit)

        def x_of(part: str) -> float:
            line.setCursorPosition(line.text().index(part))
            return line.cursorRect().center().x()
        return line.text(), x_of

    text, x_of = shown("yyyy/MM/dd  HH:mm")
    assert text == office.localise_digits("1406/01/01  10:30", "fa")
    assert x_of(office.localise_digits("10:", "fa")) < x_of(office.localise_digits(":30", "fa"))
    text, x_of = shown("ddd d MMM yyyy")
    assert text.startswith("یکشنبه") and text.endswith(_persian(1406))
    assert x_of("یکشنبه") > x_of(_persian(1406))  # the weekday first, on the right


def test_settings_open_from_the_edit_menu_with_ctrl_comma(window: object, qtbot: QtBot) -> None:
    from PySide6.QtGui import QKeySequence

    from delegate_app.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    assert window.settings_action.shortcut() == QKeySequence("Ctrl+,")
    edit_menu = window.menuBar().actions()[1].menu()
    assert window.settings_action in edit_menu.actions()
    window.settings_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, SettingsDialog) and w.isVisible())
    dialog.close()


def test_mixed_scripts_keep_their_own_direction_in_a_persian_window(
        qtbot: QtBot, sample_db: Database, tmp_path: Path, speak: Callable[..., None]) -> None:
    """A Japanese counterpart's name, a Latin name and a phone number in the Persian window:
    each cell and each pane line is isolated, so its characters keep their order."""
    from delegate_app.ui import html

    speak("fa")
    window = make_window(qtbot, sample_db, tmp_path)
    page = window.show_page("people")
    model = page.table.model()
    native = next(c for c in range(model.columnCount())
                  if model.headerData(c, Qt.Orientation.Horizontal) == tr("Native script"))
    cells = [str(model.index(r, native).data()) for r in range(model.rowCount())]
    japanese = next(c for c in cells if any("\u3040" <= ch <= "\u9fff" for ch in c))
    assert japanese.startswith("\u2068") and japanese.endswith("\u2069")
    assert html.e("+98 21 5550 1001") == "\u2068+98 21 5550 1001\u2069"
    speak("en", "gregorian")
    assert html.e("+98 21 5550 1001") == "+98 21 5550 1001"


def test_history_says_when_in_the_office_calendar(speak: Callable[..., None]) -> None:
    at = datetime(2027, 3, 21, 8, 0, tzinfo=UTC)  # Nowruz 1406, wherever the office is
    assert dates.format_moment(at, "Sun 21 Mar 2027 11:30") == "Sun 21 Mar 2027 11:30"
    speak("fa")
    local = at.astimezone()
    counted = jdatetime.date.fromgregorian(date=local.date())
    said = dates.format_moment(at, "Sun 21 Mar 2027 11:30")
    assert jdatetime.date.j_months_fa[counted.month - 1] in said
    assert office.localise_digits(f"{local:%H:%M}", "fa") in said


def test_the_paper_follows_the_office_country_not_the_interface_language(
        speak: Callable[..., None]) -> None:
    from PySide6.QtCore import QLocale

    from delegate_app.ui.settings import default_paper_size

    office = default_paper_size(QLocale.system())
    for spoken in ("fa", "es", "en"):
        speak(spoken)
        assert default_paper_size() == office
    speak(language.system_language())  # the system's own language: its own locale, as before
    assert QLocale().name() == QLocale.system().name()


def test_a_summits_sessions_say_their_kind_and_status_in_spanish(
        qtbot: QtBot, sample_db: Database, tmp_path: Path, speak: Callable[..., None]) -> None:
    """Seen on the Spanish screenshot: the sessions' Kind column said "Ceremony"."""
    from PySide6.QtCore import Qt

    speak("es")
    window = make_window(qtbot, sample_db, tmp_path)
    page = window.show_page("summits")
    page.select(next(r.id for r in page.model.rows()  # type: ignore[attr-defined]
                     if "Buenos Aires" in r.title))
    model = page.sessions  # type: ignore[attr-defined]
    shown = {model.index(r, c).data(Qt.ItemDataRole.DisplayRole)
             for r in range(model.rowCount()) for c in (3, 5)}
    assert "Ceremonia" in shown
    assert not shown & {"Ceremony", "Plenary", "Workshop", "Tentative", "Confirmed"}
