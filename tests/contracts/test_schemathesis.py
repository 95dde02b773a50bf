"""Schemathesis against each live service's OpenAPI document (issue 8, bad input at scale).

Each service is fuzzed from its own /openapi.json by the schemathesis CLI with a real token:
examples, coverage (boundaries, NUL bytes, huge numbers, wrong types, missing headers,
undeclared methods) and property-based fuzzing. A run fails on any 5xx, any response whose
status, content type, headers or body the document does not declare, and on authentication
or method handling that differs from it. Settings: tests/contracts/schemathesis.toml.
"""

import asyncio
import os
import sys
import uuid
from pathlib import Path

import httpx
import pytest

from shared.auth import mint_token
from tests.support.stack import ROOT, SERVICES, Stack, token

ST = Path(sys.executable).with_name("st")
CONFIG = ROOT / "tests/contracts/schemathesis.toml"
# Who calls: SUPERVISION with every role reaches most code paths (admin jobs, copy rules,
# cases); a plain officer of a bureau meets the access rules. The second run is lighter: its
# coverage cases would mostly stop at 403 before any validation.
PRINCIPALS = {
    "supervision-admin": (("SZ-SUPERVISION", "officer", "admin", "operator"), "5", True),
    "finance-officer": (("SZ-FINANCE", "officer"), "3", False),
}

pytestmark = [pytest.mark.stack, pytest.mark.schemathesis]


@pytest.fixture(scope="module")
async def fuzz_unit(stack: Stack) -> str:
    """An internal unit of SUPERVISION that the fuzzing may deactivate."""
    code = f"SZ-SUPERVISION-FUZZ-{uuid.uuid4().hex[:8].upper()}"
    async with httpx.AsyncClient(timeout=30) as client:
        response = await client.post(
            stack.url("registry") + "/departments/SZ-SUPERVISION/internal-units",
            json={"code": code, "name_zh": "模糊测试处", "name_en": "Fuzzing Division"},
            headers=token("SZ-SUPERVISION", "officer", "admin"),
        )
    assert response.status_code == 201, response.text
    return code


@pytest.mark.parametrize("principal", PRINCIPALS)
@pytest.mark.parametrize("service", SERVICES)
async def test_service_answers_as_its_openapi_document_says(
    stack: Stack, fuzz_unit: str, service: str, principal: str
) -> None:
    """No 5xx, and every status, content type, header and body as the document declares."""
    (department, *roles), max_examples, coverage = PRINCIPALS[principal]
    phases = "examples,coverage,fuzzing" if coverage else "examples,fuzzing"
    env = {
        **os.environ,
        "FUZZ_TOKEN": mint_token(department, roles),
        "FUZZ_UNIT": fuzz_unit,
        "PYTHONPATH": str(ROOT),  # the hooks module
    }
    process = await asyncio.create_subprocess_exec(
        str(ST),
        "--no-color",
        "--config-file",
        str(CONFIG),
        "run",
        stack.url(service) + "/openapi.json",
        "--phases",
        phases,
        "--max-examples",
        max_examples,
        "--output-truncate",
        "false",
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await process.communicate()
    report = output.decode(errors="replace")
    print(report[-3000:])  # the summary: operations, cases, phases (shown with -s or on failure)
    assert process.returncode == 0, report[-30000:]
    assert "Tested: 0" not in report and " generated" in report, report[-3000:]
