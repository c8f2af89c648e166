"""`delegate-app export programme`, run as a user runs it."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from tests.cli.test_cli import demo_id, run


def test_export_the_programme_on_letter_paper(db_path: Path, tmp_path: Path) -> None:
    summit = demo_id(db_path, "summits", "Buenos Aires")
    target = tmp_path / "programme.pdf"
    result = run("--db", str(db_path), "export", "programme", "--summit", summit,
                 "--paper", "letter", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Wrote the programme of “Buenos Aires Mayors Summit 2026")
    reader = PdfReader(target)
    assert round(float(reader.pages[0].mediabox.height)) == 792
    assert "Opening ceremony" in "".join(p.extract_text() for p in reader.pages)


def test_refusals_are_one_line_and_write_nothing(db_path: Path, tmp_path: Path) -> None:
    summit = demo_id(db_path, "summits", "Buenos Aires")
    target = tmp_path / "out.pdf"
    cases = {("--summit", "999"): "There is no summit 999.",
             (): "--summit ID",
             ("--delegation", "1"): "--delegation does not apply",
             ("--summit", summit, "--member", "3"): "--member does not apply",
             ("--summit", summit, "--edition", "host", "--home-time"):
                 "--edition, --home-time do not apply"}
    for args, message in cases.items():
        result = run("--db", str(db_path), "export", "programme", *args, "-o", str(target))
        assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
        assert message in result.stderr
        assert not target.exists()
