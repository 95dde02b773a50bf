"""The assessment (评估) on the real stack: deductions from events, explained line by line,
scorecards and ranking, publication, and the two loops (R16, R17).

Each test uses years no other test touches, so its units' scores are its own.
"""

import csv
import io
import uuid
from typing import Any

import httpx
import pytest

from shared.events import Envelope
from tests.e2e import complaints_helpers as complaints
from tests.e2e.assessment_helpers import (
    AUDIT,
    ENV,
    FIN,
    GOV,
    LEGAL,
    PERSONNEL,
    SUP,
    explain,
    legal_outcome,
    record_outcomes,
    scorecard,
    wait_lines,
)
from tests.e2e.helpers import audited
from tests.e2e.notifications_support import outbox_events, wait_item
from tests.e2e.referrals_helpers import produce
from tests.e2e.registry_helpers import assign, registry_clock, set_clock
from tests.support.stack import Stack, token

pytestmark = pytest.mark.stack
URBAN = "SZ-URBAN-MGMT"


async def test_a_revoked_reconsideration_costs_its_points_once_even_delivered_twice_R16_R17(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    revoked = legal_outcome(FIN, "2036-05-06")
    upheld = legal_outcome(FIN, "2036-05-07", outcome="upheld", subject=revoked.subject)
    # Same key, so the same partition: once AUDIT's line shows, both copies were consumed.
    sentinel = legal_outcome(AUDIT, "2036-05-08", subject=revoked.subject)
    await record_outcomes(stack, revoked, revoked, upheld, sentinel)
    await wait_lines(http, stack, 2036, AUDIT, 1)

    finance = await explain(http, stack, 2036, FIN)
    assert [(line["indicator"], line["points"]) for line in finance["lines"]] == [
        ("LAWFUL_ADMINISTRATION", -4)
    ]
    (line,) = finance["lines"]
    assert line["source_event_id"] == str(revoked.id)
    assert line["source_type"] == "legal_outcome"
    assert line["source_id"] == revoked.data["outcome_id"]
    assert revoked.data["act"] in line["reason"] and line["quarter"] == 2
    assert finance["card"]["total"] == 96
    lawful = {s["code"]: s for s in finance["card"]["indicators"]}["LAWFUL_ADMINISTRATION"]
    assert (lawful["points"], lawful["lost"], lawful["score"]) == (10, 4, 6)
    # The unit reads its own explanation; another unit does not.
    assert (await explain(http, stack, 2036, FIN, by=FIN))["card"]["total"] == 96
    other = await http.get(
        f"{stack.url('registry')}/assessment/2036/departments/{FIN}", headers=token(ENV)
    )
    assert other.status_code == 403
    # Rebuilding the scores from the ledger gives the same card.
    rebuilt = await http.post(
        f"{stack.url('registry')}/assessment/2036/rebuild", headers=token(GOV, "admin")
    )
    assert rebuilt.status_code == 200 and rebuilt.json()["entries"] == 2
    assert (await explain(http, stack, 2036, FIN))["card"]["total"] == 96


async def _late_progress_report(http: httpx.AsyncClient, stack: Stack) -> str:
    async with registry_clock(http, stack, "2037-03-20T10:00:00+08:00"):
        task = await assign(http, stack, deadline="2037-12-31", deadline_working_days=None)
        await set_clock(http, stack, "2037-08-03T10:00:00+08:00")
        report = await http.post(
            f"{stack.url('registry')}/tasks/{task['id']}/progress",
            json={"year": 2037, "quarter": 2, "percent": 40, "summary": "方案已起草"},
            headers=token(ENV),
        )
    assert report.status_code == 201 and report.json()["late"] is True, report.text
    return str(report.json()["id"])


async def _missed_handling_limit(http: httpx.AsyncClient, stack: Stack) -> str:
    try:
        await complaints.set_clock(http, stack, "2037-06-01T02:00:00Z")
        receipt = await complaints.register(
            http, stack, GOV, channel="mayor_hotline", category="delay", event_date="2037-05-28"
        )
        await complaints.act(http, stack, URBAN, receipt["id"], "acknowledge")
        await complaints.set_clock(http, stack, "2037-06-30T02:00:00Z")
        await complaints.run_checks(http, stack)
    finally:
        await complaints.set_clock(http, stack, None)
    return str(receipt["id"])


async def test_missed_limit_late_report_and_unfinished_leader_matter_are_explained_R1_R2_R15_R17(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    report_id = await _late_progress_report(http, stack)
    complaint_id = await _missed_handling_limit(http, stack)
    matter = uuid.uuid4()
    overdue = Envelope(
        source="registry",
        type="registry.task.status_changed.v1",
        subject=str(matter),
        data={
            "task_id": str(matter),
            "kind": "leader_matter",
            "from_status": "in_progress",
            "to_status": "overdue",
            "reason": None,
            "changed_by": "registry.overdue-job",
            "deadline": "2037-09-30",
            "deadline_provisional": True,
            "lead_unit": ENV,
            "co_units": [],
            "assigned_by": GOV,
        },
    )
    await produce(stack, "registry.tasks", overdue)

    environment = await wait_lines(http, stack, 2037, ENV, 2)
    lines = {line["indicator"]: line for line in environment["lines"]}
    assert set(lines) == {"PROGRESS_ON_TIME", "LEADER_MATTERS"}
    assert lines["PROGRESS_ON_TIME"]["points"] == -2
    assert lines["PROGRESS_ON_TIME"]["source_id"] == report_id
    assert "第2季度进展逾期报送" in lines["PROGRESS_ON_TIME"]["reason"]
    assert lines["LEADER_MATTERS"]["points"] == -2
    assert lines["LEADER_MATTERS"]["source_event_id"] == str(overdue.id)
    assert (lines["LEADER_MATTERS"]["source_type"], lines["LEADER_MATTERS"]["source_id"]) == (
        "task",
        str(matter),
    )
    assert environment["card"]["total"] == 96
    # Through the second quarter (running), the leader matter due in September is not there.
    running = await explain(http, stack, 2037, ENV, quarter=2)
    assert [line["indicator"] for line in running["lines"]] == ["PROGRESS_ON_TIME"]
    assert running["card"]["total"] == 98

    urban = await wait_lines(http, stack, 2037, URBAN, 1)
    (missed,) = urban["lines"]
    assert (missed["indicator"], missed["points"]) == ("COMPLAINT_TIME_LIMITS", -1)
    assert (missed["source_type"], missed["source_id"]) == ("complaint", complaint_id)
    assert missed["source_event_type"] == "complaints.complaint.escalated.v1"
    assert "handle" in missed["reason"]


async def test_a_dissatisfied_complainant_costs_the_handling_unit_points_R17(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    try:
        await complaints.set_clock(http, stack, "2034-03-01T02:00:00Z")
        receipt = await complaints.submit_public(http, stack, event_date="2034-02-27")
        cid, secret = receipt["id"], {"X-Complaint-Secret": receipt["secret"]}
        await complaints.act(http, stack, URBAN, cid, "acknowledge")
        await complaints.act(
            http, stack, URBAN, cid, "outcome", complaints.outcome_body("unsubstantiated")
        )
        rated = await http.post(
            f"{stack.url('complaints')}/public/complaints/{receipt['tracking_code']}/appraisal",
            json={"appraisal": "dissatisfied"},
            headers=complaints.client_headers(**secret),
        )
        assert rated.status_code == 200, rated.text
    finally:
        await complaints.set_clock(http, stack, None)
    urban = await wait_lines(http, stack, 2034, URBAN, 1)
    (line,) = urban["lines"]
    assert (line["indicator"], line["points"]) == ("PUBLIC_APPRAISAL", -1)
    assert (line["source_type"], line["source_id"]) == ("complaint", cid)
    assert urban["card"]["total"] == 99


def _cards(body: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {card["department"]: card for card in body["cards"]}


async def test_scorecard_ranking_rectification_publication_and_commendation_R16_R17(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    registry = stack.url("registry")
    # 2038 (last year): AUDIT lost one reconsideration. 2039: FINANCE three, AUDIT a lawsuit.
    key = str(uuid.uuid4())
    await record_outcomes(
        stack,
        legal_outcome(AUDIT, "2038-04-01", subject=key),
        legal_outcome(FIN, "2039-02-10", subject=key),
        legal_outcome(FIN, "2039-05-10", subject=key),
        legal_outcome(FIN, "2039-11-10", subject=key),
        legal_outcome(AUDIT, "2039-07-01", outcome="lost", subject=key),
    )
    await wait_lines(http, stack, 2039, AUDIT, 1)
    edited = await http.put(
        f"{registry}/assessment/2039/scheme/OPENNESS",
        json={"name": "政务公开（含信息公开目录）", "points": 5, "deduction": 1, "threshold": 3},
        headers=token(GOV, "admin"),
    )
    assert edited.status_code == 200, edited.text
    bad = await http.put(
        f"{registry}/assessment/2039/scheme/OPENNESS",
        json={"name": "x", "points": -1, "deduction": 1, "threshold": 3},
        headers=token(GOV, "admin"),
    )
    assert bad.status_code == 422

    response = await scorecard(http, stack, 2039)
    assert response.status_code == 200, response.text
    body = response.json()
    cards = _cards(body)
    city = [c for c in body["cards"] if c["kind"] == "city_department"]
    # By hand: 100 points; LAWFUL_ADMINISTRATION is 10, 4 a revoked act (floored at 0).
    assert (cards[FIN]["total"], cards[AUDIT]["total"], cards[LEGAL]["total"]) == (90, 96, 100)
    assert all(c["total"] == 100 for c in city if c["department"] not in {FIN, AUDIT})
    n = len(city)
    assert (cards[LEGAL]["rank"], cards[AUDIT]["rank"], cards[FIN]["rank"]) == (1, n - 1, n)
    assert cards[FIN]["of"] == n
    assert (cards[FIN]["change"], cards[AUDIT]["change"], cards[LEGAL]["change"]) == (-10, 0, 0)
    assert cards[AUDIT]["last_year_total"] == 96
    failing = {c["department"] for c in body["cards"] if any(s["failing"] for s in c["indicators"])}
    assert failing == {FIN}  # AUDIT's 6 is at the threshold, not below
    assert body["final"] is False
    first_quarter = _cards((await scorecard(http, stack, 2039, quarter=1)).json())
    assert first_quarter[FIN]["total"] == 96
    as_csv = await scorecard(http, stack, 2039, by=PERSONNEL, format="csv")
    assert as_csv.headers["content-type"].startswith("text/csv")
    rows = {r["department"]: r for r in csv.DictReader(io.StringIO(as_csv.text))}
    assert (rows[FIN]["total"], rows[FIN]["rank"], rows[FIN]["LAWFUL_ADMINISTRATION"]) == (
        "90",
        str(n),
        "0",
    )
    assert (await scorecard(http, stack, 2039, by=ENV)).status_code == 403

    # Loop 1: the failing indicator opened exactly one rectification task, after 3 events.
    finance = await explain(http, stack, 2039, FIN)
    assert len(finance["lines"]) == 3
    (task_id,) = finance["rectification_tasks"]
    task = (await http.get(f"{registry}/tasks/{task_id}", headers=token(FIN))).json()
    assert (task["source"], task["lead_unit"], task["assigned_by"]) == ("rectification", FIN, GOV)
    assert "LAWFUL_ADMINISTRATION" in task["content"] and task["answers_to_assessment"] == 2039
    listed = await http.get(
        f"{registry}/tasks", params={"source": "rectification"}, headers=token(FIN)
    )
    assert [t["id"] for t in listed.json()["items"]] == [task_id]

    published = await http.post(f"{registry}/assessment/2039/publish", headers=token(GOV))
    assert published.status_code == 200, published.text
    # Loop 2: the top ranks of each kind without a failing indicator are proposed.
    expected = {c["department"] for c in body["cards"] if c["rank"] <= 3 and c["department"] != FIN}
    assert LEGAL in expected and AUDIT not in expected
    assert {c["department"] for c in published.json()["commended"]} == expected
    again = await http.post(f"{registry}/assessment/2039/publish", headers=token(GOV))
    assert again.status_code == 409
    locked = await http.put(
        f"{registry}/assessment/2039/scheme/OPENNESS",
        json={"name": "政务公开", "points": 5, "deduction": 1, "threshold": 3},
        headers=token(GOV, "admin"),
    )
    assert locked.status_code == 409
    assert (await scorecard(http, stack, 2039)).json()["final"] is True
    # Who changed the scheme and who published, in the tamper-evident trail; no refusal is.
    assert await audited(http, stack, "registry", "assessment", "2039") == [
        ("assessment.indicator_changed", GOV),
        ("assessment.published", GOV),
    ]

    (announced,) = await outbox_events(
        stack, "registry", "registry.assessment.published.v1", "2039"
    )
    for department in (GOV, SUP, PERSONNEL):
        assert (await wait_item(http, stack, department, announced))["rule"] == "R17"
    (proposal,) = await outbox_events(
        stack, "registry", "registry.assessment.advanced_units_proposed.v1", "2039"
    )
    assert set(proposal.data["departments"]) == expected
    for department in (LEGAL, PERSONNEL):
        assert (await wait_item(http, stack, department, proposal))["rule"] == "R17"

    # Loop 1 again: next year's tasks and white paper answer to the published evaluation.
    async with registry_clock(http, stack, "2040-01-10T10:00:00+08:00"):
        next_year = await assign(http, stack, lead_unit=FIN, co_units=[])
        paper = await http.post(
            f"{registry}/white-papers",
            json={"year": 2040, "duties": "职责", "goals": "目标", "schedule": "进度"},
            headers=token(FIN),
        )
    assert next_year["answers_to_assessment"] == 2039
    assert paper.status_code == 201, paper.text
    scores = paper.json()["previous_year_assessment"]
    assert (scores["year"], scores["total"], scores["rank"]) == (2039, 90, n)
    assert scores["indicators"]["LAWFUL_ADMINISTRATION"] == 0


async def test_commendations_wait_for_publication_and_bad_years_are_refused_R17(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    registry = stack.url("registry")
    assert (
        await http.get(f"{registry}/assessment/2044/commendations", headers=token(SUP))
    ).status_code == 404
    assert (await scorecard(http, stack, 1999)).status_code == 422
    assert (await scorecard(http, stack, 2044, quarter=5)).status_code == 422
    unknown = await http.put(
        f"{registry}/assessment/2044/scheme/NOT_AN_INDICATOR",
        json={"name": "x", "points": 5, "deduction": 1, "threshold": 3},
        headers=token(GOV, "admin"),
    )
    assert unknown.status_code == 404
    assert (
        await http.post(f"{registry}/assessment/2044/publish", headers=token(FIN))
    ).status_code == 403
    scheme = await http.get(f"{registry}/assessment/2044/scheme", headers=token(ENV))
    assert scheme.status_code == 200 and scheme.json()["total_points"] == 100
    assert scheme.json()["locked"] is False
