"""Every dialog, in every language: no two labels or buttons an officer sees at once share an
accelerator (Alt+letter), on each tab of a tabbed dialog. A Persian translation without
"&" has no accelerator at all (Qt adds none), which cannot clash."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from delegate_app.domain.enums import (
    CommitmentDirection,
    CommitmentStatus,
    PartnershipKind,
    PartnershipStatus,
)
from delegate_app.domain.follow_up import CommitmentInput, MeetingFollowUp
from delegate_app.domain.records import Choice, PartnershipInput
from delegate_app.domain.seating import TableShape
from delegate_app.services.publishing.plan import PublishPlan
from delegate_app.ui.dialogs.city_dialog import CityDialog
from delegate_app.ui.dialogs.commitment_dialog import CommitmentDialog, StatusDialog
from delegate_app.ui.dialogs.delegation_dialog import DelegationDialog
from delegate_app.ui.dialogs.document_options import DocumentOptionsDialog
from delegate_app.ui.dialogs.export_calendar import ExportCalendarDialog
from delegate_app.ui.dialogs.gift_dialog import GiftDialog
from delegate_app.ui.dialogs.item_dialog import ItemChoices, ItemDialog
from delegate_app.ui.dialogs.name_card_options import NameCardDialog, TableChoices
from delegate_app.ui.dialogs.organisation_dialog import MembershipDialog, OrganisationDialog
from delegate_app.ui.dialogs.outcome_dialog import OutcomeDialog
from delegate_app.ui.dialogs.partnership_dialog import PartnershipDialog
from delegate_app.ui.dialogs.person_dialog import PersonDialog
from delegate_app.ui.dialogs.publish_dialog import PublishDialog, PublishPlanDialog
from delegate_app.ui.dialogs.report_options import CommitmentsReportDialog
from delegate_app.ui.dialogs.search_dialog import SearchDialog
from delegate_app.ui.dialogs.settings_dialog import SettingsDialog
from delegate_app.ui.dialogs.summit_dialogs import SessionDialog, SummitDialog
from delegate_app.ui.settings import Settings
from delegate_app.ui.text import tr

ACCELERATOR = re.compile(r"(?<!&)&([^&\s])")
START = datetime(2026, 12, 1, 9, tzinfo=UTC)
SOME = [Choice(1, "Buenos Aires"), Choice(2, "Tokyo")]


def dialogs(settings: Settings) -> Iterator[QDialog]:
    """Each dialog of the window, with a few choices so every field is there."""
    choices = {key: SOME for key in ("people", "cities", "themes", "agreements", "summits")}
    yield CityDialog()
    yield CommitmentDialog(choices)
    yield StatusDialog("Send the tram study", CommitmentStatus.OPEN, CommitmentStatus.DONE,
                       date(2026, 12, 1))
    yield DelegationDialog(SOME, SOME, 1)
    yield DocumentOptionsDialog(tr("Dossier — {title}").format(title="x"), settings,
                                home_time=True, members=SOME)
    yield ExportCalendarDialog("x", SOME, str(Path.home()), "x.ics")
    yield GiftDialog(SOME, SOME)
    yield ItemDialog(ItemChoices([(1, "Tokyo", "Asia/Tokyo")], SOME, SOME, "Asia/Tokyo", START))
    yield NameCardDialog("x", settings, SOME, lambda _: TableChoices(SOME, SOME,
                                                                      TableShape.ROUND),
                         versions=SOME)
    yield OrganisationDialog(SOME)
    yield MembershipDialog("x", SOME, SOME)
    yield PartnershipDialog(SOME, PartnershipInput(1, 2, next(iter(PartnershipKind)),
                                                   next(iter(PartnershipStatus))))
    yield PersonDialog(SOME, SOME)
    yield PublishDialog("x", SOME, "https://dav.example.org", "nadia", None, True)
    yield CommitmentsReportDialog(settings, SOME, date(2026, 12, 1))
    yield SettingsDialog(settings)
    yield SummitDialog(SOME, SOME, SOME)
    yield SessionDialog("America/Argentina/Buenos_Aires", START)
    yield OutcomeDialog(MeetingFollowUp(
        1, "Courtesy call", "Tue 8 Dec 10:00", None,
        CommitmentInput("", CommitmentDirection.WE_OWE), counterparts=((1, "Buenos Aires"),),
        our_side=((2, "Tokyo"),)), SOME)
    yield PublishPlanDialog(PublishPlan("https://dav.example.org", "nadia", "Trip", ""))
    yield SearchDialog(lambda text: [])


def _keys(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(letter, text) of the accelerators ``widget`` itself offers."""
    labelled = isinstance(widget, QLabel) and widget.buddy() is not None
    if labelled or isinstance(widget, QAbstractButton):
        text = widget.text()  # type: ignore[attr-defined]
    elif isinstance(widget, QGroupBox) and widget.isCheckable():
        text = widget.title()
    else:
        return
    for found in ACCELERATOR.finditer(text):
        yield found.group(1).lower(), text


def clashes(dialog: QDialog) -> list[str]:
    """Accelerators shared by two things seen together, tab by tab."""
    tabs = dialog.findChildren(QTabWidget)
    views = [(tab, i) for tab in tabs for i in range(tab.count())] or [(None, 0)]
    found = set()
    for tab, index in views:
        if tab is not None:
            tab.setCurrentIndex(index)
        seen: dict[str, list[str]] = {}
        for owner in tabs:  # the tabs' own names are always there
            for i in range(owner.count()):
                for m in ACCELERATOR.finditer(owner.tabText(i)):
                    seen.setdefault(m.group(1).lower(), []).append(f"tab “{owner.tabText(i)}”")
        for widget in dialog.findChildren(QWidget):
            if widget.isVisibleTo(dialog):
                for letter, text in _keys(widget):
                    seen.setdefault(letter, []).append(f"“{text}”")
        where = f" on tab “{tab.tabText(index)}”" if tab is not None else ""
        found |= {f"{dialog.windowTitle()}{where}: Alt+{letter.upper()} for "
                  + ", ".join(sorted(texts)) for letter, texts in seen.items() if len(texts) > 1}
    return sorted(found)


@pytest.mark.parametrize("spoken", ["en", "es", "fa"])
def test_no_two_things_in_a_dialog_share_an_accelerator(
        qtbot: QtBot, tmp_path: Path, speak: Callable[..., None], spoken: str) -> None:
    speak(spoken)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    left: list[str] = []
    count = 0
    for dialog in dialogs(settings):
        qtbot.addWidget(dialog)
        dialog.show()
        left += clashes(dialog)
        dialog.close()
        count += 1
    assert count >= 21
    assert not left, f"{len(left)} clashes under {spoken}:\n" + "\n".join(left)
