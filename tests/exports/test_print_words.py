"""The records' English dates and phrases said again in the reader's words and calendar
(the records, and issued versions, keep them as domain.timefmt wrote them)."""

from __future__ import annotations

from datetime import date

import pytest

from delegate_app.exports.pdf.words import PrintLanguage, label, localise

NEAR = date(2026, 12, 1)
FA, ES = PrintLanguage("fa"), PrintLanguage("es")


@pytest.mark.parametrize("text", ["Version 3 of Tue 1 Dec 2026, 14:00 Tehran",
                                  "19:30 Buenos Aires (UTC-3) (+1 day)", "Sat 15:00 Tehran",
                                  "28 Nov – 3 Dec 2026", "Police 911 · Ambulance 107"])
def test_english_in_the_gregorian_calendar_is_left_as_written(text: str) -> None:
    assert localise(text, PrintLanguage("en"), NEAR) == text


def test_persian_says_versions_ranges_and_days_in_solar_hijri() -> None:
    assert localise("Version 3 of Tue 1 Dec 2026, 14:00 Tehran", FA, NEAR) == (
        "نسخه ۳ مورخ سه‌شنبه ۱۰ آذر ۱۴۰۵، ۱۴:۰۰ Tehran")
    assert localise("28 Nov – 3 Dec 2026", FA, NEAR) == "۷–۱۲ آذر ۱۴۰۵"
    assert localise("19:30 Buenos Aires (UTC-3) (+1 day)", FA, NEAR) == (
        "۱۹:۳۰ Buenos Aires (UTC-3) (۱ روز بعد)")
    # a day written without its year is placed by its weekday
    assert localise("Tue 1 Dec", FA, date(2026, 6, 1)) == "سه‌شنبه ۱۰ آذر"


def test_spanish_says_the_same_in_spanish() -> None:
    assert localise("Draft of Tue 1 Dec 2026", ES, NEAR) == "Borrador del mar 1 dic 2026"
    assert localise("Saturday 5 December 2026", ES, NEAR) == "sábado, 5 de diciembre de 2026"
    assert localise("Sign the MoU, due Tue 1 Dec 2026", ES, NEAR) == (
        "Sign the MoU, vence el mar 1 dic 2026")
    assert localise("Police 911 · Fire and ambulance 119", ES, NEAR) == (
        "Policía 911 · Bomberos y ambulancia 119")
    assert localise("Hotel Street 1 — booking KX 44 (2 rooms)", ES, NEAR) == (
        "Hotel Street 1 — reserva KX 44 (2 rooms)")


def test_an_arrow_between_persian_dates_points_left() -> None:
    moved = localise("Mon 14 Dec, 16:00–18:00 Buenos Aires → Mon 14 Dec, 17:00–19:00 "
                     "Buenos Aires", FA, NEAR)
    assert "←" in moved and "→" not in moved
    assert localise("Tehran → Doha", FA, NEAR) == "Tehran → Doha"  # a Latin route as it is


def test_labels_translate_part_by_part() -> None:
    assert label("Bilateral meeting · internal", FA) == "دیدار دوجانبه · داخلی"
    assert label("Head of delegation", ES) == "Jefe de la delegación"
    assert label("Something typed", ES) == "Something typed"
