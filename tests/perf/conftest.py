"""`make bench`: the offices are made once (cached), every test adds its rows, and the
session ends by printing the table and writing it to build/bench.json."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from . import offices
from .bench import ROOT, Row, table, write_json

ROWS: list[Row] = []


def runs() -> int:
    """How many alternating rounds each job runs (DELEGATE_APP_BENCH_RUNS, default 5)."""
    return int(os.environ.get("DELEGATE_APP_BENCH_RUNS", "5"))


@pytest.fixture(scope="session")
def rows() -> list[Row]:
    return ROWS


@pytest.fixture(scope="session")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bench")


def _copy(source: Path, workdir: Path) -> Path:
    """A copy to run on, so the kept office is never opened for writing."""
    target = workdir / source.name
    if not target.exists():
        shutil.copy(source, target)
    return target


@pytest.fixture(scope="session")
def big(workdir: Path) -> Path:
    return _copy(offices.big_office(), workdir)


@pytest.fixture(scope="session")
def sample_plan(workdir: Path) -> Path:
    return _copy(offices.sample_office(), workdir)


@pytest.fixture(scope="session")
def one_delegation(workdir: Path) -> dict[int, Path]:
    return {n: _copy(offices.one_delegation(n), workdir) for n in offices.ONE_DELEGATION}


@pytest.fixture(scope="session")
def sixty_meetings(workdir: Path) -> Path:
    return _copy(offices.sixty_meetings(), workdir)


@pytest.fixture(scope="session", autouse=True)
def _report() -> Iterator[None]:
    yield
    if ROWS:
        target = Path(os.environ.get("DELEGATE_APP_BENCH_JSON", ROOT / "build" / "bench.json"))
        write_json(ROWS, target)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if ROWS:
        terminalreporter.write_sep("=", "benchmark: medians of alternating runs, job beside floor")
        terminalreporter.write_line(table(ROWS))
