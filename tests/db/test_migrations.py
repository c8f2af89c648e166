"""Migrations: from empty to head, down and up again, models match, refusals and rollback."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory

from delegate_app import config
from delegate_app.db import migrate
from delegate_app.db.engine import make_engine
from delegate_app.domain.errors import DatabaseError, DatabaseTooNewError
from delegate_app.services.database import Database


def url(path: Path) -> str:
    return f"sqlite:///{path}"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def revision(path: Path) -> str | None:
    with sqlite3.connect(path) as conn:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def test_upgrade_from_empty_reaches_head_and_matches_models(db_path: Path) -> None:
    report = migrate.upgrade(url(db_path))
    assert report.from_revision is None and report.to_revision == migrate.head_revision()
    assert report.backup is None  # nothing to back up in a new file
    engine = make_engine(url(db_path))
    try:
        assert migrate.schema_differences(engine) == []
    finally:
        engine.dispose()
    assert {"person", "city", "itinerary_item", "commitment", "gift"} <= tables(db_path)


def test_downgrade_to_base_and_upgrade_again(db_path: Path) -> None:
    migrate.upgrade(url(db_path))
    engine = make_engine(url(db_path), foreign_keys=False)
    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "base")
    engine.dispose()
    assert tables(db_path) <= {"alembic_version"}
    migrate.upgrade(url(db_path))
    assert revision(db_path) == migrate.head_revision()


def test_newer_database_is_refused_untouched(db_path: Path) -> None:
    migrate.upgrade(url(db_path))
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dcafe9999'")
    before = digest(db_path)
    with pytest.raises(DatabaseTooNewError, match="newer version of delegate_app"):
        Database(str(db_path)).open()
    assert digest(db_path) == before


def test_foreign_database_is_not_touched(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    before = digest(db_path)
    with pytest.raises(DatabaseError, match="another application"):
        Database(str(db_path)).open()
    assert digest(db_path) == before


FAILING = '''
"""a migration that fails half way"""
import sqlalchemy as sa
from alembic import op

revision = "0999"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table("half_done", sa.Column("id", sa.Integer, primary_key=True))
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("nickname", sa.String(40), nullable=False, server_default=""))
    {action}


def downgrade():
    pass
'''


def _with_extra_migration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, action: str) -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(config.migrations_dir(), scripts)
    head = migrate.head_revision()
    (scripts / "versions" / "0999_failing.py").write_text(
        FAILING.format(head=head, action=action), encoding="utf-8")
    monkeypatch.setattr(migrate, "migrations_dir", lambda: scripts)


@pytest.mark.parametrize("action", [
    'raise RuntimeError("disk on fire")',
    'op.execute("INSERT INTO delegation_member (delegation_id, person_id, role, precedence, '
    'version, created_at, updated_at) VALUES (42, 42, \'member\', 1, 1, \'2026-01-01\', '
    '\'2026-01-01\')")',
])
def test_failed_upgrade_rolls_back_whole_and_keeps_a_backup(
        sample_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        action: str) -> None:
    target = tmp_path / "office.sqlite"
    shutil.copy(sample_template, target)
    before_tables, before_rev = tables(target), revision(target)
    _with_extra_migration(tmp_path, monkeypatch, action)
    with pytest.raises(DatabaseError, match=r"Nothing was changed|rolled back"):
        Database(str(target)).open()
    assert tables(target) == before_tables and revision(target) == before_rev
    with sqlite3.connect(target) as conn:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(person)")}
        people = conn.execute("SELECT count(*) FROM person").fetchone()[0]
    assert "nickname" not in columns and people > 30
    backups = list((tmp_path / "backups").glob("office-*-before-0999.sqlite"))
    assert len(backups) == 1 and revision(backups[0]) == before_rev


def test_successful_upgrade_backs_up_first(sample_template: Path, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "office.sqlite"
    shutil.copy(sample_template, target)
    head = migrate.head_revision()
    _with_extra_migration(tmp_path, monkeypatch, "pass")
    with Database(str(target)) as database:
        assert database.upgrade_report is not None
        assert database.upgrade_report.backup is not None
        assert revision(database.upgrade_report.backup) == head
    assert revision(target) == "0999"
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("SELECT count(*) FROM delegation_member").fetchone()[0] > 5


def counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name <> 'alembic_version'")]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


def past_revisions() -> list[str]:
    """Every revision before head, oldest first: an office may still be at any of them."""
    script = ScriptDirectory.from_config(migrate.alembic_config())
    return [r.revision for r in script.walk_revisions()][1:][::-1]


@pytest.mark.parametrize("start", past_revisions())
def test_upgrading_a_filled_database_keeps_every_row(sample_template: Path, tmp_path: Path,
                                                     start: str) -> None:
    """Table rebuilds must not cascade-delete child rows (participants of items, ...)."""
    target = tmp_path / "office.sqlite"
    shutil.copy(sample_template, target)
    before = counts(target)
    engine = make_engine(url(target), foreign_keys=False)
    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), start)
    engine.dispose()
    assert revision(target) == start
    old = counts(target)
    assert old == {t: n for t, n in before.items() if t in old}  # newer tables are empty
    with Database(str(target)) as database:
        assert database.upgrade_report is not None and database.upgrade_report.changed
    assert revision(target) == migrate.head_revision()
    # Every row of the tables the old schema had survives; tables the downgrade dropped
    # (commitment history, positions held) come back empty.
    after = counts(target)
    assert {t: after[t] for t in old} == old
    assert all(after[t] == 0 for t in after if t not in old)


def test_the_migration_files_name_the_head_and_revisions_alembic_finds(db_path: Path) -> None:
    """An open of a current database reads them without Alembic: they must agree with it."""
    script = ScriptDirectory.from_config(migrate.alembic_config())
    revisions, head = migrate.listed_revisions()
    assert head == script.get_current_head()
    assert revisions == {r.revision for r in script.walk_revisions()}
    migrate.upgrade(url(db_path))
    engine = make_engine(url(db_path))
    try:
        assert migrate.current_revision(engine) == head
    finally:
        engine.dispose()
