from __future__ import annotations

import pytest

from delegate_app.domain.errors import ValidationError
from delegate_app.domain.records import CityInput, PersonInput
from delegate_app.domain.validation import parse_languages, validate_city, validate_person


def test_city_input_is_cleaned() -> None:
    city = validate_city(CityInput("  Buenos Aires ", " ar", "America/Argentina/Buenos_Aires"))
    assert (city.name, city.country_code) == ("Buenos Aires", "AR")


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (CityInput("", "AR", "America/Argentina/Buenos_Aires"), "name"),
        (CityInput("Tehran", "IRN", "Asia/Tehran"), "country_code"),
        (CityInput("Tehran", "IR", "Iran Standard Time"), "time_zone"),
        (CityInput("Tehran", "IR", "+03:30"), "time_zone"),
        (CityInput("Tehran", "IR", "Asia/Tehran", latitude=35.7), "latitude"),
        (CityInput("Tehran", "IR", "Asia/Tehran", latitude=95, longitude=51), "latitude"),
        (CityInput("Tehran", "IR", "Asia/Tehran", latitude=35, longitude=191), "longitude"),
        (CityInput("Tehran", "IR", "Asia/Tehran", population=-1), "population"),
    ],
)
def test_city_errors_name_the_field(data: CityInput, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_city(data)
    assert field in caught.value.field_errors
    assert caught.value.field_errors[field].endswith(".")


def test_time_zone_message_suggests_an_iana_name() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_city(CityInput("Tehran", "IR", "Iran Standard Time"))
    assert "Asia/Tehran" in caught.value.field_errors["time_zone"]


def test_person_needs_a_name() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_person(PersonInput("  ", ""))
    assert "family_name" in caught.value.field_errors


def test_person_checks_email_rank_and_languages() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_person(PersonInput("Reza", "Karimi", email="reza@", precedence_rank=0,
                                    languages=("fa", "Persian")))
    assert set(caught.value.field_errors) == {"email", "precedence_rank", "languages"}


def test_person_single_name_is_allowed_and_trimmed() -> None:
    person = validate_person(PersonInput("", " Sukarno ", email=" s@x.example "))
    assert (person.family_name, person.email) == ("Sukarno", "s@x.example")


def test_parse_languages_keeps_order_and_drops_duplicates() -> None:
    assert parse_languages("FA, en;es  en") == ("fa", "en", "es")
