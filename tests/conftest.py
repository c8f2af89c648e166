"""Shared fixtures: real SQLite files in tmp_path, a private data folder, the sample plan."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from delegate_app.services import sample
from delegate_app.services.database import Database

# The sample plan is anchored on this Monday; tests load it "as of" this day.
SAMPLE_TODAY = date(2026, 11, 23)


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path_factory: pytest.TempPathFactory,
                     monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep every test away from the real user's data folder and settings."""
    folder = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("DELEGATE_APP_DATA_DIR", str(folder))
    monkeypatch.delenv("DELEGATE_APP_DB", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / "config"))
    return folder


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "office.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = Database(str(db_path)).open()
    yield database
    database.close()


@pytest.fixture(scope="session")
def sample_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample plan loaded once into a file; tests copy it instead of reloading."""
    folder = tmp_path_factory.mktemp("sample")
    path = folder / "sample.sqlite"
    os.environ.setdefault("DELEGATE_APP_DATA_DIR", str(folder))
    with Database(str(path)) as database:
        sample.load_sample_plan(database.sessions, today=SAMPLE_TODAY)
    return path


@pytest.fixture
def sample_db(sample_template: Path, tmp_path: Path) -> Iterator[Database]:
    import shutil

    target = tmp_path / "sample.sqlite"
    shutil.copy(sample_template, target)
    database = Database(str(target)).open()
    yield database
    database.close()
