"""Open311 GeoReport v2 with clients nobody here wrote: civicbot (JSON) and georeport (XML).

A partner app lists the services, reads a definition, files a request with its api key, finds
it by token, follows it with its secret, and lists the recent requests; the same in XML.
"""

import asyncio
from datetime import datetime

import httpx
import pytest
import xmltodict

from services.complaints.open311.rules import SPECIFICATION
from shared.settings import ServiceSettings
from tests.e2e.complaints_helpers import SUPERVISION, URBAN, client_headers
from tests.e2e.open311_support import (
    JURISDICTION,
    base,
    civic,
    front_end,
    georeport,
    issue_key,
    request_form,
)
from tests.support.stack import Stack, token

pytestmark = pytest.mark.stack


async def _file(stack: Stack, key: str, **overrides: object) -> dict[str, str]:
    """Files a request with civicbot, checked against the live service list and definition."""
    prepared = await asyncio.to_thread(
        civic(stack).create_request,
        "delay",
        dry_run=False,
        confirm="SEND",
        api_key=key,
        validate_remote=True,
        **request_form(**overrides),
    )
    [created] = prepared.response
    return dict(created)


async def test_service_discovery_in_json_and_xml(stack: Stack, http: httpx.AsyncClient) -> None:
    url = stack.url("complaints") + "/open311/discovery"
    as_json = (await http.get(url + ".json", headers=client_headers())).json()
    [endpoint] = as_json["endpoints"]
    assert endpoint["specification"] == SPECIFICATION
    assert endpoint["url"] == base(stack)
    assert set(endpoint["formats"]) == {"text/xml", "application/json"}
    assert datetime.fromisoformat(as_json["changeset"]).utcoffset() is not None

    as_xml = await http.get(url + ".xml", headers=client_headers())
    assert as_xml.headers["content-type"].startswith("text/xml")
    discovery = xmltodict.parse(as_xml.content)["discovery"]
    assert discovery["endpoints"]["endpoint"]["url"] == base(stack)
    assert set(discovery["endpoints"]["endpoint"]["formats"]["format"]) == set(endpoint["formats"])


async def test_services_and_a_definition_in_json_and_xml(stack: Stack) -> None:
    client = civic(stack)
    services = await asyncio.to_thread(client.list_services)
    codes = {s["service_code"]: s["service_name"] for s in services}
    assert codes["inaction"] == "不作为" and codes["buck_passing"] == "推诿扯皮"
    assert all(s["metadata"] is True and s["type"] == "realtime" for s in services)
    definition = await asyncio.to_thread(client.get_service_definition, "inaction")
    attributes = {a["code"]: a for a in definition["attributes"]}
    assert attributes["target_department"]["required"] is True
    assert URBAN in [v["key"] for v in attributes["target_department"]["values"]]

    reader = georeport(stack)
    with front_end():
        listed = await asyncio.to_thread(reader.get_service_list)
        defined = await asyncio.to_thread(reader.get_service_definition, "inaction")
    assert [s["service_code"] for s in listed] == [s["service_code"] for s in services]
    assert listed[0]["metadata"] == "true"
    xml_attributes = {a["code"]: a for a in defined["attributes"]["attribute"]}
    assert URBAN in [v["key"] for v in xml_attributes["target_department"]["values"]["value"]]
    assert xml_attributes["event_date"]["datatype"] == "datetime"


async def test_a_partner_app_files_a_request_and_follows_it_json(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    _, key = await issue_key(http, stack)
    created = await _file(stack, key, first_name="四", last_name="李", phone="0755-83212345")
    request_id, secret = created["service_request_id"], created["tracking_secret"]
    assert request_id.startswith("TS-") and secret and created["token"]
    assert URBAN in created["service_notice"]

    by_token = await asyncio.to_thread(civic(stack).get_token, created["token"])
    assert by_token == [{"service_request_id": request_id, "token": created["token"]}]

    holder = civic(stack, secret=secret)
    request = await asyncio.to_thread(holder.get_request, request_id)
    assert request["status"] == "open" and request["service_code"] == "delay"
    assert request["agency_responsible"] == URBAN
    assert request["service_notice"] == created["service_notice"]  # as on POST
    assert (request["lat"], request["long"]) == (22.543096, 114.057865)
    assert request["address"] == request_form()["address_string"]
    assert request["media_url"] == request_form()["media_url"]
    for field in ("requested_datetime", "updated_datetime", "expected_datetime"):
        assert datetime.fromisoformat(request[field]).utcoffset() is not None, field
    assert request["expected_datetime"].endswith("+08:00")
    assert request["description"] is None and "李四" not in str(request)

    listed = await asyncio.to_thread(
        holder.list_requests, service_request_ids=[request_id, "TS-0000000000AB"]
    )
    assert [r["service_request_id"] for r in listed] == [request_id]

    # Stored: the place of the fault on the complaint, the identity apart and sealed.
    [row] = await stack.fetch(
        "complaints",
        "select c.channel, c.lat, c.long, c.address_string, c.media_url, p.name"
        " from complaints c join complainants p on p.complaint_id = c.id"
        " where c.tracking_code = $1",
        request_id,
    )
    form = request_form()
    place = ("web_form", 22.543096, 114.057865, form["address_string"], form["media_url"])
    assert tuple(row[:5]) == place
    assert ServiceSettings().key_ring().open(row[5], "complainants.name") == "李四"


async def test_the_same_request_in_xml(stack: Stack, http: httpx.AsyncClient) -> None:
    _, key = await issue_key(http, stack)
    form = civic(stack).build_request("inaction", api_key=key, **request_form()).form
    posted = await http.post(base(stack) + "/requests.xml", data=form, headers=client_headers())
    assert posted.status_code == 201, posted.text
    assert posted.headers["content-type"].startswith("text/xml")
    created = xmltodict.parse(posted.content)["service_requests"]["request"]
    request_id, secret = created["service_request_id"], created["tracking_secret"]
    assert posted.headers["Location"].endswith(f"/requests/{request_id}.xml")

    tokens = await http.get(
        f"{base(stack)}/tokens/{created['token']}.xml", headers=client_headers()
    )
    assert (
        xmltodict.parse(tokens.content)["service_requests"]["request"]["service_request_id"]
        == request_id
    )

    reader = georeport(stack)
    with front_end(**{"X-Complaint-Secret": secret}):
        request = await asyncio.to_thread(reader.get_service_request, request_id)
        listed = await asyncio.to_thread(reader.get_service_requests, service_request_id=request_id)
    assert request["service_request_id"] == request_id and request["status"] == "open"
    assert request["service_notice"] == created["service_notice"]
    assert request["lat"] == "22.543096" and request["address"] == form["address_string"]
    assert request["description"] is None  # an empty element
    assert datetime.fromisoformat(request["expected_datetime"]).utcoffset() is not None
    assert listed == request  # one request: xmltodict gives the element itself


async def test_recent_requests_show_public_fields_only(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    """Without ids anyone lists the last 90 days: the place, never the text or the person."""
    _, key = await issue_key(http, stack)
    created = await _file(stack, key, first_name="五", last_name="王", phone="13912345678")
    request_id = created["service_request_id"]
    client = civic(stack)
    recent = await asyncio.to_thread(client.list_requests)
    [mine] = [r for r in recent if r["service_request_id"] == request_id]
    assert (mine["lat"], mine["long"]) == (22.543096, 114.057865)
    assert mine["service_notice"] == created["service_notice"]
    assert mine["address"] is mine["media_url"] is mine["status_notes"] is None
    assert mine["description"] is None
    text = str(recent)
    assert request_form()["description"] not in text and "王五" not in text
    assert "13912345678" not in text and request_form()["address_string"] not in text

    closed = await asyncio.to_thread(client.list_requests, status="closed")
    assert request_id not in str(closed)
    other = await asyncio.to_thread(client.list_requests, service_code="inaction,other")
    assert request_id not in str(other)
    delay = await asyncio.to_thread(client.list_requests, service_code="delay", status="open")
    assert request_id in str(delay)
    earlier = await asyncio.to_thread(
        client.list_requests,
        start_date="2026-01-01T00:00:00+08:00",
        end_date="2026-03-01T00:00:00Z",
    )
    assert request_id not in str(earlier)

    reader = georeport(stack)
    with front_end():
        as_xml = await asyncio.to_thread(reader.get_service_requests, service_code="delay")
    [listed] = [r for r in as_xml if r["service_request_id"] == request_id]
    assert listed["address"] is None and listed["lat"] == "22.543096"


async def test_recent_requests_stop_at_1000(stack: Stack, http: httpx.AsyncClient) -> None:
    """1,001 requests in one range (old, handled ones): the newest 1,000 come back."""
    _, key = await issue_key(http, stack)
    created = await _file(stack, key)
    await stack.execute(
        "complaints",
        "insert into complaints select (jsonb_populate_record(null::complaints, to_jsonb(c)"
        " || jsonb_build_object('id', gen_random_uuid(), 'tracking_code', 'TS-OLD' || i,"
        " 'received_at', timestamptz '2020-01-01 00:00:00+08' + i * interval '1 second',"
        " 'idempotency_scope', null, 'idempotency_key_hash', null,"
        # Handled long ago: no time limit of theirs is open, so no timer acts on them.
        " 'status', 'handled', 'handled_at', timestamptz '2020-01-02 00:00:00+08'))).*"
        " from complaints c, generate_series(1, 1001) i"
        f" where c.tracking_code = '{created['service_request_id']}'",
    )
    listed = await asyncio.to_thread(
        civic(stack).list_requests,
        start_date="2020-01-01T00:00:00+08:00",
        end_date="2020-01-02T00:00:00+08:00",
    )
    assert len(listed) == 1000
    assert listed[0]["service_request_id"] == "TS-OLD1001"  # newest first
    assert listed[-1]["service_request_id"] == "TS-OLD2"


async def test_this_citys_jurisdiction_or_none_is_served(stack: Stack) -> None:
    for jurisdiction in (JURISDICTION, None):
        services = await asyncio.to_thread(civic(stack, jurisdiction=jurisdiction).list_services)
        assert len(services) == 10


async def test_the_accused_reads_the_place_without_the_complainants_identity(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    """The petition rule on the place: free text, so the accused unit reads it redacted."""
    _, key = await issue_key(http, stack)
    place = "李四反映：福田区行政服务大厅3号窗口"
    created = await _file(stack, key, first_name="四", last_name="李", address_string=place)
    complaint_id = await stack.scalar(
        "complaints",
        "select id::text from complaints where tracking_code = $1",
        created["service_request_id"],
    )
    url = f"{stack.url('complaints')}/complaints/{complaint_id}"
    accused = (await http.get(url, headers=token(URBAN))).json()
    overseer = (await http.get(url, headers=token(SUPERVISION))).json()
    assert accused["address_string"] == "[已隐去]反映：福田区行政服务大厅3号窗口"
    assert overseer["address_string"] == place
    assert accused["lat"] == overseer["lat"] == 22.543096  # the location is not identity
