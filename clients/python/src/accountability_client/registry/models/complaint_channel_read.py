from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="ComplaintChannelRead")


@_attrs_define
class ComplaintChannelRead:
    """ A department's published complaint channels (R11).

        Attributes:
            code (str):
            name_zh (str):
            name_en (str):
            complaint_phone (None | str):
            complaint_url (None | str):
     """

    code: str
    name_zh: str
    name_en: str
    complaint_phone: None | str
    complaint_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name_zh = self.name_zh

        name_en = self.name_en

        complaint_phone: None | str
        complaint_phone = self.complaint_phone

        complaint_url: None | str
        complaint_url = self.complaint_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "name_zh": name_zh,
            "name_en": name_en,
            "complaint_phone": complaint_phone,
            "complaint_url": complaint_url,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name_zh = d.pop("name_zh")

        name_en = d.pop("name_en")

        def _parse_complaint_phone(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        complaint_phone = _parse_complaint_phone(d.pop("complaint_phone"))

        def _parse_complaint_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        complaint_url = _parse_complaint_url(d.pop("complaint_url"))

        complaint_channel_read = cls(
            code=code,
            name_zh=name_zh,
            name_en=name_en,
            complaint_phone=complaint_phone,
            complaint_url=complaint_url,
        )

        complaint_channel_read.additional_properties = d
        return complaint_channel_read

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
