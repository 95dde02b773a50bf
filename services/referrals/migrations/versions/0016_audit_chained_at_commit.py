"""The audit chain is linked as a transaction commits: requests append without a lock.

An entry goes into audit_pending; a deferred trigger moves audit_head and writes the chained
entry into audit_log at commit (shared/audit.py, shared/migrations.py).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-02
"""

from collections.abc import Sequence

from alembic import op

from shared.migrations import create_audit_pending, drop_audit_pending

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_audit_pending(op.get_bind())


def downgrade() -> None:
    drop_audit_pending(op.get_bind())
