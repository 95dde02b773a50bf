"""Base classes for request and response bodies."""

from pydantic import BaseModel, ConfigDict


class StrictModel(BaseModel):
    """A request body: unknown fields are refused, strings are stripped."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class ReadModel(BaseModel):
    """A response body, readable from ORM rows."""

    model_config = ConfigDict(from_attributes=True)
