"""Printed documents of an open delegation: its dossier, and badges, place cards and a
seating plan. Each asks its options, is built off the GUI thread and opens in the preview."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ...domain.records import Choice
from ...services import calendars, dossier, name_cards, versions
from ..dialogs.document_options import DocumentOptions, ask_document_options
from ..dialogs.name_card_options import NameCardDialog, NameCardOptions, TableChoices
from ..dialogs.pdf_preview import PdfPreviewJob, show_pdf_preview
from ..text import tr
from .versions import version_text

if TYPE_CHECKING:
    from .workspace import DelegationWorkspace


def print_dossier(ws: DelegationWorkspace,
                  options: DocumentOptions | None = None) -> PdfPreviewJob | None:
    """The briefing book: options, then built off the GUI thread into the preview."""
    title = tr("Dossier — {title}").format(title=ws.data.title)
    options = options or ask_document_options(ws, title, ws.ctx.settings, home_time=True)
    if options is None:
        return None
    sessions, delegation_id = ws.ctx.db.sessions, ws.delegation_id

    def produce(path: Path) -> None:
        data = dossier.delegation_dossier(sessions, delegation_id,
                                          calendars.Edition(options.edition),
                                          options.show_home_time)
        dossier.write_dossier(data, path, options.paper, printed=options.printed)

    name = f"{ws.data.title[:60]} — {options.edition} dossier.pdf"
    return _preview(ws, title, produce, name)


def name_card_dialog(ws: DelegationWorkspace) -> NameCardDialog:
    """What to print for which meeting; the meeting selected in the agenda comes first."""
    sessions, delegation_id = ws.ctx.db.sessions, ws.delegation_id

    def table_for(item_id: int) -> TableChoices:
        hosts, guests = name_cards.table_choices(sessions, delegation_id, item_id)
        return TableChoices(hosts, guests, name_cards.item_shape(sessions, item_id))

    current = ws.agenda.current_item()
    issued = [Choice(v.number, version_text(v.label))
              for v in versions.list_versions(sessions, delegation_id)]
    return NameCardDialog(tr("Badges and place cards — {title}").format(title=ws.data.title),
                          ws.ctx.settings, name_cards.occasions(sessions, delegation_id),
                          table_for, current.id if current else None, ws, issued)


def print_name_cards(ws: DelegationWorkspace,
                     options: NameCardOptions | None = None) -> PdfPreviewJob | None:
    """Badges, place cards and a seating plan for a meeting, or badges for the whole
    delegation, built off the GUI thread into the preview."""
    chosen = options or name_card_dialog(ws).choose()
    if chosen is None:
        return None
    sessions, delegation_id = ws.ctx.db.sessions, ws.delegation_id

    def produce(path: Path) -> None:
        if chosen.version is not None:
            data = versions.badges_of(sessions, delegation_id, chosen.version, chosen.parts)
        else:
            data = name_cards.name_card_set(sessions, delegation_id, chosen.item_id,
                                            chosen.parts, chosen.shape, chosen.host_id,
                                            chosen.guest_id)
        name_cards.write_name_cards(data, path, chosen.document.paper,
                                    printed=chosen.document.printed)

    title = tr("Badges and place cards — {title}").format(title=ws.data.title)
    which = f", version {chosen.version}" if chosen.version is not None else ""
    name = f"{ws.data.title[:60]} — badges and place cards{which}.pdf"
    return _preview(ws, title, produce, name)


def _preview(ws: DelegationWorkspace, title: str, produce: Callable[[Path], None],
             name: str) -> PdfPreviewJob:
    ws.print_job = show_pdf_preview(ws, title, produce, name, ws.ctx.settings)
    return ws.print_job
