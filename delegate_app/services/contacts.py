"""People in and out: contact cards for export, and imports previewed before any write."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from ..db.models import City, Organisation, Person
from ..domain.errors import ValidationError
from ..domain.records import PersonInput
from ..domain.validation import parse_languages, validate_person
from ..exports.atomic import atomic_write
from ..exports.contacts import ContactCard, contacts_csv, contacts_vcf, contacts_xlsx
from ..imports.contacts import ContactRow, read_contacts
from .editing import refuse_if_referenced
from .people import PERSON, display_name, person_input

SCRIPT_LANGUAGES = (("ARABIC", ("fa", "ar", "ur")), ("CJK", ("ja", "zh")),
                    ("HIRAGANA", ("ja",)), ("KATAKANA", ("ja",)), ("HANGUL", ("ko",)),
                    ("CYRILLIC", ("ru", "uk", "bg", "sr")), ("GREEK", ("el",)),
                    ("HEBREW", ("he",)))


def native_language(text: str, languages: tuple[str, ...]) -> str:
    """The language a native-script name is written in, from its script and the person's
    languages: "مهدی فراهانی" with fa,en gives "fa"."""
    for char in text:
        if not char.isalpha():
            continue
        script = unicodedata.name(char, "")
        for marker, codes in SCRIPT_LANGUAGES:
            if marker in script:
                return next((c for c in languages if c in codes), codes[0])
        return languages[0] if languages else "und"
    return "und"


def _card(p: Person) -> ContactCard:
    languages = tuple(c for c in p.languages.split(",") if c)
    return ContactCard(
        id=p.id, honorific=p.honorific, given_name=p.given_name, family_name=p.family_name,
        display_name=display_name(p), native_name=p.native_name,
        native_language=native_language(p.native_name, languages), position=p.position,
        organisation=p.organisation.name if p.organisation else "",
        city=p.city.name if p.city else "", email=p.email, phone=p.phone, languages=languages,
        form_of_address_letter=p.form_of_address_letter,
        form_of_address_spoken=p.form_of_address_spoken, precedence_rank=p.precedence_rank,
        dietary_needs=p.dietary_needs, accessibility_needs=p.accessibility_needs,
        interpretation_needs=p.interpretation_needs, biography=p.biography,
        updated_at=p.updated_at)


def contact_cards(sessions: sessionmaker[Session]) -> list[ContactCard]:
    with sessions() as session:
        people = session.scalars(select(Person).order_by(Person.family_name, Person.given_name)
                                 .options(selectinload(Person.organisation),
                                          selectinload(Person.city)))
        return [_card(p) for p in people]


WRITERS = {"vcf": contacts_vcf, "csv": contacts_csv, "xlsx": contacts_xlsx}


def export_contacts(sessions: sessionmaker[Session], fmt: str, target: Path) -> int:
    cards = contact_cards(sessions)
    atomic_write(target, WRITERS[fmt](cards))
    return len(cards)


@dataclass
class ContactsPreview:
    created: list[tuple[str, PersonInput]] = field(default_factory=list)
    updated: list[tuple[str, int, PersonInput, tuple[str, ...]]] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"CREATE     {w}: {_label(p)}" for w, p in self.created]
        out += [f"UPDATE     {w}: {_label(p)} ({', '.join(ch)})" for w, _, p, ch in self.updated]
        out += [f"UNCHANGED  {w}" for w in self.unchanged]
        out += [f"REJECTED   {line}" for line in self.rejected]
        out += [f"NOTE       {line}" for line in self.notices]
        return out


TEXT_FIELDS = ("honorific", "given_name", "family_name", "native_name", "position", "email",
               "phone", "form_of_address_letter", "form_of_address_spoken", "dietary_needs",
               "accessibility_needs", "interpretation_needs", "biography")


def _label(p: PersonInput) -> str:
    return " ".join(x for x in (p.honorific, p.given_name, p.family_name) if x)


def _lookup(session: Session, model: type, name: str) -> int | None:
    if not name:
        return None
    return session.scalar(select(model.id).where(  # type: ignore[attr-defined]
        func.lower(model.name) == name.strip().lower()).limit(1))  # type: ignore[attr-defined]


def _input(session: Session, row: ContactRow, notices: list[str]) -> PersonInput:
    v = row.values
    rank = v.get("precedence_rank", "")
    if rank and not rank.isdigit():
        raise ValidationError({"precedence_rank": f"precedence rank '{rank}' is not a number"})
    organisation = _lookup(session, Organisation, v.get("organisation", ""))
    city = _lookup(session, City, v.get("city", ""))
    for label, name, found in (("organisation", v.get("organisation", ""), organisation),
                               ("city", v.get("city", ""), city)):
        if name and found is None:
            notices.append(f"{row.where}: {label} “{name}” is not on file; left empty.")
    text: dict[str, Any] = {k: v.get(k, "") for k in TEXT_FIELDS}
    return validate_person(PersonInput(
        **text, organisation_id=organisation, city_id=city,
        precedence_rank=int(rank) if rank else None,
        languages=parse_languages(v.get("languages", ""))))


def _match(session: Session, data: PersonInput) -> Person | None:
    if data.email:
        found = session.scalar(select(Person).where(func.lower(Person.email)
                                                    == data.email.lower()).limit(1))
        if found is not None:
            return found
    query = select(Person).where(func.lower(Person.given_name) == data.given_name.lower(),
                                 func.lower(Person.family_name) == data.family_name.lower())
    query = query.where(Person.organisation_id == data.organisation_id) \
        if data.organisation_id is not None else query.where(Person.organisation_id.is_(None))
    return session.scalar(query.limit(1))


def _merged(existing: PersonInput, incoming: PersonInput) -> tuple[PersonInput, tuple[str, ...]]:
    """The file fills and replaces what it gives; it never blanks what it leaves out."""
    changes = {f: getattr(incoming, f) for f in PersonInput.__dataclass_fields__
               if getattr(incoming, f) not in ("", None, ())
               and getattr(incoming, f) != getattr(existing, f) and f != "name_order"}
    return replace(existing, **changes), tuple(sorted(changes))


def preview_contacts(sessions: sessionmaker[Session], raw: bytes,
                     file_name: str) -> ContactsPreview:
    rows = read_contacts(raw, file_name)
    preview = ContactsPreview()
    with sessions() as session:
        seen: set[str] = set()
        for row in rows:
            try:
                data = _input(session, row, preview.notices)
            except ValidationError as exc:
                preview.rejected.append(f"{row.where}: {exc.message}")
                continue
            key = data.email.lower() or f"{data.given_name}|{data.family_name}".lower()
            if key in seen:
                preview.rejected.append(f"{row.where}: the same person appears earlier in the "
                                        "file.")
                continue
            seen.add(key)
            match = _match(session, data)
            if match is None:
                preview.created.append((row.where, data))
                continue
            merged, changes = _merged(person_input(match), data)
            if changes:
                preview.updated.append((row.where, match.id, merged, changes))
            else:
                preview.unchanged.append(f"{row.where}: {display_name(match)}")
    return preview


@dataclass(frozen=True)
class ContactsApplied:
    """What an import wrote, so undo can take it back."""

    created: tuple[int, ...]
    before: tuple[tuple[int, PersonInput], ...]  # updated people as they were


def apply_contacts(sessions: sessionmaker[Session], preview: ContactsPreview) -> ContactsApplied:
    """Write the preview in one transaction."""
    with sessions.begin() as session:
        created = []
        for _, data in preview.created:
            row = Person()
            PERSON.apply(session, row, data)
            session.add(row)
            created.append(row)
        before = []
        for _, person_id, data, _changes in preview.updated:
            existing = session.get(Person, person_id)
            if existing is not None:
                before.append((person_id, person_input(existing)))
                PERSON.apply(session, existing, data)
        session.flush()
        return ContactsApplied(tuple(p.id for p in created), tuple(before))


def undo_contacts(sessions: sessionmaker[Session], applied: ContactsApplied) -> None:
    """Take an import back: people it created go (unless now in use), updates are reverted."""
    with sessions.begin() as session:
        for person_id in applied.created:
            row = session.get(Person, person_id)
            if row is not None:
                refuse_if_referenced(session, "person", person_id, display_name(row))
                session.delete(row)
        for person_id, data in applied.before:
            row = session.get(Person, person_id)
            if row is not None:
                PERSON.apply(session, row, data)
