"""Every dependency of every route is a coroutine: FastAPI runs a plain `def` dependency in
its thread pool, a thread hop per request that the intake profile found costing more CPU than
the work it wraps (docs/performance.md). A blocking one that needs a thread says so itself
(`asyncio.to_thread`), as the PBKDF2 of a many-round secret does."""

import inspect
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.dependencies.models import Dependant

from shared.app import create_service_app
from tools.openapi import SPECS


def _is_async(call: Any) -> bool:
    target = call if inspect.isfunction(call) or inspect.ismethod(call) else call.__call__
    return inspect.iscoroutinefunction(target) or inspect.isasyncgenfunction(target)


def _routes(router: Any) -> Iterator[Any]:
    for route in getattr(router, "routes", []):
        if hasattr(route, "dependant"):
            yield route
        inner = getattr(route, "original_router", None) or getattr(route, "app", None)
        if inner is not None and inner is not route:
            yield from _routes(inner)


def _sync_dependencies(dependant: Dependant) -> Iterator[str]:
    for sub in dependant.dependencies:
        if sub.call is not None and not _is_async(sub.call):
            yield f"{sub.call.__module__}.{getattr(sub.call, '__qualname__', sub.call)}"
        yield from _sync_dependencies(sub)


@pytest.mark.parametrize("service", list(SPECS))
def test_no_route_depends_on_a_plain_function(service: str) -> None:
    routes = list(_routes(create_service_app(SPECS[service]())))

    found = {
        f"{name} (used by {', '.join(sorted(route.methods))} {route.path})"
        for route in routes
        for name in _sync_dependencies(route.dependant)
    }

    assert len(routes) > 10, "the walk found the service's routes"
    assert not found, f"plain def dependencies run in the thread pool: {sorted(found)}"
