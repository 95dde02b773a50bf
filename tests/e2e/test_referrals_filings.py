"""Departments file their own fault-handling results with supervision, which counts them (R14)."""

import random
from typing import Any

import httpx
import pytest

from tests.e2e.helpers import FINANCE, SUPERVISION, audited
from tests.e2e.notifications_support import outbox_events, wait_item
from tests.e2e.referrals_helpers import set_clock, street_unit
from tests.support.stack import Stack, token

pytestmark = pytest.mark.stack
DISTRICT, URBAN = "SZ-FUTIAN", "SZ-URBAN-MGMT"


def _filing(**overrides: Any) -> dict[str, Any]:
    return {
        "title": "窗口工作人员推诿办事群众",
        "fault": "市民办理营业执照时被要求重复提交材料。",
        "outcome": "对当事人通报批评，并责令作出书面检查。",
        "handled_on": "2026-11-20",
        "persons": 2,
        "sanctions": ["circulated_criticism", "written_self_criticism"],
        **overrides,
    }


async def test_departments_file_their_results_and_the_quarter_counts_them_R14(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    unit = await street_unit(stack, http, DISTRICT)
    url = stack.url("referrals") + "/fault-filings"
    year = random.randint(2040, 2099)  # a quarter no other test writes to
    before = await stack.scalar("referrals", "select count(*) from fault_filings")
    try:
        await set_clock(http, stack, f"{year}-08-10T10:00:00+08:00")
        for bad in (
            _filing(handled_on=f"{year}-08-11"),  # not decided yet
            _filing(sanctions=["flogging"]),
            _filing(sanctions=["admonition", "admonition"]),
            _filing(persons=0),
            _filing(title=""),
        ):
            refused = await http.post(url, json=bad, headers=token(URBAN))
            assert refused.status_code == 422, (bad, refused.text)
            assert refused.headers["content-type"].startswith("application/problem+json")
        assert await stack.scalar("referrals", "select count(*) from fault_filings") == before

        done = f"{year}-08-01"
        own = await http.post(url, json=_filing(handled_on=done), headers=token(URBAN))
        assert own.status_code == 201, own.text
        street = await http.post(
            url,
            json=_filing(handled_on=done, persons=1, sanctions=["admonition"]),
            headers=token(unit),
        )
        assert street.status_code == 201, street.text
    finally:
        await set_clock(http, stack, None)

    (filed,) = await outbox_events(
        stack, "referrals", "referrals.fault_filing.filed.v1", own.json()["id"]
    )
    item = await wait_item(http, stack, SUPERVISION, filed)
    assert item["rule"] == "R14" and item["sender"] == URBAN
    assert item["data"]["persons"] == 2

    quarter = {"year": year, "quarter": 3}
    listed = await http.get(url, params=quarter, headers=token(SUPERVISION))
    assert [f["filed_by"] for f in listed.json()] == [URBAN, unit]
    mine = await http.get(url, params=quarter, headers=token(URBAN))
    assert [f["id"] for f in mine.json()] == [own.json()["id"]]
    filing_url = f"{url}/{own.json()['id']}"
    assert (
        await http.get(filing_url, headers=token(FINANCE))
    ).status_code == 404  # outside its scope: as for none
    assert (await http.get(filing_url, headers=token(URBAN))).status_code == 200
    trail = await audited(http, stack, "referrals", "filing", own.json()["id"])
    assert trail == [("filing.filed", URBAN)]  # who filed it, in the tamper-evident trail

    statistics = stack.url("referrals") + "/referral-statistics"
    summary = (await http.get(statistics, params=quarter, headers=token(SUPERVISION))).json()
    assert summary["filings"] == 2
    filings = {(r["dimension"], r["key"]): r["filings"] for r in summary["rows"] if r["filings"]}
    assert filings == {
        ("district", "CITY"): 1,
        ("district", DISTRICT): 1,
        ("department", URBAN): 1,
        ("department", unit): 1,
    }
    half = await http.get(
        statistics + "/half-year",
        params={"year": year, "half": 2, "district": DISTRICT},
        headers=token(SUPERVISION),
    )
    assert half.json()["filings"] == 1  # R8: the district's own departments only
