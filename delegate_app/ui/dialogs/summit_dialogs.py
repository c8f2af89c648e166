"""Create or edit a summit, and a session of its programme (times in the host city's zone)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLineEdit, QPlainTextEdit, QWidget

from ...domain.enums import ItemStatus, SessionKind, SummitKind
from ...domain.records import Choice, SessionInput, SummitInput
from ..dates import for_entry, from_local, to_local, zone_place
from ..text import tr, translated
from .delegation_dialog import choice_box, date_edit, to_date
from .form import FormDialog, text_of
from .pickers import CheckList


class SummitDialog(FormDialog):
    def __init__(self, cities: list[Choice], organisations: list[Choice], themes: list[Choice],
                 data: SummitInput | None = None, parent: QWidget | None = None) -> None:
        super().__init__(tr("Edit summit") if data else tr("New summit"), parent)
        form = self.add_tab(tr("Summit"))
        self.title = self.add_field(form, "title", tr("&Title"), QLineEdit(self),
                                    tr("e.g. U20 Mayors Summit 2027"))
        self.kind = QComboBox(self)
        for kind in SummitKind:
            self.kind.addItem(translated(kind.label), kind)
        self.add_field(form, "kind", tr("&Kind"), self.kind)
        self.host = self.add_field(form, "host_city_id", tr("&Host city"),
                                   choice_box(self, cities, None))
        self.venue = self.add_field(form, "venue", tr("&Venue"), QLineEdit(self))
        self.starts = self.add_field(form, "starts_on", tr("&From"), date_edit(self))
        self.ends = self.add_field(form, "ends_on", tr("&Until"), date_edit(self))
        self.organiser = self.add_field(form, "organiser_id", tr("&Organiser"),
                                        choice_box(self, organisations, tr("(none)")))
        self.themes = self.add_field(form, "theme_ids", tr("Th&emes"),
                                     CheckList(themes, (), self))
        self.website = self.add_field(form, "website", tr("&Website"), QLineEdit(self))
        self.description = self.add_field(form, "description", tr("&Description"),
                                          QPlainTextEdit(self))
        today = date.today()
        d = data or SummitInput("", SummitKind.MAYORS_SUMMIT, None, today, today)
        self.title.setText(d.title)
        self.kind.setCurrentIndex(self.kind.findData(d.kind))
        self.host.setCurrentIndex(max(0, self.host.findData(d.host_city_id)))
        self.venue.setText(d.venue)
        self.starts.setDate(QDate(d.starts_on.year, d.starts_on.month, d.starts_on.day))
        self.ends.setDate(QDate(d.ends_on.year, d.ends_on.month, d.ends_on.day))
        self.organiser.setCurrentIndex(max(0, self.organiser.findData(d.organiser_id)))
        self.themes.set_chosen(d.theme_ids)
        self.website.setText(d.website)
        self.description.setPlainText(d.description)

    def value(self) -> tuple[SummitInput, dict[str, str]]:
        return SummitInput(
            title=self.title.text(), kind=self.kind.currentData(),
            host_city_id=self.host.currentData(), starts_on=to_date(self.starts.date()),
            ends_on=to_date(self.ends.date()), venue=self.venue.text(),
            organiser_id=self.organiser.currentData(), description=text_of(self.description),
            website=self.website.text(), theme_ids=self.themes.chosen()), {}


def _moment(parent: QWidget, instant: datetime, zone: str) -> QDateTimeEdit:
    edit = QDateTimeEdit(parent)
    edit.setCalendarPopup(True)
    for_entry(edit, f"ddd d MMM yyyy  HH:mm '{zone_place(zone)}'")
    local = to_local(instant, zone)
    edit.setDateTime(QDateTime(QDate(local.year, local.month, local.day),
                               QTime(local.hour, local.minute)))
    return edit


def _instant(edit: QDateTimeEdit, zone: str) -> datetime:
    d, t = edit.dateTime().date(), edit.dateTime().time()
    return from_local(datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()), zone)


class SessionDialog(FormDialog):
    def __init__(self, zone: str, default_start: datetime, data: SessionInput | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Edit session") if data else tr("New session"), parent)
        self.zone = zone
        d = data or SessionInput(SessionKind.PLENARY, "", default_start,
                                 default_start + timedelta(hours=1))
        form = self.add_tab(tr("Session"))
        self.kind = QComboBox(self)
        for kind in SessionKind:
            self.kind.addItem(translated(kind.label), kind)
        self.kind.setCurrentIndex(self.kind.findData(d.kind))
        self.add_field(form, "kind", tr("&Kind"), self.kind)
        self.title = self.add_field(form, "title", tr("&Title"), QLineEdit(d.title, self))
        self.room = self.add_field(form, "room", tr("&Room"), QLineEdit(d.room, self))
        self.start = self.add_field(form, "starts_at", tr("&Starts"),
                                    _moment(self, d.starts_at, zone))
        self.end = self.add_field(form, "ends_at", tr("&Ends"), _moment(self, d.ends_at, zone))
        self.status = QComboBox(self)
        for status in ItemStatus:
            self.status.addItem(translated(status.label), status)
        self.status.setCurrentIndex(self.status.findData(d.status))
        self.add_field(form, "status", tr("Stat&us"), self.status)
        self.speakers = self.add_field(form, "speakers", tr("S&peakers"), QPlainTextEdit(self))
        self.speakers.setPlainText(d.speakers)
        self.description = self.add_field(form, "description", tr("&Description"),
                                          QPlainTextEdit(self))
        self.description.setPlainText(d.description)

    def value(self) -> tuple[SessionInput, dict[str, str]]:
        return SessionInput(
            kind=self.kind.currentData(), title=self.title.text(),
            starts_at=_instant(self.start, self.zone), ends_at=_instant(self.end, self.zone),
            room=self.room.text(), speakers=text_of(self.speakers),
            description=text_of(self.description), status=self.status.currentData()), {}
