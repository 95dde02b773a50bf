from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


T = TypeVar("T", bound="ComplaintChannelUpdate")


@_attrs_define
class ComplaintChannelUpdate:
    """ A department's complaint phone and web address (R11).

        Attributes:
            complaint_phone (str):
            complaint_url (str):
     """

    complaint_phone: str
    complaint_url: str

    def to_dict(self) -> dict[str, Any]:
        complaint_phone = self.complaint_phone

        complaint_url = self.complaint_url

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "complaint_phone": complaint_phone,
            "complaint_url": complaint_url,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        complaint_phone = d.pop("complaint_phone")

        complaint_url = d.pop("complaint_url")

        complaint_channel_update = cls(
            complaint_phone=complaint_phone,
            complaint_url=complaint_url,
        )

        return complaint_channel_update
