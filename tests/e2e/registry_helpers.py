"""Requests the registry end-to-end tests share."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any

import httpx

from tests.support.stack import Stack, token

GOV, SUP, FIN, LEGAL = "SZ-GOV-OFFICE", "SZ-SUPERVISION", "SZ-FINANCE", "SZ-LEGAL"
ENV, URBAN = "SZ-ENVIRONMENT", "SZ-URBAN-MGMT"
ADMIN = token(GOV, "admin")


def task_body(**overrides: Any) -> dict[str, Any]:
    """A valid top-level task for the environment bureau, co-handled by urban management."""
    return {
        "work_item": "推行部门责任白皮书制度",
        "content": "向社会公布部门职责、工作任务和工作目标",
        "target": "按期公布并报告完成情况",
        "source": "leader_instruction",
        "lead_unit": ENV,
        "co_units": [URBAN],
        "deadline_working_days": 20,
        **overrides,
    }


async def assign(
    http: httpx.AsyncClient, stack: Stack, by: str = GOV, **overrides: Any
) -> dict[str, Any]:
    """Assigns a task and returns it (asserting 201)."""
    response = await http.post(
        stack.url("registry") + "/tasks", json=task_body(**overrides), headers=token(by)
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


async def act(
    http: httpx.AsyncClient, stack: Stack, task_id: str, by: str, action: str, **extra: Any
) -> httpx.Response:
    """Applies a lifecycle action to a task."""
    return await http.post(
        f"{stack.url('registry')}/tasks/{task_id}/transitions",
        json={"action": action, **extra},
        headers=token(by),
    )


async def run_overdue_job(http: httpx.AsyncClient, stack: Stack) -> dict[str, Any]:
    """Runs the overdue job now, on the registry's clock."""
    response = await http.post(stack.url("registry") + "/jobs/overdue", headers=ADMIN)
    assert response.status_code == 200, response.text
    return dict(response.json())


@asynccontextmanager
async def registry_clock(http: httpx.AsyncClient, stack: Stack, at: str) -> AsyncIterator[datetime]:
    """Sets the registry's clock for a block, then returns it to the system time."""
    url = stack.url("registry") + "/_test/clock"
    response = await http.put(url, json={"at": at}, headers=ADMIN)
    assert response.status_code == 200, response.text
    try:
        yield datetime.fromisoformat(response.json()["now"])
    finally:
        await http.delete(url, headers=ADMIN)


async def set_clock(http: httpx.AsyncClient, stack: Stack, at: str) -> None:
    """Moves the registry's clock inside a registry_clock block."""
    response = await http.put(
        stack.url("registry") + "/_test/clock", json={"at": at}, headers=ADMIN
    )
    assert response.status_code == 200, response.text


async def counts(stack: Stack) -> tuple[int, int, int, int]:
    """Counts tasks, progress reports, urge notices and outbox rows in registry.

    The assessment's consumer opens rectification tasks (and their events) whenever a unit's
    indicator falls, at any moment: they are left out, as no request under test makes them.
    """
    return (
        await stack.scalar(
            "registry", "select count(*) from tasks where source <> 'rectification'"
        ),
        await stack.scalar("registry", "select count(*) from progress_reports"),
        await stack.scalar("registry", "select count(*) from urge_notices"),
        await stack.scalar(
            "registry",
            "select count(*) from outbox where coalesce(payload->>'source', '') <> 'rectification'",
        ),
    )
