"""Publishing to a real CalDAV server (Radicale on 127.0.0.1, started by the test run)."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import caldav
import pytest

from delegate_app.domain.enums import ItemKind, ItemStatus
from delegate_app.services import calendars, delegations, itinerary, overview, publishing
from delegate_app.services.database import Database
from tests.conftest import PASSWORD, USER, free_port


def _remote(url: str, name: str) -> dict[str, object]:
    client = caldav.DAVClient(url, username=USER, password=PASSWORD)
    [calendar] = [c for c in client.principal().calendars() if c.get_display_name() == name]
    return {str(e.icalendar_component["UID"]): e.icalendar_component for e in calendar.events()}


def test_publish_then_update_and_cancel(sample_db: Database, radicale: str) -> None:
    trip = next(d.id for d in overview.list_delegations(sample_db.sessions) if "Tokyo" in d.title)
    data = calendars.delegation_calendar(sample_db.sessions, trip)
    first = publishing.publish(data, radicale, USER, PASSWORD)
    assert (first.created, first.updated, first.unchanged) == (len(data.events), 0, 0)
    remote = _remote(radicale, data.name)
    assert set(remote) == {e.uid for e in data.events}
    again = publishing.publish(data, radicale, USER, PASSWORD)
    assert (again.created, again.updated, again.unchanged) == (0, 0, len(data.events))

    rows = itinerary.item_rows(sample_db.sessions, trip)
    meeting = next(r for r in rows if r.data.kind is ItemKind.BILATERAL_MEETING)
    flight = next(r for r in rows if r.data.kind is ItemKind.FLIGHT)
    itinerary.update_item(sample_db.sessions, meeting.id, meeting.version,
                          replace(meeting.data, venue="Legislatura porteña"))
    itinerary.set_item_status(sample_db.sessions, flight.id, flight.version,
                              ItemStatus.CANCELLED)
    third = publishing.publish(calendars.delegation_calendar(sample_db.sessions, trip),
                               radicale, USER, PASSWORD)
    assert (third.created, third.updated) == (0, 2)
    remote = _remote(radicale, data.name)
    assert int(remote[meeting.uid]["SEQUENCE"]) == meeting.sequence + 1
    assert "Legislatura" in str(remote[meeting.uid]["LOCATION"])
    assert str(remote[flight.uid]["STATUS"]) == "CANCELLED"
    assert int(remote[flight.uid]["SEQUENCE"]) == flight.sequence + 1


def test_a_member_cut_goes_to_its_own_calendar(sample_db: Database, radicale: str) -> None:
    trip = next(d.id for d in overview.list_delegations(sample_db.sessions) if "Tokyo" in d.title)
    member = delegations.members_of(sample_db.sessions, trip)[-3].person_id
    data = calendars.delegation_calendar(sample_db.sessions, trip, member,
                                         calendars.Edition.HOST)
    publishing.publish(data, radicale, USER, PASSWORD)
    remote = _remote(radicale, data.name)
    assert set(remote) == {e.uid for e in data.events}
    assert not any("Briefing (internal)" in str(c.get("DESCRIPTION", "")) for c in
                   remote.values())


def test_wrong_password_and_unreachable_server(sample_db: Database, radicale: str,
                                               tmp_path: Path) -> None:
    data = calendars.summit_calendar(sample_db.sessions,
                                     overview.list_summits(sample_db.sessions)[0].id)
    with pytest.raises(publishing.PublishError, match="refused the user name or password"):
        publishing.publish(data, radicale, USER, "wrong")
    with pytest.raises(publishing.PublishError, match="Cannot publish"):
        publishing.publish(data, f"http://127.0.0.1:{free_port()}/", USER, PASSWORD)
    assert publishing.stored_password(radicale, USER) is None or publishing.keyring_available()


def test_publish_from_the_command_line(sample_db: Database, radicale: str) -> None:
    import os

    trip = next(d.id for d in overview.list_delegations(sample_db.sessions) if "Tokyo" in d.title)
    path = str(sample_db.path)
    sample_db.close()  # the command line opens the file itself
    args = [sys.executable, "-m", "delegate_app", "--db", path, "publish", "--delegation",
            str(trip), "--edition", "host", "--server", radicale, "--user", USER,
            "--password-stdin"]
    result = subprocess.run(args, input=PASSWORD + "\n", capture_output=True, text=True,
                            timeout=120, env=os.environ.copy())
    assert result.returncode == 0, result.stderr
    assert "created" in result.stdout and "(programme for our hosts)" in result.stdout
    wrong = subprocess.run(args, input="nope\n", capture_output=True, text=True, timeout=120,
                           env=os.environ.copy())
    assert wrong.returncode == 2 and "refused the user name or password" in wrong.stderr
    silent = subprocess.run(args[:-1], capture_output=True, text=True, timeout=120,
                            stdin=subprocess.DEVNULL, env=os.environ.copy())
    assert silent.returncode == 2 and "No password" in silent.stderr
