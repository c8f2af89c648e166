"""Hostile contact files and images: each is refused with a sentence naming the limit, in
bounded time and memory, and nothing changes (issue 13, items 1, 4 and 8)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from delegate_app.domain import limits
from delegate_app.services.database import Database
from tests.imports.test_contacts_import import digest
from tests.reliability import hostile_files as hostile
from tests.reliability.bounded import run_files

# A refusal must come long before the machine notices: these are far below what the bad
# files took before (23 GB, minutes).
SECONDS = 10.0
RSS_MIB = 400.0

CASES: list[tuple[str, str, Callable[[], bytes], str]] = [
    ("contacts", "whole-sheet.xlsx", hostile.xlsx_claiming_the_whole_sheet, "10,000 rows"),
    ("contacts", "wide-row.xlsx", lambda: hostile.xlsx_with_a_wide_row(20_000), "16,384 cells"),
    ("contacts", "zip-bomb.xlsx", hostile.xlsx_zip_bomb, "50 MB unpacked"),
    ("contacts", "many-parts.xlsx", hostile.xlsx_with_many_parts, "1,000 parts"),
    ("contacts", "damaged.xlsx", hostile.xlsx_with_damaged_deflate, "damaged"),
    ("contacts", "broken-xml.xlsx", hostile.xlsx_with_broken_xml, "damaged"),
    ("contacts", "bad-number.xlsx", hostile.xlsx_with_a_bad_number, "damaged"),
    ("contacts", "laughs.xlsx", hostile.xlsx_with_a_doctype, "document type"),
    ("contacts", "long-field.csv", lambda: hostile.csv_with_a_long_field(200_000),
     "10,000 characters"),
    ("contacts", "longish-field.csv", lambda: hostile.csv_with_a_long_field(20_000),
     "10,000 characters"),
    ("contacts", "many-rows.csv", lambda: hostile.csv_rows(12_000), "10,000 rows"),
    ("contacts", "nested.vcf", lambda: hostile.vcard_nested(50_000), "nested"),
    ("contacts", "long-line.vcf", lambda: hostile.vcard_with_a_long_line(50_000),
     "20,000 characters"),
    ("contacts", "photo.vcf", lambda: hostile.vcard_with_a_photo(6 * 2**20), "5 MB"),
    ("contacts", "many.vcf", lambda: hostile.vcard(10_001), "10,000 cards"),
    ("photo", "bomb.png", lambda: hostile.png(20_000, 20_000), "80 million pixels"),
    ("photo", "huge.png", lambda: hostile.png(12_000, 12_000), "80 million pixels"),
    ("emblem", "bomb-emblem.png", lambda: hostile.png(20_000, 20_000), "80 million pixels"),
]


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory, sample_template: Path) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("hostile")
    jobs = []
    for kind, name, make, _ in CASES:
        (folder / name).write_bytes(make())
        jobs.append((kind, folder / name))
    return {Path(o.path).name: o for o in run_files(sample_template, jobs)}


@pytest.mark.parametrize(("kind", "name", "make", "limit"), CASES, ids=[c[1] for c in CASES])
def test_a_hostile_file_is_refused_in_one_sentence(outcomes: dict[str, object], kind: str,
                                                   name: str, make: object, limit: str) -> None:
    outcome = outcomes[name]
    assert outcome.outcome == "refused", outcome  # type: ignore[attr-defined]
    assert outcome.clear and limit in outcome.detail, outcome  # type: ignore[attr-defined]
    assert outcome.seconds < SECONDS and outcome.rss_mib < RSS_MIB, outcome  # type: ignore[attr-defined]


def test_files_at_the_limits_are_still_read(sample_db: Database, tmp_path: Path) -> None:
    from delegate_app.services import contacts

    before = digest(sample_db)
    preview = contacts.preview_contacts(sample_db.sessions, hostile.csv_rows(
        limits.CONTACTS_MAX_PEOPLE - 1), "people.csv")
    assert len(preview.created) == limits.CONTACTS_MAX_PEOPLE - 1
    preview = contacts.preview_contacts(sample_db.sessions, hostile.csv_with_a_long_field(
        limits.CONTACTS_MAX_FIELD_CHARS - 10), "people.csv")
    assert preview.rejected or preview.created  # read, then judged field by field
    cards = contacts.preview_contacts(sample_db.sessions, hostile.vcard(3), "people.vcf")
    assert len(cards.created) == 3
    assert digest(sample_db) == before


def test_a_lone_carriage_return_is_a_line_break_not_a_traceback(sample_db: Database) -> None:
    from delegate_app.services import contacts

    preview = contacts.preview_contacts(sample_db.sessions, hostile.csv_with_a_lone_cr(),
                                        "people.csv")
    assert len(preview.created) + len(preview.rejected) >= 2


def test_a_card_of_a_hundred_thousand_lines_is_refused_before_it_is_parsed(
        sample_db: Database) -> None:
    """The long fuzz found it: one card whose properties were repeated 20,000 times (3.7 MB)
    kept vobject busy past the 90-second bound. No honest card has a thousand lines."""
    from delegate_app.domain.errors import DelegateAppError
    from delegate_app.services import contacts

    lines = "".join(f"NOTE:remark {n}\r\n" for n in range(limits.VCARD_MAX_LINES_PER_CARD + 1))
    raw = (f"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Dr Mehdi Farahani\r\n{lines}END:VCARD\r\n").encode()
    before = digest(sample_db)
    with pytest.raises(DelegateAppError, match="more than 1,000 lines"):
        contacts.preview_contacts(sample_db.sessions, raw, "people.vcf")
    assert digest(sample_db) == before
    honest = (f"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Dr Mehdi Farahani\r\nN:Farahani;Mehdi;;Dr;\r\n"
              f"{''.join(f'NOTE:remark {n}' + chr(13) + chr(10) for n in range(50))}"
              "END:VCARD\r\n").encode()
    assert len(contacts.preview_contacts(sample_db.sessions, honest, "people.vcf").created) == 1
