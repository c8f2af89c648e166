"""Refusals an officer reads, said in the office's language: the sentence from the interface
catalog, the record's own values inserted, numbers in the language's digits; English (and
``str()``, which logs and scripts read) unchanged."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from delegate_app import language
from delegate_app.domain.errors import (
    DatabaseLockedError,
    InUseError,
    NotFoundError,
    StaleEditError,
    ValidationError,
)
from delegate_app.domain.records import CityInput, PersonInput
from delegate_app.services import cities, people
from delegate_app.services.database import Database
from delegate_app.services.failures import explain, field_messages

BUENOS_AIRES = CityInput("Buenos Aires", "AR", "America/Argentina/Buenos_Aires")


@pytest.fixture
def office_language() -> Iterator[None]:
    """Whatever a test chooses, the next one starts in English again."""
    yield
    language.set_language(language.ENGLISH)


def _persian_only(text: str) -> str:
    """The text without the values we inserted, to see that the sentence is Persian."""
    return "".join(ch for ch in text if not ("a" <= ch.lower() <= "z"))


def test_stale_save_is_refused_in_persian_with_the_record_named(db: Database) -> None:
    city_id = cities.create_city(db.sessions, BUENOS_AIRES).id
    cities.update_city(db.sessions, city_id, 1, replace(BUENOS_AIRES, population=3_100_000))
    with pytest.raises(StaleEditError) as caught:
        cities.update_city(db.sessions, city_id, 1, BUENOS_AIRES)
    english = str(caught.value)
    assert english.startswith("This city “Buenos Aires” was changed by someone else at ")
    assert explain(caught.value, "en") == english

    persian = explain(caught.value, "fa")
    assert persian.startswith("این شهر “Buenos Aires” را شخص دیگری در ")
    assert "تغییر شما ذخیره نشد" in persian
    # When it was saved is said in the Persian calendar and digits: no Latin word but the name.
    assert not any("a" <= ch.lower() <= "z" for ch in persian.replace("Buenos Aires", ""))
    spanish = explain(caught.value, "es")
    assert spanish.startswith("Este registro (ciudad) “Buenos Aires” fue modificado por otra "
                              "persona el ")


def test_record_in_use_names_its_users_in_persian_digits(db: Database) -> None:
    city_id = cities.create_city(db.sessions, BUENOS_AIRES).id
    for given in ("Ana", "Jorge"):
        people.create_person(db.sessions, PersonInput(given, "Gómez", city_id=city_id))
    with pytest.raises(InUseError) as caught:
        cities.delete_city(db.sessions, city_id, 1)
    assert str(caught.value).startswith("Buenos Aires is still used by 2 people")

    persian = explain(caught.value, "fa")
    assert "Buenos Aires" in persian  # the city's name as it is written
    assert "۲ شخص" in persian  # the count, in Persian digits, with its Persian noun
    assert "نمی‌توان آن را حذف کرد" in persian
    assert "people" not in persian
    assert "2 personas" in explain(caught.value, "es")


def test_missing_record_in_the_current_language(db: Database, office_language: None) -> None:
    with pytest.raises(NotFoundError) as caught:
        people.update_person(db.sessions, 4242, 1, PersonInput("Ana", "Gómez"))
    language.set_language("es")
    assert explain(caught.value) == ("Este registro (persona) ya no existe; es posible que "
                                     "alguien lo haya eliminado.")
    language.set_language("fa")
    assert explain(caught.value).startswith("این شخص دیگر وجود ندارد")
    assert str(caught.value).startswith("This person no longer exists")  # logs stay English


def test_field_messages_of_a_form_in_persian_with_the_typed_value(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        cities.create_city(db.sessions, CityInput("", "Argentina", "Buenos Aires time"))
    english = caught.value.field_errors
    assert english["time_zone"].startswith("'Buenos Aires time' is not a time zone name")

    persian = field_messages(caught.value, "fa")
    assert set(persian) == set(english)
    assert persian["name"] == "نام شهر را بدهید."
    assert persian["time_zone"].startswith("«Buenos Aires time» نام منطقه زمانی نیست")
    assert all(_persian_only(text).strip() for text in persian.values())
    assert explain(caught.value, "fa") == "; ".join(persian.values())


def test_too_long_text_names_the_field_and_the_limit_in_spanish(db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        cities.create_city(db.sessions, CityInput("B" * 130, "AR",
                                                  "America/Argentina/Buenos_Aires"))
    assert caught.value.field_errors["name"] == (
        "The name is too long (130 characters, at most 120).")
    assert field_messages(caught.value, "es")["name"] == (
        "El nombre: texto demasiado largo (130 caracteres, como máximo 120).")
    assert field_messages(caught.value, "fa")["name"] == (
        "نام بیش از اندازه بلند است (۱۳۰ نویسه؛ حداکثر ۱۲۰).")


def test_database_already_open_is_said_in_persian_with_its_path(db_path: Path) -> None:
    """The lock is a workstation's file's (a shared office has no file to lock): a SQLite
    file, whatever database the other tests run on."""
    with Database(str(db_path)), pytest.raises(DatabaseLockedError) as caught:
        Database(str(db_path)).open()
    assert "already open in delegate_app" in str(caught.value)
    persian = explain(caught.value, "fa")
    assert str(db_path) in persian
    assert "از پیش در delegate_app" in persian and "نخست آن را در آنجا ببندید" in persian


def test_every_translation_keeps_the_placeholders_of_its_sentence() -> None:
    """A translation that lost a {value} would be said in English instead: none may."""
    from delegate_app.domain.wording import Wording

    for tongue in ("fa", "es"):
        for (_, source), forms in language.catalog._catalog(tongue).items():
            if "{" not in source:
                continue
            names = sorted({part.split("}")[0].split(":")[0]
                            for part in source.split("{")[1:]})
            values = {name: 101 + index for index, name in enumerate(names)
                      if name.isidentifier()}
            for form in forms:
                said = Wording(source, values).say(lambda _text, form=form: form)
                assert all(str(value) in said for value in values.values()), (tongue, source)


def test_a_double_booking_is_said_in_persian_with_persian_weekday_and_digits() -> None:
    from datetime import UTC, datetime

    from delegate_app.domain.conflicts import Plan, PlanItem, PlanPerson, find_conflicts
    from delegate_app.domain.enums import ItemKind
    from delegate_app.services.failures import say

    zone = "America/Argentina/Buenos_Aires"
    meeting = PlanItem(1, "Jefe de Gobierno", ItemKind.BILATERAL_MEETING,
                       datetime(2026, 12, 1, 13, 0, tzinfo=UTC),
                       datetime(2026, 12, 1, 14, 0, tzinfo=UTC), zone, zone,
                       participants=frozenset({7}))
    visit = PlanItem(2, "Usina del Arte", ItemKind.SITE_VISIT,
                     datetime(2026, 12, 1, 13, 30, tzinfo=UTC),
                     datetime(2026, 12, 1, 15, 0, tzinfo=UTC), zone, zone,
                     participants=frozenset({7}))
    plan = Plan((meeting, visit), {7: PlanPerson(7, "Alireza Zakani")})
    [conflict] = find_conflicts(plan)
    assert conflict.message == ("Alireza Zakani cannot be in both “Jefe de Gobierno” and "
                                "“Usina del Arte”: they overlap from Tue 10:30 Buenos Aires.")
    assert conflict.wording is not None
    assert say(conflict.wording, "fa") == (
        "Alireza Zakani نمی‌تواند هم در «Jefe de Gobierno» باشد و هم در «Usina del Arte»: "
        "این دو از سه‌شنبه ۱۰:۳۰ Buenos Aires هم‌پوشانی دارند.")
    assert say(conflict.wording, "es").endswith("se superponen desde el mar 10:30 Buenos Aires.")


def test_todays_renewals_read_in_persian_with_the_solar_hijri_day(
        sample_db: Database, office_language: None) -> None:
    from datetime import UTC, datetime

    from delegate_app.services.overview import today_summary

    moment = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    english = [text for _, text in today_summary(sample_db.sessions, moment).renewals]
    language.set_language("fa")
    persian = [text for _, text in today_summary(sample_db.sessions, moment).renewals]
    assert english and len(persian) == len(english)
    [moscow] = [text for text in persian if "Moscow" in text]
    assert "منقضی می‌شود" in moscow
    # The day in the Solar Hijri calendar with Persian digits: no Latin letter but the city.
    assert not any("a" <= ch.lower() <= "z" for ch in moscow.replace("Moscow", ""))
    assert any(ch in "۰۱۲۳۴۵۶۷۸۹" for ch in moscow)


def test_a_moved_item_s_history_reads_in_persian(sample_db: Database,
                                                 office_language: None) -> None:
    from datetime import timedelta

    from delegate_app.services import history, itinerary, overview

    trip = next(d.id for d in overview.list_delegations(sample_db.sessions)
                if "Tokyo" in d.title)
    item = next(r.id for r in itinerary.item_rows(sample_db.sessions, trip)
                if r.data.title == "Courtesy call on the Governor of Tokyo")
    version, data = itinerary.get_item(sample_db.sessions, item)
    sample_db.changes.who = "Sara"
    itinerary.update_item(sample_db.sessions, item, version, replace(
        data, starts_at=data.starts_at + timedelta(minutes=30),
        ends_at=data.ends_at + timedelta(minutes=30)))

    language.set_language("fa")
    [line] = history.record_history(sample_db.sessions, "itinerary_item", item)[:1]
    assert line.what == ("“Courtesy call on the Governor of Tokyo” را از ۱۰:۰۰ به ۱۰:۳۰ منتقل "
                         "کرد (دوشنبه ۲۳ آذر، Tokyo)")
    assert line.sentence.startswith("Sara “Courtesy call")
    assert [c.label for c in line.changes] == ["آغاز", "پایان"]
    assert line.changes[0].after == "دوشنبه ۲۳ آذر ۱۰:۳۰"
    language.set_language("es")
    [line] = history.record_history(sample_db.sessions, "itinerary_item", item)[:1]
    assert line.what == ("trasladó “Courtesy call on the Governor of Tokyo” de las 10:00 a las "
                         "10:30 (lun 14 dic, Tokyo)")
