"""Revision 0007 moves existing webhook secrets to the Standard Webhooks form and keeps them
working: a receiver holding the old secret verifies the new signatures unchanged."""

import asyncio
import base64
import hashlib
import hmac
import uuid
from pathlib import Path

import asyncpg
import pytest
from alembic import command
from standardwebhooks import Webhook

from services.notifications.config import NotificationsSettings
from services.notifications.webhooks.rules import signature_headers
from shared.migrations import alembic_config
from tests.support.stack import DATABASE, DB_SUFFIX, DSN, Stack, drop_database

pytestmark = pytest.mark.stack

MIGRATIONS = Path(__file__).parents[2] / "services" / "notifications" / "migrations"
COLUMN = "webhook_subscriptions.secret"


async def _migrate(name: str, target: str) -> None:
    config = alembic_config(MIGRATIONS, f"{DATABASE}/{name}")
    # Alembic's env runs its own event loop: it gets a thread of its own.
    await asyncio.to_thread(command.upgrade, config, target)


async def test_old_secrets_become_whsec_with_the_same_signing_key(stack: Stack) -> None:
    name = f"notifications_secrets{DB_SUFFIX}"
    admin = await asyncpg.connect(f"{DSN}/postgres")
    await drop_database(admin, name)
    await admin.execute(f'CREATE DATABASE "{name}"')
    ring = NotificationsSettings().key_ring()  # the ring `migrate` runs with
    new = "whsec_" + base64.b64encode(bytes(range(24))).decode()
    stored = {
        "sealed plain": ("old-plain-text-secret-of-an-agency", True),
        "clear plain": ("written-before-encryption-at-rest", False),
        "sealed whsec": (new, True),
    }
    ids = {label: uuid.uuid4() for label in stored}
    try:
        await _migrate(name, "0006")
        conn = await asyncpg.connect(f"{DSN}/{name}")
        try:
            for label, (secret, sealed) in stored.items():
                await conn.execute(
                    "INSERT INTO webhook_subscriptions (id, department, url, event_types, secret,"
                    " created_by) VALUES ($1, 'SZ-AUDIT', 'https://a.example/h', '{}', $2, 't')",
                    ids[label],
                    ring.seal(secret, COLUMN) if sealed else secret,
                )
            await _migrate(name, "head")
            rows = await conn.fetch("SELECT id, secret FROM webhook_subscriptions")
        finally:
            await conn.close()
    finally:
        await drop_database(admin, name)
        await admin.close()

    after = {row["id"]: row["secret"] for row in rows}
    for label, (old, sealed) in stored.items():
        value = after[ids[label]]
        assert value.startswith("v1:") == sealed, label  # sealed ones stay sealed
        secret = ring.open(value, COLUMN) if sealed else value
        assert secret.startswith("whsec_"), label
        body = b'{"type":"notifications.item.delivered.v1"}'
        headers = signature_headers(secret, "d-1", 1700000000, body)
        key = base64.b64decode(old.removeprefix("whsec_")) if old == new else old.encode()
        digest = hmac.new(key, b"d-1.1700000000." + body, hashlib.sha256).digest()
        assert headers["webhook-signature"] == "v1," + base64.b64encode(digest).decode(), label
        Webhook(secret)  # a receiver's library takes the new form as it is
    assert ring.open(after[ids["sealed whsec"]], COLUMN) == new  # already standard: unchanged
