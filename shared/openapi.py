"""The OpenAPI document front-end teams read: stable operation ids, tags, problem+json errors.

The app factory installs `service_openapi` as the app's document builder; `make openapi`
writes its output for each service into docs/openapi/.
"""

import inspect
import sys
from collections.abc import Callable, Sequence
from typing import Any

from fastapi import APIRouter, FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.routing import APIRoute, iter_route_contexts

from shared.access import route_access
from shared.errors import (
    DATABASE_UNAVAILABLE_DETAIL,
    PROBLEM_BASE,
    PROBLEM_JSON,
    Problem,
    ProblemDetail,
)

# Tags of the shared routers; a service's tags are described by their endpoint module: its
# `TAGS` mapping (tag → text) when it has one, else the first line of its docstring.
SHARED_TAGS = {
    "health": "Liveness and readiness probes (no token needed).",
    "operations": "What operators watch: metrics (operator role).",
    "test support": "Only in test environments: the clock the service's timers read (admin).",
}

_Responses = dict[str, dict[str, Any]]
# An operation marked so (openapi_extra) declares its own error bodies: a standard's own error
# shape (Open311) instead of problem+json. It still gets the problems answered before any
# route: 413 (the body limit) and 422 for a NUL in the URL.
OWN_ERRORS = "x-own-errors"


def operation_id(route: APIRoute) -> str:
    """Names an operation after its endpoint function: stable while the function keeps its name."""
    return route.name


def _example(status: int, slug: str, title: str, detail: str, **extra: Any) -> dict[str, Any]:
    return {
        "type": PROBLEM_BASE + slug,
        "title": title,
        "status": status,
        "detail": detail,
        "instance": "/tasks/0b7e4f6a-3c1d-4b8e-9f2a-5d6c7e8f9a0b",
        **extra,
    }


def _problem(description: str, example: dict[str, Any], **more: Any) -> dict[str, Any]:
    schema = {"$ref": "#/components/schemas/Problem"}
    content = {PROBLEM_JSON: {"schema": schema, "example": example}}
    return {"description": description, "content": content, **more}


def problem_doc(problem: type[Problem], description: str, detail: str) -> dict[str, Any]:
    """Documents one more problem an operation answers with (for `responses=`)."""
    example = _example(problem.status, problem.slug, problem.title, detail)
    return _problem(description, example)


# The problems every service answers with, declared once and referenced by each operation.
PROBLEM_RESPONSES: _Responses = {
    "Unauthorized": _problem(
        "No valid Bearer token (missing, expired, wrong signature or audience).",
        _example(401, "unauthorized", "Authentication required", "a Bearer token is required"),
        headers={
            "WWW-Authenticate": {
                "description": "Always `Bearer`",
                "schema": {"type": "string", "example": "Bearer"},
            }
        },
    ),
    "Forbidden": _problem(
        "The token is valid but its roles or department may not do this.",
        _example(403, "forbidden", "Not allowed", "this action needs one of the roles: officer"),
    ),
    "NotFound": _problem(
        "No such resource, or not one the caller's department may see.",
        _example(404, "not-found", "Not found", "no task 0b7e4f6a-3c1d-4b8e-9f2a-5d6c7e8f9a0b"),
    ),
    "Conflict": _problem(
        "The request conflicts with the resource's current state (e.g. its status), or a "
        "request with the same `Idempotency-Key` is still being processed (type "
        "`request-in-progress`, with `Retry-After`).",
        _example(409, "conflict", "Conflict with the current state", "the task is completed"),
    ),
    "ValidationFailed": _problem(
        "A field is missing, unknown or invalid; `errors` says which.",
        _example(
            422,
            "validation-error",
            "The request is not valid",
            "One or more fields are missing, unknown or invalid.",
            errors=[{"loc": ["body", "title"], "msg": "Field required", "type": "missing"}],
        ),
    ),
    "ContentTooLarge": _problem(
        "The body is longer than the service accepts (a deployment setting, 1 MiB by default).",
        _example(
            413,
            "content-too-large",
            "The body is too large",
            "the body may have at most 1048576 bytes",
        ),
    ),
    "TooManyRequests": _problem(
        "Too many requests from this client; retry after the time `Retry-After` gives.",
        _example(429, "rate-limited", "Too many requests", "try again later"),
        headers={
            "Retry-After": {
                "description": "Seconds until the client may retry",
                "schema": {"type": "integer", "example": 42},
            }
        },
    ),
    "Unavailable": _problem(
        "A dependency (database or Kafka) is unreachable; retry later.",
        _example(503, "unavailable", "Service not ready", "database: ConnectionRefusedError()"),
    ),
    "DatabaseUnavailable": _problem(
        "The database could not be reached (restarting, failing over); the request was not "
        "completed. Retry after the delay in `Retry-After`.",
        _example(503, "database-unavailable", "Database unavailable", DATABASE_UNAVAILABLE_DETAIL),
        headers={
            "Retry-After": {
                "description": "Seconds to wait before retrying",
                "schema": {"type": "integer", "example": 2},
            }
        },
    ),
}
_NUL_REFUSED = {
    "description": "The path or query holds an encoded NUL (%00): refused before the route.",
    "content": {PROBLEM_JSON: {"schema": {"$ref": "#/components/schemas/Problem"}}},
}
# An operation that declares one of these statuses without a body gets the shared problem.
_SHARED_BY_STATUS = {"429": "TooManyRequests", "503": "Unavailable"}
_WRITES = {"post", "put", "patch", "delete"}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/responses/{name}"}


def _add_problems(path: str, method: str, operation: dict[str, Any]) -> None:
    """Declares the problems an operation may answer with, by reference."""
    responses: _Responses = operation.setdefault("responses", {})
    if operation.pop(OWN_ERRORS, False):
        operation.setdefault("security", [])
        responses["422"] = _NUL_REFUSED  # FastAPI's validation error: the route's own is 400
        if "requestBody" in operation:
            responses.setdefault("413", _ref("ContentTooLarge"))
        operation["responses"] = dict(sorted(responses.items()))
        return
    if operation.get("security"):
        responses.setdefault("401", _ref("Unauthorized"))
        responses.setdefault("403", _ref("Forbidden"))
    else:
        operation["security"] = []  # public: stated, not forgotten
    if "{" in path:
        responses.setdefault("404", _ref("NotFound"))
    if method in _WRITES:
        responses.setdefault("409", _ref("Conflict"))
    if "requestBody" in operation:
        responses.setdefault("413", _ref("ContentTooLarge"))
    if "422" in responses or "requestBody" in operation or operation.get("parameters"):
        responses["422"] = _ref("ValidationFailed")
    for status, name in _SHARED_BY_STATUS.items():
        if status in responses and "content" not in responses[status]:
            responses[status] = _ref(name)
    if "health" not in operation.get("tags", []):  # the probes answer for themselves
        responses.setdefault("503", _ref("DatabaseUnavailable"))
    operation["responses"] = dict(sorted(responses.items()))


def _add_access(app: FastAPI, document: dict[str, Any]) -> None:
    """Shows each operation's access policy as `x-access`; a route without one is an error."""
    for context in iter_route_contexts(app.routes):
        route = context.original_route
        if not isinstance(route, APIRoute) or not route.include_in_schema:
            continue
        access = route_access(route)
        if access is None:
            raise RuntimeError(f"{context.path} declares no access policy (shared/access.py)")
        for method in context.methods or ():
            operation = document["paths"][context.path][method.lower()]
            operation["x-access"] = access.document()


def _problem_schemas() -> dict[str, Any]:
    schema = ProblemDetail.model_json_schema(ref_template="#/components/schemas/{model}")
    defs = schema.pop("$defs", {})
    # `errors` is absent (not null) outside validation problems: no default, not required.
    schema["properties"]["errors"].pop("default", None)
    return {**defs, "Problem": schema}


def _drop_unused(components: dict[str, Any], document: dict[str, Any]) -> None:
    """Removes FastAPI's own validation error schemas, which problem+json replaces."""
    for name in ("HTTPValidationError", "ValidationError"):
        components.get("schemas", {}).pop(name, None)
    text = repr(document)
    leftovers = [n for n in ("HTTPValidationError", "ValidationError") if f"/{n}'" in text]
    if leftovers:
        raise RuntimeError(f"schemas still referenced: {leftovers}")


def tag_descriptions(routers: Sequence[APIRouter]) -> list[dict[str, str]]:
    """Describes each tag by the module that defines its first route (its TAGS, or docstring)."""
    described: dict[str, str] = {}
    for router in routers:
        for route in router.routes:
            if not isinstance(route, APIRoute) or not route.include_in_schema:
                continue
            module = sys.modules.get(route.endpoint.__module__)
            doc = (inspect.getdoc(module) or "").split("\n")[0]
            texts: dict[str, str] = {**getattr(module, "TAGS", {}), **SHARED_TAGS}
            for tag in route.tags:
                described.setdefault(str(tag), texts.get(str(tag), doc))
    return [{"name": name, "description": text} for name, text in described.items()]


def service_openapi(app: FastAPI, routers: Sequence[APIRouter]) -> Callable[[], dict[str, Any]]:
    """Builds the app's `openapi()` method: FastAPI's document plus problems and tag texts."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        document = get_openapi(
            title=app.title,
            version=app.version,
            description=app.description,
            routes=app.routes,
            tags=tag_descriptions(routers),
            license_info={"name": "Proprietary", "identifier": "LicenseRef-Proprietary"},
            servers=[{"url": "/", "description": "The service's own origin"}],
        )
        for path, operations in document.get("paths", {}).items():
            for method, operation in operations.items():
                _add_problems(path, method, operation)
        _add_access(app, document)
        components = document.setdefault("components", {})
        components.setdefault("schemas", {}).update(_problem_schemas())
        used = repr(document.get("paths", {}))
        components["responses"] = {
            name: response
            for name, response in PROBLEM_RESPONSES.items()
            if f"#/components/responses/{name}'" in used  # no unused components (lint)
        }
        _drop_unused(components, document)
        app.openapi_schema = document
        return document

    return openapi
