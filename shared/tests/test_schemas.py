"""Strict input: StrictModel's JSON types, IsoDate and Instant, as FastAPI validates a body."""

import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from enum import StrEnum
from typing import Annotated, Any

import pytest
from pydantic import TypeAdapter, ValidationError

from shared.schemas import FROM_STRING, Instant, IsoDate, StrictModel


class Colour(StrEnum):
    RED = "red"


class Body(StrictModel):
    count: int = 0
    flag: bool = False
    ratio: float = 0.0
    colour: Annotated[Colour, FROM_STRING] = Colour.RED
    ref: Annotated[uuid.UUID, FROM_STRING] | None = None
    day: IsoDate | None = None
    at: Instant | None = None


# FastAPI validates the decoded JSON body as Python data: the tests do the same.
BODY = TypeAdapter(Body)


def _refused(data: dict[str, Any]) -> bool:
    try:
        BODY.validate_python(data)
    except ValidationError:
        return True
    return False


@pytest.mark.parametrize(
    "data",
    [
        {"count": True},
        {"count": "5"},
        {"count": 5.0},
        {"flag": 1},
        {"flag": "yes"},
        {"flag": "true"},
        {"ratio": "0.5"},
        {"ratio": False},
        {"colour": "blue"},
        {"ref": "not-a-uuid"},
        {"day": 0},
        {"day": "0"},
        {"day": "20261201"},
        {"day": "2026-12-01T00:00:00+08:00"},
        {"at": 0},
        {"at": "0"},
        {"at": "1700000000"},
        {"at": "2026-12-01"},
        {"at": "2026-12-01T09:30:00"},
    ],
    ids=repr,
)
def test_a_value_of_another_json_type_or_format_is_refused(data: dict[str, Any]) -> None:
    assert _refused(data)


def test_json_strings_of_enums_uuids_dates_and_instants_are_read() -> None:
    ref = uuid.uuid4()
    body = BODY.validate_python(
        {
            "count": 3,
            "flag": True,
            "ratio": 1,  # an integer is a number
            "colour": "red",
            "ref": str(ref),
            "day": "2026-12-01",
            "at": "2026-12-01T09:30:00+08:00",
        }
    )
    assert (body.count, body.flag, body.ratio, body.colour, body.ref) == (3, True, 1.0, "red", ref)
    assert body.day == date(2026, 12, 1)
    assert body.at == datetime(2026, 12, 1, 9, 30, tzinfo=timezone(timedelta(hours=8)))


def test_python_values_are_taken_as_they_are() -> None:
    """Code that builds a body (the Open311 mapping, tests) passes dates and enums."""
    at = datetime(2026, 12, 1, 1, 30, tzinfo=UTC)
    body = Body(colour=Colour.RED, day=date(2026, 12, 1), at=at)
    assert (body.day, body.at) == (date(2026, 12, 1), at)


def test_query_types_read_iso_strings_only() -> None:
    """A query value is always a string: `?since=0` is not 1970."""
    day, instant = TypeAdapter(IsoDate), TypeAdapter(Instant)
    assert day.validate_python("2026-12-01") == date(2026, 12, 1)
    assert instant.validate_python("2026-12-01T00:00:00Z") == datetime(2026, 12, 1, tzinfo=UTC)
    for bad in ("0", "1700000000", "2026-12-01T00:00:00"):
        with pytest.raises(ValidationError):
            instant.validate_python(bad)
    with pytest.raises(ValidationError):
        day.validate_python("0")
