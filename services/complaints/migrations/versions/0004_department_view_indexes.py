"""Newest-first indexes per role of a department, for the department views of complaints.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = {
    "ix_complaints_handling_received": "handling_department",
    "ix_complaints_first_contact_received": "first_contact_department",
    "ix_complaints_forwarded_received": "forwarded_by",
}


def upgrade() -> None:
    for name, column in INDEXES.items():
        op.create_index(name, "complaints", [column, "received_at", "id"])
    # The handling index leads with the department: the single-column one is now redundant.
    op.drop_index("ix_complaints_handling_department", table_name="complaints")


def downgrade() -> None:
    op.create_index("ix_complaints_handling_department", "complaints", ["handling_department"])
    for name in INDEXES:
        op.drop_index(name, table_name="complaints")
