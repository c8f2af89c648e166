"""Publishing to a real CalDAV server (Radicale on 127.0.0.1, started by the test run).

After every publish the collection must hold exactly the cut, read back with a fresh client;
events put there by someone else survive every publish.
"""

from __future__ import annotations

import io
import subprocess
import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import caldav
import keyring
import pytest

from delegate_app.domain.enums import ItemKind, ItemStatus
from delegate_app.exports.ics import CalendarData, calendar_bytes
from delegate_app.services import calendars, delegations, itinerary, overview, publishing
from delegate_app.services.database import Database
from tests.conftest import PASSWORD, USER, free_port
from tests.services.asking_keyring import AskingKeyring
from tests.services.caldav_helpers import add_foreign_event, counting_proxy, remote_events


def _tokyo(db: Database) -> int:
    return next(d.id for d in overview.list_delegations(db.sessions) if "Tokyo" in d.title)


def assert_holds_exactly(url: str, data: CalendarData, foreign: set[str] = frozenset()) -> None:
    """The server's collection has the cut's events (UID, SEQUENCE, STATUS, DTSTART) and,
    besides them, only the foreign events named."""
    remote = remote_events(url, data.name)
    assert set(remote) == {e.uid for e in data.events} | foreign
    for event in data.events:
        mine = remote[event.uid]
        assert mine.marked, event.summary
        assert (mine.sequence, mine.status) == (event.sequence, event.status), event.summary
        start = event.starts_at.astimezone(ZoneInfo(event.start_tz))
        assert mine.start == (start.date() if event.all_day else start), event.summary
    assert not any(remote[uid].marked for uid in foreign)


def test_publish_then_update_and_cancel(sample_db: Database, radicale: str) -> None:
    trip = _tokyo(sample_db)
    data = calendars.delegation_calendar(sample_db.sessions, trip)
    first = publishing.publish(data, radicale, USER, PASSWORD)
    assert (first.created, first.updated, first.removed) == (len(data.events), 0, 0)
    assert_holds_exactly(radicale, data)
    again = publishing.publish(data, radicale, USER, PASSWORD)
    assert (again.created, again.updated, again.unchanged) == (0, 0, len(data.events))

    rows = itinerary.item_rows(sample_db.sessions, trip)
    meeting = next(r for r in rows if r.data.kind is ItemKind.BILATERAL_MEETING)
    flight = next(r for r in rows if r.data.kind is ItemKind.FLIGHT)
    itinerary.update_item(sample_db.sessions, meeting.id, meeting.version,
                          replace(meeting.data, venue="Legislatura porteña"))
    itinerary.set_item_status(sample_db.sessions, flight.id, flight.version,
                              ItemStatus.CANCELLED)
    changed = calendars.delegation_calendar(sample_db.sessions, trip)
    third = publishing.publish(changed, radicale, USER, PASSWORD)
    assert (third.created, third.updated, third.cancelled, third.removed) == (0, 1, 1, 0)
    assert_holds_exactly(radicale, changed)
    remote = remote_events(radicale, data.name)
    assert remote[meeting.uid].sequence == meeting.sequence + 1
    assert remote[flight.uid].status == "CANCELLED"


def test_discarded_item_is_removed_and_a_phone_event_survives(sample_db: Database,
                                                              radicale: str) -> None:
    trip = _tokyo(sample_db)
    data = calendars.delegation_calendar(sample_db.sessions, trip)
    publishing.publish(data, radicale, USER, PASSWORD)
    phone = add_foreign_event(radicale, data.name)
    item = itinerary.item_rows(sample_db.sessions, trip)[3]
    itinerary.discard_item(sample_db.sessions, item.id)

    after = calendars.delegation_calendar(sample_db.sessions, trip)
    report = publishing.publish(after, radicale, USER, PASSWORD)
    assert (report.removed, report.created, report.updated) == (1, 0, 0)
    assert_holds_exactly(radicale, after, foreign={phone})
    assert item.uid not in remote_events(radicale, data.name)
    publishing.publish(after, radicale, USER, PASSWORD)
    assert_holds_exactly(radicale, after, foreign={phone})


def test_member_taken_off_an_item_leaves_that_members_calendar(sample_db: Database,
                                                               radicale: str) -> None:
    trip = _tokyo(sample_db)
    member = delegations.members_of(sample_db.sessions, trip)[1].person_id
    cut = calendars.delegation_calendar(sample_db.sessions, trip, member)
    publishing.publish(cut, radicale, USER, PASSWORD)
    assert_holds_exactly(radicale, cut)
    row = next(r for r in itinerary.item_rows(sample_db.sessions, trip)
               if member in r.data.participants)
    itinerary.update_item(sample_db.sessions, row.id, row.version, replace(
        row.data, participants=tuple(p for p in row.data.participants if p != member)))

    after = calendars.delegation_calendar(sample_db.sessions, trip, member)
    report = publishing.publish(after, radicale, USER, PASSWORD)
    assert report.removed == 1
    assert_holds_exactly(radicale, after)
    assert row.uid not in remote_events(radicale, cut.name)


def test_an_item_absent_from_the_cut_is_removed_and_reappears(sample_db: Database,
                                                              radicale: str) -> None:
    """An item turned internal disappears from the host cut's CalendarData; undone, it
    comes back."""
    data = calendars.delegation_calendar(sample_db.sessions, _tokyo(sample_db),
                                         edition=calendars.Edition.HOST)
    publishing.publish(data, radicale, USER, PASSWORD)
    internal = data.events[5]
    without = replace(data, events=tuple(e for e in data.events if e is not internal))
    assert publishing.publish(without, radicale, USER, PASSWORD).removed == 1
    assert_holds_exactly(radicale, without)
    assert publishing.publish(data, radicale, USER, PASSWORD).created == 1
    assert_holds_exactly(radicale, data)


def test_a_no_change_publish_asks_the_server_once(sample_db: Database, radicale: str) -> None:
    data = calendars.delegation_calendar(sample_db.sessions, _tokyo(sample_db))
    with counting_proxy(radicale) as proxy:
        publishing.publish(data, proxy.url, USER, PASSWORD)
        add_foreign_event(proxy.url, data.name)
        publishing.publish(data, proxy.url, USER, PASSWORD)  # learns the phone's event
        proxy.reset()
        report = publishing.publish(data, proxy.url, USER, PASSWORD)
        assert report.unchanged == len(data.events)
        assert len(proxy.requests) == 1, proxy.requests


def test_a_server_that_gives_no_etag_for_a_put(sample_db: Database, radicale: str) -> None:
    """Without the ETag of what we sent, the next publish reads the events once and trusts
    the fingerprint they carry: nothing is sent again."""
    data = calendars.delegation_calendar(sample_db.sessions, _tokyo(sample_db))
    with counting_proxy(radicale, etag_on_put=False) as proxy:
        publishing.publish(data, proxy.url, USER, PASSWORD)
        proxy.reset()
        report = publishing.publish(data, proxy.url, USER, PASSWORD)
        assert (report.updated, report.unchanged) == (0, len(data.events))
        assert [m for m, _ in proxy.requests] == ["PROPFIND", "REPORT"]
        proxy.reset()
        publishing.publish(data, proxy.url, USER, PASSWORD)
        assert len(proxy.requests) == 1


def test_dry_run_lists_the_plan_and_writes_nothing(sample_db: Database, radicale: str) -> None:
    trip = _tokyo(sample_db)
    data = calendars.delegation_calendar(sample_db.sessions, trip)
    publishing.publish(data, radicale, USER, PASSWORD)
    rows = itinerary.item_rows(sample_db.sessions, trip)
    itinerary.discard_item(sample_db.sessions, rows[0].id)
    itinerary.set_item_status(sample_db.sessions, rows[1].id, rows[1].version,
                              ItemStatus.CANCELLED)
    itinerary.update_item(sample_db.sessions, rows[2].id, rows[2].version,
                          replace(rows[2].data, title="Moved breakfast"))
    after = calendars.delegation_calendar(sample_db.sessions, trip)
    new = replace(after.events[-1], uid="brand-new@delegate-app", summary="Press point",
                  status="CONFIRMED")
    after = replace(after, events=(*after.events, new))

    with counting_proxy(radicale) as proxy:
        plan = publishing.plan_publish(after, proxy.url, USER, PASSWORD)
        assert {m for m, _ in proxy.requests} <= {"PROPFIND", "REPORT"}
        assert [c.uid for c in plan.removed] == [rows[0].uid]
        assert [c.uid for c in plan.cancelled] == [rows[1].uid]
        assert [c.summary for c in plan.updated] == ["Moved breakfast"]
        assert [c.summary for c in plan.created] == ["Press point"]
        assert plan.unchanged == len(data.events) - 3
        text = "\n".join(plan.lines())
        assert "Press point" in text and "Moved breakfast" in text and "Remove" in text
        assert_holds_exactly(radicale, data)  # nothing sent
        report = publishing.apply_plan(plan, after, PASSWORD)
    assert (report.created, report.updated, report.cancelled, report.removed) == (1, 1, 1, 1)
    assert_holds_exactly(radicale, after)


def test_a_publish_that_stops_part_way_finishes_when_run_again(sample_db: Database,
                                                               radicale: str) -> None:
    data = calendars.delegation_calendar(sample_db.sessions, _tokyo(sample_db))
    with counting_proxy(radicale) as proxy:
        plan = publishing.plan_publish(data, proxy.url, USER, PASSWORD)
        proxy.fail_after_next(12)  # make the calendar, then some events, then the server fails
        with pytest.raises(publishing.PublishError) as stopped:
            publishing.apply_plan(plan, data, PASSWORD)
        assert "stopped part-way" in stopped.value.message and "run it again" in \
            stopped.value.message and "\n" not in stopped.value.message
        sent = len(remote_events(radicale, data.name))
        assert 0 < sent < len(data.events)
        proxy.heal()
        report = publishing.publish(data, proxy.url, USER, PASSWORD)
    assert (report.created, report.unchanged) == (len(data.events) - sent, sent)
    assert_holds_exactly(radicale, data)


def test_events_of_an_earlier_version_are_adopted_and_lost_ones_restored(
        sample_db: Database, radicale: str, private_data_dir: Path) -> None:
    """Events put up before they carried our mark (same UIDs) are updated in place; an event
    of ours deleted on the server comes back even though our notes say it is there."""
    data = calendars.delegation_calendar(sample_db.sessions, _tokyo(sample_db))
    client = caldav.DAVClient(radicale, username=USER, password=PASSWORD)
    calendar = client.principal().make_calendar(name=data.name)
    for event in data.events[:3]:
        calendar.save_event(calendar_bytes(replace(data, events=(event,)),
                                           datetime.now(ZoneInfo("UTC"))).decode())
    assert publishing.publish(data, radicale, USER, PASSWORD).updated == 3
    assert_holds_exactly(radicale, data)

    calendar.event_by_uid(data.events[7].uid).delete()
    assert publishing.publish(data, radicale, USER, PASSWORD).created == 1
    assert_holds_exactly(radicale, data)


def test_a_calendar_deleted_on_the_server_is_made_again(sample_db: Database,
                                                        radicale: str) -> None:
    data = calendars.delegation_calendar(sample_db.sessions, _tokyo(sample_db))
    publishing.publish(data, radicale, USER, PASSWORD)
    client = caldav.DAVClient(radicale, username=USER, password=PASSWORD)
    [calendar] = [c for c in client.principal().calendars() if c.get_display_name() == data.name]
    calendar.delete()
    assert publishing.publish(data, radicale, USER, PASSWORD).created == len(data.events)
    assert_holds_exactly(radicale, data)


def test_a_member_cut_goes_to_its_own_calendar(sample_db: Database, radicale: str) -> None:
    trip = _tokyo(sample_db)
    member = delegations.members_of(sample_db.sessions, trip)[-3].person_id
    data = calendars.delegation_calendar(sample_db.sessions, trip, member,
                                         calendars.Edition.HOST)
    publishing.publish(data, radicale, USER, PASSWORD)
    assert_holds_exactly(radicale, data)
    whole = calendars.delegation_calendar(sample_db.sessions, trip)
    publishing.publish(whole, radicale, USER, PASSWORD)
    assert_holds_exactly(radicale, data)  # publishing one cut never touches another


def test_wrong_password_and_unreachable_server(sample_db: Database, radicale: str) -> None:
    data = calendars.summit_calendar(sample_db.sessions,
                                     overview.list_summits(sample_db.sessions)[0].id)
    with pytest.raises(publishing.PublishError, match="refused the user name or password"):
        publishing.publish(data, radicale, USER, "wrong")
    publishing.publish(data, radicale, USER, PASSWORD)
    with pytest.raises(publishing.PublishError, match="refused the user name or password"):
        publishing.publish(data, radicale, USER, "wrong")  # with the calendar remembered
    with pytest.raises(publishing.PublishError, match="Cannot publish"):
        publishing.publish(data, f"http://127.0.0.1:{free_port()}/", USER, PASSWORD)


def test_a_password_pasted_into_the_address_is_never_kept_or_shown(
        sample_db: Database, radicale: str, private_data_dir: Path) -> None:
    data = calendars.summit_calendar(sample_db.sessions,
                                     overview.list_summits(sample_db.sessions)[0].id)
    pasted = radicale.replace("http://", f"http://{USER}:{PASSWORD}@")
    plan = publishing.plan_publish(data, pasted, USER, PASSWORD)
    assert PASSWORD not in "\n".join(plan.lines())
    publishing.apply_plan(plan, data, PASSWORD)
    [notes] = private_data_dir.glob("published-calendars.json")
    assert PASSWORD not in notes.read_text(encoding="utf-8")
    assert notes.stat().st_mode & 0o077 == 0  # readable by the officer's account only
    unreachable = f"http://{USER}:{PASSWORD}@127.0.0.1:{free_port()}/"
    with pytest.raises(publishing.PublishError) as refused:
        publishing.publish(data, unreachable, USER, PASSWORD)
    assert PASSWORD not in refused.value.message


def test_a_keyring_that_asks_for_its_own_password_gives_a_notice(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # no terminal to answer it
    monkeypatch.setattr(keyring.core, "_keyring_backend", AskingKeyring())
    notice = publishing.remember_password("http://cal.example/", USER, PASSWORD)
    assert notice is not None and "keyring" in notice and "\n" not in notice
    assert publishing.stored_password("http://cal.example/", USER) is None


def _cli(where: tuple[Path, int], *extra: str, stdin: str | None = PASSWORD + "\n",
         env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    import os

    args = [sys.executable, "-m", "delegate_app", "--db", str(where[0]), "publish",
            "--delegation", str(where[1]), *extra]
    return subprocess.run(args, input=stdin, capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})},
                          stdin=subprocess.DEVNULL if stdin is None else None)


def test_publish_from_the_command_line(sample_db: Database, radicale: str) -> None:
    db = (sample_db.path or sample_db.url, _tokyo(sample_db))
    sample_db.close()  # the command line opens the file itself
    where = ["--edition", "host", "--server", radicale, "--user", USER]
    dry = _cli(db, *where, "--password-stdin", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Create" in dry.stdout and "nothing was sent" in dry.stdout
    assert not caldav.DAVClient(radicale, username=USER, password=PASSWORD).principal() \
        .calendars()  # a dry run makes no calendar either
    result = _cli(db, *where, "--password-stdin")
    assert result.returncode == 0, result.stderr
    assert "created" in result.stdout and "(programme for our hosts)" in result.stdout
    wrong = _cli(db, *where, "--password-stdin", stdin="nope\n")
    assert wrong.returncode == 2 and "refused the user name or password" in wrong.stderr
    silent = _cli(db, *where, stdin=None)
    assert silent.returncode == 2 and "No password" in silent.stderr


def test_remember_with_a_keyring_that_asks_and_no_terminal(sample_db: Database,
                                                          radicale: str) -> None:
    db = (sample_db.path or sample_db.url, _tokyo(sample_db))
    sample_db.close()
    env = {"PYTHON_KEYRING_BACKEND": "tests.services.asking_keyring.AskingKeyring"}
    where = ["--server", radicale, "--user", USER]
    first = _cli(db, *where, "--password-stdin", "--remember", env=env)
    assert first.returncode == 0 and "Traceback" not in first.stderr, first.stderr
    assert "created" in first.stdout and "keyring" in first.stdout
    again = _cli(db, *where, stdin=None, env=env)
    assert again.returncode == 2 and "Traceback" not in again.stderr, again.stderr
    assert "No password" in again.stderr
    third = _cli(db, *where, "--password-stdin", env=env)
    assert third.returncode == 0 and "unchanged" in third.stdout, third.stderr
