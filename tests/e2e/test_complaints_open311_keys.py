"""Partner apps' api keys: issued by the government office's admins, shown once, stored hashed,
listed, revoked, and every issue and revocation in the audit trail."""

import hashlib

import httpx
import pytest

from tests.e2e.open311_support import KEY_ADMIN, issue_key
from tests.support.stack import Stack, token

pytestmark = pytest.mark.stack
OPERATOR = token("SZ-SUPERVISION", "operator")


async def test_a_key_is_shown_once_and_stored_hashed(stack: Stack, http: httpx.AsyncClient) -> None:
    key_id, key = await issue_key(http, stack, "i深圳 app")
    listed = await http.get(
        stack.url("complaints") + "/open311/api-keys", headers=token(*KEY_ADMIN)
    )
    [mine] = [k for k in listed.json() if k["id"] == key_id]
    assert mine["name"] == "i深圳 app" and key.startswith(mine["prefix"])
    assert mine["revoked_at"] is None and mine["issued_by"]
    assert key not in listed.text and "key" not in mine
    [row] = await stack.fetch(
        "complaints",
        "select to_jsonb(k)::text, key_hash from open311_api_keys k where id = $1::uuid",
        key_id,
    )
    assert key not in row[0]
    assert row[1] == hashlib.sha256(key.encode()).hexdigest()


async def test_issuing_and_revoking_are_audited(stack: Stack, http: httpx.AsyncClient) -> None:
    key_id, _ = await issue_key(http, stack)
    url = f"{stack.url('complaints')}/open311/api-keys/{key_id}/revoke"
    first = await http.post(url, headers=token(*KEY_ADMIN))
    again = await http.post(url, headers=token(*KEY_ADMIN))
    assert first.status_code == again.status_code == 200
    assert first.json()["revoked_at"] == again.json()["revoked_at"]  # revoked once
    audit = await http.get(
        stack.url("complaints") + "/audit",
        params={"record_type": "open311_api_key", "record_id": key_id},
        headers=OPERATOR,
    )
    entries = audit.json()["items"]
    assert [e["action"] for e in entries] == ["open311.api_key.issued", "open311.api_key.revoked"]
    assert all(e["department"] == KEY_ADMIN[0] for e in entries)


async def test_only_the_government_offices_admins_manage_keys(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    url = stack.url("complaints") + "/open311/api-keys"
    for headers in (token("SZ-GOV-OFFICE"), token("SZ-SUPERVISION", "admin"), {}):
        issued = await http.post(url, json={"name": "x"}, headers=headers)
        assert issued.status_code in (401, 403), issued.text
        assert issued.headers["content-type"] == "application/problem+json"
        assert (await http.get(url, headers=headers)).status_code in (401, 403)
    missing = await http.post(
        url + "/00000000-0000-4000-8000-000000000000/revoke", headers=token(*KEY_ADMIN)
    )
    assert missing.status_code == 404
