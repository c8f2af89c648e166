"""The shared-office setup: the same schema and services on a real PostgreSQL server.

The test run starts its own server (tests/postgres.py, fixtures in tests/conftest.py)."""

from __future__ import annotations

import pytest

from delegate_app.db import migrate
from delegate_app.domain.errors import StaleEditError
from delegate_app.domain.records import CityInput
from delegate_app.services import (
    cities,
    commitments,
    gifts,
    maintenance,
    overview,
    people,
    sample,
)
from delegate_app.services.database import Database
from tests.conftest import SAMPLE_NOW, SAMPLE_TODAY


def test_schema_on_postgres_matches_the_models(pg_url: str) -> None:
    with Database(pg_url) as db:
        assert db.path is None
        assert db.upgrade_report is not None
        assert db.upgrade_report.to_revision == migrate.head_revision()
        assert migrate.schema_differences(db.engine) == []
        result = maintenance.check(db)
        assert result.ok, result.problems


def test_sample_plan_and_lists_on_postgres(pg_url: str) -> None:
    with Database(pg_url) as db:
        sample.load_sample_plan(db.sessions, today=SAMPLE_TODAY)
        assert len(people.list_people(db.sessions)) >= 35
        assert any("Tokyo" in d.title for d in overview.list_delegations(db.sessions))
        assert overview.today_summary(db.sessions, SAMPLE_NOW).overdue
        # the lists read a thousand rows at a time (a server-side cursor on PostgreSQL)
        assert [r.id for r in people.list_rows(db.sessions)] == [
            p.id for p in people.list_people(db.sessions)]
        assert gifts.list_gifts(db.sessions)
        assert commitments.list_commitments(db.sessions, SAMPLE_NOW)
        assert commitments.choices(db.sessions)["people"]


def test_two_workstations_and_a_stale_save(pg_url: str) -> None:
    """Two app instances share the server; the later save of an old version is refused."""
    with Database(pg_url) as first, Database(pg_url) as second:
        city_id = cities.create_city(first.sessions, CityInput(
            "Montevideo", "UY", "America/Montevideo")).id
        cities.update_city(second.sessions, city_id, 1, CityInput(
            "Montevideo", "UY", "America/Montevideo", population=1_319_108))
        with pytest.raises(StaleEditError):
            cities.update_city(first.sessions, city_id, 1, CityInput(
                "Montevideo", "UY", "America/Montevideo", population=1))
        assert cities.get_city(first.sessions, city_id)[1].population == 1_319_108
