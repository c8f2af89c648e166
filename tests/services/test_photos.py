"""Photos are resized and stored with the person; files that are not images are refused."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from delegate_app.domain.errors import ValidationError
from delegate_app.domain.records import PersonInput
from delegate_app.services import people, photos
from delegate_app.services.database import Database


def jpeg(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (31, 78, 121)).save(out, "PNG")
    return out.getvalue()


def test_a_large_photo_is_resized_and_kept(db: Database) -> None:
    person = people.create_person(db.sessions, PersonInput("Haruka", "Sato")).id
    change, previous = photos.set_photo(db.sessions, person, jpeg(3000, 2000))
    assert previous is None and change.action == "updated"
    stored = photos.get_photo(db.sessions, person)
    assert stored is not None
    with Image.open(io.BytesIO(stored)) as image:
        assert image.format == "JPEG" and max(image.size) == 512 and image.size[0] > image.size[1]
    photos.set_photo(db.sessions, person, None)
    assert photos.get_photo(db.sessions, person) is None


@pytest.mark.parametrize("raw", [b"", b"not an image at all", jpeg(40, 40)[:60]])
def test_bad_image_files_are_refused_and_nothing_changes(db: Database, raw: bytes) -> None:
    person = people.create_person(db.sessions, PersonInput("Haruka", "Sato")).id
    photos.set_photo(db.sessions, person, jpeg(100, 100))
    before = photos.get_photo(db.sessions, person)
    with pytest.raises(ValidationError, match="not an image"):
        photos.set_photo(db.sessions, person, raw)
    assert photos.get_photo(db.sessions, person) == before
