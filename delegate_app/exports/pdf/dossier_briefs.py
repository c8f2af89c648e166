"""The internal chapters of the dossier: a brief per meeting, city profiles, the annex."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    PageBreak,
    Spacer,
)

from ...domain.dossier import (
    CityProfile,
    CounterpartBrief,
    DossierItem,
    DossierPerson,
    MeetingBrief,
    PracticalAnnex,
)
from ...domain.timefmt import time_span
from .blocks import Grid, Portrait, bullets, callout, data_table, facts, rule
from .document import Together, heading
from .styles import WARNING, BookStyles
from .text import para
from .words import PrintLanguage, label, localise


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


def _listing(title: str, lines: Sequence[str], s: BookStyles,
             w: PrintLanguage) -> list[Flowable]:
    if not lines:
        return []
    return [para(title.upper(), s.label), *bullets([localise(x, w) for x in lines], s),
            Spacer(1, 2 * mm)]


def _counterpart(c: CounterpartBrief, s: BookStyles, w: PrintLanguage) -> list[Flowable]:
    p = c.person
    ident: list[Flowable] = [para(p.name, s.h3)]
    if shows_native(p):
        ident.append(para(p.native_name, s.native, align="left"))
    ident.append(facts([
        (w.translate("delegate_app", "Position"), p.position),
        (w.translate("delegate_app", "Organisation"),
         ", ".join(x for x in (p.organisation, p.city) if x)),
        (w.translate("delegate_app", "Address as"), c.address_spoken),
        (w.translate("delegate_app", "In letters"), c.address_letter),
        (w.translate("delegate_app", "Languages"), p.languages),
        (w.translate("delegate_app", "Interpretation"), c.interpretation)], s, 0.27))
    cells = [Portrait(c.photo, _initials(p.name)), ident]
    # the portrait's column and the rest of the line, as a Table with no side paddings
    head = Grid([cells[::-1] if s.rtl else cells], [(0, 0, 3, 3), (0, 0, 3, 3)],
                fixed=[None, 28 * mm] if s.rtl else [28 * mm, None])
    story: list[Flowable] = [Together([rule(), head, Spacer(1, 2 * mm)])]
    if c.biography:
        story += [para(w.translate("delegate_app", "BIOGRAPHY"), s.label),
                  para(c.biography, s.body)]
    story += _listing(w.translate("delegate_app", "Previous meetings and visits"),
                      c.previous_meetings, s, w)
    story += _listing(w.translate("delegate_app", "Open commitments"), c.open_commitments,
                      s, w)
    story += _listing(w.translate("delegate_app", "Gifts exchanged"), c.gifts, s, w)
    if c.internal_notes:
        story += [callout(w.translate("delegate_app", "Internal notes"),
                          [para(c.internal_notes, s.body)], s, WARNING), Spacer(1, 2 * mm)]
    return story


def _when(i: DossierItem, w: PrintLanguage) -> str:
    when = localise(time_span(i.starts, i.ends), w) + f" {i.zone}"
    if i.home_time:
        home = w.translate("delegate_app", "home {time}")
        when += " · " + home.format(time=localise(i.home_time, w))
    return when


def _brief(b: MeetingBrief, s: BookStyles, w: PrintLanguage) -> list[Flowable]:
    i = b.item
    kicker = w.translate("delegate_app", "MEETING BRIEF · {kind}")
    story: list[Flowable] = [
        PageBreak(), para(kicker.format(kind=label(i.kind, w).upper()), s.kicker),
        heading(i.title, 1, s, b.key),
        facts([(w.translate("delegate_app", "When"), _when(i, w)),
               (w.translate("delegate_app", "Venue"),
                ", ".join(x for x in (i.venue, i.address) if x)),
               (w.translate("delegate_app", "Our delegation"), ", ".join(i.participants)),
               (w.translate("delegate_app", "Interpreters"), ", ".join(i.interpreters)),
               (w.translate("delegate_app", "Dress code"), i.dress_code)], s),
        Spacer(1, 3 * mm)]
    notes = i.internal
    if notes is not None and notes.briefing:
        story += [callout(w.translate("delegate_app", "Briefing"),
                          [para(notes.briefing, s.body)], s), Spacer(1, 3 * mm)]
    if notes is not None and notes.talking_points:
        points = [x.strip(" -•\t") for x in notes.talking_points.splitlines()]
        story += [callout(w.translate("delegate_app", "Talking points"), bullets(points, s),
                          s), Spacer(1, 3 * mm)]
    if b.outcome:
        story += [callout(w.translate("delegate_app", "Outcome"), [para(b.outcome, s.body)],
                          s), Spacer(1, 3 * mm)]
    story.append(heading(w.translate("delegate_app", "Counterparts"), 2, s, f"{b.key}-who",
                         toc=False))
    for c in b.counterparts:
        story += _counterpart(c, s, w)
    if b.background or b.commitments:
        background = w.translate("delegate_app", "Background: {city}").format(city=b.city)
        story += [heading(background, 2, s, f"{b.key}-city", toc=False),
                  *bullets([localise(x, w) for x in b.background], s),
                  *_listing(w.translate("delegate_app", "Open commitments with the city"),
                            b.commitments, s, w)]
    return story


def brief_chapter(briefs: Sequence[MeetingBrief], s: BookStyles,
                  w: PrintLanguage) -> list[Flowable]:
    if not briefs:
        return []
    story: list[Flowable] = [
        PageBreak(), heading(w.translate("delegate_app", "Meeting briefs"), 0, s, "briefs"),
        para(w.translate("delegate_app", "One brief per meeting with counterparts, in the "
                                         "order of the programme. Internal: not to be shared."),
             s.small)]
    for n, b in enumerate(briefs):
        part = _brief(b, s, w)
        story += [Spacer(1, 8 * mm), *part[1:]] if n == 0 else part
    return story


def _city(c: CityProfile, s: BookStyles, first: bool, w: PrintLanguage) -> list[Flowable]:
    story: list[Flowable] = [] if first else [PageBreak()]
    story.append(heading(c.name, 1, s, f"city-{c.name}"))
    if c.native_name and c.native_name != c.name:
        story.append(para(c.native_name, s.native))
    story += [facts([(w.translate("delegate_app", "Country"), c.country_code),
                     (w.translate("delegate_app", "Time zone"), c.zone),
                     (w.translate("delegate_app", "Population"), c.population)], s),
              Spacer(1, 2 * mm)]
    if c.notes:
        story.append(para(c.notes, s.body))
    story += _listing(w.translate("delegate_app", "Partnership with us"), c.partnerships, s, w)
    if c.networks:
        story += [para(w.translate("delegate_app", "NETWORKS"), s.label),
                  para(" · ".join(c.networks), s.body)]
    story += _listing(w.translate("delegate_app", "Visits"), c.visits, s, w)
    story += _listing(label("We owe them", w), c.we_owe, s, w)
    story += _listing(label("They owe us", w), c.they_owe, s, w)
    return story


def city_chapter(cities: Sequence[CityProfile], s: BookStyles,
                 w: PrintLanguage) -> list[Flowable]:
    if not cities:
        return []
    story: list[Flowable] = [PageBreak(), heading(w.translate("delegate_app",
                                                              "City profiles"), 0, s, "cities")]
    for n, c in enumerate(cities):
        story += _city(c, s, n == 0, w)
    return story


def _people_table(people: Sequence[DossierPerson], s: BookStyles,
                  w: PrintLanguage) -> Flowable:
    rows = [[name_cell(p, s),
             para(", ".join(x for x in (p.position, p.organisation) if x), s.cell),
             [para(x, s.cell) for x in (p.phone, p.email) if x] or ""] for p in people]
    return data_table([w.translate("delegate_app", "Name"),
                       w.translate("delegate_app", "Position"),
                       w.translate("delegate_app", "Contact")], rows, [0.32, 0.4, 0.28], s)


def _hotels(a: PracticalAnnex, s: BookStyles, w: PrintLanguage) -> Flowable:
    rows = [[localise(where, w), hotel, localise(address, w)]
            for where, hotel, address in a.hotels]
    return data_table([w.translate("delegate_app", "Where and when"),
                       w.translate("delegate_app", "Hotel"),
                       w.translate("delegate_app", "Address")], rows, [0.26, 0.32, 0.42], s)


def annex_chapter(a: PracticalAnnex, s: BookStyles, w: PrintLanguage) -> list[Flowable]:
    story: list[Flowable] = [PageBreak(), heading(w.translate("delegate_app", "Practical annex"),
                                                  0, s, "annex")]
    emergency = [[country, localise(numbers, w)] for country, numbers in a.emergency]
    sections: list[tuple[str, str, Flowable | None]] = [
        (w.translate("delegate_app", "Emergency numbers"), "annex-emergency", data_table(
            [w.translate("delegate_app", "Country"), w.translate("delegate_app", "Numbers")],
            emergency, [0.2, 0.8], s) if a.emergency else None),
        (w.translate("delegate_app", "Hotels"), "annex-hotels",
         _hotels(a, s, w) if a.hotels else None),
        (w.translate("delegate_app", "Embassy and consular contacts"), "annex-embassy",
         _people_table(a.embassy, s, w) if a.embassy else None),
        (w.translate("delegate_app", "Interpreters"), "annex-interpreters",
         _people_table(a.interpreters, s, w) if a.interpreters else None),
        (w.translate("delegate_app", "Delegation contacts"), "annex-contacts",
         _people_table([m.person for m in a.delegation_contacts], s, w)
         if a.delegation_contacts else None)]
    for title, key, table in sections:
        if table is not None:  # a long table may split: only the heading needs room
            story += [CondPageBreak(35 * mm), heading(title, 1, s, key, keep_with_next=False),
                      table]
    return story
