"""Fill the interface catalogs (Qt Linguist .ts) from the translations kept beside this
script, so a re-extraction (pyside6-lupdate) never loses them.

The translations live in ``.ci/translations/interface/*.json``: each maps an English source
text to ``{"fa": ..., "es": ...}`` (with ``"by_comment"`` for a text the code
disambiguates); a plural text (``%n``) may give a list, one entry per
numerus form (Persian one, Spanish two). Usage:

    python .ci/translations/fill.py [catalog.ts ...] [--check]

Without catalogs it fills ``resources/translations/interface_{fa,es}.ts``. ``--check`` exits
1 when a message of a catalog has no translation or a translation loses a placeholder.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DEFAULT_CATALOGS = [ROOT / "resources/translations/interface_fa.ts",
                    ROOT / "resources/translations/interface_es.ts"]
PLURAL_FORMS = {"fa": 1, "es": 2}
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%\d|<[^<>]+>")


def load_words(folder: Path = HERE / "interface") -> dict[str, dict[str, object]]:
    words: dict[str, dict[str, object]] = {}
    for path in sorted(folder.glob("*.json")):
        for source, entry in json.loads(path.read_text(encoding="utf-8")).items():
            if source in words and words[source] != entry:
                print(f"{path.name}: {source!r} translated twice, differently",
                      file=sys.stderr)
            words[source] = entry
    return words


def language_of(path: Path) -> str:
    return path.stem.rsplit("_", 1)[-1]


def _entry(found: dict[str, object], comment: str, language: str) -> object:
    """The translation of a text, or of its sense named by ``comment`` (a disambiguation:
    ``"by_comment": {"a delegation, in its tab": {"fa": ..., "es": ...}}``)."""
    senses = found.get("by_comment")
    if comment and isinstance(senses, dict) and comment in senses:
        return senses[comment].get(language)
    return found.get(language)


def _forms(entry: object, count: int) -> list[str]:
    forms = entry if isinstance(entry, list) else [entry]
    return [str(forms[min(i, len(forms) - 1)]) for i in range(count)]


def problems_of(source: str, translation: str) -> list[str]:
    """Placeholders, %n and HTML tags the translation lost or invented."""
    wanted = sorted(_PLACEHOLDER.findall(source))
    found = sorted(_PLACEHOLDER.findall(translation))
    if wanted == found:
        return []
    return [f"{source!r}: placeholders {wanted} became {found}"]


def fill(path: Path, words: dict[str, dict[str, object]]) -> tuple[int, int, list[str]]:
    """Fill one catalog in place; (translated, missing, problems)."""
    language = language_of(path)
    tree = ElementTree.parse(path)
    translated = missing = 0
    problems: list[str] = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ElementTree.SubElement(message, "translation")
        if translation.get("type") in ("obsolete", "vanished"):
            continue
        entry = _entry(words.get(source, {}), message.findtext("comment") or "", language)
        if entry is None:
            missing += 1
            if not (translation.text or list(translation)):
                translation.set("type", "unfinished")
            continue
        translated += 1
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            translation.text = None
            for old in list(translation):
                translation.remove(old)
            for form in _forms(entry, PLURAL_FORMS.get(language, 2)):
                ElementTree.SubElement(translation, "numerusform").text = form
                problems += problems_of(source, form)
        else:
            translation.text = _forms(entry, 1)[0]
            problems += problems_of(source, translation.text)
    _write(tree, path)
    return translated, missing, problems


def _extraction() -> ModuleType | None:
    """The project's extraction tool (.ci/translations.py), whose layout the catalogs keep."""
    path = ROOT / ".ci" / "translations.py"
    spec = importlib.util.spec_from_file_location("catalog_tool", path)
    if not path.exists() or spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _write(tree: ElementTree.ElementTree, path: Path) -> None:
    tool = _extraction()
    language = language_of(path)
    if tool is not None and language in tool.LANGUAGES:
        path.write_text(tool.render(language, tool.read(_as_file(tree, path))), encoding="utf-8")
        return
    _write_plain(tree, path)


def _as_file(tree: ElementTree.ElementTree, path: Path) -> Path:
    _write_plain(tree, path)
    return path


def _write_plain(tree: ElementTree.ElementTree, path: Path) -> None:
    ElementTree.indent(tree, space="    ")
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def main(arguments: list[str]) -> int:
    check = "--check" in arguments
    catalogs = [Path(a) for a in arguments if a != "--check"] or DEFAULT_CATALOGS
    words = load_words()
    failed = False
    for path in catalogs:
        translated, missing, problems = fill(path, words)
        print(f"{path.name}: {translated} translated, {missing} missing")
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        failed = failed or bool(missing or problems)
    return 1 if check and failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
