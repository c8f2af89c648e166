"""The printed documents' catalogs: every text pyside6-lupdate extracts from exports/ is
translated in print_fa.ts and print_es.ts, placeholders kept, plural forms given."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from delegate_app.language.catalog import translations_dir

ROOT = Path(__file__).resolve().parents[2]
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def _messages(path: Path) -> dict[str, list[str]]:
    """source -> its translations (one, or the plural forms), under context delegate_app."""
    found: dict[str, list[str]] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        assert context.findtext("name") == "delegate_app"
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            kind = translation.get("type", "")
            found[message.findtext("source") or ""] = (
                [] if kind in ("unfinished", "obsolete", "vanished") else
                forms or [translation.text or ""])
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    if not LUPDATE.exists():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    target = tmp_path_factory.mktemp("lupdate") / "print.ts"
    sources = sorted(str(p) for p in (ROOT / "delegate_app" / "exports").rglob("*.py"))
    subprocess.run([str(LUPDATE), *sources, "-ts", str(target)], check=True,
                   capture_output=True)
    return _messages(target)


@pytest.mark.parametrize("language", ["fa", "es"])
def test_every_printed_text_is_translated(extracted: dict[str, list[str]],
                                          language: str) -> None:
    assert len(extracted) > 200
    catalog = _messages(translations_dir() / f"print_{language}.ts")
    missing = [s for s in extracted if not any(catalog.get(s, []))]
    assert missing == []


@pytest.mark.parametrize("language, forms", [("fa", 1), ("es", 2)])
def test_translations_keep_placeholders_and_plural_forms(language: str, forms: int) -> None:
    catalog = _messages(translations_dir() / f"print_{language}.ts")
    for source, translated in catalog.items():
        wanted = sorted(re.findall(r"\{\w+\}|%n", source))
        for text in translated:
            assert sorted(re.findall(r"\{\w+\}|%n", text)) == wanted, (source, text)
        if "%n" in source:
            assert len(translated) == forms, source
