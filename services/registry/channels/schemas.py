"""Response bodies of complaint-channel publications (R11)."""

from datetime import datetime

from pydantic import Field

from shared.schemas import ReadModel


class PublishedChannel(ReadModel):
    """One department's complaint phone and web address as published."""

    code: str
    name_zh: str
    name_en: str
    complaint_phone: str
    complaint_url: str


class MissingChannel(ReadModel):
    """A department that has not named its complaint phone or web address (R11)."""

    code: str
    name_zh: str
    name_en: str
    missing_fields: list[str] = Field(description="complaint_phone, complaint_url")


class ChannelPublicationRead(ReadModel):
    """A quarter's city-wide list of complaint channels (R11), frozen when published."""

    year: int
    quarter: int
    published_at: datetime
    channels: list[PublishedChannel]
    missing: list[MissingChannel] = Field(description="who had not named a channel then")
