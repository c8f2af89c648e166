"""Workarounds for defects of the Qt binding, applied once when the window's package loads.

PySide6 6.12.0 hands back None from every void method (``update()``, ``setText()``,
``processEvents()``…) without taking the reference a caller will drop. On Python 3.11 that
takes one reference from None per call; after some 50,000 calls (a few hundred actions of
an officer) its count reaches zero and the interpreter aborts the window ("none_dealloc:
deallocating None"), with whatever was being typed. PySide6 6.11 does not do this, and
Python 3.12 made None immortal (PEP 683), which is what this does for 3.11: None's count
is raised once so far that no day, nor year, of such calls can bring it to zero. None is
never freed in any case; nothing else changes."""

from __future__ import annotations

import ctypes
import sys

# A reference count no run of void calls reaches: 2**60 calls at a billion a second would
# take 36 years. Kept well below the signed 64-bit limit, so increments stay safe too.
_HEADROOM = 2**60


def keep_none_alive() -> None:
    """On CPython before 3.12, raise None's reference count out of reach (once)."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return  # None is immortal there already
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, PyObject's first field
    if count.value < _HEADROOM:
        count.value += _HEADROOM
