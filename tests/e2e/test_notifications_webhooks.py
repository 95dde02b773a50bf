"""Webhooks against real local receivers: every delivery verified with the Standard Webhooks
library as a receiver would, retries with backoff until a failing receiver recovers, dead
letters and redelivery, slow receivers isolated."""

import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from tests.e2e.notifications_support import (
    ADMIN,
    body_of,
    deliveries,
    fresh_unit,
    publish,
    settle,
    start_receiver,
    subscribe,
    verified,
    wait_item,
    with_test_settings,
)
from tests.support.stack import Stack, token, wait_for

pytestmark = pytest.mark.stack

FORWARDED = "complaints.complaint.forwarded.v1"


async def _forward(stack: Stack, department: str) -> Any:
    complaint = str(uuid.uuid4())
    return await publish(
        stack,
        "complaints.complaints",
        FORWARDED,
        {"complaint_id": complaint, "to_department": department, "forwarded_by": "SZ-PETITION"},
        subject=complaint,
        source="complaints",
    )


async def _settled(
    http: httpx.AsyncClient,
    stack: Stack,
    department: str,
    subscription: dict[str, Any],
    status: str,
) -> dict[str, Any]:
    async def done() -> dict[str, Any] | None:
        rows = await deliveries(http, stack, department, subscription["id"])
        return rows[0] if rows and rows[0]["status"] == status else None

    return dict(await wait_for(done, timeout=30, interval=0.3))


async def test_deliveries_are_signed_and_logged(stack: Stack, http: httpx.AsyncClient) -> None:
    await with_test_settings(stack)
    with start_receiver() as receiver:
        subscription = await subscribe(http, stack, "SZ-AUDIT", receiver.url, [FORWARDED])
        receiver.secret = subscription["secret"]
        assert subscription["secret"].startswith("whsec_")
        item = await wait_item(http, stack, "SZ-AUDIT", await _forward(stack, "SZ-AUDIT"))
        delivery = await _settled(http, stack, "SZ-AUDIT", subscription, "delivered")

        assert len(receiver.received) == 1
        got = receiver.received[0]
        assert got.signature_ok, got.headers
        tampered = got.body.replace(b'"rule":"R10"', b'"rule":"R11"')
        assert tampered != got.body and not verified(receiver.secret, got.headers, tampered)
        assert got.headers["webhook-id"] == delivery["id"]
        assert abs(int(got.headers["webhook-timestamp"]) - time.time()) < 60
        payload = body_of(got)
        assert payload["type"] == "notifications.item.delivered.v1"
        assert payload["data"]["item_id"] == item["id"]
        assert payload["data"]["rule"] == "R10"
        [attempt] = delivery["log"]
        assert attempt["status_code"] == 200 and attempt["error"] is None
        assert attempt["latency_ms"] >= 0
        listed = await http.get(
            f"{stack.url('notifications')}/departments/SZ-AUDIT/webhooks", headers=token("SZ-AUDIT")
        )
        assert "secret" not in listed.json()[0]


async def test_a_chosen_whsec_secret_signs_the_deliveries(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    await with_test_settings(stack)
    chosen = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
    with start_receiver(secret=chosen) as receiver:
        response = await http.post(
            f"{stack.url('notifications')}/departments/SZ-TRANSPORT/webhooks",
            json={"url": receiver.url, "event_types": [FORWARDED], "secret": chosen},
            headers=token("SZ-TRANSPORT"),
        )
        assert response.status_code == 201, response.text
        assert response.json()["secret"] == chosen
        await _forward(stack, "SZ-TRANSPORT")
        await wait_for(lambda: _count(receiver, 1), timeout=30, interval=0.1)
        assert all(r.signature_ok for r in receiver.received)


async def test_a_failing_receiver_gets_retries_until_it_recovers(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    await with_test_settings(stack)
    with start_receiver(statuses=[503, 500]) as receiver:
        subscription = await subscribe(http, stack, "SZ-FINANCE", receiver.url, [FORWARDED])
        receiver.secret = subscription["secret"]
        await _forward(stack, "SZ-FINANCE")
        delivery = await _settled(http, stack, "SZ-FINANCE", subscription, "delivered")

    assert [a["status_code"] for a in delivery["log"]] == [503, 500, 200]
    assert [a["attempt"] for a in delivery["log"]] == [1, 2, 3]
    assert len({r.headers["webhook-id"] for r in receiver.received}) == 1  # same message id
    assert all(r.signature_ok for r in receiver.received)
    gaps = [b.at - a.at for a, b in zip(receiver.received, receiver.received[1:], strict=False)]
    assert gaps[0] >= 0.14 and gaps[1] >= 0.29  # backoff 0.3 s then 0.6 s, jitter in [½, 1)

    metrics = await http.get(
        stack.url("notifications") + "/metrics", headers=token("SZ-GOV-OFFICE", "operator")
    )
    assert 'webhook_attempts_total{outcome="retry"}' in metrics.text
    assert 'webhook_attempts_total{outcome="delivered"}' in metrics.text


async def test_a_retry_becomes_due_when_the_app_clock_advances(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    await with_test_settings(stack)
    unit = await fresh_unit(stack, http)
    clock = f"{stack.url('notifications')}/_test/clock"
    # Frozen an hour ahead: the queued delivery is due, its retry waits for the clock.
    ahead = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
    assert (await http.put(clock, json={"at": ahead}, headers=ADMIN)).status_code == 200
    try:
        with start_receiver(statuses=[503]) as receiver:
            subscription = await subscribe(http, stack, unit, receiver.url, [FORWARDED])
            receiver.secret = subscription["secret"]
            await _forward(stack, unit)
            await wait_for(lambda: _count(receiver, 1), timeout=30, interval=0.1)
            await settle(1.5)  # five times the longest first backoff (0.3 s) of wall time
            assert len(receiver.received) == 1
            [pending] = await deliveries(http, stack, unit, subscription["id"])
            assert pending["status"] == "pending" and pending["attempts"] == 1

            await http.put(clock, json={"advance_s": 1}, headers=ADMIN)
            delivery = await _settled(http, stack, unit, subscription, "delivered")
        assert [a["status_code"] for a in delivery["log"]] == [503, 200]
        assert all(r.signature_ok for r in receiver.received)
        assert datetime.fromisoformat(delivery["delivered_at"]) >= datetime.fromisoformat(ahead)
    finally:
        await http.delete(clock, headers=ADMIN)


async def test_dead_letter_after_the_last_attempt_then_redeliver(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    await with_test_settings(stack)
    with start_receiver(then=500) as receiver:
        subscription = await subscribe(http, stack, "SZ-LEGAL", receiver.url, [])
        receiver.secret = subscription["secret"]
        await _forward(stack, "SZ-LEGAL")
        dead = await _settled(http, stack, "SZ-LEGAL", subscription, "dead")
        assert [a["status_code"] for a in dead["log"]] == [500, 500, 500, 500]  # max 4 tries
        assert dead["last_error"] == "HTTP 500"

        assert all(r.signature_ok for r in receiver.received)
        receiver.then = 200
        base = f"{stack.url('notifications')}/departments/SZ-LEGAL/webhooks/{subscription['id']}"
        again = await http.post(
            f"{base}/deliveries/{dead['id']}/redeliver", headers=token("SZ-LEGAL")
        )
        assert again.status_code == 202, again.text
        delivered = await _settled(http, stack, "SZ-LEGAL", subscription, "delivered")
        assert [a["status_code"] for a in delivered["log"]] == [500, 500, 500, 500, 200]
        assert len(receiver.received) == 5 and all(r.signature_ok for r in receiver.received)
        other = await http.post(
            f"{base}/deliveries/{dead['id']}/redeliver", headers=token("SZ-AUDIT")
        )
        assert other.status_code == 403


async def test_removing_a_webhook_cancels_its_queued_deliveries(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    await with_test_settings(stack)
    with start_receiver(then=500) as receiver:
        subscription = await subscribe(http, stack, "SZ-FOOD-DRUG", receiver.url, [FORWARDED])
        receiver.secret = subscription["secret"]
        await _forward(stack, "SZ-FOOD-DRUG")
        await wait_for(lambda: _count(receiver, 1), timeout=30, interval=0.1)
        base = f"{stack.url('notifications')}/departments/SZ-FOOD-DRUG/webhooks"
        removed = await http.delete(f"{base}/{subscription['id']}", headers=token("SZ-FOOD-DRUG"))
        assert removed.status_code == 204
        await _settled(http, stack, "SZ-FOOD-DRUG", subscription, "cancelled")
        tries = len(receiver.received)
        assert tries < 4
        unknown = await http.post(
            f"{base}/{subscription['id']}/deliveries/{uuid.uuid4()}/redeliver",
            headers=token("SZ-FOOD-DRUG"),
        )
        assert unknown.status_code == 404
        listed = await http.get(base, headers=token("SZ-FOOD-DRUG"))
        assert [s["active"] for s in listed.json()] == [False]
    assert len(receiver.received) == tries
    assert all(r.signature_ok for r in receiver.received)


async def test_an_unreachable_receiver_is_logged_with_its_error(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    await with_test_settings(stack)
    with start_receiver() as closed:
        url = closed.url  # the port is closed once the block ends
    subscription = await subscribe(http, stack, "SZ-ENVIRONMENT", url, [FORWARDED])
    await _forward(stack, "SZ-ENVIRONMENT")
    dead = await _settled(http, stack, "SZ-ENVIRONMENT", subscription, "dead")
    assert all(a["status_code"] is None and a["error"] for a in dead["log"])


async def test_a_slow_receiver_delays_neither_inboxes_nor_other_receivers(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    await with_test_settings(stack)
    with start_receiver(delay_s=5) as slow, start_receiver() as fast:
        slow_sub = await subscribe(http, stack, "SZ-REFORM", slow.url, [FORWARDED])
        fast_sub = await subscribe(http, stack, "SZ-REFORM", fast.url, [FORWARDED])
        slow.secret, fast.secret = slow_sub["secret"], fast_sub["secret"]
        started = time.monotonic()
        events = [await _forward(stack, "SZ-REFORM") for _ in range(3)]
        for event in events:
            await wait_item(http, stack, "SZ-REFORM", event)
        await wait_for(lambda: _count(fast, 3), timeout=10, interval=0.1)
        assert time.monotonic() - started < 5  # sooner than one slow answer
        assert all(r.signature_ok for r in fast.received)
        assert all(r.signature_ok for r in slow.received)
        slow_rows = await deliveries(http, stack, "SZ-REFORM", slow_sub["id"])
        assert all(row["status"] == "pending" for row in slow_rows)


async def _count(receiver: Any, n: int) -> bool:
    return len(receiver.received) >= n


@pytest.mark.parametrize(
    "body",
    [
        {"url": "ftp://agency.example/hook"},
        {"url": "http://10.0.0.8/hook"},
        {"url": "http://169.254.169.254/latest/meta-data"},
        {"url": "http://[::1]:8080/hook"},
        {"url": "https://user:pw@8.8.8.8/hook"},
        {"url": "not a url"},
        {"url": "http://127.0.0.1:9/hook", "event_types": ["registry.gossip.v1"]},
        {"url": "http://127.0.0.1:9/hook", "secret": "short"},
        {
            "url": "http://127.0.0.1:9/hook",
            "secret": "change-me-to-a-long-random-secret-of-forty-two",
        },
        {"url": "http://127.0.0.1:9/hook", "secret": "whsec_c2hvcnQgYnV0IGxvbmcgZW5vdWdoISE="},
        {"url": "http://127.0.0.1:9/hook", "colour": "red"},
    ],
)
async def test_bad_subscriptions_are_refused_and_nothing_is_stored(
    stack: Stack, http: httpx.AsyncClient, body: dict[str, Any]
) -> None:
    await with_test_settings(stack)
    count = "select count(*) from webhook_subscriptions"
    before = await stack.scalar("notifications", count)
    response = await http.post(
        f"{stack.url('notifications')}/departments/SZ-AUDIT/webhooks",
        json=body,
        headers=token("SZ-AUDIT"),
    )
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert await stack.scalar("notifications", count) == before


async def test_a_department_manages_only_its_own_webhooks(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    url = f"{stack.url('notifications')}/departments/SZ-AUDIT/webhooks"
    body = {"url": "http://127.0.0.1:9/hook"}
    assert (await http.post(url, json=body, headers=token("SZ-FINANCE"))).status_code == 403
    assert (await http.get(url, headers=token("SZ-FINANCE"))).status_code == 403
    assert (await http.get(url)).status_code == 401
