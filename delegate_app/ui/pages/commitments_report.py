"""The commitments report from the window: the Commitments page (its city filter) and the
Cities page (the selected city) ask the same options, build the PDF off the GUI thread and
open it in the preview."""

from __future__ import annotations

from pathlib import Path

from ...services import cities
from ..dialogs.pdf_preview import PdfPreviewJob, show_pdf_preview
from ..dialogs.report_options import CommitmentsReportDialog, ReportOptions
from ..text import tr
from .base import ListPage


def print_commitments_report(page: ListPage, city_id: int | None = None,
                             options: ReportOptions | None = None) -> PdfPreviewJob | None:
    """Ask the city (``city_id`` preset) and the period unless ``options`` are given, then
    build the report off the GUI thread into the preview. Keep the returned job."""
    ctx = page.ctx
    choices = cities.city_choices(ctx.db.sessions)
    chosen = options or CommitmentsReportDialog(ctx.settings, choices, ctx.today(), city_id,
                                                page).choose()
    if chosen is None:
        return None
    city = next((c.label for c in choices if c.id == chosen.city_id), "")
    title = (tr("Commitments report — {city}").format(city=city) if city
             else tr("Commitments report"))
    sessions, now = ctx.db.sessions, ctx.now()

    def produce(path: Path) -> None:
        from ...services import commitment_report  # ReportLab loads with the first report

        data = commitment_report.commitments_report(
            sessions, city_id=chosen.city_id, start=chosen.start, end=chosen.end, now=now)
        commitment_report.write_commitments_report(data, path, chosen.document.paper,
                                                   printed=chosen.document.printed)

    name = f"{title} {chosen.start or ''} {chosen.end or ''}".strip()
    return show_pdf_preview(page, title, produce, name, ctx.settings)
