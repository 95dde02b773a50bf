from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.commendation_read import CommendationRead


T = TypeVar("T", bound="PublicationRead")


@_attrs_define
class PublicationRead:
    """ A published year: who closed it and which units are proposed for commendation.

        Attributes:
            year (int):
            published_at (datetime.datetime):
            published_by (str):
            commended (list[CommendationRead]):
     """

    year: int
    published_at: datetime.datetime
    published_by: str
    commended: list[CommendationRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.commendation_read import CommendationRead # noqa: PLC0415
        year = self.year

        published_at = self.published_at.isoformat()

        published_by = self.published_by

        commended = []
        for commended_item_data in self.commended:
            commended_item = commended_item_data.to_dict()
            commended.append(commended_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "year": year,
            "published_at": published_at,
            "published_by": published_by,
            "commended": commended,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.commendation_read import CommendationRead # noqa: PLC0415
        d = dict(src_dict)
        year = d.pop("year")

        published_at = datetime.datetime.fromisoformat(d.pop("published_at"))

        published_by = d.pop("published_by")

        commended = []
        _commended = d.pop("commended")
        for commended_item_data in (_commended):
            commended_item = CommendationRead.from_dict(commended_item_data)

            commended.append(commended_item)

        publication_read = cls(
            year=year,
            published_at=published_at,
            published_by=published_by,
            commended=commended,
        )

        publication_read.additional_properties = d
        return publication_read

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
