"""How big a reliability run is: a short one in `make test`, a long one with `make reliability`
(tests marked ``long``, which skip unless ``-m long`` asks for them)."""

from __future__ import annotations

import pytest


def long_run_asked(config: pytest.Config) -> bool:
    return "long" in (config.getoption("markexpr") or "") and "not long" not in (
        config.getoption("markexpr") or "")


@pytest.fixture
def only_when_asked(request: pytest.FixtureRequest) -> None:
    """Long runs take minutes: they run when asked for (``make reliability``), not in
    every `pytest -m "not perf"`."""
    if not long_run_asked(request.config):
        pytest.skip("a long reliability run: `make reliability` runs it")


def report(line: str) -> None:
    """A figure of the run, printed so `pytest -s` (and `make reliability`) shows it."""
    print(f"\n[reliability] {line}")
