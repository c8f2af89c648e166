"""issued versions of a delegation's programme

Revision ID: 0011
Revises: 0009
Numbered snapshot documents of a delegation's programme (who, when, note, JSON with its
schema number), kept for good. A later migration that changes the snapshot's shape
rewrites the stored documents with ``delegate_app.domain.versions.upgrade_document``.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "programme_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delegation_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("issued_at", sa.DateTime(), nullable=False),
        sa.Column("issued_by", sa.String(length=120), nullable=False),
        sa.Column("issued_zone", sa.String(length=64), nullable=False),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.Column("schema", sa.Integer(), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.CheckConstraint("number >= 1", name=op.f("ck_programme_version_number_positive")),
        sa.ForeignKeyConstraint(
            ["delegation_id"],
            ["delegation.id"],
            name=op.f("fk_programme_version_delegation_id_delegation"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_version")),
        sa.UniqueConstraint("delegation_id", "number", name="uq_programme_version_number"),
    )
    with op.batch_alter_table("programme_version", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_programme_version_delegation_id"), ["delegation_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("programme_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_programme_version_delegation_id"))
    op.drop_table("programme_version")
