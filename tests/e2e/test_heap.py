"""What a service holds from its start is kept out of the collector's full passes
(shared/heap.py): each full pass walked some 170,000 objects and stopped every request of
that moment for 60–107 ms."""

import httpx

from tests.support.stack import SERVICES, Stack, token

OPERATOR = token("OPS", "operator")


def _sample(metrics: str, name: str) -> float:
    (line,) = [x for x in metrics.splitlines() if x.startswith(name + " ")]
    return float(line.split()[1])


async def test_every_service_freezes_its_startup_objects_and_times_its_full_collections(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    for service in SERVICES:
        metrics = (await http.get(stack.url(service) + "/metrics", headers=OPERATOR)).text
        assert _sample(metrics, "python_gc_frozen_objects") > 100_000, service
        assert "\npython_gc_full_collection_seconds_count " in metrics, service
