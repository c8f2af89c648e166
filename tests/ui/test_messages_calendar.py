"""Messages made below the window (refusals, sentences said by services) count their days in
the calendar chosen in Settings, not the one the language would choose: Persian with the
Gregorian calendar says "دسامبر", Spanish with the Solar Hijri one says "Azar"."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from delegate_app.domain.errors import StaleEditError
from delegate_app.domain.records import CityInput
from delegate_app.domain.wording import QT_TRANSLATE_NOOP, Day, Moment, Wording
from delegate_app.language.speech import said, say
from delegate_app.services import cities
from delegate_app.services.database import Database
from delegate_app.services.failures import explain
from delegate_app.ui.text import error_text

BUENOS_AIRES = CityInput("Buenos Aires", "AR", "America/Argentina/Buenos_Aires")
DAY = date(2026, 12, 1)  # 10 Azar 1405, 20 Jumada II 1448


def test_a_persian_window_in_the_gregorian_calendar(speak: Callable[..., None]) -> None:
    speak("fa", "gregorian")
    text = said(QT_TRANSLATE_NOOP("delegate_app", "{day}"), day=Day(DAY))
    assert "دسامبر" in text and "۲۰۲۶" in text and "آذر" not in text


def test_a_spanish_window_in_the_solar_hijri_calendar(speak: Callable[..., None]) -> None:
    speak("es", "jalali")
    assert "Azar" in said("{day}", day=Day(DAY)) and "1405" in said("{day}", day=Day(DAY))
    # Another language asked for by name keeps its own calendar.
    words = Wording("{day}", {"day": Day(DAY)})
    assert "آذر" in say(words, "fa") and say(words, "en") == "1 Dec 2026"
    speak("es", "hijri")
    assert "1448" in said("{day}", day=Day(DAY))
    speak("es")  # as the language: Gregorian for Spanish
    assert "dic" in said("{day}", day=Day(DAY))


def test_a_refusal_says_when_in_the_chosen_calendar(
        db: Database, speak: Callable[..., None]) -> None:
    city_id = cities.create_city(db.sessions, BUENOS_AIRES).id
    cities.update_city(db.sessions, city_id, 1, replace(BUENOS_AIRES, population=3_100_000))
    with pytest.raises(StaleEditError) as caught:
        cities.update_city(db.sessions, city_id, 1, BUENOS_AIRES)
    speak("fa", "gregorian")
    shown = error_text(caught.value)
    assert shown == explain(caught.value)
    assert any(month in shown for month in ("دسامبر", "ژانویه", "فوریه", "مارس", "آوریل",
                                           "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر",
                                           "نوامبر")), shown
    speak("fa")  # Solar Hijri, as Persian expects
    moment = Moment(datetime(2026, 12, 1, 12, tzinfo=UTC))
    assert "آذر" in said("{at}", at=moment)
