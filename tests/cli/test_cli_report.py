"""`delegate-app report commitments`, run as a user runs it."""

from __future__ import annotations

import json
import re
from pathlib import Path

from pypdf import PdfReader

from tests.cli.test_cli import run


def _moscow(db_path: Path) -> str:
    run("--db", str(db_path), "demo")
    cities = json.loads(run("--db", str(db_path), "list", "cities", "--json").stdout)
    return str(next(c["id"] for c in cities if c["name"] == "Moscow"))


def _text(path: Path) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(path).pages))


def test_report_for_a_city_and_for_a_period(db_path: Path, tmp_path: Path) -> None:
    moscow = _moscow(db_path)
    city = run("--db", str(db_path), "report", "commitments", "--city", moscow,
               "-o", str(tmp_path / "moscow.pdf"))
    assert city.returncode == 0, city.stderr
    assert "Commitments with Moscow" in city.stdout and "3 commitments" in city.stdout
    assert "CommitmentswithMoscow" in _text(tmp_path / "moscow.pdf")
    period = run("--db", str(db_path), "report", "commitments", "--from", "2026-01-01",
                 "--to", "2027-12-31", "--paper", "letter", "-o", str(tmp_path / "year.pdf"))
    assert period.returncode == 0, period.stderr
    reader = PdfReader(tmp_path / "year.pdf")
    assert round(float(reader.pages[0].mediabox.height)) == 792
    assert "Commitmentsdue1Jan2026–31Dec2027" in _text(tmp_path / "year.pdf")


def test_bad_input_is_one_line_and_writes_nothing(db_path: Path, tmp_path: Path) -> None:
    moscow = _moscow(db_path)
    target = tmp_path / "out.pdf"
    for args, says in ((["--city", "99999"], "no city"),
                       (["--from", "2026-13-01"], "YYYY-MM-DD"),
                       (["--to", "31/12/2026"], "--to takes a date"),
                       (["--city", moscow, "--from", "2026-12-31", "--to", "2026-11-01"],
                        "ends"),
                       (["--paper", "a3"], "invalid choice"),
                       (["--city", "x"], "invalid int")):
        result = run("--db", str(db_path), "report", "commitments", *args, "-o", str(target))
        assert result.returncode == 2, result.stderr
        assert result.stderr.count("\n") == 1 and says in result.stderr, result.stderr
        assert not target.exists()
