"""The internal chapters of the dossier: a brief per meeting, city profiles, the annex."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from ...domain.dossier import (
    CityProfile,
    CounterpartBrief,
    DossierPerson,
    MeetingBrief,
    PracticalAnnex,
)
from .blocks import Portrait, bullets, callout, data_table, facts, rule
from .document import heading
from .styles import WARNING, BookStyles
from .text import para


def name_cell(p: DossierPerson, s: BookStyles) -> list[Flowable]:
    """Latin name in bold, native-script name beneath it when there is one."""
    cell = [para(p.name, s.cell_bold)]
    if shows_native(p):
        cell.append(para(p.native_name, s.cell, align="left"))
    return cell


def shows_native(p: DossierPerson) -> bool:
    """A native-script name worth printing: not just the Latin name again."""
    return bool(p.native_name) and p.native_name.casefold() not in p.name.casefold()


def _initials(name: str) -> str:
    words = [w for w in name.replace(".", " ").split() if w[:1].isupper() and len(w) > 2]
    return "".join(w[0] for w in words[-2:]) or name[:1]


def _listing(title: str, lines: Sequence[str], s: BookStyles) -> list[Flowable]:
    if not lines:
        return []
    return [para(title.upper(), s.label), *bullets(lines, s), Spacer(1, 2 * mm)]


def _counterpart(c: CounterpartBrief, s: BookStyles) -> list[Flowable]:
    p = c.person
    ident: list[Flowable] = [para(p.name, s.h3)]
    if shows_native(p):
        ident.append(para(p.native_name, s.native, align="left"))
    ident.append(facts([
        ("Position", p.position), ("Organisation", ", ".join(x for x in (p.organisation,
                                                                          p.city) if x)),
        ("Address as", c.address_spoken), ("In letters", c.address_letter),
        ("Languages", p.languages), ("Interpretation", c.interpretation)], s, 0.27))
    head = Table([[Portrait(c.photo, _initials(p.name)), ident]],
                 colWidths=[28 * mm, None])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("FONT", (0, 0), (-1, -1), "DA-Sans", 8),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    story: list[Flowable] = [KeepTogether([rule(), head, Spacer(1, 2 * mm)])]
    if c.biography:
        story += [para("BIOGRAPHY", s.label), para(c.biography, s.body)]
    story += _listing("Previous meetings and visits", c.previous_meetings, s)
    story += _listing("Open commitments", c.open_commitments, s)
    story += _listing("Gifts exchanged", c.gifts, s)
    if c.internal_notes:
        story += [callout("Internal notes", [para(c.internal_notes, s.body)], s, WARNING),
                  Spacer(1, 2 * mm)]
    return story


def _brief(b: MeetingBrief, s: BookStyles) -> list[Flowable]:
    i = b.item
    when = f"{i.starts} – {i.ends} {i.zone}" + (f" · home {i.home_time}" if i.home_time else "")
    story: list[Flowable] = [
        PageBreak(), para(f"MEETING BRIEF · {i.kind.upper()}", s.kicker),
        heading(i.title, 1, s, b.key),
        facts([("When", when), ("Venue", ", ".join(x for x in (i.venue, i.address) if x)),
               ("Our delegation", ", ".join(i.participants)),
               ("Interpreters", ", ".join(i.interpreters)), ("Dress code", i.dress_code)], s),
        Spacer(1, 3 * mm)]
    notes = i.internal
    if notes is not None and notes.briefing:
        story += [callout("Briefing", [para(notes.briefing, s.body)], s), Spacer(1, 3 * mm)]
    if notes is not None and notes.talking_points:
        points = [x.strip(" -•\t") for x in notes.talking_points.splitlines()]
        story += [callout("Talking points", bullets(points, s), s), Spacer(1, 3 * mm)]
    if b.outcome:
        story += [callout("Outcome", [para(b.outcome, s.body)], s), Spacer(1, 3 * mm)]
    story.append(heading("Counterparts", 2, s, f"{b.key}-who", toc=False))
    for c in b.counterparts:
        story += _counterpart(c, s)
    if b.background or b.commitments:
        story += [heading(f"Background: {b.city}", 2, s, f"{b.key}-city", toc=False),
                  *bullets(b.background, s),
                  *_listing("Open commitments with the city", b.commitments, s)]
    return story


def brief_chapter(briefs: Sequence[MeetingBrief], s: BookStyles) -> list[Flowable]:
    if not briefs:
        return []
    story: list[Flowable] = [PageBreak(), heading("Meeting briefs", 0, s, "briefs"),
                             para("One brief per meeting with counterparts, in the order of "
                                  "the programme. Internal: not to be shared.", s.small)]
    for n, b in enumerate(briefs):
        part = _brief(b, s)
        story += [Spacer(1, 8 * mm), *part[1:]] if n == 0 else part
    return story


def _city(c: CityProfile, s: BookStyles, first: bool) -> list[Flowable]:
    story: list[Flowable] = [] if first else [PageBreak()]
    story.append(heading(c.name, 1, s, f"city-{c.name}"))
    if c.native_name and c.native_name != c.name:
        story.append(para(c.native_name, s.native))
    story += [facts([("Country", c.country_code), ("Time zone", c.zone),
                     ("Population", c.population)], s), Spacer(1, 2 * mm)]
    if c.notes:
        story.append(para(c.notes, s.body))
    story += _listing("Partnership with us", c.partnerships, s)
    if c.networks:
        story += [para("NETWORKS", s.label), para(" · ".join(c.networks), s.body)]
    story += _listing("Visits", c.visits, s)
    story += _listing("We owe them", c.we_owe, s)
    story += _listing("They owe us", c.they_owe, s)
    return story


def city_chapter(cities: Sequence[CityProfile], s: BookStyles) -> list[Flowable]:
    if not cities:
        return []
    story: list[Flowable] = [PageBreak(), heading("City profiles", 0, s, "cities")]
    for n, c in enumerate(cities):
        story += _city(c, s, first=n == 0)
    return story


def _people_table(people: Sequence[DossierPerson], s: BookStyles) -> Flowable:
    rows = [[name_cell(p, s),
             para(", ".join(x for x in (p.position, p.organisation) if x), s.cell),
             [para(x, s.cell) for x in (p.phone, p.email) if x] or ""] for p in people]
    return data_table(["Name", "Position", "Contact"], rows, [0.32, 0.4, 0.28], s)


def annex_chapter(a: PracticalAnnex, s: BookStyles) -> list[Flowable]:
    story: list[Flowable] = [PageBreak(), heading("Practical annex", 0, s, "annex")]
    sections: list[tuple[str, str, Flowable | None]] = [
        ("Emergency numbers", "annex-emergency", data_table(
            ["Country", "Numbers"], [list(e) for e in a.emergency], [0.2, 0.8], s)
         if a.emergency else None),
        ("Hotels", "annex-hotels", data_table(["Where and when", "Hotel", "Address"],
                                              [list(h) for h in a.hotels], [0.26, 0.32, 0.42],
                                              s) if a.hotels else None),
        ("Embassy and consular contacts", "annex-embassy",
         _people_table(a.embassy, s) if a.embassy else None),
        ("Interpreters", "annex-interpreters",
         _people_table(a.interpreters, s) if a.interpreters else None),
        ("Delegation contacts", "annex-contacts",
         _people_table([m.person for m in a.delegation_contacts], s)
         if a.delegation_contacts else None)]
    for title, key, table in sections:
        if table is not None:  # a long table may split: only the heading needs room
            story += [CondPageBreak(35 * mm), heading(title, 1, s, key, keep_with_next=False),
                      table]
    return story
