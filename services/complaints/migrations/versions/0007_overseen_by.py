"""Who oversees each complaint: supervision, or the conflict body for complaints about it.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("complaints", sa.Column("overseen_by", sa.String(40), nullable=True))
    # Complaints received before: supervision oversaw every one.
    op.execute(
        "update complaints set overseen_by = (select min(code) from department_copy"
        " where role = 'SUPERVISION' and active)"
    )
    op.create_index(
        "ix_complaints_overseen_received", "complaints", ["overseen_by", "received_at", "id"]
    )


def downgrade() -> None:
    op.drop_index("ix_complaints_overseen_received", table_name="complaints")
    op.drop_column("complaints", "overseen_by")
