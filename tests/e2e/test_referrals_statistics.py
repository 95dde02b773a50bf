"""Quarterly accountability statistics by district, department, source and sanction (R14)."""

import random

import httpx
import pytest

from tests.e2e.helpers import FINANCE, SUPERVISION, file_report
from tests.e2e.referrals_helpers import (
    case_of,
    decision_body,
    person,
    set_clock,
    step,
    street_unit,
)
from tests.support.stack import Stack, token

pytestmark = pytest.mark.stack
DISTRICT, URBAN = "SZ-FUTIAN", "SZ-URBAN-MGMT"


async def test_a_quarter_is_summarised_by_district_department_source_and_sanction_R14_R8_R7(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    unit = await street_unit(stack, http, DISTRICT)
    year = random.randint(2040, 2099)  # a quarter no other test writes to
    try:
        await set_clock(http, stack, f"{year}-05-10T10:00:00+08:00")
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
        report = await file_report(http, stack, concerned_department=URBAN)
        case_id = (await case_of(http, stack, report["id"]))["id"]
        await step(http, stack, case_id, "accept")
        await step(http, stack, case_id, "investigate")
        body = decision_body(persons=[person(), person(name="赵某", sanctions=["admonition"])])
        assert (await step(http, stack, case_id, "decision", body)).status_code == 200
    finally:
        await set_clock(http, stack, None)

    url = stack.url("referrals") + "/referral-statistics"
    params = {"year": year, "quarter": 2}
    assert (await http.get(url, params=params, headers=token(FINANCE))).status_code == 403
    summary = (await http.get(url, params=params, headers=token(SUPERVISION))).json()
    assert (summary["cases"], summary["open_cases"]) == (2, 2)  # decided is not closed yet
    assert (summary["decisions"], summary["sanctioned_persons"]) == (1, 2)
    rows = {
        (r["dimension"], r["key"]): (r["cases"], r["decisions"], r["persons"])
        for r in summary["rows"]
    }
    assert rows == {
        ("source", "media_lead"): (1, 0, 0),
        ("source", "report"): (1, 0, 0),
        ("district", "CITY"): (1, 1, 2),
        ("district", DISTRICT): (1, 0, 0),
        ("department", unit): (1, 0, 0),
        ("department", URBAN): (1, 1, 2),
        ("sanction", "admonition"): (0, 0, 1),
        ("sanction", "circulated_criticism"): (0, 0, 1),
        ("sanction", "written_self_criticism"): (0, 0, 1),
    }

    csv = await http.get(url, params={**params, "format": "csv"}, headers=token(SUPERVISION))
    assert csv.headers["content-type"].startswith("text/csv")
    lines = csv.text.splitlines()
    assert lines[0] == "dimension,key,cases,decisions,persons,filings"
    assert f"district,{DISTRICT},1,0,0,0" in lines and len(lines) == 1 + len(rows)
    other = await http.get(url, params={"year": year, "quarter": 3}, headers=token(SUPERVISION))
    assert other.json()["cases"] == 0 and other.json()["rows"] == []

    # R8: the district's half-year report keeps the district's own departments.
    half = await http.get(
        url + "/half-year",
        params={"year": year, "half": 1, "district": DISTRICT},
        headers=token(SUPERVISION),
    )
    assert half.status_code == 200, half.text
    assert (half.json()["cases"], half.json()["decisions"]) == (1, 0)
    assert half.json()["rows"][0] == {
        "dimension": "source",
        "key": "media_lead",
        "cases": 1,
        "decisions": 0,
        "persons": 0,
        "filings": 0,
    }
    unknown: dict[str, str | int] = {"year": year, "half": 1, "district": "SZ-NOWHERE"}
    assert (
        await http.get(url + "/half-year", params=unknown, headers=token(SUPERVISION))
    ).status_code == 422

    # R7: the joint meeting's pack, per participant (open cases count every open case now).
    pack = await http.get(url + "/joint-meeting", params=params, headers=token(SUPERVISION))
    parts = {p["participant"]: p for p in pack.json()["participants"]}
    assert list(parts) == ["SUPERVISION", "FINANCE", "AUDIT", "LEGAL", "PERSONNEL"]
    assert (parts["SUPERVISION"]["referred"], parts["SUPERVISION"]["decided"]) == (2, 1)
    assert (parts["FINANCE"]["referred"], parts["FINANCE"]["decided"]) == (1, 1)
    assert (parts["AUDIT"]["referred"], parts["PERSONNEL"]["decided"]) == (0, 1)
    assert parts["FINANCE"]["open_cases"] >= 1
    pack_csv = await http.get(
        url + "/joint-meeting", params={**params, "format": "csv"}, headers=token(SUPERVISION)
    )
    assert pack_csv.text.splitlines()[0] == "participant,referred,decided,open_cases"
