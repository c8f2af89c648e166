"""The delegation dossier as a PDF briefing book: cover, contents, delegation list,
programme day by day, and (internal edition) meeting briefs, city profiles and annex."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from ...domain.dossier import Dossier, DossierItem, DossierMember, DossierPerson, ProgrammeDay
from .blocks import callout, cover, data_table, facts
from .document import BookMeta, build_book, contents, heading
from .dossier_briefs import annex_chapter, brief_chapter, city_chapter, name_cell
from .styles import ACCENT, WARNING, BookStyles
from .text import para


def dossier_pdf(dossier: Dossier, paper: str = "a4", emblem: bytes | None = None) -> bytes:
    """The dossier's PDF; ``paper`` "a4" or "letter", ``emblem`` PNG/JPEG bytes or None."""
    s = BookStyles()
    internal = dossier.internal
    story = cover(s, dossier.title, _cover_lines(dossier), dossier.office, emblem,
                  dossier.marking)
    story += contents(s)
    story += _delegation(dossier, s)
    story += _programme(dossier, s)
    if internal is not None:
        story += brief_chapter(internal.briefs, s)
        story += city_chapter(internal.cities, s)
        story += annex_chapter(internal.annex, s)
    else:
        story += _participants(dossier.counterparts, s)
    meta = BookMeta(dossier.title, dossier.marking, internal is not None, paper,
                    author=dossier.office, subject=f"Delegation dossier — {dossier.marking}",
                    version=dossier.version)
    return build_book(story, meta)


def _cover_lines(d: Dossier) -> list[str]:
    return [" · ".join(d.destinations), d.dates, f"{d.direction} delegation", "",
            d.version or f"Prepared on {d.prepared_on.day} {d.prepared_on:%B %Y}",
            f"Changes since {d.changes_since} are marked" if d.changes_since else ""]


def _member_row(n: int, m: DossierMember, s: BookStyles) -> list[object]:
    p = m.person
    where = ", ".join(x for x in (p.organisation, p.city) if x)
    contact: list[Flowable] = [para(x, s.cell) for x in (p.email, p.phone) if x]
    if m.needs:
        contact.append(para(f"Needs: {m.needs}", s.cell_small))
    return [para(str(n), s.cell_small), name_cell(p, s),
            [para(m.role, s.cell_bold), para(p.position, s.cell), para(where, s.cell_small)],
            contact or ""]


def _delegation(d: Dossier, s: BookStyles) -> list[Flowable]:
    story: list[Flowable] = [PageBreak(), heading("The delegation", 0, s, "delegation"),
                             para(f"{d.route} · {d.dates}", s.small), Spacer(1, 5 * mm)]
    if d.internal is not None and d.internal.objectives:
        story += [callout("Objectives", [para(d.internal.objectives, s.body)], s),
                  Spacer(1, 5 * mm)]
    story += [CondPageBreak(50 * mm), heading("Delegation list in order of precedence", 2, s,
                                              "members", toc=False, keep_with_next=False)]
    story.append(data_table(["No.", "Name", "Role and position", "Contacts"],
                            [_member_row(n, m, s) for n, m in enumerate(d.members, 1)],
                            [0.05, 0.29, 0.34, 0.32], s))
    if d.internal is not None and d.internal.notes:
        story += [Spacer(1, 5 * mm), callout("Internal notes",
                                             [para(d.internal.notes, s.body)], s,
                                             color=WARNING)]
    return story


def _times(i: DossierItem, s: BookStyles, changed: bool) -> list[Flowable]:
    cell: list[Flowable] = [para(f"{i.starts} – {i.ends}", s.cell_bold),
                            para(i.zone, s.cell_small)]
    if i.home_time:
        cell.append(para(f"Home: {i.home_time}", s.cell_small))
    if changed:
        cell.append(para("CHANGED", ParagraphStyle("changed", parent=s.label, textColor=ACCENT)))
    return cell


def _details(i: DossierItem, s: BookStyles) -> list[Flowable]:
    cell: list[Flowable] = [para(i.kind.upper() + ("" if i.status == "Confirmed"
                                                   else f" · {i.status.upper()}"), s.label),
                            para(i.title, s.cell_bold)]
    rows = [("Route", " · ".join(x for x in (i.route, i.service) if x)),
            ("Venue", ", ".join(x for x in (i.venue, i.address) if x)),
            ("Delegation", ", ".join(i.participants)), ("Meeting", ", ".join(i.counterparts)),
            ("Interpreters", ", ".join(i.interpreters)
             + (f" ({i.language_pair})" if i.interpreters and i.language_pair else "")),
            ("Dress code", i.dress_code)]
    if i.internal is not None:
        rows.append(("Booking", i.internal.booking_reference))
    cell.append(facts(rows, s, label_width=0.2))
    if i.description:
        cell.append(para(i.description, s.cell_small))
    if i.internal is not None and i.internal.briefing and not i.brief_key:
        cell.append(para(f"Internal: {i.internal.briefing}", s.cell_small))
    if i.brief_key:
        cell.append(para(f"See the meeting brief “{i.title}”.", s.cell_small))
    return cell


def _day(day: ProgrammeDay, s: BookStyles, new_page: bool,
         changed: frozenset[int]) -> list[Flowable]:
    rows = [[_times(i, s, i.id in changed), _details(i, s)] for i in day.items]
    table = data_table(["Time", "Programme"], rows, [0.2, 0.8], s)
    for row, item in enumerate(day.items, start=1):
        if item.id in changed:  # the bar stands in the margin, left of the row
            table.setStyle([("LINEBEFORE", (0, row), (0, row), 2.4, ACCENT)])
    return [*([PageBreak()] if new_page else []),
            heading(day.title, 1, s, f"day-{day.day.isoformat()}"), table]


def _programme(d: Dossier, s: BookStyles) -> list[Flowable]:
    story: list[Flowable] = [PageBreak(), heading("Programme", 0, s, "programme")]
    note = "Times are local, with the zone of where each item happens"
    note += f"; home times are in {d.home_zone}." if d.home_zone else "."
    if d.changes_since:
        note += (f" A bar in the margin and the word CHANGED mark what changed since "
                 f"{d.changes_since}.")
    story.append(para(note, s.small))
    changed = frozenset(d.changed_items)
    for n, day in enumerate(d.days):
        story += _day(day, s, n > 0, changed)
    return story


def _participants(people: tuple[DossierPerson, ...], s: BookStyles) -> list[Flowable]:
    if not people:
        return []
    rows = [[name_cell(p, s), para(p.position, s.cell),
             para(", ".join(x for x in (p.organisation, p.city) if x), s.cell)]
            for p in people]
    return [PageBreak(), heading("Our hosts and counterparts", 0, s, "participants"),
            data_table(["Name", "Position", "Organisation"], rows, [0.34, 0.36, 0.3], s)]
