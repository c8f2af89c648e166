"""People's photos: checked, resized and stored with the record; bad files refused."""

from __future__ import annotations

import io

from PIL import Image, UnidentifiedImageError
from sqlalchemy.orm import Session, sessionmaker

from ..db.models import Person
from ..domain.errors import NotFoundError, ValidationError
from ..domain.records import Change
from .editing import translated_errors

MAX_SIDE = 512
MAX_UPLOAD = 20 * 1024 * 1024


def normalise_photo(raw: bytes) -> bytes:
    """A JPEG at most 512 px on its longer side, or a ValidationError for the officer."""
    if len(raw) > MAX_UPLOAD:
        raise ValidationError({"photo": "The image is over 20 MB; choose a smaller one."})
    try:
        with Image.open(io.BytesIO(raw)) as probe:
            probe.verify()  # catches truncated and corrupt files
        opened = Image.open(io.BytesIO(raw))
        opened.load()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ValidationError({"photo": "This file is not an image that can be read "
                                        "(use JPEG or PNG)."}) from exc
    if opened.width * opened.height > 80_000_000:
        raise ValidationError({"photo": "The image is too large in pixels."})
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
            raise NotFoundError("This person no longer exists.")
        previous = person.photo
        person.photo = photo
        person.photo_mime = "image/jpeg" if photo else ""
        session.flush()
        return Change("person", person.id, person.version, "updated"), previous


def get_photo(sessions: sessionmaker[Session], person_id: int) -> bytes | None:
    with sessions() as session:
        person = session.get(Person, person_id)
        return person.photo if person is not None else None
