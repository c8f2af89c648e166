"""Today: what needs the officer's attention now — programmes under way, overdue promises."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from ...domain.records import AgendaEntry, CommitmentRow, TodaySummary
from ...domain.timefmt import format_date, format_date_range, format_instant, to_local
from ...services import overview
from .. import html
from ..context import AppContext
from ..text import tr


def _agenda_line(entry: AgendaEntry, home_tz: str) -> str:
    local = format_instant(entry.starts_at, entry.start_tz, with_offset=True)
    home = to_local(entry.starts_at, home_tz)
    second = (f" <span class='sub'>({home:%H:%M} {tr('home')})</span>"
              if entry.start_tz != home_tz else "")
    end = to_local(entry.ends_at, entry.end_tz)
    return (f"<b>{html.e(local)}</b>–{end:%H:%M}{second} · "
            f"{html.link('delegations', entry.delegation_id, entry.title)} "
            f"<span class='sub'>— {html.e(entry.kind)}, {html.e(entry.place)} · "
            f"{html.e(entry.delegation)}</span>")


def _commitment_line(c: CommitmentRow, overdue: bool) -> str:
    due = format_date(c.due_on)
    mark = f"<span class='warn'>⚠ {tr('overdue since')} {due}</span>" if overdue else (
        f"<span class='soon'>◷ {tr('due')} {due}</span>")
    who = " · ".join(x for x in (c.owner, c.city) if x)
    return (f"{mark} — {html.link('commitments', c.id, c.description)} "
            f"<span class='sub'>({html.e(c.direction.label)}; {html.e(who)})</span>")


class TodayPage(QWidget):
    key = "today"
    icon_name = "today"
    title = "Today"
    link_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = tr("Today")
        self.view = QTextBrowser(self)
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(lambda url: self.link_requested.emit(url.toString()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addWidget(self.view)

    def refresh(self, select_id: int | None = None) -> None:
        summary = overview.today_summary(self.ctx.db.sessions, self.ctx.now())
        home_tz = overview.home_time_zone(self.ctx.db.sessions)
        self.view.setHtml(self.render(summary, home_tz))

    def render(self, s: TodaySummary, home_tz: str) -> str:
        parts = [html.header(tr("Today"), format_date(s.today))]
        nothing = not (s.agenda or s.overdue or s.due_soon or s.upcoming_delegations
                       or s.upcoming_summits or s.renewals)
        if nothing:
            parts.append(html.paragraph(tr(
                "Nothing needs your attention. With an empty database, load the sample plan "
                "(File ▸ Load sample plan) or add people and cities to begin.")))
            parts.append(f"<p><a href='action:load-sample'>{tr('Load the sample plan')}</a></p>")
            return "".join(parts)
        parts.append(html.section(tr("Under way — today and tomorrow"), html.bullet_list(
            _agenda_line(a, home_tz) for a in s.agenda) or html.paragraph(
                tr("No delegation is travelling or visiting today."))))
        parts.append(html.section(tr("Overdue commitments"), html.bullet_list(
            _commitment_line(c, True) for c in s.overdue)))
        parts.append(html.section(tr("Due within 14 days"), html.bullet_list(
            _commitment_line(c, False) for c in s.due_soon)))
        parts.append(html.section(tr("Coming up: delegations"), html.bullet_list(
            f"{html.link('delegations', d.id, d.title)} <span class='sub'>— "
            f"{html.e(format_date_range(d.starts_on, d.ends_on))}, {html.e(d.status.label)}"
            f"</span>" for d in s.upcoming_delegations)))
        parts.append(html.section(tr("Coming up: summits"), html.bullet_list(
            f"{html.link('summits', x.id, x.title)} <span class='sub'>— {html.e(x.host_city)}, "
            f"{html.e(format_date_range(x.starts_on, x.ends_on))}</span>"
            for x in s.upcoming_summits)))
        parts.append(html.section(tr("Partnerships up for renewal"), html.bullet_list(
            html.e(r) for r in s.renewals)))
        return "".join(parts)

    def focus_filter(self) -> None:
        self.view.setFocus()

    def select(self, record_id: int) -> bool:
        return False

