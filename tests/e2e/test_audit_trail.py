"""The audit trail: every state change a person makes, chained; verify names a tampered entry."""

import asyncio
import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from services.complaints.database import audit
from shared.db import create_engine, create_session_factory
from shared.settings import ServiceSettings
from tests.e2e.complaints_helpers import URBAN, act, outcome_body, submit_public
from tests.e2e.helpers import FINANCE, SUPERVISION, file_report
from tests.e2e.notifications_support import ADMIN
from tests.e2e.referrals_helpers import case_of, decision_body, step
from tests.support.stack import Stack, token

pytestmark = pytest.mark.stack
OPERATOR = token("SZ-GOV-OFFICE", "operator")


async def _trail(
    http: httpx.AsyncClient, stack: Stack, service: str, record_type: str, record_id: str
) -> list[dict[str, Any]]:
    response = await http.get(
        stack.url(service) + "/audit",
        params={"record_type": record_type, "record_id": record_id},
        headers=OPERATOR,
    )
    assert response.status_code == 200, response.text
    return list(response.json()["items"])


async def _verify(http: httpx.AsyncClient, stack: Stack, service: str) -> dict[str, Any]:
    response = await http.get(stack.url(service) + "/audit/verify", headers=OPERATOR)
    assert response.status_code == 200, response.text
    return dict(response.json())


async def test_a_complaints_steps_and_identity_reads_are_in_its_audit_trail(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    receipt = await submit_public(
        http, stack, complainant={"name": "王五", "phone": "13700001111", "address": None}
    )
    complaint = receipt["id"]
    await act(http, stack, URBAN, complaint, "acknowledge")
    read = await http.get(
        f"{stack.url('complaints')}/complaints/{complaint}/complainant",
        params={"purpose": "回访"},
        headers=token(SUPERVISION),  # the overseer: the handler is the accused unit
    )
    assert read.status_code == 200, read.text
    await act(http, stack, URBAN, complaint, "outcome", outcome_body("unsubstantiated"))

    trail = await _trail(http, stack, "complaints", "complaint", complaint)
    assert [(e["action"], e["department"]) for e in trail] == [
        ("complaint.received", "-"),
        ("complaint.acknowledged", URBAN),
        ("complaint.identity_read", SUPERVISION),
        ("complaint.handled", URBAN),
    ]
    assert trail[2]["detail"] == {"purpose": "回访"} and trail[2]["roles"] == ["officer"]
    assert trail[3]["detail"]["outcome"] == "unsubstantiated"
    assert "13700001111" not in str(trail)
    assert (await _verify(http, stack, "complaints"))["ok"] is True


async def test_a_case_decision_its_sanctions_a_calendar_day_and_a_copy_rule_are_audited(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    report = await file_report(http, stack, FINANCE, title=f"审计 {uuid.uuid4().hex[:6]}")
    case = await case_of(http, stack, report["id"])
    for action in ("accept", "investigate"):
        assert (await step(http, stack, case["id"], action)).status_code == 200
    decided = await step(http, stack, case["id"], "decision", decision_body())
    assert decided.status_code == 200, decided.text
    trail = await _trail(http, stack, "referrals", "case", case["id"])
    assert [e["action"] for e in trail] == ["case.accept", "case.investigate", "case.decide"]
    assert {e["department"] for e in trail} == {SUPERVISION}
    assert trail[2]["detail"]["persons"] == [
        {"name": "王某某", "sanctions": ["circulated_criticism", "written_self_criticism"]}
    ]

    day = "2099-10-08"
    registry = stack.url("registry")
    put = await http.put(
        f"{registry}/calendar/days/{day}", json={"working": True, "name": "审计"}, headers=ADMIN
    )
    assert put.status_code == 200, put.text
    assert (await http.delete(f"{registry}/calendar/days/{day}", headers=ADMIN)).status_code == 204
    trail = await _trail(http, stack, "registry", "calendar", day)
    assert [e["action"] for e in trail][-2:] == ["calendar.day_set", "calendar.day_removed"]
    # An import of several days: one entry each, chained in one step (verified below).
    many = [f"2099-10-{n:02d}" for n in (20, 21, 22)]
    imported = await http.post(
        f"{registry}/calendar",
        json={"days": [{"day": d, "working": False, "name": "审计"} for d in many], "years": []},
        headers=ADMIN,
    )
    assert imported.status_code == 200, imported.text
    for imported_day in many:
        trail = await _trail(http, stack, "registry", "calendar", imported_day)
        assert [e["action"] for e in trail][-1:] == ["calendar.day_set"], imported_day

    rules = stack.url("notifications") + "/copy-rules"
    rule_body = {
        "event_type": "referrals.report.filed.v1",
        "departments": ["SZ-AUDIT"],
        "description": "审计抄送",
    }
    created = await http.post(rules, json=rule_body, headers=ADMIN)
    assert created.status_code == 201, created.text
    rule = created.json()["id"]
    off = await http.patch(f"{rules}/{rule}", json={"enabled": False}, headers=ADMIN)
    assert off.status_code == 200, off.text
    trail = await _trail(http, stack, "notifications", "copy_rule", rule)
    assert [(e["action"], e["detail"]["enabled"]) for e in trail] == [
        ("copy_rule.created", True),
        ("copy_rule.switched", False),
    ]
    for service in ("referrals", "registry", "notifications"):
        assert (await _verify(http, stack, service))["ok"] is True, service


async def test_verify_names_the_entry_edited_and_the_place_of_one_deleted_in_the_database(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    for _ in range(3):
        await submit_public(http, stack)
    last = await stack.scalar("complaints", "select max(seq) from audit_log")
    edited, deleted = last - 2, last - 1
    original = await stack.fetch("complaints", "select * from audit_log where seq = $1", deleted)
    try:
        await stack.execute(
            "complaints",
            f"update audit_log set department = 'SZ-FORGED' where seq = {edited}",
        )
        verdict = await _verify(http, stack, "complaints")
        assert (verdict["ok"], verdict["broken_seq"]) == (False, edited)
        assert "edited" in verdict["reason"]
        code, output = await stack.run_async("complaints", "audit-verify")
        assert code == 1 and f'"broken_seq": {edited}' in output

        await stack.execute(
            "complaints", f"update audit_log set department = '-' where seq = {edited}"
        )
        await stack.execute("complaints", f"delete from audit_log where seq = {deleted}")
        verdict = await _verify(http, stack, "complaints")
        assert (verdict["ok"], verdict["broken_seq"]) == (False, deleted + 1)
        assert f"entries {deleted}..{deleted} are missing" in verdict["reason"]
    finally:
        row = dict(original[0])
        columns = ", ".join(row)
        values = ", ".join(f"${n}" for n in range(1, len(row) + 1))
        conn_query = f"insert into audit_log ({columns}) values ({values}) on conflict do nothing"
        await stack.fetch("complaints", conn_query, *row.values())
    assert (await _verify(http, stack, "complaints"))["ok"] is True
    code, output = await stack.run_async("complaints", "audit-verify")
    assert code == 0, output


async def test_concurrent_submissions_append_one_unbroken_chain_in_commit_order(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    """Each append moves the chain's head in one statement; racing appends still chain."""
    before = await stack.scalar("complaints", "select seq from audit_head")

    receipts = await asyncio.gather(*(submit_public(http, stack) for _ in range(24)))

    rows = await stack.fetch(
        "complaints", "select seq, record_id from audit_log where seq > $1 order by seq", before
    )
    assert [r["seq"] for r in rows] == list(range(before + 1, before + 1 + len(rows)))
    assert {r["id"] for r in receipts} <= {r["record_id"] for r in rows}
    head = await stack.fetch("complaints", "select seq, hash from audit_head")
    last = await stack.fetch(
        "complaints", "select seq, hash from audit_log order by seq desc limit 1"
    )
    assert dict(head[0]) == dict(last[0])
    assert (await _verify(http, stack, "complaints"))["ok"] is True


async def test_an_open_transaction_that_appended_holds_up_no_other_request(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    """The chain is linked at commit: a request still running after its append (here an open
    transaction through the service's own AuditLog) does not make a citizen's complaint wait,
    and its entry takes its place in the chain when it commits, after the complaint's."""
    url = stack.env("complaints")["COMPLAINTS_DATABASE_URL"]
    engine = create_engine(ServiceSettings(service_name="complaints", database_url=url))
    marker = f"held-{uuid.uuid4().hex[:8]}"
    try:
        async with create_session_factory(engine)() as held:
            await audit.append(
                held,
                principal=None,
                at=datetime.now(UTC),
                action="test.held",
                record=("probe", marker),
            )
            receipt = await asyncio.wait_for(submit_public(http, stack), timeout=10)
            await held.commit()
    finally:
        await engine.dispose()

    rows = await stack.fetch(
        "complaints",
        "select seq, record_id from audit_log where record_id = any($1::text[])",
        [marker, receipt["id"]],
    )
    seq = {r["record_id"]: r["seq"] for r in rows}
    assert seq[receipt["id"]] < seq[marker], "the held entry is chained when it commits"
    assert await stack.scalar("complaints", "select count(*) from audit_pending") == 0
    assert (await _verify(http, stack, "complaints"))["ok"] is True
