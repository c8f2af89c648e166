"""Fuzzing the calendar import through the real service (issue 13).

Mutated .ics files from a small seed corpus — truncated, huge numbers, bad dates, bad
TZIDs, deep nesting, giant lines, hostile rules and zones, random bytes — must each end in
a clear one-line refusal or a valid preview, within a time bound, with the database
unchanged; a preview written and read again must offer nothing more (idempotent).

The CI part runs 240 cases (under a minute). The long run:
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -m fuzz tests/reliability -s
(FUZZ_CASES=5000 and FUZZ_SEED=… change its size and seed; it prints outcomes per kind.)
"""

from __future__ import annotations

import hashlib
import os
import random
import re
import sqlite3
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from delegate_app.domain.errors import DelegateAppError
from delegate_app.services import calendars, ics_import, overview
from delegate_app.services.database import Database
from delegate_app.services.ics_import import DescriptionTo, ImportChoices

TIME_BOUND = 30  # seconds for any one file of the corpus (they are small), all told
MEMORY_BOUND = 400 * 1024 * 1024  # bytes traced at the peak of any one file

OUTLOOK = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VTIMEZONE
TZID:(UTC-03:00) Brasília
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:-0300
TZOFFSETTO:-0300
END:STANDARD
END:VTIMEZONE
BEGIN:VTIMEZONE
TZID:Pacific Standard Time
BEGIN:STANDARD
DTSTART:16011104T020000
RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010311T020000
RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000A1B2
SUMMARY:Reunión con la Secretaría de Ambiente
DTSTART;TZID="(UTC-03:00) Brasília":20261207T100000
DTEND;TZID="(UTC-03:00) Brasília":20261207T113000
LOCATION:Uspallata 3160
DESCRIPTION:Agenda: residuos\\, agua\\, movilidad.\\nTraer documentos.
SEQUENCE:2
BEGIN:VALARM
ACTION:DISPLAY
TRIGGER:-PT15M
DESCRIPTION:Reminder
END:VALARM
END:VEVENT
BEGIN:VEVENT
UID:weekly-call@example.org
SUMMARY:Weekly call with the embassy
DTSTART;TZID=Pacific Standard Time:20261201T080000
DTEND;TZID=Pacific Standard Time:20261201T083000
RRULE:FREQ=WEEKLY;COUNT=6;BYDAY=TU
EXDATE;TZID=Pacific Standard Time:20261215T080000
END:VEVENT
BEGIN:VEVENT
UID:weekly-call@example.org
RECURRENCE-ID;TZID=Pacific Standard Time:20261208T080000
SUMMARY:Weekly call (moved)
DTSTART;TZID=Pacific Standard Time:20261209T090000
DTEND;TZID=Pacific Standard Time:20261209T093000
END:VEVENT
END:VCALENDAR
"""

GOOGLE = """BEGIN:VCALENDAR
PRODID:-//Google Inc//Google Calendar 70.9054//EN
VERSION:2.0
X-WR-TIMEZONE:America/Argentina/Buenos_Aires
BEGIN:VEVENT
DTSTART:20261208T230000Z
DTEND:20261209T010000Z
UID:abc123@google.com
SUMMARY:Cena de bienvenida
STATUS:CONFIRMED
GEO:-34.6037;-58.3816
END:VEVENT
BEGIN:VEVENT
DTSTART;VALUE=DATE:20261210
DTEND;VALUE=DATE:20261211
UID:allday@google.com
SUMMARY:Free day
CATEGORIES:Hotel,Rest
END:VEVENT
BEGIN:VEVENT
DTSTART:20261211T120000
UID:floating@google.com
SUMMARY:Press point
END:VEVENT
END:VCALENDAR
"""


def _ours(db: Database, trip: int) -> str:
    """Our own export, cut to its first events (with their zones): small and fast."""
    data = calendars.delegation_calendar(db.sessions, trip)
    short = calendars.CalendarData(data.name, data.organizer_name, data.organizer_email,
                                   data.events[:6], 15)
    return calendars.calendar_bytes(short, datetime(2026, 11, 1, tzinfo=UTC)).decode()


def _crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


# Mutations: each takes the random source and the seed's text, and gives the file's bytes.
def _truncate(r: random.Random, text: str) -> bytes:
    return text.encode()[:r.randrange(len(text))]


def _flip(r: random.Random, text: str) -> bytes:
    data = bytearray(text.encode())
    for _ in range(r.randint(1, 12)):
        data[r.randrange(len(data))] = r.randrange(256)
    return bytes(data)


def _insert_bytes(r: random.Random, text: str) -> bytes:
    data = bytearray(text.encode())
    for _ in range(r.randint(1, 4)):
        where = r.randrange(len(data))
        data[where:where] = r.randbytes(r.randint(1, 40))
    return bytes(data)


def _huge_number(r: random.Random, text: str) -> bytes:
    runs = list(re.finditer(r"\d+", text))
    run = r.choice(runs)
    digits = "".join(r.choice("0123456789") for _ in range(r.randint(10, 40)))
    value = r.choice([digits, "-" + digits, "99999999999999999999", "4294967296"])
    return (text[:run.start()] + value + text[run.end():]).encode()


BAD_VALUES = ["99991231T235959Z", "00000000T000000", "20261341T256199", "2026-12-07",
              "tomorrow", "", "19000101T000000Z", "21991231T235959", "20261207T100000ZZ",
              "20261207", "P999999999D", "-P1D", "PT0S", "20260230T100000"]


def _bad_date(r: random.Random, text: str) -> bytes:
    lines = text.split("\r\n")
    spots = [i for i, line in enumerate(lines)
             if re.match(r"(DTSTART|DTEND|DURATION|RECURRENCE-ID|EXDATE|LAST-MODIFIED)", line)]
    i = r.choice(spots)
    head = lines[i].rsplit(":", 1)[0]
    lines[i] = f"{head}:{r.choice(BAD_VALUES)}"
    if r.random() < 0.3:
        lines[i] = lines[i].replace("DTEND", "DURATION")
    return "\r\n".join(lines).encode()


BAD_ZONES = ["Mars/Olympus", "", "UTC+99", "(UTC-03:00) Brasília\"", "/", "Etc/GMT+15",
             "x" * 300, "Europe/Berlin;X=1", "Pacific Standard Time", "GMT-03:30",
             "America/Sao_Paulo"]


def _bad_tzid(r: random.Random, text: str) -> bytes:
    zone = r.choice(BAD_ZONES)
    quoted = f'"{zone}"' if any(c in zone for c in ":;,") else zone
    count = r.randint(1, 3)
    return re.sub(r"TZID=(\"[^\"]*\"|[^:;]*)", f"TZID={quoted}", text, count=count).encode()


def _nesting(r: random.Random, text: str) -> bytes:
    depth = r.choice([3, 5, 8, 50, 2000])
    block = "BEGIN:X-DEEP\r\n" * depth + "END:X-DEEP\r\n" * r.choice([depth, depth - 1, 0])
    where = text.index("BEGIN:VEVENT")
    return (text[:where] + block + text[where:]).encode()


def _giant_line(r: random.Random, text: str) -> bytes:
    size = r.choice([5_000, 70_000, 1_100_000, 3_000_000])
    name = r.choice(["DESCRIPTION", "SUMMARY", "LOCATION", "X-JUNK", "ATTACH"])
    line = f"{name}:{'a' * size}\r\n"
    if r.random() < 0.5:  # folded, as a writer would
        line = "\r\n ".join(line[i:i + 74] for i in range(0, len(line), 74))
    where = text.index("END:VEVENT")
    return (text[:where] + line + text[where:]).encode()


RULES = ["FREQ=SECONDLY;COUNT=2000000000", "FREQ=MINUTELY", "FREQ=DAILY;INTERVAL=0",
         "FREQ=HOURLY;COUNT=499", "FREQ=WEEKLY;COUNT=-5", "FREQ=DAILY;UNTIL=20261231",
         "FREQ=DAILY;UNTIL=99991231T000000Z", "FREQ=YEARLY;BYSETPOS=400", "FREQ=NEVER",
         "FREQ=MONTHLY;BYMONTHDAY=31;COUNT=40", "FREQ=DAILY;COUNT=501", "", "FREQ=DAILY;;;"]
SLOW_RULES = ["FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30", "FREQ=SECONDLY;BYYEARDAY=366;BYMONTH=1"]


def _rule(r: random.Random, text: str, slow: bool = False) -> bytes:
    rule = r.choice(SLOW_RULES if slow else RULES)
    where = text.index("END:VEVENT")
    extra = f"RRULE:{rule}\r\n" + ("RDATE:20261210T100000Z,20261211T100000Z\r\n"
                                   if r.random() < 0.3 else "")
    return (text[:where] + extra + text[where:]).encode()


def _zone_bomb(r: random.Random, text: str) -> bytes:
    mins = ",".join(str(i) for i in range(60))
    rule = r.choice([
        "FREQ=SECONDLY", "FREQ=MINUTELY;INTERVAL=1",
        f"FREQ=YEARLY;BYMONTH=1,2,3,4,5,6,7,8,9,10,11,12;BYHOUR=0,6,12,18;BYMINUTE={mins};"
        f"BYSECOND={mins}"])
    zone = (f"BEGIN:VTIMEZONE\r\nTZID:Restless\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000"
            f"\r\nRRULE:{rule}\r\nTZOFFSETFROM:-0300\r\nTZOFFSETTO:-0200\r\nEND:STANDARD\r\n"
            "END:VTIMEZONE\r\n")
    where = text.index("BEGIN:VEVENT")
    body = re.sub(r"(DTSTART|DTEND)(;TZID=[^:]*)?:(\d{8}T\d{6})Z?", r"\1;TZID=Restless:\3",
                  text[where:])
    return (text[:where] + zone + body).encode()


def _many_events(r: random.Random, text: str) -> bytes:
    start, end = text.index("BEGIN:VEVENT"), text.index("END:VEVENT") + len("END:VEVENT\r\n")
    block = text[start:end]
    count = r.choice([2, 50, 2_001])
    blocks = "".join(block.replace("UID:", f"UID:{i}-", 1) if r.random() < 0.8 else block
                     for i in range(count))
    return (text[:start] + blocks + text[end:]).encode()


def _structure(r: random.Random, text: str) -> bytes:
    lines = text.split("\r\n")
    action = r.choice(["drop_end", "drop_begin", "swap", "shuffle_tail", "cr_only", "lf_only"])
    if action == "drop_end":
        ends = [i for i, line in enumerate(lines) if line.startswith("END:")]
        del lines[r.choice(ends)]
    elif action == "drop_begin":
        begins = [i for i, line in enumerate(lines) if line.startswith("BEGIN:")]
        del lines[r.choice(begins)]
    elif action == "swap":
        i, j = r.randrange(len(lines)), r.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    elif action == "shuffle_tail":
        cut = r.randrange(len(lines))
        tail = lines[cut:]
        r.shuffle(tail)
        lines[cut:] = tail
    joined = "\r\n".join(lines)
    if action == "cr_only":
        joined = joined.replace("\r\n", "\r")
    elif action == "lf_only":
        joined = joined.replace("\r\n", "\n")
    return joined.encode()


def _encoding(r: random.Random, text: str) -> bytes:
    choice = r.choice(["latin1", "bom", "nul", "utf16"])
    if choice == "latin1":
        return text.encode("latin-1", errors="replace")
    if choice == "bom":
        return b"\xef\xbb\xbf" + text.encode()
    if choice == "nul":
        where = r.randrange(len(text))
        return (text[:where] + "\x00" * r.randint(1, 5) + text[where:]).encode()
    return text.encode("utf-16")


MUTATIONS: dict[str, Callable[[random.Random, str], bytes]] = {
    "truncated": _truncate, "flipped bytes": _flip, "random bytes": _insert_bytes,
    "huge number": _huge_number, "bad date": _bad_date, "bad TZID": _bad_tzid,
    "deep nesting": _nesting, "giant line": _giant_line, "odd rule": _rule,
    "many events": _many_events, "broken structure": _structure, "encoding": _encoding,
}
SLOW: dict[str, Callable[[random.Random, str], bytes]] = {
    "impossible rule": lambda r, t: _rule(r, t, slow=True), "zone bomb": _zone_bomb,
}


def _digest(db: Database) -> str:
    with sqlite3.connect(db.path) as conn:  # type: ignore[arg-type]
        rows = [conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                for t in ("itinerary_item", "item_participant", "delegation")]
    return hashlib.sha256(repr(rows).encode()).hexdigest()


def _check_preview(preview: ics_import.ImportPreview) -> None:
    for line in preview.lines():
        assert isinstance(line, str) and line.strip() and "\n" not in line.strip()
    for line in preview.rejected:
        assert line.startswith("“") and line.endswith(".") and "Traceback" not in line


def _one(db: Database, trip: int, raw: bytes, measure: bool, write: bool) -> str:
    """Import ``raw``: the outcome's name; asserts the promises on the way."""
    before = _digest(db)
    if measure:
        tracemalloc.start()
    started = time.monotonic()
    try:
        preview = ics_import.preview_import(db.sessions, trip, raw)
    except DelegateAppError as exc:
        assert exc.message.strip() and "\n" not in exc.message.strip()
        assert "Traceback" not in exc.message and len(exc.message) < 400
        assert "unexpected problem" not in exc.message  # the reader's last resort, unused
        outcome = "refused"
    else:
        _check_preview(preview)
        outcome = "preview" if preview.added or preview.outside or preview.duplicates \
            else "preview, nothing to add"
    finally:
        elapsed = time.monotonic() - started
        if measure:
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            assert peak < MEMORY_BOUND, f"{peak / 2**20:.0f} MB"
    assert elapsed < TIME_BOUND, f"{elapsed:.1f} s"
    assert _digest(db) == before  # a preview or a refusal never writes
    if write and outcome == "preview":
        _write_then_read_again(db, trip, raw, preview)
    return outcome


def _write_then_read_again(db: Database, trip: int, raw: bytes,
                           preview: ics_import.ImportPreview) -> None:
    everything = ImportChoices(preview.optional_uids(True, True, True),
                               DescriptionTo.DESCRIPTION)
    ics_import.write_import(db.sessions, preview, everything)
    again = ics_import.preview_import(db.sessions, trip, raw)
    assert again.added == [] and again.updated == [] and again.outside == []
    assert again.duplicates == [] and again.sessions == []


def _fuzz(db: Database, cases: int, seed: int, slow_cases: int) -> Counter[tuple[str, str]]:
    trip = next(d.id for d in overview.list_delegations(db.sessions) if "Tokyo" in d.title)
    seeds = [_ours(db, trip), _crlf(OUTLOOK), _crlf(GOOGLE)]
    r = random.Random(seed)
    plan = [r.choice(list(SLOW)) for _ in range(slow_cases)]
    plan += [r.choice(list(MUTATIONS)) for _ in range(cases - slow_cases)]
    seen: Counter[tuple[str, str]] = Counter()
    for number, kind in enumerate(plan):
        text = r.choice(seeds)
        raw = {**MUTATIONS, **SLOW}[kind](r, text)
        try:
            outcome = _one(db, trip, raw, measure=len(raw) > 1024 * 1024,
                           write=number % 7 == 0)
        except AssertionError as exc:
            raise AssertionError(f"case {number} ({kind}, seed {seed}): {exc}") from exc
        seen[(kind, outcome)] += 1
        if cases > 1000 and number % 250 == 249:  # the long run tells how far it is
            print(f"{number + 1} cases: {sum(seen.values())} passed", flush=True)
    return seen


def _report(seen: Counter[tuple[str, str]]) -> None:
    for (kind, outcome), count in sorted(seen.items()):
        print(f"{kind:18} {outcome:24} {count}")


def test_fuzzed_calendars_fail_clearly_within_bounds(sample_db: Database) -> None:
    seen = _fuzz(sample_db, cases=240, seed=20261205, slow_cases=2)
    _report(seen)
    assert sum(seen.values()) == 240
    outcomes = {o for _, o in seen}
    assert {"refused", "preview"} <= outcomes  # the mutations reach both ends


@pytest.mark.fuzz
@pytest.mark.timeout(0)
def test_fuzzed_calendars_long_run(sample_db: Database, request: pytest.FixtureRequest) -> None:
    if "fuzz" not in (request.config.option.markexpr or ""):
        pytest.skip("the long run, on demand: pytest -m fuzz tests/reliability")
    cases = int(os.environ.get("FUZZ_CASES", "3000"))
    seed = int(os.environ.get("FUZZ_SEED", str(time.time_ns() % 10**9)))
    print(f"seed {seed}, {cases} cases")
    _report(_fuzz(sample_db, cases=cases, seed=seed, slow_cases=max(2, cases // 100)))
