"""travel origin carrier and service number

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("itinerary_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("origin_city_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("carrier", sa.String(length=80), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("service_number", sa.String(length=20), server_default="", nullable=False)
        )
        batch_op.create_index(
            batch_op.f("ix_itinerary_item_origin_city_id"), ["origin_city_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_itinerary_item_origin_city_id_city"),
            "city",
            ["origin_city_id"],
            ["id"],
            ondelete="RESTRICT",
        )


def downgrade() -> None:
    with op.batch_alter_table("itinerary_item", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_itinerary_item_origin_city_id_city"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_itinerary_item_origin_city_id"))
        batch_op.drop_column("service_number")
        batch_op.drop_column("carrier")
        batch_op.drop_column("origin_city_id")
