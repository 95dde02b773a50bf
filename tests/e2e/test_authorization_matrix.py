"""The authorization matrix: every route × every principal, expected from its declared policy.

The routes come from the four apps themselves, so a new endpoint without a policy (or
without a way to call it here) fails. Each case sends a real request to the running
services: a refusal must be 401/403 problem+json and a refused write must change nothing
(no event with the request's correlation id, the resource as it was); an allowed call must
get past the access checks (neither 401 nor 403, and no server error). A read refused on
the resource itself is 404 to whoever may not know the record exists (nothing leaks
existence). VARIANTS add rows for resources whose relations differ: a case concerning
supervision, a complaint the accused unit handles (no department judges itself).
"""

import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import asyncpg
import httpx
import pytest
from fastapi import FastAPI
from fastapi.routing import APIRoute, iter_route_contexts

from services.complaints.config import ComplaintsSettings
from services.complaints.main import service_spec as complaints_spec
from services.notifications.config import NotificationsSettings
from services.notifications.main import service_spec as notifications_spec
from services.referrals.config import ReferralsSettings
from services.referrals.main import service_spec as referrals_spec
from services.registry.config import RegistrySettings
from services.registry.departments.rules import SEED_DEPARTMENTS
from services.registry.main import service_spec as registry_spec
from shared.access import Access, Caller, route_access
from shared.app import create_service_app
from shared.auth import Principal, mint_token
from tests.e2e.authz_calls import CALLS, FIXED_PATH, VARIANTS, Call
from tests.e2e.authz_resources import (
    AUD,
    BUILDERS,
    FIN,
    GOV,
    LEGAL,
    PER,
    PET,
    SUP,
    UNKNOWN,
    URBAN,
    Resource,
)
from tests.e2e.complaints_helpers import client_headers
from tests.support.stack import DB_SUFFIX, DSN, SERVICES, Stack

pytestmark = pytest.mark.stack

APPS: dict[str, FastAPI] = {
    "registry": create_service_app(registry_spec(RegistrySettings(environment="test"))),
    "complaints": create_service_app(complaints_spec(ComplaintsSettings(environment="test"))),
    "referrals": create_service_app(referrals_spec(ReferralsSettings(environment="test"))),
    "notifications": create_service_app(
        notifications_spec(NotificationsSettings(environment="test"))
    ),
}
ROLES = {code: role for code, *_, role in SEED_DEPARTMENTS}
DEPARTMENTS = {
    "SUPERVISION": SUP,
    "PERSONNEL": PER,
    "FINANCE": FIN,
    "AUDIT": AUD,
    "LEGAL": LEGAL,
    "GOV_OFFICE": GOV,
    "PETITION": PET,
    "unit": URBAN,
    "unknown": UNKNOWN,
}


@dataclass(frozen=True)
class Endpoint:
    """A route of a service and its declared policy."""

    service: str
    method: str
    path: str
    access: Access | None

    @property
    def name(self) -> str:
        return f"{self.service} {self.method} {self.path}"


@dataclass(frozen=True)
class Who:
    """A caller of the matrix: no token, or a department with roles."""

    label: str
    department: str | None = None
    roles: tuple[str, ...] = ()

    def principal(self) -> Principal | None:
        if self.department is None:
            return None
        return Principal(subject="m", department=self.department, roles=frozenset(self.roles))

    def caller(self) -> Caller | None:
        if self.department is None:
            return None
        listed = self.department in ROLES
        return Caller(self.department, ROLES.get(self.department), listed)

    def headers(self) -> dict[str, str]:
        if self.department is None:
            return {}
        return {"Authorization": "Bearer " + mint_token(self.department, list(self.roles))}


def endpoints() -> list[Endpoint]:
    """Lists every operation of the four apps, as the stack runs them (test environment)."""
    found = []
    for service, app in APPS.items():
        for context in iter_route_contexts(app.routes):
            route = context.original_route
            if isinstance(route, APIRoute):
                access = route_access(route)
                for method in sorted(context.methods or ()):
                    found.append(Endpoint(service, method, str(context.path), access))
    return found


PRINCIPALS = [
    Who("no token"),
    *(
        Who(f"{role} of {label}", code, (role,))
        for label, code in DEPARTMENTS.items()
        for role in ("officer", "admin", "operator")
    ),
    Who("officer+admin of SUPERVISION", SUP, ("officer", "admin")),
    Who("admin+operator of GOV_OFFICE", GOV, ("admin", "operator")),
    Who("no roles, of unit", URBAN, ()),
]


def facts(call: Call) -> dict[str, Any]:
    """What the policy may look at: path parameters, the body's fields, the resource's facts."""
    body = call.body if isinstance(call.body, dict) else {}
    path = {**FIXED_PATH, "code": URBAN} if call.resource == "own_department" else FIXED_PATH
    return {"path": path, **body, **call.facts}


def _verdict(access: Access, who: Who, call: Call) -> bool:
    verdict = access.decide(who.principal(), who.caller(), facts(call))
    assert verdict is not None, f"{call}: the matrix gives its policy too few facts"
    return verdict


def expectation(endpoint: Endpoint, who: Who, call: Call) -> str:
    """Gets "allow", "401", "403" or "404" from the endpoint's declared policy.

    A read refused only once the resource is loaded (the request alone left it undecided) is
    404 to whoever may not read the record (`seen_by`): the same as for a missing record.
    """
    assert endpoint.access is not None
    if _verdict(endpoint.access, who, call):
        return "allow"
    if who.department is None:
        return "401"
    path = facts(call)["path"]
    undecided = endpoint.access.decide(who.principal(), who.caller(), {"path": path}) is None
    caller = who.caller()
    if endpoint.method != "GET" or not undecided or (caller is not None and not caller.listed):
        return "403"  # decided before the record is looked at: the same for any id
    if call.seen_by is None:
        return "404"
    reader = next(e for e in endpoints() if (e.method, e.path) == call.seen_by).access
    assert reader is not None
    return "403" if _verdict(reader, who, call) else "404"


def calls(endpoint: Endpoint) -> list[tuple[str, Call]]:
    """Gets an endpoint's calls: its own, then its variants (labelled)."""
    key = (endpoint.method, endpoint.path)
    return [("", CALLS[key]), *VARIANTS.get(key, {}).items()]


def cases() -> list[Any]:
    """Every endpoint × principal, refusals first so they meet the resource untouched."""
    params = []
    for endpoint in endpoints():
        if endpoint.access is None or (endpoint.method, endpoint.path) not in CALLS:
            continue  # test_every_route_declares_a_policy names it
        for label, call in calls(endpoint):
            ordered = sorted(PRINCIPALS, key=lambda w: expectation(endpoint, w, call) == "allow")
            name = f"{endpoint.name} ({label})" if label else endpoint.name
            for who in ordered:
                expected = expectation(endpoint, who, call)
                params.append(
                    pytest.param(
                        endpoint, label, who, expected, id=f"{name} | {who.label} | {expected}"
                    )
                )
    return params


def test_every_route_declares_a_policy_and_the_matrix_calls_it() -> None:
    routes = endpoints()
    undeclared = [e.name for e in routes if e.access is None]
    assert not undeclared, f"routes without an access policy (shared/access.py): {undeclared}"
    uncalled = sorted({e.name for e in routes if (e.method, e.path) not in CALLS})
    assert not uncalled, f"routes the matrix does not call (tests/e2e/authz_calls.py): {uncalled}"
    stale = (set(CALLS) | set(VARIANTS)) - {(e.method, e.path) for e in routes}
    assert not stale, f"calls of routes that no longer exist: {stale}"


@pytest.fixture(scope="module")
def built() -> dict[str, Resource]:
    """The resources built so far in this run (shared ones by name, fresh ones by endpoint)."""
    return {}


@pytest.fixture(scope="module")
async def client() -> AsyncIterator[httpx.AsyncClient]:
    """One HTTP client for the whole matrix (a client per case costs more than its request)."""
    async with httpx.AsyncClient(timeout=30) as http:
        yield http


@pytest.fixture(scope="module")
async def db(stack: Stack) -> AsyncIterator[dict[str, asyncpg.Connection]]:
    """One connection to each service's test database, for the probes (assertions only)."""
    connections = {s: await asyncpg.connect(f"{DSN}/{s}{DB_SUFFIX}") for s in SERVICES}
    yield connections
    for connection in connections.values():
        await connection.close()


async def _resource(
    http: httpx.AsyncClient,
    stack: Stack,
    built: dict[str, Resource],
    endpoint: Endpoint,
    label: str,
) -> Resource:
    call = dict(calls(endpoint))[label]
    if call.resource is None:
        return {}
    key = f"{endpoint.name} {label}" if call.fresh else call.resource
    if key not in built:
        built[key] = await BUILDERS[call.resource](http, stack)
    return built[key]


async def _send(
    http: httpx.AsyncClient,
    stack: Stack,
    call: Call,
    endpoint: Endpoint,
    resource: Resource,
    who: Who,
) -> tuple[httpx.Response, str]:
    correlation = f"authz-{uuid.uuid4().hex}"
    headers = {"X-Correlation-ID": correlation, **client_headers(), **who.headers()}
    if call.secret:
        headers["X-Complaint-Secret"] = resource["secret"]
    body = call.body(resource) if callable(call.body) else call.body
    if call.raw is not None:
        headers["content-type"] = "image/png"
    request = http.build_request(
        endpoint.method,
        stack.url(endpoint.service) + endpoint.path.format(**{**FIXED_PATH, **resource}),
        params={**call.query, **{k: resource[v] for k, v in call.query_keys.items()}},
        json=body,
        data=call.form,
        content=call.raw,
        headers=headers,
    )
    response = await http.send(request, stream=True)  # the inbox stream never ends
    if not endpoint.path.endswith("/stream"):
        await response.aread()
    await response.aclose()
    return response, correlation


async def _probe(db: asyncpg.Connection, call: Call, resource: Resource) -> Any:
    probe = call.probe
    if probe is None:
        return None
    sql, key = probe
    return [tuple(row) for row in await db.fetch(sql, *([resource[key]] if key else []))]


@pytest.mark.parametrize(("endpoint", "label", "who", "expected"), cases())
async def test_authorization_matrix(
    stack: Stack,
    client: httpx.AsyncClient,
    built: dict[str, Resource],
    db: dict[str, asyncpg.Connection],
    endpoint: Endpoint,
    label: str,
    who: Who,
    expected: str,
) -> None:
    call = dict(calls(endpoint))[label]
    resource = await _resource(client, stack, built, endpoint, label)
    write = endpoint.method != "GET" or call.probe is not None
    connection = db[endpoint.service]
    before = await _probe(connection, call, resource) if write and expected != "allow" else None
    response, correlation = await _send(client, stack, call, endpoint, resource, who)
    what = f"{endpoint.name} as {who.label} (expected {expected}): {response.status_code}"
    if expected == "allow":
        assert response.status_code not in (401, 403), f"{what} {response.text}"
        assert response.status_code < 500, f"{what} {response.text}"
        return
    assert response.status_code == int(expected), f"{what} {response.text}"
    assert response.headers["content-type"] == "application/problem+json", what
    if write:
        events = await connection.fetchval(
            "select count(*) from outbox where headers->>'correlationid' = $1", correlation
        )
        assert events == 0, f"{what}: a refused write published {events} event(s)"
        assert await _probe(connection, call, resource) == before, f"{what}: it changed data"
