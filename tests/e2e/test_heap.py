"""What a service holds from its start is kept out of the collector's full passes
(shared/heap.py): each full pass walked some 170,000 objects and stopped every request of
that moment for 60–107 ms."""

import httpx

from tests.e2e.helpers import metric
from tests.support.stack import SERVICES, Stack, token

OPERATOR = token("OPS", "operator")


async def test_every_service_freezes_its_startup_objects_and_times_its_full_collections(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    for service in SERVICES:
        metrics = (await http.get(stack.url(service) + "/metrics", headers=OPERATOR)).text
        assert await metric(http, stack, service, "python_gc_frozen_objects") > 100_000, service
        assert "\npython_gc_full_collection_seconds_count " in metrics, service
