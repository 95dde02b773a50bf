"""The audit trail, and webhook secrets sealed at rest.

Existing secrets are sealed by `python -m services.notifications migrate`, which runs
`reencrypt` after the revisions (shared/crypto.py); going down leaves them sealed.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from shared.migrations import create_audit_table, drop_audit_table

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_audit_table(op.get_bind())
    # Sealed values are longer than the clear ones; `migrate` then seals the existing rows.
    op.alter_column("webhook_subscriptions", "secret", type_=sa.Text())


def downgrade() -> None:
    drop_audit_table(op.get_bind())
