"""Request size limits: an over-long URL (414), header block (431) or body (413) is refused.

The server (uvicorn with httptools) caps none of them itself: these checks answer with
problem+json before the app routes the request, or, for the body, before it is read in full.
"""

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared.errors import BodyTooLarge, problem_response
from shared.settings import ServiceSettings

# The scope key where a route that reads its own body (evidence files) sets its own limit.
BODY_LIMIT = "accountability.body_limit"


def own_body_limit(request: Request, limit: int) -> None:
    """Lets this request's body be up to `limit` bytes: the route enforces its own limit."""
    request.scope[BODY_LIMIT] = limit


def _declared(scope: Scope) -> int | None:
    text = Headers(scope=scope).get("content-length", "")
    return int(text) if text.isdigit() else None


class RequestLimitsMiddleware:
    """Refuses an over-long URL or header block at once and counts the body as it arrives.

    The body check runs when the app reads the body, after routing: a route may have raised
    its limit by then (own_body_limit). BodyTooLarge is an HTTP exception, which FastAPI passes
    on to the problem handlers (any other error while reading a body becomes its own 400).
    """

    def __init__(self, app: ASGIApp, settings: ServiceSettings) -> None:
        self.app = app
        self.max_url = settings.max_url_bytes
        self.max_headers = settings.max_header_bytes
        self.max_body = settings.max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        url = len(scope.get("raw_path") or b"") + len(scope["query_string"])
        if url > self.max_url:
            detail = f"the path and query may have at most {self.max_url} bytes"
            await _refuse(scope, receive, send, 414, "uri-too-long", "URI too long", detail)
            return
        if sum(len(k) + len(v) for k, v in scope["headers"]) > self.max_headers:
            detail = f"the headers may have at most {self.max_headers} bytes together"
            title = "Request header fields too large"
            await _refuse(scope, receive, send, 431, "headers-too-large", title, detail)
            return
        received = 0

        async def limited() -> Message:
            nonlocal received
            limit = scope.get(BODY_LIMIT, self.max_body)
            declared = _declared(scope)
            if declared is not None and declared > limit:
                raise BodyTooLarge(limit)
            message = await receive()
            received += len(message.get("body", b""))
            if received > limit:
                raise BodyTooLarge(limit)
            return message

        await self.app(scope, limited, send)


async def _refuse(
    scope: Scope, receive: Receive, send: Send, status: int, slug: str, title: str, detail: str
) -> None:
    response = problem_response(status, slug, title, detail, Request(scope))
    await response(scope, receive, send)
