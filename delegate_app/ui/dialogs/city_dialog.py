"""Create or edit a city: name in both scripts, country, IANA time zone, coordinates."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from ...domain.records import CityInput
from ..text import tr
from .form import FormDialog, optional_number
from .pickers import zone_box


class CityDialog(FormDialog):
    def __init__(self, data: CityInput | None = None, parent: QWidget | None = None) -> None:
        super().__init__(tr("Edit city") if data else tr("New city"), parent)
        form = self.add_tab(tr("City"))
        self.name = self.add_field(form, "name", tr("&Name"), QLineEdit(self),
                                   tr("e.g. Buenos Aires"))
        self.native = self.add_field(form, "native_name", tr("Native &script"), QLineEdit(self),
                                     tr("e.g. تهران, 東京, Москва"))
        self.country = self.add_field(form, "country_code", tr("&Country code"), QLineEdit(self),
                                      tr("two letters, e.g. AR"))
        self.country.setMaxLength(2)
        zone = zone_box(self)
        zone.setCurrentIndex(-1)
        self.zone = self.add_field(form, "time_zone", tr("&Time zone"), zone,
                                   tr("IANA name, e.g. America/Argentina/Buenos_Aires"))
        self.latitude = self.add_field(form, "latitude", tr("&Latitude"), QLineEdit(self),
                                       tr("-90 to 90, e.g. -34.6037"))
        self.longitude = self.add_field(form, "longitude", tr("L&ongitude"), QLineEdit(self),
                                        tr("-180 to 180, e.g. -58.3816"))
        self.population = self.add_field(form, "population", tr("&Population"), QLineEdit(self))
        self.notes = self.add_field(form, "notes", tr("Not&es"), QPlainTextEdit(self))
        self.notes.setMaximumHeight(90)
        if data:
            self._fill(data)
        self.name.setFocus()

    def _fill(self, data: CityInput) -> None:
        self.name.setText(data.name)
        self.native.setText(data.native_name)
        self.country.setText(data.country_code)
        self.zone.setCurrentText(data.time_zone)
        self.latitude.setText("" if data.latitude is None else repr(data.latitude))
        self.longitude.setText("" if data.longitude is None else repr(data.longitude))
        self.population.setText("" if data.population is None else str(data.population))
        self.notes.setPlainText(data.notes)

    def value(self) -> tuple[CityInput, dict[str, str]]:
        """The input as typed, and the fields that cannot even be read as numbers."""
        errors: dict[str, str] = {}
        lat = optional_number(self.latitude.text(), float, "latitude", tr("Latitude"), errors)
        lon = optional_number(self.longitude.text(), float, "longitude", tr("Longitude"), errors)
        pop = optional_number(self.population.text(), int, "population", tr("Population"),
                              errors)
        return CityInput(
            name=self.name.text(), native_name=self.native.text(),
            country_code=self.country.text(), time_zone=self.zone.currentText(),
            latitude=lat, longitude=lon, population=pop,  # type: ignore[arg-type]
            notes=self.notes.toPlainText(),
        ), errors
