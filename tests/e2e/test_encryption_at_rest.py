"""Encryption at rest: a database dump holds no complainant identity or webhook secret in clear.

The re-encryption test runs a second complaints process (its own port, the same database)
holding the new data key, as a rolling deployment would, and re-encrypts while it files.
"""

import asyncio
import base64
import json
import os
import subprocess
import uuid
from typing import Any

import httpx
import pytest

from shared.crypto import normalize_phone
from shared.settings import DEV_DATA_KEY_ID, DEV_DATA_KEYS, ServiceSettings
from tests.e2e.complaints_helpers import (
    SUPERVISION,
    URBAN,
    client_headers,
    complaint_body,
    submit_public,
)
from tests.e2e.notifications_support import with_test_settings
from tests.support.stack import DB_SUFFIX, DSN, PORT_BASE, Stack, token, wait_for

pytestmark = pytest.mark.stack
PG_DUMP = "/usr/lib/postgresql/15/bin/pg_dump"
SECOND_PORT = PORT_BASE + 7
NEW_KID = "k2027"
NEW_KEY = base64.b64encode(os.urandom(32)).decode()
BOTH_KEYS = json.dumps({**DEV_DATA_KEYS, NEW_KID: NEW_KEY})


def _person() -> dict[str, str]:
    digits = f"{uuid.uuid4().int % 10**8:08d}"
    return {"name": f"李{digits}", "phone": f"139{digits}", "address": f"深圳市南山区{digits}号"}


def _dump(service: str) -> str:
    return subprocess.run(
        [PG_DUMP, f"{DSN}/{service}{DB_SUFFIX}"], check=True, capture_output=True, text=True
    ).stdout


async def _identity(http: httpx.AsyncClient, base: str, complaint_id: str) -> dict[str, Any]:
    # The identity as the overseer reads it (the handler, URBAN, is the accused: petition rule).
    response = await http.get(
        f"{base}/complaints/{complaint_id}/complainant",
        params={"purpose": "核实"},
        headers=token(SUPERVISION),
    )
    assert response.status_code == 200, response.text
    return dict(response.json())


async def test_a_database_dump_holds_no_phone_name_address_or_webhook_secret_in_clear(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    person = _person()
    receipt = await submit_public(http, stack, complainant=person)
    await with_test_settings(stack)
    secret = "whsec_" + base64.b64encode(os.urandom(24)).decode()
    response = await http.post(
        f"{stack.url('notifications')}/departments/{URBAN}/webhooks",
        json={"url": "http://127.0.0.1:9/hook", "event_types": [], "secret": secret},
        headers=token(URBAN),
    )
    assert response.status_code == 201, response.text

    complaints, notifications = _dump("complaints"), _dump("notifications")
    assert receipt["tracking_code"] in complaints  # the dump does hold the complaint
    for value in person.values():
        assert value not in complaints
    assert secret not in notifications and secret.removeprefix("whsec_") not in notifications
    assert response.json()["id"] in notifications
    # The handler still reads it, and a phone number is found by its keyed hash.
    assert await _identity(http, stack.url("complaints"), receipt["id"]) == person
    ring = ServiceSettings().key_ring()
    typed_otherwise = f"{person['phone'][:3]}-{person['phone'][3:]}"
    found = await stack.fetch(
        "complaints",
        "select complaint_id from complainants where phone_hash = $1",
        ring.search_hash(normalize_phone(typed_otherwise)),
    )
    assert [str(r[0]) for r in found] == [receipt["id"]]


async def _second_complaints(stack: Stack) -> subprocess.Popen[bytes]:
    process = stack.spawn(
        "complaints",
        log_name="complaints-new-key",
        port=str(SECOND_PORT),
        data_keys=BOTH_KEYS,
        data_key_id=NEW_KID,
        relay_enabled="false",  # the first process's relay publishes both processes' events
        consumers_enabled="false",
    )
    async with httpx.AsyncClient() as client:

        async def ready() -> bool:
            assert process.poll() is None, "the second complaints process exited"
            try:
                url = f"http://127.0.0.1:{SECOND_PORT}/readyz"
                return (await client.get(url)).status_code == 200
            except httpx.TransportError:
                return False

        await wait_for(ready, timeout=60)
    return process


async def _kids(stack: Stack) -> set[str]:
    rows = await stack.fetch(
        "complaints", "select distinct split_part(name, ':', 2) from complainants"
    )
    return {r[0] for r in rows}


async def test_reencrypt_moves_every_identity_to_the_new_key_while_complaints_are_filed(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    before = _person()
    old = await submit_public(http, stack, complainant=before)
    process = await _second_complaints(stack)
    second = f"http://127.0.0.1:{SECOND_PORT}"
    try:
        people = [_person() for _ in range(20)]

        async def file(index: int, person: dict[str, str]) -> str:
            await asyncio.sleep(index * 0.2)  # spread over the re-encryption's run
            response = await http.post(
                f"{second}/public/complaints",
                json=complaint_body(complainant=person),
                headers=client_headers(),
            )
            assert response.status_code == 201, response.text
            return str(response.json()["id"])

        command = stack.run_async(
            "complaints", "reencrypt", data_keys=BOTH_KEYS, data_key_id=NEW_KID
        )
        filings = asyncio.gather(*(file(i, p) for i, p in enumerate(people)))
        ids, (code, output) = await asyncio.gather(filings, command)
        assert code == 0, output
        assert await _kids(stack) == {NEW_KID}  # nothing left under the old key: it can go
        assert await _identity(http, second, old["id"]) == before
        for complaint_id, person in zip(ids, people, strict=True):
            assert await _identity(http, second, complaint_id) == person
    finally:
        process.terminate()
        process.wait(timeout=30)
        # Back to the development key, which the stack's own process holds.
        code, output = await stack.run_async(
            "complaints", "reencrypt", data_keys=BOTH_KEYS, data_key_id=DEV_DATA_KEY_ID
        )
        assert code == 0, output
    assert await _kids(stack) == {DEV_DATA_KEY_ID}
    assert await _identity(http, stack.url("complaints"), old["id"]) == before
