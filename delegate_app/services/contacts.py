"""People in and out: contact cards for export, and imports previewed before any write."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from ..db.models import City, Organisation, Person
from ..domain.errors import StaleEditError, ValidationError
from ..domain.records import PersonInput
from ..domain.validation import parse_languages, validate_person
from ..domain.wording import QT_TRANSLATE_NOOP, Wording, joined
from ..exports.atomic import atomic_write
from ..exports.contacts import ContactCard, contacts_csv, contacts_vcf, contacts_xlsx
from ..imports.contacts import ContactRow, read_contacts
from ..language.speech import said
from .editing import refuse_if_referenced, saved_at, take_turn, translated_errors
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
        people = session.scalars(select(Person)
                                 .order_by(Person.family_name, Person.given_name, Person.id)
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
    versions: dict[int, int] = field(default_factory=dict)  # person id: version previewed

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


class _Names:
    """Organisations and cities by name, read once per import instead of once per row."""

    def __init__(self, session: Session) -> None:
        self.ids: dict[tuple[type, str], int] = {}
        for model in (Organisation, City):
            for record_id, name in session.execute(select(model.id, model.name)  # type: ignore[attr-defined]
                                                   .order_by(model.id)):  # type: ignore[attr-defined]
                self.ids.setdefault((model, name.strip().lower()), record_id)

    def find(self, model: type, name: str) -> int | None:
        return self.ids.get((model, name.strip().lower())) if name else None


def _input(names: _Names, row: ContactRow, notices: list[str]) -> PersonInput:
    v = row.values
    rank = v.get("precedence_rank", "")
    if rank and not (rank.isascii() and rank.isdigit()):
        raise ValidationError({"precedence_rank": Wording(QT_TRANSLATE_NOOP(
            "delegate_app", "precedence rank '{rank}' is not a number"), {"rank": rank})})
    organisation = names.find(Organisation, v.get("organisation", ""))
    city = names.find(City, v.get("city", ""))
    for label, name, found in (("organisation", v.get("organisation", ""), organisation),
                               ("city", v.get("city", ""), city)):
        if name and found is None:
            notices.append(said(QT_TRANSLATE_NOOP(
                "delegate_app", "{where}: {label} “{name}” is not on file; left empty."),
                where=row.where, label=Wording(label), name=name))
    text: dict[str, Any] = {k: v.get(k, "") for k in TEXT_FIELDS}
    return validate_person(PersonInput(
        **text, organisation_id=organisation, city_id=city,
        # a rank of thousands of digits is out of range without turning it into a number
        precedence_rank=(int(rank) if len(rank) <= 6 else 10**6) if rank else None,
        languages=parse_languages(v.get("languages", ""))))


class _People:
    """Who is on file, by e-mail and by name within an organisation: how a row finds its
    person (read once, so a file of thousands previews in seconds)."""

    def __init__(self, session: Session) -> None:
        self.by_email: dict[str, int] = {}
        self.by_name: dict[tuple[str, str, int | None], int] = {}
        for person_id, email, given, family, organisation in session.execute(
                select(Person.id, Person.email, Person.given_name, Person.family_name,
                       Person.organisation_id).order_by(Person.id)):
            if email:
                self.by_email.setdefault(email.lower(), person_id)
            self.by_name.setdefault((given.lower(), family.lower(), organisation), person_id)

    def match(self, data: PersonInput) -> int | None:
        if data.email and data.email.lower() in self.by_email:
            return self.by_email[data.email.lower()]
        return self.by_name.get((data.given_name.lower(), data.family_name.lower(),
                                 data.organisation_id))


def _merged(existing: PersonInput, incoming: PersonInput) -> tuple[PersonInput, tuple[str, ...]]:
    """The file fills and replaces what it gives; it never blanks what it leaves out."""
    changes = {f: getattr(incoming, f) for f in PersonInput.__dataclass_fields__
               if getattr(incoming, f) not in ("", None, ())
               and getattr(incoming, f) != getattr(existing, f) and f != "name_order"}
    return replace(existing, **changes), tuple(sorted(changes))


def _matched(session: Session, ids: list[int]) -> dict[int, Person]:
    found: dict[int, Person] = {}
    for start in range(0, len(ids), 500):  # IN lists stay short on every database
        chunk = ids[start:start + 500]
        found.update((p.id, p) for p in session.scalars(select(Person).where(
            Person.id.in_(chunk))))
    return found


def preview_contacts(sessions: sessionmaker[Session], raw: bytes,
                     file_name: str) -> ContactsPreview:
    rows = read_contacts(raw, file_name)
    preview = ContactsPreview()
    with sessions() as session:
        names, known = _Names(session), _People(session)
        seen: set[str] = set()
        matches: list[tuple[str, PersonInput, int]] = []
        for row in rows:
            try:
                data = _input(names, row, preview.notices)
            except ValidationError as exc:
                preview.rejected.append(said("{where}: {reason}", where=row.where,
                                             reason=exc.wording))
                continue
            key = data.email.lower() or f"{data.given_name}|{data.family_name}".lower()
            if key in seen:
                preview.rejected.append(said(QT_TRANSLATE_NOOP(
                    "delegate_app", "{where}: the same person appears earlier in the file."),
                    where=row.where))
                continue
            seen.add(key)
            match = known.match(data)
            if match is None:
                preview.created.append((row.where, data))
            else:
                matches.append((row.where, data, match))
        people = _matched(session, sorted({m for _, _, m in matches}))
        for where, data, person_id in matches:
            person = people[person_id]
            merged, changes = _merged(person_input(person), data)
            if changes:
                preview.updated.append((where, person.id, merged, changes))
                preview.versions[person.id] = person.version
            else:
                preview.unchanged.append(f"{where}: {display_name(person)}")
    return preview


@dataclass(frozen=True)
class ContactsApplied:
    """What an import wrote, so undo can take it back."""

    created: tuple[int, ...]
    before: tuple[tuple[int, PersonInput], ...]  # updated people as they were


def _refuse_if_changed(session: Session, preview: ContactsPreview,
                       as_previewed: bool) -> dict[int, Person]:
    """The people the preview updates, as they are now; refused when anyone added a person
    the preview creates, or (``as_previewed``) saved one it updates, since the preview."""
    known = _People(session)
    clashes = [Wording(QT_TRANSLATE_NOOP("delegate_app", "{name} ({where}) is now on file"),
                       {"name": _label(data), "where": where})
               for where, data in preview.created if known.match(data) is not None]
    people = _matched(session, [person_id for _, person_id, _, _ in preview.updated])
    for where, person_id, _, _ in preview.updated:
        person = people.get(person_id)
        if person is None:
            clashes.append(Wording(QT_TRANSLATE_NOOP(
                "delegate_app", "the person of {where} was deleted"), {"where": where}))
        elif as_previewed and person.version != preview.versions.get(person_id,
                                                                     person.version):
            clashes.append(Wording(QT_TRANSLATE_NOOP(
                "delegate_app", "{name} ({where}) was changed at {when}"),
                {"name": display_name(person), "where": where,
                 "when": saved_at(person.updated_at)}))
    if clashes:
        more = [Wording(QT_TRANSLATE_NOOP("delegate_app", "and {n} more"),
                        {"n": len(clashes) - 3})] if len(clashes) > 3 else []
        raise StaleEditError(QT_TRANSLATE_NOOP(
            "delegate_app", "Someone else saved these people after your preview: {shown}. "
            "Nothing was imported; preview the file again."),
            shown=joined(clashes[:3] + more))
    return people


def apply_contacts(sessions: sessionmaker[Session], preview: ContactsPreview, *,
                   as_previewed: bool = True) -> ContactsApplied:
    """Write the preview in one transaction, provided nobody changed what it was made from.

    Two officers importing the same file at once take turns (``take_turn``): the second
    finds the first one's people and is refused, so each person is on file once. A redo
    after undo passes ``as_previewed=False``: the undo itself moved the versions on.
    """
    with sessions.begin() as session, translated_errors("import of contacts"):
        take_turn(session, "contacts import")
        people = _refuse_if_changed(session, preview, as_previewed)
        created = []
        for _, data in preview.created:
            row = Person()
            PERSON.apply(session, row, data)
            session.add(row)
            created.append(row)
        before = []
        for _, person_id, data, _changes in preview.updated:
            existing = people[person_id]
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
