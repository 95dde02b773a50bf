"""The audit trail's head: one row with the last seq and hash, moved by each append.

An append is then one statement (shared/audit.py); the row starts at the last entry
already in the log.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

from collections.abc import Sequence

from alembic import op

from shared.migrations import create_audit_head, drop_audit_head

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_audit_head(op.get_bind())


def downgrade() -> None:
    drop_audit_head(op.get_bind())
