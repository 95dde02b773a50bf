"""The half-year check (R1), complaint channels each quarter (R11), white papers due each
February and reviewed by supervision (R13): the records and the inbox items people see."""

from typing import Any

import httpx
import pytest

from tests.e2e.helpers import audited
from tests.e2e.notifications_support import fresh_unit, items_of, outbox_events, wait_item
from tests.e2e.registry_helpers import ADMIN, FIN, GOV, SUP, counts, registry_clock, set_clock
from tests.support.stack import Stack, token

pytestmark = pytest.mark.stack
PROBLEM = "application/problem+json"
# Departments no other test names a channel or a white paper for.
# The period-duties job acts on the whole registry: the tests here and in
# test_registry_recurring.py move its clock forward only (2027-02 … 2028-04), so a run never
# finds a later period already opened, published or flagged.
QUIET, FOOD = "SZ-YANTIAN", "SZ-FOOD-DRUG"


async def _run(http: httpx.AsyncClient, stack: Stack) -> dict[str, Any]:
    response = await http.post(stack.url("registry") + "/jobs/period-duties", headers=ADMIN)
    assert response.status_code == 200, response.text
    return dict(response.json())


async def _task(http: httpx.AsyncClient, stack: Stack, lead: str) -> dict[str, Any]:
    body = {
        "work_item": "重点工作季报",
        "content": "每季度报告重点工作进展",
        "target": "按季报送",
        "source": "government_work_report",
        "lead_unit": lead,
        "co_units": [],
        "deadline": "2028-06-30",
    }
    response = await http.post(stack.url("registry") + "/tasks", json=body, headers=token(GOV))
    assert response.status_code == 201, response.text
    return dict(response.json())


async def test_a_white_paper_not_out_by_february_is_flagged_to_the_unit_and_gov_office_R13(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    papers, late_url = (
        stack.url("registry") + "/white-papers",
        stack.url("registry") + "/late-white-papers",
    )
    body = {"year": 2027, "duties": "食品药品监督", "goals": "抽检合格率98%", "schedule": "按季"}
    async with registry_clock(http, stack, "2027-02-20T10:00:00+08:00"):
        draft = await http.post(papers, json=body, headers=token(FOOD))
        assert draft.status_code == 201, draft.text
        on_time = await http.post(f"{papers}/{draft.json()['id']}/publish", headers=token(FOOD))
        assert on_time.status_code == 200 and on_time.json()["late"] is False
        assert (await _run(http, stack))["white_papers_late"] == 0  # not due before March

        await set_clock(http, stack, "2027-03-01T09:00:00+08:00")
        assert (await _run(http, stack))["white_papers_late"] > 0
        assert (await _run(http, stack))["white_papers_late"] == 0  # flagged once
        late = await http.get(late_url, params={"year": 2027}, headers=token(GOV))
        assert late.status_code == 200
        flagged = {p["department"]: p for p in late.json()}
        assert FOOD not in flagged and flagged[QUIET]["due"] == "2027-02-28"
        assert flagged[QUIET]["published_since"] is False
        assert (
            await http.get(late_url, params={"year": 2027}, headers=token(FIN))
        ).status_code == 403

        await set_clock(http, stack, "2027-03-05T09:00:00+08:00")
        quiet = await http.post(papers, json={**body, "duties": "区政府职责"}, headers=token(QUIET))
        published = await http.post(f"{papers}/{quiet.json()['id']}/publish", headers=token(QUIET))
        assert published.status_code == 200 and published.json()["late"] is True
        late = await http.get(late_url, params={"year": 2027}, headers=token(SUP))
        assert {p["department"]: p for p in late.json()}[QUIET]["published_since"] is True

    (event,) = await outbox_events(
        stack, "registry", "registry.white_paper.overdue.v1", f"{QUIET}:2027"
    )
    assert event.data["due"] == "2027-02-28"
    assert (await wait_item(http, stack, QUIET, event))["rule"] == "R13"
    assert (await wait_item(http, stack, GOV, event))["title"] == "白皮书逾期未公布"


async def test_channels_are_published_each_quarter_city_wide_and_missing_units_told_R11(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    registry = stack.url("registry")
    channel = f"{registry}/departments/{FOOD}/complaint-channel"
    before = await counts(stack)
    for wrong in (
        {"complaint_phone": "call us", "complaint_url": "https://spj.sz.gov.cn/ts"},
        {"complaint_phone": "0755-12331", "complaint_url": "ftp://spj.sz.gov.cn"},
        {"complaint_phone": "0755-12331"},
    ):
        response = await http.put(channel, json=wrong, headers=token(FOOD))
        assert response.status_code == 422 and response.headers["content-type"] == PROBLEM
    assert await counts(stack) == before
    good = {"complaint_phone": "0755-12331", "complaint_url": "https://spj.sz.gov.cn/ts"}
    assert (await http.put(channel, json=good, headers=token(FOOD))).status_code == 200

    missing = await http.get(f"{registry}/complaint-channels/missing", headers=token(GOV))
    assert missing.status_code == 200
    codes = {m["code"]: m for m in missing.json()}
    assert QUIET in codes and FOOD not in codes
    assert codes[QUIET]["missing_fields"] == ["complaint_phone", "complaint_url"]
    assert (
        await http.get(f"{registry}/complaint-channels/missing", headers=token(FIN))
    ).status_code == 403

    async with registry_clock(http, stack, "2027-07-05T10:00:00+08:00"):
        assert (await _run(http, stack))["channel_publication"] == "2027-Q3"
        assert (await _run(http, stack))["channel_publication"] is None  # once a quarter

    public = f"{registry}/public/complaint-channels/2027/3"
    document = await http.get(public)  # no token: the public reads it
    assert document.status_code == 200, document.text
    assert "public" in document.headers["cache-control"]
    published = {c["code"]: c for c in document.json()["channels"]}
    assert published[FOOD]["complaint_phone"] == "0755-12331"
    assert QUIET in {m["code"] for m in document.json()["missing"]}
    etag = document.headers["etag"]
    assert (await http.get(public, headers={"If-None-Match": etag})).status_code == 304
    assert (await http.get(f"{registry}/public/complaint-channels/2027/5")).status_code == 422
    assert (await http.get(f"{registry}/public/complaint-channels/2090/1")).status_code == 404

    (event,) = await outbox_events(
        stack, "registry", "registry.complaint_channels.published.v1", "2027-Q3"
    )
    assert event.data["document"] == "/public/complaint-channels/2027/3"
    assert (await wait_item(http, stack, SUP, event))["rule"] == "R11"
    told = [
        e
        for e in await outbox_events(
            stack, "registry", "registry.complaint_channel.omitted.v1", QUIET
        )
        if (e.data["year"], e.data["quarter"]) == (2027, 3)
    ]
    assert len(told) == 1
    item = await wait_item(http, stack, QUIET, told[0])
    assert item["rule"] == "R11" and item["title"] == "投诉渠道未公布"
    assert item["data"]["missing_fields"] == ["complaint_phone", "complaint_url"]
    assert not [
        e
        for e in await outbox_events(
            stack, "registry", "registry.complaint_channel.omitted.v1", FOOD
        )
        if (e.data["year"], e.data["quarter"]) == (2027, 3)
    ]


async def test_half_year_check_R1_tells_the_unit_its_findings_and_lists_missing_reports(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    registry = stack.url("registry")
    unit, other = await fresh_unit(stack, http), await fresh_unit(stack, http)
    async with registry_clock(http, stack, "2027-07-02T10:00:00+08:00"):
        late, kept = await _task(http, stack, unit), await _task(http, stack, unit)
        foreign = await _task(http, stack, other)
        await set_clock(http, stack, "2027-10-11T10:00:00+08:00")
        for task in (late, kept):
            report = {"year": 2027, "quarter": 3, "percent": 30, "summary": "按计划推进"}
            filed = await http.post(
                f"{registry}/tasks/{task['id']}/progress", json=report, headers=token(unit)
            )
            assert filed.status_code == 201, filed.text

        await set_clock(http, stack, "2028-01-25T10:00:00+08:00")
        # Missing quarterly reports: the fourth quarter, after its due day, for both tasks.
        missing = await http.get(
            f"{registry}/progress-reports/missing",
            params={"year": 2027, "quarter": 4, "department": unit},
            headers=token(SUP),
        )
        assert missing.status_code == 200, missing.text
        assert {m["task_id"] for m in missing.json()} == {late["id"], kept["id"]}
        assert {m["lead_unit"] for m in missing.json()} == {unit}
        q3 = await http.get(
            f"{registry}/progress-reports/missing",
            params={"year": 2027, "quarter": 3, "department": unit},
            headers=token(GOV),
        )
        assert q3.status_code == 200 and q3.json() == []
        not_due = await http.get(
            f"{registry}/progress-reports/missing",
            params={"year": 2028, "quarter": 1},
            headers=token(SUP),
        )
        assert not_due.status_code == 422 and not_due.headers["content-type"] == PROBLEM
        denied = await http.get(
            f"{registry}/progress-reports/missing",
            params={"year": 2027, "quarter": 4},
            headers=token(FIN),
        )
        assert denied.status_code == 403

        check = {
            "year": 2027,
            "half": 2,
            "department": unit,
            "summary": "三季度按时报送，四季度未报",
            "findings": [{"task_id": late["id"], "finding": "四季度季报未报送"}],
        }
        url = f"{registry}/progress-checks"
        before = await counts(stack)
        bad = {
            "not-begun": {**check, "year": 2028, "half": 2},
            "foreign-task": {**check, "findings": [{"task_id": foreign["id"], "finding": "x"}]},
            "twice": {**check, "findings": [check["findings"][0]] * 2},  # type: ignore[index]
            "unknown-unit": {**check, "department": "SZ-NOWHERE"},
            "half-3": {**check, "half": 3},
            "empty-finding": {**check, "findings": [{"task_id": late["id"], "finding": ""}]},
        }
        for name, body in bad.items():
            response = await http.post(url, json=body, headers=token(SUP))
            assert response.status_code == 422, (name, response.text)
            assert response.headers["content-type"] == PROBLEM
        assert (await http.post(url, json=check, headers=token(FIN))).status_code == 403
        assert await counts(stack) == before

        recorded = await http.post(url, json=check, headers=token(SUP))
        assert recorded.status_code == 201, recorded.text
        body = recorded.json()
        assert body["checked_by"] == SUP and body["reporting"] == {"missing": 2, "reported": 2}
        assert body["findings"] == [
            {"task_id": late["id"], "work_item": "重点工作季报", "finding": "四季度季报未报送"}
        ]
        # One check per unit and half year, whether GOV_OFFICE or SUPERVISION records it.
        assert (await http.post(url, json=check, headers=token(GOV))).status_code == 409
        clean = {**check, "department": other, "findings": []}
        assert (await http.post(url, json=clean, headers=token(GOV))).status_code == 201

    (event,) = await outbox_events(stack, "registry", "registry.progress_check.recorded.v1", unit)
    item = await wait_item(http, stack, unit, event)
    assert item["rule"] == "R1" and item["title"] == "半年度监督检查意见"
    assert item["data"]["findings"] == 1
    # The unit reads its check; another unit sees only its own.
    own = await http.get(url, params={"year": 2027}, headers=token(unit))
    assert [c["id"] for c in own.json()] == [body["id"]]
    theirs = await http.get(url, params={"year": 2027}, headers=token(other))
    assert [c["department"] for c in theirs.json()] == [other]
    # A unit without findings is not told: the item for the unit with findings came, none
    # for the other (both events are on the same topic, in commit order per key).
    (quiet,) = await outbox_events(stack, "registry", "registry.progress_check.recorded.v1", other)
    assert quiet.data["has_findings"] is False
    trail = await audited(http, stack, "registry", "progress_check", body["id"])
    assert trail == [("progress_check.recorded", SUP)]
    assert await items_of(http, stack, other, type="registry.progress_check.recorded.v1") == []


async def test_supervision_reviews_each_published_paper_and_the_unit_gets_the_result_R13(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    papers = stack.url("registry") + "/white-papers"
    body = {"year": 2028, "duties": "食品药品监督", "goals": "抽检合格率99%", "schedule": "按季"}
    first = (await http.post(papers, json=body, headers=token(FOOD))).json()
    draft_review = await http.post(
        f"{papers}/{first['id']}/review", json={"outcome": "accepted"}, headers=token(SUP)
    )
    assert draft_review.status_code == 409  # a draft is not reviewed
    assert (
        await http.post(f"{papers}/{first['id']}/publish", headers=token(FOOD))
    ).status_code == 200

    url = f"{papers}/{first['id']}/review"
    before = await http.get(f"{papers}/{first['id']}", headers=token(FOOD))
    for wrong in ({"outcome": "returned"}, {"outcome": "maybe"}, {"outcome": "accepted", "x": 1}):
        response = await http.post(url, json=wrong, headers=token(SUP))
        assert response.status_code == 422 and response.headers["content-type"] == PROBLEM
    assert (
        await http.post(url, json={"outcome": "accepted"}, headers=token(GOV))
    ).status_code == 403
    assert (await http.get(f"{papers}/{first['id']}", headers=token(FOOD))).json() == before.json()

    returned = await http.post(
        url,
        json={"outcome": "returned", "findings": "未列明上年度任务完成情况"},
        headers=token(SUP),
    )
    assert returned.status_code == 200, returned.text
    assert returned.json()["review_outcome"] == "returned"
    assert returned.json()["reviewed_by"] == SUP
    assert (
        await http.post(url, json={"outcome": "accepted"}, headers=token(SUP))
    ).status_code == 409
    assert await audited(http, stack, "registry", "white_paper", first["id"]) == [
        ("white_paper.published", FOOD),
        ("white_paper.reviewed", SUP),
    ]
    # The unit reads the result on its paper, and the public on the published version.
    seen = (await http.get(f"{papers}/{first['id']}", headers=token(FOOD))).json()
    assert (seen["review_outcome"], seen["review_findings"]) == (
        "returned",
        "未列明上年度任务完成情况",
    )
    public = await http.get(f"{stack.url('registry')}/public/white-papers/{first['id']}")
    assert public.json()["review_outcome"] == "returned"

    # The corrected version is reviewed on its own.
    second = (await http.post(papers, json=body, headers=token(FOOD))).json()
    await http.post(f"{papers}/{second['id']}/publish", headers=token(FOOD))
    accepted = await http.post(
        f"{papers}/{second['id']}/review", json={"outcome": "accepted"}, headers=token(SUP)
    )
    assert accepted.status_code == 200 and accepted.json()["review_outcome"] == "accepted"

    events = await outbox_events(
        stack, "registry", "registry.white_paper.reviewed.v1", f"{FOOD}:2028"
    )
    assert [(e.data["version"], e.data["outcome"]) for e in events] == [
        (1, "returned"),
        (2, "accepted"),
    ]
    item = await wait_item(http, stack, FOOD, events[0])
    assert item["rule"] == "R13" and item["data"]["findings"] == "未列明上年度任务完成情况"
    assert (await wait_item(http, stack, FOOD, events[1]))["title"] == "白皮书审查结果"
