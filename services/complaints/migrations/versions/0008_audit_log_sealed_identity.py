"""The audit trail, and the complainant's identity sealed at rest with a phone search hash.

Existing rows are sealed by `python -m services.complaints migrate`, which runs `reencrypt`
after the revisions (shared/crypto.py); going down leaves the values sealed.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from shared.migrations import create_audit_table, drop_audit_table

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_audit_table(op.get_bind())
    # Sealed values are longer than the clear ones; `migrate` then seals the existing rows.
    for column in ("name", "phone", "address"):
        op.alter_column("complainants", column, type_=sa.Text())
    op.add_column("complainants", sa.Column("phone_hash", sa.String(64)))
    op.create_index("ix_complainants_phone_hash", "complainants", ["phone_hash"])


def downgrade() -> None:
    op.drop_index("ix_complainants_phone_hash", "complainants")
    op.drop_column("complainants", "phone_hash")
    drop_audit_table(op.get_bind())
