"""The quarter's joint meeting: its pack computed by hand, its minutes issued (R7)."""

import random
from collections import Counter
from datetime import datetime
from typing import Any

import httpx
import pytest

from tests.e2e.helpers import FINANCE, PERSONNEL, SUPERVISION, audited, file_report
from tests.e2e.notifications_support import outbox_events, wait_item
from tests.e2e.referrals_helpers import case_of, decision_body, set_clock, step
from tests.support.stack import Stack, token

pytestmark = pytest.mark.stack
AUDIT, LEGAL, URBAN = "SZ-AUDIT", "SZ-LEGAL", "SZ-URBAN-MGMT"
ROLE = {SUPERVISION: "SUPERVISION", FINANCE: "FINANCE", AUDIT: "AUDIT", LEGAL: "LEGAL"}
ENDED = ("closed", "rejected")


async def _all_cases(http: httpx.AsyncClient, stack: Stack) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    params: dict[str, Any] = {"limit": 200}
    while True:
        page = await http.get(
            stack.url("referrals") + "/cases", params=params, headers=token(SUPERVISION)
        )
        cases += page.json()["items"]
        if not page.json()["next_cursor"]:
            return cases
        params["cursor"] = page.json()["next_cursor"]


async def _open_by_hand(http: httpx.AsyncClient, stack: Stack) -> Counter[str]:
    """Counts every open case now per participant, from the cases supervision lists."""
    still_open: Counter[str] = Counter()
    for case in await _all_cases(http, stack):
        if case["status"] in ENDED:
            continue
        still_open["SUPERVISION"] += 1
        role = ROLE.get(case["referring_department"] or "")
        if role and role != "SUPERVISION":
            still_open[role] += 1
    return still_open


async def test_the_quarters_joint_meeting_holds_on_its_pack_and_issues_minutes_R7(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    year = random.randint(2040, 2099)  # a quarter no other test writes to
    url = stack.url("referrals") + "/joint-meetings"
    try:
        await set_clock(http, stack, f"{year}-05-10T10:00:00+08:00")
        finance = [await file_report(http, stack) for _ in range(2)]
        audit = await file_report(http, stack, AUDIT, kind="audit_result_report")
        decided = (await case_of(http, stack, finance[0]["id"]))["id"]
        for action in ("accept", "investigate"):
            await step(http, stack, decided, action)
        assert (await step(http, stack, decided, "decision", decision_body())).status_code == 200
        rejected = (await case_of(http, stack, audit["id"]))["id"]
        assert (
            await step(http, stack, rejected, "reject", {"reason": "不属管辖"})
        ).status_code == 200
        await case_of(http, stack, finance[1]["id"])

        await set_clock(http, stack, f"{year}-06-20T15:00:00+08:00")
        early = await http.post(url, json={"year": year, "quarter": 3}, headers=token(SUPERVISION))
        assert early.status_code == 422  # the third quarter has not begun
        assert (
            await http.post(url, json={"year": year, "quarter": 2}, headers=token(FINANCE))
        ).status_code == 403
        by_hand = await _open_by_hand(http, stack)
        held = await http.post(url, json={"year": year, "quarter": 2}, headers=token(SUPERVISION))
        assert held.status_code == 201, held.text
        again = await http.post(url, json={"year": year, "quarter": 2}, headers=token(SUPERVISION))
        assert again.status_code == 409
    finally:
        await set_clock(http, stack, None)

    meeting = held.json()
    assert meeting["participants"] == ["SUPERVISION", "FINANCE", "AUDIT", "LEGAL", "PERSONNEL"]
    agenda = meeting["agenda"]
    assert agenda["period"] == f"{year}-Q2"
    held_at = datetime.fromisoformat(meeting["held_at"])
    assert datetime.fromisoformat(agenda["as_of"]) == held_at  # open cases as of the meeting
    assert "copies" in agenda["definitions"]["decided"]  # PERSONNEL's decided: its copies
    assert "as of the meeting" in agenda["definitions"]["open_cases"]
    parts = {p["participant"]: p for p in agenda["participants"]}
    # By hand: three cases opened in the quarter (two from FINANCE, one from AUDIT), one
    # decided (FINANCE's, copied to PERSONNEL), one rejected (AUDIT's).
    assert {p: (r["referred"], r["decided"]) for p, r in parts.items()} == {
        "SUPERVISION": (3, 1),
        "FINANCE": (2, 1),
        "AUDIT": (1, 0),
        "LEGAL": (0, 0),
        "PERSONNEL": (0, 1),
    }
    assert {p: r["open_cases"] for p, r in parts.items()} == {
        p: by_hand[p] for p in ("SUPERVISION", "FINANCE", "AUDIT", "LEGAL", "PERSONNEL")
    }

    minutes = f"{url}/{meeting['id']}/minutes"
    assert (
        await http.post(minutes, json={"minutes": ""}, headers=token(SUPERVISION))
    ).status_code == 422
    text = f"{year}年第二季度联席会议：通报移送三件、问责一件。"
    issued = await http.post(minutes, json={"minutes": text}, headers=token(SUPERVISION))
    assert issued.status_code == 200 and issued.json()["minutes"] == text
    assert (
        await http.post(minutes, json={"minutes": "x"}, headers=token(SUPERVISION))
    ).status_code == 409
    (event,) = await outbox_events(
        stack, "referrals", "referrals.joint_meeting.minutes_issued.v1", meeting["id"]
    )
    for participant in (SUPERVISION, FINANCE, AUDIT, LEGAL, PERSONNEL):
        item = await wait_item(http, stack, participant, event)
        assert item["rule"] == "R7" and item["data"]["minutes"] == text
    read = f"{url}/{meeting['id']}"
    assert (await http.get(read, headers=token(LEGAL))).status_code == 200
    assert (await http.get(read, headers=token(URBAN))).status_code == 403
    trail = await audited(http, stack, "referrals", "joint_meeting", meeting["id"])
    assert trail == [
        ("joint_meeting.held", SUPERVISION),
        ("joint_meeting.minutes_issued", SUPERVISION),
    ]
