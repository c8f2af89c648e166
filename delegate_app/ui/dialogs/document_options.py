"""Options asked before a printed document is made: edition, paper, home time, viewer.

One dialog for every document (dossier, programme, badges …); each asks only the
options that matter to it. Paper size, viewer and home time are remembered.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QWidget

from ...domain.records import Choice
from ...language.printed import PrintLanguage
from .. import dates
from ..language import LANGUAGE_NAMES
from ..settings import Settings
from ..text import tr
from .form import FormDialog
from .pickers import edition_box, member_box
from .settings_dialog import calendar_names

PAPER_SIZES = ("a4", "letter")  # the names the PDF generators take
Chosen = TypeVar("Chosen")


@dataclass(frozen=True)
class DocumentOptions:
    """What the officer chose; options the dialog did not ask keep their defaults."""

    edition: str = "internal"  # "internal" or "host"
    paper: str = "a4"  # "a4" or "letter"
    show_home_time: bool = True
    member: int | None = None  # one member's cut, None for the whole delegation
    viewer: str = "preview"  # "preview" (built-in) or "system"
    language: str = "en"  # the reader's: "en", "fa", "es"
    calendar: str = ""  # "" for the language's own (Solar Hijri for Persian)

    @property
    def printed(self) -> PrintLanguage:
        """The reader of the printed page, as the services take it."""
        return PrintLanguage(self.language, self.calendar)


def window_reader() -> PrintLanguage:
    """The window's language and calendar, for a document printed without asking."""
    own = dates.calendar() == dates.default_calendar(dates.spoken())
    return PrintLanguage(dates.spoken(), "" if own else dates.calendar())


class DocumentOptionsDialog(FormDialog):
    """The options of one document; pass which to ask (edition, home time, members)."""

    def __init__(self, title: str, settings: Settings, *, edition: bool = True,
                 home_time: bool = False, members: list[Choice] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.settings = settings
        self.buttons.button(self.buttons.StandardButton.Ok).setText(tr("&Preview"))
        form = self.add_tab(tr("Document"))
        self.member: QComboBox | None = None
        if members is not None:
            self.member = self.add_field(form, "member", tr("&For whom"),
                                         member_box(self, members))  # type: ignore[assignment]
        self.edition: QComboBox | None = None
        if edition:
            self.edition = self.add_field(form, "edition", tr("&Edition"),
                                          edition_box(self))  # type: ignore[assignment]
        self.add_document_fields(form)
        self.add_reader_fields(form)
        self.paper = QComboBox(self)
        self.paper.addItem(tr("A4 (210 × 297 mm)"), "a4")
        self.paper.addItem(tr("US Letter (8.5 × 11 in)"), "letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(settings.paper_size)))
        self.add_field(form, "paper", tr("P&aper"), self.paper)
        self.home_time: QCheckBox | None = None
        if home_time:
            self.home_time = QCheckBox(tr("Also give each time in our home time zone"), self)
            self.home_time.setChecked(settings.show_home_time)
            self.add_field(form, "home_time", tr("&Home time"), self.home_time)
        self.viewer = QComboBox(self)
        self.viewer.addItem(tr("In the preview, to print or save"), "preview")
        self.viewer.addItem(tr("In the system's PDF viewer"), "system")
        self.viewer.setCurrentIndex(max(0, self.viewer.findData(settings.pdf_viewer)))
        self.add_field(form, "viewer", tr("&Open"), self.viewer)

    def add_document_fields(self, form: QFormLayout) -> None:
        """Where a document's own options go, before paper and viewer."""

    def add_reader_fields(self, form: QFormLayout) -> None:
        """The reader's language and calendar; the window's own unless changed (a Spanish
        host edition from a Persian office)."""
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)  # each language named in itself
        self.language.setCurrentIndex(max(0, self.language.findData(dates.spoken())))
        self.add_field(form, "language", tr("&Language"), self.language)
        self.calendar = QComboBox(self)
        self.calendar.addItem(tr("As the language (Solar Hijri for Persian)"), "")
        for code, name in calendar_names().items():
            self.calendar.addItem(name, code)
        self.calendar.setCurrentIndex(max(0, self.calendar.findData(window_reader().calendar)))
        self.add_field(form, "calendar", tr("Calen&dar"), self.calendar)

    def value(self) -> tuple[DocumentOptions, dict[str, str]]:
        defaults = DocumentOptions()
        return DocumentOptions(
            edition=self.edition.currentData() if self.edition else defaults.edition,
            paper=self.paper.currentData(),
            show_home_time=(self.home_time.isChecked() if self.home_time
                            else self.settings.show_home_time),
            member=self.member.currentData() if self.member else None,
            viewer=self.viewer.currentData(),
            language=self.language.currentData(),
            calendar=self.calendar.currentData() or "",
        ), {}

    def ask_for(self, kind: type[Chosen]) -> Chosen | None:
        """Ask; the ``kind`` of value chosen, or None when cancelled. Remembers the paper,
        viewer and home time of the options (``kind`` is them, or carries them as
        ``document``)."""
        chosen = self.ask()
        if not isinstance(chosen, kind):
            return None
        self.remember(chosen if isinstance(chosen, DocumentOptions)
                      else chosen.document)  # type: ignore[attr-defined]
        return chosen

    def remember(self, chosen: DocumentOptions) -> None:
        self.settings.paper_size = chosen.paper
        self.settings.pdf_viewer = chosen.viewer
        if self.home_time is not None:
            self.settings.show_home_time = chosen.show_home_time


def ask_document_options(parent: QWidget, title: str, settings: Settings, *,
                         edition: bool = True, home_time: bool = False,
                         members: list[Choice] | None = None) -> DocumentOptions | None:
    """Ask the options of one document; None when the officer cancels. Remembers choices."""
    dialog = DocumentOptionsDialog(title, settings, edition=edition, home_time=home_time,
                                   members=members, parent=parent)
    return dialog.ask_for(DocumentOptions)
