"""Today stays readable in a large office: a delegation's conflicts are listed up to a few,
then "and N more" opens the delegation."""

from __future__ import annotations

from dataclasses import replace

from delegate_app.domain.conflicts import Conflict, Severity
from delegate_app.services import overview
from delegate_app.services.checks import DelegationConflicts
from delegate_app.ui.main_window import MainWindow
from delegate_app.ui.pages.today import CONFLICTS_SHOWN, OWNERS_SHOWN
from tests.conftest import SAMPLE_NOW


def test_a_delegation_with_many_conflicts_lists_a_few_and_says_how_many_more(
        window: MainWindow) -> None:
    summary = overview.today_summary(window.ctx.db.sessions, SAMPLE_NOW)
    many = DelegationConflicts(77, "Busy mission", {n: f"Item {n}" for n in range(40)}, tuple(
        Conflict(Severity.WARNING, "tight_connection", (n, n + 1), f"Conflict number {n}")
        for n in range(0, 40, 2)))
    html = window.pages["today"].render(summary, summary.home_tz, [many])
    shown = [n for n in range(0, 40, 2) if f"Conflict number {n}<" in html]
    assert shown == list(range(0, 2 * CONFLICTS_SHOWN, 2))
    more = 20 - CONFLICTS_SHOWN
    assert f"and {more} more" in html
    assert "record:delegations/77" in html.split(f"and {more} more")[0].rsplit("<a", 1)[-1]


def test_many_owners_with_overdue_promises_list_the_most_late_and_say_how_many_more(
        window: MainWindow) -> None:
    summary = overview.today_summary(window.ctx.db.sessions, SAMPLE_NOW)
    first = summary.overdue[0]
    rows = tuple(replace(first, id=1000 + n, owner=f"Owner {n:02d}", description=f"Promise {n}")
                 for n in range(40))
    html = window.pages["today"].render(replace(summary, overdue=rows), summary.home_tz)
    shown = [n for n in range(40) if f"Owner {n:02d}<" in html]
    assert len(shown) == OWNERS_SHOWN
    assert f"and {40 - OWNERS_SHOWN} more owners ({40 - OWNERS_SHOWN} commitments)" in html
    assert "Overdue commitments, by owner (40)" in html
