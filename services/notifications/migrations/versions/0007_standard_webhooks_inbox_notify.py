"""Webhook secrets in the Standard Webhooks form; new inbox items wake the live streams.

Every secret not yet `whsec_…` becomes `whsec_` + base64 of its text: the signing key is the
same bytes, so receivers verify as before. Sealed secrets are opened and sealed again with
the service's key ring (the settings `migrate` runs with); clear ones (not sealed yet) stay
clear for the `reencrypt` that `migrate` runs next. Going down leaves them in whsec_ form.

The inbox trigger sends one NOTIFY inbox_items per insert statement, whatever its number of
rows, carrying only the distinct recipient departments (comma-separated; `*` when that would
not fit a notification), so a stream wakes only for its own department.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from services.notifications.config import NotificationsSettings
from services.notifications.webhooks.rules import SECRET_PREFIX, standard_secret
from shared.crypto import VERSION, KeyRing

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SECRET_COLUMN = "webhook_subscriptions.secret"


def _standard_secrets() -> None:
    bind = op.get_bind()
    ring: KeyRing | None = None
    rows = bind.execute(sa.text("SELECT id, secret FROM webhook_subscriptions")).all()
    for row_id, stored in rows:
        sealed = stored.startswith(f"{VERSION}:")
        if sealed:
            ring = ring or NotificationsSettings().key_ring()
        clear = ring.open(stored, SECRET_COLUMN) if sealed and ring else stored
        if clear.startswith(SECRET_PREFIX):
            continue
        secret = standard_secret(clear)
        value = ring.seal(secret, SECRET_COLUMN) if sealed and ring else secret
        bind.execute(
            sa.text("UPDATE webhook_subscriptions SET secret = :secret WHERE id = :id"),
            {"secret": value, "id": row_id},
        )


def upgrade() -> None:
    _standard_secrets()
    # A notification holds at most 8000 bytes: a longer list wakes every stream instead.
    op.execute(
        "CREATE FUNCTION inbox_items_notify() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "DECLARE departments text; BEGIN "
        "SELECT string_agg(DISTINCT department, ',') INTO departments FROM new_items; "
        "IF departments IS NOT NULL THEN PERFORM pg_notify('inbox_items', "
        "CASE WHEN octet_length(departments) > 7900 THEN '*' ELSE departments END); END IF; "
        "RETURN NULL; END $$"
    )
    op.execute(
        "CREATE TRIGGER inbox_items_notify AFTER INSERT ON inbox_items "
        "REFERENCING NEW TABLE AS new_items FOR EACH STATEMENT "
        "EXECUTE FUNCTION inbox_items_notify()"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS inbox_items_notify ON inbox_items")
    op.execute("DROP FUNCTION IF EXISTS inbox_items_notify()")
