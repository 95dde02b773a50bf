"""Districts report their half year to the city; missing reports are flagged after the due
date; the city reads them beside the system's figures for each district (R8)."""

import random
from typing import Any

import httpx
import pytest

from tests.e2e.helpers import SUPERVISION, audited
from tests.e2e.notifications_support import outbox_events, wait_item
from tests.e2e.referrals_helpers import set_clock, street_unit
from tests.support.stack import Stack, token

pytestmark = pytest.mark.stack
DISTRICT, URBAN = "SZ-FUTIAN", "SZ-URBAN-MGMT"


def _report(year: int, **overrides: Any) -> dict[str, Any]:
    return {
        "year": year,
        "half": 1,
        "summary": "上半年受理问责案件一件。",
        "cases": 1,
        "decisions": 0,
        "sanctioned_persons": 0,
        **overrides,
    }


async def test_districts_report_each_half_year_and_missing_reports_are_flagged_once_R8(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    unit = await street_unit(stack, http, DISTRICT)
    year = random.randint(2040, 2099)  # a half year no other test writes to
    url = stack.url("referrals") + "/district-reports"
    checks = stack.url("referrals") + "/admin/overdue-checks"
    admin = token(SUPERVISION, "admin")
    try:
        await set_clock(http, stack, f"{year}-03-10T10:00:00+08:00")
        lead = {
            "outlet": "深圳商报",
            "title": "街道乱收费",
            "summary": "报道",
            "concerned_department": unit,
        }
        opened = await http.post(
            stack.url("referrals") + "/cases/media-leads", json=lead, headers=token(SUPERVISION)
        )
        assert opened.status_code == 201, opened.text
        early = await http.post(url, json=_report(year), headers=token(DISTRICT))
        assert early.status_code == 422  # the half year has not ended

        await set_clock(http, stack, f"{year}-07-10T10:00:00+08:00")
        city = await http.post(url, json=_report(year), headers=token(URBAN))
        assert city.status_code == 403  # a city department has no district to report
        assert (
            await http.post(url, json=_report(year, cases=-1), headers=token(DISTRICT))
        ).status_code == 422
        filed = await http.post(url, json=_report(year), headers=token(unit))  # its body files
        assert filed.status_code == 201, filed.text
        assert filed.json()["district"] == DISTRICT
        again = await http.post(url, json=_report(year), headers=token(DISTRICT))
        assert again.status_code == 409

        await set_clock(http, stack, f"{year}-07-15T20:00:00+08:00")  # the due date itself
        await http.post(checks, headers=admin)
        before = (
            await http.get(url, params={"year": year, "half": 1}, headers=token(SUPERVISION))
        ).json()
        assert not any(line["missing"] for line in before["districts"])
        await set_clock(http, stack, f"{year}-07-16T09:00:00+08:00")
        assert (await http.post(checks, headers=admin)).json()["missing_district_reports"] >= 1
        assert (await http.post(checks, headers=admin)).json()["missing_district_reports"] == 0
    finally:
        await set_clock(http, stack, None)

    side = await http.get(url, params={"year": year, "half": 1}, headers=token(SUPERVISION))
    assert side.status_code == 200 and side.json()["due_date"] == f"{year}-07-15"
    trail = await audited(http, stack, "referrals", "district_report", filed.json()["id"])
    assert trail == [("district_report.filed", unit)]  # the refused second filing: none
    lines = {line["district"]: line for line in side.json()["districts"]}
    futian = lines[DISTRICT]
    assert futian["missing"] is False and futian["report"]["cases"] == 1
    assert futian["system"] == {"cases": 1, "decisions": 0, "sanctioned_persons": 0}
    others = [code for code, line in lines.items() if code != DISTRICT]
    assert others and all(lines[c]["missing"] and lines[c]["report"] is None for c in others)
    assert (
        await http.get(url, params={"year": year, "half": 1}, headers=token(URBAN))
    ).status_code == 403

    (reported,) = await outbox_events(
        stack, "referrals", "referrals.district_report.filed.v1", filed.json()["id"]
    )
    assert (await wait_item(http, stack, SUPERVISION, reported))["rule"] == "R8"
    other = others[0]
    (flag,) = await outbox_events(
        stack, "referrals", "referrals.district_report.overdue.v1", f"{other}:{year}-H1"
    )
    for department in (SUPERVISION, other):
        assert (await wait_item(http, stack, department, flag))["rule"] == "R8"
