"""Open311 GeoReport v2: civic clients list services, file a request and follow it."""

import httpx
import pytest

from shared.settings import ServiceSettings
from tests.e2e.complaints_helpers import URBAN, client_headers
from tests.support.stack import Stack
from tools.openapi import document

pytestmark = pytest.mark.stack


async def test_service_list_and_definition(stack: Stack, http: httpx.AsyncClient) -> None:
    base = stack.url("complaints") + "/open311/v2"
    services = (await http.get(base + "/services.json", headers=client_headers())).json()
    codes = {s["service_code"]: s["service_name"] for s in services}
    assert codes["inaction"] == "不作为" and codes["buck_passing"] == "推诿扯皮"
    assert all(s["metadata"] is True and s["type"] == "realtime" for s in services)

    definition = await http.get(base + "/services/inaction.json", headers=client_headers())
    attributes = {a["code"]: a for a in definition.json()["attributes"]}
    assert attributes["target_department"]["required"] is True
    assert URBAN in [v["key"] for v in attributes["target_department"]["values"]]
    unknown = await http.get(base + "/services/gossip.json", headers=client_headers())
    assert unknown.status_code == 404


async def test_open311_round_trip_post_then_get_by_id(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    base = stack.url("complaints") + "/open311/v2"
    form = {
        "service_code": "delay",
        "description": "办理营业执照拖延两个月未果。",
        "attribute[target_department]": URBAN,
        "attribute[event_date]": "2026-11-01",
        "last_name": "李",
        "first_name": "四",
        "phone": "0755-83212345",
        "lat": "22.54",
        "long": "114.05",
    }
    created = await http.post(base + "/requests.json", data=form, headers=client_headers())
    assert created.status_code == 201, created.text
    [answer] = created.json()
    request_id = answer["service_request_id"]
    assert request_id.startswith("TS-") and answer["tracking_secret"]

    secret = client_headers(**{"X-Complaint-Secret": answer["tracking_secret"]})
    fetched = await http.get(f"{base}/requests/{request_id}.json", headers=secret)
    assert fetched.status_code == 200
    [request] = fetched.json()
    assert request["service_request_id"] == request_id
    assert request["status"] == "open" and request["service_code"] == "delay"
    assert request["agency_responsible"] == URBAN
    assert form["description"] not in fetched.text and "李四" not in fetched.text

    many = await http.get(
        base + "/requests.json",
        params={"service_request_id": f"{request_id},TS-0000000000AB"},
        headers=secret,
    )
    assert [r["service_request_id"] for r in many.json()] == [request_id]

    # The same complaint, filed through Open311, is a web-form complaint with a named person.
    rows = await stack.fetch(
        "complaints",
        "select c.channel, p.name, p.phone from complaints c join complainants p"
        " on p.complaint_id = c.id where c.tracking_code = $1",
        request_id,
    )
    ring = ServiceSettings().key_ring()  # the identity is sealed at rest (docs/security.md)
    opened = [
        (r[0], ring.open(r[1], "complainants.name"), ring.open(r[2], "complainants.phone"))
        for r in rows
    ]
    assert opened == [("web_form", "李四", "0755-83212345")]

    public = await http.get(
        f"{stack.url('complaints')}/public/complaints/{request_id}",
        headers=client_headers(**{"X-Complaint-Secret": answer["tracking_secret"]}),
    )
    assert public.status_code == 200


async def test_open311_bad_request_is_422_and_writes_nothing(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    before = await stack.scalar("complaints", "select count(*) from complaints")
    response = await http.post(
        stack.url("complaints") + "/open311/v2/requests.json",
        data={"service_code": "gossip", "description": ""},
        headers=client_headers(),
    )
    assert response.status_code == 422
    assert response.headers["content-type"] == "application/problem+json"
    assert await stack.scalar("complaints", "select count(*) from complaints") == before


async def test_the_documented_request_example_files_a_complaint(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    """The OpenAPI document's example, posted form-encoded as a civic client would."""
    content = document("complaints")["paths"]["/open311/v2/requests.json"]["post"]["requestBody"]
    [example] = content["content"]["application/x-www-form-urlencoded"]["schema"]["examples"]
    created = await http.post(
        stack.url("complaints") + "/open311/v2/requests.json",
        data=example,
        headers=client_headers(),
    )
    assert created.status_code == 201, created.text
    [answer] = created.json()
    assert answer["service_request_id"].startswith("TS-")


async def test_open311_get_without_the_secret_answers_as_for_an_unknown_id(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    """Nothing leaks existence: a tracking code alone tells nothing, not even that it exists."""
    base = stack.url("complaints") + "/open311/v2"
    form = {
        "service_code": "delay",
        "description": "窗口拖延办理。",
        "attribute[target_department]": URBAN,
        "attribute[event_date]": "2026-11-01",
    }
    created = await http.post(base + "/requests.json", data=form, headers=client_headers())
    [answer] = created.json()
    known, unknown = answer["service_request_id"], "TS-0000000000AB"
    for headers in (client_headers(), client_headers(**{"X-Complaint-Secret": "wrong"})):
        answers = [
            await http.get(f"{base}/requests/{code}.json", headers=headers)
            for code in (known, unknown)
        ]
        assert [a.status_code for a in answers] == [404, 404]
        bodies = [{**a.json(), "instance": None} for a in answers]
        assert bodies[0] == bodies[1]
        assert all(a.headers["content-type"] == "application/problem+json" for a in answers)
        many = await http.get(
            base + "/requests.json", params={"service_request_id": known}, headers=headers
        )
        assert many.status_code == 200 and many.json() == []
