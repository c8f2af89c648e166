"""One search across people, cities, organisations, delegations, summits and commitments.

Matching folds case, accents and the letter forms of Arabic and Persian keyboards
(domain/matching.py) and looks at native-script names too, so "tehran" finds the city
whose native name is تهران and "فراهاني" finds "فراهانی".
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ..db.models import City, Commitment, Delegation, Organisation, Person, Summit
from ..domain.enums import NameOrder
from ..domain.matching import fold
from ..domain.names import formal_name
from ..domain.wording import Day, Wording
from ..language.speech import said

MAX_HITS = 60
KIND_ORDER = ("cities", "people", "organisations", "delegations", "summits", "commitments")


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str  # the page that shows it: people, cities, delegations, summits, commitments
    id: int
    label: str
    detail: str


def _people(session: Session) -> list[tuple[str, SearchHit]]:
    rows = []
    for p in session.scalars(select(Person)):
        name = formal_name(p.honorific, p.given_name, p.family_name, NameOrder(p.name_order))
        hay = " ".join((name, p.native_name, p.position, p.email))
        rows.append((hay, SearchHit("people", p.id, name, " · ".join(
            x for x in (p.native_name, p.position) if x))))
    return rows


def _others(session: Session) -> list[tuple[str, SearchHit]]:
    rows = [(f"{c.name} {c.native_name} {c.country_code}",
             SearchHit("cities", c.id, c.name, " · ".join(x for x in (c.native_name,
                                                                        c.country_code) if x)))
            for c in session.scalars(select(City))]
    rows += [(f"{o.name} {o.acronym} {o.native_name}",
              SearchHit("organisations", o.id, o.name, said(
                  "{kind}{acronym}", kind=Wording(o.kind.label),
                  acronym=" · " + o.acronym if o.acronym else "")))
             for o in session.scalars(select(Organisation))]
    rows += [(d.title, SearchHit("delegations", d.id, d.title, said(
                  "{direction}, {day}", direction=Wording(d.direction.label),
                  day=Day(d.starts_on, "padded"))))
             for d in session.scalars(select(Delegation))]
    rows += [(s.title, SearchHit("summits", s.id, s.title,
                                 said("{day}", day=Day(s.starts_on, "padded"))))
             for s in session.scalars(select(Summit))]
    rows += [(c.description, SearchHit("commitments", c.id, c.description[:90],
                                       said(c.status.label)))
             for c in session.scalars(select(Commitment))]
    return rows


def search(sessions: sessionmaker[Session], text: str) -> list[SearchHit]:
    """Records whose names contain every word typed, people and places first."""
    words = fold(text).split()
    if not words:
        return []
    with sessions() as session:
        candidates = _people(session) + _others(session)
    hits = [hit for hay, hit in candidates if all(w in fold(hay) for w in words)]
    first = words[0]

    def rank(hit: SearchHit) -> tuple[int, int, str]:
        label = fold(hit.label)
        closeness = 0 if label == " ".join(words) else 1 if label.startswith(first) else 2
        return closeness, KIND_ORDER.index(hit.kind), label

    return sorted(hits, key=rank)[:MAX_HITS]
