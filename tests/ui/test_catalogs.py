"""The interface's catalogs hold every text of the code, and the window finds them: what
`make translations` extracts is what QTranslator is asked for (one context, delegate_app)."""

from __future__ import annotations

import ast
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from delegate_app import language
from delegate_app.ui.text import tr

from .conftest import ROOT, translations_tool


@pytest.mark.parametrize("spoken", ["fa", "es"])
def test_every_text_of_the_interface_is_translated_in_each_catalog(spoken: str) -> None:
    missing = translations_tool().missing(spoken)
    shown = "\n".join(f"  {text!r}" for text in missing[:40])
    assert not missing, (f"{len(missing)} texts of the interface missing or untranslated in "
                         f"interface_{spoken}.ts (run `make translations`, then translate):\n"
                         f"{shown}")


def test_every_translated_text_is_written_where_the_extraction_can_read_it() -> None:
    """tr(variable) cannot be extracted: the text must be a literal in tr(), or marked
    QT_TR_NOOP / QT_TRANSLATE_NOOP where it is written."""
    hidden = []
    for path in sorted((ROOT / "delegate_app" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "tr"):
                first = node.args[0] if node.args else None
                if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                    hidden.append(f"{path.relative_to(ROOT)}:{node.lineno} "
                                  f"{ast.unparse(node)[:70]}")
    assert not hidden, "tr() of a text the extraction cannot see:\n" + "\n".join(hidden)


def test_the_extraction_finds_every_text_the_window_translates() -> None:
    """lupdate reads no further than its own parser: a tr() inside an f-string's braces,
    say, is not extracted and would stay English in every language."""
    written: dict[str, str] = {}
    for path in sorted((ROOT / "delegate_app" / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "tr" and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                written.setdefault(node.args[0].value, f"{path.relative_to(ROOT)}:{node.lineno}")
    extracted = {m.source for m in translations_tool().extract()}
    unseen = sorted(f"{where} {text!r}" for text, where in written.items()
                    if text not in extracted)
    assert not unseen, "texts lupdate does not extract:\n" + "\n".join(unseen)


def test_the_window_asks_for_the_texts_as_the_catalog_files_them(
        tmp_path: Path, qapp: QCoreApplication) -> None:
    """A translation made in the extracted catalog reaches tr() through a real QTranslator
    (and language.translate, which reads the .ts): same context, same text."""
    tool = translations_tool()
    messages = tool.extract()
    today = next(m for m in messages if m.source == "Today")
    catalog = tool.render("fa", messages).replace(
        "<source>Today</source>\n        <translation type=\"unfinished\"></translation>",
        "<source>Today</source>\n        <translation>امروز</translation>")
    assert today and "امروز" in catalog
    source = tmp_path / "interface_fa.ts"
    source.write_text(catalog, encoding="utf-8")
    compiled = tmp_path / "interface_fa.qm"
    subprocess.run([tool.qt_tool("lrelease"), "-silent", str(source), "-qm", str(compiled)],
                   check=True)
    translator = QTranslator()
    assert translator.load(str(compiled))
    QCoreApplication.installTranslator(translator)
    try:
        assert tr("Today") == "امروز"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert tr("Today") == "Today"
    read_back = {key: forms for key, forms in language.catalog._read_catalog(source).items()}
    assert read_back[(language.catalog.DEFAULT_CONTEXT, "Today")] == ("امروز",)


def test_a_word_with_two_senses_is_two_entries_and_the_layers_below_read_the_plain_one(
        tmp_path: Path) -> None:
    """"Open" a delegation (the verb, with a disambiguation) and the status "Open" are two
    catalog entries; services and the window's domain labels read the plain one, in
    whichever order the catalog lists them."""
    senses = [m.comment for m in translations_tool().extract() if m.source == "Open"]
    assert "" in senses and len(senses) == 2
    for order in ((("", "باز"), ("a delegation, in its tab", "باز کردن")),
                  (("a delegation, in its tab", "باز کردن"), ("", "باز"))):
        messages = "".join(
            f"<message><source>Open</source>{f'<comment>{c}</comment>' if c else ''}"
            f"<translation>{t}</translation></message>" for c, t in order)
        path = tmp_path / "interface_fa.ts"
        path.write_text(f"<TS><context><name>delegate_app</name>{messages}</context></TS>",
                        encoding="utf-8")
        assert language.catalog._read_catalog(path)[("delegate_app", "Open")] == ("باز",)
