"""Requests and Kafka reads the complaints end-to-end tests share."""

import uuid
from typing import Any

import httpx

from services.complaints.events import COMPLAINTS_TOPIC
from shared.events import Envelope
from tests.e2e.helpers import topic_events
from tests.support.stack import Stack, token

PETITION, FINANCE, SUPERVISION = "SZ-PETITION", "SZ-FINANCE", "SZ-SUPERVISION"
URBAN, TRANSPORT = "SZ-URBAN-MGMT", "SZ-TRANSPORT"
NAMED = {"name": "张三丰", "phone": "13812345678", "address": "深圳市福田区莲花路88号"}


def complaint_body(**overrides: Any) -> dict[str, Any]:
    """A valid anonymous complaint about the urban management bureau."""
    return {
        "target_department": URBAN,
        "target_post": "执法大队队长",
        "category": "inaction",
        "description": "多次反映占道经营问题，执法大队一直不予处理。",
        "event_date": "2026-11-02",
        **overrides,
    }


def client_headers(**extra: str) -> dict[str, str]:
    """Headers of a distinct public client (the front end passes X-Forwarded-For)."""
    return {"X-Forwarded-For": f"10.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}.7", **extra}


async def submit_public(
    http: httpx.AsyncClient, stack: Stack, headers: dict[str, str] | None = None, **overrides: Any
) -> dict[str, Any]:
    """Submits through the public web form and returns the receipt (asserting 201)."""
    response = await http.post(
        stack.url("complaints") + "/public/complaints",
        json=complaint_body(**overrides),
        headers=headers or client_headers(),
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


async def register(
    http: httpx.AsyncClient, stack: Stack, department: str, **overrides: Any
) -> dict[str, Any]:
    """Registers a complaint as an officer of a department (asserting 201)."""
    response = await http.post(
        stack.url("complaints") + "/complaints",
        json=complaint_body(**overrides),
        headers=token(department),
    )
    assert response.status_code == 201, response.text
    return dict(response.json())


async def act(
    http: httpx.AsyncClient,
    stack: Stack,
    department: str,
    complaint_id: str,
    action: str,
    body: dict[str, Any] | None = None,
    expect: int = 200,
) -> dict[str, Any]:
    """Posts an action on a complaint (forward, reassign, acknowledge, outcome)."""
    response = await http.post(
        f"{stack.url('complaints')}/complaints/{complaint_id}/{action}",
        json=body,
        headers=token(department),
    )
    assert response.status_code == expect, response.text
    return dict(response.json())


async def read(
    http: httpx.AsyncClient, stack: Stack, department: str, complaint_id: str
) -> httpx.Response:
    """Reads a complaint as an officer of a department."""
    return await http.get(
        f"{stack.url('complaints')}/complaints/{complaint_id}", headers=token(department)
    )


def outcome_body(outcome: str = "substantiated", **overrides: Any) -> dict[str, Any]:
    """A handling result."""
    return {
        "outcome": outcome,
        "findings": "经查，执法大队对占道经营投诉未按规定处理，属实。",
        "legal_basis": "《深圳市行政过错责任追究办法》第八条",
        "public_result": "投诉属实，已责令整改。",
        "internal_notes": "内部意见：建议约谈大队长",
        **overrides,
    }


async def complaint_events(
    stack: Stack, complaint_id: str, until: int = 1, timeout: float = 30
) -> list[Envelope]:
    """Reads the complaint's events off Kafka (from the start), waiting for at least `until`."""
    return await topic_events(stack, COMPLAINTS_TOPIC, complaint_id, until, timeout)


async def set_clock(http: httpx.AsyncClient, stack: Stack, at: str | None) -> None:
    """Sets (or with None, resets) the complaints service's clock."""
    url = stack.url("complaints") + "/_test/clock"
    admin = token(SUPERVISION, "admin")
    response = await (
        http.put(url, json={"at": at}, headers=admin) if at else http.delete(url, headers=admin)
    )
    assert response.status_code == 200, response.text


async def run_checks(http: httpx.AsyncClient, stack: Stack) -> dict[str, Any]:
    """Runs the time-limit check now (as an administrator)."""
    response = await http.post(
        stack.url("complaints") + "/admin/deadline-checks", headers=token(SUPERVISION, "admin")
    )
    assert response.status_code == 200, response.text
    return dict(response.json())
