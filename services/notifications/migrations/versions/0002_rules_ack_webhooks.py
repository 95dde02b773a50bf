"""Copy rules, acknowledgement and stream columns on inbox items, webhooks.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects.postgresql import ARRAY, JSONB

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NOW = sa.func.now()


def upgrade() -> None:
    op.add_column("inbox_items", sa.Column("seq", sa.BigInteger, sa.Identity(always=False)))
    op.create_unique_constraint("uq_inbox_items_seq", "inbox_items", ["seq"])
    op.alter_column("inbox_items", "seq", nullable=False)
    op.add_column(
        "inbox_items",
        sa.Column("rules", ARRAY(sa.String(50)), nullable=False, server_default="{}"),
    )
    op.execute("update inbox_items set rules = array[rule]")
    op.add_column(
        "inbox_items",
        sa.Column("requires_ack", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    for name in ("acknowledged_at", "reminded_at", "escalated_at"):
        op.add_column("inbox_items", sa.Column(name, sa.DateTime(timezone=True)))
    op.add_column("inbox_items", sa.Column("acknowledged_by", sa.String(100)))
    op.create_index("ix_inbox_department_seq", "inbox_items", ["department", "seq"])
    op.create_index(
        "ix_inbox_awaiting_ack",
        "inbox_items",
        ["created_at"],
        postgresql_where=sa.text(
            "requires_ack and acknowledged_at is null and escalated_at is null"
        ),
    )

    op.create_table(
        "copy_rules",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("event_type", sa.String(200), nullable=False, index=True),
        sa.Column("condition_field", sa.String(100)),
        sa.Column("condition_values", ARRAY(sa.String(200)), nullable=False, server_default="{}"),
        sa.Column("departments", ARRAY(sa.String(40)), nullable=False),
        sa.Column("description", sa.String(500), nullable=False),
        sa.Column("enabled", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("created_by", sa.String(100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=_NOW),
    )

    op.create_table(
        "webhook_subscriptions",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column("department", sa.String(40), nullable=False, index=True),
        sa.Column("url", sa.String(2000), nullable=False),
        sa.Column("event_types", ARRAY(sa.String(200)), nullable=False),
        sa.Column("secret", sa.String(200), nullable=False),
        sa.Column("active", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("created_by", sa.String(100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=_NOW),
    )
    op.create_table(
        "webhook_deliveries",
        sa.Column("id", sa.Uuid, primary_key=True),
        sa.Column(
            "subscription_id",
            sa.Uuid,
            sa.ForeignKey("webhook_subscriptions.id"),
            nullable=False,
        ),
        sa.Column("item_id", sa.Uuid, nullable=False),
        sa.Column("event_type", sa.String(200), nullable=False),
        sa.Column("payload", JSONB, nullable=False),
        sa.Column("status", sa.String(20), nullable=False, server_default="pending"),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_status_code", sa.Integer),
        sa.Column("last_error", sa.Text),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, server_default=_NOW),
        sa.Column("delivered_at", sa.DateTime(timezone=True)),
        sa.UniqueConstraint("subscription_id", "item_id", name="uq_webhook_subscription_item"),
    )
    op.create_index(
        "ix_webhook_due",
        "webhook_deliveries",
        ["next_attempt_at"],
        postgresql_where=sa.text("status = 'pending'"),
    )
    op.create_table(
        "webhook_attempts",
        sa.Column("id", sa.BigInteger, sa.Identity(always=False), primary_key=True),
        sa.Column(
            "delivery_id",
            sa.Uuid,
            sa.ForeignKey("webhook_deliveries.id"),
            nullable=False,
            index=True,
        ),
        sa.Column("attempt", sa.Integer, nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("status_code", sa.Integer),
        sa.Column("latency_ms", sa.Integer, nullable=False),
        sa.Column("error", sa.Text),
    )


def downgrade() -> None:
    op.drop_table("webhook_attempts")
    op.drop_table("webhook_deliveries")
    op.drop_table("webhook_subscriptions")
    op.drop_table("copy_rules")
    op.drop_index("ix_inbox_awaiting_ack", "inbox_items")
    op.drop_index("ix_inbox_department_seq", "inbox_items")
    for name in (
        "acknowledged_by",
        "escalated_at",
        "reminded_at",
        "acknowledged_at",
        "requires_ack",
        "rules",
        "seq",
    ):
        op.drop_column("inbox_items", name)
