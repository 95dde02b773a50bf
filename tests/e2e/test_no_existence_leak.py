"""Nothing leaks existence: every GET of a record answers outsiders as for no record at all.

Walks every GET route of the four services whose path names a record (the authorization
matrix's calls say how to build one), and asks each principal of the matrix for the real
record and for an id no record has. Whoever may not read the record must get the same
answer for both (status, content type, the problem's type, title and shape, its text with
the id in place); whoever may read it gets its 404 for the unknown id. Public tracking
routes are asked with the real code and no secret.
"""

import uuid
from typing import Any

import httpx
import pytest

from tests.e2e.authz_calls import CALLS, FIXED_PATH, Call
from tests.e2e.authz_resources import BUILDERS, Resource
from tests.e2e.complaints_helpers import client_headers
from tests.e2e.test_authorization_matrix import PRINCIPALS, Endpoint, Who, endpoints, expectation
from tests.support.stack import Stack

pytestmark = pytest.mark.stack

UNKNOWN_CODE = "TS-0000000000AB"
# Resources that are no secret: the department directory is readable by every token.
PUBLIC_RESOURCES = frozenset({"own_department", "internal_unit"})


def _unknown(value: str) -> str | None:
    """Gets an id of the same kind no record has, or None for a key that is no record's id."""
    if value.startswith("TS-"):
        return UNKNOWN_CODE
    try:
        uuid.UUID(value)
    except ValueError:
        return None  # a department code: the directory is readable by every token
    return str(uuid.uuid4())


def record_routes() -> list[tuple[Endpoint, Call]]:
    """Gets the GET routes whose path names a record some builder makes."""
    found = []
    for endpoint in endpoints():
        call = CALLS.get((endpoint.method, endpoint.path))
        if endpoint.method != "GET" or call is None or call.resource in {None, *PUBLIC_RESOURCES}:
            continue
        if endpoint.path.endswith("/stream"):
            continue  # never ends; the same check as the inbox it streams
        names = {part[1:-1] for part in endpoint.path.split("/") if part.startswith("{")}
        if names - set(FIXED_PATH):
            found.append((endpoint, call))
    return found


def _normalised(response: httpx.Response, ids: list[str]) -> tuple[int, str, Any]:
    """Gets what a caller sees of an answer, with the ids asked for put out of the way."""
    text = response.text
    for value in ids:
        text = text.replace(value, "<id>")
    body = httpx.Response(200, text=text).json() if text else None
    return response.status_code, response.headers.get("content-type", ""), body


async def _get(
    http: httpx.AsyncClient, stack: Stack, endpoint: Endpoint, call: Call, path: Resource, who: Who
) -> httpx.Response:
    query = {**call.query, **{k: path[v] for k, v in call.query_keys.items()}}
    url = stack.url(endpoint.service) + endpoint.path.format(**{**FIXED_PATH, **path})
    return await http.get(url, params=query, headers={**client_headers(), **who.headers()})


@pytest.mark.parametrize(
    ("endpoint", "call"), record_routes(), ids=[e.name for e, _ in record_routes()]
)
async def test_an_outsider_gets_the_same_404_for_a_record_and_for_none(
    stack: Stack, http: httpx.AsyncClient, endpoint: Endpoint, call: Call
) -> None:
    assert call.resource is not None
    resource = await BUILDERS[call.resource](http, stack)
    unknown = {k: u for k, v in resource.items() if (u := _unknown(str(v))) is not None}
    assert unknown, f"{endpoint.name}: its resource has no id to vary"
    missing = {**resource, **unknown}
    compared = 0
    for who in PRINCIPALS:
        expected = expectation(endpoint, who, call)
        real = await _get(http, stack, endpoint, call, resource, who)
        none = await _get(http, stack, endpoint, call, missing, who)
        what = f"{endpoint.name} as {who.label}"
        if expected == "allow" and not call.secret:
            assert real.status_code == 200, f"{what}: {real.text}"
            assert none.status_code == 404, f"{what}: {none.text}"
            continue
        ids = [str(v) for v in resource.values()] + list(unknown.values())
        assert _normalised(real, ids) == _normalised(none, ids), what
        compared += 1
    public = endpoint.access is not None and endpoint.access.public and not call.secret
    assert compared or public, f"{endpoint.name}: nobody was compared"


async def test_a_draft_white_paper_answers_the_public_as_an_unknown_one(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    """A draft is not public: its id answers exactly as an id no paper has."""
    draft = await BUILDERS["white_paper"](http, stack)
    base = stack.url("registry") + "/public/white-papers/"
    unknown = str(uuid.uuid4())
    answers = [await http.get(base + paper) for paper in (draft["paper_id"], unknown)]
    ids = [draft["paper_id"], unknown]
    assert [a.status_code for a in answers] == [404, 404]
    assert _normalised(answers[0], ids) == _normalised(answers[1], ids)
