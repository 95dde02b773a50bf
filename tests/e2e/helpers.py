"""Requests the end-to-end tests share."""

from typing import Any

import httpx
from aiokafka import TopicPartition
from aiokafka.admin import AIOKafkaAdminClient

from tests.support.stack import BOOTSTRAP, Stack, token, wait_for

FINANCE, AUDIT = "SZ-FINANCE", "SZ-AUDIT"
SUPERVISION, PERSONNEL = "SZ-SUPERVISION", "SZ-PERSONNEL"


def report_body(**overrides: Any) -> dict[str, Any]:
    """A valid financial inspection report referring a violation."""
    return {
        "kind": "financial_inspection_report",
        "purpose": "referral",
        "title": "专项资金使用情况检查报告",
        "summary": "检查发现城管局挪用专项资金，建议移送监察局处理。",
        "concerned_department": "SZ-URBAN-MGMT",
        **overrides,
    }


async def file_report(
    http: httpx.AsyncClient, stack: Stack, department: str = FINANCE, **overrides: Any
) -> dict[str, Any]:
    """Files a report and returns it (asserting 201)."""
    response = await http.post(
        stack.url("referrals") + "/referral-reports",
        json=report_body(**overrides),
        headers=token(department),
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


async def inbox_items_for(
    http: httpx.AsyncClient, stack: Stack, department: str, report_id: str
) -> list[dict[str, Any]]:
    """Gets the items of a department's inbox about one report (reading every page)."""
    items: list[dict[str, Any]] = []
    cursor: str | None = None
    while True:
        params: dict[str, str | int] = {"limit": 200}
        if cursor:
            params["cursor"] = cursor
        response = await http.get(
            f"{stack.url('notifications')}/departments/{department}/inbox",
            params=params,
            headers=token(department),
        )
        assert response.status_code == 200, response.text
        page = response.json()
        items += [i for i in page["items"] if i["subject"] == report_id]
        cursor = page["next_cursor"]
        if cursor is None:
            return items


async def wait_for_copies(
    http: httpx.AsyncClient, stack: Stack, report_id: str, timeout: float = 60
) -> None:
    """Waits until both SUPERVISION and PERSONNEL have an item for the report."""

    async def both() -> bool:
        return all(
            [
                await inbox_items_for(http, stack, SUPERVISION, report_id),
                await inbox_items_for(http, stack, PERSONNEL, report_id),
            ]
        )

    await wait_for(both, timeout=timeout, interval=0.5)


async def wait_consumed(group: str, partition: TopicPartition, offset: int) -> None:
    """Waits until a consumer group has committed past an offset of a partition."""
    admin = AIOKafkaAdminClient(bootstrap_servers=BOOTSTRAP)
    await admin.start()
    try:

        async def committed() -> bool:
            offsets = await admin.list_consumer_group_offsets(group)
            meta = offsets.get(partition)
            return meta is not None and meta.offset > offset

        await wait_for(committed, timeout=60)
    finally:
        await admin.close()
