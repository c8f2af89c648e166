"""Text matching that fits the scripts the office works in: one fold for every search.

"فراهاني" typed on an Arabic keyboard finds "فراهانی", "sao paulo" finds "São Paulo",
full-width "ＴＯＫＹＯ" finds "Tokyo" and half-width "ﾄｳｷｮｳ" finds "トウキョウ". Ctrl+K,
every page filter and the importers' duplicate checks use this one function.
"""

from __future__ import annotations

import unicodedata

# Letters the Arabic and Persian keyboards write differently for the same name.
_LETTERS = str.maketrans({
    "\u064a": "\u06cc",  # Arabic yeh -> Persian yeh
    "\u0649": "\u06cc",  # alef maksura -> Persian yeh
    "\u0643": "\u06a9",  # Arabic kaf -> keheh
    "\u0629": "\u0647",  # teh marbuta -> heh
    "\u06d5": "\u0647",  # ae (heh with yeh above, once its hamza is gone) -> heh
    "\u06c1": "\u0647",  # heh goal (Urdu keyboards) -> heh
    "\u0671": "\u0627",  # alef wasla -> alef
    "\u0640": None,  # tatweel, a stretch of the line, not a letter
    "\u200c": None,  # zero-width non-joiner: "می‌خواهم" and "میخواهم" are one word
    "\u200d": None,  # zero-width joiner
    "\u200e": None, "\u200f": None,  # left-to-right and right-to-left marks
    "\u2066": None, "\u2067": None, "\u2068": None, "\u2069": None,  # bidi isolates
    "\u202a": None, "\u202b": None, "\u202c": None, "\u202d": None, "\u202e": None,
    "\u00ad": None,  # soft hyphen
    "\ufeff": None,  # byte-order mark, zero-width no-break space
})
# Japanese voicing marks change the word (か is not が): they are kept, unlike accents.
_KEPT_MARKS = frozenset("\u3099\u309a")


def fold(text: str) -> str:
    """Lower-case, without accents or Arabic diacritics, one form per letter, ASCII digits,
    single spaces: the form two spellings of the same name share."""
    if text.isascii():  # nothing to normalise, no accent, no other digit: the same, faster
        return " ".join(text.lower().split())
    text = unicodedata.normalize("NFKC", text).casefold()  # full/half width, ligatures
    decomposed = unicodedata.normalize("NFKD", text).translate(_LETTERS)
    kept = []
    for char in decomposed:
        if unicodedata.combining(char) and char not in _KEPT_MARKS:
            continue  # Latin accents, harakat, hamza above/below, superscript alef
        if char.isdigit() and not char.isascii():
            digit = unicodedata.digit(char, None)
            kept.append(str(digit) if digit is not None else char)  # ۱۴۰۵ -> 1405
            continue
        kept.append(char)
    return " ".join("".join(kept).split())


def matches(words: str, text: str) -> bool:
    """Every word typed appears in ``text``, in any order (both folded)."""
    folded = fold(text)
    return all(word in folded for word in fold(words).split())
