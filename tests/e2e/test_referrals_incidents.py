"""Incidents through the API: every row of the art. 13–16 table, and the R12 review."""

from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from tests.e2e.helpers import FINANCE, PERSONNEL, SUPERVISION, audited
from tests.e2e.notifications_support import outbox_events, wait_item
from tests.e2e.referrals_helpers import set_clock
from tests.support.stack import Stack, token

pytestmark = pytest.mark.stack
ROLES = [
    "principal_leader",
    "district_deputy",
    "district_department_deputy",
    "street_principal",
    "street_deputy",
]
# The table of 001 art. 13–16, written out again: decider and the form for each role.
ROWS: dict[str, tuple[str, list[str | None]]] = {
    "especially_major": ("city", ["public_apology", "removal", "removal", "removal", "removal"]),
    "major": ("city", ["public_apology", "suspension", "suspension", "suspension", "removal"]),
    "large": ("district", [None, None, "written_self_criticism", "public_apology", "suspension"]),
    "ordinary_large_loss": ("district", [None, None, "admonition", None, "written_self_criticism"]),
}


def _body(severity: str, **overrides: Any) -> dict[str, Any]:
    return {
        "title": "某街道燃气爆炸事故",
        "severity": severity,
        "district": "SZ-DIST-FUTIAN",
        "occurred_at": "2026-11-02T10:00:00+08:00",
        "on_site_meeting_at": "2026-11-02T20:00:00+08:00",
        "officials": [
            {"role": role, "name": f"官员{i}", "post": "职务", "unit": "单位"}
            for i, role in enumerate(ROLES)
        ],
        **overrides,
    }


async def _register(http: httpx.AsyncClient, stack: Stack, body: dict[str, Any]) -> httpx.Response:
    return await http.post(
        stack.url("referrals") + "/incidents", json=body, headers=token(SUPERVISION)
    )


@pytest.mark.parametrize("severity", list(ROWS))
async def test_each_row_of_the_incident_table_is_proposed_within_24_hours(
    stack: Stack, http: httpx.AsyncClient, severity: str
) -> None:
    response = await _register(http, stack, _body(severity))
    assert response.status_code == 201, response.text
    incident = response.json()
    decider, forms = ROWS[severity]
    assert incident["decider"] == decider
    assert [(o["role"], o["proposed_sanction"]) for o in incident["officials"]] == list(
        zip(ROLES, forms, strict=True)
    )
    due = datetime.fromisoformat(incident["initial_decision_due"])
    assert due == datetime(2026, 11, 3, 12, 0, tzinfo=UTC)  # the meeting at 20:00+08 + 24 hours
    reviewed = severity in ("especially_major", "major")
    assert (incident["explanation_due"] is not None) is reviewed  # R12: major incidents only


async def test_bad_incidents_are_refused_and_only_supervision_registers(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    url = stack.url("referrals") + "/incidents"
    assert (await http.post(url, json=_body("major"), headers=token(FINANCE))).status_code == 403
    early = _body("major", on_site_meeting_at="2026-11-01T10:00:00+08:00")
    assert (await _register(http, stack, early)).status_code == 422
    unknown = _body("major", officials=[{"role": "mayor", "name": "x", "post": "y", "unit": "z"}])
    assert (await _register(http, stack, unknown)).status_code == 422
    naive = _body("major", occurred_at="2026-11-02T10:00:00")
    assert (await _register(http, stack, naive)).status_code == 422
    large = (await _register(http, stack, _body("large"))).json()
    explain = f"{url}/{large['id']}/explanation"
    assert (await http.post(explain, headers=token(SUPERVISION))).status_code == 409


async def test_a_major_incident_review_is_escalated_when_late_and_circulated_by_the_government_R12(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    body = _body("major", department_head_involved=True)
    incident = (await _register(http, stack, body)).json()
    url = f"{stack.url('referrals')}/incidents/{incident['id']}"
    assert incident["explanation_due"] == "2026-11-30" and incident["circulator"] == "government"
    assert (await http.get(url, headers=token(PERSONNEL))).status_code == 200
    assert (await http.get(url, headers=token(FINANCE))).status_code == 403

    circulate = f"{url}/circulation"
    by_government = {"by": "government"}
    early = await http.post(circulate, json=by_government, headers=token(SUPERVISION))
    assert early.status_code == 409  # the investigation has not concluded
    concluded = await http.post(
        f"{url}/investigation-conclusion",
        json={"concluded_on": "2026-11-27"},
        headers=token(SUPERVISION),
    )
    assert concluded.json()["circulation_due"] == "2027-02-27"

    checks = stack.url("referrals") + "/admin/overdue-checks"
    admin = token(SUPERVISION, "admin")
    try:
        await set_clock(http, stack, "2026-11-30T23:00:00+08:00")
        await http.post(checks, headers=admin)
        # No initial decisions were recorded within 24 hours of the meeting (art. 13).
        escalated = (await http.get(url, headers=token(SUPERVISION))).json()["escalated"]
        assert escalated == ["initial_decision"]
        await set_clock(http, stack, "2026-12-01T09:00:00+08:00")
        for _ in range(2):
            assert (await http.post(checks, headers=admin)).status_code == 200
        assert (await http.get(url, headers=token(SUPERVISION))).json()["escalated"] == [
            "explanation",
            "initial_decision",
        ]
        await set_clock(http, stack, "2027-03-11T09:00:00+08:00")
        await http.post(checks, headers=admin)
    finally:
        await set_clock(http, stack, None)
    read = (await http.get(url, headers=token(SUPERVISION))).json()
    assert read["escalated"] == ["circulation", "explanation", "initial_decision"]
    events = await outbox_events(
        stack, "referrals", "referrals.incident.review_overdue.v1", incident["id"]
    )
    assert len(events) == 2
    for event in events:  # R12: each missed review deadline reaches supervision's inbox
        assert (await wait_item(http, stack, SUPERVISION, event))["rule"] == "R12"

    wrong = await http.post(circulate, json={"by": "department"}, headers=token(SUPERVISION))
    assert wrong.status_code == 422  # the department head is involved: the government circulates
    done = await http.post(circulate, json=by_government, headers=token(SUPERVISION))
    assert done.status_code == 200 and done.json()["circulated_at"] is not None
    again = await http.post(circulate, json=by_government, headers=token(SUPERVISION))
    assert again.status_code == 409
    # Each step a person recorded, in the tamper-evident trail; refused steps left none.
    assert await audited(http, stack, "referrals", "incident", incident["id"]) == [
        ("incident.registered", SUPERVISION),
        ("incident.investigation_concluded", SUPERVISION),
        ("incident.circulated", SUPERVISION),
    ]
