"""`delegate-app export dossier`, run as a user runs it."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from pypdf import PdfReader

from tests.cli.test_cli import demo_id, run


def test_export_both_editions_on_both_papers(db_path: Path, tmp_path: Path) -> None:
    trip = demo_id(db_path, "delegations", "Tokyo")
    emblem = tmp_path / "emblem.png"
    Image.new("RGB", (200, 240), (123, 36, 50)).save(emblem)
    internal = run("--db", str(db_path), "export", "dossier", "--delegation", trip,
                   "--edition", "internal", "--home-time", "--emblem", str(emblem),
                   "-o", str(tmp_path / "internal.pdf"))
    assert internal.returncode == 0, internal.stderr
    host = run("--db", str(db_path), "export", "dossier", "--delegation", trip, "--edition",
               "host", "--paper", "letter", "-o", str(tmp_path / "host.pdf"))
    assert host.returncode == 0, host.stderr
    assert "host dossier" in host.stdout
    a4, letter = (PdfReader(tmp_path / f"{n}.pdf") for n in ("internal", "host"))
    assert round(float(a4.pages[0].mediabox.height)) == 842
    assert round(float(letter.pages[0].mediabox.height)) == 792
    assert a4.pages[0].images and len(a4.pages) > len(letter.pages)


def test_bad_input_is_one_line_and_writes_nothing(db_path: Path, tmp_path: Path) -> None:
    trip = demo_id(db_path, "delegations", "Tokyo")
    target = tmp_path / "out.pdf"
    not_an_image = tmp_path / "emblem.png"
    not_an_image.write_text("hello")
    for args in (["--delegation", "999"], [], ["--delegation", trip, "--emblem",
                                                 str(not_an_image)],
                 ["--delegation", trip, "--emblem", str(tmp_path / "missing.png")]):
        result = run("--db", str(db_path), "export", "dossier", *args, "-o", str(target))
        assert result.returncode == 2 and result.stderr.count("\n") == 1, result.stderr
        assert not target.exists()
    refused = run("--db", str(db_path), "export", "dossier", "--delegation", trip,
                  "--paper", "a3", "-o", str(target))
    assert refused.returncode == 2 and not target.exists()
