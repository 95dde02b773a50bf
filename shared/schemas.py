"""Base classes for request and response bodies."""

from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator


def _has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_has_nul(k) or _has_nul(v) for k, v in value.items())
    if isinstance(value, list | tuple | set | frozenset):
        return any(_has_nul(v) for v in value)
    return False


class StrictModel(BaseModel):
    """A request body: unknown fields are refused, strings are stripped and free of NUL."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

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
