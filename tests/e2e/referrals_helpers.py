"""Requests the referrals case tests share."""

import uuid
from typing import Any

import httpx
from aiokafka import AIOKafkaProducer

from shared.events import Envelope
from shared.settings import ServiceSettings
from tests.e2e.helpers import SUPERVISION
from tests.support.stack import BOOTSTRAP, Stack, token, wait_for


def person(**overrides: Any) -> dict[str, Any]:
    """An official held accountable with an ordinary form (no serious loss)."""
    return {
        "name": "王某某",
        "post": "科长",
        "unit": "市城市管理局市容科",
        "level": "principal",
        "tier": "department",
        "sanctions": ["circulated_criticism", "written_self_criticism"],
        **overrides,
    }


def decision_body(**overrides: Any) -> dict[str, Any]:
    """A valid decision on a case without serious loss."""
    return {
        "facts": "挪用专项资金用于办公楼装修。",
        "legal_basis": "《深圳市行政过错责任追究办法》第十条",
        "serious": False,
        "persons": [person()],
        **overrides,
    }


async def cases_of(http: httpx.AsyncClient, stack: Stack, source_id: str) -> list[dict[str, Any]]:
    """Gets the cases a source item opened (read by supervision)."""
    response = await http.get(
        stack.url("referrals") + "/cases",
        params={"source_id": source_id},
        headers=token(SUPERVISION),
    )
    assert response.status_code == 200, response.text
    return list(response.json()["items"])


async def case_of(http: httpx.AsyncClient, stack: Stack, source_id: str) -> dict[str, Any]:
    """Waits for the one case a source item opened."""
    found = await wait_for(lambda: cases_of(http, stack, source_id), interval=0.3)
    assert len(found) == 1, found
    return dict(found[0])


async def step(
    http: httpx.AsyncClient,
    stack: Stack,
    case_id: str,
    action: str,
    body: dict[str, Any] | None = None,
    department: str = SUPERVISION,
) -> httpx.Response:
    """Posts a case action (accept, investigate, reject, decision, feedback, close)."""
    return await http.post(
        f"{stack.url('referrals')}/cases/{case_id}/{action}",
        json=body,
        headers=token(department),
    )


async def outbox_types(stack: Stack, case_id: str) -> list[str]:
    """Gets the event types referrals published about a case, in order."""
    rows = await stack.fetch(
        "referrals", "select event_type from outbox where key = $1 order by id", case_id
    )
    return [r["event_type"] for r in rows]


async def produce(stack: Stack, topic: str, envelope: Envelope) -> None:
    """Publishes an envelope on a (prefixed) topic, keyed by its subject."""
    name = ServiceSettings(kafka_topic_prefix=stack.prefix).topic(topic)
    producer = AIOKafkaProducer(bootstrap_servers=BOOTSTRAP, acks="all")
    await producer.start()
    try:
        await producer.send_and_wait(
            name,
            envelope.kafka_value(),
            key=envelope.subject.encode(),
            headers=envelope.kafka_headers(),
        )
    finally:
        await producer.stop()


async def set_clock(http: httpx.AsyncClient, stack: Stack, at: str | None) -> None:
    """Sets (or with None, resets) the referrals service's clock."""
    url = stack.url("referrals") + "/_test/clock"
    admin = token(SUPERVISION, "admin")
    response = await (
        http.put(url, json={"at": at}, headers=admin) if at else http.delete(url, headers=admin)
    )
    assert response.status_code == 200, response.text


async def street_unit(stack: Stack, http: httpx.AsyncClient, district: str) -> str:
    """Creates a unit under a district government and waits until referrals knows it."""
    code = f"{district}-T{uuid.uuid4().hex[:8].upper()}"
    response = await http.post(
        f"{stack.url('registry')}/departments/{district}/internal-units",
        json={"code": code, "name_zh": "测试街道", "name_en": "Test street"},
        headers=token(district),
    )
    assert response.status_code == 201, response.text
    await wait_for(
        lambda: stack.scalar(
            "referrals", "select count(*) from department_copy where code = $1", code
        )
    )
    return code
