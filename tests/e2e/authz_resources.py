"""Real resources for the authorization matrix, and the facts their policies depend on.

Each builder creates what an endpoint acts on through the public API (as its rightful
owner) and returns the path parameters; the builder checks the relations the matrix assumes
(who handles, who leads…), so the expectations computed before the run hold in it.
"""

import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from tests.e2e.complaints_helpers import NAMED, client_headers, complaint_body
from tests.e2e.notifications_support import with_test_settings
from tests.e2e.referrals_helpers import decision_body
from tests.support.stack import Stack, token, wait_for

SUP, PER, FIN, AUD = "SZ-SUPERVISION", "SZ-PERSONNEL", "SZ-FINANCE", "SZ-AUDIT"
LEGAL, GOV, PET, URBAN = "SZ-LEGAL", "SZ-GOV-OFFICE", "SZ-PETITION", "SZ-URBAN-MGMT"
UNKNOWN = "SZ-NOWHERE"  # a department the directory does not know
ADMIN = token(GOV, "admin")
PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)
Resource = dict[str, str]
Builder = Callable[[httpx.AsyncClient, Stack], Awaitable[Resource]]


async def _ok(response: httpx.Response, status: int = 201) -> dict[str, Any]:
    assert response.status_code == status, f"{response.request.url}: {response.text}"
    return dict(response.json())


def _marker() -> str:
    return uuid.uuid4().hex[:10].upper()


async def own_department(http: httpx.AsyncClient, stack: Stack) -> Resource:
    """The ordinary unit's own directory entry."""
    return {"code": URBAN}


async def internal_unit(http: httpx.AsyncClient, stack: Stack) -> Resource:
    """A fresh internal unit of the ordinary unit (safe to deactivate)."""
    body = {"code": f"{URBAN}-AZ{_marker()}", "name_zh": "矩阵处", "name_en": "Matrix Division"}
    url = f"{stack.url('registry')}/departments/{URBAN}/internal-units"
    unit = await _ok(await http.post(url, json=body, headers=token(URBAN)))
    return {"code": unit["code"]}


async def _task(http: httpx.AsyncClient, stack: Stack, lead: str, days: int) -> str:
    body = {
        "work_item": f"授权矩阵任务 {_marker()}",
        "content": "核对每个接口的访问规则",
        "target": "按期完成",
        "source": "leader_instruction",
        "lead_unit": lead,
        "co_units": [FIN] if lead == URBAN else [],
        "deadline_working_days": days,
    }
    task = await _ok(
        await http.post(stack.url("registry") + "/tasks", json=body, headers=token(GOV))
    )
    return str(task["id"])


async def task(http: httpx.AsyncClient, stack: Stack) -> Resource:
    """A task assigned by GOV_OFFICE, led by the ordinary unit, co-handled by FINANCE."""
    return {"task_id": await _task(http, stack, URBAN, 60)}


async def task_to_move(http: httpx.AsyncClient, stack: Stack) -> Resource:
    """A top-level task led by AUDIT and a later-due new parent led by the ordinary unit."""
    return {
        "task_id": await _task(http, stack, AUD, 20),
        "parent_id": await _task(http, stack, URBAN, 80),
    }


async def white_paper(http: httpx.AsyncClient, stack: Stack) -> Resource:
    """A draft white paper of the ordinary unit."""
    body = {"year": 2026, "duties": "城市管理", "goals": "市容整洁", "schedule": "全年"}
    url = stack.url("registry") + "/white-papers"
    paper = await _ok(await http.post(url, json=body, headers=token(URBAN)))
    return {"paper_id": str(paper["id"])}


async def published_paper(http: httpx.AsyncClient, stack: Stack) -> Resource:
    """A published white paper of the ordinary unit."""
    paper = await white_paper(http, stack)
    url = f"{stack.url('registry')}/white-papers/{paper['paper_id']}/publish"
    await _ok(await http.post(url, headers=token(URBAN)), 200)
    return paper


async def petition(http: httpx.AsyncClient, stack: Stack) -> Resource:
    """A named letters-and-visits complaint PETITION registered and handles, with evidence."""
    body = complaint_body(channel="letters_visits", complainant=NAMED)
    url = stack.url("complaints") + "/complaints"
    receipt = await _ok(await http.post(url, json=body, headers=token(PET)))
    assert receipt["handling_department"] == PET, receipt
    evidence = await _ok(
        await http.post(
            f"{stack.url('complaints')}/public/complaints/{receipt['tracking_code']}/evidence",
            content=PNG,
            headers=client_headers(
                **{"X-Complaint-Secret": receipt["secret"], "content-type": "image/png"}
            ),
        )
    )
    return {"complaint_id": str(receipt["id"]), "evidence_id": str(evidence["id"])}


async def web_complaint(http: httpx.AsyncClient, stack: Stack) -> Resource:
    """A complaint from the public web form, followed with its tracking code and secret."""
    url = stack.url("complaints") + "/public/complaints"
    receipt = await _ok(await http.post(url, json=complaint_body(), headers=client_headers()))
    return {
        "code": receipt["tracking_code"],
        "service_request_id": receipt["tracking_code"],
        "secret": receipt["secret"],
    }


async def api_key(http: httpx.AsyncClient, stack: Stack) -> Resource:
    """An Open311 api key the government office's admin issued to a partner app."""
    url = stack.url("complaints") + "/open311/api-keys"
    issued = await _ok(await http.post(url, json={"name": "matrix"}, headers=ADMIN))
    return {"key_id": issued["id"]}


async def accused_complaint(http: httpx.AsyncClient, stack: Stack) -> Resource:
    """A named web-form complaint about the ordinary unit, which handles it (转办)."""
    url = stack.url("complaints") + "/public/complaints"
    body = complaint_body(complainant=NAMED)
    receipt = await _ok(await http.post(url, json=body, headers=client_headers()))
    assert receipt["handling_department"] == URBAN, receipt
    return {"complaint_id": str(receipt["id"])}


async def report(http: httpx.AsyncClient, stack: Stack) -> Resource:
    """An information report FINANCE filed (it opens no case)."""
    body = {
        "kind": "financial_inspection_report",
        "purpose": "information",
        "title": "授权矩阵报告",
        "summary": "检查情况通报。",
        "concerned_department": URBAN,
    }
    url = stack.url("referrals") + "/referral-reports"
    filed = await _ok(await http.post(url, json=body, headers=token(FIN)))
    return {"report_id": str(filed["id"]), "department": PER}


async def _referral_case(http: httpx.AsyncClient, stack: Stack) -> str:
    body = {
        "kind": "financial_inspection_report",
        "purpose": "referral",
        "title": "授权矩阵移送",
        "summary": "发现挪用专项资金。",
        "concerned_department": URBAN,
    }
    url = stack.url("referrals") + "/referral-reports"
    filed = await _ok(await http.post(url, json=body, headers=token(FIN)))
    cases = await _ok(
        await http.get(
            stack.url("referrals") + "/cases", params={"source_id": filed["id"]}, headers=token(SUP)
        ),
        200,
    )
    return str(cases["items"][0]["id"])


async def case(http: httpx.AsyncClient, stack: Stack) -> Resource:
    """A case FINANCE referred, still received (for supervision's steps)."""
    return {"case_id": await _referral_case(http, stack)}


async def supervision_case(http: httpx.AsyncClient, stack: Stack) -> Resource:
    """A media-lead case concerning supervision itself (its judge is the government office)."""
    body = {
        "outlet": "深圳特区报",
        "title": "监察局压案不查",
        "summary": "媒体报道监察局对举报压案不查。",
        "concerned_department": SUP,
    }
    url = stack.url("referrals") + "/cases/media-leads"
    opened = await _ok(await http.post(url, json=body, headers=token(SUP)))
    return {"case_id": str(opened["id"])}


async def decided_case(http: httpx.AsyncClient, stack: Stack) -> Resource:
    """A case FINANCE referred and supervision decided (PERSONNEL may read it)."""
    case_id = await _referral_case(http, stack)
    base = f"{stack.url('referrals')}/cases/{case_id}"
    for step in ("accept", "investigate"):
        await _ok(await http.post(f"{base}/{step}", headers=token(SUP)), 200)
    await _ok(await http.post(f"{base}/decision", json=decision_body(), headers=token(SUP)), 200)
    return {"case_id": case_id}


async def incident(http: httpx.AsyncClient, stack: Stack) -> Resource:
    """A major incident supervision registered (reviewed under R12)."""
    body = {
        "title": "授权矩阵事故",
        "severity": "major",
        "district": "SZ-NANSHAN",
        "occurred_at": "2026-11-20T08:30:00+08:00",
        "on_site_meeting_at": "2026-11-20T15:00:00+08:00",
        "department_head_involved": False,
        "officials": [
            {"name": "李某", "post": "街道办主任", "role": "street_principal", "unit": "某街道"}
        ],
    }
    url = stack.url("referrals") + "/incidents"
    registered = await _ok(await http.post(url, json=body, headers=token(SUP)))
    return {"incident_id": str(registered["id"])}


def legal_outcome_body(outcome: str = "revoked") -> dict[str, Any]:
    """A reconsideration outcome against URBAN's act, with a case number of its own."""
    return {
        "proceeding": "reconsideration",
        "case_number": f"深府复〔2026〕{_marker()}号",
        "act": "授权矩阵行政处罚决定",
        "department": URBAN,
        "outcome": outcome,
        "decided_on": "2026-11-20",
    }


async def legal_outcome(http: httpx.AsyncClient, stack: Stack) -> Resource:
    """A revoked act of URBAN that LEGAL recorded: its responsibility review is open (R16)."""
    url = stack.url("referrals") + "/legal-outcomes"
    recorded = await _ok(await http.post(url, json=legal_outcome_body(), headers=token(LEGAL)))
    return {"outcome_id": str(recorded["id"])}


async def inbox_item(http: httpx.AsyncClient, stack: Stack) -> Resource:
    """PERSONNEL's inbox item about a fresh report (R6)."""
    filed = await report(http, stack)
    url = f"{stack.url('notifications')}/departments/{PER}/inbox"

    async def item() -> str | None:
        page = await _ok(await http.get(url, params={"limit": 200}, headers=token(PER)), 200)
        found = [i["id"] for i in page["items"] if i["subject"] == filed["report_id"]]
        return str(found[0]) if found else None

    return {"department": PER, "item_id": await wait_for(item)}


async def webhook(http: httpx.AsyncClient, stack: Stack) -> Resource:
    """A webhook subscription of PERSONNEL (to a closed local port the test settings allow)."""
    await with_test_settings(stack)
    body = {"url": "http://127.0.0.1:9/authz-matrix", "event_types": ["referrals.report.filed.v1"]}
    url = f"{stack.url('notifications')}/departments/{PER}/webhooks"
    subscription = await _ok(await http.post(url, json=body, headers=token(PER)))
    return {
        "department": PER,
        "subscription_id": str(subscription["id"]),
        "delivery_id": str(uuid.uuid4()),
    }


async def copy_rule(http: httpx.AsyncClient, stack: Stack) -> Resource:
    """An admin copy rule that never matches (its condition names no real category)."""
    url = stack.url("notifications") + "/copy-rules"
    rule = await _ok(await http.post(url, json=copy_rule_body(), headers=ADMIN))
    return {"rule_id": str(rule["id"])}


def copy_rule_body() -> dict[str, Any]:
    """A valid copy rule whose condition no event meets."""
    return {
        "event_type": "complaints.complaint.escalated.v1",
        "condition": {"field": "category", "values": [f"authz-{_marker()}"]},
        "departments": [PER],
        "description": "授权矩阵测试规则（永不匹配）",
    }


async def filing(http: httpx.AsyncClient, stack: Stack) -> Resource:
    """A fault-handling result the ordinary unit filed with supervision (R14)."""
    body = {
        "title": "授权矩阵备案",
        "fault": "推诿",
        "outcome": "通报批评",
        "handled_on": "2026-11-20",
        "persons": 1,
        "sanctions": ["circulated_criticism"],
    }
    url = stack.url("referrals") + "/fault-filings"
    filed = await _ok(await http.post(url, json=body, headers=token(URBAN)))
    return {"filing_id": str(filed["id"])}


async def joint_meeting(http: httpx.AsyncClient, stack: Stack) -> Resource:
    """A joint meeting supervision held for a past quarter (R7)."""
    body = {"year": 2000 + uuid.uuid4().int % 20, "quarter": 1 + uuid.uuid4().int % 4}
    url = stack.url("referrals") + "/joint-meetings"
    response = await http.post(url, json=body, headers=token(SUP))
    if response.status_code == 409:  # that quarter's meeting was held in this database
        return await joint_meeting(http, stack)
    return {"meeting_id": str((await _ok(response))["id"])}


BUILDERS: dict[str, Builder] = {
    "own_department": own_department,
    "internal_unit": internal_unit,
    "task": task,
    "task_to_move": task_to_move,
    "white_paper": white_paper,
    "published_paper": published_paper,
    "petition": petition,
    "web_complaint": web_complaint,
    "api_key": api_key,
    "accused_complaint": accused_complaint,
    "supervision_case": supervision_case,
    "report": report,
    "case": case,
    "decided_case": decided_case,
    "incident": incident,
    "legal_outcome": legal_outcome,
    "filing": filing,
    "joint_meeting": joint_meeting,
    "inbox_item": inbox_item,
    "webhook": webhook,
    "copy_rule": copy_rule,
}
