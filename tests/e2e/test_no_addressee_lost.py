"""Nothing said is lost: every event reaches every department the routing table names, even
one the directory copies do not hold yet; a department just created is usable at once."""

import asyncio
import uuid
from typing import Any

import httpx

from services.notifications.routing.rules import ROUTED_EVENT_TYPES, route
from tests.e2e.helpers import report_body
from tests.e2e.notifications_support import outbox_events, publish, wait_item
from tests.support.stack import Stack, token, wait_for

GOV, ESTABLISHMENT = "SZ-GOV-OFFICE", "SZ-ESTABLISHMENT"
OPERATOR = token("OPS", "operator")


async def _holders(stack: Stack) -> dict[str, list[str]]:
    rows = await stack.fetch(
        "registry", "select code, role from departments where active and role is not null"
    )
    holders: dict[str, list[str]] = {}
    for row in rows:
        holders.setdefault(row["role"], []).append(row["code"])
    return holders


async def _missing_items(stack: Stack, expected: set[tuple[str, str]]) -> set[tuple[str, str]]:
    rows = await stack.fetch(
        "notifications", "select source_event_id::text as event, department from inbox_items"
    )
    return expected - {(row["event"], row["department"]) for row in rows}


async def test_every_seeded_event_has_an_item_for_every_department_it_names(
    stack: Stack,
) -> None:
    """The seed's task events name seeded departments whose directory events race them: each
    (event, department) pair the routing table derives from the outbox has its inbox item."""
    holders = await _holders(stack)
    expected: set[tuple[str, str]] = set()
    seeded = 0
    for event_type in ROUTED_EVENT_TYPES:
        for event in await outbox_events(stack, "registry", event_type):
            seeded += 1
            expected |= {(str(event.id), code) for code in route(event.type, event.data, holders)}
    assert seeded >= 30 and len(expected) >= 60  # the seed's 31 items and their units

    async def all_delivered() -> bool:
        return not await _missing_items(stack, expected)

    await wait_for(all_delivered, timeout=90, interval=1)
    assert await _missing_items(stack, expected) == set()


async def _waiting(http: httpx.AsyncClient, stack: Stack, event_id: str) -> list[dict[str, Any]]:
    flow = await http.get(stack.url("notifications") + "/operator/flow", headers=OPERATOR)
    assert flow.status_code == 200, flow.text
    return [w for w in flow.json()["waiting"] if w["event_id"] == event_id]


async def test_an_event_naming_a_department_not_copied_yet_waits_and_then_arrives_R3(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    """R3: the task reaches its lead unit although its event came before the unit's; while
    it waits the operator page and /metrics show it, and nothing is dead-lettered."""
    code = f"SZ-ESTABLISHMENT-W{uuid.uuid4().hex[:8].upper()}"
    task = str(uuid.uuid4())
    event = await publish(
        stack,
        "registry.tasks",
        "registry.task.assigned.v1",
        {"task_id": task, "lead_unit": code, "co_units": [], "assigned_by": ESTABLISHMENT},
        subject=task,
    )
    (waiting,) = await wait_for(lambda: _waiting(http, stack, str(event.id)))
    assert waiting["reason"] == "not_in_directory" and code in waiting["detail"]
    assert waiting["type"] == "registry.task.assigned.v1"
    metrics = await http.get(stack.url("notifications") + "/metrics", headers=OPERATOR)
    assert 'consumer_waiting_events{group="notifications",reason="not_in_directory"}' in (
        metrics.text
    )
    await asyncio.sleep(6)  # longer than the dead-letter attempts would have taken
    assert await _waiting(http, stack, str(event.id))

    created = await http.post(
        f"{stack.url('registry')}/departments/{ESTABLISHMENT}/internal-units",
        json={"code": code, "name_zh": "后设科室", "name_en": "Later section"},
        headers=token(ESTABLISHMENT),
    )
    assert created.status_code == 201, created.text
    assert (await wait_item(http, stack, code, event))["rule"] == "R3"
    assert await _waiting(http, stack, str(event.id)) == []
    applied = await stack.scalar(
        "notifications", "select count(*) from processed_events where event_id = $1", event.id
    )
    assert applied == 1  # applied once, by the routed group


async def _unit_with_its_task(http: httpx.AsyncClient, stack: Stack, parent: str) -> str:
    code = f"SZ-ESTABLISHMENT-U{uuid.uuid4().hex[:8].upper()}"
    created = await http.post(
        f"{stack.url('registry')}/departments/{ESTABLISHMENT}/internal-units",
        json={"code": code, "name_zh": "新设科室", "name_en": "New section"},
        headers=token(ESTABLISHMENT),
    )
    assert created.status_code == 201, created.text
    sub = await http.post(  # at once: the unit's directory event is still on its way
        f"{stack.url('registry')}/tasks/{parent}/subtasks",
        json={
            "work_item": "新设科室承接任务",
            "content": "落实岗位责任",
            "target": "按期完成",
            "lead_unit": code,
            "co_units": [],
            "deadline_working_days": 10,
        },
        headers=token(ESTABLISHMENT),
    )
    assert sub.status_code == 201, sub.text
    return code


async def test_100_units_created_and_immediately_assigned_get_100_items_R3(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    """R3: a task reaches its lead unit, also a unit created milliseconds before."""
    parent = await http.post(
        stack.url("registry") + "/tasks",
        json={
            "work_item": "机构改革任务分解",
            "content": "分解到内设机构",
            "target": "全部落实",
            "source": "leader_instruction",
            "lead_unit": ESTABLISHMENT,
            "co_units": [],
            "deadline": "2099-12-31",
        },
        headers=token(GOV),
    )
    assert parent.status_code == 201, parent.text
    gate = asyncio.Semaphore(10)

    async def one() -> str:
        async with gate:
            return await _unit_with_its_task(http, stack, parent.json()["id"])

    units = await asyncio.gather(*(one() for _ in range(100)))

    async def delivered() -> int:
        count: int = await stack.scalar(
            "notifications",
            "select count(*) from inbox_items where department = any($1::text[])"
            " and source_event_type = 'registry.task.assigned.v1'",
            units,
        )
        return count if count >= 100 else 0

    assert await wait_for(delivered, timeout=90, interval=1) == 100


async def _file_naming(http: httpx.AsyncClient, stack: Stack, code: str) -> httpx.Response:
    return await http.post(
        stack.url("referrals") + "/referral-reports",
        json=report_body(concerned_department=code),
        headers=token("SZ-FINANCE"),
    )


async def test_a_referral_naming_a_department_created_a_moment_ago_is_never_422_R6(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    """R6: the report is filed (or answered retryably); a code registry lacks stays 422."""
    for _ in range(5):
        code = f"SZ-ESTABLISHMENT-R{uuid.uuid4().hex[:8].upper()}"
        created = await http.post(
            f"{stack.url('registry')}/departments/{ESTABLISHMENT}/internal-units",
            json={"code": code, "name_zh": "新设科室", "name_en": "New section"},
            headers=token(ESTABLISHMENT),
        )
        assert created.status_code == 201, created.text
        filed = await _file_naming(http, stack, code)
        if filed.status_code == 503:  # retryable: it says when
            assert filed.headers["content-type"].startswith("application/problem+json")
            await asyncio.sleep(int(filed.headers["Retry-After"]))
            filed = await _file_naming(http, stack, code)
        assert filed.status_code == 201, filed.text
        assert filed.json()["concerned_department"] == code
    unknown = await _file_naming(http, stack, "SZ-NO-SUCH-UNIT")
    assert unknown.status_code == 422, unknown.text
    assert unknown.json()["errors"][0]["loc"] == ["body", "concerned_department"]
