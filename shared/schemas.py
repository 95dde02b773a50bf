"""Base classes for request and response bodies, and the shared types of strict input."""

import re
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import AwareDatetime, BaseModel, BeforeValidator, ConfigDict, Strict, field_validator

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_INSTANT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
# An enum or a UUID arrives as a JSON string: strict mode would take only the Python object
# (FastAPI validates the decoded body as Python), so these fields read their string.
FROM_STRING = Strict(False)


def _iso_date(value: Any) -> Any:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        return value
    # Pydantic would read 0 or "0" as 1970-01-01 (a Unix timestamp): refused.
    raise ValueError("must be an ISO 8601 date: YYYY-MM-DD")


def _iso_instant(value: Any) -> Any:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and _ISO_INSTANT.match(value):
        return value
    raise ValueError("must be an ISO 8601 date and time with an offset: YYYY-MM-DDTHH:MM:SS+08:00")


# A date in a body or a query: ISO 8601 only (2026-12-01), never a number.
IsoDate = Annotated[date, Strict(False), BeforeValidator(_iso_date)]
# An instant in a body or a query: ISO 8601 with its offset (2026-12-01T09:30:00+08:00).
Instant = Annotated[AwareDatetime, Strict(False), BeforeValidator(_iso_instant)]


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, list | tuple | set | frozenset):
        return any(_has_nul(v) for v in value)
    return False


class StrictModel(BaseModel):
    """A request body: strict JSON types, unknown fields refused, strings stripped, no NUL.

    Strict: a number is not a bool, a string is not a number, a bool is not an int. Enums and
    UUIDs take their string (`Annotated[Kind, FROM_STRING]`), dates and instants are IsoDate
    and Instant.
    """

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, strict=True)

    @field_validator("*", mode="after")
    @classmethod
    def _no_nul(cls, value: Any) -> Any:
        # PostgreSQL text cannot hold U+0000: refuse it as invalid input, not a server error.
        if _has_nul(value):
            raise ValueError("must not contain NUL (U+0000) characters")
        return value


class ReadModel(BaseModel):
    """A response body, readable from ORM rows."""

    model_config = ConfigDict(from_attributes=True)
