from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


T = TypeVar("T", bound="InternalUnitCreate")


@_attrs_define
class InternalUnitCreate:
    """ An internal unit (内设机构) of the caller's department.

        Attributes:
            code (str): e.g. SZ-FINANCE-BUDGET
            name_zh (str):
            name_en (str):
     """

    code: str
    name_zh: str
    name_en: str

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        name_zh = self.name_zh

        name_en = self.name_en

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "code": code,
            "name_zh": name_zh,
            "name_en": name_en,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        name_zh = d.pop("name_zh")

        name_en = d.pop("name_en")

        internal_unit_create = cls(
            code=code,
            name_zh=name_zh,
            name_en=name_en,
        )

        return internal_unit_create
