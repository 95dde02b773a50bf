from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="MissingChannel")


@_attrs_define
class MissingChannel:
    """ A department that has not named its complaint phone or web address (R11).

        Attributes:
            code (str):
            name_zh (str):
            name_en (str):
            missing_fields (list[str]): complaint_phone, complaint_url
     """

    code: str
    name_zh: str
    name_en: str
    missing_fields: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name_zh = self.name_zh

        name_en = self.name_en

        missing_fields = self.missing_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "code": code,
            "name_zh": name_zh,
            "name_en": name_en,
            "missing_fields": missing_fields,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name_zh = d.pop("name_zh")

        name_en = d.pop("name_en")

        missing_fields = cast(list[str], d.pop("missing_fields"))

        missing_channel = cls(
            code=code,
            name_zh=name_zh,
            name_en=name_en,
            missing_fields=missing_fields,
        )

        missing_channel.additional_properties = d
        return missing_channel

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
