"""Mutated contact files (vCard, CSV, Excel) and images through the real import services, in
a worker with a memory ceiling: each gives a preview or a one-line refusal, within a time
and a memory bound, and the database is unchanged (issue 13, the reliability suite).

A short run is part of `make test`; `make reliability` runs thousands of files.
"""

from __future__ import annotations

import hashlib
import io
import random
import shutil
import sqlite3
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from delegate_app.services import contacts
from delegate_app.services.database import Database
from tests.reliability import hostile_files as hostile
from tests.reliability.bounded import Outcome, run_files
from tests.reliability.long_runs import only_when_asked, report  # noqa: F401 - a fixture

# vobject takes about a millisecond a card, several under tracemalloc on a busy machine: a
# file of thousands of cards takes seconds. The bound is what no file may ever pass.
SECONDS_EACH = 30.0
TRACED_MIB = 256.0
RSS_MIB = 1024.0


def _seeds(database: Path, folder: Path) -> dict[str, list[bytes]]:
    """Honest files to start from: our own exports of the sample office, and photos."""
    with Database(str(database), exclusive=False) as db:
        exported = {fmt: folder / f"people.{fmt}" for fmt in ("csv", "xlsx", "vcf")}
        for fmt, path in exported.items():
            contacts.export_contacts(db.sessions, fmt, path)
    photos = []
    for fmt, size in (("PNG", (240, 180)), ("JPEG", (320, 200)), ("GIF", (64, 64))):
        out = io.BytesIO()
        Image.new("RGB", size, (31, 78, 121)).save(out, fmt)
        photos.append(out.getvalue())
    return {"csv": [exported["csv"].read_bytes(), hostile.csv_rows(50)],
            "xlsx": [exported["xlsx"].read_bytes()],
            "vcf": [exported["vcf"].read_bytes(), hostile.vcard(20)],
            "png": photos}


def _bytes_mutation(raw: bytes, rng: random.Random) -> bytes:
    data = bytearray(raw)
    for _ in range(rng.randint(1, 4)):
        where = rng.randrange(max(len(data), 1))
        action = rng.randrange(6)
        if action == 0:  # flip a few bytes
            for _ in range(rng.randint(1, 16)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        elif action == 1:  # cut the rest off
            del data[where:]
        elif action == 2:  # a slice repeated many times: long fields, many rows
            piece = bytes(data[where:where + rng.randint(1, 200)]) or b"x"
            data[where:where] = piece * rng.choice((2, 50, 2000, 20000))
        elif action == 3:  # bytes text files must survive
            data[where:where] = rng.choice((b"\r", b"\x00", b'"', b"\xff\xfe", b"=cmd|' /C",
                                            b";;;;;;;;", b"\r\n ", b"BEGIN:VCARD\r\n",
                                            b"\xe2\x80\xa8", b"9" * 5000))
        elif action == 4:
            del data[where:where + rng.randint(1, 400)]
        else:
            data[where:where] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 64)))
        if not data:
            data = bytearray(b"x")
    return bytes(data[:11 * 2**20])


def _xlsx_mutation(raw: bytes, rng: random.Random) -> bytes:
    """Mutate the XML inside the workbook and pack it again (a raw mutation only finds the
    zip's checksums)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as source, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        names = source.namelist()
        victim = rng.choice([n for n in names if n.endswith(".xml")])
        for name in names:
            data = source.read(name)
            if name == victim or rng.random() < 0.1:
                data = _bytes_mutation(data, rng)
            target.writestr(name, data)
    return out.getvalue()


def _png_mutation(raw: bytes, rng: random.Random) -> bytes:
    if rng.random() < 0.3:  # an honest header that claims a huge image
        return hostile.png(rng.choice((1, 9_000, 30_000)), rng.choice((1, 9_000, 30_000)))
    return _bytes_mutation(raw, rng)


MUTATORS: dict[str, tuple[str, str, Callable[[bytes, random.Random], bytes]]] = {
    "csv": ("contacts", "csv", _bytes_mutation),
    "xlsx": ("contacts", "xlsx", lambda raw, rng: _xlsx_mutation(raw, rng) if rng.random() < 0.8
             else _bytes_mutation(raw, rng)),
    "vcf": ("contacts", "vcf", _bytes_mutation),
    "png": ("photo", "png", _png_mutation),
}


def fuzz(database: Path, folder: Path, per_kind: int, seed: int) -> list[Outcome]:
    rng = random.Random(seed)
    seeds = _seeds(database, folder)
    jobs: list[tuple[str, Path]] = []
    for kind, (service, suffix, mutate) in MUTATORS.items():
        for n in range(per_kind):
            path = folder / f"{kind}-{n:05}.{suffix}"
            path.write_bytes(mutate(rng.choice(seeds[kind]), rng))
            jobs.append((service if n % 4 or kind != "png" else "emblem", path))
    return run_files(database, jobs, seconds_each=SECONDS_EACH * 3)


def digest(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return hashlib.sha256(repr([conn.execute(f'SELECT * FROM "{t}"').fetchall() for (t,) in
                                    conn.execute("SELECT name FROM sqlite_master WHERE "
                                                 "type='table' ORDER BY name")]).encode()
                              ).hexdigest()


def check_and_report(outcomes: list[Outcome], per_kind: int) -> None:
    tally = Counter((Path(o.path).suffix, o.outcome) for o in outcomes)
    report(f"fuzzed {per_kind} files per kind: " + ", ".join(
        f"{suffix} {outcome} {count}" for (suffix, outcome), count in sorted(tally.items())))
    accepted = [o for o in outcomes if o.outcome == "accepted"]
    slowest = max(outcomes, key=lambda o: o.seconds)
    report(f"slowest: {Path(slowest.path).name} {slowest.seconds:.2f} s ({slowest.outcome}); "
           f"largest accepted: " + (max(
               (f"{Path(o.path).name} {Path(o.path).stat().st_size:,} bytes" for o in accepted),
               key=lambda t: int(t.split()[1].replace(",", ""))) if accepted else "none"))
    report(f"peak Python memory of one file {max(o.traced_mib for o in outcomes):.0f} MiB, "
           f"worker high-water mark {max(o.rss_mib for o in outcomes):.0f} MiB")
    unclear = [o for o in outcomes if not o.clear]
    assert not unclear, unclear[:5]
    assert all(o.seconds < SECONDS_EACH for o in outcomes), slowest
    assert all(o.traced_mib < TRACED_MIB and o.rss_mib < RSS_MIB for o in outcomes)
    assert {Path(o.path).suffix for o in accepted} >= {".csv", ".vcf", ".png"}


def _office(sample_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "office.sqlite"
    shutil.copy(sample_template, target)
    return target


def test_fuzzed_contact_files_and_images(sample_template: Path, tmp_path: Path) -> None:
    database = _office(sample_template, tmp_path)
    before = digest(database)
    outcomes = fuzz(database, tmp_path, 30, seed=13)
    check_and_report(outcomes, 30)
    assert digest(database) == before


@pytest.mark.long
@pytest.mark.timeout(4 * 3600)
@pytest.mark.usefixtures("only_when_asked")
def test_long_fuzz(sample_template: Path, tmp_path: Path) -> None:
    database = _office(sample_template, tmp_path)
    before = digest(database)
    outcomes = fuzz(database, tmp_path, 1000, seed=2026)
    check_and_report(outcomes, 1000)
    assert digest(database) == before
