"""Partnerships of our city: twinning, friendship, MoU, letter of intent; the signed document."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from ..db.models import Agreement, City, Partnership
from ..domain import limits
from ..domain.enums import AgreementKind, AgreementStatus, PartnershipKind
from ..domain.errors import NotFoundError, ValidationError
from ..domain.records import Change, PartnershipInput, PartnershipRow
from ..domain.timefmt import utc_now
from ..domain.validation import validate_partnership
from ..domain.wording import QT_TRANSLATE_NOOP
from . import crud
from .editing import load_for_edit, translated_errors

_FIELDS = tuple(PartnershipInput.__dataclass_fields__)
MAX_DOCUMENT = limits.AGREEMENT_MAX_BYTES
AGREEMENT_KINDS = {PartnershipKind.SISTER_CITY: AgreementKind.TWINNING_AGREEMENT,
                   PartnershipKind.FRIENDSHIP_CITY: AgreementKind.FRIENDSHIP_AGREEMENT,
                   PartnershipKind.MEMORANDUM_OF_UNDERSTANDING:
                       AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
                   PartnershipKind.LETTER_OF_INTENT: AgreementKind.LETTER_OF_INTENT}


def _apply(session: Session, row: Partnership, data: PartnershipInput) -> None:
    for field in ("city_id", "partner_city_id"):
        if session.get(City, getattr(data, field)) is None:
            raise ValidationError({field: QT_TRANSLATE_NOOP(
                "delegate_app", "That city no longer exists; pick another.")})
    for name in _FIELDS:
        setattr(row, name, getattr(data, name))


def _to_input(row: Partnership) -> PartnershipInput:
    return PartnershipInput(**{name: getattr(row, name) for name in _FIELDS})


PARTNERSHIP = crud.RecordKind(Partnership, "partnership", validate_partnership, _apply,
                              _to_input, lambda row: row.title or row.kind.label)


def create_partnership(sessions: sessionmaker[Session], data: PartnershipInput,
                       record_id: int | None = None) -> Change:
    return crud.create(sessions, PARTNERSHIP, data, record_id)


def update_partnership(sessions: sessionmaker[Session], partnership_id: int,
                       seen_version: int, data: PartnershipInput) -> Change:
    return crud.update(sessions, PARTNERSHIP, partnership_id, seen_version, data)


def get_partnership(sessions: sessionmaker[Session],
                    partnership_id: int) -> tuple[int, PartnershipInput]:
    return crud.fetch(sessions, PARTNERSHIP, partnership_id)


def partnerships_with(sessions: sessionmaker[Session], city_id: int) -> list[PartnershipRow]:
    with sessions() as session:
        rows = session.scalars(select(Partnership).where(
            (Partnership.partner_city_id == city_id) | (Partnership.city_id == city_id))
            .options(selectinload(Partnership.partner_city)))
        result = []
        for p in rows:
            document = session.scalar(select(Agreement.document_name).where(
                Agreement.partnership_id == p.id, Agreement.document_name != "").limit(1))
            result.append(PartnershipRow(p.id, p.version, _to_input(p), p.partner_city.name,
                                         document or ""))
        return result


@dataclass(frozen=True, slots=True)
class DocumentBefore:
    """What undo needs: the agreement touched, whether attaching created it, its old file."""

    agreement_id: int
    created: bool
    name: str
    content: bytes | None


def attach_document(sessions: sessionmaker[Session], partnership_id: int, name: str,
                    content: bytes | None, *, seen_version: int | None = None
                    ) -> tuple[Change, DocumentBefore]:
    """Keep the signed agreement with the partnership; returns what was there, for undo.

    The document is part of the partnership: attaching one raises its version, and with
    ``seen_version`` (the version the officer saw) a newer partnership is refused. Undo and
    redo leave it out and act on the partnership as it is."""
    if content is not None and len(content) > MAX_DOCUMENT:
        raise ValidationError({"document": QT_TRANSLATE_NOOP(
            "delegate_app", "The document is over 25 MB.")})
    with sessions.begin() as session, translated_errors("partnership"):
        if seen_version is None:
            partnership = session.get(Partnership, partnership_id, with_for_update=True)
            if partnership is None:
                raise NotFoundError(QT_TRANSLATE_NOOP(
                    "delegate_app", "This partnership no longer exists."))
        else:
            partnership = load_for_edit(session, Partnership, partnership_id, seen_version,
                                        "partnership")
        partnership.updated_at = utc_now()
        agreement = session.scalar(select(Agreement).where(
            Agreement.partnership_id == partnership_id).order_by(Agreement.id).limit(1))
        created = agreement is None
        if agreement is None:
            agreement = Agreement(
                title=partnership.title or f"{partnership.kind.label} agreement",
                kind=AGREEMENT_KINDS[partnership.kind], status=AgreementStatus.SIGNED,
                partnership_id=partnership_id, signed_on=partnership.signed_on,
                expires_on=partnership.expires_on)
            session.add(agreement)
        before = (agreement.document_name or "", agreement.document)
        agreement.document_name, agreement.document = (name, content) if content else ("", None)
        session.flush()
        return (Change("partnership", partnership_id, partnership.version, "updated"),
                DocumentBefore(agreement.id, created, *before))


def restore_document(sessions: sessionmaker[Session], before: DocumentBefore) -> Change:
    """Undo an attachment: the agreement it created goes, or its old file comes back."""
    with sessions.begin() as session:
        agreement = session.get(Agreement, before.agreement_id)
        partnership_id = agreement.partnership_id if agreement else None
        if agreement is not None and before.created:
            session.delete(agreement)
        elif agreement is not None:
            agreement.document_name, agreement.document = before.name, before.content
        return Change("partnership", partnership_id or 0, 0, "updated")


def discard_partnership(sessions: sessionmaker[Session], partnership_id: int) -> Change:
    """Only to undo a creation."""
    with sessions.begin() as session:
        row = session.get(Partnership, partnership_id)
        if row is not None:
            session.delete(row)
        return Change("partnership", partnership_id, 0, "deleted")


def document_of(sessions: sessionmaker[Session], partnership_id: int) -> tuple[str, bytes] | None:
    with sessions() as session:
        agreement = session.scalar(select(Agreement).where(
            Agreement.partnership_id == partnership_id, Agreement.document_name != "")
            .limit(1))
        if agreement is None or agreement.document is None:
            return None
        return agreement.document_name, agreement.document
