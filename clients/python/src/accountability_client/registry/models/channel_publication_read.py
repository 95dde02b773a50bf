from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.missing_channel import MissingChannel
  from ..models.published_channel import PublishedChannel


T = TypeVar("T", bound="ChannelPublicationRead")


@_attrs_define
class ChannelPublicationRead:
    """ A quarter's city-wide list of complaint channels (R11), frozen when published.

        Attributes:
            year (int):
            quarter (int):
            published_at (datetime.datetime):
            channels (list[PublishedChannel]):
            missing (list[MissingChannel]): who had not named a channel then
     """

    year: int
    quarter: int
    published_at: datetime.datetime
    channels: list[PublishedChannel]
    missing: list[MissingChannel]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.missing_channel import MissingChannel # noqa: PLC0415
        from ..models.published_channel import PublishedChannel # noqa: PLC0415
        year = self.year

        quarter = self.quarter

        published_at = self.published_at.isoformat()

        channels = []
        for channels_item_data in self.channels:
            channels_item = channels_item_data.to_dict()
            channels.append(channels_item)

        missing = []
        for missing_item_data in self.missing:
            missing_item = missing_item_data.to_dict()
            missing.append(missing_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "year": year,
            "quarter": quarter,
            "published_at": published_at,
            "channels": channels,
            "missing": missing,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.missing_channel import MissingChannel # noqa: PLC0415
        from ..models.published_channel import PublishedChannel # noqa: PLC0415
        d = dict(src_dict)
        year = d.pop("year")

        quarter = d.pop("quarter")

        published_at = datetime.datetime.fromisoformat(d.pop("published_at"))

        channels = []
        _channels = d.pop("channels")
        for channels_item_data in (_channels):
            channels_item = PublishedChannel.from_dict(channels_item_data)

            channels.append(channels_item)

        missing = []
        _missing = d.pop("missing")
        for missing_item_data in (_missing):
            missing_item = MissingChannel.from_dict(missing_item_data)

            missing.append(missing_item)

        channel_publication_read = cls(
            year=year,
            quarter=quarter,
            published_at=published_at,
            channels=channels,
            missing=missing,
        )

        channel_publication_read.additional_properties = d
        return channel_publication_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
