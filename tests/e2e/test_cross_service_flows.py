"""Events of one real service reach departments through another: registry → notifications."""

import httpx
import pytest

from tests.e2e.helpers import inbox_items_for
from tests.e2e.registry_helpers import (
    ENV,
    GOV,
    SUP,
    URBAN,
    assign,
    registry_clock,
    run_overdue_job,
    set_clock,
)
from tests.support.stack import Stack, token, wait_for

pytestmark = pytest.mark.stack


async def _items(
    http: httpx.AsyncClient, stack: Stack, department: str, task_id: str, event_type: str
) -> list[dict[str, object]]:
    items = await inbox_items_for(http, stack, department, task_id)
    return [i for i in items if i["source_event_type"] == event_type]


async def test_registry_progress_report_reaches_supervision_inbox_R1(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    async with registry_clock(http, stack, "2026-03-20T10:00:00+08:00"):
        task = await assign(http, stack, deadline="2026-12-31", deadline_working_days=None)
        await set_clock(http, stack, "2026-04-03T10:00:00+08:00")
        response = await http.post(
            f"{stack.url('registry')}/tasks/{task['id']}/progress",
            json={"year": 2026, "quarter": 1, "percent": 40, "summary": "已完成方案起草"},
            headers=token(ENV),
        )
        assert response.status_code == 201, response.text

    kind = "registry.progress.reported.v1"
    items = await wait_for(lambda: _items(http, stack, SUP, task["id"], kind), interval=0.5)
    assert len(items) == 1 and "R1" in items[0]["rules"]
    assert len(await _items(http, stack, GOV, task["id"], kind)) == 1


async def test_registry_urge_notice_reaches_supervision_and_the_units_R4(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    async with registry_clock(http, stack, "2026-09-30T10:00:00+08:00"):
        task = await assign(http, stack, deadline_working_days=3)
        await set_clock(http, stack, "2026-10-12T09:00:00+08:00")
        await run_overdue_job(http, stack)
        response = await http.post(
            f"{stack.url('registry')}/tasks/{task['id']}/urge-notices",
            json={"new_deadline": "2026-10-30", "content": "请于10月30日前办结并报告"},
            headers=token(GOV),
        )
        assert response.status_code == 201, response.text

    kind = "registry.urge_notice.issued.v1"
    copied = await wait_for(lambda: _items(http, stack, SUP, task["id"], kind), interval=0.5)
    assert "R4" in copied[0]["rules"]
    for unit in (ENV, URBAN):
        assert len(await wait_for(lambda u=unit: _items(http, stack, u, task["id"], kind))) == 1
