"""Independent readers of the calendars we write: libical (C, through a small program built
by the test run), ical.js (JavaScript, under node), vobject, and icalendar's own checks.
Each returns what it understood as plain values, so a test compares it with what we wrote.
A missing reader fails the test: `make test` installs them all (.ci/system-packages)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import pytest
import vobject
from icalendar import Calendar

HERE = Path(__file__).parent
ICAL_JS = Path(sys.prefix) / "node" / "node_modules" / "ical.js" / "dist" / "ical.js"
SETUP = "run `make test` once, which installs it (see .ci/system-packages and the Makefile)"

# A moment as every reader is brought to say it: Unix seconds, or an ISO date.
Moment = int | str | None


@dataclass
class Reading:
    events: dict[str, tuple[Moment, Moment]] = field(default_factory=dict)  # start, end
    todos: dict[str, tuple[Moment, Moment]] = field(default_factory=dict)  # start, due


def moment(value: date | datetime | None) -> Moment:
    if value is None:
        return None
    if isinstance(value, datetime):
        assert value.tzinfo is not None, f"floating time {value}"
        return int(value.timestamp())
    return value.isoformat()


def build_libical_checker(folder: Path) -> Path:
    """Compile libical_check.c against the system's libical."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "libical"],
                           capture_output=True, text=True) if shutil.which("pkg-config") else None
    if compiler is None or flags is None or flags.returncode != 0:
        pytest.fail(f"libical's development files (libical-dev) or a C compiler are missing: "
                    f"{SETUP}.")
    program = folder / "libical_check"
    built = subprocess.run([compiler, "-Wall", "-o", str(program),
                            str(HERE / "libical_check.c"), *flags.stdout.split()],
                           capture_output=True, text=True)
    assert built.returncode == 0, built.stderr
    return program


def _libical_moment(text: str) -> Moment:
    if text == "-":
        return None
    if text.startswith("D:"):
        return f"{text[2:6]}-{text[6:8]}-{text[8:10]}"
    return int(text)


def read_libical(checker: Path, path: Path) -> Reading:
    """libical's parse plus its RFC 5546 restriction tables; any X-LIC-ERROR fails."""
    result = subprocess.run([str(checker), str(path)], capture_output=True, text=True,
                            timeout=60)
    errors = [line for line in result.stdout.splitlines() if line.startswith("ERROR")]
    assert result.returncode == 0 and not errors, "\n".join(errors) or result.stderr
    reading = Reading()
    for line in result.stdout.splitlines():
        kind, uid, start, end = line.split("\t")
        target = reading.events if kind == "EVENT" else reading.todos
        target[uid] = (_libical_moment(start), _libical_moment(end))
    return reading


def read_icaljs(path: Path) -> Reading:
    """ical.js as a calendar client uses it; every event expands to exactly its start."""
    node = shutil.which("node")
    if node is None or not ICAL_JS.is_file():
        pytest.fail(f"node or the ical.js package (in {ICAL_JS.parents[2]}) is missing: "
                    f"{SETUP}.")
    result = subprocess.run([node, str(HERE / "icaljs_check.mjs"), str(ICAL_JS), str(path)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    reading = Reading()
    for e in found["events"]:
        assert e["occurrences"] == [e["start"]], e  # one occurrence, where it starts
        reading.events[e["uid"]] = (e["start"], e["end"])
    for t in found["todos"]:
        assert t["organizer"], t
        reading.todos[t["uid"]] = (t["start"], t["due"])
    return reading


def read_vobject(path: Path) -> Reading:
    """vobject's reader with validation on, then its validate() on the whole calendar."""
    [calendar] = list(vobject.readComponents(path.read_text("utf-8"), validate=True))
    assert calendar.validate(raiseException=True)
    reading = Reading()
    for event in calendar.contents.get("vevent", []):
        reading.events[event.uid.value] = (moment(event.dtstart.value),
                                           moment(event.dtend.value))
    for todo in calendar.contents.get("vtodo", []):
        start = todo.dtstart.value if hasattr(todo, "dtstart") else None
        due = todo.due.value if hasattr(todo, "due") else None
        reading.todos[todo.uid.value] = (moment(start), moment(due))
    return reading


def read_icalendar(path: Path) -> Reading:
    """icalendar 7's checks: Calendar.validate() (PRODID, VERSION, a component at least),
    no parse error on any component, start and end by RFC 5545's rules (``.start`` and
    ``.end`` raise otherwise), every TZID defined, and a lossless jCal round trip."""
    raw = path.read_bytes()
    calendar = Calendar.from_ical(raw)
    calendar.validate()
    assert not [(c.name, c.errors) for c in calendar.walk() if c.errors]
    assert not calendar.get_missing_tzids()
    assert Calendar.from_jcal(calendar.to_jcal()).to_ical() == calendar.to_ical()
    reading = Reading()
    for event in calendar.walk("VEVENT"):
        reading.events[str(event["UID"])] = (moment(event.start), moment(event.end))
    for todo in calendar.walk("VTODO"):
        due = todo.get("DUE")
        reading.todos[str(todo["UID"])] = (moment(todo.start),
                                           moment(due.dt) if due is not None else None)
    return reading
