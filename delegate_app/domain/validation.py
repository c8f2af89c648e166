"""Rules an input must satisfy before it is saved, with messages for the officer."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import time, timedelta

from .errors import ValidationError
from .records import (
    CityInput,
    DelegationInput,
    GiftInput,
    ItemInput,
    OrganisationInput,
    PartnershipInput,
    PersonInput,
    SessionInput,
    SummitInput,
)
from .timefmt import is_valid_zone, starts_a_day, to_local
from .wording import QT_TRANSLATE_NOOP, Wording

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")

NAME_MAX = 120
TEXT_MAX = 20_000


# The names of the fields a length refusal names, listed so the catalog has them.
FIELD_NAMES = (
    QT_TRANSLATE_NOOP("delegate_app", "The name"),
    QT_TRANSLATE_NOOP("delegate_app", "The native name"),
    QT_TRANSLATE_NOOP("delegate_app", "The notes"),
    QT_TRANSLATE_NOOP("delegate_app", "The given name"),
    QT_TRANSLATE_NOOP("delegate_app", "The family name"),
    QT_TRANSLATE_NOOP("delegate_app", "The native-script name"),
    QT_TRANSLATE_NOOP("delegate_app", "The honorific"),
    QT_TRANSLATE_NOOP("delegate_app", "The position"),
    QT_TRANSLATE_NOOP("delegate_app", "The text"),
    QT_TRANSLATE_NOOP("delegate_app", "The title"),
    QT_TRANSLATE_NOOP("delegate_app", "The venue"),
    QT_TRANSLATE_NOOP("delegate_app", "The address"),
    QT_TRANSLATE_NOOP("delegate_app", "The carrier"),
    QT_TRANSLATE_NOOP("delegate_app", "The flight or train number"),
    QT_TRANSLATE_NOOP("delegate_app", "The language pair"),
    QT_TRANSLATE_NOOP("delegate_app", "The dress code"),
    QT_TRANSLATE_NOOP("delegate_app", "The booking reference"),
    QT_TRANSLATE_NOOP("delegate_app", "The description"),
    QT_TRANSLATE_NOOP("delegate_app", "The briefing"),
    QT_TRANSLATE_NOOP("delegate_app", "The talking points"),
    QT_TRANSLATE_NOOP("delegate_app", "The acronym"),
)


def _check_length(errors: dict[str, str | Wording], field: str, value: str, limit: int,
                  label: str) -> None:
    if len(value) > limit:
        errors[field] = Wording(QT_TRANSLATE_NOOP(
            "delegate_app", "{label} is too long ({count} characters, at most {limit})."),
            {"label": Wording(label), "count": len(value), "limit": limit})


def validate_city(data: CityInput) -> CityInput:
    """Return the cleaned input, or raise ValidationError naming each wrong field."""
    errors: dict[str, str | Wording] = {}
    name = data.name.strip()
    code = data.country_code.strip().upper()
    zone = data.time_zone.strip()
    if not name:
        errors["name"] = QT_TRANSLATE_NOOP("delegate_app", "Give the city a name.")
    _check_length(errors, "name", name, NAME_MAX, "The name")
    _check_length(errors, "native_name", data.native_name.strip(), NAME_MAX, "The native name")
    if not _COUNTRY.match(code):
        errors["country_code"] = QT_TRANSLATE_NOOP(
            "delegate_app", "Use the two-letter country code, e.g. AR for Argentina.")
    if not is_valid_zone(zone):
        errors["time_zone"] = Wording(QT_TRANSLATE_NOOP(
            "delegate_app", "'{zone}' is not a time zone name. Use an IANA name such as "
            "America/Argentina/Buenos_Aires or Asia/Tehran."), {"zone": zone})
    lat, lon = data.latitude, data.longitude
    if (lat is None) != (lon is None):
        errors["latitude"] = QT_TRANSLATE_NOOP(
            "delegate_app", "Give both latitude and longitude, or neither.")
    if lat is not None and not -90 <= lat <= 90:
        errors["latitude"] = QT_TRANSLATE_NOOP("delegate_app", "Latitude runs from -90 to 90.")
    if lon is not None and not -180 <= lon <= 180:
        errors["longitude"] = QT_TRANSLATE_NOOP("delegate_app", "Longitude runs from -180 to 180.")
    if data.population is not None and data.population < 0:
        errors["population"] = QT_TRANSLATE_NOOP("delegate_app", "Population cannot be negative.")
    _check_length(errors, "notes", data.notes, TEXT_MAX, "The notes")
    if errors:
        raise ValidationError(errors)
    return CityInput(
        name=name, country_code=code, time_zone=zone, native_name=data.native_name.strip(),
        latitude=lat, longitude=lon, population=data.population, notes=data.notes.strip(),
    )


def parse_languages(text: str) -> tuple[str, ...]:
    """"fa, en ,es" -> ("fa", "en", "es"); order kept, duplicates dropped."""
    seen: list[str] = []
    for part in re.split(r"[,;\s]+", text.strip().lower()):
        if part and part not in seen:
            seen.append(part)
    return tuple(seen)


def validate_person(data: PersonInput) -> PersonInput:
    """Return the cleaned input, or raise ValidationError naming each wrong field."""
    errors: dict[str, str | Wording] = {}
    given, family = data.given_name.strip(), data.family_name.strip()
    if not given and not family:
        errors["family_name"] = QT_TRANSLATE_NOOP(
            "delegate_app", "Give at least a family name or a given name.")
    for field, value, label in (
        ("given_name", given, "The given name"),
        ("family_name", family, "The family name"),
        ("native_name", data.native_name.strip(), "The native-script name"),
        ("honorific", data.honorific.strip(), "The honorific"),
        ("position", data.position.strip(), "The position"),
    ):
        _check_length(errors, field, value, NAME_MAX * 2, label)
    email = data.email.strip()
    if email and not _EMAIL.match(email):
        errors["email"] = Wording(QT_TRANSLATE_NOOP(
            "delegate_app", "'{email}' does not look like an e-mail address."), {"email": email})
    rank = data.precedence_rank
    if rank is not None and not 1 <= rank <= 9999:
        errors["precedence_rank"] = QT_TRANSLATE_NOOP(
            "delegate_app", "Precedence rank runs from 1 (highest) to 9999.")
    bad = [code for code in data.languages if not _LANGUAGE.match(code)]
    if bad:
        errors["languages"] = Wording(QT_TRANSLATE_NOOP(
            "delegate_app", "Use two- or three-letter language codes (fa, es, ja, en, ru): not "
            "{codes}."), {"codes": ", ".join(bad)})
    for field in ("biography", "internal_notes"):
        _check_length(errors, field, getattr(data, field), TEXT_MAX, "The text")
    if errors:
        raise ValidationError(errors)
    cleaned = {f: getattr(data, f) for f in PersonInput.__dataclass_fields__}
    for f, value in cleaned.items():
        if isinstance(value, str):
            cleaned[f] = value.strip()
    cleaned["email"] = email
    return PersonInput(**cleaned)


def validate_delegation(data: DelegationInput) -> DelegationInput:
    errors: dict[str, str | Wording] = {}
    title = data.title.strip()
    if not title:
        errors["title"] = QT_TRANSLATE_NOOP(
            "delegate_app",
            "Give the delegation a title, e.g. “Mayor of Tehran to Buenos Aires”.")
    _check_length(errors, "title", title, 300, "The title")
    if data.home_city_id is None:
        errors["home_city_id"] = QT_TRANSLATE_NOOP(
            "delegate_app", "Choose the city the delegation comes from.")
    if data.ends_on < data.starts_on:
        errors["ends_on"] = QT_TRANSLATE_NOOP(
            "delegate_app", "The delegation cannot end before it starts.")
    elif (data.ends_on - data.starts_on).days > 366:
        errors["ends_on"] = QT_TRANSLATE_NOOP(
            "delegate_app", "A delegation lasts at most a year; check the dates.")
    if data.home_city_id is not None and data.home_city_id in data.destination_ids:
        errors["destination_ids"] = QT_TRANSLATE_NOOP(
            "delegate_app", "The home city cannot also be a destination.")
    if len(set(data.destination_ids)) != len(data.destination_ids):
        errors["destination_ids"] = QT_TRANSLATE_NOOP(
            "delegate_app", "Each destination once, please.")
    if errors:
        raise ValidationError(errors)
    return replace(data, title=title, objectives=data.objectives.strip(),
                   internal_notes=data.internal_notes.strip())


# The columns' sizes, checked here so SQLite and PostgreSQL refuse the same with one sentence.
_ITEM_TEXTS = (("venue", 300, "The venue"), ("address", 500, "The address"),
               ("carrier", 80, "The carrier"), ("service_number", 20, "The flight or train number"),
               ("language_pair", 20, "The language pair"), ("dress_code", 120, "The dress code"),
               ("booking_reference", 120, "The booking reference"),
               ("description", TEXT_MAX, "The description"), ("briefing", TEXT_MAX, "The briefing"),
               ("talking_points", TEXT_MAX, "The talking points"))


def validate_item(data: ItemInput) -> ItemInput:
    """End after start (as instants, whatever the zones), someone taking part, real zones."""
    errors: dict[str, str | Wording] = {}
    title = data.title.strip()
    if not title:
        errors["title"] = QT_TRANSLATE_NOOP(
            "delegate_app", "Give the item a title, e.g. “Meeting with the Jefe de Gobierno”.")
    _check_length(errors, "title", title, 300, "The title")
    for field, limit, label in _ITEM_TEXTS:
        _check_length(errors, field, getattr(data, field).strip(), limit, label)
    for field, zone in (("start_tz", data.start_tz), ("end_tz", data.end_tz)):
        if not is_valid_zone(zone):
            errors[field] = Wording(QT_TRANSLATE_NOOP(
                "delegate_app", "'{zone}' is not a time zone name, e.g. Asia/Tehran."),
                {"zone": zone})
    if data.starts_at.tzinfo is None or data.ends_at.tzinfo is None:
        errors["starts_at"] = QT_TRANSLATE_NOOP(
            "delegate_app", "Times must say which time zone they are in.")
    elif data.ends_at <= data.starts_at:
        errors["ends_at"] = QT_TRANSLATE_NOOP(
            "delegate_app", "The item must end after it starts (compare both in their zones).")
    elif data.ends_at - data.starts_at > timedelta(days=31):
        errors["ends_at"] = QT_TRANSLATE_NOOP(
            "delegate_app", "An item lasts at most a month; check the dates.")
    if not data.participants:
        errors["participants"] = QT_TRANSLATE_NOOP(
            "delegate_app", "Choose who from the delegation takes part.")
    lat, lon = data.latitude, data.longitude
    if (lat is None) != (lon is None):
        errors["latitude"] = QT_TRANSLATE_NOOP(
            "delegate_app", "Give both latitude and longitude, or neither.")
    elif lat is not None and lon is not None and (not -90 <= lat <= 90 or not -180 <= lon <= 180):
        errors["latitude"] = QT_TRANSLATE_NOOP(
            "delegate_app", "Latitude runs from -90 to 90 and longitude from -180 to 180.")
    if errors:
        raise ValidationError(errors)
    strip = {f: getattr(data, f).strip() for f in ("title", "carrier", "service_number", "venue",
                                                   "address", "language_pair", "dress_code")}
    # An all-day item (a host's, imported) given hours by an officer is all-day no longer:
    # its hours are shown, checked and sent as times.
    all_day = data.all_day and starts_a_day(data.starts_at, data.start_tz) and (
        starts_a_day(data.ends_at, data.end_tz)
        or to_local(data.ends_at, data.end_tz).time() >= time(23, 59))  # "until 23:59"
    return replace(data, all_day=all_day, **strip)


def validate_summit(data: SummitInput) -> SummitInput:
    errors: dict[str, str | Wording] = {}
    title = data.title.strip()
    if not title:
        errors["title"] = QT_TRANSLATE_NOOP(
            "delegate_app", "Give the summit a title, e.g. “U20 Mayors Summit 2027”.")
    _check_length(errors, "title", title, 300, "The title")
    if data.host_city_id is None:
        errors["host_city_id"] = QT_TRANSLATE_NOOP("delegate_app", "Choose the host city.")
    if data.ends_on < data.starts_on:
        errors["ends_on"] = QT_TRANSLATE_NOOP(
            "delegate_app", "The summit cannot end before it starts.")
    if errors:
        raise ValidationError(errors)
    return replace(data, title=title, venue=data.venue.strip(), website=data.website.strip())


def validate_session(data: SessionInput) -> SessionInput:
    errors: dict[str, str | Wording] = {}
    if not data.title.strip():
        errors["title"] = QT_TRANSLATE_NOOP(
            "delegate_app", "Give the session a title, e.g. “Mayors' plenary”.")
    if data.ends_at <= data.starts_at:
        errors["ends_at"] = QT_TRANSLATE_NOOP(
            "delegate_app", "The session must end after it starts.")
    elif data.ends_at - data.starts_at > timedelta(hours=24):
        errors["ends_at"] = QT_TRANSLATE_NOOP(
            "delegate_app", "A session lasts at most a day; check the times.")
    if errors:
        raise ValidationError(errors)
    return replace(data, title=data.title.strip(), room=data.room.strip())


def validate_gift(data: GiftInput) -> GiftInput:
    errors: dict[str, str | Wording] = {}
    if not data.description.strip():
        errors["description"] = QT_TRANSLATE_NOOP(
            "delegate_app", "Describe the gift, e.g. “Persian silk carpet, 70 × 110 cm”.")
    currency = data.currency.strip().upper()
    if currency and not re.fullmatch(r"[A-Z]{3}", currency):
        errors["currency"] = QT_TRANSLATE_NOOP(
            "delegate_app", "Use the three-letter currency code, e.g. EUR, USD, IRR.")
    if data.estimated_value is not None and data.estimated_value < 0:
        errors["estimated_value"] = QT_TRANSLATE_NOOP(
            "delegate_app", "The value cannot be negative.")
    if data.estimated_value is not None and not currency:
        errors["currency"] = QT_TRANSLATE_NOOP("delegate_app", "Give the currency of the value.")
    if not 1900 <= data.given_on.year <= 2200:
        errors["given_on"] = QT_TRANSLATE_NOOP("delegate_app", "Check the date.")
    if errors:
        raise ValidationError(errors)
    return replace(data, description=data.description.strip(), currency=currency,
                   occasion=data.occasion.strip(), current_location=data.current_location.strip())


def validate_organisation(data: OrganisationInput) -> OrganisationInput:
    errors: dict[str, str | Wording] = {}
    name = data.name.strip()
    if not name:
        errors["name"] = QT_TRANSLATE_NOOP(
            "delegate_app", "Give the organisation's name, e.g. “C40 Cities”.")
    _check_length(errors, "name", name, 200, "The name")
    _check_length(errors, "acronym", data.acronym.strip(), 40, "The acronym")
    website = data.website.strip()
    if website and not website.startswith(("http://", "https://")):
        errors["website"] = QT_TRANSLATE_NOOP("delegate_app", "A web address starts with https://")
    if errors:
        raise ValidationError(errors)
    return replace(data, name=name, acronym=data.acronym.strip(), website=website,
                   native_name=data.native_name.strip())


def validate_partnership(data: PartnershipInput) -> PartnershipInput:
    errors: dict[str, str | Wording] = {}
    if data.city_id is None or data.partner_city_id is None:
        errors["partner_city_id"] = QT_TRANSLATE_NOOP("delegate_app", "Choose the partner city.")
    elif data.city_id == data.partner_city_id:
        errors["partner_city_id"] = QT_TRANSLATE_NOOP(
            "delegate_app", "A city cannot partner with itself.")
    if data.signed_on and data.expires_on and data.expires_on < data.signed_on:
        errors["expires_on"] = QT_TRANSLATE_NOOP(
            "delegate_app", "It cannot expire before it was signed.")
    if errors:
        raise ValidationError(errors)
    return replace(data, title=data.title.strip())
