"""Refusals made below the window (versions, badges, summits, the office database) carry a
Wording, so ``explain`` says them in the office's language; no module below the window
raises an officer's error with a plain English sentence."""

from __future__ import annotations

import ast
from pathlib import Path
from types import SimpleNamespace

import pytest

from delegate_app.db import engine
from delegate_app.domain.errors import DelegateAppError, NotFoundError, ValidationError
from delegate_app.domain.follow_up import NOTE_MAX, OutcomeInput, validate_outcome
from delegate_app.domain.name_cards import Part
from delegate_app.domain.versions import VersionPerson, from_document
from delegate_app.services.database import Database
from delegate_app.services.failures import explain, field_messages
from delegate_app.services.office.saving import last_save
from delegate_app.services.versions.badges import badges_of
from delegate_app.services.versions.summits import summit_sessions_of

PACKAGE = Path(__file__).resolve().parents[2] / "delegate_app"
# The `office` commands speak to IT on the command line (roles, passwords, --head): they
# never reach the window, and stay English as the rest of the command line does.
COMMAND_LINE_ONLY = {"services/office/officers.py", "domain/office.py"}
# Python's own errors (a programming mistake, a bad argument) are no refusal to the officer.
PYTHONS = {"ValueError", "TypeError", "KeyError", "AssertionError", "RuntimeError",
           "NotImplementedError", "FileNotFoundError", "OSError", "SystemExit"}


def _plain(node: ast.expr) -> bool:
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str) and bool(node.value))


def _gathered(node: ast.AST) -> list[ast.expr]:
    """Messages put into a form's ``errors`` before it is refused: ``errors[f] = "…"`` and
    ``errors = {f: "…" for f in …}``."""
    if not isinstance(node, ast.Assign) or len(node.targets) != 1:
        return []
    target = node.targets[0]
    if isinstance(target, ast.Subscript) and getattr(target.value, "id", "") == "errors":
        return [node.value]
    if getattr(target, "id", "") == "errors" and isinstance(node.value, ast.DictComp):
        return [node.value.value]
    return []


def plain_refusals() -> list[str]:
    """Where an officer's error is made from a plain sentence instead of a marked template."""
    found = []
    for folder in ("domain", "services", "db", "imports"):
        for path in sorted((PACKAGE / folder).rglob("*.py")):
            where = path.relative_to(PACKAGE).as_posix()
            if where in COMMAND_LINE_ONLY:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            constants = {target.id: node.value for node in tree.body
                         if isinstance(node, ast.Assign) and _plain(node.value)
                         for target in node.targets if isinstance(target, ast.Name)}
            for node in ast.walk(tree):
                found += [f"{where}:{node.lineno}: {ast.unparse(v)[:70]}"
                          for v in _gathered(node) if _plain(v)]
                if not isinstance(node, ast.Call) or not node.args:
                    continue
                name = getattr(node.func, "id", getattr(node.func, "attr", ""))
                if not name.endswith("Error") or name in PYTHONS:
                    continue
                first = node.args[0]
                if isinstance(first, ast.Name) and first.id in constants:
                    first = constants[first.id]  # a sentence kept in a module constant
                values = first.values if isinstance(first, ast.Dict) else [first]
                found += [f"{where}:{node.lineno}: {ast.unparse(v)[:70]}"
                          for v in values if v is not None and _plain(v)]
    return found


def test_no_refusal_below_the_window_is_a_plain_english_sentence() -> None:
    left = plain_refusals()
    assert not left, "\n".join(left)


def _in_each_language(error: DelegateAppError, persian: str, spanish: str) -> None:
    english = str(error)
    assert explain(error, "en") == english
    assert persian in explain(error, "fa"), explain(error, "fa")
    assert spanish in explain(error, "es"), explain(error, "es")


def test_a_versions_badges_are_refused_in_the_language(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        badges_of(db.sessions, 1, 1, {Part.SEATING})
    _in_each_language(caught.value, "نقشه چیدمان", "plan de mesa")
    with pytest.raises(ValidationError) as caught:
        badges_of(db.sessions, 1, 1, set())
    _in_each_language(caught.value, "کارت", "credenciales")


def test_a_missing_summit_or_record_is_said_in_the_language(db: Database) -> None:
    with db.sessions() as session, pytest.raises(NotFoundError) as caught:
        summit_sessions_of(session, 404)
    _in_each_language(caught.value, "۴۰۴", "404")
    assert "اجلاس" in explain(caught.value, "fa")
    with pytest.raises(NotFoundError) as caught:
        last_save(db.sessions, "person", 404)
    _in_each_language(caught.value, "وجود ندارد", "ya no existe")


def test_a_refused_sign_in_is_said_in_the_language() -> None:
    server = SimpleNamespace(url=SimpleNamespace(username="nadia"))
    with pytest.raises(DelegateAppError) as caught:
        engine._refused_sign_in('FATAL:  password authentication failed for user "nadia"',
                                server)
    _in_each_language(caught.value, "nadia", "nadia")
    assert "گذرواژه" in explain(caught.value, "fa")
    with pytest.raises(DelegateAppError) as caught:
        engine._refused_sign_in("FATAL:  too many connections for role", server)
    assert "too many connections" in explain(caught.value, "fa")  # the server's own words
    assert "nadia" in explain(caught.value, "es") and "rechaz" in explain(caught.value, "es")


def test_a_damaged_version_is_said_in_the_language() -> None:
    with pytest.raises(DelegateAppError) as caught:
        from_document(VersionPerson, {"id": 1}, "version.people[0]")
    _in_each_language(caught.value, "نسخه", "versión")


def test_a_meetings_outcome_too_long_is_said_in_the_language() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_outcome(OutcomeInput(summary="x" * (NOTE_MAX + 1)))
    assert field_messages(caught.value, "es") == {"summary": "Este texto es demasiado largo."}
    assert field_messages(caught.value, "fa") == {"summary": "این متن بیش از اندازه بلند است."}
