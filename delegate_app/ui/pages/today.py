"""Today: what needs the officer's attention now — programmes under way, promises overdue or
due soon by owner, conflicts in upcoming itineraries, renewals. Every entry opens its record."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import timedelta

import shiboken6
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from ...domain.conflicts import PlanRules, Severity
from ...domain.records import AgendaEntry, CommitmentRow, TodaySummary
from ...services import checks, overview
from ...services.checks import DelegationConflicts
from .. import html
from ..changes import ChangeFollower
from ..context import AppContext
from ..dates import (
    format_date,
    format_date_range,
    format_day,
    format_instant,
    format_time,
    to_local,
)
from ..language import read_in_direction
from ..tasks import BackgroundTask, run_in_background
from ..text import conflict_text, error_text, tr, translated

CONFLICTS_SHOWN = 5  # per delegation; the rest are one click away
OWNERS_SHOWN = 12  # per list of commitments: a ten-year office has thousands of owners


def _agenda_line(entry: AgendaEntry, home_tz: str) -> str:
    local = format_instant(entry.starts_at, entry.start_tz, with_offset=True)
    start, end = to_local(entry.starts_at, entry.start_tz), to_local(entry.ends_at, entry.end_tz)
    ends = format_time(end) if end.date() == start.date() else \
        f"{format_day(end.date())}, {format_time(end)}"
    home = to_local(entry.starts_at, home_tz)
    at_home = tr("home")
    second = (f" <span class='sub'>({format_time(home)} {at_home})</span>"
              if entry.start_tz != home_tz else "")
    link = f"<a href='item:{entry.delegation_id}/{entry.id}'>{html.e(entry.title)}</a>"
    return (f"<b>{html.e(local)}</b>–{html.e(ends)}{second} · {link} "
            f"<span class='sub'>— {html.e(translated(entry.kind))}, {html.e(entry.place)}</span>")


def _agenda(entries: Sequence[AgendaEntry], home_tz: str) -> str:
    """Items grouped under their delegation."""
    groups: dict[int, list[AgendaEntry]] = {}
    for entry in entries:
        groups.setdefault(entry.delegation_id, []).append(entry)
    return "".join(
        f"<p style='margin: 8px 0 0 0;'>"
        f"{html.link('delegations', d_id, items[0].delegation)}</p>"
        + html.bullet_list(_agenda_line(a, home_tz) for a in items)
        for d_id, items in groups.items())


def _commitment_line(c: CommitmentRow) -> str:
    due = format_date(c.due_on)
    if c.overdue:
        late = -(c.days_left or 0)
        late_text = tr("{n} days late").format(n=late)
        mark = f"<span class='warn'>⚠ {late_text} ({due})</span>"
    elif c.days_left == 0:
        today_text = tr("due today")
        mark = f"<span class='soon'>◷ {today_text}</span>"
    else:
        due_word = tr("due")
        mark = f"<span class='soon'>◷ {due_word} {due}</span>"
    who = " · ".join(x for x in (translated(c.direction.label), c.counterpart, c.city) if x)
    return (f"{mark} — {html.link('commitments', c.id, c.description)} "
            f"<span class='sub'>({html.e(who)})</span>")


def _by_owner(rows: Iterable[CommitmentRow]) -> str:
    """One block per owner on our side, the most overdue owner first; past a few owners,
    "and N more" opens the first commitment not listed (its page lists them all)."""
    owners: dict[str, list[CommitmentRow]] = {}
    for row in rows:
        owners.setdefault(row.owner or tr("No owner yet"), []).append(row)
    order = sorted(owners.items(), key=lambda kv: (-sum(r.overdue for r in kv[1]),
                                                   kv[0].casefold()))
    blocks = "".join(
        f"<p style='margin: 8px 0 0 0;'><b>{html.e(owner)}</b> <span class='sub'>"
        f"({len(items)})</span></p>" + html.bullet_list(_commitment_line(c) for c in items)
        for owner, items in order[:OWNERS_SHOWN])
    rest = order[OWNERS_SHOWN:]
    if rest:
        count = sum(len(items) for _, items in rest)
        blocks += "<p style='margin: 8px 0 0 0;'>" + html.link(
            "commitments", rest[0][1][0].id, tr("and {n} more owners ({count} commitments)")
            .format(n=len(rest), count=count)) + "</p>"
    return blocks


def _conflict_lines(found: Sequence[DelegationConflicts]) -> str:
    """The serious conflicts of each delegation, the worst first; past a few, "and N more"
    opens the delegation (a busy office would otherwise fill Today with thousands)."""
    blocks = []
    for result in found:
        serious = [c for c in result.conflicts if c.severity >= Severity.WARNING]
        if not serious:
            continue
        lines = []
        for c in sorted(serious, key=lambda c: -int(c.severity))[:CONFLICTS_SHOWN]:
            css = "warn" if c.severity is Severity.ERROR else "soon"
            target = f"item:{result.delegation_id}/{c.item_ids[0]}"
            lines.append(f"<span class='{css}'>{html.e(translated(c.severity.label))}</span> — "
                         f"<a href='{target}'>{html.e(conflict_text(c))}</a>")
        if len(serious) > CONFLICTS_SHOWN:
            lines.append(html.link("delegations", result.delegation_id, tr(
                "and {n} more").format(n=len(serious) - CONFLICTS_SHOWN)))
        blocks.append(f"<p style='margin: 8px 0 0 0;'>"
                      f"{html.link('delegations', result.delegation_id, result.delegation)}"
                      f"</p>" + html.bullet_list(lines))
    return "".join(blocks)


class TodayPage(QWidget):
    key = "today"
    icon_name = "today"
    title = "Today"
    link_requested = Signal(str)
    ready = Signal()  # the page shows what the latest refresh computed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = tr("Today")
        self.view = QTextBrowser(self)
        read_in_direction(self.view)
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(lambda url: self.link_requested.emit(url.toString()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.addWidget(self.view)
        self._asked = 0  # refreshes asked for; only the latest one's answer is shown
        self._tasks: dict[int, BackgroundTask] = {}
        self.problem = ""  # why the latest refresh could not be gathered, if it could not
        gathering = tr("Gathering today…")
        self.view.setHtml(f"{html.STYLE}<p class='sub'>{gathering}</p>")
        # Shown, it follows every write; hidden, the window refreshes it as it shows it.
        self.follower = ChangeFollower(self, ctx.changes, lambda _: self.refresh(),
                                       ChangeFollower.SKIP)

    def refresh(self, select_id: int | None = None) -> None:
        """Gather the day off the GUI thread (an office-wide conflict check can take a while)
        and show it as it arrives; the window stays usable meanwhile."""
        sessions, settings, now = self.ctx.db.sessions, self.ctx.settings, self.ctx.now()
        rules = PlanRules(buffer_same_city=timedelta(minutes=settings.buffer_minutes_same_city),
                          buffer_other_city=timedelta(minutes=settings.buffer_minutes_other_city))
        self._asked += 1
        asked = self._asked

        def gather() -> str:
            summary = overview.today_summary(sessions, now)
            found = checks.check_upcoming(sessions, summary.today, rules)
            return self.render(summary, summary.home_tz, found)

        self._tasks[asked] = run_in_background(
            gather, lambda text: self._show(asked, text), lambda error: self._failed(asked, error))

    def _show(self, asked: int, text: str) -> None:
        if not shiboken6.isValid(self):  # the window closed while the day was gathered
            return
        self._tasks.pop(asked, None)
        if asked == self._asked:  # an older answer arriving late is not shown
            self.problem = ""
            self.view.setHtml(text)
            self.ready.emit()

    def _failed(self, asked: int, error: Exception) -> None:
        if not shiboken6.isValid(self):
            return
        self._tasks.pop(asked, None)
        if asked == self._asked:
            message = tr("Today could not be gathered: {why}").format(why=error_text(error))
            self.problem = message
            self.view.setHtml(f"{html.STYLE}<p class='warn'>{html.e(message)}</p>")
            self.ready.emit()

    def render(self, s: TodaySummary, home_tz: str,
               found: Sequence[DelegationConflicts] = ()) -> str:
        late, soon = len(s.overdue), len(s.due_soon)
        counts = tr("{late} overdue · {soon} due within 14 days").format(late=late, soon=soon)
        parts = [html.header(tr("Today"), f"{format_date(s.today)} · {counts}")]
        nothing = not (s.agenda or s.overdue or s.due_soon or s.upcoming_delegations
                       or s.upcoming_summits or s.renewals)
        if nothing:
            parts.append(html.paragraph(tr(
                "Nothing needs your attention. With an empty database, load the sample plan "
                "(File ▸ Load sample plan) or add people and cities to begin.")))
            parts.append(f"<p><a href='action:load-sample'>{tr('Load the sample plan')}</a></p>")
            return "".join(parts)
        parts.append(html.section(tr("Overdue commitments, by owner ({n})").format(n=late),
                                  _by_owner(s.overdue)))
        parts.append(html.section(tr("Under way — today and tomorrow"), _agenda(
            s.agenda, home_tz) or html.paragraph(
                tr("No delegation is travelling or visiting today."))))
        parts.append(html.section(tr("Due within 14 days, by owner ({n})").format(n=soon),
                                  _by_owner(s.due_soon)))
        parts.append(html.section(tr("Conflicts in upcoming itineraries"),
                                  _conflict_lines(found)))
        parts.append(html.section(tr("Coming up: delegations"), html.bullet_list(
            f"{html.link('delegations', d.id, d.title)} <span class='sub'>— "
            f"{html.e(format_date_range(d.starts_on, d.ends_on))}, "
            f"{html.e(translated(d.status.label))}"
            f"</span>" for d in s.upcoming_delegations)))
        parts.append(html.section(tr("Coming up: summits"), html.bullet_list(
            f"{html.link('summits', x.id, x.title)} <span class='sub'>— {html.e(x.host_city)}, "
            f"{html.e(format_date_range(x.starts_on, x.ends_on))}</span>"
            for x in s.upcoming_summits)))
        parts.append(html.section(tr("Partnerships up for renewal"), html.bullet_list(
            html.link("cities", city_id, text) for city_id, text in s.renewals)))
        return "".join(parts)

    def focus_filter(self) -> None:
        self.view.setFocus()

    def select(self, record_id: int) -> bool:
        return False
