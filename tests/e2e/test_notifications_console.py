"""The operator console in a real headless browser: a filed referral travels across the page."""

import asyncio
import json
import os
import uuid
from pathlib import Path

import httpx
import pytest

from tests.e2e.helpers import FINANCE, metric, report_body
from tests.support.stack import ROOT, Stack, token, wait_for

pytestmark = pytest.mark.stack
NODE_MODULES = ROOT / "tools" / "npm" / "node_modules"
DRIVER = Path(__file__).with_name("operator_console.cjs")
OPERATOR = token("OPS", "operator")


async def test_console_data_needs_the_operator_role_and_the_page_holds_none(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    base = stack.url("notifications") + "/operator"
    page = await http.get(base)
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    assert (await http.get(base + "/flow")).status_code == 401
    officer = await http.get(base + "/flow", headers=token(FINANCE))
    assert officer.status_code == 403
    assert officer.headers["content-type"] == "application/problem+json"
    bad = await http.get(base + "/flow?after=-1", headers=token("OPS", "operator"))
    assert bad.status_code == 422
    flow = await http.get(base + "/flow", headers=token("OPS", "operator"))
    assert flow.status_code == 200
    assert {"at", "events", "lags", "topics"} <= set(flow.json())


async def test_a_filed_referral_appears_live_on_the_console_page(
    stack: Stack, http: httpx.AsyncClient, tmp_path: Path
) -> None:
    assert (NODE_MODULES / "playwright-core").exists(), "run `make setup` (npm ci in tools/npm)"
    screenshot = tmp_path / "operator-console.png"
    correlation = f"console-{uuid.uuid4().hex[:12]}"
    operator = token("SZ-SUPERVISION", "operator")["Authorization"].removeprefix("Bearer ")
    browser = await asyncio.create_subprocess_exec(
        "node",
        str(DRIVER),
        stack.url("notifications") + "/operator",
        operator,
        correlation,
        str(screenshot),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env={**os.environ, "NODE_PATH": str(NODE_MODULES)},
    )
    assert browser.stdout is not None
    try:
        first = await asyncio.wait_for(browser.stdout.readline(), 90)
        if first.decode().strip() != "connected":
            assert browser.stderr is not None
            reason = (await asyncio.wait_for(browser.stderr.read(), 10)).decode()
            raise AssertionError(f"the browser did not connect: {first!r}\n{reason}")
        filed = await http.post(
            stack.url("referrals") + "/referral-reports",
            json=report_body(title="审计结果报告（控制台）"),
            headers={**token(FINANCE), "X-Correlation-ID": correlation},
        )
        assert filed.status_code == 201, filed.text
        out, err = await asyncio.wait_for(browser.communicate(), 150)
    finally:
        if browser.returncode is None:
            browser.kill()
            await browser.wait()
    assert browser.returncode == 0, err.decode()
    seen = json.loads(out.decode().strip().splitlines()[-1])
    print(f"\noperator console screenshot: {screenshot}")
    by_type = {row[1]: row for row in seen["rows"]}
    report_row = by_type["referrals.report.filed.v1"]
    assert report_row[2].startswith("referrals → ") and "notifications" in report_row[2]
    assert report_row[-1] == filed.json()["id"]  # the full subject; the cell shows its start
    assert report_row[4] == filed.json()["id"][:13] + "…"
    assert by_type["notifications.item.delivered.v1"][2].startswith("notifications → ")
    groups = {(lag[0], lag[1]) for lag in seen["lags"]}
    assert ("notifications", "referrals.reports") in groups
    assert seen["status"].startswith("Live")
    assert screenshot.stat().st_size > 10_000


async def _reading(stack: Stack, http: httpx.AsyncClient) -> float:
    return await metric(http, stack, "notifications", "console_watcher_reading")


async def test_the_console_reads_kafka_only_while_someone_looks(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    """Unwatched for NOTIFICATIONS_CONSOLE_IDLE_S (3 s in the tests), the watcher stops; the
    next look starts it from a short history, so a referral filed meanwhile is on the page."""
    flow = stack.url("notifications") + "/operator/flow"
    assert (await http.get(flow, headers=OPERATOR)).status_code == 200
    assert await wait_for(lambda: _reading(stack, http), timeout=10) == 1
    assert await wait_for(lambda: _stopped(stack, http), timeout=30)
    filed = await http.post(
        stack.url("referrals") + "/referral-reports", json=report_body(), headers=token(FINANCE)
    )
    assert filed.status_code == 201, filed.text
    await asyncio.sleep(1)
    assert await _reading(stack, http) == 0  # filing is no look

    async def on_the_page() -> bool:
        events = (await http.get(flow, headers=OPERATOR)).json()["events"]
        return any(e["subject"] == filed.json()["id"] for e in events)

    assert await wait_for(on_the_page, timeout=30)
    assert await _reading(stack, http) == 1


async def _stopped(stack: Stack, http: httpx.AsyncClient) -> bool:
    return await _reading(stack, http) == 0
