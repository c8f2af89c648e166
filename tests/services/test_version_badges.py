"""Badges from an issued version: the delegation's badges and place cards as they were in
version N, whatever changed since; and versions of a summit deleted with it come back with
an undo. Runs on either database."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

from delegate_app.domain.errors import ValidationError
from delegate_app.domain.name_cards import Part
from delegate_app.exports.pdf.name_cards import name_cards_pdf
from delegate_app.services import (
    delegations,
    name_cards,
    overview,
    people,
    summits,
    versions,
)
from delegate_app.services.database import Database


def pdf_text(pdf: bytes) -> list[str]:
    return [p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages]


def test_badges_of_version_1_after_a_member_changed_are_those_issued(
        sample_db: Database) -> None:
    s = sample_db.sessions
    trip = next(d.id for d in overview.list_delegations(s) if "Tokyo" in d.title)
    v1 = versions.issue_version(s, trip, "Sent")
    issued = versions.badges_of(s, trip, 1)
    printed = pdf_text(name_cards_pdf(issued))
    assert all(v1.label in page for page in printed)
    head = issued.badges[0].person
    version, data = people.get_person(s, head.id)
    people.update_person(s, head.id, version, replace(data, position="Acting Mayor"))

    again = versions.badges_of(s, trip, 1)
    assert pdf_text(name_cards_pdf(again)) == printed
    assert "Acting Mayor" not in " ".join(printed)
    draft = name_cards.name_card_set(s, trip)
    assert "Acting Mayor" in " ".join(pdf_text(name_cards_pdf(draft)))
    cards = versions.badges_of(s, trip, 1, {Part.CARDS})
    assert cards.badges == () and cards.place_cards
    with pytest.raises(ValidationError, match="seating plan"):
        versions.badges_of(s, trip, 1, {Part.SEATING})


def test_deleting_a_summit_takes_its_versions_and_undo_brings_them_back(
        sample_db: Database) -> None:
    s = sample_db.sessions
    summit = next(x for x in overview.list_summits(s) if x.title.startswith("Mayors for Peace"))
    versions.issue_summit_version(s, summit.id, "Sent")
    trip = next(d.id for d in overview.list_delegations(s))
    versions.issue_version(s, trip, "Also sent")  # numbered apart: both are version 1
    version, _ = summits.get_summit(s, summit.id)
    snapshot = summits.delete_summit(s, summit.id, version)
    assert [v.number for v in versions.list_versions(s, trip)] == [1]
    summits.restore_summit(s, snapshot)
    (back,) = versions.list_summit_versions(s, summit.id)
    assert back.note == "Sent"
    assert versions.summit_programme_of(s, summit.id, 1).version == back.label
    assert delegations.get_delegation(s, trip)
