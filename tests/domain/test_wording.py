"""A message keeps its English template and values apart, so it can be said in any language
and still reads, in English, exactly as it always did."""

from __future__ import annotations

from datetime import UTC, date, datetime

from delegate_app.domain.errors import NotFoundError, ValidationError
from delegate_app.domain.wording import QT_TRANSLATE_NOOP, Day, Moment, Wording, joined

GONE = QT_TRANSLATE_NOOP("delegate_app", "The {kind} {name} is gone since {day}.")
SPANISH = {GONE: "El registro ({kind}) {name} ya no existe desde el {day}.",
           "city": "ciudad"}


def spanish(text: str) -> str:
    return SPANISH.get(text, text)


def test_an_error_reads_in_english_and_keeps_its_template_and_values() -> None:
    error = NotFoundError(GONE, kind=Wording("city"), name="Tokyo", day=Day(date(2026, 12, 1)))
    assert str(error) == error.message == "The city Tokyo is gone since 1 Dec 2026."
    assert error.wording.template == GONE
    assert error.wording.say(spanish) == (
        "El registro (ciudad) Tokyo ya no existe desde el 1 Dec 2026.")


def test_a_translation_that_lost_a_placeholder_falls_back_to_english() -> None:
    broken = Wording(GONE, {"kind": "city", "name": "Tokyo", "day": "today"})
    assert broken.say(lambda text: "Gone: {nombre}") == "The city Tokyo is gone since today."


def test_values_are_shown_by_the_caller_and_the_template_text_is_not() -> None:
    words = Wording("{n} of {m:02d} at {when}", {"n": 3, "m": 7,
                                                 "when": Moment(datetime(2026, 12, 1, tzinfo=UTC))})
    shown = words.say(show=lambda value, text: f"[{text}]" if isinstance(value, int) else text)
    assert shown.startswith("[3] of [07] at ")


def test_a_form_keeps_one_wording_per_field_and_reads_them_joined() -> None:
    error = ValidationError({"name": "Give the city a name.",
                             "zone": Wording("'{zone}' is not a zone.", {"zone": "Mars"})})
    assert error.field_errors == {"name": "Give the city a name.", "zone": "'Mars' is not a zone."}
    assert str(error) == "Give the city a name.; 'Mars' is not a zone."
    words = {"Give the city a name.": "Nombre, por favor.", "'{zone}' is not a zone.": "¿{zone}?"}
    said = joined(list(error.field_wordings.values()), " / ").say(lambda t: words.get(t, t))
    assert said == "Nombre, por favor. / ¿Mars?"


def test_a_plain_message_with_braces_is_left_as_written() -> None:
    assert str(NotFoundError("No {placeholder} here")) == "No {placeholder} here"
