"""Open311: the place of the fault and its picture, partner apps' api keys, rate limits.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("complaints", sa.Column("lat", sa.Double, nullable=True))
    op.add_column("complaints", sa.Column("long", sa.Double, nullable=True))
    op.add_column("complaints", sa.Column("address_string", sa.String(500), nullable=True))
    op.add_column("complaints", sa.Column("media_url", sa.String(2000), nullable=True))
    op.create_table(
        "open311_api_keys",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("key_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("prefix", sa.String(12), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("issued_by", sa.String(200), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revoked_by", sa.String(200), nullable=True),
    )
    op.create_table(
        "open311_requests",
        sa.Column(
            "complaint_id",
            sa.Uuid,
            sa.ForeignKey("complaints.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "api_key_id", sa.Uuid, sa.ForeignKey("open311_api_keys.id"), nullable=False, index=True
        ),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    )
    # Counters of the rate limits (shared/ratelimit.py): no WAL, not replicated, emptied by a
    # crash; they only hold the current minute.
    op.create_table(
        "rate_limits",
        sa.Column("key", sa.String(300), primary_key=True),
        sa.Column("hits", sa.BigInteger, nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        prefixes=["UNLOGGED"],
    )


def downgrade() -> None:
    op.drop_table("rate_limits")
    op.drop_table("open311_requests")
    op.drop_table("open311_api_keys")
    for column in ("media_url", "address_string", "long", "lat"):
        op.drop_column("complaints", column)
