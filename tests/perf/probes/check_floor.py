"""Floor of `check --upcoming`: a bare SQLAlchemy Core load of the rows the check reads —
the upcoming delegations, their items, the people on them, their members."""

import sys
from datetime import date

from sqlalchemy import create_engine, text

engine = create_engine(f"sqlite:///{sys.argv[1]}")
today = date.today().isoformat()
UPCOMING = ("SELECT id FROM delegation WHERE status NOT IN ('completed', 'cancelled') "
            "AND ends_on >= :today AND archived = 0")
with engine.connect() as conn:
    ids = [r[0] for r in conn.execute(text(UPCOMING), {"today": today})]
    rows = 0
    for query in (
        "SELECT id, title, starts_on, ends_on FROM delegation WHERE id IN ({ids})",
        "SELECT id, delegation_id, title, kind, status, starts_at, ends_at, start_tz, end_tz, "
        "venue, city_id, origin_city_id, all_day FROM itinerary_item "
        "WHERE delegation_id IN ({ids})",
        "SELECT l.item_id, l.person_id FROM item_participant l JOIN itinerary_item i "
        "ON i.id = l.item_id WHERE i.delegation_id IN ({ids})",
        "SELECT l.item_id, l.person_id FROM item_counterpart l JOIN itinerary_item i "
        "ON i.id = l.item_id WHERE i.delegation_id IN ({ids})",
        "SELECT l.item_id, l.person_id FROM item_interpreter l JOIN itinerary_item i "
        "ON i.id = l.item_id WHERE i.delegation_id IN ({ids})",
        "SELECT m.delegation_id, m.person_id, m.role, m.precedence FROM delegation_member m "
        "WHERE m.delegation_id IN ({ids})",
        "SELECT DISTINCT p.id, p.honorific, p.given_name, p.family_name, p.name_order, "
        "p.languages FROM person p WHERE p.id IN (SELECT person_id FROM item_participant l "
        "JOIN itinerary_item i ON i.id = l.item_id WHERE i.delegation_id IN ({ids}) UNION "
        "SELECT person_id FROM item_counterpart l JOIN itinerary_item i ON i.id = l.item_id "
        "WHERE i.delegation_id IN ({ids}) UNION SELECT person_id FROM delegation_member "
        "WHERE delegation_id IN ({ids}))",
    ):
        rows += len(conn.execute(text(query.format(ids=",".join(map(str, ids))))).all())
print(f'{{"delegations": {len(ids)}, "rows": {rows}}}')
