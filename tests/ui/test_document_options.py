"""Document options: only the options a document needs, paper size remembered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from delegate_app.domain.records import Choice
from delegate_app.ui.dialogs.document_options import (
    DocumentOptions,
    DocumentOptionsDialog,
    ask_document_options,
)
from delegate_app.ui.settings import Settings, default_paper_size
from tests.ui.conftest import when_modal


def settings_at(path: Path) -> Settings:
    return Settings(QSettings(str(path / "settings.ini"), QSettings.Format.IniFormat))


def test_paper_defaults_to_letter_only_in_the_united_states_and_canada() -> None:
    assert default_paper_size(QLocale(QLocale.Language.English,
                                      QLocale.Country.UnitedStates)) == "letter"
    assert default_paper_size(QLocale(QLocale.Language.French, QLocale.Country.Canada)) == "letter"
    assert default_paper_size(QLocale(QLocale.Language.Spanish,
                                      QLocale.Country.Argentina)) == "a4"
    assert default_paper_size(QLocale(QLocale.Language.Persian, QLocale.Country.Iran)) == "a4"


def test_the_dialog_remembers_paper_viewer_and_home_time(qtbot: QtBot, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    settings = settings_at(tmp_path)
    settings.paper_size = "a4"

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, DocumentOptionsDialog)
        assert dialog.paper.currentData() == "a4" and dialog.home_time is not None
        dialog.paper.setCurrentIndex(dialog.paper.findData("letter"))
        dialog.edition.setCurrentIndex(dialog.edition.findData("host"))  # type: ignore[union-attr]
        dialog.home_time.setChecked(False)
        dialog.viewer.setCurrentIndex(dialog.viewer.findData("system"))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    failures = when_modal(qtbot, choose)
    chosen = ask_document_options(parent, "Dossier", settings, home_time=True)
    assert failures == []
    assert chosen == DocumentOptions(edition="host", paper="letter", show_home_time=False,
                                     viewer="system")
    again = settings_at(tmp_path)
    assert again.paper_size == "letter" and again.pdf_viewer == "system"
    assert again.show_home_time is False
    later = DocumentOptionsDialog("Badges", again, edition=False)
    qtbot.addWidget(later)
    assert later.paper.currentData() == "letter" and later.edition is None
    assert later.home_time is None and later.member is None


def test_only_what_the_document_needs_and_cancel(qtbot: QtBot, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    settings = settings_at(tmp_path)
    members = [Choice(7, "Ana López"), Choice(9, "Reza Karimi")]

    def pick_member(dialog: QWidget) -> None:
        assert isinstance(dialog, DocumentOptionsDialog) and dialog.member is not None
        assert dialog.home_time is None
        dialog.member.setCurrentIndex(dialog.member.findData(9))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    when_modal(qtbot, pick_member)
    chosen = ask_document_options(parent, "Programme", settings, members=members)
    assert chosen is not None and chosen.member == 9 and chosen.edition == "internal"
    assert chosen.show_home_time is True  # not asked: the remembered value
    when_modal(qtbot, lambda dialog: dialog.reject())  # type: ignore[attr-defined]
    assert ask_document_options(parent, "Programme", settings) is None
