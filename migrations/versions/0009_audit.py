"""the record of every change (audit trail)

Revision ID: 0009
Revises: 0006
One append-only row per record a write created, changed, removed or restored: who, when,
which record, and each changed field before and after, as JSON.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
                  autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("officer", sa.String(length=120), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("kind", sa.String(length=60), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=True),
        sa.Column("rows", sa.Integer(), server_default="1", nullable=False),
        sa.Column("scope_kind", sa.String(length=60), server_default="", nullable=False),
        sa.Column("scope_id", sa.Integer(), nullable=True),
        sa.Column("delegation_id", sa.Integer(), nullable=True),
        sa.Column("summary", sa.String(length=500), server_default="", nullable=False),
        sa.Column("changes", sa.Text(), server_default="{}", nullable=False),
        sa.Column("zone", sa.String(length=64), server_default="", nullable=False),
        sa.Column("end_zone", sa.String(length=64), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_entry_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_officer"), ["officer"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_entry_delegation_id"), ["delegation_id"],
                              unique=False)
        batch_op.create_index("ix_audit_entry_record", ["kind", "record_id"], unique=False)
        batch_op.create_index("ix_audit_entry_scope", ["scope_kind", "scope_id"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entry_scope")
        batch_op.drop_index("ix_audit_entry_record")
        batch_op.drop_index(batch_op.f("ix_audit_entry_delegation_id"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_officer"))
        batch_op.drop_index(batch_op.f("ix_audit_entry_at"))
    op.drop_table("audit_entry")
