"""Networks and their member cities, with roles and dates."""

from __future__ import annotations

from datetime import date

import pytest

from delegate_app.domain.enums import MembershipRole, OrganisationKind
from delegate_app.domain.errors import ValidationError
from delegate_app.domain.records import OrganisationInput
from delegate_app.services import cities, organisations
from delegate_app.services.database import Database


def test_memberships_begin_and_end(sample_db: Database) -> None:
    c40 = next(o for o in organisations.list_organisations(sample_db.sessions)
               if o.data.acronym == "C40")
    tehran = next(c.id for c in cities.list_cities(sample_db.sessions) if c.data.name == "Tehran")
    _, membership = organisations.add_membership(sample_db.sessions, c40.id, tehran,
                                                 MembershipRole.OBSERVER, date(2027, 1, 1))
    current = [m for m in organisations.memberships(sample_db.sessions, c40.id)
               if m.until_on is None]
    assert any(m.member == "Tehran" and m.role is MembershipRole.OBSERVER for m in current)
    with pytest.raises(ValidationError):
        organisations.add_membership(sample_db.sessions, c40.id, tehran, MembershipRole.MEMBER,
                                     None)
    with pytest.raises(ValidationError):
        organisations.end_membership(sample_db.sessions, membership, date(2026, 1, 1))
    organisations.end_membership(sample_db.sessions, membership, date(2027, 6, 30))
    ended = next(m for m in organisations.memberships(sample_db.sessions, c40.id)
                 if m.id == membership)
    assert ended.until_on == date(2027, 6, 30)
    assert next(o for o in organisations.list_organisations(sample_db.sessions)
                if o.id == c40.id).member_count == c40.member_count


def test_organisation_names_are_unique_and_checked(sample_db: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        organisations.create_organisation(sample_db.sessions, OrganisationInput(
            "Tehran Metro", OrganisationKind.COMPANY, website="tehran.ir"))
    assert set(caught.value.field_errors) == {"website"}
    with pytest.raises(ValidationError, match="already on file"):
        organisations.create_organisation(sample_db.sessions, OrganisationInput(
            "tehran municipality", OrganisationKind.CITY_GOVERNMENT))
