"""People's photos: checked, resized and stored with the record; bad files refused."""

from __future__ import annotations

import io

from sqlalchemy.orm import Session, sessionmaker

from ..db.models import Person
from ..domain import limits
from ..domain.errors import NotFoundError, ValidationError
from ..domain.records import Change
from ..domain.wording import QT_TRANSLATE_NOOP
from ..imports.images import ImageRefusedError, decoded_image
from .editing import translated_errors

MAX_SIDE = limits.PHOTO_MAX_SIDE
MAX_UPLOAD = limits.PHOTO_MAX_UPLOAD_BYTES


def normalise_photo(raw: bytes) -> bytes:
    """A JPEG at most 512 px on its longer side, or a ValidationError for the officer."""
    if len(raw) > MAX_UPLOAD:
        raise ValidationError({"photo": QT_TRANSLATE_NOOP(
            "delegate_app", "The image is over 20 MB; choose a smaller one.")})
    try:
        opened = decoded_image(raw)  # the pixel count is checked before anything is decoded
    except ImageRefusedError as exc:
        raise ValidationError({"photo": exc.message}) from exc
    image = opened.convert("RGB")
    image.thumbnail((MAX_SIDE, MAX_SIDE))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85, optimize=True)
    return out.getvalue()


def set_photo(sessions: sessionmaker[Session], person_id: int,
              raw: bytes | None, already_normal: bool = False) -> tuple[Change, bytes | None]:
    """Store (or with ``None`` remove) the photo; returns the photo it had, for undo."""
    photo = raw if raw is None or already_normal else normalise_photo(raw)
    with sessions.begin() as session, translated_errors("person"):
        person = session.get(Person, person_id)
        if person is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("delegate_app", "This person no longer exists."))
        previous = person.photo
        person.photo = photo
        person.photo_mime = "image/jpeg" if photo else ""
        session.flush()
        return Change("person", person.id, person.version, "updated"), previous


def get_photo(sessions: sessionmaker[Session], person_id: int) -> bytes | None:
    with sessions() as session:
        person = session.get(Person, person_id)
        return person.photo if person is not None else None
