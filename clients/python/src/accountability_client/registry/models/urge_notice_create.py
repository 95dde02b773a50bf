from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime


T = TypeVar("T", bound="UrgeNoticeCreate")


@_attrs_define
class UrgeNoticeCreate:
    """ An urge notice with the new deadline it sets.

        Attributes:
            new_deadline (datetime.date):
            content (str):
     """

    new_deadline: datetime.date
    content: str

    def to_dict(self) -> dict[str, Any]:
        new_deadline = self.new_deadline.isoformat()

        content = self.content

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "new_deadline": new_deadline,
            "content": content,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        new_deadline = datetime.date.fromisoformat(d.pop("new_deadline"))

        content = d.pop("content")

        urge_notice_create = cls(
            new_deadline=new_deadline,
            content=content,
        )

        return urge_notice_create
