"""What only guards against repeats is forgotten once no repeat can come, and not before
(shared/retention.py): an Idempotency-Key after its 7 days, a consumer's mark of an applied
event after twice Kafka's log retention. The sweep runs every second in the test stack; the
tests age rows as the days would, by their stored timestamps."""

import json
import uuid

import httpx
import pytest
from pydantic import ValidationError

from services.notifications.config import NotificationsSettings
from tests.e2e.helpers import report_body
from tests.e2e.notifications_support import fresh_unit, publish, wait_item
from tests.support.stack import Stack, token, wait_for

pytestmark = pytest.mark.stack

FORWARDED = "complaints.complaint.forwarded.v1"


async def _file(http: httpx.AsyncClient, stack: Stack, key: str, title: str) -> httpx.Response:
    return await http.post(
        stack.url("referrals") + "/referral-reports",
        json=report_body(title=title),
        headers={**token("SZ-FINANCE"), "Idempotency-Key": key},
    )


async def _gone(stack: Stack, service: str, query: str, *args: object) -> bool:
    return bool(await stack.scalar(service, query, *args) == 0)


async def test_an_idempotency_key_replays_for_seven_days_then_a_retry_runs_anew(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    old_key, young_key = f"old-{uuid.uuid4()}", f"young-{uuid.uuid4()}"
    first = await _file(http, stack, old_key, "保留期测试：旧键")
    young = await _file(http, stack, young_key, "保留期测试：新键")
    assert first.status_code == young.status_code == 201
    replay = await _file(http, stack, old_key, "保留期测试：旧键")
    assert replay.headers.get("Idempotent-Replayed") == "true"
    assert replay.json()["id"] == first.json()["id"]

    # Eight days pass for the first key only (its row's own clock).
    await stack.execute(
        "referrals",
        "UPDATE idempotent_requests SET created_at = now() - interval '8 days' "
        f"WHERE key = '{old_key}'",
    )
    count = "SELECT count(*) FROM idempotent_requests WHERE key = $1"
    await wait_for(lambda: _gone(stack, "referrals", count, old_key), timeout=20)

    again = await _file(http, stack, old_key, "保留期测试：旧键")
    assert again.status_code == 201, again.text
    assert "Idempotent-Replayed" not in again.headers
    assert again.json()["id"] != first.json()["id"]  # a new report: the key was forgotten
    # The younger key, swept past at the same time, still answers with its first report.
    still = await _file(http, stack, young_key, "保留期测试：新键")
    assert still.headers.get("Idempotent-Replayed") == "true"
    assert still.json()["id"] == young.json()["id"]


async def test_marks_of_applied_events_go_after_their_retention_and_younger_ones_still_guard(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    unit = await fresh_unit(stack, http)
    data = {"to_department": unit, "forwarded_by": "SZ-PETITION"}
    aged, young = [
        await publish(
            stack,
            "complaints.complaints",
            FORWARDED,
            {**data, "complaint_id": subject},
            subject=subject,
            source="complaints",
        )
        for subject in (str(uuid.uuid4()), str(uuid.uuid4()))
    ]
    for event in (aged, young):
        await wait_item(http, stack, unit, event)
    marks = "SELECT count(*) FROM processed_events WHERE event_id = $1"
    assert await stack.scalar("notifications", marks, aged.id) == 1

    # 15 days: past the 14 days a mark is kept, itself twice Kafka's 7 days.
    await stack.execute(
        "notifications",
        "UPDATE processed_events SET processed_at = now() - interval '15 days' "
        f"WHERE event_id = '{aged.id}'",
    )
    await wait_for(lambda: _gone(stack, "notifications", marks, aged.id), timeout=20)
    assert await stack.scalar("notifications", marks, young.id) == 1

    # The young mark still makes the consumer skip a redelivery of its event.
    await publish(
        stack,
        "complaints.complaints",
        FORWARDED,
        young.data,
        subject=young.subject,
        event_id=young.id,
        source="complaints",
    )
    probe = await publish(
        stack,
        "complaints.complaints",
        FORWARDED,
        {**data, "complaint_id": young.subject},
        subject=young.subject,  # the same partition: applied after the redelivery
        source="complaints",
    )
    await wait_item(http, stack, unit, probe)
    assert _skipped(stack, young.id) == 1
    items = "SELECT count(*) FROM inbox_items WHERE source_event_id = $1 AND department = $2"
    assert await stack.scalar("notifications", items, young.id, unit) == 1


def _skipped(stack: Stack, event_id: uuid.UUID) -> int:
    """Counts the notifications consumer's log lines that skipped this event as applied."""
    lines = [
        json.loads(line)
        for line in stack.log_text("notifications").splitlines()
        if line.startswith("{")
    ]
    return sum(
        1
        for line in lines
        if line.get("event_id") == str(event_id) and line.get("msg", "").startswith("event skipped")
    )


def test_a_mark_cannot_be_kept_shorter_than_kafkas_log_keeps_the_record() -> None:
    with pytest.raises(ValidationError, match="processed_events_retention_hours"):
        NotificationsSettings(processed_events_retention_hours=100)
    assert (
        NotificationsSettings(processed_events_retention_hours=168).processed_events_retention_hours
        == 168
    )
