"""who saved each row (the shared office)

Revision ID: 0012
Revises: 0011
Every editable row names the officer who saved it last, so a save refused because a
colleague saved first can say who did. The office's roles and grants are not part of the
schema: `delegate-app office init` sets them up, and upgrades grant anew.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SIGNED = (
    "agreement", "city", "commitment", "delegation", "delegation_member", "gift",
    "itinerary_item", "meeting_outcome", "network_membership", "office", "organisation",
    "partnership", "person", "position_held", "summit", "summit_session", "theme_tag",
)


def upgrade() -> None:
    for table in SIGNED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("updated_by", sa.String(length=120), server_default="",
                                       nullable=False))


def downgrade() -> None:
    for table in SIGNED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("updated_by")
