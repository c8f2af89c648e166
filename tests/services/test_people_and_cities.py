"""Creating, changing and deleting people and cities through the services."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest

from delegate_app.domain.enums import NameOrder
from delegate_app.domain.errors import InUseError, NotFoundError, StaleEditError, ValidationError
from delegate_app.domain.records import CityInput, PersonInput
from delegate_app.services import cities, crud, people, photos
from delegate_app.services.database import Database

BUENOS_AIRES = CityInput("Buenos Aires", "AR", "America/Argentina/Buenos_Aires",
                         latitude=-34.6037, longitude=-58.3816, population=3_075_646)
TOKYO = CityInput("Tokyo", "JP", "Asia/Tokyo", native_name="東京")


def test_city_round_trip_keeps_every_field(db: Database) -> None:
    change = cities.create_city(db.sessions, TOKYO)
    version, data = cities.get_city(db.sessions, change.id)
    assert (version, data) == (1, TOKYO)
    [row] = cities.list_cities(db.sessions)
    assert row.data.native_name == "東京"


def test_duplicate_city_in_the_same_country_is_refused(db: Database) -> None:
    cities.create_city(db.sessions, BUENOS_AIRES)
    with pytest.raises(ValidationError) as caught:
        cities.create_city(db.sessions, CityInput("buenos aires", "ar",
                                                  "America/Argentina/Buenos_Aires"))
    assert "already a city called" in caught.value.field_errors["name"]
    assert len(cities.list_cities(db.sessions)) == 1


def test_invalid_input_changes_nothing(db: Database) -> None:
    with pytest.raises(ValidationError):
        cities.create_city(db.sessions, CityInput("Tehran", "IR", "Iran Standard Time"))
    assert cities.list_cities(db.sessions) == []


def test_stale_edit_is_refused_and_the_newer_save_kept(db: Database) -> None:
    city_id = cities.create_city(db.sessions, BUENOS_AIRES).id
    first = cities.update_city(db.sessions, city_id, 1,
                               CityInput("Buenos Aires", "AR", "America/Argentina/Buenos_Aires",
                                         population=3_100_000))
    assert first.version == 2
    with pytest.raises(StaleEditError, match="changed by someone else"):
        cities.update_city(db.sessions, city_id, 1, TOKYO)
    assert cities.get_city(db.sessions, city_id)[1].population == 3_100_000


def test_city_in_use_cannot_be_deleted(db: Database) -> None:
    city_id = cities.create_city(db.sessions, BUENOS_AIRES).id
    people.create_person(db.sessions, PersonInput("Ana", "Gómez", city_id=city_id))
    with pytest.raises(InUseError, match="Buenos Aires is still used by 1 person"):
        cities.delete_city(db.sessions, city_id, 1)
    assert len(cities.list_cities(db.sessions)) == 1


def test_deleted_person_is_restored_under_the_same_id(db: Database) -> None:
    city_id = cities.create_city(db.sessions, TOKYO).id
    data = PersonInput("Haruka", "Sato", honorific="Ms", native_name="佐藤 遥",
                       name_order=NameOrder.FAMILY_FIRST, city_id=city_id,
                       languages=("ja", "en"), internal_notes="Prefers tea to coffee")
    person_id = people.create_person(db.sessions, data).id
    photos.set_photo(db.sessions, person_id, _png())
    people.update_person(db.sessions, person_id, 2, replace(data, position="Governor"))
    before = people.list_people(db.sessions)
    photo = photos.get_photo(db.sessions, person_id)
    snapshot = people.delete_person(db.sessions, person_id, 3)
    assert people.list_people(db.sessions) == []
    restored = crud.restore(db.sessions, snapshot)
    assert restored.action == "restored" and restored.id == person_id
    [row] = people.list_people(db.sessions)
    assert [row] == before  # every field, and the version, as they were
    assert photos.get_photo(db.sessions, person_id) == photo
    assert row.display_name == "Ms Sato Haruka" and row.city_name == "Tokyo"


def test_person_pointing_at_a_missing_city_is_refused(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        people.create_person(db.sessions, PersonInput("Ana", "Gómez", city_id=999))
    assert "city_id" in caught.value.field_errors


def test_deleting_twice_says_it_is_gone(db: Database) -> None:
    person_id = people.create_person(db.sessions, PersonInput("Ana", "Gómez")).id
    people.delete_person(db.sessions, person_id, 1)
    with pytest.raises(NotFoundError):
        people.delete_person(db.sessions, person_id, 1)


def _png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (64, 64), (10, 20, 30)).save(out, "PNG")
    return out.getvalue()


def test_search_finds_a_persian_name_typed_on_an_arabic_keyboard(sample_db: Database) -> None:
    from delegate_app.services import search

    persian = [h.label for h in search.search(sample_db.sessions, "فراهانی")]
    assert persian, "the sample plan has a Farahani"
    for typed in ("فراهاني", "فراهانى", "فرا\u200cهانی", "فَراهانی"):
        assert [h.label for h in search.search(sample_db.sessions, typed)] == persian, typed


def test_the_people_list_rows_show_what_the_full_rows_hold(sample_db: Database) -> None:
    full = people.list_people(sample_db.sessions)
    shown = people.list_rows(sample_db.sessions)
    assert [r.id for r in shown] == [p.id for p in full]
    assert [(r.version, r.display_name, r.sort_name, r.native_name, r.position,
             r.organisation_name, r.city_name, r.precedence_rank, r.languages)
            for r in shown] == [
        (p.version, p.display_name, p.sort_name, p.data.native_name, p.data.position,
         p.organisation_name, p.city_name, p.data.precedence_rank, p.data.languages)
        for p in full]
