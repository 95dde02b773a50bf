"""Leader-assigned matters (R2): recorded by GOV_OFFICE as tasks, tracked like tasks, and the
quarter's circular on the mayor's matters (done, late, open) delivered to the lead units and
SUPERVISION."""

from typing import Any

import httpx
import pytest

from tests.e2e.notifications_support import outbox_events, wait_item
from tests.e2e.registry_helpers import (
    ADMIN,
    ENV,
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
from tests.support.stack import Stack, token

pytestmark = pytest.mark.stack
CIRCULAR = "registry.leader_matter.circular_issued.v1"
TRANSPORT = "SZ-TRANSPORT"
PROBLEM = "application/problem+json"


def _matter(**overrides: Any) -> dict[str, Any]:
    return {
        "kind": "leader_matter",
        "source": "leader_instruction",
        "leader": "市长",
        "leader_post": "mayor",
        "instruction": "请环保局牵头，月底前拿出整治方案。",
        "instructed_on": "2031-04-08",
        "work_item": "深圳河水质整治方案",
        "content": "研究提出深圳河水质整治方案",
        "target": "按期报市政府",
        "lead_unit": ENV,
        "co_units": [],
        "deadline": "2031-05-29",
        "deadline_working_days": None,
        **overrides,
    }


async def test_a_mayors_matter_goes_late_and_the_quarters_circular_reaches_its_unit_R2(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    circulars = stack.url("registry") + "/jobs/leader-matter-circulars"
    async with registry_clock(http, stack, "2031-04-10T10:00:00+08:00"):
        late = await assign(http, stack, **_matter())
        done = await assign(http, stack, **_matter(lead_unit=URBAN, deadline="2031-06-30"))
        still_open = await assign(
            http, stack, **_matter(lead_unit=TRANSPORT, deadline="2031-08-31")
        )
        # Not the mayor's, and not a leader matter: the circular leaves them out.
        await assign(http, stack, **_matter(leader="副市长", leader_post="vice_mayor"))
        await assign(http, stack, lead_unit=ENV, deadline="2031-05-01", deadline_working_days=None)
        assert (late["kind"], late["leader"], late["instructed_on"]) == (
            "leader_matter",
            "市长",
            "2031-04-08",
        )
        await set_clock(http, stack, "2031-05-10T10:00:00+08:00")
        completed = await act(http, stack, done["id"], URBAN, "complete")
        assert completed.status_code == 200, completed.text
        await set_clock(http, stack, "2031-06-01T09:00:00+08:00")
        await run_overdue_job(http, stack)
        read = await http.get(f"{stack.url('registry')}/tasks/{late['id']}", headers=token(GOV))
        assert read.json()["status"] == "overdue"  # tracked like every task
        await set_clock(http, stack, "2031-07-01T09:00:00+08:00")
        for _ in range(2):  # the background job runs on this clock too: issued once
            assert (await http.post(circulars, headers=ADMIN)).json()["quarter"] == "2031-Q2"

    (assigned,) = await outbox_events(stack, "registry", "registry.task.assigned.v1", late["id"])
    overdue = await outbox_events(stack, "registry", "registry.task.status_changed.v1", late["id"])
    assert assigned.data["kind"] == "leader_matter"
    assert [(e.data["kind"], e.data["to_status"]) for e in overdue] == [
        ("leader_matter", "overdue")
    ]

    response = await http.get(
        stack.url("registry") + "/leader-matters/circulars/2031/2", headers=token(ENV)
    )
    assert response.status_code == 200, response.text
    circular = response.json()
    assert circular["title"] == "2031年第2季度市长交办批示事项办理情况通报"
    assert (circular["done"], circular["late"], circular["open"]) == (1, 1, 1)
    standing = {m["task_id"]: (m["standing"], m["lead_unit"]) for m in circular["matters"]}
    assert standing == {
        late["id"]: ("late", ENV),
        done["id"]: ("done", URBAN),
        still_open["id"]: ("open", TRANSPORT),
    }
    assert circular["issued_by"] == GOV

    (issued,) = await outbox_events(stack, "registry", CIRCULAR, "leader-matter-circular-2031-Q2")
    assert issued.data["lead_units"] == sorted([ENV, URBAN, TRANSPORT])
    for department in (ENV, URBAN, TRANSPORT, SUP):
        assert (await wait_item(http, stack, department, issued))["rule"] == "R2"
    listed = await http.get(
        stack.url("registry") + "/tasks",
        params={
            "kind": "leader_matter",
            "deadline_from": "2031-01-01",
            "deadline_to": "2031-12-31",
        },
        headers=token(GOV),
    )
    assert {t["kind"] for t in listed.json()["items"]} == {"leader_matter"}
    assert len(listed.json()["items"]) == 4


async def test_bad_leader_matters_are_refused_with_problem_json_and_change_nothing_R2(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    url = stack.url("registry") + "/tasks"
    before = await counts(stack)
    without_post = {k: v for k, v in _matter().items() if k != "leader_post"}
    for body, field in (
        (without_post, "leader_post"),
        (_matter(instruction=None), "instruction"),
        (_matter(source="meeting_decision"), "source"),
        (_matter(instructed_on="2099-01-01"), "instructed_on"),
        (_matter(kind="duty"), "leader"),  # a duty names no leader
        (_matter(leader_post="emperor"), "leader_post"),
        (_matter(kind="decree"), "kind"),
        (_matter(instructed_on="8 April 2031"), "instructed_on"),
    ):
        response = await http.post(url, json=body, headers=token(GOV))
        assert response.status_code == 422, (body, response.text)
        assert response.headers["content-type"] == PROBLEM
        assert response.json()["errors"][0]["loc"][:2] == ["body", field], response.json()
    refused = await http.post(url, json=_matter(), headers=token(ENV))
    assert refused.status_code == 403 and refused.headers["content-type"] == PROBLEM
    assert await counts(stack) == before
    missing = await http.get(
        stack.url("registry") + "/leader-matters/circulars/2099/1", headers=token(SUP)
    )
    assert missing.status_code == 404 and missing.headers["content-type"] == PROBLEM
    bad_quarter = await http.get(
        stack.url("registry") + "/leader-matters/circulars/2031/5", headers=token(SUP)
    )
    assert bad_quarter.status_code == 422
