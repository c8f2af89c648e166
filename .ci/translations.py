"""The interface's catalogs: extract the texts from the code, keep the translations, compile.

    python .ci/translations.py update    # resources/translations/interface_{fa,es}.ts
    python .ci/translations.py compile   # ... and their .qm (build products, gitignored)
    python .ci/translations.py missing   # texts of the code a catalog lacks or leaves empty

`make translations` runs update then compile; `make run` and `make test` compile first.

pyside6-lupdate reads every module of delegate_app/ except exports/ (the printed documents
have their own catalog, print_<language>.ts). It recognises `tr("text")` (our ui/text.tr),
`tr("%n items", None, n)` (plural forms), `QT_TR_NOOP("text")` and
`QT_TRANSLATE_NOOP("delegate_app", "text")` for texts marked where they are written and
translated later; the labels of the domain's enumerations are added by listing them
(domain_labels). It gives a bare tr() the enclosing class's name, or "" at module level,
as context; the runtime asks with ONE context, "delegate_app", so every extracted text is
filed under that one context here, and the translations already in the catalog are kept
(matched by text and comment). Texts no longer in the code are dropped.
"""

from __future__ import annotations

import enum
import importlib
import pkgutil
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "delegate_app"
CATALOGS = ROOT / "resources" / "translations"
CONTEXT = "delegate_app"
AREA = "interface"
# Qt's locale names in the catalog header: lrelease takes the plural rules from them.
LANGUAGES = {"fa": "fa_IR", "es": "es_ES"}
NOT_INTERFACE = {"exports", "__pycache__", "_bundled"}


@dataclass
class Message:
    source: str
    comment: str = ""
    numerus: bool = False
    translation: ElementTree.Element | None = None
    notes: list[ElementTree.Element] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str]:
        return (self.source, self.comment)


def qt_tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this interpreter (the venv), else on PATH."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"translations: pyside6-{name} not found (install PySide6)")
    return found


def sources() -> list[str]:
    """The interface's code: the package without the printed documents."""
    return sorted(str(p) for p in PACKAGE.iterdir()
                  if p.name not in NOT_INTERFACE and (p.is_dir() or p.suffix == ".py"))


def extract() -> list[Message]:
    """Every text the code marks for translation, in code order, once each."""
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "extracted.ts"
        subprocess.run([qt_tool("lupdate"), "-extensions", "py", "-recursive",
                        "-locations", "none", "-no-obsolete", "-silent", *sources(),
                        "-ts", str(target)], check=True, capture_output=True)
        messages = read(target)
    unique: dict[tuple[str, str], Message] = {}
    for message in [*messages, *domain_labels()]:
        unique.setdefault(message.key, message)
    return list(unique.values())


def domain_labels() -> list[Message]:
    """The labels of the domain's enumerations ("Bilateral meeting", "Overdue"): made from
    the members' values, so lupdate cannot see them; the window shows them through
    ui.text.translated, services through language.translate."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    domain = importlib.import_module("delegate_app.domain")
    found: dict[str, Message] = {}
    for info in pkgutil.iter_modules(domain.__path__):
        module = importlib.import_module(f"delegate_app.domain.{info.name}")
        for kind in vars(module).values():
            if (isinstance(kind, type) and issubclass(kind, enum.Enum)
                    and kind.__module__ == module.__name__):
                for member in kind:
                    label = getattr(member, "label", None)
                    if isinstance(label, str) and label.strip():
                        found.setdefault(label, Message(source=label))
    return list(found.values())


def read(path: Path) -> list[Message]:
    """The messages of a catalog, whatever context lupdate filed them under."""
    if not path.exists():
        return []
    found = []
    for element in ElementTree.parse(path).getroot().iter("message"):
        translation = element.find("translation")
        found.append(Message(
            source=element.findtext("source") or "", comment=element.findtext("comment") or "",
            numerus=element.get("numerus") == "yes", translation=translation,
            notes=[e for e in element if e.tag in ("translatorcomment", "extracomment")]))
    return found


def catalog_path(language: str) -> Path:
    return CATALOGS / f"{AREA}_{language}.ts"


def update(language: str) -> Path:
    """The catalog of ``language`` with the code's texts now, keeping what was translated."""
    path = catalog_path(language)
    kept = {m.key: m for m in read(path)}
    extracted = extract()
    for message in extracted:
        old = kept.get(message.key)
        if old is not None and old.translation is not None and old.numerus == message.numerus:
            message.translation, message.notes = old.translation, old.notes
    path.write_text(render(language, extracted), encoding="utf-8")
    return path


def render(language: str, messages: list[Message]) -> str:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{LANGUAGES[language]}" sourcelanguage="en">',
             "<context>", f"    <name>{CONTEXT}</name>"]
    for message in messages:
        lines.append('    <message numerus="yes">' if message.numerus else "    <message>")
        lines.append(f"        <source>{_text(message.source)}</source>")
        if message.comment:
            lines.append(f"        <comment>{_text(message.comment)}</comment>")
        for note in message.notes:
            lines.append(f"        <{note.tag}>{_text(note.text or '')}</{note.tag}>")
        lines.extend(_translation(message))
        lines.append("    </message>")
    lines += ["</context>", "</TS>", ""]
    return "\n".join(lines)


def _translation(message: Message) -> list[str]:
    element = message.translation
    kind = element.get("type") if element is not None else "unfinished"
    if element is None or kind in ("obsolete", "vanished"):
        kind, element = "unfinished", None
    opening = f'<translation type="{kind}">' if kind else "<translation>"
    if not message.numerus:
        text = _text(element.text or "") if element is not None else ""
        return [f"        {opening}{text}</translation>"]
    forms = [f.text or "" for f in element.iter("numerusform")] if element is not None else []
    forms = forms or [element.text or "" if element is not None else ""]
    return ([f"        {opening}"]
            + [f"            <numerusform>{_text(form)}</numerusform>" for form in forms]
            + ["        </translation>"])


def _text(value: str) -> str:
    return escape(value, {'"': "&quot;", "'": "&apos;"})


def compile_all() -> list[Path]:
    """Each interface catalog as a .qm beside it, rebuilt when the .ts is newer."""
    built = []
    for language in LANGUAGES:
        source = catalog_path(language)
        target = source.with_suffix(".qm")
        if not source.exists():
            continue
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            subprocess.run([qt_tool("lrelease"), "-silent", str(source), "-qm", str(target)],
                           check=True)
        built.append(target)
    return built


def missing(language: str) -> list[str]:
    """The code's texts that the catalog of ``language`` lacks or has not translated."""
    translated = {m.key for m in read(catalog_path(language)) if _is_translated(m)}
    return [m.source for m in extract() if m.key not in translated]


def _is_translated(message: Message) -> bool:
    element = message.translation
    if element is None or element.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    forms = [f.text for f in element.iter("numerusform")] or [element.text]
    return all(form and form.strip() for form in forms)


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "update"
    if command == "update":
        for language in LANGUAGES:
            print(f"translations: {update(language).relative_to(ROOT)}")
        command = "compile"
    if command == "compile":
        for path in compile_all():
            print(f"translations: {path.relative_to(ROOT)}")
        return 0
    if command == "missing":
        gaps = {language: missing(language) for language in LANGUAGES}
        for language, texts in gaps.items():
            print(f"{language}: {len(texts)} texts missing or untranslated")
            for text in texts:
                print(f"    {text}")
        return 1 if any(gaps.values()) else 0
    print("usage: translations.py [update|compile|missing]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
