"""How people's names are written, sorted and addressed."""

from __future__ import annotations

from .enums import NameOrder


def full_name(given: str, family: str, order: NameOrder = NameOrder.GIVEN_FIRST) -> str:
    """The name in Latin script in the person's own order ("Yamada Hanako", "Ana Gómez")."""
    parts = [family, given] if order is NameOrder.FAMILY_FIRST else [given, family]
    return " ".join(p.strip() for p in parts if p and p.strip())


def formal_name(honorific: str, given: str, family: str, order: NameOrder) -> str:
    """The name with its honorific, as on a delegation list ("Dr Ana Gómez")."""
    name = full_name(given, family, order)
    return f"{honorific.strip()} {name}".strip() if honorific else name


def sort_name(given: str, family: str) -> str:
    """Key for alphabetical lists: family name first whatever the written order."""
    family, given = family.strip(), given.strip()
    return f"{family}, {given}" if family and given else family or given
