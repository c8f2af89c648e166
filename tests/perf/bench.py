"""The benchmark's measuring tools: child processes timed from outside (wall, CPU and peak
memory of that child alone), jobs alternated with their floors, medians and spreads, and
the table printed at the end of `make bench` (and written to build/bench.json)."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PROBES = Path(__file__).with_name("probes")
READY_PREFIX = "delegate-app: window ready in "
GNU_TIME = "/usr/bin/time"  # Debian's "time" package (.ci/system-packages test)


def source() -> Path:
    """Whose delegate_app is measured: this tree, or DELEGATE_APP_BENCH_SOURCE (another
    checkout, e.g. the "before" of a change) — the harness and the offices stay ours."""
    return Path(os.environ.get("DELEGATE_APP_BENCH_SOURCE", ROOT)).resolve()


def child_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": f"{source()}{os.pathsep}{ROOT}",
           "QT_QPA_PLATFORM": "offscreen", **(extra or {})}
    env.pop("PYTHONSTARTUP", None)
    # Children keep their compiled bytecode, as an installed app does (pip compiles it): the
    # warm-up round writes it, the measured rounds read it. With PYTHONDONTWRITEBYTECODE
    # (set in some shells) every run compiled delegate_app's sources again — about 0.4 s
    # of a command's CPU that no user's start pays twice.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


@dataclass(frozen=True)
class Run:
    """One child process: wall seconds (to its ready line if it prints one, else to its
    exit), CPU seconds (user + system, or what its ready line reports), peak RSS in MiB."""

    wall: float
    cpu: float
    rss_mib: float
    stdout: str
    returncode: int


def run_child(args: Sequence[str], env: dict[str, str] | None = None) -> Run:
    """Run ``python args...`` and measure that child alone: CPU by os.wait4 (not
    RUSAGE_CHILDREN, which sums every child ever waited for), peak memory by GNU time
    (a child started from this big process would inherit its high-water mark)."""
    handle, memory = tempfile.mkstemp(suffix=".rss")
    os.close(handle)
    started = time.perf_counter()
    process = subprocess.Popen([GNU_TIME, "-f", "%M", "-o", memory, sys.executable, *args],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=env or child_env(), cwd=source())
    # (in the source's folder: `python -m delegate_app` imports the package of the folder it
    # runs in before PYTHONPATH's, so from ours a "before" source measured our code)
    lines, wall = [], None
    assert process.stdout is not None
    for line in process.stdout:
        lines.append(line)
        if wall is None and line.startswith(READY_PREFIX):
            wall = time.perf_counter() - started
    stderr = process.stderr.read() if process.stderr else ""
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if wall is None:
        wall = time.perf_counter() - started
    if process.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} exited {process.returncode}: {stderr[-2000:]}")
    cpu = usage.ru_utime + usage.ru_stime
    rss_kib = float(Path(memory).read_text().split()[-1])
    os.unlink(memory)
    ready = next((ln for ln in lines if ln.startswith(READY_PREFIX)), None)
    if ready is not None:  # "... in W s wall, C s CPU": CPU until ready, not until exit
        cpu = float(ready.split(",")[1].split()[0])
    return Run(wall, cpu, rss_kib / 1024, "".join(lines), process.returncode)


def alternate(job: Callable[[], float], floor: Callable[[], float], n: int,
              warmup: int = 1) -> tuple[list[float], list[float]]:
    """Job, floor, job, floor...: the machine's load falls on both alike."""
    for _ in range(warmup):
        job(), floor()
    jobs, floors = [], []
    for _ in range(n):
        jobs.append(job())
        floors.append(floor())
    return jobs, floors


@dataclass
class Row:
    """One line of the table: a job beside its floor, in one unit."""

    job: str
    unit: str  # "s wall", "s CPU", "ms", "MiB"
    samples: list[float]
    floor: str = ""
    floor_samples: list[float] = field(default_factory=list)
    goal: str = ""
    goal_ratio: float | None = None  # met when median / floor median <= this
    goal_value: float | None = None  # met when the median <= this (same unit)
    passed: bool | None = None  # a goal that is not a number (what `list` imports)
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def floor_median(self) -> float | None:
        return statistics.median(self.floor_samples) if self.floor_samples else None

    @property
    def ratio(self) -> float | None:
        floor = self.floor_median
        return self.median / floor if floor else None

    @property
    def spread(self) -> str:
        """The job's runs from fastest to slowest, and the floor's likewise."""
        text = f"{min(self.samples):.3g}–{max(self.samples):.3g}"
        if self.floor_samples:
            text += f" / {min(self.floor_samples):.3g}–{max(self.floor_samples):.3g}"
        return text

    @property
    def met(self) -> bool | None:
        checks = []
        if self.goal_ratio is not None and self.ratio is not None:
            checks.append(self.ratio <= self.goal_ratio)
        if self.goal_value is not None:
            checks.append(self.median <= self.goal_value)
        if self.passed is not None:
            checks.append(self.passed)
        return all(checks) if checks else None

    def as_dict(self) -> dict[str, object]:
        return {**asdict(self), "median": self.median, "floor_median": self.floor_median,
                "ratio": self.ratio, "spread": self.spread, "met": self.met}


def table(rows: Sequence[Row]) -> str:
    head = ("Job", "Median", "Floor", "Floor median", "Ratio", "Goal", "Met", "Spread (n)")
    lines = [head]
    for r in rows:
        floor = r.floor_median
        lines.append((
            r.job, f"{r.median:.3g} {r.unit}", r.floor,
            f"{floor:.3g} {r.unit}" if floor is not None else "—",
            f"{r.ratio:.2f}×" if r.ratio is not None else "—", r.goal,
            {True: "yes", False: "NO", None: "—"}[r.met],
            f"{r.spread} ({len(r.samples)})" + (f"  {r.note}" if r.note else "")))
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    return "\n".join("  ".join(v.ljust(w) for v, w in zip(line, widths, strict=True)).rstrip()
                     for line in lines)


def write_json(rows: Sequence[Row], target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps({"source": str(source()), "rows": [r.as_dict() for r in rows]},
                                 indent=2, ensure_ascii=False))


def probe(name: str, *args: str) -> dict[str, Any]:
    """Run a probe script (tests/perf/probes) in its own process; it prints one JSON."""
    run = run_child([str(PROBES / f"{name}.py"), *args])
    return json.loads(run.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]
