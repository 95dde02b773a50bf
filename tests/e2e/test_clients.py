"""The repository's API clients against the live system, as another team would use them.

The TypeScript package's script files a referral and reads SUPERVISION's inbox; the Python
client (mypy checks this file's use of it) carries a complaint to a referral and an item.
"""

import asyncio
import datetime
import json
import os
import uuid
from typing import TypeVar

import httpx
import pytest
from accountability_client import complaints, notifications, referrals
from accountability_client.complaints.api.complaints import (
    acknowledge_complaint,
    record_outcome,
)
from accountability_client.complaints.api.public_complaints import submit_complaint
from accountability_client.complaints.models import (
    ComplaintCreate,
    ComplaintRead,
    ComplaintReceipt,
    HandlingResult,
)
from accountability_client.notifications.api.inbox import list_inbox
from accountability_client.notifications.models import InboxItemRead, PageInboxItemRead
from accountability_client.referrals.api.complaint_referrals import list_complaint_referrals
from accountability_client.referrals.api.referral_reports import read_report
from accountability_client.referrals.models import ComplaintReferralRead, ReportRead

from shared.auth import mint_token
from tests.e2e.complaints_helpers import client_headers
from tests.e2e.helpers import FINANCE, SUPERVISION
from tests.support.clients import TYPESCRIPT, build_typescript
from tests.support.stack import Stack, wait_for

pytestmark = pytest.mark.stack
URBAN = "SZ-URBAN-MGMT"
SCRIPT = TYPESCRIPT / "dist" / "tests" / "file-referral.js"
FAULT = "complaints.complaint.fault_substantiated.v1"
TIMEOUT = httpx.Timeout(30)
T = TypeVar("T")


def answer(value: object, kind: type[T]) -> T:
    """The parsed body, asserted to be the success model (not a Problem, not None)."""
    assert isinstance(value, kind), value
    return value


def officer(department: str) -> str:
    """A development token of an officer of a department."""
    return mint_token(department, ["officer"])


async def test_typescript_client_files_a_referral_and_supervision_reads_its_copy_R6(
    stack: Stack,
) -> None:
    built = build_typescript()
    assert built.returncode == 0, built.stdout + built.stderr
    script = await asyncio.create_subprocess_exec(
        "node",
        str(SCRIPT),
        env={
            **os.environ,
            "REFERRALS_URL": stack.url("referrals"),
            "NOTIFICATIONS_URL": stack.url("notifications"),
            "FILER_TOKEN": officer(FINANCE),
            "READER_TOKEN": officer(SUPERVISION),
        },
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        out, err = await asyncio.wait_for(script.communicate(), 120)
    finally:
        if script.returncode is None:
            script.kill()
            await script.wait()
    assert script.returncode == 0, err.decode()
    seen = json.loads(out.decode().strip().splitlines()[-1])

    # The retry with the same Idempotency-Key got the first answer back.
    assert seen["retried_id"] == seen["report_id"]
    assert seen["retried_replayed"] == "true"
    [item] = seen["items"]
    assert item["rule"] == "R6" and item["sender"] == FINANCE
    assert item["source_event_type"] == "referrals.report.filed.v1"
    assert item["data"]["report_id"] == seen["report_id"]
    reader = referrals.AuthenticatedClient(
        base_url=stack.url("referrals"), token=officer(SUPERVISION), timeout=TIMEOUT
    )
    async with reader:
        report = await read_report.asyncio(uuid.UUID(seen["report_id"]), client=reader)
    assert answer(report, ReportRead).title.endswith("（TypeScript 客户端）")


async def _fault_items(
    inbox: notifications.AuthenticatedClient, complaint_id: uuid.UUID
) -> list[InboxItemRead]:
    """SUPERVISION's items about a complaint's substantiated fault (every page)."""
    items: list[InboxItemRead] = []
    cursor: str | None = None
    while True:
        page = answer(
            await list_inbox.asyncio(
                SUPERVISION, client=inbox, type_=FAULT, limit=200, cursor=cursor
            ),
            PageInboxItemRead,
        )
        items += [i for i in page.items if i.subject == str(complaint_id)]
        if not isinstance(page.next_cursor, str):
            return items
        cursor = page.next_cursor


async def test_python_client_carries_a_substantiated_complaint_to_supervision_R15(
    stack: Stack,
) -> None:
    public = complaints.Client(
        base_url=stack.url("complaints"), headers=client_headers(), timeout=TIMEOUT
    )
    handler = complaints.AuthenticatedClient(
        base_url=stack.url("complaints"), token=officer(URBAN), timeout=TIMEOUT
    )
    supervision = referrals.AuthenticatedClient(
        base_url=stack.url("referrals"), token=officer(SUPERVISION), timeout=TIMEOUT
    )
    inbox = notifications.AuthenticatedClient(
        base_url=stack.url("notifications"), token=officer(SUPERVISION), timeout=TIMEOUT
    )
    complaint = ComplaintCreate(
        target_department=URBAN,
        category="inaction",
        description="多次反映占道经营问题，执法大队一直不予处理。（Python 客户端）",
        event_date=datetime.date(2026, 11, 2),
    )
    async with public, handler, supervision, inbox:
        key = str(uuid.uuid4())
        receipt = answer(
            await submit_complaint.asyncio(client=public, body=complaint, idempotency_key=key),
            ComplaintReceipt,
        )
        again = await submit_complaint.asyncio(client=public, body=complaint, idempotency_key=key)
        assert answer(again, ComplaintReceipt).id == receipt.id  # a retry files nothing new
        assert receipt.handling_department == URBAN

        acknowledged = await acknowledge_complaint.asyncio(receipt.id, client=handler)
        assert answer(acknowledged, ComplaintRead).status == "acknowledged"
        result = HandlingResult(
            outcome="substantiated",
            findings="经查，执法大队对占道经营投诉未按规定处理，属实。",
            legal_basis="《深圳市行政过错责任追究办法》第八条",
            public_result="投诉属实，已责令整改。",
        )
        handled = await record_outcome.asyncio(receipt.id, client=handler, body=result)
        assert answer(handled, ComplaintRead).outcome == "substantiated"

        async def opened() -> list[ComplaintReferralRead]:
            listed = await list_complaint_referrals.asyncio(
                client=supervision, complaint_id=receipt.id
            )
            return answer(listed, list)

        referred = await wait_for(opened, interval=0.5)
        assert [(r.trigger, r.concerned_department) for r in referred] == [
            ("substantiated_fault", URBAN)
        ]
        items = await wait_for(lambda: _fault_items(inbox, receipt.id), interval=0.5)
        assert [(i.rule, i.data["legal_basis"]) for i in items] == [("R15", result.legal_basis)]
