"""How the Open311 routes answer: `.json` or `.xml` by the path, errors as the spec's list.

GeoReport v2 errors are a list of `{code, description}` (`<errors><error>…`) with 400 (a
missing or invalid parameter), 403 (the api key), 404 (no such resource); the route class
renders every problem raised on these routes so, in the request's format. The rest of the
API keeps problem+json.
"""

import json
from collections.abc import Callable, Coroutine, Sequence
from typing import Any

from fastapi import Request, Response
from fastapi.exceptions import RequestValidationError
from fastapi.routing import APIRoute
from pydantic import BaseModel, RootModel

from services.complaints.open311 import xml
from services.complaints.open311.rules import FORMATS
from services.complaints.open311.schemas import Error
from shared.db import database_unavailable
from shared.errors import DATABASE_RETRY_AFTER_S, InvalidInput, Problem
from shared.openapi import OWN_ERRORS

Handler = Callable[[Request], Coroutine[Any, Any, Response]]
Document = BaseModel | Sequence[BaseModel]


class ErrorList(RootModel[list[Error]]):
    """The specification's errors: a list of `{code, description}`."""


def _media(format: str) -> str:
    return FORMATS.get(format, FORMATS["json"]) + "; charset=utf-8"


def answer(
    format: str,
    root: str,
    document: Document,
    status: int = 200,
    headers: dict[str, str] | None = None,
) -> Response:
    """Renders a document in the request's format under its XML root element."""
    plain = (
        [d.model_dump(mode="json") for d in document]
        if isinstance(document, Sequence)
        else document.model_dump(mode="json")
    )
    if format == "xml":
        body = xml.render(root, plain)
    else:
        body = json.dumps(plain, ensure_ascii=False, separators=(",", ":")).encode()
    return Response(body, status_code=status, media_type=_media(format), headers=headers)


def errors(
    format: str, status: int, descriptions: list[str], headers: dict[str, str] | None = None
) -> Response:
    """Renders the specification's error list."""
    listed = [Error(code=status, description=d) for d in descriptions]
    return answer(format, "errors", listed, status, headers)


def _field_errors(problem: Problem) -> list[str]:
    listed = problem.extensions.get("errors") or []
    return [f"{e['loc'][-1]}: {e['msg']}" for e in listed if e.get("loc")] or [problem.detail]


def _invalid_request(exc: RequestValidationError) -> tuple[int, list[str]]:
    """A path that names no resource is 404; any other invalid parameter is 400."""
    found = exc.errors()
    if any(tuple(e.get("loc", ()))[:1] == ("path",) for e in found):
        return 404, ["no such resource: " + "; ".join(str(e["loc"][-1]) for e in found)]
    return 400, [f"{e['loc'][-1]}: {e['msg']}" for e in found if e.get("loc")]


class Open311Route(APIRoute):
    """A GeoReport v2 route: documents and renders its errors as the specification says."""

    def __init__(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        kwargs["openapi_extra"] = {**(kwargs.get("openapi_extra") or {}), OWN_ERRORS: True}
        kwargs["responses"] = {**ERROR_RESPONSES, **(kwargs.get("responses") or {})}
        super().__init__(path, endpoint, **kwargs)

    def get_route_handler(self) -> Handler:
        """Wraps the handler: every problem it raises becomes the specification's error list."""
        handler = super().get_route_handler()

        async def handle(request: Request) -> Response:
            format = str(request.path_params.get("format", "json"))
            try:
                return await handler(request)
            except Problem as problem:
                status = 400 if isinstance(problem, InvalidInput) else problem.status
                return errors(format, status, _field_errors(problem), problem.headers or None)
            except RequestValidationError as exc:
                return errors(format, *_invalid_request(exc))
            except Exception as exc:
                if not database_unavailable(exc):
                    raise
                retry = {"Retry-After": str(DATABASE_RETRY_AFTER_S)}
                return errors(format, 503, ["the database could not be reached; retry"], retry)

        return handle


def _content(schema: dict[str, Any]) -> dict[str, Any]:
    xml_body = {"schema": {"type": "string", "description": "The same document as XML"}}
    return {"application/json": {"schema": schema}, "text/xml": xml_body}


def _error(description: str, **more: Any) -> dict[str, Any]:
    return {
        "description": description,
        "content": _content({"$ref": "#/components/schemas/ErrorList"}),
        **more,
    }


RETRY_AFTER = {"Retry-After": {"description": "Seconds to wait", "schema": {"type": "integer"}}}
# What every Open311 route may answer besides its document (the model makes the schema).
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorList, **_error("A parameter is missing or invalid")},
    404: _error("No such resource (or jurisdiction), or not one the caller may see"),
    429: _error("Over the rate limit", headers=RETRY_AFTER),
    503: _error("The database or the directory is not ready; retry", headers=RETRY_AFTER),
}
FORBIDDEN: dict[int | str, dict[str, Any]] = {
    403: _error("The api_key is missing, unknown or revoked")
}
CONFLICT: dict[int | str, dict[str, Any]] = {
    409: _error("This Idempotency-Key was used for another request, or is in progress")
}


def document_in_both(description: str) -> dict[str, Any]:
    """Documents the XML form of a route's own document beside its JSON (the response model)."""
    return {"description": description, "content": {"text/xml": _content({})["text/xml"]}}
