"""Create or edit an itinerary item: each end in its own zone, people, internal notes, and
whether the item is ours alone (internal)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ...domain.enums import ItemKind, ItemStatus
from ...domain.records import Choice, ItemInput
from ..dates import (
    for_entry,
    format_day,
    format_instant,
    from_local,
    is_valid_zone,
    spoken,
    to_local,
    zone_place,
)
from ..icons import COLOURS, icon
from ..text import tr, translated
from .form import FormDialog, optional_number, text_of
from .pickers import CheckList, zone_box

TRAVEL = (ItemKind.FLIGHT, ItemKind.TRAIN, ItemKind.TRANSFER)


@dataclass(frozen=True)
class ItemChoices:
    """What the dialog offers: cities (with zones), members, everyone, the default zone."""

    cities: list[tuple[int, str, str]]  # id, label, IANA zone
    members: list[Choice]
    people: list[Choice]
    default_zone: str
    default_start: datetime  # aware UTC
    default_city: int | None = None
    places: dict[int, tuple[float, float]] | None = None  # a city's coordinates, by id


def _stamp(edit: QDateTimeEdit, instant: datetime, zone: str) -> None:
    local = to_local(instant, zone)
    edit.setDateTime(QDateTime(QDate(local.year, local.month, local.day),
                               QTime(local.hour, local.minute)))


def _wall_clock(edit: QDateTimeEdit) -> datetime:
    value = edit.dateTime()
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class ItemDialog(FormDialog):
    TIED = (("starts_at", "start_tz"), ("ends_at", "end_tz"))

    def __init__(self, choices: ItemChoices, data: ItemInput | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Edit itinerary item") if data else tr("New itinerary item"), parent)
        self.setMinimumWidth(700)
        self.choices = choices
        self._original = data
        self._zones = {cid: tz for cid, _, tz in choices.cities}
        self._build_when(choices)
        self._build_who(choices, data)
        self._build_notes()
        self._fill(data or ItemInput(
            ItemKind.BILATERAL_MEETING, "", choices.default_start, choices.default_zone,
            choices.default_start + timedelta(hours=1), choices.default_zone,
            city_id=choices.default_city, participants=tuple(m.id for m in choices.members)))
        self._start_seen = self._instants()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.city.currentIndexChanged.connect(self._city_changed)
        self.origin.currentIndexChanged.connect(self._city_changed)
        self.start.dateTimeChanged.connect(self._start_moved)
        self.start_zone.currentTextChanged.connect(self._start_moved)
        for widget in (self.start, self.end):
            widget.dateTimeChanged.connect(self._update_duration)
        for box in (self.start_zone, self.end_zone):
            box.currentTextChanged.connect(self._update_duration)
        self._kind_changed()
        if data is None:
            self._fill_place()
        self.title.setFocus()

    def describe(self, name: str, value: Any, record: Any = None) -> str:
        """Instants in the time of where they happen, as the agenda shows them."""
        zone = {"starts_at": "start_tz", "ends_at": "end_tz"}.get(name)
        if zone and record is not None and isinstance(value, datetime):
            return format_instant(value, getattr(record, zone), with_offset=True)
        if name == "service_number":
            return value or tr("(empty)")
        return super().describe(name, value, record)

    def _city_box(self, choices: ItemChoices) -> QComboBox:
        box = QComboBox(self)
        box.addItem(tr("(none)"), None)
        for cid, label, _ in choices.cities:
            box.addItem(label, cid)
        return box

    def _moment(self, form: object, name: str, label: str) -> tuple[QDateTimeEdit, QComboBox]:
        edit = QDateTimeEdit(self)
        edit.setCalendarPopup(True)
        # Numbers only, so a date is typed straight through (the weekday is shown beside).
        for_entry(edit, "yyyy/MM/dd  HH:mm" if spoken() == "fa" else "dd/MM/yyyy  HH:mm")
        edit.setCurrentSection(QDateTimeEdit.Section.DaySection)
        zone = zone_box(self)
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit)
        row.addWidget(zone, 1)
        self.add_field(form, name, label, holder)  # type: ignore[arg-type]
        return edit, zone

    def _build_when(self, choices: ItemChoices) -> None:
        form = self.add_tab(tr("When && where"))
        self.kind = QComboBox(self)
        for kind in ItemKind:
            self.kind.addItem(translated(kind.label), kind)
        self.add_field(form, "kind", tr("&Kind"), self.kind)
        self.title = self.add_field(form, "title", tr("&Title"), QLineEdit(self))
        self.origin = self.add_field(form, "origin_city_id", tr("&From (city)"),
                                     self._city_box(choices))
        self.city = self.add_field(form, "city_id", tr("&City"), self._city_box(choices))
        self.city_label = form.labelForField(self.city.parentWidget())
        self.carrier = self.add_field(form, "carrier", tr("Ca&rrier and number"),
                                      QLineEdit(self), tr("e.g. Qatar Airways"))
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(tr("e.g. QR 779"))
        form.addRow("", self.number)
        self.start, self.start_zone = self._moment(form, "starts_at", tr("&Starts"))
        self.end, self.end_zone = self._moment(form, "ends_at", tr("&Ends"))
        self.duration = QLabel(self)
        self.duration.setStyleSheet(f"color: {COLOURS['muted']};")
        form.addRow("", self.duration)
        self.venue = self.add_field(form, "venue", tr("&Venue"), QLineEdit(self))
        self.address = self.add_field(form, "address", tr("&Address"), QLineEdit(self))
        self.latitude = self.add_field(form, "latitude", tr("Latitude"), QLineEdit(self),
                                       tr("filled from the city; type to be exact"))
        self.longitude = self.add_field(form, "longitude", tr("Longitude"), QLineEdit(self),
                                        tr("filled from the city; type to be exact"))
        self.status = QComboBox(self)
        for status in ItemStatus:
            self.status.addItem(translated(status.label), status)
        self.add_field(form, "status", tr("Stat&us"), self.status)
        self.internal = QCheckBox(tr("&Internal — ours alone"), self)
        self.internal.setIcon(icon("internal", COLOURS["accent"]))
        self.internal.setToolTip(tr("An internal item never appears in a host edition: not in "
                                    "the hosts' calendar or dossier, the summit programme, "
                                    "badges, or a member's calendar shared with the hosts."))
        # The examples wrap beside a short box, so a longer language does not clip them.
        examples = QLabel(tr("a briefing, a preparation meeting, a security run"), self)
        examples.setWordWrap(True)
        examples.setStyleSheet(f"color: {COLOURS['muted']};")
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.internal)
        row.addWidget(examples, 1)
        self.add_field(form, "internal", tr("Confidentiality"), holder)

    def _build_who(self, choices: ItemChoices, data: ItemInput | None) -> None:
        form = self.add_tab(tr("Who"))
        self.participants = self.add_field(form, "participants", tr("&Delegation members"),
                                           CheckList(choices.members, (), self))
        self.counterparts = self.add_field(form, "counterparts", tr("&Counterparts met"),
                                           CheckList(choices.people, (), self))
        self.interpreters = self.add_field(form, "interpreters", tr("&Interpreters"),
                                           CheckList(choices.people, (), self))
        self.language_pair = self.add_field(form, "language_pair", tr("&Language pair"),
                                            QLineEdit(self), tr("e.g. fa-es"))

    def _build_notes(self) -> None:
        form = self.add_tab(tr("Notes"))
        self.dress_code = self.add_field(form, "dress_code", tr("&Dress code"), QLineEdit(self))
        self.description = self.add_field(form, "description", tr("&Public description"),
                                          QPlainTextEdit(self))
        warning = QLabel(tr("Internal — never in a host edition or a published calendar:"), self)
        warning.setStyleSheet(f"color: {COLOURS['muted']};")
        form.addRow(warning)
        self.briefing = self.add_field(form, "briefing", tr("&Briefing"), QPlainTextEdit(self))
        self.talking_points = self.add_field(form, "talking_points", tr("&Talking points"),
                                             QPlainTextEdit(self))
        self.booking = self.add_field(form, "booking_reference", tr("Boo&king reference"),
                                      QLineEdit(self))

    def _fill(self, d: ItemInput) -> None:
        self.kind.setCurrentIndex(self.kind.findData(d.kind))
        self.title.setText(d.title)
        for box, value in ((self.city, d.city_id), (self.origin, d.origin_city_id)):
            box.setCurrentIndex(max(0, box.findData(value)))
        self.carrier.setText(d.carrier)
        self.number.setText(d.service_number)
        _stamp(self.start, d.starts_at, d.start_tz)
        _stamp(self.end, d.ends_at, d.end_tz)
        self.start_zone.setCurrentText(d.start_tz)
        self.end_zone.setCurrentText(d.end_tz)
        self.venue.setText(d.venue)
        self.address.setText(d.address)
        self.latitude.setText("" if d.latitude is None else repr(d.latitude))
        self.longitude.setText("" if d.longitude is None else repr(d.longitude))
        self.status.setCurrentIndex(self.status.findData(d.status))
        self.internal.setChecked(d.internal)
        self.participants.set_chosen(d.participants)
        self.counterparts.set_chosen(d.counterparts)
        self.interpreters.set_chosen(d.interpreters)
        for widget, value in ((self.language_pair, d.language_pair),
                              (self.dress_code, d.dress_code), (self.booking, d.booking_reference)):
            widget.setText(value)
        for widget, value in ((self.description, d.description), (self.briefing, d.briefing),
                              (self.talking_points, d.talking_points)):
            widget.setPlainText(value)
        self._update_duration()

    def _kind_changed(self) -> None:
        """Fields and labels fit the kind: a flight arrives in a city, a meeting is in one."""
        travel = self.kind.currentData() in TRAVEL
        for widget in (self.origin, self.carrier, self.number):
            widget.setEnabled(travel)
        if isinstance(self.city_label, QLabel):
            self.city_label.setText(tr("&Arrives in") if travel else tr("&City"))

    def _start_moved(self) -> None:
        """Ends follows Starts, keeping the duration (in real time, across zones)."""
        before, now = self._start_seen, self._instants()
        self._start_seen = now
        if before is None or now is None or before[0] == now[0]:
            return
        duration = before[1] - before[0]
        if duration <= timedelta(0):
            duration = timedelta(hours=1)
        self.end.blockSignals(True)
        _stamp(self.end, now[0] + duration, self.end_zone.currentText())
        self.end.blockSignals(False)
        self._start_seen = self._instants()
        self._update_duration()

    def _city_changed(self) -> None:
        """Quick entry: choosing the cities fills the zones (departure and arrival for travel)."""
        arrival = self._zones.get(self.city.currentData())
        departure = self._zones.get(self.origin.currentData())
        if self.kind.currentData() in TRAVEL:
            if departure:
                self.start_zone.setCurrentText(departure)
            if arrival:
                self.end_zone.setCurrentText(arrival)
            if not self.title.text().strip() and departure and arrival:
                number = " ".join(x for x in (self.carrier.text(), self.number.text()) if x)
                route = (f"{self.origin.currentText().split(' (')[0]} – "
                         f"{self.city.currentText().split(' (')[0]}")
                self.title.setText(f"{self.kind.currentText()} {route}"
                                   + (f" ({number})" if number else ""))
        elif arrival:
            self.start_zone.setCurrentText(arrival)
            self.end_zone.setCurrentText(arrival)
        self._fill_place()

    def _fill_place(self) -> None:
        """Coordinates come from the city unless the officer typed their own."""
        place = (self.choices.places or {}).get(self.city.currentData())
        if place and not (self.latitude.text().strip() or self.longitude.text().strip()):
            self.latitude.setText(f"{place[0]:.5f}")
            self.longitude.setText(f"{place[1]:.5f}")

    def _instants(self) -> tuple[datetime, datetime] | None:
        zones = self.start_zone.currentText(), self.end_zone.currentText()
        if not all(is_valid_zone(z) for z in zones):
            return None
        return (from_local(_wall_clock(self.start), zones[0]),
                from_local(_wall_clock(self.end), zones[1]))

    def _update_duration(self) -> None:
        instants = self._instants()
        if instants is None:
            self.duration.setText(tr("Choose a time zone for each end."))
            return
        minutes = int((instants[1] - instants[0]).total_seconds() // 60)
        if minutes <= 0:
            self.duration.setText(tr("⚠ Ends before it starts"))
            return
        starts = _wall_clock(self.start)
        text = tr("{day} · duration {h} h {m:02d} min").format(
            day=format_day(starts.date()), h=minutes // 60, m=minutes % 60)
        if self.start_zone.currentText() != self.end_zone.currentText():
            text += tr(" — leaves in {a} time, arrives in {b} time").format(
                a=zone_place(self.start_zone.currentText()),
                b=zone_place(self.end_zone.currentText()))
        self.duration.setText(text)

    def value(self) -> tuple[ItemInput, dict[str, str]]:
        errors: dict[str, str] = {}
        lat = optional_number(self.latitude.text(), float, "latitude", tr("Latitude"), errors)
        lon = optional_number(self.longitude.text(), float, "longitude", tr("Longitude"), errors)
        instants = self._instants()
        start, end = instants or (self.choices.default_start, self.choices.default_start)
        return ItemInput(
            kind=self.kind.currentData(), title=self.title.text(), starts_at=start,
            start_tz=self.start_zone.currentText(), ends_at=end,
            end_tz=self.end_zone.currentText(), status=self.status.currentData(),
            city_id=self.city.currentData(), origin_city_id=self.origin.currentData()
            if self.kind.currentData() in TRAVEL else None,
            carrier=self.carrier.text(), service_number=self.number.text(),
            venue=self.venue.text(), address=self.address.text(), latitude=lat,  # type: ignore[arg-type]
            longitude=lon, participants=self.participants.chosen(),  # type: ignore[arg-type]
            counterparts=self.counterparts.chosen(), interpreters=self.interpreters.chosen(),
            language_pair=self.language_pair.text(), dress_code=self.dress_code.text(),
            description=text_of(self.description), briefing=text_of(self.briefing),
            talking_points=text_of(self.talking_points), booking_reference=self.booking.text(),
            all_day=self._original.all_day if self._original else False,
            summit_session_id=self._original.summit_session_id if self._original else None,
            internal=self.internal.isChecked(),
        ), errors
