"""Department directory changes: internal units for decomposition (R3), complaint channels (R11)."""

import httpx
import pytest

from tests.e2e.registry_helpers import FIN, assign
from tests.support.stack import Stack, token, wait_for

pytestmark = pytest.mark.stack
BUDGET = "SZ-FINANCE-BUDGET"


async def test_internal_unit_reaches_other_services_and_receives_sub_tasks_R3(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    url = f"{stack.url('registry')}/departments/{FIN}/internal-units"
    unit = {"code": BUDGET, "name_zh": "预算处", "name_en": "Budget Division"}
    assert (await http.post(url, json=unit, headers=token("SZ-AUDIT"))).status_code == 403
    bad = await http.post(url, json={**unit, "code": "lower case"}, headers=token(FIN))
    assert bad.status_code == 422
    created = await http.post(url, json=unit, headers=token(FIN))
    assert created.status_code == 201, created.text
    assert created.json()["kind"] == "internal_unit" and created.json()["parent_code"] == FIN
    assert (await http.post(url, json=unit, headers=token(FIN))).status_code == 409
    await wait_for(
        lambda: stack.scalar(
            "referrals", "select count(*) from department_copy where code = $1", BUDGET
        )
    )

    task = await assign(http, stack, lead_unit=FIN, co_units=[])
    sub = {
        "work_item": "专项资金绩效评价",
        "content": "制定评估标准和方法",
        "target": "年底前全面启动评估工作",
        "lead_unit": BUDGET,
        "post": "预算处处长",
        "deadline_working_days": 10,
    }
    response = await http.post(
        f"{stack.url('registry')}/tasks/{task['id']}/subtasks", json=sub, headers=token(FIN)
    )
    assert response.status_code == 201, response.text
    seen = await http.get(stack.url("registry") + "/tasks", headers=token(BUDGET))
    assert [t["id"] for t in seen.json()["items"]] == [response.json()["id"]]


async def test_complaint_channels_are_public_and_copied_R11(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    url = f"{stack.url('registry')}/departments/SZ-LEGAL/complaint-channel"
    channel = {"complaint_phone": "0755-88123456", "complaint_url": "https://fzb.sz.gov.cn/ts"}
    assert (await http.put(url, json=channel, headers=token(FIN))).status_code == 403
    bad = await http.put(
        url, json={**channel, "complaint_url": "not a url"}, headers=token("SZ-LEGAL")
    )
    assert bad.status_code == 422
    updated = await http.put(url, json=channel, headers=token("SZ-LEGAL"))
    assert updated.status_code == 200, updated.text

    public = await http.get(stack.url("registry") + "/public/complaint-channels")
    assert public.status_code == 200
    legal = next(d for d in public.json() if d["code"] == "SZ-LEGAL")
    assert legal["complaint_phone"] == "0755-88123456"
    assert legal["complaint_url"] == "https://fzb.sz.gov.cn/ts"
    await wait_for(
        lambda: stack.scalar(
            "referrals", "select version = 2 from department_copy where code = 'SZ-LEGAL'"
        )
    )


async def test_deactivated_department_gets_no_new_tasks_and_copies_follow(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    code = "SZ-FINANCE-ARCHIVE"
    created = await http.post(
        f"{stack.url('registry')}/departments/{FIN}/internal-units",
        json={"code": code, "name_zh": "档案室", "name_en": "Archive"},
        headers=token(FIN),
    )
    assert created.status_code == 201, created.text
    url = f"{stack.url('registry')}/departments/{code}/deactivate"
    assert (await http.post(url, headers=token(FIN))).status_code == 403  # administrators only
    done = await http.post(url, headers=token(FIN, "admin"))
    assert done.status_code == 200 and done.json()["active"] is False
    assert (await http.post(url, headers=token(FIN, "admin"))).status_code == 409
    refused = await http.post(
        stack.url("registry") + "/tasks",
        json={
            "work_item": "档案整理",
            "content": "整理",
            "target": "年底完成",
            "source": "meeting_decision",
            "lead_unit": code,
            "deadline_working_days": 5,
        },
        headers=token("SZ-GOV-OFFICE"),
    )
    assert refused.status_code == 422
    await wait_for(
        lambda: stack.scalar(
            "notifications",
            "select count(*) from department_copy where code = $1 and not active",
            code,
        )
    )
