"""The audit trail: every state change a person makes, hash-chained (shared/audit.py).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""

from collections.abc import Sequence

from alembic import op

from shared.migrations import create_audit_table, drop_audit_table

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_audit_table(op.get_bind())


def downgrade() -> None:
    drop_audit_table(op.get_bind())
