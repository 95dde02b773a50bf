"""Keyset pagination: opaque cursors over a stable (timestamp, id) sort."""

import base64
import json
import uuid
from datetime import datetime
from typing import Generic, TypeVar

from pydantic import BaseModel

from shared.errors import invalid_field

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of results; pass next_cursor back to get the following page."""

    items: list[T]
    next_cursor: str | None


def encode_cursor(at: datetime, row_id: uuid.UUID) -> str:
    """Encodes the sort key of the last row of a page."""
    raw = json.dumps([at.isoformat(), str(row_id)]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, uuid.UUID]:
    """Decodes a cursor, or answers 422."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        at, row_id = json.loads(base64.urlsafe_b64decode(padded))
        return datetime.fromisoformat(at), uuid.UUID(row_id)
    except (ValueError, TypeError) as exc:
        raise invalid_field(
            "the cursor is not one this API issued",
            "cursor",
            where="query",
            kind="cursor",
            msg="invalid cursor",
        ) from exc
