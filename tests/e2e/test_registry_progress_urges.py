"""Progress reports (R1), overdue detection, urge notices (R4) and the urge referral (R5)."""

import json
import uuid
from typing import Any

import httpx
import pytest
from aiokafka import AIOKafkaProducer

from services.registry.tasks.seed import load_table
from shared.events import Envelope
from shared.settings import ServiceSettings
from tests.e2e.notifications_support import outbox_events, wait_item
from tests.e2e.registry_helpers import (
    ENV,
    FIN,
    GOV,
    SUP,
    URBAN,
    act,
    assign,
    counts,
    registry_clock,
    run_overdue_job,
    set_clock,
)
from tests.support.stack import BOOTSTRAP, Stack, token, wait_for

pytestmark = pytest.mark.stack


async def _report(
    http: httpx.AsyncClient, stack: Stack, task_id: str, by: str, year: int, quarter: int
) -> httpx.Response:
    return await http.post(
        f"{stack.url('registry')}/tasks/{task_id}/progress",
        json={"year": year, "quarter": quarter, "percent": 40, "summary": "已完成方案起草"},
        headers=token(by),
    )


async def _quarters(http: httpx.AsyncClient, stack: Stack, task_id: str) -> dict[str, str]:
    response = await http.get(
        f"{stack.url('registry')}/tasks/{task_id}/progress", headers=token(SUP)
    )
    assert response.status_code == 200, response.text
    return {f"{q['year']}Q{q['quarter']}": q["state"] for q in response.json()["quarters"]}


async def test_quarterly_progress_reaches_supervision_and_late_or_missing_show_R1(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    async with registry_clock(http, stack, "2026-03-20T10:00:00+08:00"):
        task = await assign(http, stack, deadline="2026-12-31", deadline_working_days=None)
        await set_clock(http, stack, "2026-04-03T10:00:00+08:00")
        first = await _report(http, stack, task["id"], ENV, 2026, 1)
        assert first.status_code == 201, first.text
        assert first.json()["late"] is False
        events = await outbox_events(stack, "registry", "registry.progress.reported.v1", task["id"])
        assert len(events) == 1
        # R1: to the government office, copied to supervision: both find it in their inbox.
        assert (await wait_item(http, stack, GOV, events[0]))["rule"] == "R1"
        assert (await wait_item(http, stack, SUP, events[0]))["rule"] == "R1"
        read = await http.get(f"{stack.url('registry')}/tasks/{task['id']}", headers=token(ENV))
        assert read.json()["status"] == "in_progress" and read.json()["progress"] == 40

        before = await counts(stack)
        assert (await _report(http, stack, task["id"], ENV, 2026, 1)).status_code == 409
        assert (await _report(http, stack, task["id"], FIN, 2026, 1)).status_code == 403
        assert (await _report(http, stack, task["id"], ENV, 2026, 3)).status_code == 422
        assert (await _report(http, stack, task["id"], ENV, 2025, 4)).status_code == 422
        assert await counts(stack) == before
        assert (await _report(http, stack, task["id"], URBAN, 2026, 1)).status_code == 201

        await set_clock(http, stack, "2026-08-03T10:00:00+08:00")
        assert await _quarters(http, stack, task["id"]) == {
            "2026Q1": "reported",
            "2026Q2": "missing",
            "2026Q3": "pending",
        }
        late = await _report(http, stack, task["id"], ENV, 2026, 2)
        assert late.status_code == 201 and late.json()["late"] is True
        assert (await _quarters(http, stack, task["id"]))["2026Q2"] == "reported_late"

        assert (await act(http, stack, task["id"], ENV, "complete")).status_code == 200
        before = await counts(stack)
        assert (await _report(http, stack, task["id"], ENV, 2026, 3)).status_code == 409
        assert await counts(stack) == before


async def _issue(
    http: httpx.AsyncClient, stack: Stack, task_id: str, by: str = GOV
) -> httpx.Response:
    return await http.post(
        f"{stack.url('registry')}/tasks/{task_id}/urge-notices",
        json={"new_deadline": "2026-10-30", "content": "请于10月30日前办结并报告"},
        headers=token(by),
    )


async def _referrals(http: httpx.AsyncClient, stack: Stack, task_id: str) -> list[Any]:
    response = await http.get(
        stack.url("referrals") + "/urge-referrals",
        params={"task_id": task_id},
        headers=token(SUP),
    )
    assert response.status_code == 200, response.text
    return list(response.json())


async def _processed(stack: Stack, event_id: str) -> bool:
    return bool(
        await stack.scalar(
            "referrals",
            "select count(*) from processed_events where event_id = $1::uuid",
            event_id,
        )
    )


async def _urge_envelope(stack: Stack, task_id: str, sequence: int) -> Envelope:
    rows = await stack.fetch(
        "registry",
        "select headers, payload from outbox where key = $1 and event_type = $2",
        task_id,
        "registry.urge_notice.issued.v1",
    )
    for row in rows:
        payload = json.loads(row["payload"])
        if payload["sequence"] == sequence:
            return Envelope.model_validate({**json.loads(row["headers"]), "data": payload})
    raise AssertionError(f"no urge notice {sequence} in the outbox")


async def _produce(stack: Stack, envelope: Envelope) -> None:
    topic = ServiceSettings(kafka_topic_prefix=stack.prefix).topic("registry.tasks")
    producer = AIOKafkaProducer(bootstrap_servers=BOOTSTRAP, acks="all")
    await producer.start()
    try:
        await producer.send_and_wait(
            topic,
            envelope.kafka_value(),
            key=envelope.subject.encode(),
            headers=envelope.kafka_headers(),
        )
    finally:
        await producer.stop()


async def test_overdue_task_gets_urge_notices_and_the_second_refers_once_R4_R5(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    async with registry_clock(http, stack, "2026-09-30T10:00:00+08:00"):
        task = await assign(http, stack, deadline_working_days=3)
        assert (await _issue(http, stack, task["id"])).status_code == 409  # not overdue yet
        await set_clock(http, stack, "2026-10-10T18:00:00+08:00")
        await run_overdue_job(http, stack)
        read = await http.get(f"{stack.url('registry')}/tasks/{task['id']}", headers=token(ENV))
        assert read.json()["status"] == "assigned"  # the deadline day itself is in time
        await set_clock(http, stack, "2026-10-12T09:00:00+08:00")
        assert (await run_overdue_job(http, stack))["marked_overdue"] >= 1
        overdue = await http.get(
            stack.url("registry") + "/tasks",
            params={"overdue": "true", "department": ENV, "limit": 200},
            headers=token(ENV),
        )
        assert task["id"] in {t["id"] for t in overdue.json()["items"]}

        before = await counts(stack)
        assert (await _issue(http, stack, task["id"], by=FIN)).status_code == 403
        assert await counts(stack) == before
        first = await _issue(http, stack, task["id"])
        assert first.status_code == 201, first.text
        assert first.json()["sequence"] == 1 and not first.json()["referred_to_supervision"]
        second = (await _issue(http, stack, task["id"])).json()
        assert second["sequence"] == 2 and second["referred_to_supervision"]
        third = (await _issue(http, stack, task["id"])).json()
        assert third["sequence"] == 3

        notice = await _urge_envelope(stack, task["id"], 2)
        assert notice.data["issued_by"] == GOV
        for unit in (SUP, ENV, URBAN):  # R4: to the task's units, copied to supervision
            assert (await wait_item(http, stack, unit, notice))["rule"] == "R4"

        referrals = await wait_for(lambda: _referrals(http, stack, task["id"]))
        assert len(referrals) == 1
        assert referrals[0]["notice_id"] == second["id"] and referrals[0]["referred_by"] == GOV
        last = await _urge_envelope(stack, task["id"], 3)
        await wait_for(lambda: _processed(stack, str(last.id)))

        # The same event delivered again, and a re-sent copy under a new id: still one referral.
        await _produce(stack, notice)
        copy = notice.model_copy(update={"id": uuid.uuid4()})
        await _produce(stack, copy)
        await wait_for(lambda: _processed(stack, str(copy.id)))

        async def skipped() -> bool:
            return any(
                str(notice.id) in line and "skipped" in line
                for line in stack.log_text("referrals").splitlines()
            )

        await wait_for(skipped)
        assert len(await _referrals(http, stack, task["id"])) == 1
        rows = await stack.scalar(
            "referrals", "select count(*) from urge_referrals where task_id = $1::uuid", task["id"]
        )
        assert rows == 1

        forbidden = await http.get(stack.url("referrals") + "/urge-referrals", headers=token(FIN))
        assert forbidden.status_code == 403
        late = await act(http, stack, task["id"], ENV, "complete")
        assert late.json()["status"] == "completed_late"
        assert (await _issue(http, stack, task["id"])).status_code == 409


async def test_overdue_job_runs_by_itself_in_the_api_process(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    async def seeds_overdue() -> bool:
        response = await http.get(
            stack.url("registry") + "/tasks",
            params={"source": "responsibility_table", "status": "overdue", "limit": 200},
            headers=token(SUP),
        )
        # Every 2006 deadline has passed; recurring items are overdue period by period instead.
        one_off = [i for i in load_table()[2] if i.recurrence is None]
        return len(response.json()["items"]) == len(one_off)

    await wait_for(seeds_overdue)
    assert '"task deadlines"' in stack.log_text("registry")
