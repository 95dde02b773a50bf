"""The app factory's HTTP behaviour without a database: CORS, problem+json, 404s."""

import httpx

from shared.app import ServiceSpec, create_service_app
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
