"""The assessment page in a real headless browser: the ranking drawn as SVG bars (R17)."""

import asyncio
import json
import os
from pathlib import Path

import httpx
import pytest

from tests.e2e.assessment_helpers import FIN, PERSONNEL, legal_outcome, record_outcomes, wait_lines
from tests.support.stack import ROOT, Stack, token

pytestmark = pytest.mark.stack
NODE_MODULES = ROOT / "tools" / "npm" / "node_modules"
DRIVER = Path(__file__).with_name("assessment_page.cjs")


async def test_the_assessment_page_holds_no_data_and_needs_a_reader_token_R17(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    page = await http.get(stack.url("registry") + "/assessment/page")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "frame-ancestors 'none'" in page.headers["content-security-policy"]
    assert "SZ-" not in page.text  # no unit, no score: the page reads them with a token


async def test_the_ranking_renders_as_a_chart_in_chromium_R17(
    stack: Stack, http: httpx.AsyncClient, tmp_path: Path
) -> None:
    assert (NODE_MODULES / "playwright-core").exists(), "run `make setup` (npm ci in tools/npm)"
    await record_outcomes(stack, legal_outcome(FIN, "2035-03-03"))
    await wait_lines(http, stack, 2035, FIN, 1)
    screenshot = tmp_path / "assessment.png"
    reader = token(PERSONNEL)["Authorization"].removeprefix("Bearer ")
    browser = await asyncio.create_subprocess_exec(
        "node",
        str(DRIVER),
        stack.url("registry") + "/assessment/page",
        reader,
        "2035",
        str(screenshot),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env={**os.environ, "NODE_PATH": str(NODE_MODULES)},
    )
    try:
        out, err = await asyncio.wait_for(browser.communicate(), 120)
    finally:
        if browser.returncode is None:
            browser.kill()
            await browser.wait()
    assert browser.returncode == 0, err.decode()
    seen = json.loads(out.decode().strip().splitlines()[-1])
    print(f"\nassessment page screenshot: {screenshot}")
    assert seen["errors"] == []
    assert seen["kinds"] == ["city_department", "district_government"]
    bars = {bar["department"]: bar for bar in seen["bars"]}
    city = [b for b in seen["bars"] if b["kind"] == "city_department"]
    finance = bars[FIN]
    assert finance["total"] == 96 and finance["rank"] == len(city)  # the only unit below 100
    full = next(b for b in seen["bars"] if b["total"] == 100)
    assert finance["width"] < full["width"]  # the bar is drawn to its score
    assert seen["status"].startswith("Shown: 2035")
    assert screenshot.stat().st_size > 10_000
