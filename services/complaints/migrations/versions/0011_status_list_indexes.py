"""Newest-first indexes per status, overall and per department role, for the filtered lists.

The status index leads with the status and goes on in list order, so it replaces the
single-column one (the deadline job's status lookups read it the same way).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = {
    "ix_complaints_status_received": ["status"],
    "ix_complaints_handling_status_received": ["handling_department", "status"],
    "ix_complaints_first_contact_status_received": ["first_contact_department", "status"],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "complaints", [*columns, "received_at", "id"])
    op.drop_index("ix_complaints_status", table_name="complaints")


def downgrade() -> None:
    op.create_index("ix_complaints_status", "complaints", ["status"])
    for name in INDEXES:
        op.drop_index(name, table_name="complaints")
