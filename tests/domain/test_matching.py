"""One fold for every search: the spellings an officer types find the name on file."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from delegate_app.domain.matching import fold, matches


@pytest.mark.parametrize(("typed", "on_file"), [
    ("فراهاني", "فراهانی"),  # Arabic yeh for Persian yeh
    ("كاظمي", "کاظمی"),  # Arabic kaf for keheh
    ("فاطمة", "فاطمه"),  # teh marbuta for heh
    ("احمد", "أحمد"),  # alef with hamza above
    ("اسلامي", "إسلامی"),  # alef with hamza below
    ("امل", "آمل"),  # alef with madda
    ("محمد", "مُحَمَّد"),  # harakat
    ("میخواهم", "می\u200cخواهم"),  # zero-width non-joiner
    ("خانه ی", "خانهٔ ی"),  # hamza above on heh (ezafe)
    ("سپاهان", "سپـاهان"),  # tatweel
    ("tokyo", "ＴＯＫＹＯ"),  # full-width Latin
    ("トウキョウ", "ﾄｳｷｮｳ"),  # half-width katakana
    ("sao paulo", "São Paulo"),
    ("bogota", "BOGOTÁ"),
    ("1405", "۱۴۰۵"),  # Persian digits
    ("1405", "١٤٠٥"),  # Arabic-Indic digits
    ("strasse", "Straße"),
])
def test_spellings_of_one_name_fold_together(typed: str, on_file: str) -> None:
    assert fold(typed) == fold(on_file)
    assert matches(typed, f"Mr {on_file} (Tehran)")


def test_japanese_voicing_is_not_an_accent() -> None:
    assert fold("か") != fold("が")
    assert fold("ガ") == fold("ｶﾞ")  # half-width with its voicing mark


def test_different_letters_stay_different() -> None:
    assert fold("تهران") != fold("طهران")  # teh and tah are not variants
    assert not matches("کرج", "کرمان")


letters = st.text(alphabet=st.sampled_from(
    list("abcdeéèñßøSÃtokyoТегеранتهرانیيکكةهأإآ۱١1 トウキョウｶﾞ\u200c\u064e")), max_size=30)


@given(letters)
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(letters, letters, letters)
def test_a_folded_part_is_found_in_the_folded_whole(before: str, part: str, after: str) -> None:
    if fold(part).strip():
        assert matches(part, before + " " + part + " " + after)


latin = st.text(alphabet=st.sampled_from(list("abcdeéèêñçßøåSÃOÖ ")), max_size=30)


@given(latin)
def test_case_and_accents_never_matter(text: str) -> None:
    assert fold(text.upper()) == fold(text.lower())
    plain = "".join(c for c in text if c.isascii())
    assert fold(plain) == fold(plain.upper())
