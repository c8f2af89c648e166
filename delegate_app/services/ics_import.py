"""Import a calendar file into a delegation: a preview first, then one transaction.

Each event is matched, in this order, by the UID an earlier import kept (import_uid), by
the UID of our own items and summit sessions (so re-importing any of our exports changes
nothing), then by start and title (a probable duplicate the officer decides on). A match
with a higher SEQUENCE or a newer LAST-MODIFIED updates the item where it differs. Events
outside the delegation's dates, probable duplicates and summit sessions not in the
programme are imported only if the officer ticks them. Text from the file goes to the
internal briefing unless the officer chooses the description hosts see.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import exc as sa_exc
from sqlalchemy import select, text
from sqlalchemy.orm import Session, selectinload, sessionmaker
from sqlalchemy.orm import exc as orm_exc

from ..db.models import City, Delegation, ItineraryItem, Person, SummitSession
from ..domain.enums import ItemKind
from ..domain.errors import DelegateAppError, NotFoundError, ValidationError
from ..domain.records import ItemInput
from ..domain.timefmt import format_date_range, format_instant
from ..domain.validation import validate_item
from ..domain.wording import QT_TRANSLATE_NOOP
from ..imports.ics_reader import ImportedEvent, read_calendar
from ..language.speech import said, say
from .editing import new_uid
from .ics_changes import DescriptionTo, changes, file_text, fold, in_words, next_sequence
from .ics_known import Known, known_items

__all__ = ["DescriptionTo", "ImportChoices", "ImportPreview", "ImportResult", "apply_import",
           "apply_import_ids", "kind_of", "preview_import", "write_import"]

KEYWORDS = {ItemKind.FLIGHT: ("flight", "vuelo", "vol ", "پرواز"),
            ItemKind.TRAIN: ("train", "tren"), ItemKind.HOTEL: ("hotel", "check-in"),
            ItemKind.MEAL: ("lunch", "dinner", "breakfast", "almuerzo", "cena"),
            ItemKind.RECEPTION: ("reception", "recepción"),
            ItemKind.PRESS: ("press", "prensa", "interview"),
            ItemKind.SITE_VISIT: ("visit", "visita", "tour"),
            ItemKind.TRANSFER: ("transfer", "traslado")}
ATTEMPTS = 3  # a write that met another officer's import is worked out again this often


@dataclass(frozen=True, slots=True)
class ImportChoices:
    """What the officer decided in the preview: which optional events to import (by
    UID) and where descriptions go."""

    include: frozenset[str] = frozenset()
    description_to: DescriptionTo = DescriptionTo.BRIEFING


@dataclass
class ImportPreview:
    delegation_id: int
    delegation: str
    dates: str = ""
    added: list[ImportedEvent] = field(default_factory=list)
    updated: list[tuple[int, ImportedEvent]] = field(default_factory=list)
    unchanged: list[ImportedEvent] = field(default_factory=list)
    outside: list[ImportedEvent] = field(default_factory=list)
    duplicates: list[tuple[ImportedEvent, str]] = field(default_factory=list)
    sessions: list[tuple[int, ImportedEvent]] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    what_changes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # by UID
    older: list[str] = field(default_factory=list)  # differ, but the programme is newer
    ours: frozenset[str] = frozenset()  # UIDs the database knows as its own
    from_this_app: bool = False  # the file's PRODID is ours (another database's, maybe)

    def is_ours(self, uid: str) -> bool:
        """Whether the event's description is ours to strip of what we composed."""
        return self.from_this_app or uid in self.ours

    def optional_uids(self, outside: bool = False, duplicates: bool = False,
                      sessions: bool = False) -> frozenset[str]:
        """UIDs of the events imported only when ticked, of the kinds asked for."""
        return frozenset([e.uid for e in self.outside if outside]
                         + [e.uid for e, _ in self.duplicates if duplicates]
                         + [e.uid for _, e in self.sessions if sessions])

    def lines(self) -> list[str]:
        """The preview as an officer reads it, one line per event or problem."""
        out = [f"ADD        {when_of(e)}" for e in self.added]
        out += [f"UPDATE     {e.summary}  ({', '.join(self.what_changes.get(e.uid, ()))})"
                for _, e in self.updated]
        out += [f"UNCHANGED  {e.summary}" for e in self.unchanged]
        out += [f"OUTSIDE    {when_of(e)}  — outside {self.dates}" for e in self.outside]
        out += [f"DUPLICATE  {when_of(e)}  — probably {why}" for e, why in self.duplicates]
        out += [f"SESSION    {when_of(e)}  — a summit session not in this programme"
                for _, e in self.sessions]
        out += [f"REJECTED   {line}" for line in self.rejected]
        out += [f"NOTE       {line}" for line in self.notices]
        return out


def _all_day_english(first: date, last: date) -> str:
    return f"{format_date_range(first, last)}, all day"


def when_of(event: ImportedEvent,
            instant: Callable[[datetime, str], str] = format_instant,
            days: Callable[[date, date], str] = _all_day_english) -> str:
    """"Meeting  (Sat 19 Dec, 10:00 Buenos Aires)": an event as a preview lists it; an
    all-day event by its days ("19–21 Dec 2026, all day"), ``instant`` and ``days`` saying
    them (the window passes its own, in the interface's language)."""
    if event.all_day and event.days is not None:
        first, end = event.days  # the end is exclusive, as the file says it
        return f"{event.summary}  ({days(first, max(first, end - timedelta(days=1)))})"
    return f"{event.summary}  ({instant(event.starts_at, event.start_tz)})"





def kind_of(event: ImportedEvent) -> ItemKind:
    for category in event.categories:
        for kind in ItemKind:
            if category.strip().lower() in (kind.value.replace("_", " "), kind.label.lower()):
                return kind
    text = event.summary.lower()
    for kind, words in KEYWORDS.items():
        if any(w in text for w in words):
            return kind
    return ItemKind.BILATERAL_MEETING


def _newer(event: ImportedEvent, item: ItineraryItem) -> bool:
    if event.sequence > item.sequence:
        return True
    return event.last_modified is not None and event.last_modified > item.updated_at


def _delegation(session: Session, delegation_id: int) -> Delegation:
    d = session.scalar(select(Delegation).where(Delegation.id == delegation_id)
                       .options(selectinload(Delegation.members),
                                selectinload(Delegation.destinations)))
    if d is None:
        raise NotFoundError(QT_TRANSLATE_NOOP(
            "delegate_app", "There is no delegation {number}."), number=str(delegation_id))
    return d


def _zones(session: Session, d: Delegation) -> tuple[str, tuple[str, ...]]:
    home = session.get(City, d.home_city_id)
    zones = [c.time_zone for c in d.destinations] + ([home.time_zone] if home else [])
    return (zones or ["UTC"])[0], tuple(dict.fromkeys(zones))


def _text_of(event: ImportedEvent, known: Known, ours: bool) -> str:
    """The file's own words, without what we composed from the record it came from."""
    source = known.source_of(event.uid)
    texts: tuple[str, ...] = ()
    if source is not None:
        texts = (source.briefing, source.talking_points, source.booking_reference)
        if source.delegation_id == known.delegation_id:
            texts += (source.description,)
    return file_text(event.description, ours, texts)


def _problem(event: ImportedEvent, text: str) -> str | None:
    """The domain's objection to the item this event would make (lengths, a month at most)."""
    try:
        validate_item(ItemInput(
            kind=kind_of(event), title=event.summary, starts_at=event.starts_at,
            start_tz=event.start_tz, ends_at=event.ends_at, end_tz=event.end_tz,
            status=event.status, all_day=event.all_day, venue=event.location,
            latitude=event.latitude, longitude=event.longitude, participants=(0,),
            briefing=text))
    except ValidationError as exc:
        message = " ".join(say(words) for words in exc.field_wordings.values())
        return message[:1].lower() + message[1:].rstrip(".")
    return None


def _classify(preview: ImportPreview, event: ImportedEvent, known: Known, ours: bool,
              seen: dict[tuple[datetime, str], str]) -> None:
    item = known.match(event.uid)
    if item is not None and event.uid in known.sessions:
        preview.unchanged.append(event)  # the summit's own calendar: the session is the source
        return
    if item is not None:
        found = changes(item, event, item.import_uid != event.uid,
                        _text_of(event, known, ours), DescriptionTo.BRIEFING)
        if found and not _newer(event, item):
            preview.older.append(event.summary)
            found = {}
        if found and item.summit_session_id is not None:
            preview.notices.append(said(QT_TRANSLATE_NOOP(
                "delegate_app", "“{title}” is a session of a summit and follows the summit's "
                "programme: change it on the Summits page."), title=item.title))
            found = {}
        if found:
            preview.updated.append((item.id, event))
            preview.what_changes[event.uid] = in_words(found)
        else:
            preview.unchanged.append(event)
        return
    session = known.sessions.get(event.uid)
    key = (event.starts_at, fold(event.summary))
    if session is not None:
        preview.sessions.append((session.id, event))
    elif event.outside:
        preview.outside.append(event)
    elif key in known.keys or key in seen:
        twin = known.keys.get(key) or seen[key]
        preview.duplicates.append((event, said(
            QT_TRANSLATE_NOOP("delegate_app", "the same as “{twin}”, already in the programme")
            if key in known.keys else
            QT_TRANSLATE_NOOP("delegate_app", "the same as “{twin}”, already in this file"),
            twin=twin)))
    else:
        preview.added.append(event)
    seen.setdefault(key, event.summary)


def preview_import(sessions: sessionmaker[Session], delegation_id: int,
                   raw: bytes) -> ImportPreview:
    """What importing ``raw`` would do; nothing is written."""
    with sessions() as session:
        d = _delegation(session, delegation_id)
        zone, hints = _zones(session, d)
        window = (d.starts_on - timedelta(days=1), d.ends_on + timedelta(days=1))
        read = read_calendar(raw, window, zone, hints)
        preview = ImportPreview(d.id, d.title, format_date_range(d.starts_on, d.ends_on),
                                rejected=read.rejected, notices=read.notices)
        known = known_items(session, d.id, [e.uid for e in read.events])
        preview.ours, preview.from_this_app = known.ours(), read.written_by_us
        seen: dict[tuple[datetime, str], str] = {}
        for event in sorted(read.events, key=lambda e: (e.starts_at, e.uid)):
            ours = preview.is_ours(event.uid)
            problem = _problem(event, _text_of(event, known, ours))
            if problem:
                summary = event.summary if len(event.summary) <= 80 else event.summary[:79] + "…"
                preview.rejected.append(said(
                    QT_TRANSLATE_NOOP("delegate_app", "“{summary}” was not updated: {reason}.")
                    if known.match(event.uid) else
                    QT_TRANSLATE_NOOP("delegate_app", "“{summary}” was not imported: {reason}."),
                    summary=summary, reason=problem))
                continue
            _classify(preview, event, known, ours, seen)
        if preview.older:
            preview.notices.append(said(QT_TRANSLATE_NOOP(
                "delegate_app", "{count} event(s) differ from the programme but are not newer "
                "(SEQUENCE, LAST-MODIFIED), so the programme was kept: {titles}."),
                count=len(preview.older),
                titles=", ".join(preview.older[:3]) + ("…" if len(preview.older) > 3 else "")))
        recognised = len([e for e in read.events if e.uid in preview.ours])
        if recognised:
            preview.notices.append(said(QT_TRANSLATE_NOOP(
                "delegate_app", "{count} event(s) were written by this database: each is "
                "matched to its own record, never added twice."), count=recognised))
        return preview


@dataclass(frozen=True, slots=True)
class ImportResult:
    added: tuple[int, ...] = ()
    updated: tuple[int, ...] = ()
    already_there: int = 0  # planned additions another officer had just made


def _wanted(preview: ImportPreview, choices: ImportChoices) -> list[ImportedEvent]:
    optional = [e for e in preview.outside if e.uid in choices.include]
    optional += [e for e, _ in preview.duplicates if e.uid in choices.include]
    return [*preview.added, *optional, *(e for _, e in preview.updated)]


def apply_import(sessions: sessionmaker[Session], preview: ImportPreview,
                 choices: ImportChoices | None = None) -> int:
    """Write the previewed additions and updates in one transaction; returns how many."""
    added, updated = apply_import_ids(sessions, preview, choices)
    return len(added) + len(updated)


def apply_import_ids(sessions: sessionmaker[Session], preview: ImportPreview,
                     choices: ImportChoices | None = None) -> tuple[list[int], list[int]]:
    """As ``apply_import``; returns the ids of the items added and of those updated."""
    result = write_import(sessions, preview, choices)
    return list(result.added), list(result.updated)


def write_import(sessions: sessionmaker[Session], preview: ImportPreview,
                 choices: ImportChoices | None = None) -> ImportResult:
    """Write what the officer chose, matching again inside the transaction: an officer
    who imported the same file a moment earlier leaves nothing to add twice."""
    choices = choices or ImportChoices()
    wanted = _wanted(preview, choices)
    chosen_sessions = [(i, e) for i, e in preview.sessions if e.uid in choices.include]
    if not wanted and not chosen_sessions:
        return ImportResult()
    for attempt in range(1, ATTEMPTS + 1):
        try:
            with sessions.begin() as session:
                return _write(session, preview, wanted, chosen_sessions, choices)
        except (sa_exc.IntegrityError, sa_exc.OperationalError,
                orm_exc.StaleDataError) as exc:
            if attempt == ATTEMPTS or not _met_another_writer(exc):
                raise DelegateAppError(QT_TRANSLATE_NOOP(
                    "delegate_app", "The calendar was not imported: another officer was "
                    "changing this delegation's programme at the same moment. Nothing was "
                    "written; import the file again.")) from exc
        except sa_exc.DBAPIError as exc:  # a value the checks above let through
            raise DelegateAppError(QT_TRANSLATE_NOOP(
                "delegate_app", "The calendar was not imported: the database refused one of its "
                "values ({reason}). Nothing was written."),
                reason=type(exc.orig).__name__) from exc
    raise AssertionError("unreachable")


def _met_another_writer(exc: Exception) -> bool:
    if isinstance(exc, sa_exc.OperationalError):
        return "locked" in str(exc.orig).lower() or "busy" in str(exc.orig).lower()
    return True  # a unique UID taken meanwhile, or a row changed meanwhile


def _take_turn(session: Session, delegation_id: int) -> None:
    """Imports into one delegation take turns: the second waits for the first to commit,
    then reads what it wrote. PostgreSQL locks the delegation's row; SQLite takes its
    write lock before reading (a statement that matches nothing), which lets it wait
    instead of failing at once when it later writes from an outdated read."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("UPDATE delegation SET id = id WHERE 0"))
    else:
        session.execute(select(Delegation.id).where(Delegation.id == delegation_id)
                        .with_for_update())


def _write(session: Session, preview: ImportPreview, wanted: list[ImportedEvent],
           chosen_sessions: list[tuple[int, ImportedEvent]],
           choices: ImportChoices) -> ImportResult:
    _take_turn(session, preview.delegation_id)
    d = _delegation(session, preview.delegation_id)
    if not d.members:
        raise ValidationError({"": QT_TRANSLATE_NOOP(
            "delegate_app", "Add the delegation's members first: imported items include the "
            "whole delegation.")})
    everyone = list(session.scalars(select(Person).where(
        Person.id.in_([m.person_id for m in d.members]))))
    known = known_items(session, d.id, [e.uid for e in wanted]
                        + [e.uid for _, e in chosen_sessions])
    added: list[ItineraryItem] = []
    updated: list[int] = []
    already = 0
    planned = {e.uid for e in preview.added}
    for event in wanted:
        ours = preview.is_ours(event.uid)
        item = known.match(event.uid)
        if item is None:
            added.append(_new_item(session, d.id, event, everyone, _text_of(
                event, known, ours), choices.description_to, known))
            continue
        already += event.uid in planned
        if item.summit_session_id is None and _newer(event, item) and _update(
                item, event, _text_of(event, known, ours), choices.description_to):
            updated.append(item.id)
    for session_id, _event in chosen_sessions:
        if known.linked(session_id) is None:
            added.append(_session_item(session, d.id, session_id, everyone))
    session.flush()
    return ImportResult(tuple(i.id for i in added), tuple(updated), already)


def _new_item(session: Session, delegation_id: int, event: ImportedEvent,
              everyone: list[Person], text: str, to: DescriptionTo, known: Known
              ) -> ItineraryItem:
    taken = known.uid_taken(event.uid)
    item = ItineraryItem(delegation_id=delegation_id, kind=kind_of(event), import_uid=event.uid,
                         uid=new_uid() if taken else event.uid, sequence=event.sequence,
                         participants=list(everyone))
    item.title, item.status, item.all_day = event.summary, event.status, event.all_day
    item.starts_at, item.start_tz = event.starts_at, event.start_tz
    item.ends_at, item.end_tz = event.ends_at, event.end_tz
    item.venue, item.latitude, item.longitude = event.location, event.latitude, event.longitude
    item.description = text if to is DescriptionTo.DESCRIPTION else ""
    item.briefing = text if to is DescriptionTo.BRIEFING else ""
    session.add(item)
    known.add(item)
    return item


def _update(item: ItineraryItem, event: ImportedEvent, text: str, to: DescriptionTo) -> bool:
    found = changes(item, event, item.import_uid != event.uid, text, to)
    if not found:
        return False
    item.sequence = next_sequence(item, event, found)
    for name, value in found.items():
        setattr(item, name, value)
    item.updated_at = datetime.now(UTC)
    return True


def _session_item(session: Session, delegation_id: int, session_id: int,
                  everyone: list[Person]) -> ItineraryItem:
    """A summit session put into the programme, linked so it follows the summit (as
    Summits ▸ Add to itinerary does); its text is the summit's, not the file's."""
    source = session.get(SummitSession, session_id)
    if source is None:
        raise NotFoundError(QT_TRANSLATE_NOOP(
            "delegate_app", "A summit session of the file no longer exists; preview again."))
    summit = source.summit
    item = ItineraryItem(
        delegation_id=delegation_id, kind=ItemKind.SUMMIT_SESSION, uid=new_uid(), sequence=0,
        title=source.title, starts_at=source.starts_at, start_tz=source.start_tz,
        ends_at=source.ends_at, end_tz=source.end_tz, status=source.status,
        city_id=summit.host_city_id, description=source.description,
        venue=", ".join(x for x in (summit.venue, source.room) if x),
        summit_session_id=source.id, participants=list(everyone))
    session.add(item)
    return item

