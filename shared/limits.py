"""The request body limit: a longer body is refused with 413 before it is read in full."""

from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared.errors import BodyTooLarge

# The scope key where a route that reads its own body (evidence files) sets its own limit.
BODY_LIMIT = "accountability.body_limit"


def own_body_limit(request: Request, limit: int) -> None:
    """Lets this request's body be up to `limit` bytes: the route enforces its own limit."""
    request.scope[BODY_LIMIT] = limit


def _declared(scope: Scope) -> int | None:
    text = Headers(scope=scope).get("content-length", "")
    return int(text) if text.isdigit() else None


class BodyLimitMiddleware:
    """Counts the body as it arrives (Content-Length first, then the streamed bytes).

    The check runs when the app reads the body, after routing: a route may have raised its
    limit by then (own_body_limit). BodyTooLarge is an HTTP exception, which FastAPI passes on
    to the problem handlers (any other error while reading a body becomes its own 400).
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        received = 0

        async def limited() -> Message:
            nonlocal received
            limit = scope.get(BODY_LIMIT, self.max_bytes)
            declared = _declared(scope)
            if declared is not None and declared > limit:
                raise BodyTooLarge(limit)
            message = await receive()
            received += len(message.get("body", b""))
            if received > limit:
                raise BodyTooLarge(limit)
            return message

        await self.app(scope, limited, send)
