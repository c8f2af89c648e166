"""Run files through the real import services in a process of their own, under a memory
ceiling (setrlimit) and a clock, and say for each: accepted, refused (with the sentence),
crashed (a traceback would have reached the officer) or killed (memory or time ran out).

The worker is ``python -m tests.reliability.bounded DB`` reading one job per line.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parents[2]
MEMORY_CEILING_MIB = 1536  # address space of the worker: Python, SQLAlchemy, Pillow and all


@dataclass(frozen=True)
class Outcome:
    path: str
    kind: str
    outcome: str  # accepted | refused | crashed | killed
    detail: str
    seconds: float
    traced_mib: float  # Python's own allocations during the job (tracemalloc peak)
    rss_mib: float  # the worker's high-water mark after the job

    @property
    def clear(self) -> bool:
        """A preview or a one-line refusal: what the officer should get."""
        return self.outcome == "accepted" or (self.outcome == "refused" and "\n" not in
                                               self.detail and "Traceback" not in self.detail)


def _job(sessions: object, kind: str, path: Path) -> str:
    from delegate_app.services import contacts, dossier, photos  # loaded before the clock

    if kind == "contacts":
        preview = contacts.preview_contacts(sessions, path.read_bytes(), path.name)  # type: ignore[arg-type]
        return (f"{len(preview.created)} new, {len(preview.updated)} updated, "
                f"{len(preview.rejected)} rejected")
    if kind == "photo":
        return f"{len(photos.normalise_photo(path.read_bytes()))} bytes stored"
    return f"{len(dossier.read_emblem(path))} bytes of emblem"


def _worker(db_path: str) -> None:
    from delegate_app.domain.errors import DelegateAppError
    from delegate_app.services import contacts, dossier, photos  # noqa: F401 - warm imports
    from delegate_app.services.database import Database

    with Database(db_path, exclusive=False) as db:
        for line in sys.stdin:
            kind, path = json.loads(line)
            print(json.dumps({"start": path}), flush=True)
            tracemalloc.start()
            started = time.perf_counter()
            try:
                outcome, detail = "accepted", _job(db.sessions, kind, Path(path))
            except DelegateAppError as exc:
                outcome, detail = "refused", exc.message
            except Exception as exc:  # what the officer must never see
                outcome, detail = "crashed", f"{type(exc).__name__}: {exc}"[:300]
            seconds = time.perf_counter() - started
            traced = tracemalloc.get_traced_memory()[1] / 2**20
            tracemalloc.stop()
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(json.dumps({"path": path, "outcome": outcome, "detail": detail,
                              "seconds": seconds, "traced": traced, "rss": rss}), flush=True)


def _ceiling(mib: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (mib * 2**20, mib * 2**20))


def run_files(db_path: Path, jobs: list[tuple[str, Path]], *, memory_mib: int = MEMORY_CEILING_MIB,
              seconds_each: float = 30.0) -> list[Outcome]:
    """Each job through a worker; a worker that dies is replaced for the jobs after it."""
    results: list[Outcome] = []
    pending = list(jobs)
    while pending:
        # Files, not pipes, for the jobs and the errors: a pipe nobody reads stalls the worker.
        jobs_file = tempfile.TemporaryFile("w+")  # noqa: SIM115 - closed below
        jobs_file.write("".join(json.dumps([k, str(p)]) + "\n" for k, p in pending))
        jobs_file.seek(0)
        errors = tempfile.TemporaryFile("w+")  # noqa: SIM115 - closed below
        worker = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.bounded", str(db_path)], cwd=ROOT,
            stdin=jobs_file, stdout=subprocess.PIPE, stderr=errors, text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            preexec_fn=lambda: _ceiling(memory_mib))  # no threads started yet
        with jobs_file, errors:
            done = _collect(worker, errors, pending, seconds_each, results)
        pending = pending[done:]
    return results


def _collect(worker: subprocess.Popen[str], errors: IO[str], pending: list[tuple[str, Path]],
             seconds_each: float, results: list[Outcome]) -> int:
    """Read the worker's answers; returns how many jobs it settled (a killed one included)."""
    import selectors

    assert worker.stdout is not None
    done, started = 0, time.monotonic()
    selector = selectors.DefaultSelector()
    selector.register(worker.stdout, selectors.EVENT_READ)
    while done < len(pending):
        if not selector.select(timeout=max(0.0, seconds_each - (time.monotonic() - started))):
            worker.kill()
            return _killed(worker, errors, pending[done], "time", seconds_each, results, done)
        line = worker.stdout.readline()
        if not line:
            worker.wait()
            return _killed(worker, errors, pending[done], "memory or a crash", 0.0, results,
                           done)
        answer = json.loads(line)
        if "start" in answer:
            started = time.monotonic()
            continue
        kind, _path = pending[done]
        results.append(Outcome(answer["path"], kind, answer["outcome"], answer["detail"],
                               answer["seconds"], answer["traced"], answer["rss"]))
        done += 1
    worker.wait(timeout=30)
    return done


def _killed(worker: subprocess.Popen[str], errors: IO[str], job: tuple[str, Path], why: str,
            seconds: float, results: list[Outcome], done: int) -> int:
    worker.wait()
    errors.seek(0)
    error = errors.read()[-400:]
    results.append(Outcome(str(job[1]), job[0], "killed",
                           f"ran out of {why} (exit {worker.returncode}) {error}", seconds,
                           0.0, 0.0))
    return done + 1


if __name__ == "__main__":
    _worker(sys.argv[1])
