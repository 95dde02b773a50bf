"""The first flow across four real processes: a report reaches supervision and personnel."""

import httpx
import pytest

from tests.e2e.helpers import (
    FINANCE,
    PERSONNEL,
    SUPERVISION,
    file_report,
    inbox_items_for,
    report_body,
    wait_for_copies,
)
from tests.support.stack import Stack, token

pytestmark = pytest.mark.stack


async def test_finance_report_is_copied_once_to_supervision_and_personnel_R6(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    report = await file_report(http, stack)

    await wait_for_copies(http, stack, report["id"])

    for department in (SUPERVISION, PERSONNEL):
        items = await inbox_items_for(http, stack, department, report["id"])
        assert len(items) == 1, items
        assert items[0]["rule"] == "R6"
        assert items[0]["sender"] == FINANCE
        assert items[0]["source_event_type"] == "referrals.report.filed.v1"
        assert items[0]["data"]["report_id"] == report["id"]


async def test_finance_cannot_read_supervision_or_personnel_inbox(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    for department in (SUPERVISION, PERSONNEL):
        response = await http.get(
            f"{stack.url('notifications')}/departments/{department}/inbox", headers=token(FINANCE)
        )
        assert response.status_code == 403
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["type"].endswith("/forbidden")


async def test_filer_supervision_and_personnel_read_the_report_others_cannot(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    report = await file_report(http, stack)
    url = f"{stack.url('referrals')}/referral-reports/{report['id']}"
    for department in (FINANCE, SUPERVISION, PERSONNEL):
        response = await http.get(url, headers=token(department))
        assert response.status_code == 200, (department, response.text)
        assert response.json()["title"] == report["title"]
    assert (await http.get(url, headers=token("SZ-AUDIT"))).status_code == 404  # as if none


async def test_correlation_id_travels_from_request_to_consumer_logs(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    correlation = "corr-e2e-7f3a9c"
    response = await http.post(
        stack.url("referrals") + "/referral-reports",
        json=report_body(),
        headers={**token(FINANCE), "X-Correlation-ID": correlation},
    )
    assert response.status_code == 201
    assert response.headers["X-Correlation-ID"] == correlation
    await wait_for_copies(http, stack, response.json()["id"])

    applied = [
        line
        for line in stack.log_text("notifications").splitlines()
        if correlation in line and "event applied" in line
    ]
    assert applied, "the consumer's log does not carry the request's correlation id"


async def test_inbox_pages_with_a_stable_cursor(stack: Stack, http: httpx.AsyncClient) -> None:
    for _ in range(3):
        await file_report(http, stack)
    url = f"{stack.url('notifications')}/departments/{SUPERVISION}/inbox"

    async def all_ids(limit: int) -> list[str]:
        ids: list[str] = []
        cursor = None
        while True:
            params = {"limit": limit, **({"cursor": cursor} if cursor else {})}
            page = (await http.get(url, params=params, headers=token(SUPERVISION))).json()
            ids += [item["id"] for item in page["items"]]
            cursor = page["next_cursor"]
            if cursor is None:
                return ids

    await wait_for_copies(http, stack, (await file_report(http, stack))["id"])
    whole = await all_ids(200)
    assert len(whole) >= 4
    assert await all_ids(1) == whole  # same order, nothing lost or repeated across pages
    bad = await http.get(url, params={"cursor": "not-a-cursor"}, headers=token(SUPERVISION))
    assert bad.status_code == 422
