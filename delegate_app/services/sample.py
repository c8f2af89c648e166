"""The bundled sample plan: a real-looking office, shifted so its trips lie ahead of today."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from ..config import resources_dir
from ..db import models as m
from ..domain import enums as e
from ..domain.errors import NotEmptyError
from ..domain.timefmt import from_local
from ..domain.wording import QT_TRANSLATE_NOOP
from .editing import new_uid

SAMPLE_FILE = Path("sample") / "sample_plan.json"


def sample_path() -> Path:
    return resources_dir() / SAMPLE_FILE


# The record of changes is about the plan, not part of it (and a viewer may not read it).
_NOT_THE_PLAN = frozenset({"audit_entry"})


def is_empty(sessions: sessionmaker[Session]) -> bool:
    """No plan at all: what an office holds, not the record of what was done to it."""
    with sessions() as session:
        return all(
            not session.scalar(select(func.count()).select_from(table))
            for table in m.Base.metadata.sorted_tables if table.name not in _NOT_THE_PLAN
        )


class _Loader:
    """Builds rows from the sample's keyed JSON, shifting dates by whole weeks."""

    def __init__(self, session: Session, plan: dict[str, Any], today: date) -> None:
        self.s = session
        self.plan = plan
        anchor = date.fromisoformat(plan["anchor"])
        # Whole weeks keep weekdays; rounding keeps the anchor within three days of today.
        self.shift = timedelta(weeks=round((today - anchor).days / 7))
        self.keys: dict[str, dict[str, Any]] = {}

    def day(self, text: str | None) -> date | None:
        return date.fromisoformat(text) + self.shift if text else None

    def instant(self, text: str, tz: str) -> datetime:
        return from_local(datetime.fromisoformat(text) + self.shift, tz)

    def ref(self, kind: str, key: str | None) -> Any:
        if key is None:
            return None
        try:
            return self.keys[kind][key]
        except KeyError:
            raise ValueError(f"sample plan: unknown {kind} '{key}'") from None

    def keep(self, kind: str, key: str, row: Any) -> Any:
        self.keys.setdefault(kind, {})[key] = row
        self.s.add(row)
        return row

    def load(self) -> None:
        for section in (self.themes, self.cities, self.organisations, self.people,
                        self.memberships, self.partnerships, self.agreements, self.summits,
                        self.delegations, self.outcomes, self.commitments, self.gifts,
                        self.office):
            section()
            self.s.flush()

    def existing(self, model: Any, **match: Any) -> Any:
        """Themes, cities and organisations already on file are reused (``--force``)."""
        return self.s.scalar(select(model).filter_by(**match).limit(1))

    def themes(self) -> None:
        for t in self.plan["themes"]:
            found = self.existing(m.ThemeTag, name=t["name"])
            self.keep("theme", t["name"], found or m.ThemeTag(
                name=t["name"], description=t.get("description", "")))

    def cities(self) -> None:
        for c in self.plan["cities"]:
            fields = {k: c.get(k) for k in ("name", "country_code", "time_zone", "latitude",
                                            "longitude", "population")}
            found = self.existing(m.City, name=c["name"], country_code=c["country_code"])
            self.keep("city", c["key"], found or m.City(
                native_name=c.get("native_name", ""), notes=c.get("notes", ""), **fields))

    def organisations(self) -> None:
        for o in self.plan["organisations"]:
            found = self.existing(m.Organisation, name=o["name"])
            if found is not None:
                self.keep("org", o["key"], found)
                continue
            self.keep("org", o["key"], m.Organisation(
                name=o["name"], acronym=o.get("acronym", ""), native_name=o.get("native_name", ""),
                kind=e.OrganisationKind(o["kind"]), city=self.ref("city", o.get("city")),
                website=o.get("website", ""), notes=o.get("notes", "")))

    def people(self) -> None:
        text = ("honorific", "given_name", "family_name", "native_name", "position",
                "form_of_address_letter", "form_of_address_spoken", "interpretation_needs",
                "dietary_needs", "accessibility_needs", "email", "phone", "biography",
                "internal_notes")
        for p in self.plan["people"]:
            self.keep("person", p["key"], m.Person(
                name_order=e.NameOrder(p.get("name_order", "given_first")),
                organisation=self.ref("org", p.get("organisation")),
                city=self.ref("city", p.get("city")),
                precedence_rank=p.get("precedence_rank"),
                languages=",".join(p.get("languages", [])),
                **{k: p.get(k) or "" for k in text}))

    def memberships(self) -> None:
        for ms in self.plan["memberships"]:
            self.s.add(m.NetworkMembership(
                network=self.ref("org", ms["network"]), city=self.ref("city", ms["city"]),
                role=e.MembershipRole(ms.get("role", "member")),
                since_on=self._dated(ms.get("since")), until_on=self._dated(ms.get("until"))))

    def partnerships(self) -> None:
        for p in self.plan["partnerships"]:
            self.keep("partnership", p["key"], m.Partnership(
                city=self.ref("city", p["city"]), partner_city=self.ref("city", p["partner"]),
                kind=e.PartnershipKind(p["kind"]), status=e.PartnershipStatus(p["status"]),
                title=p.get("title", ""), signed_on=self._dated(p.get("signed_on")),
                expires_on=self.day(p.get("expires_on")), notes=p.get("notes", ""),
                internal_notes=p.get("internal_notes", "")))

    def _dated(self, text: str | None) -> date | None:
        """Historic dates (signatures) are not shifted when they lie years back."""
        if not text:
            return None
        day = date.fromisoformat(text)
        anchor = date.fromisoformat(self.plan["anchor"])
        return day if (anchor - day).days > 365 else day + self.shift

    def agreements(self) -> None:
        for a in self.plan["agreements"]:
            self.keep("agreement", a["key"], m.Agreement(
                title=a["title"], kind=e.AgreementKind(a["kind"]),
                status=e.AgreementStatus(a["status"]),
                partnership=self.ref("partnership", a.get("partnership")),
                signed_in_city=self.ref("city", a.get("signed_in")),
                signed_on=self._dated(a.get("signed_on")),
                expires_on=self.day(a.get("expires_on")), summary=a.get("summary", ""),
                internal_notes=a.get("internal_notes", ""),
                signatories=[self.ref("person", k) for k in a.get("signatories", [])]))

    def summits(self) -> None:
        for sm in self.plan["summits"]:
            host = self.ref("city", sm["host_city"])
            summit = self.keep("summit", sm["key"], m.Summit(
                title=sm["title"], kind=e.SummitKind(sm["kind"]), host_city=host,
                venue=sm.get("venue", ""), starts_on=self.day(sm["starts_on"]),
                ends_on=self.day(sm["ends_on"]), organiser=self.ref("org", sm.get("organiser")),
                description=sm.get("description", ""), website=sm.get("website", ""),
                themes=[self.ref("theme", t) for t in sm.get("themes", [])]))
            for ss in sm.get("sessions", []):
                self.keep("session", ss["key"], m.SummitSession(
                    summit=summit, kind=e.SessionKind(ss["kind"]), title=ss["title"],
                    room=ss.get("room", ""), speakers=ss.get("speakers", ""),
                    description=ss.get("description", ""),
                    status=e.ItemStatus(ss.get("status", "confirmed")), uid=new_uid(),
                    starts_at=self.instant(ss["start"], host.time_zone), start_tz=host.time_zone,
                    ends_at=self.instant(ss["end"], host.time_zone), end_tz=host.time_zone))

    def delegations(self) -> None:
        for d in self.plan["delegations"]:
            delegation = self.keep("delegation", d["key"], m.Delegation(
                title=d["title"], direction=e.Direction(d["direction"]),
                status=e.DelegationStatus(d["status"]), home_city=self.ref("city", d["home_city"]),
                destinations=[self.ref("city", k) for k in d.get("destinations", [])],
                starts_on=self.day(d["starts_on"]), ends_on=self.day(d["ends_on"]),
                objectives=d.get("objectives", ""), summit=self.ref("summit", d.get("summit")),
                internal_notes=d.get("internal_notes", "")))
            members = [self.ref("person", mb["person"]) for mb in d.get("members", [])]
            for mb in d.get("members", []):
                self.s.add(m.DelegationMember(
                    delegation=delegation, person=self.ref("person", mb["person"]),
                    role=e.MemberRole(mb["role"]), precedence=mb["precedence"]))
            for item in d.get("items", []):
                self._item(delegation, item, members)

    def _item(self, delegation: m.Delegation, it: dict[str, Any], members: list[Any]) -> None:
        text = ("venue", "address", "dress_code", "description", "briefing", "talking_points",
                "booking_reference", "language_pair")
        participants = it.get("participants", "all")
        people = members if participants == "all" else [self.ref("person", k)
                                                         for k in participants]
        self.keep("item", it["key"], m.ItineraryItem(
            delegation=delegation, kind=e.ItemKind(it["kind"]), title=it["title"],
            status=e.ItemStatus(it.get("status", "confirmed")), all_day=it.get("all_day", False),
            internal=it.get("internal", False),
            starts_at=self.instant(it["start"], it["start_tz"]), start_tz=it["start_tz"],
            ends_at=self.instant(it["end"], it["end_tz"]), end_tz=it["end_tz"],
            city=self.ref("city", it.get("city")), latitude=it.get("latitude"),
            longitude=it.get("longitude"), uid=new_uid(),
            summit_session=self.ref("session", it.get("summit_session")),
            participants=people,
            counterparts=[self.ref("person", k) for k in it.get("counterparts", [])],
            interpreters=[self.ref("person", k) for k in it.get("interpreters", [])],
            **{k: it.get(k) or "" for k in text}))

    def outcomes(self) -> None:
        for o in self.plan.get("outcomes", []):
            self.s.add(m.MeetingOutcome(item=self.ref("item", o["item"]),
                                        summary=o.get("summary", ""),
                                        decisions=o.get("decisions", ""),
                                        internal_notes=o.get("internal_notes", "")))

    def commitments(self) -> None:
        for c in self.plan["commitments"]:
            self.s.add(m.Commitment(
                uid=new_uid(), description=c["description"],
                direction=e.CommitmentDirection(c["direction"]),
                status=e.CommitmentStatus(c["status"]), priority=e.Priority(c["priority"]),
                source=e.CommitmentSource(c["source"]), due_on=self.day(c.get("due_on")),
                owner=self.ref("person", c.get("owner")),
                counterpart=self.ref("person", c.get("counterpart")),
                city=self.ref("city", c.get("city")), theme=self.ref("theme", c.get("theme")),
                item=self.ref("item", c.get("item")), summit=self.ref("summit", c.get("summit")),
                agreement=self.ref("agreement", c.get("agreement")),
                completed_on=self.day(c.get("completed_on")), evidence=c.get("evidence", ""),
                internal_notes=c.get("internal_notes", ""), events=self.history(c)))

    def history(self, c: dict[str, Any]) -> list[m.CommitmentEvent]:
        """A plausible history: recorded some weeks before it was due, then its steps."""
        status = e.CommitmentStatus(c["status"])
        due = self.day(c.get("due_on")) or self.day(self.plan["anchor"])
        assert due is not None
        recorded = datetime.combine(due - timedelta(days=75), time(10), UTC)
        events = [m.CommitmentEvent(at=recorded, by="protocol officer", from_status=None,
                                    to_status=e.CommitmentStatus.OPEN, note="Recorded")]
        if status is e.CommitmentStatus.OPEN:
            return events
        events.append(m.CommitmentEvent(
            at=recorded + timedelta(days=9), by="protocol officer",
            from_status=e.CommitmentStatus.OPEN, to_status=e.CommitmentStatus.IN_PROGRESS))
        if status.is_closed:
            closed = self.day(c.get("completed_on")) or due
            events.append(m.CommitmentEvent(
                at=datetime.combine(closed, time(16), UTC), by="protocol officer",
                from_status=e.CommitmentStatus.IN_PROGRESS, to_status=status,
                note=c.get("evidence", "") or "No longer pursued"))
        return events

    def gifts(self) -> None:
        for g in self.plan["gifts"]:
            value = g.get("estimated_value")
            self.s.add(m.Gift(
                given_on=self.day(g["given_on"]), direction=e.GiftDirection(g["direction"]),
                occasion=g.get("occasion", ""),
                delegation=self.ref("delegation", g.get("delegation")),
                item=self.ref("item", g.get("item")), giver=self.ref("person", g.get("giver")),
                recipient=self.ref("person", g.get("recipient")), description=g["description"],
                estimated_value=Decimal(value) if value is not None else None,
                currency=g.get("currency", ""), declared=g.get("declared", False),
                current_location=g.get("current_location", ""),
                internal_notes=g.get("internal_notes", "")))

    def office(self) -> None:
        o = self.plan["office"]
        if self.existing(m.Office) is not None:
            return
        self.s.add(m.Office(name=o["name"], home_city=self.ref("city", o["home_city"]),
                            email=o.get("email", "")))


def load_sample_plan(sessions: sessionmaker[Session], *, force: bool = False,
                     today: date | None = None, path: Path | None = None) -> None:
    """Load the sample plan; refuses a database that already has records unless ``force``."""
    if not force and not is_empty(sessions):
        raise NotEmptyError(QT_TRANSLATE_NOOP(
            "delegate_app", "The database already holds records; the sample plan is meant for an "
            "empty database. Use --force to add it anyway."))
    plan = json.loads((path or sample_path()).read_text(encoding="utf-8"))
    with sessions.begin() as session:
        _Loader(session, plan, today or date.today()).load()
