"""The outbox wakes the relay by a trigger (NOTIFY outbox_referrals at commit).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

from collections.abc import Sequence

from alembic import op

from shared.migrations import create_outbox_notify_trigger, drop_outbox_notify_trigger

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    create_outbox_notify_trigger(op.get_bind(), "referrals")


def downgrade() -> None:
    drop_outbox_notify_trigger(op.get_bind())
