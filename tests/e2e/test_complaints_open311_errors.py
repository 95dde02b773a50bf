"""Open311 bad input: the specification's error list (400/403/404) and nothing stored.

Driven with civicbot, which sends what a partner app's user typed and raises the server's
answer; the errors are a list of `{code, description}` in JSON, `<errors><error>` in XML.
"""

import asyncio
import uuid
from collections.abc import Callable
from typing import Any

import httpx
import pytest
import xmltodict
from civicbot.http import HttpError

from tests.e2e.complaints_helpers import client_headers
from tests.e2e.open311_support import (
    KEY_ADMIN,
    base,
    civic,
    issue_key,
    request_form,
    spec_errors,
)
from tests.support.stack import Stack, token

pytestmark = pytest.mark.stack
COUNTS = "select (select count(*) from complaints), (select count(*) from open311_requests)"


async def _refused(call: Callable[..., Any], *args: Any, **kwargs: Any) -> HttpError:
    with pytest.raises(HttpError) as raised:
        await asyncio.to_thread(call, *args, **kwargs)
    return raised.value


async def _post_refused(stack: Stack, client: Any, code: str, **kwargs: Any) -> HttpError:
    """Posts with civicbot and gets the refusal, checking that nothing was stored."""
    before = await stack.fetch("complaints", COUNTS)
    error = await _refused(client.create_request, code, dry_run=False, confirm="SEND", **kwargs)
    assert await stack.fetch("complaints", COUNTS) == before
    return error


async def test_unknown_service_code_is_400_and_stores_nothing(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    _, key = await issue_key(http, stack)
    error = await _post_refused(stack, civic(stack), "gossip", api_key=key, **request_form())
    assert error.status == 400
    [listed] = spec_errors(error)
    assert listed["description"].startswith("service_code:")


async def test_future_event_date_names_the_parameter(stack: Stack, http: httpx.AsyncClient) -> None:
    _, key = await issue_key(http, stack)
    form = request_form(attributes={**request_form()["attributes"], "event_date": "2099-01-01"})
    error = await _post_refused(stack, civic(stack), "delay", api_key=key, **form)
    assert error.status == 400
    assert spec_errors(error)[0]["description"].startswith("attribute[event_date]:")


async def test_lat_without_long_and_out_of_range_are_400(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    _, key = await issue_key(http, stack)
    valid = civic(stack).build_request("delay", api_key=key, **request_form()).form
    before = await stack.fetch("complaints", COUNTS)
    url = base(stack) + "/requests.json"
    far = await http.post(url, data={**valid, "lat": "95"}, headers=client_headers())
    assert far.status_code == 400
    assert far.json() == [{"code": 400, "description": "lat: lat must be within ±90 degrees"}]
    alone = {k: v for k, v in valid.items() if k != "long"}
    response = await http.post(url, data=alone, headers=client_headers())
    assert response.status_code == 400
    assert response.json() == [{"code": 400, "description": "long: lat and long go together"}]
    assert await stack.fetch("complaints", COUNTS) == before


async def test_missing_unknown_and_revoked_api_keys(stack: Stack, http: httpx.AsyncClient) -> None:
    missing = await _post_refused(stack, civic(stack, keyless=True), "delay", **request_form())
    assert missing.status == 400
    assert spec_errors(missing)[0]["description"].startswith("api_key:")

    unknown = await _post_refused(
        stack, civic(stack), "delay", api_key="o311_nope", **request_form()
    )
    assert unknown.status == 403 and "api_key" in spec_errors(unknown)[0]["description"]

    key_id, key = await issue_key(http, stack)
    revoked = await http.post(
        f"{stack.url('complaints')}/open311/api-keys/{key_id}/revoke", headers=token(*KEY_ADMIN)
    )
    assert revoked.status_code == 200 and revoked.json()["revoked_at"]
    refused = await _post_refused(stack, civic(stack), "delay", api_key=key, **request_form())
    assert refused.status == 403 and "revoked" in spec_errors(refused)[0]["description"]


async def test_wrong_jurisdiction_is_404_everywhere(stack: Stack, http: httpx.AsyncClient) -> None:
    _, key = await issue_key(http, stack)
    elsewhere = civic(stack, jurisdiction="beijing.gov.cn")
    for call, args in ((elsewhere.list_services, ()), (elsewhere.list_requests, ())):
        error = await _refused(call, *args)
        assert error.status == 404 and "jurisdiction_id" in spec_errors(error)[0]["description"]
    posted = await _post_refused(stack, elsewhere, "delay", api_key=key, **request_form())
    assert posted.status == 404


@pytest.mark.parametrize(
    ("query", "why"),
    [
        ({"start_date": "yesterday"}, "start_date:"),
        ({"end_date": "2026-11-01"}, "end_date:"),  # a date without time or offset
        ({"start_date": "2026-01-01T00:00:00Z", "end_date": "2026-06-01T00:00:00Z"}, "90 days"),
        ({"start_date": "2026-06-01T00:00:00Z", "end_date": "2026-05-01T00:00:00Z"}, "after"),
        ({"status": "pending"}, "status:"),
        ({"service_code": "delay,gossip"}, "gossip"),
    ],
)
async def test_bad_query_of_requests_is_400(stack: Stack, query: dict[str, str], why: str) -> None:
    client = civic(stack)
    error = await _refused(client.list_requests, **query)
    assert error.status == 400
    assert why in spec_errors(error)[0]["description"]


async def test_unknown_things_are_404_in_the_format_asked(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    error = await _refused(civic(stack).get_service_definition, "gossip")
    assert error.status == 404 and spec_errors(error)
    as_xml = await http.get(base(stack) + "/services/gossip.xml", headers=client_headers())
    assert as_xml.status_code == 404 and as_xml.headers["content-type"].startswith("text/xml")
    listed = xmltodict.parse(as_xml.content)["errors"]["error"]
    assert listed["code"] == "404" and "gossip" in listed["description"]
    assert (
        await http.get(base(stack) + "/services.yaml", headers=client_headers())
    ).status_code == 404
    token_error = await _refused(civic(stack).get_token, "no-such-token")
    assert token_error.status == 404


async def test_following_without_the_secret_answers_as_for_an_unknown_id(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    """Nothing leaks existence: a tracking code alone tells nothing, not even that it exists."""
    _, key = await issue_key(http, stack)
    created = await asyncio.to_thread(
        civic(stack).create_request,
        "delay",
        dry_run=False,
        confirm="SEND",
        api_key=key,
        **request_form(),
    )
    known, unknown = created.response[0]["service_request_id"], "TS-0000000000AB"
    for secret in (None, "wrong"):
        client = civic(stack, secret=secret)
        answers = [await _refused(client.get_request, code) for code in (known, unknown)]
        assert [a.status for a in answers] == [404, 404]
        assert spec_errors(answers[0]) == spec_errors(answers[1])
        assert await asyncio.to_thread(client.list_requests, service_request_ids=[known]) == []


async def test_a_retried_post_files_one_request(stack: Stack, http: httpx.AsyncClient) -> None:
    """The same Idempotency-Key twice: one complaint, the same id, token and secret."""
    _, key = await issue_key(http, stack)
    form = civic(stack).build_request("delay", api_key=key, **request_form()).form
    headers = client_headers(**{"Idempotency-Key": str(uuid.uuid4())})
    before = await stack.fetch("complaints", COUNTS)
    first = await http.post(base(stack) + "/requests.json", data=form, headers=headers)
    again = await http.post(base(stack) + "/requests.json", data=form, headers=headers)
    assert first.status_code == again.status_code == 201
    assert first.json() == again.json() and again.headers["Idempotent-Replayed"] == "true"
    [(complaints, filed)] = [tuple(r) for r in await stack.fetch("complaints", COUNTS)]
    assert (complaints, filed) == (before[0][0] + 1, before[0][1] + 1)


async def test_each_api_key_has_its_own_rate_limit(stack: Stack, http: httpx.AsyncClient) -> None:
    """Over its per-minute limit a key gets 429 with Retry-After; another key is not affected."""
    _, busy = await issue_key(http, stack)
    _, calm = await issue_key(http, stack)
    form = civic(stack).build_request("delay", api_key=busy, **request_form()).form
    # An event in the future: refused after the key is counted, so nothing is stored.
    form["attribute[event_date]"] = "2099-01-01"
    url = base(stack) + "/requests.json"
    statuses = [(await http.post(url, data=form)).status_code for _ in range(120)]
    assert set(statuses) == {400}
    limited = await http.post(url, data=form)
    assert limited.status_code == 429 and int(limited.headers["Retry-After"]) > 0
    assert limited.json()[0]["code"] == 429
    other = await http.post(url, data={**form, "api_key": calm})
    assert other.status_code == 400  # counted for its own key only
