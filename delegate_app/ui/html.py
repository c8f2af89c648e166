"""Small HTML builders for the read-only detail panes (rendered by QTextBrowser)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from html import escape

from ..domain.timefmt import ALL_DAY, time_span
from .dates import digits, format_day, format_long_date, format_medium_date, isolate
from .icons import COLOURS
from .text import tr, translated


def _style() -> str:
    """The panes' style in the colours of the palette in use (light or dark)."""
    return f"""
<style>
  body {{ font-size: 10pt; }}
  p.h1 {{ font-size: 14pt; font-weight: 600; margin: 0 0 2px 0; color: {COLOURS['accent']}; }}
  p.h2 {{ font-size: 11pt; font-weight: 600; margin: 14px 0 4px 0;
          color: {COLOURS['accent']}; }}
  .sub {{ color: {COLOURS['muted']}; font-size: 10pt; margin: 0 0 8px 0; }}
  .native {{ font-size: 13pt; margin: 0 0 2px 0; }}
  td.k {{ color: {COLOURS['muted']}; padding: 2px 12px 2px 0; vertical-align: top;
          white-space: nowrap; }}
  td.v {{ padding: 2px 0; vertical-align: top; }}
  .internal {{ background: {COLOURS['internal_background']}; border-left: 3px solid #c77700;
               padding: 6px; }}
  .badge {{ color: white; background: #c77700; font-size: 8pt; }}
  .warn {{ color: {COLOURS['overdue']}; font-weight: 600; }}
  .soon {{ color: {COLOURS['due_soon']}; font-weight: 600; }}
  a {{ color: {COLOURS['accent']}; text-decoration: none; }}
</style>
"""


STYLE = _style()


def restyle() -> None:
    """After the palette changed (a dark desktop): the panes' style follows it."""
    global STYLE
    STYLE = _style()


def all_day(until: date | None = None) -> str:
    """An all-day item's time in the window's language: "All day", and its last day when
    it runs longer than one."""
    return tr("All day") + (f" – {format_day(until)}" if until else "")


def _time_cell(line: object) -> str:
    """"09:30–11:00", or an all-day item's :func:`all_day`."""
    if line.starts == ALL_DAY:  # type: ignore[attr-defined]
        return all_day(line.until)  # type: ignore[attr-defined]
    return digits(time_span(line.starts, line.ends, "–"))  # type: ignore[attr-defined]


def e(text: object) -> str:
    """Plain text for the pane; right to left, in its own direction (a Latin name, a phone
    number or an English note keeps its order and its final stop)."""
    return escape(isolate(str(text))).replace("\n", "<br>")


def header(title: str, subtitle: str = "", native: str = "") -> str:
    parts = [STYLE, f"<p class='h1'>{e(title)}</p>"]
    if native and native != title and not title.endswith(native):
        parts.append(f"<p class='native' dir='auto'>{e(native)}</p>")
    if subtitle:
        parts.append(f"<p class='sub'>{e(subtitle)}</p>")
    return "".join(parts)


def facts(rows: Iterable[tuple[str, str]]) -> str:
    body = "".join(
        f"<tr><td class='k'>{e(k)}</td><td class='v'>{e(v)}</td></tr>" for k, v in rows if v
    )
    return f"<table cellspacing='0'>{body}</table>" if body else ""


def section(title: str, body_html: str) -> str:
    return f"<p class='h2'>{e(title)}</p>{body_html}" if body_html else ""


def paragraph(text: str) -> str:
    return f"<p>{e(text)}</p>" if text else ""


def internal(title: str, text: str) -> str:
    if not text:
        return ""
    badge = e(tr("INTERNAL"))
    return (f"<p class='h2'><span class='badge'>&nbsp;{badge}&nbsp;</span> {e(title)}</p>"
            f"<div class='internal'>{e(text)}</div>")


def bullet_list(items: Iterable[str]) -> str:
    rows = "".join(f"<li>{item}</li>" for item in items)
    return f"<ul style='margin: 0 0 0 -20px;'>{rows}</ul>" if rows else ""


def link(kind: str, record_id: int, text: str) -> str:
    return f"<a href='record:{kind}/{record_id}'>{e(text)}</a>"


def members_table(members: Iterable[object]) -> str:
    rows = "".join(
        f"<tr><td class='k'>{n}.</td><td class='v'><b>{e(m.name)}</b>"  # type: ignore[attr-defined]
        f"{' · <span dir=auto>' + e(m.native_name) + '</span>' if m.native_name else ''}"  # type: ignore[attr-defined]
        f"<br><span style='color:{COLOURS['muted']}'>{e(m.role)}"  # type: ignore[attr-defined]
        f"{' — ' + e(m.position) if m.position else ''}</span></td></tr>"  # type: ignore[attr-defined]
        for n, m in enumerate(members, start=1))
    return f"<table cellspacing='0'>{rows}</table>" if rows else ""


def programme(lines: Iterable[object], cancelled_word: str = "Cancelled") -> str:
    """Entries grouped under a heading per local day, times with their zone."""
    out: list[str] = []
    day = None
    for line in lines:
        if line.day != day:  # type: ignore[attr-defined]
            if day is not None:
                out.append("</table>")
            day = line.day  # type: ignore[attr-defined]
            out.append(f"<p style='font-weight:600; margin: 10px 0 2px 0;'>"
                       f"{format_long_date(day)}</p><table cellspacing='0'>")
        struck = line.status == cancelled_word  # type: ignore[attr-defined]
        title = f"<s>{e(line.title)}</s>" if struck else f"<b>{e(line.title)}</b>"  # type: ignore[attr-defined]
        note = ("" if line.status in ("Confirmed", cancelled_word)  # type: ignore[attr-defined]
                else f" · {e(translated(line.status))}")  # type: ignore[attr-defined]  # type: ignore[attr-defined]
        out.append(
            f"<tr><td class='k'>{e(_time_cell(line))}<br>"  # type: ignore[attr-defined]
            f"<span style='font-size:8pt'>{e(line.zone)}</span></td>"  # type: ignore[attr-defined]
            f"<td class='v'>{title}<br><span style='color:{COLOURS['muted']}'>"
            f"{e(translated(line.kind))}{' · ' + e(line.place) if line.place else ''}{note}"  # type: ignore[attr-defined]
            f"</span></td></tr>")
    if day is not None:
        out.append("</table>")
    return "".join(out)


def history(lines: Iterable[object], empty: str = "") -> str:
    """History lines (newest first) as a list, each linked to its record when it has one."""
    items = []
    for line in lines:
        when = f"{format_medium_date(line.when)} — " if line.when else ""  # type: ignore[attr-defined]
        text = e(line.text)  # type: ignore[attr-defined]
        if line.link:  # type: ignore[attr-defined]
            page, record = line.link  # type: ignore[attr-defined]
            text = f"<a href='record:{page}/{record}'>{text}</a>"
        mark = "<span class='soon'>● </span>" if line.open else ""  # type: ignore[attr-defined]
        items.append(f"{mark}<span class='sub'>{when}</span>{text}")
    return bullet_list(items) or (paragraph(empty) if empty else "")
