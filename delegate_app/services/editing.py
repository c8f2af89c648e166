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
from ..domain.wording import QT_TRANSLATE_NOOP, Moment, Wording, joined
from .failures import database_refusal

T = TypeVar("T", bound=Base)

# How an officer names the rows of each table when told what still uses a record.
TABLE_WORDS: dict[str, tuple[str, str]] = {
    "person": (QT_TRANSLATE_NOOP("delegate_app", "person"),
               QT_TRANSLATE_NOOP("delegate_app", "people")),
    "organisation": (QT_TRANSLATE_NOOP("delegate_app", "organisation"),
                     QT_TRANSLATE_NOOP("delegate_app", "organisations")),
    "office": (QT_TRANSLATE_NOOP("delegate_app", "office profile"),
               QT_TRANSLATE_NOOP("delegate_app", "office profiles")),
    "network_membership": (QT_TRANSLATE_NOOP("delegate_app", "network membership"),
                           QT_TRANSLATE_NOOP("delegate_app", "network memberships")),
    "partnership": (QT_TRANSLATE_NOOP("delegate_app", "partnership"),
                    QT_TRANSLATE_NOOP("delegate_app", "partnerships")),
    "agreement": (QT_TRANSLATE_NOOP("delegate_app", "agreement"),
                  QT_TRANSLATE_NOOP("delegate_app", "agreements")),
    "agreement_signatory": (QT_TRANSLATE_NOOP("delegate_app", "signed agreement"),
                            QT_TRANSLATE_NOOP("delegate_app", "signed agreements")),
    "summit": (QT_TRANSLATE_NOOP("delegate_app", "summit"),
               QT_TRANSLATE_NOOP("delegate_app", "summits")),
    "delegation": (QT_TRANSLATE_NOOP("delegate_app", "delegation"),
                   QT_TRANSLATE_NOOP("delegate_app", "delegations")),
    "delegation_destination": (QT_TRANSLATE_NOOP("delegate_app", "delegation visiting it"),
                               QT_TRANSLATE_NOOP("delegate_app", "delegations visiting it")),
    "delegation_member": (QT_TRANSLATE_NOOP("delegate_app", "delegation membership"),
                          QT_TRANSLATE_NOOP("delegate_app", "delegation memberships")),
    "itinerary_item": (QT_TRANSLATE_NOOP("delegate_app", "itinerary item"),
                       QT_TRANSLATE_NOOP("delegate_app", "itinerary items")),
    "item_participant": (QT_TRANSLATE_NOOP("delegate_app", "itinerary item"),
                         QT_TRANSLATE_NOOP("delegate_app", "itinerary items")),
    "item_counterpart": (QT_TRANSLATE_NOOP("delegate_app", "meeting"),
                         QT_TRANSLATE_NOOP("delegate_app", "meetings")),
    "item_interpreter": (QT_TRANSLATE_NOOP("delegate_app", "interpreting assignment"),
                         QT_TRANSLATE_NOOP("delegate_app", "interpreting assignments")),
    "commitment": (QT_TRANSLATE_NOOP("delegate_app", "commitment"),
                   QT_TRANSLATE_NOOP("delegate_app", "commitments")),
    "gift": (QT_TRANSLATE_NOOP("delegate_app", "gift"),
             QT_TRANSLATE_NOOP("delegate_app", "gifts")),
}
# The other names of records the services put in a sentence ("This {label} no longer
# exists"), listed so the catalog has them; ``label_words`` says any of them in turn.
RECORD_LABELS = (
    QT_TRANSLATE_NOOP("delegate_app", "city"),
    QT_TRANSLATE_NOOP("delegate_app", "session"),
    QT_TRANSLATE_NOOP("delegate_app", "membership"),
    QT_TRANSLATE_NOOP("delegate_app", "meeting outcome"),
    QT_TRANSLATE_NOOP("delegate_app", "programme"),
    QT_TRANSLATE_NOOP("delegate_app", "version"),
    QT_TRANSLATE_NOOP("delegate_app", "change of office"),
    QT_TRANSLATE_NOOP("delegate_app", "import of contacts"),
    QT_TRANSLATE_NOOP("delegate_app", "change"),
)


def label_words(label: str) -> Wording:
    """A record's name ("person") as a phrase the catalog translates."""
    return Wording(label)


def new_uid() -> str:
    """A calendar identity for life: items, sessions and commitments keep it through edits."""
    return f"{uuid.uuid4()}@delegate-app"


def format_saved_at(moment: datetime | None) -> str:
    """When a record was last saved, in this computer's time: "1 Dec 2026, 14:32"."""
    return str(saved_at(moment))


def saved_at(moment: datetime | None) -> Wording:
    """When a record was last saved, as a phrase of a message (said in the office's
    calendar by the layers above)."""
    if moment is None:
        return Wording(QT_TRANSLATE_NOOP("delegate_app", "an unknown time"))
    return Wording("{moment}", {"moment": Moment(moment)})


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
    return StaleEditError(
        QT_TRANSLATE_NOOP("delegate_app", "This {label}{name} was changed by {who} at {when}, "
                          "after you opened it. Your change was not saved: reopen it to see "
                          "the latest version."),
        label=label_words(label), name=" " + name if name else "",
        who=by or Wording(QT_TRANSLATE_NOOP("delegate_app", "someone else")),
        when=saved_at(getattr(row, "updated_at", None)))


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
        raise NotFoundError(QT_TRANSLATE_NOOP(
            "delegate_app", "This {label} no longer exists; someone may have deleted it."),
            label=label_words(label))
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
    return str(reference_words(counts))


def reference_words(counts: dict[str, int]) -> Wording:
    """"3 itinerary items and 1 gift": what still uses a record, as a phrase."""
    parts = []
    for table, count in sorted(counts.items(), key=lambda kv: -kv[1]):
        one, many = TABLE_WORDS.get(table, (table.replace("_", " "), table.replace("_", " ")))
        parts.append(Wording("{count} {noun}", {"count": count,
                                                "noun": Wording(one if count == 1 else many)}))
    if len(parts) > 1:
        return Wording(QT_TRANSLATE_NOOP("delegate_app", "{list} and {last}"),
                       {"list": joined(parts[:-1], ", "), "last": parts[-1]})
    return parts[0] if parts else Wording("")


def refuse_if_referenced(session: Session, table_name: str, record_id: int, name: str) -> None:
    counts = references(session, table_name, record_id)
    if counts:
        raise InUseError(
            QT_TRANSLATE_NOOP("delegate_app", "{name} is still used by {uses}, so it cannot be "
                              "deleted. Remove those links first."),
            name=name, uses=reference_words(counts))


@contextmanager
def translated_errors(label: str) -> Iterator[None]:
    """Turn database refusals met at flush or commit into messages for the officer (the
    database's own words go to the log file, never to the officer)."""
    try:
        yield
    except orm_exc.StaleDataError as exc:
        raise StaleEditError(
            QT_TRANSLATE_NOOP("delegate_app", "This {label} was changed by someone else while "
                              "you were editing it. Your change was not saved: reopen it to "
                              "see the latest version."),
            label=label_words(label)) from exc
    except sa_exc.DBAPIError as exc:
        raise database_refusal(exc, label) from exc


def column_values(row: Any, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(row, name) for name in names}
