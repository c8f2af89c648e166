"""import uid of itinerary items

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("itinerary_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("import_uid", sa.String(length=255), nullable=True))
        batch_op.create_unique_constraint(
            "uq_itinerary_item_import_uid", ["delegation_id", "import_uid"]
        )


def downgrade() -> None:
    with op.batch_alter_table("itinerary_item", schema=None) as batch_op:
        batch_op.drop_constraint("uq_itinerary_item_import_uid", type_="unique")
        batch_op.drop_column("import_uid")
