"""Issued versions survive schema upgrades: a database holding versions (one stored in the
older snapshot schema) is taken back to the versions migration, then upgraded to head past
a later migration that rebuilds the tables versions hang on; every version still opens,
compares and prints as it was issued."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from alembic import command
from pypdf import PdfReader

from delegate_app import config
from delegate_app.db import migrate
from delegate_app.db import revision as schema_revision
from delegate_app.db.engine import make_engine
from delegate_app.domain.version_changes import ChangeKind
from delegate_app.exports.pdf.dossier import dossier_pdf
from delegate_app.services import itinerary, overview, versions
from delegate_app.services.database import Database

LATER = '''
"""a later migration that rebuilds the tables versions point at"""
import sqlalchemy as sa
from alembic import op

revision = "0999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    for table in ("delegation", "itinerary_item"):
        with op.batch_alter_table(table, recreate="always") as batch:
            batch.add_column(sa.Column("colour", sa.String(20), nullable=False,
                                       server_default=""))


def downgrade():
    pass
'''


def _text(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def _as_schema_1(path: Path, number: int) -> None:
    """Store version ``number`` as an older delegate_app wrote it (no internal items yet)."""
    with sqlite3.connect(path) as conn:
        (text,) = conn.execute("SELECT document FROM programme_version WHERE number = ?",
                               (number,)).fetchone()
        doc = json.loads(text)
        for item in doc["programme"]["items"]:
            del item["internal"]
        doc["schema"] = 1
        conn.execute("UPDATE programme_version SET document = ?, schema = 1 WHERE number = ?",
                     (json.dumps(doc), number))


def test_versions_survive_an_upgrade_that_rebuilds_their_tables(
        sample_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "office.sqlite"
    shutil.copy(sample_template, target)
    with Database(str(target)) as db:
        trip = next(d.id for d in overview.list_delegations(db.sessions) if "Tokyo" in d.title)
        versions.issue_version(db.sessions, trip, "First")
        first = itinerary.item_rows(db.sessions, trip)[0]
        itinerary.update_item(db.sessions, first.id, first.version,
                              replace(first.data, title=first.data.title + " (rebooked)"))
        versions.issue_version(db.sessions, trip, "Rebooked")
        printed = _text(dossier_pdf(versions.dossier_of(db.sessions, trip, number=1)))
    _as_schema_1(target, 1)
    engine = make_engine(f"sqlite:///{target}", foreign_keys=False)
    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0011")
    engine.dispose()

    scripts = tmp_path / "migrations"
    shutil.copytree(config.migrations_dir(), scripts)
    (scripts / "versions" / "0999_later.py").write_text(
        LATER.format(head=migrate.head_revision()), encoding="utf-8")
    monkeypatch.setattr(schema_revision, "scripts_dir", lambda: scripts)
    with Database(str(target)) as db:
        assert db.upgrade_report is not None and db.upgrade_report.to_revision == "0999"
        assert [v.note for v in versions.list_versions(db.sessions, trip)] == [
            "First", "Rebooked"]
        old = versions.load_version(db.sessions, trip, 1)
        assert all(not i.internal for i in old.snapshot.programme.items)
        changes = versions.programme_changes(db.sessions, trip, 1, 2).changes
        assert [(c.kind, c.item_id) for c in changes] == [(ChangeKind.TEXT, first.id)]
        assert _text(dossier_pdf(versions.dossier_of(db.sessions, trip, number=1))) == printed
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_delegation_versions_come_through_the_summit_versions_migration(
        sample_template: Path, tmp_path: Path) -> None:
    target = tmp_path / "office.sqlite"
    shutil.copy(sample_template, target)
    with Database(str(target)) as db:
        trip = next(d.id for d in overview.list_delegations(db.sessions) if "Tokyo" in d.title)
        versions.issue_version(db.sessions, trip, "First")
        printed = _text(dossier_pdf(versions.dossier_of(db.sessions, trip, number=1)))
        listed = versions.list_versions(db.sessions, trip)
    engine = make_engine(f"sqlite:///{target}", foreign_keys=False)
    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0012")
    engine.dispose()
    with Database(str(target)) as db:
        assert db.upgrade_report is not None and db.upgrade_report.to_revision == "0013"
        assert versions.list_versions(db.sessions, trip) == listed
        assert _text(dossier_pdf(versions.dossier_of(db.sessions, trip, number=1))) == printed
        summit = overview.list_summits(db.sessions)[0].id
        assert versions.issue_summit_version(db.sessions, summit, "Sessions").number == 1
    with sqlite3.connect(target) as conn:
        with pytest.raises(sqlite3.IntegrityError):  # a version of neither: refused
            conn.execute("UPDATE programme_version SET delegation_id = NULL WHERE number = 1 "
                         "AND summit_id IS NULL")
        with pytest.raises(sqlite3.IntegrityError):  # of both: refused
            conn.execute(f"UPDATE programme_version SET delegation_id = {trip} "
                         "WHERE summit_id IS NOT NULL")


def test_summit_versions_migration_on_postgres(pg_url: str) -> None:
    """Down to 0012 and up again on a real server: delegation versions kept, a summit's
    version issued after, and the CHECK refuses a version of neither or of both."""
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    from delegate_app.services import sample
    from tests.conftest import SAMPLE_TODAY

    with Database(pg_url) as db:
        sample.load_sample_plan(db.sessions, today=SAMPLE_TODAY)
        trip = next(d.id for d in overview.list_delegations(db.sessions) if "Tokyo" in d.title)
        versions.issue_version(db.sessions, trip, "First")
        listed = versions.list_versions(db.sessions, trip)
        with db.engine.begin() as conn:
            command.downgrade(migrate.alembic_config(conn), "0012")
    with Database(pg_url) as db:
        assert db.upgrade_report is not None and db.upgrade_report.to_revision == "0013"
        assert versions.list_versions(db.sessions, trip) == listed
        summit = overview.list_summits(db.sessions)[0].id
        assert versions.issue_summit_version(db.sessions, summit).number == 1
        for sql in ("UPDATE programme_version SET delegation_id = NULL "
                    "WHERE summit_id IS NULL",
                    f"UPDATE programme_version SET delegation_id = {trip} "
                    "WHERE summit_id IS NOT NULL"):
            with pytest.raises(IntegrityError), db.engine.begin() as conn:
                conn.execute(text(sql))
        assert versions.load_version(db.sessions, trip, 1).info.note == "First"
