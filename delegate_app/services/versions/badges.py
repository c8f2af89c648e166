"""Badges and place cards of an issued version: the delegation's people as they were when
it was issued, marked with the version, whatever changed since."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy.orm import Session, sessionmaker

from ...domain.errors import ValidationError
from ...domain.name_cards import NameCardSet, Part
from ...domain.wording import QT_TRANSLATE_NOOP, wording
from .store import load_version


def badges_of(sessions: sessionmaker[Session], delegation_id: int, number: int,
              parts: Collection[Part] | None = None) -> NameCardSet:
    """Version ``number``'s badges (and place cards, if asked) for the whole delegation."""
    wanted = set(parts) if parts is not None else {Part.BADGES}
    if Part.SEATING in wanted:
        raise ValidationError({"parts": QT_TRANSLATE_NOOP(
            "delegate_app", "A seating plan is for one meeting and comes from the current "
            "programme; a version prints the delegation's badges and place cards.")})
    if not wanted:
        raise ValidationError({"parts": QT_TRANSLATE_NOOP(
            "delegate_app", "Choose badges, place cards or both.")})
    issued = load_version(sessions, delegation_id, number)
    kept = issued.snapshot.badges
    if kept is None:
        raise ValidationError({"version": wording(QT_TRANSLATE_NOOP(
            "delegate_app", "Version {number} keeps no badges: nobody was on the delegation "
            "then, or it was issued before versions kept their badges. Print them from the "
            "current programme."), number=number)})
    return NameCardSet(
        delegation=kept.delegation, office=kept.office, occasion=kept.occasion,
        badges=kept.badges if Part.BADGES in wanted else (),
        place_cards=kept.place_cards if Part.CARDS in wanted else (), seating=None,
        version=issued.info.label)
