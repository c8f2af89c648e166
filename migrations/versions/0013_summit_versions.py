"""issued versions of a summit's programme

Revision ID: 0013
Revises: 0012
A programme version belongs to a delegation or to a summit (exactly one: a CHECK), and is
numbered per summit as it is per delegation. Delegation versions are kept as they are.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ONE = "(delegation_id IS NULL) <> (summit_id IS NULL)"


def upgrade() -> None:
    with op.batch_alter_table("programme_version") as batch:
        batch.add_column(sa.Column("summit_id", sa.Integer(), nullable=True))
        batch.alter_column("delegation_id", existing_type=sa.Integer(), nullable=True)
        batch.create_foreign_key(batch.f("fk_programme_version_summit_id_summit"), "summit",
                                 ["summit_id"], ["id"], ondelete="CASCADE")
        batch.create_unique_constraint("uq_programme_version_summit_number",
                                       ["summit_id", "number"])
        batch.create_check_constraint(batch.f("ck_programme_version_one_programme"), ONE)
        batch.create_index(batch.f("ix_programme_version_summit_id"), ["summit_id"],
                           unique=False)


def downgrade() -> None:
    # A summit's versions have no place in the older schema: they go.
    op.execute("DELETE FROM programme_version WHERE summit_id IS NOT NULL")
    with op.batch_alter_table("programme_version") as batch:
        batch.drop_index(batch.f("ix_programme_version_summit_id"))
        batch.drop_constraint(batch.f("ck_programme_version_one_programme"), type_="check")
        batch.drop_constraint("uq_programme_version_summit_number", type_="unique")
        batch.drop_constraint(batch.f("fk_programme_version_summit_id_summit"),
                              type_="foreignkey")
        batch.alter_column("delegation_id", existing_type=sa.Integer(), nullable=False)
        batch.drop_column("summit_id")
