"""--language and --calendar on the printed documents' commands, run as a user runs them."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from tests.cli.test_cli import demo_id, run


def _text(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def _outline(path: Path) -> list[str]:
    def walk(items: list[object]) -> list[str]:
        return [t for i in items for t in (walk(i) if isinstance(i, list) else [i.title])]  # type: ignore[attr-defined]
    return walk(PdfReader(path).outline)


def test_a_persian_dossier_and_a_spanish_hijri_host_edition(db_path: Path,
                                                           tmp_path: Path) -> None:
    trip = demo_id(db_path, "delegations", "Tokyo")
    fa, es = tmp_path / "fa.pdf", tmp_path / "es.pdf"
    made = run("--db", str(db_path), "export", "dossier", "--delegation", trip,
               "--language", "fa", "-o", str(fa))
    assert made.returncode == 0, made.stderr
    assert "فهرست مطالب" in _text(fa)
    days = [t for t in _outline(fa) if " — " in t]
    assert days and all("۱۴۰۵" in t and ("آذر" in t or "دی" in t) for t in days)
    made = run("--db", str(db_path), "export", "dossier", "--delegation", trip, "--edition",
               "host", "--language", "es", "--calendar", "hijri", "-o", str(es))
    assert made.returncode == 0, made.stderr
    assert "Índice" in _text(es)
    days = [t for t in _outline(es) if " — " in t]
    assert days and all("1448" in t for t in days)


def test_the_report_programme_and_badges_in_spanish(db_path: Path, tmp_path: Path) -> None:
    trip = demo_id(db_path, "delegations", "Tokyo")
    summit = demo_id(db_path, "summits", "Buenos Aires")
    report, programme, badges = (tmp_path / f"{n}.pdf" for n in ("r", "p", "b"))
    for args, target in (
            (["report", "commitments", "--language", "es"], report),
            (["export", "programme", "--summit", summit, "--language", "es"], programme),
            (["export", "badges", "--delegation", trip, "--language", "es"], badges)):
        made = run("--db", str(db_path), *args, "-o", str(target))
        assert made.returncode == 0, made.stderr
    assert "Informe de compromisos" in PdfReader(report).metadata.subject  # type: ignore[union-attr]
    assert "VENCIDOS" in _text(report) or "Todos los compromisos" in _text(report)
    assert "Programa de la cumbre" in PdfReader(programme).metadata.subject  # type: ignore[union-attr]
    assert "DÍA 1" in _text(programme) and "Página" in _text(programme)
    assert "Credenciales" in _text(badges)


def test_language_options_refused_where_they_do_not_apply(db_path: Path,
                                                          tmp_path: Path) -> None:
    trip = demo_id(db_path, "delegations", "Tokyo")
    target = tmp_path / "out"
    for args in (["export", "ics", "--delegation", trip, "--language", "fa"],
                 ["export", "contacts", "--calendar", "jalali"],
                 ["export", "dossier", "--delegation", trip, "--language", "de"],
                 ["export", "dossier", "--delegation", trip, "--calendar", "julian"]):
        refused = run("--db", str(db_path), *args, "-o", str(target))
        assert refused.returncode == 2, refused.stderr
        assert not target.exists()
    one_line = run("--db", str(db_path), "export", "ics", "--delegation", trip, "--language",
                   "fa", "-o", str(target))
    assert one_line.stderr.count("\n") == 1 and "--language" in one_line.stderr


def test_english_stays_the_default(db_path: Path, tmp_path: Path) -> None:
    trip = demo_id(db_path, "delegations", "Tokyo")
    target = tmp_path / "en.pdf"
    assert run("--db", str(db_path), "export", "dossier", "--delegation", trip, "-o",
               str(target)).returncode == 0
    assert "Contents" in _text(target) and "Page 2 of" in _text(target)
