"""No department judges itself: a case or complaint concerning X is never judged by X.

A case concerning supervision goes to the body REFERRALS_CONFLICT_BODY names (the
government office here); a unit inside the concerned department is refused with a 403
`conflict of interest` that changes nothing; a unit above the concerned one may judge.
"""

import uuid
from typing import Any

import httpx
import pytest

from tests.e2e.complaints_helpers import NAMED, register
from tests.e2e.referrals_helpers import decision_body, step
from tests.support.stack import Stack, token

pytestmark = pytest.mark.stack

SUP, GOV, FUTIAN = "SZ-SUPERVISION", "SZ-GOV-OFFICE", "SZ-FUTIAN"
CONFLICT = "https://accountability.example.gov.cn/problems/conflict-of-interest"


async def media_case(http: httpx.AsyncClient, stack: Stack, concerned: str) -> dict[str, Any]:
    """Opens a case on a media lead concerning a department (as supervision, R9)."""
    response = await http.post(
        stack.url("referrals") + "/cases/media-leads",
        json={
            "outlet": "深圳特区报",
            "title": "监察部门压案不查",
            "summary": "媒体报道有关部门对群众举报压案不查。",
            "concerned_department": concerned,
        },
        headers=token(SUP),
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


async def case_status(http: httpx.AsyncClient, stack: Stack, case_id: str, reader: str) -> str:
    """Reads a case's status."""
    response = await http.get(f"{stack.url('referrals')}/cases/{case_id}", headers=token(reader))
    assert response.status_code == 200, response.text
    return str(response.json()["status"])


def assert_conflict(response: httpx.Response) -> None:
    """Asserts the 403 problem that names the conflict of interest."""
    assert response.status_code == 403, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["type"] == CONFLICT
    assert "conflict of interest" in response.json()["detail"]


async def test_a_case_concerning_supervision_is_judged_by_the_government_office_R5(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    """R5: supervision never accepts, decides or closes a case concerning itself."""
    case = await media_case(http, stack, SUP)
    case_id = case["id"]

    assert_conflict(await step(http, stack, case_id, "accept", department=SUP))
    assert await case_status(http, stack, case_id, GOV) == "received"  # nothing changed
    assert (await step(http, stack, case_id, "accept", department=GOV)).status_code == 200
    assert (await step(http, stack, case_id, "investigate", department=GOV)).status_code == 200
    refused = await step(http, stack, case_id, "decision", decision_body(), department=SUP)
    assert_conflict(refused)
    assert await case_status(http, stack, case_id, GOV) == "under_investigation"
    decided = await step(http, stack, case_id, "decision", decision_body(), department=GOV)
    assert decided.status_code == 200, decided.text
    assert decided.json()["decision"]["decided_by"] == GOV
    feedback = {"note": "已将问责结果反馈。"}
    assert_conflict(await step(http, stack, case_id, "feedback", feedback, department=SUP))
    assert (
        await step(http, stack, case_id, "feedback", feedback, department=GOV)
    ).status_code == 200
    assert_conflict(await step(http, stack, case_id, "close", department=SUP))
    assert (await step(http, stack, case_id, "close", department=GOV)).status_code == 200

    listed = await http.get(stack.url("referrals") + "/cases", headers=token(GOV))
    assert case_id in [c["id"] for c in listed.json()["items"]]  # the judge finds its cases


async def test_an_ordinary_case_stays_with_supervision_not_the_government_office(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    """R5: the conflict body judges only what concerns supervision; others are not judges."""
    case = await media_case(http, stack, FUTIAN)
    refused = await step(http, stack, case["id"], "accept", department=GOV)
    assert refused.status_code == 403 and refused.json()["type"] != CONFLICT
    assert (await step(http, stack, case["id"], "accept", department=SUP)).status_code == 200


async def test_a_unit_above_the_concerned_one_judges_it(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    """Seed 001 art. 13-16: the level above decides on its units; only the reverse is barred."""
    code = f"{SUP}-U{uuid.uuid4().hex[:6].upper()}"
    unit = await http.post(
        f"{stack.url('registry')}/departments/{SUP}/internal-units",
        json={"code": code, "name_zh": "案件审理室", "name_en": "Case Hearing Office"},
        headers=token(SUP),
    )
    assert unit.status_code == 201, unit.text
    case = await media_case(http, stack, code)
    assert (await step(http, stack, case["id"], "accept", department=SUP)).status_code == 200


async def test_petition_rule_r9_a_media_lead_about_supervision_goes_to_its_overseer(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    """R9, petition rule: supervision neither handles a complaint about itself nor reads who
    made it; the government office, its overseer, does both."""
    receipt = await register(
        http,
        stack,
        "SZ-LEGAL",
        channel="media_report",
        target_department=SUP,
        complainant=NAMED,
    )
    assert receipt["handling_department"] == GOV
    url = f"{stack.url('complaints')}/complaints/{receipt['id']}/complainant"
    assert_conflict(await http.get(url, params={"purpose": "核实"}, headers=token(SUP)))
    read = await http.get(url, params={"purpose": "核实"}, headers=token(GOV))
    assert read.status_code == 200 and read.json() == NAMED
