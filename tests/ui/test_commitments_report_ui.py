"""The commitments report from the window: Report… on the Commitments page (its city
filter preset) and Commitments report… on the Cities page (the selected city preset),
built off the GUI thread and read back from the preview."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from delegate_app.domain.follow_up import CommitmentFilter
from delegate_app.services import commitments
from delegate_app.ui.dialogs.document_options import DocumentOptions
from delegate_app.ui.dialogs.pdf_preview import PdfPreviewJob
from delegate_app.ui.dialogs.report_options import CommitmentsReportDialog, ReportOptions
from delegate_app.ui.main_window import MainWindow
from delegate_app.ui.pages.cities import CitiesPage
from delegate_app.ui.pages.commitments import CommitmentsPage
from tests.conftest import SAMPLE_NOW
from tests.exports.pdf_checks import squash
from tests.ui.conftest import when_modal


def _commitments(window: MainWindow) -> CommitmentsPage:
    page = window.show_page("commitments")
    assert isinstance(page, CommitmentsPage)
    return page


def _text_of_preview(qtbot: QtBot, job: PdfPreviewJob | None) -> str:
    """Wait for the preview and read its PDF back (before closing: the preview owns it)."""
    assert job is not None
    with qtbot.waitSignal(job.settled, timeout=60_000) as outcome:
        pass
    assert outcome.args == ["shown"] and job.dialog is not None
    text = squash("".join(p.extract_text() for p in PdfReader(Path(job.dialog.path)).pages))
    assert job.dialog.page_count() >= 1
    job.dialog.close()
    return text


def test_report_for_the_city_filtered_on_opens_in_the_preview(
        qtbot: QtBot, window: MainWindow) -> None:
    page = _commitments(window)
    page.city_box.setCurrentIndex(page.city_box.findText("Moscow"))
    moscow = page.city_box.currentData()
    seen: dict[str, object] = {}

    def preview(dialog: CommitmentsReportDialog) -> None:
        seen["city"] = dialog.city.currentData()
        seen["period"] = (dialog.start.value(), dialog.end.value())
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    failures = when_modal(qtbot, preview)  # type: ignore[arg-type]
    job = page.print_report()
    assert failures == []
    assert seen == {"city": moscow, "period": (None, None)}
    assert page.report_job is job
    text = _text_of_preview(qtbot, job)
    assert "CommitmentswithMoscow" in text
    promised = commitments.list_commitments(window.ctx.db.sessions, SAMPLE_NOW,
                                            CommitmentFilter(city_id=moscow))
    assert len(promised) == 3
    for c in promised:
        assert squash(c.description[:60]) in text, c.description


def test_ready_options_skip_the_dialog_and_give_a_period(
        qtbot: QtBot, window: MainWindow) -> None:
    page = _commitments(window)
    job = page.print_report(ReportOptions(start=date(2026, 11, 1), end=date(2026, 12, 31),
                                          document=DocumentOptions(paper="letter")))
    assert "Commitmentsdue1Nov–31Dec2026" in _text_of_preview(qtbot, job)


def test_the_dialog_refuses_a_period_that_ends_before_it_starts(
        qtbot: QtBot, window: MainWindow) -> None:
    page = _commitments(window)
    seen: dict[str, object] = {}

    def wrong_way_round(dialog: CommitmentsReportDialog) -> None:
        dialog.start.used.setChecked(True)
        dialog.start.day.setDate(QDate(2026, 12, 31))
        dialog.end.used.setChecked(True)
        dialog.end.day.setDate(QDate(2026, 11, 1))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        seen["open"] = dialog.isVisible()
        seen["said"] = dialog._errors["end"].text() if dialog._errors["end"].isVisible() else ""
        dialog.reject()

    failures = when_modal(qtbot, wrong_way_round)  # type: ignore[arg-type]
    assert page.print_report() is None
    assert failures == []
    assert seen["open"] is True and "ends before it starts" in str(seen["said"])
    assert page.report_job is None


def test_the_cities_page_presets_the_selected_city(qtbot: QtBot, window: MainWindow) -> None:
    page = window.show_page("cities")
    assert isinstance(page, CitiesPage)
    moscow = next(r.id for r in page.model.rows() if r.data.name == "Moscow")
    assert page.select(moscow) and page.report_action.isEnabled()
    seen: dict[str, object] = {}

    def look(dialog: CommitmentsReportDialog) -> None:
        seen["city"] = dialog.city.currentData()
        seen["label"] = dialog.city.currentText()
        dialog.reject()

    failures = when_modal(qtbot, look)  # type: ignore[arg-type]
    assert page.print_report() is None
    assert failures == []
    assert seen["city"] == moscow and str(seen["label"]).startswith("Moscow")
