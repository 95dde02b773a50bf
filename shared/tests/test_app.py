"""The app factory's HTTP behaviour without a database: CORS, problem+json, 404s, bad input,
503s."""

from collections.abc import AsyncIterator

import httpx
from fastapi import APIRouter, Request
from pydantic import Field
from sqlalchemy import exc as sa_exc

from shared.app import ServiceSpec, create_service_app
from shared.errors import PROBLEM_JSON
from shared.limits import own_body_limit
from shared.schemas import StrictModel
from shared.settings import ServiceSettings


def _client(settings: ServiceSettings) -> httpx.AsyncClient:
    spec = ServiceSpec(title="t", description="d", settings=settings, routers=[])
    transport = httpx.ASGITransport(app=create_service_app(spec))
    return httpx.AsyncClient(transport=transport, base_url="http://service")


async def test_allowed_origin_gets_cors_headers_others_do_not() -> None:
    async with _client(ServiceSettings(cors_origins=["https://tousu.example.gov.cn"])) as client:
        allowed = await client.get("/healthz", headers={"Origin": "https://tousu.example.gov.cn"})
        assert allowed.headers["access-control-allow-origin"] == "https://tousu.example.gov.cn"
        other = await client.get("/healthz", headers={"Origin": "https://evil.example.com"})
        assert "access-control-allow-origin" not in other.headers


async def test_unknown_path_is_a_problem_with_a_correlation_id() -> None:
    async with _client(ServiceSettings()) as client:
        response = await client.get("/nowhere", headers={"X-Correlation-ID": "abc"})
    assert response.status_code == 404
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["type"].endswith("/not-found")
    assert response.headers["X-Correlation-ID"] == "abc"


def _routes_client() -> httpx.AsyncClient:
    router = APIRouter()

    @router.get("/things/{name}")
    async def read_thing(name: str, q: str = "") -> dict[str, str]:
        return {"name": name, "q": q}

    @router.post("/things/{name}")
    async def write_thing(name: str, body: Thing) -> dict[str, str]:
        return {"name": name, "text": body.text}

    spec = ServiceSpec(title="t", description="d", settings=ServiceSettings(), routers=[router])
    transport = httpx.ASGITransport(app=create_service_app(spec))
    return httpx.AsyncClient(transport=transport, base_url="http://service")


class Thing(StrictModel):
    text: str
    tags: list[str] = Field(default_factory=list)


async def test_nul_in_path_query_or_body_is_a_422_problem() -> None:
    """PostgreSQL text cannot hold NUL: it was a 500 (found by schemathesis)."""
    async with _routes_client() as client:
        responses = [
            await client.get("/things/a%00b"),
            await client.get("/things/a", params={"q": "x\x00"}),
            await client.post("/things/a", json={"text": "x\x00"}),
            await client.post("/things/a", json={"text": "x", "tags": ["ok", "\x00"]}),
        ]
    for response in responses:
        assert response.status_code == 422, response.text
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["errors"]


async def test_body_that_is_not_utf8_is_a_422_problem() -> None:
    """FastAPI answers an undocumented 400; invalid JSON is a documented 422 here."""
    async with _routes_client() as client:
        response = await client.post(
            "/things/a", content=b'{"text": "\xff"}', headers={"content-type": "application/json"}
        )
    assert response.status_code == 422, response.text
    assert response.json()["errors"][0]["type"] == "json_invalid"


async def test_wrong_method_lists_every_method_of_the_path_in_allow() -> None:
    """Starlette named only the first route's method; each FastAPI route holds one."""
    async with _routes_client() as client:
        response = await client.delete("/things/a")
    assert response.status_code == 405
    assert response.headers["allow"] == "GET, POST"
    assert response.headers["content-type"] == "application/problem+json"


def _failing_client(error: Exception) -> httpx.AsyncClient:
    router = APIRouter()

    @router.post("/things")
    async def fail() -> None:
        raise error

    spec = ServiceSpec(title="t", description="d", settings=ServiceSettings(), routers=[router])
    transport = httpx.ASGITransport(app=create_service_app(spec), raise_app_exceptions=False)
    return httpx.AsyncClient(transport=transport, base_url="http://service")


async def test_an_unreachable_database_is_a_503_problem_with_retry_after() -> None:
    refused = sa_exc.DBAPIError("insert", {}, ConnectionRefusedError(111, "refused"))
    refused.__cause__ = refused.orig
    async with _failing_client(refused) as client:
        response = await client.post("/things")
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["retry-after"] == "2"
    assert response.json()["type"].endswith("/database-unavailable")


async def test_a_failed_query_stays_a_500_problem() -> None:
    broken = sa_exc.ProgrammingError("select nope", {}, Exception("column nope does not exist"))
    async with _failing_client(broken) as client:
        response = await client.post("/things")
    assert response.status_code == 500
    assert response.json()["type"].endswith("/internal-error")


def _limits_client(settings: ServiceSettings) -> httpx.AsyncClient:
    router = APIRouter()

    @router.post("/things")
    async def write_thing(body: Thing) -> dict[str, int]:
        return {"length": len(body.text)}

    @router.post("/files")
    async def upload(request: Request) -> dict[str, int]:
        own_body_limit(request, 4096)
        return {"length": len(await request.body())}

    spec = ServiceSpec(title="t", description="d", settings=settings, routers=[router])
    transport = httpx.ASGITransport(app=create_service_app(spec))
    return httpx.AsyncClient(transport=transport, base_url="http://service")


async def test_a_body_over_the_limit_is_a_413_problem_declared_or_streamed() -> None:
    async def chunks() -> AsyncIterator[bytes]:
        yield b'{"text": "'
        yield b"x" * 2000
        yield b'"}'

    async with _limits_client(ServiceSettings(max_body_bytes=1000)) as client:
        declared = await client.post("/things", json={"text": "x" * 2000})
        streamed = await client.post("/things", content=chunks())
        small = await client.post("/things", json={"text": "x" * 900})
        own = await client.post("/files", content=b"x" * 3000)
        over_own = await client.post("/files", content=b"x" * 5000)
    for response in (declared, streamed, over_own):
        assert response.status_code == 413, response.text
        assert response.headers["content-type"] == "application/problem+json"
        assert response.json()["type"].endswith("/content-too-large")
    assert "1000 bytes" in declared.json()["detail"]
    assert "4096 bytes" in over_own.json()["detail"]
    assert small.json() == {"length": 900} and own.json() == {"length": 3000}


async def test_an_over_long_url_is_414_and_header_block_431_problems() -> None:
    async with _limits_client(ServiceSettings(max_url_bytes=100, max_header_bytes=2000)) as client:
        url = await client.get("/healthz", params={"q": "x" * 100})
        headers = await client.get("/healthz", headers={"X-Padding": "x" * 2000})
        fine = await client.get("/healthz", params={"q": "x" * 50})
    assert (url.status_code, url.json()["type"].rsplit("/", 1)[1]) == (414, "uri-too-long")
    assert (headers.status_code, headers.json()["type"].rsplit("/", 1)[1]) == (
        431,
        "headers-too-large",
    )
    assert url.headers["content-type"] == headers.headers["content-type"] == PROBLEM_JSON
    assert fine.status_code == 200
