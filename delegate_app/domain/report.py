"""What a commitments report prints, as plain records: the promises with a city or due in a
period, grouped overdue / open / kept / dropped, with the balance of who owes what.

The records carry no internal notes, so no layout can print them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class ReportLine:
    """One promise as the report prints it."""

    description: str
    we_owe: bool  # False: the other side owes us
    city: str
    status: str  # "Open", "In progress", "Done", "Dropped"
    due_on: date | None
    days_left: int | None  # in the owner's zone; negative when late
    owner: str  # on our side
    counterpart: str  # on theirs
    priority: str = ""  # "High" only; empty otherwise
    meeting: str = ""  # where it was promised
    agreement: str = ""
    completed_on: date | None = None
    evidence: str = ""  # how it was kept
    reason: str = ""  # why it was dropped (the workflow note)


@dataclass(frozen=True, slots=True)
class ReportBalance:
    """Open promises each way, how many of them are late, and how many were kept."""

    we_owe: int = 0
    they_owe: int = 0
    overdue: int = 0
    kept: int = 0


@dataclass(frozen=True, slots=True)
class CommitmentsReport:
    """The report for a city, a period, or both; the sections are already in reading order
    (overdue: longest late first; open: soonest due first; kept: latest first)."""

    title: str  # "Commitments with Buenos Aires", "Commitments due 1 Nov – 31 Dec 2026"
    scope: str  # the line under the title: period and/or city, or "All cities"
    office: str
    city: str  # "" unless the report is for one city
    start: date | None
    end: date | None
    prepared_on: date
    balance: ReportBalance
    overdue: tuple[ReportLine, ...] = ()
    open: tuple[ReportLine, ...] = ()
    kept: tuple[ReportLine, ...] = ()
    dropped: tuple[ReportLine, ...] = ()

    @property
    def lines(self) -> tuple[ReportLine, ...]:
        return self.overdue + self.open + self.kept + self.dropped
