"""commitment history and evidence documents

Revision ID: 0005
Revises: 0004
Every status change of a commitment (who, when, note, document) and the evidence
document of a kept promise.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "commitment_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("commitment_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by", sa.String(length=120), nullable=False),
        sa.Column(
            "from_status",
            sa.Enum(
                "open",
                "in_progress",
                "done",
                "dropped",
                name="from_status",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column(
            "to_status",
            sa.Enum(
                "open",
                "in_progress",
                "done",
                "dropped",
                name="to_status",
                native_enum=False,
                create_constraint=True,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.Column("document_name", sa.String(length=255), server_default="", nullable=False),
        sa.Column("document", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(
            ["commitment_id"],
            ["commitment.id"],
            name=op.f("fk_commitment_event_commitment_id_commitment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commitment_event")),
    )
    with op.batch_alter_table("commitment_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_commitment_event_commitment_id"), ["commitment_id"], unique=False
        )

    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "evidence_document_name", sa.String(length=255), server_default="", nullable=False
            )
        )
        batch_op.add_column(sa.Column("evidence_document", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("commitment", schema=None) as batch_op:
        batch_op.drop_column("evidence_document")
        batch_op.drop_column("evidence_document_name")

    with op.batch_alter_table("commitment_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_commitment_event_commitment_id"))

    op.drop_table("commitment_event")
