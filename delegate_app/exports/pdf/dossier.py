"""The delegation dossier as a PDF briefing book: cover, contents, delegation list,
programme day by day, and (internal edition) meeting briefs, city profiles and annex."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Spacer

from ...domain.dossier import Dossier, DossierItem, DossierMember, DossierPerson, ProgrammeDay
from ...domain.timefmt import time_span
from .blocks import callout, cover, data_table, facts, first_column
from .document import BookMeta, build_book, collector_paused, contents, heading
from .dossier_briefs import annex_chapter, brief_chapter, city_chapter, name_cell
from .styles import ACCENT, WARNING, BookStyles
from .text import para
from .words import ENGLISH_PRINT, PrintLanguage, label, localise


def dossier_pdf(dossier: Dossier, paper: str = "a4", emblem: bytes | None = None,
                printed: PrintLanguage = ENGLISH_PRINT) -> bytes:
    """The dossier's PDF; ``paper`` "a4" or "letter", ``emblem`` PNG/JPEG bytes or None,
    ``printed`` the reader's language and calendar."""
    with collector_paused():  # its flowables too are made by the hundred thousand
        return _dossier_pdf(dossier, paper, emblem, printed)


def _dossier_pdf(dossier: Dossier, paper: str, emblem: bytes | None,
                 printed: PrintLanguage) -> bytes:
    s = BookStyles.for_language(printed.rtl)
    w = printed
    internal = dossier.internal
    marking = label(dossier.marking, w)
    story = cover(s, dossier.title, _cover_lines(dossier, w), dossier.office, emblem, marking)
    story += contents(s, w.translate("delegate_app", "Contents"))
    story += _delegation(dossier, s, w)
    story += _programme(dossier, s, w)
    if internal is not None:
        story += brief_chapter(internal.briefs, s, w)
        story += city_chapter(internal.cities, s, w)
        story += annex_chapter(internal.annex, s, w)
    else:
        story += _participants(dossier.counterparts, s, w)
    subject = w.translate("delegate_app", "Delegation dossier — {marking}")
    meta = BookMeta(dossier.title, marking, internal is not None, paper,
                    author=dossier.office, subject=subject.format(marking=marking),
                    version=localise(dossier.version, w, dossier.prepared_on), printed=w)
    return build_book(story, meta)


def _dates(d: Dossier, w: PrintLanguage) -> str:
    return localise(d.dates, w, d.prepared_on)


def _cover_lines(d: Dossier, w: PrintLanguage) -> list[str]:
    direction = (w.translate("delegate_app", "Outgoing delegation")
                 if d.direction == "Outgoing" else
                 w.translate("delegate_app", "Incoming delegation"))
    prepared = w.translate("delegate_app", "Prepared on {date}").format(
        date=w.date(d.prepared_on, "long_date"))
    since = w.translate("delegate_app", "Changes since {version} are marked")
    return [" · ".join(d.destinations), _dates(d, w), direction, "",
            localise(d.version, w, d.prepared_on) or prepared,
            since.format(version=localise(d.changes_since, w, d.prepared_on))
            if d.changes_since else ""]


def _member_row(n: int, m: DossierMember, s: BookStyles, w: PrintLanguage) -> list[object]:
    p = m.person
    where = ", ".join(x for x in (p.organisation, p.city) if x)
    contact: list[Flowable] = [para(x, s.cell) for x in (p.email, p.phone) if x]
    if m.needs:
        needs = w.translate("delegate_app", "Needs: {needs}").format(needs=m.needs)
        contact.append(para(needs, s.cell_small))
    return [para(w.number(n), s.cell_small), name_cell(p, s),
            [para(label(m.role, w), s.cell_bold), para(p.position, s.cell),
             para(where, s.cell_small)],
            contact or ""]


def _delegation(d: Dossier, s: BookStyles, w: PrintLanguage) -> list[Flowable]:
    story: list[Flowable] = [
        PageBreak(), heading(w.translate("delegate_app", "The delegation"), 0, s, "delegation"),
        para(f"{d.route} · {_dates(d, w)}", s.small), Spacer(1, 5 * mm)]
    if d.internal is not None and d.internal.objectives:
        story += [callout(w.translate("delegate_app", "Objectives"),
                          [para(d.internal.objectives, s.body)], s), Spacer(1, 5 * mm)]
    story += [CondPageBreak(50 * mm), heading(
        w.translate("delegate_app", "Delegation list in order of precedence"), 2, s,
        "members", toc=False, keep_with_next=False)]
    story.append(data_table(
        [w.translate("delegate_app", "No."), w.translate("delegate_app", "Name"),
         w.translate("delegate_app", "Role and position"),
         w.translate("delegate_app", "Contacts")],
        [_member_row(n, m, s, w) for n, m in enumerate(d.members, 1)],
        [0.05, 0.29, 0.34, 0.32], s))
    if d.internal is not None and d.internal.notes:
        story += [Spacer(1, 5 * mm), callout(w.translate("delegate_app", "Internal notes"),
                                             [para(d.internal.notes, s.body)], s,
                                             color=WARNING)]
    return story


def _times(i: DossierItem, s: BookStyles, changed: bool, w: PrintLanguage,
           day: ProgrammeDay) -> list[Flowable]:
    cell: list[Flowable] = [para(localise(time_span(i.starts, i.ends), w, day.day), s.cell_bold),
                            para(i.zone, s.cell_small)]
    if i.home_time:
        home = w.translate("delegate_app", "Home: {time}")
        cell.append(para(home.format(time=localise(i.home_time, w, day.day)), s.cell_small))
    if changed:
        cell.append(para(w.translate("delegate_app", "CHANGED"),
                         ParagraphStyle("changed", parent=s.label, textColor=ACCENT)))
    return cell


def _details(i: DossierItem, s: BookStyles, w: PrintLanguage) -> list[Flowable]:
    status = "" if i.status == "Confirmed" else f" · {label(i.status, w).upper()}"
    cell: list[Flowable] = [para(label(i.kind, w).upper() + status, s.label),
                            para(i.title, s.cell_bold)]
    pair = f" ({i.language_pair})" if i.interpreters and i.language_pair else ""
    rows = [(w.translate("delegate_app", "Route"),
             " · ".join(x for x in (i.route, i.service) if x)),
            (w.translate("delegate_app", "Venue"),
             ", ".join(x for x in (i.venue, i.address) if x)),
            (w.translate("delegate_app", "Delegation"), ", ".join(i.participants)),
            (w.translate("delegate_app", "Meeting"), ", ".join(i.counterparts)),
            (w.translate("delegate_app", "Interpreters"), ", ".join(i.interpreters) + pair),
            (w.translate("delegate_app", "Dress code"), i.dress_code)]
    if i.internal is not None:
        rows.append((w.translate("delegate_app", "Booking"), i.internal.booking_reference))
    cell.append(facts(rows, s, label_width=0.2))
    if i.description:
        cell.append(para(i.description, s.cell_small))
    if i.internal is not None and i.internal.briefing and not i.brief_key:
        internal = w.translate("delegate_app", "Internal: {briefing}")
        cell.append(para(internal.format(briefing=i.internal.briefing), s.cell_small))
    if i.brief_key:
        see = w.translate("delegate_app", "See the meeting brief “{title}”.")
        cell.append(para(see.format(title=i.title), s.cell_small))
    return cell


def day_title(day: ProgrammeDay, w: PrintLanguage) -> str:
    """"Saturday 5 December 2026 — Buenos Aires" in the reader's words and calendar."""
    places = day.title.split(" — ", 1)[1:]
    return " — ".join([w.date(day.day, "long"), *places])


def _day(day: ProgrammeDay, s: BookStyles, new_page: bool,
         changed: frozenset[int], w: PrintLanguage) -> list[Flowable]:
    rows = [[_times(i, s, i.id in changed, w, day), _details(i, s, w)] for i in day.items]
    table = data_table([w.translate("delegate_app", "Time"),
                        w.translate("delegate_app", "Programme")], rows, [0.2, 0.8], s)
    side, edge = ("LINEAFTER", first_column(s)) if s.rtl else ("LINEBEFORE", 0)
    for row, item in enumerate(day.items, start=1):
        if item.id in changed:  # the bar stands in the margin, before the row
            table.setStyle([(side, (edge, row), (edge, row), 2.4, ACCENT)])
    return [*([PageBreak()] if new_page else []),
            heading(day_title(day, w), 1, s, f"day-{day.day.isoformat()}"), table]


def _programme(d: Dossier, s: BookStyles, w: PrintLanguage) -> list[Flowable]:
    story: list[Flowable] = [PageBreak(), heading(w.translate("delegate_app", "Programme"), 0,
                                                  s, "programme")]
    if d.home_zone:
        note = w.translate("delegate_app", "Times are local, with the zone of where each item "
                                           "happens; home times are in {zone}.")
    else:
        note = w.translate("delegate_app",
                           "Times are local, with the zone of where each item happens.")
    note = note.format(zone=d.home_zone)
    if d.changes_since:
        marked = w.translate("delegate_app", "A bar in the margin and the word CHANGED mark "
                                             "what changed since {version}.")
        note += " " + marked.format(version=localise(d.changes_since, w, d.prepared_on))
    story.append(para(note, s.small))
    changed = frozenset(d.changed_items)
    for n, day in enumerate(d.days):
        story += _day(day, s, n > 0, changed, w)
    return story


def _participants(people: tuple[DossierPerson, ...], s: BookStyles,
                  w: PrintLanguage) -> list[Flowable]:
    if not people:
        return []
    rows = [[name_cell(p, s), para(p.position, s.cell),
             para(", ".join(x for x in (p.organisation, p.city) if x), s.cell)]
            for p in people]
    return [PageBreak(),
            heading(w.translate("delegate_app", "Our hosts and counterparts"), 0, s,
                    "participants"),
            data_table([w.translate("delegate_app", "Name"),
                        w.translate("delegate_app", "Position"),
                        w.translate("delegate_app", "Organisation")],
                       rows, [0.34, 0.36, 0.3], s)]
