"""What a printed page says in its reader's language: labels translated when the page is
drawn, and the dates and phrases the records carry in English ("Draft of Tue 1 Dec 2026",
"(+1 day)") said again in the reader's words and calendar.

Records (and issued versions, kept as they were) hold English labels and dates as
``domain.timefmt`` writes them; translating at drawing time lets one record print in any
language."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime

from ...domain.timefmt import ALL_DAY
from ...language.dates import weekday_name
from ...language.printed import ENGLISH_PRINT, QT_TRANSLATE_NOOP, PrintLanguage

__all__ = ["ENGLISH_PRINT", "QT_TRANSLATE_NOOP", "PrintLanguage", "label", "localise"]

# The labels the records carry (enum labels, markings): listed so lupdate extracts them.
LABELS = [
    QT_TRANSLATE_NOOP("delegate_app", "Flight"), QT_TRANSLATE_NOOP("delegate_app", "Train"),
    QT_TRANSLATE_NOOP("delegate_app", "Transfer"), QT_TRANSLATE_NOOP("delegate_app", "Hotel"),
    QT_TRANSLATE_NOOP("delegate_app", "Bilateral meeting"),
    QT_TRANSLATE_NOOP("delegate_app", "Site visit"),
    QT_TRANSLATE_NOOP("delegate_app", "Reception"), QT_TRANSLATE_NOOP("delegate_app", "Meal"),
    QT_TRANSLATE_NOOP("delegate_app", "Ceremony / signing"),
    QT_TRANSLATE_NOOP("delegate_app", "Press point"),
    QT_TRANSLATE_NOOP("delegate_app", "Summit session"),
    QT_TRANSLATE_NOOP("delegate_app", "Free time"),
    QT_TRANSLATE_NOOP("delegate_app", "Tentative"),
    QT_TRANSLATE_NOOP("delegate_app", "Confirmed"),
    QT_TRANSLATE_NOOP("delegate_app", "Cancelled"),
    QT_TRANSLATE_NOOP("delegate_app", "Head of delegation"),
    QT_TRANSLATE_NOOP("delegate_app", "Member"), QT_TRANSLATE_NOOP("delegate_app", "Advisor"),
    QT_TRANSLATE_NOOP("delegate_app", "Protocol officer"),
    QT_TRANSLATE_NOOP("delegate_app", "Press"), QT_TRANSLATE_NOOP("delegate_app", "Security"),
    QT_TRANSLATE_NOOP("delegate_app", "Interpreter"),
    QT_TRANSLATE_NOOP("delegate_app", "Outgoing"),
    QT_TRANSLATE_NOOP("delegate_app", "Incoming"),
    QT_TRANSLATE_NOOP("delegate_app", "Plenary"), QT_TRANSLATE_NOOP("delegate_app", "Panel"),
    QT_TRANSLATE_NOOP("delegate_app", "Workshop"),
    QT_TRANSLATE_NOOP("delegate_app", "Bilateral slot"),
    QT_TRANSLATE_NOOP("delegate_app", "Ceremony"),
    QT_TRANSLATE_NOOP("delegate_app", "Open"), QT_TRANSLATE_NOOP("delegate_app", "In progress"),
    QT_TRANSLATE_NOOP("delegate_app", "Done"), QT_TRANSLATE_NOOP("delegate_app", "Dropped"),
    QT_TRANSLATE_NOOP("delegate_app", "High"),
    QT_TRANSLATE_NOOP("delegate_app", "We owe them"),
    QT_TRANSLATE_NOOP("delegate_app", "They owe us"),
    QT_TRANSLATE_NOOP("delegate_app", "Internal — not for distribution"),
    QT_TRANSLATE_NOOP("delegate_app", "Programme for our hosts"),
    QT_TRANSLATE_NOOP("delegate_app", "internal"),
    QT_TRANSLATE_NOOP("delegate_app", "Police"), QT_TRANSLATE_NOOP("delegate_app", "Ambulance"),
    QT_TRANSLATE_NOOP("delegate_app", "Fire"),
    QT_TRANSLATE_NOOP("delegate_app", "Fire and ambulance"),
    QT_TRANSLATE_NOOP("delegate_app", "All services"),
    QT_TRANSLATE_NOOP("delegate_app", "Added"), QT_TRANSLATE_NOOP("delegate_app", "Reinstated"),
    QT_TRANSLATE_NOOP("delegate_app", "Removed"), QT_TRANSLATE_NOOP("delegate_app", "Moved"),
    QT_TRANSLATE_NOOP("delegate_app", "New place"),
    QT_TRANSLATE_NOOP("delegate_app", "Status"),
    QT_TRANSLATE_NOOP("delegate_app", "Who attends"),
    QT_TRANSLATE_NOOP("delegate_app", "Text"),
    QT_TRANSLATE_NOOP("delegate_app", "Mayors' summit"),
    QT_TRANSLATE_NOOP("delegate_app", "Network assembly"),
    QT_TRANSLATE_NOOP("delegate_app", "U20 summit"),
    QT_TRANSLATE_NOOP("delegate_app", "COP side event"),
    QT_TRANSLATE_NOOP("delegate_app", "Economic mission"),
    QT_TRANSLATE_NOOP("delegate_app", "Conference"),
]


def label(text: str, printed: PrintLanguage) -> str:
    """A label of the records ("Bilateral meeting", "Confirmed") in the reader's words;
    "Bilateral meeting · internal" label by label."""
    if printed.language == "en" or not text:
        return text
    return " · ".join(printed.word(part) for part in text.split(" · "))


_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_LONG_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_LONG_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")
_W, _LW = "|".join(_WEEKDAYS), "|".join(_LONG_WEEKDAYS)
_M, _LM = "|".join(_MONTHS), "|".join(_LONG_MONTHS)

# How domain.timefmt writes dates, longest first: one pass, so nothing is read twice.
_DATES = re.compile("|".join([
    rf"(?P<r3>(\d{{1,2}}) ({_M}) (\d{{4}}) – (\d{{1,2}}) ({_M}) (\d{{4}}))",
    rf"(?P<r2>(\d{{1,2}}) ({_M}) – (\d{{1,2}}) ({_M}) (\d{{4}}))",
    rf"(?P<r1>(\d{{1,2}})–(\d{{1,2}}) ({_M}) (\d{{4}}))",
    rf"(?P<long>({_LW}) (\d{{1,2}}) ({_LM}) (\d{{4}}))",
    rf"(?P<date>({_W}) (\d{{1,2}}) ({_M}) (\d{{4}}))",
    rf"(?P<day>\b({_W}) (\d{{1,2}}) ({_M})\b)",
    rf"(?P<medium>\b(\d{{1,2}}) ({_M}) (\d{{4}}))",
    rf"(?P<monthyear>\b({_LM}) (\d{{4}}))",
    rf"(?P<weekday>\b({_W})(?= \d\d:\d\d))",
    r"(?P<time>\b\d\d:\d\d\b)",
]))


def _day(d: str, month: str, year: str) -> date:
    names = _LONG_MONTHS if month in _LONG_MONTHS else _MONTHS
    return date(int(year), names.index(month) + 1, int(d))


def _guess_year(weekday: str, d: int, month: int, near: int) -> date:
    """A "Tue 14 Apr" without its year: the year near ``near`` where it is that weekday."""
    for year in (near, near + 1, near - 1):
        try:
            day = date(year, month, d)
        except ValueError:
            continue
        if day.weekday() == _WEEKDAYS.index(weekday):
            return day
    return date(near, month, min(d, 28))


def _dates(match: re.Match[str], printed: PrintLanguage, near: int) -> str:
    kind = match.lastgroup or ""
    g = [x for x in match.groups() if x is not None][1:]
    if kind == "r3":
        return printed.date_range(_day(*g[0:3]), _day(*g[3:6]))
    if kind == "r2":
        return printed.date_range(_day(g[0], g[1], g[4]), _day(g[2], g[3], g[4]))
    if kind == "r1":
        return printed.date_range(_day(g[0], g[2], g[3]), _day(g[1], g[2], g[3]))
    if kind in ("long", "date"):
        return printed.date(_day(g[1], g[2], g[3]), kind)
    if kind == "day":
        return printed.date(_guess_year(g[0], int(g[1]), _MONTHS.index(g[2]) + 1, near), "day")
    if kind == "medium":
        return printed.date(_day(*g), "medium")
    if kind == "monthyear":
        return printed.date(_day("1", *g), "month_year")
    if kind == "weekday":
        return weekday_name(date(2024, 1, 1 + _WEEKDAYS.index(g[0])), printed.language, True)
    return printed.digits(match.group(0))


_PHRASES: list[tuple[re.Pattern[str], Callable[[PrintLanguage], str]]] = [
    (re.compile(r"^Version (?P<number>\d+) of (?P<date>.+), (?P<time>\d\d:\d\d) (?P<place>.+)$"),
     lambda w: w.translate("delegate_app", "Version {number} of {date}, {time} {place}")),
    (re.compile(r"^version (?P<number>\d+) of (?P<date>.+)$"),
     lambda w: w.translate("delegate_app", "version {number} of {date}")),
    (re.compile(r"^Draft of (?P<date>.+)$"),
     lambda w: w.translate("delegate_app", "Draft of {date}")),
    (re.compile(r"^(?P<text>.+), due (?P<date>[^,]+)$"),
     lambda w: w.translate("delegate_app", "{text}, due {date}")),
    (re.compile(r"^Networks: (?P<text>.+)$"),
     lambda w: w.translate("delegate_app", "Networks: {text}")),
    (re.compile(r"^(?P<text>.+) — booking (?P<code>.+)$"),
     lambda w: w.translate("delegate_app", "{text} — booking {code}")),
    (re.compile(r"^Was (?P<text>.+)$"), lambda w: w.translate("delegate_app", "Was {text}")),
    (re.compile(r"^Back on the programme: (?P<text>.+)$"),
     lambda w: w.translate("delegate_app", "Back on the programme: {text}")),
]
_DAYS_LATER = re.compile(r"\((?P<sign>[+-])(?P<n>\d+) days?\)")
_SHIFTED = re.compile(r"\((?P<n>one|\d+) days? (?P<way>later|earlier)\)")
_SERVICES = re.compile(r"\b(Fire and ambulance|All services|Police|Ambulance|Fire)\b")


def localise(text: str, printed: PrintLanguage, near: date | None = None) -> str:
    """``text`` of the records with its dates, times and known phrases in the reader's
    language and calendar (unchanged for English in the Gregorian calendar). ``near``: a
    day of the document, for dates written without their year."""
    if printed.plain or not text:
        return text
    for pattern, template in _PHRASES:
        found = pattern.match(text)
        if found:
            parts = {k: (v if k in ("text", "place", "code") else localise(v, printed, near))
                     for k, v in found.groupdict().items()}
            if "number" in parts:
                parts["number"] = printed.digits(found.group("number"))
            if "text" in parts:
                parts["text"] = localise(found.group("text"), printed, near)
            return template(printed).format(**parts)
    year = (near or datetime.now().date()).year
    text = _DATES.sub(lambda m: _dates(m, printed, year), text)
    text = _DAYS_LATER.sub(lambda m: _days_later(m, printed), text)
    if printed.language != "en":
        text = _SHIFTED.sub(lambda m: _shifted(m, printed), text)
        text = text.replace("(all day)", printed.translate("delegate_app", "(all day)"))
        if text == ALL_DAY or text.startswith(f"{ALL_DAY} – "):  # a time cell, not free text
            text = printed.translate("delegate_app", "All day") + text[len(ALL_DAY):]
        text = _SERVICES.sub(lambda m: printed.word(m.group(1)), text)
    if printed.rtl and any("\u0600" <= ch <= "\u06ff" for ch in text):
        text = text.replace("→", "←")  # read from the right, "from → to" points left
    return text


def _shifted(found: re.Match[str], printed: PrintLanguage) -> str:
    n = 1 if found.group("n") == "one" else int(found.group("n"))
    if found.group("way") == "later":
        said = printed.translate("delegate_app", "(%n day(s) later)", "", n)
    else:
        said = printed.translate("delegate_app", "(%n day(s) earlier)", "", n)
    return printed.digits(said)


def _days_later(found: re.Match[str], printed: PrintLanguage) -> str:
    n = int(found.group("n"))
    if printed.language == "en":
        return found.group(0)
    if found.group("sign") == "+":
        said = printed.translate("delegate_app", "(+%n days)", "", n)
    else:
        said = printed.translate("delegate_app", "(-%n days)", "", n)
    return printed.digits(said)
