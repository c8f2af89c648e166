"""Where the office works: its home city's time zone and today's date there. Two columns in
one query, kept apart from the services that need them so a command such as
`check --upcoming` does not load the commitments service to learn the date."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ..db.models import City, Office


def office_zone(session: Session) -> str:
    """The office's home city's zone ("UTC" before an office profile is set)."""
    city, office = City.__table__.c, Office.__table__.c  # Core: no mapper set-up needed
    zone = session.scalar(select(city.time_zone).join_from(
        City.__table__, Office.__table__, office.home_city_id == city.id)
        .order_by(office.id).limit(1))
    return zone or "UTC"


def office_today(session: Session, now: datetime | None = None) -> date:
    """Today where the office works (Tehran's date, not the computer's, for a Tehran office)."""
    return (now or datetime.now(UTC)).astimezone(ZoneInfo(office_zone(session))).date()


def today_at_the_office(sessions: sessionmaker[Session]) -> date:
    with sessions() as session:
        return office_today(session)
