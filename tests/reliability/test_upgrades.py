"""Upgrades from every past revision with the sample office's data in it, on PostgreSQL
(tests/db/test_migrations.py does the same on SQLite): every row survives (issue 13)."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import inspect, text

from delegate_app.db import migrate
from delegate_app.db.engine import make_engine
from delegate_app.services import sample
from delegate_app.services.database import Database
from tests.conftest import SAMPLE_TODAY
from tests.db.test_migrations import past_revisions


def counts(url: str) -> dict[str, int]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            names = [t for t in inspect(conn).get_table_names() if t != "alembic_version"]
            return {t: int(conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one())
                    for t in names}
    finally:
        engine.dispose()


@pytest.mark.parametrize("start", past_revisions())
def test_upgrading_a_filled_postgres_database_keeps_every_row(pg_url: str,
                                                              start: str) -> None:
    with Database(pg_url) as db:
        sample.load_sample_plan(db.sessions, today=SAMPLE_TODAY)
    before = counts(pg_url)
    engine = make_engine(pg_url)
    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), start)
    engine.dispose()
    old = counts(pg_url)
    assert old == {t: n for t, n in before.items() if t in old}
    with Database(pg_url) as db:
        assert db.upgrade_report is not None and db.upgrade_report.from_revision == start
        assert migrate.schema_differences(db.engine) == []
    after = counts(pg_url)
    assert {t: after[t] for t in old} == old
    assert all(after[t] == 0 for t in after if t not in old)
