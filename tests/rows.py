"""What a database holds, as one digest: a test reads it before and after a step to show
that nothing was written (on SQLite and on PostgreSQL alike)."""

from __future__ import annotations

import hashlib

from sqlalchemy import text

from delegate_app.services.database import Database


def digest(db: Database, *queries: str) -> str:
    with db.engine.connect() as conn:
        rows = [[tuple(row) for row in conn.execute(text(query))] for query in queries]
    return hashlib.sha256(repr(rows).encode()).hexdigest()
