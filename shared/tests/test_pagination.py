"""Keyset cursors, without I/O."""

import uuid
from datetime import UTC, datetime

import pytest

from shared.errors import InvalidInput
from shared.pagination import decode_cursor, encode_cursor


def test_cursor_round_trips() -> None:
    at, row_id = datetime(2026, 3, 31, 8, 0, tzinfo=UTC), uuid.uuid4()
    assert decode_cursor(encode_cursor(at, row_id)) == (at, row_id)


@pytest.mark.parametrize("cursor", ["", "garbage", "W10", "WyJ4IiwgInkiXQ"])
def test_foreign_cursor_is_invalid_input(cursor: str) -> None:
    with pytest.raises(InvalidInput):
        decode_cursor(cursor)
