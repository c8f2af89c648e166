"""Shared steps of every edit: optimistic locking, reference checks, safe deletion."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import exc as sa_exc
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session
from sqlalchemy.orm import exc as orm_exc

from ..db.models import Base
from ..domain.errors import InUseError, NotFoundError, StaleEditError
from .failures import database_refusal

T = TypeVar("T", bound=Base)

# How an officer names the rows of each table when told what still uses a record.
TABLE_WORDS: dict[str, tuple[str, str]] = {
    "person": ("person", "people"),
    "organisation": ("organisation", "organisations"),
    "office": ("office profile", "office profiles"),
    "network_membership": ("network membership", "network memberships"),
    "partnership": ("partnership", "partnerships"),
    "agreement": ("agreement", "agreements"),
    "agreement_signatory": ("signed agreement", "signed agreements"),
    "summit": ("summit", "summits"),
    "delegation": ("delegation", "delegations"),
    "delegation_destination": ("delegation visiting it", "delegations visiting it"),
    "delegation_member": ("delegation membership", "delegation memberships"),
    "itinerary_item": ("itinerary item", "itinerary items"),
    "item_participant": ("itinerary item", "itinerary items"),
    "item_counterpart": ("meeting", "meetings"),
    "item_interpreter": ("interpreting assignment", "interpreting assignments"),
    "commitment": ("commitment", "commitments"),
    "gift": ("gift", "gifts"),
}


def new_uid() -> str:
    """A calendar identity for life: items, sessions and commitments keep it through edits."""
    return f"{uuid.uuid4()}@delegate-app"


def format_saved_at(moment: datetime | None) -> str:
    """When a record was last saved, in this computer's time: "1 Dec 2026, 14:32"."""
    if moment is None:
        return "an unknown time"
    local = moment.astimezone()
    return f"{local.day} {local:%b %Y, %H:%M}"


def record_name(row: Any) -> str:
    """What an officer calls a record in a sentence: its title, name or description."""
    for attribute in ("title", "name", "description", "summary"):
        value = getattr(row, attribute, None)
        if isinstance(value, str) and value.strip():
            text = " ".join(value.split())
            return f"“{text[:60]}{'…' if len(text) > 60 else ''}”"
    given, family = getattr(row, "given_name", ""), getattr(row, "family_name", "")
    return f"“{given} {family}”".replace("“ ", "“").replace(" ”", "”") if given or family else ""


def stale(label: str, row: Any, by: str = "") -> StaleEditError:
    """The refusal of a save made on an older version: which record, when (and by whom)."""
    name = record_name(row)
    who = f" by {by}" if by else " by someone else"
    return StaleEditError(
        f"This {label}{' ' + name if name else ''} was changed{who} at "
        f"{format_saved_at(getattr(row, 'updated_at', None))}, after you opened it. "
        "Your change was not saved: reopen it to see the latest version.")


def load_for_edit(session: Session, model: type[T], record_id: int, seen_version: int,
                  label: str, saved_by: Callable[[T], str] | None = None) -> T:
    """The row to change, provided nobody saved it since the user saw ``seen_version``.

    The row stays locked until the transaction ends (FOR UPDATE on PostgreSQL; SQLite's
    write transactions begin IMMEDIATE), so two officers saving at once take turns and
    the second is told, instead of the later save silently undoing the first.
    ``saved_by`` names who saved last, where the record keeps it (a commitment's history).
    """
    row = session.get(model, record_id, with_for_update=True, populate_existing=True)
    if row is None:
        raise NotFoundError(f"This {label} no longer exists; someone may have deleted it.")
    if row.version != seen_version:  # type: ignore[attr-defined]
        raise stale(label, row, saved_by(row) if saved_by else "")
    return row


def take_turn(session: Session, what: str) -> None:
    """Let writers of ``what`` (an import, say) run one at a time until this transaction ends.

    PostgreSQL: a transaction-level advisory lock named after ``what``. SQLite needs nothing
    more: every write transaction begins IMMEDIATE and so already holds the file's write lock.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:what))"), {"what": what})


def references(session: Session, table_name: str, record_id: int) -> dict[str, int]:
    """Rows of other tables that point at ``table_name`` row ``record_id``, by table."""
    counts: dict[str, int] = {}
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name != table_name or fk.column.name != "id":
                continue
            count = session.scalar(
                select(func.count()).select_from(table).where(fk.parent == record_id)
            )
            if count:
                counts[table.name] = counts.get(table.name, 0) + int(count)
    return counts


def describe_references(counts: dict[str, int]) -> str:
    parts = []
    for table, count in sorted(counts.items(), key=lambda kv: -kv[1]):
        one, many = TABLE_WORDS.get(table, (table.replace("_", " "), table.replace("_", " ")))
        parts.append(f"{count} {one if count == 1 else many}")
    if len(parts) > 1:
        return ", ".join(parts[:-1]) + " and " + parts[-1]
    return parts[0] if parts else ""


def refuse_if_referenced(session: Session, table_name: str, record_id: int, name: str) -> None:
    counts = references(session, table_name, record_id)
    if counts:
        raise InUseError(
            f"{name} is still used by {describe_references(counts)}, so it cannot be deleted. "
            "Remove those links first."
        )


@contextmanager
def translated_errors(label: str) -> Iterator[None]:
    """Turn database refusals met at flush or commit into messages for the officer (the
    database's own words go to the log file, never to the officer)."""
    try:
        yield
    except orm_exc.StaleDataError as exc:
        raise StaleEditError(
            f"This {label} was changed by someone else while you were editing it. "
            "Your change was not saved: reopen it to see the latest version."
        ) from exc
    except sa_exc.DBAPIError as exc:
        raise database_refusal(exc, label) from exc


def column_values(row: Any, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(row, name) for name in names}
