"""Migration 0006: items of an existing database stay shared; down and up keeps them all."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from alembic import command

from delegate_app.db import migrate
from delegate_app.db.engine import make_engine
from tests.db.test_migrations import revision, url


def _items(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT id, uid, title FROM itinerary_item ORDER BY id").fetchall()


def _columns(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[1] for r in conn.execute("PRAGMA table_info(itinerary_item)")}


def test_items_of_an_older_database_come_up_shared(sample_template: Path,
                                                   tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    shutil.copy(sample_template, path)
    items = _items(path)
    engine = make_engine(url(path), foreign_keys=False)
    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "0005")
    engine.dispose()
    assert revision(path) == "0005" and "internal" not in _columns(path)
    assert _items(path) == items  # the rebuild kept every item and its identity

    report = migrate.upgrade(url(path))
    assert report.from_revision == "0005" and revision(path) == migrate.head_revision()
    assert _items(path) == items
    with sqlite3.connect(path) as conn:
        assert {r[0] for r in conn.execute("SELECT internal FROM itinerary_item")} == {0}
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
