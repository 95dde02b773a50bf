"""RFC 9457 problem+json errors: one exception family, one set of handlers."""

import logging
from typing import Any

import asyncpg
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.routing import iter_route_contexts
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.exc import SQLAlchemyError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import compile_path
from starlette.types import Scope

from shared.db import database_unavailable

PROBLEM_BASE = "https://accountability.example.gov.cn/problems/"
PROBLEM_JSON = "application/problem+json"
# Seconds a client waits before retrying while the database is unreachable (a restart or a
# fail-over takes a few seconds).
DATABASE_RETRY_AFTER_S = 2
DATABASE_UNAVAILABLE_DETAIL = (
    "The database could not be reached; the request was not completed. "
    "Retry after the delay in Retry-After."
)
log = logging.getLogger(__name__)


class FieldError(BaseModel):
    """One invalid field of a request."""

    loc: list[str | int] = Field(description="Where: body, query, path or header, then the field")
    msg: str
    type: str


class ProblemDetail(BaseModel):
    """An RFC 9457 problem (application/problem+json); `type` is stable, `detail` is for people."""

    model_config = ConfigDict(title="Problem", extra="allow")

    type: str = Field(description=f"{PROBLEM_BASE}<slug>, e.g. {PROBLEM_BASE}not-found")
    title: str
    status: int
    detail: str
    instance: str = Field(description="The request's path")
    errors: list[FieldError] | None = Field(
        default=None, description="Validation problems only: each invalid field"
    )


class Problem(Exception):
    """An error a client can act on; rendered as problem+json with a stable type."""

    status = 400
    slug = "bad-request"
    title = "Bad request"

    def __init__(self, detail: str, **extensions: Any) -> None:
        super().__init__(detail)
        self.detail = detail
        self.extensions = extensions
        self.headers: dict[str, str] = {}


class Unauthorized(Problem):
    status, slug, title = 401, "unauthorized", "Authentication required"

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.headers = {"WWW-Authenticate": "Bearer"}


class Forbidden(Problem):
    status, slug, title = 403, "forbidden", "Not allowed"


class ConflictOfInterest(Forbidden):
    """403: the caller stands inside the unit the record concerns (it would judge itself)."""

    slug, title = "conflict-of-interest", "Not allowed: conflict of interest"


class NotFound(Problem):
    status, slug, title = 404, "not-found", "Not found"


class Conflict(Problem):
    status, slug, title = 409, "conflict", "Conflict with the current state"


class InvalidInput(Problem):
    status, slug, title = 422, "validation-error", "The request is not valid"


class ContentTooLarge(Problem):
    status, slug, title = 413, "content-too-large", "The body is too large"


class BodyTooLarge(StarletteHTTPException):
    """Raised while a body longer than the limit is read (shared/limits.py).

    An HTTP exception: FastAPI passes it on while reading a body, where any other error
    becomes a 400; the handler renders it as the ContentTooLarge problem.
    """

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the body may have at most {limit} bytes")


class TooManyRequests(Problem):
    """429: over a rate limit; `Retry-After` says when to try again (shared/ratelimit.py)."""

    status, slug, title = 429, "rate-limited", "Too many requests"


class Unavailable(Problem):
    status, slug, title = 503, "unavailable", "Service not ready"


class RetryLater(Unavailable):
    """503 with Retry-After: the answer is not known yet; the same request may succeed later."""

    slug, title = "retry-later", "Not known yet: retry"

    def __init__(self, detail: str, retry_after_s: int = 1, **extensions: Any) -> None:
        super().__init__(detail, **extensions)
        self.headers = {"Retry-After": str(retry_after_s)}


Location = str | int


def invalid_field(
    message: str, *field: Location, kind: str = "value", where: str = "body", msg: str = ""
) -> InvalidInput:
    """Builds a 422 problem naming the field at fault (`where`: body, query, path or header).

    `field` is the path inside `where` (`"persons", 2, "sanctions"`); `msg` is the short text
    of the error entry, the message when not given.
    """
    error = {"loc": [where, *field], "msg": msg or message, "type": kind}
    return InvalidInput(message, errors=[error])


def ordered_range(low: Any, high: Any, low_name: str, high_name: str) -> None:
    """Refuses query bounds given in the wrong order (`low` after `high`) with a 422 problem."""
    if low is not None and high is not None and low > high:
        raise invalid_field(
            f"{low_name} must not be after {high_name}",
            low_name,
            where="query",
            kind="range",
            msg=f"after {high_name}",
        )


def unknown_department(field: str, code: str) -> InvalidInput:
    """Builds the 422 problem of a body field naming an unknown or inactive department."""
    return invalid_field(
        f"unknown department {code}", field, kind="unknown_department", msg="unknown department"
    )


def problem_response(
    status: int,
    slug: str,
    title: str,
    detail: str,
    request: Request,
    headers: dict[str, str] | None = None,
    **extensions: Any,
) -> JSONResponse:
    """Builds a problem+json response."""
    body = {
        "type": PROBLEM_BASE + slug,
        "title": title,
        "status": status,
        "detail": detail,
        "instance": request.url.path,
        **extensions,
    }
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def _validation_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    return [
        {"loc": list(err.get("loc", ())), "msg": err.get("msg", ""), "type": err.get("type", "")}
        for err in exc.errors()
    ]


def nul_in_url(scope: Scope) -> JSONResponse | None:
    """Refuses a path or query holding an encoded NUL, which PostgreSQL text cannot store.

    Reads the raw bytes of the ASGI scope: it runs on every request, and builds a Request
    only for the rare refusal.
    """
    for where, raw in (("path", scope.get("raw_path", b"")), ("query", scope["query_string"])):
        if b"%00" in raw:
            request = Request(scope)
            return problem_response(
                422,
                InvalidInput.slug,
                InvalidInput.title,
                f"The {where} must not contain NUL (%00) characters.",
                request,
                errors=[{"loc": [where], "msg": "NUL character", "type": "nul_character"}],
            )
    return None


def _allowed_methods(request: Request) -> str:
    """Lists every method the request's path answers to (each FastAPI route holds one)."""
    methods: set[str] = set()
    for route in iter_route_contexts(request.app.routes):
        if route.path and compile_path(route.path)[0].match(request.url.path):
            methods |= route.methods or set()
    return ", ".join(sorted(methods))


def install_problem_handlers(app: FastAPI) -> None:
    """Renders every error the app raises as problem+json."""

    @app.exception_handler(Problem)
    async def _problem(request: Request, exc: Problem) -> JSONResponse:
        return problem_response(
            exc.status, exc.slug, exc.title, exc.detail, request, exc.headers, **exc.extensions
        )

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return problem_response(
            422,
            InvalidInput.slug,
            InvalidInput.title,
            "One or more fields are missing, unknown or invalid.",
            request,
            errors=_validation_errors(exc),
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if exc.status_code == 400 and isinstance(exc.__cause__, UnicodeDecodeError):
            # FastAPI answers 400 when a JSON body is not UTF-8; it is invalid JSON like any
            # other, so it gets the documented 422 that malformed JSON gets.
            return problem_response(
                422,
                InvalidInput.slug,
                InvalidInput.title,
                "The body is not UTF-8 encoded JSON.",
                request,
                errors=[{"loc": ["body"], "msg": str(exc.__cause__), "type": "json_invalid"}],
            )
        if isinstance(exc, BodyTooLarge):
            problem = ContentTooLarge
            return problem_response(413, problem.slug, problem.title, str(exc.detail), request)
        headers = dict(exc.headers) if exc.headers else {}
        if exc.status_code == 405:
            # Starlette names only the first route's method; the path may have several.
            headers["Allow"] = _allowed_methods(request)
        slug = {404: "not-found", 405: "method-not-allowed"}.get(exc.status_code, "http-error")
        return problem_response(
            exc.status_code, slug, str(exc.detail), str(exc.detail), request, headers or None
        )

    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        if database_unavailable(exc):
            log.warning(
                "database unavailable", extra={"path": request.url.path, "error": repr(exc)}
            )
            return problem_response(
                503,
                "database-unavailable",
                "Database unavailable",
                DATABASE_UNAVAILABLE_DETAIL,
                request,
                {"Retry-After": str(DATABASE_RETRY_AFTER_S)},
            )
        log.exception("unhandled error", extra={"path": request.url.path})
        return problem_response(
            500, "internal-error", "Internal error", "The error has been logged.", request
        )

    # Database and connection errors are answered inside the app (503 when the database is
    # unreachable); anything else falls through to the last-resort handler (500).
    for error in (SQLAlchemyError, OSError, asyncpg.PostgresError, asyncpg.InterfaceError):
        app.add_exception_handler(error, _unexpected)
    app.add_exception_handler(Exception, _unexpected)
