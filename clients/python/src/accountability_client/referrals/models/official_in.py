from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.official_role import check_official_role
from ..models.official_role import OfficialRole
from typing import cast


T = TypeVar("T", bound="OfficialIn")


@_attrs_define
class OfficialIn:
    """ An official holding one of the roles of art. 13–16.

        Attributes:
            role (OfficialRole): The officials articles 13–16 name.
            name (str):
            post (str):
            unit (str):
     """

    role: OfficialRole
    name: str
    post: str
    unit: str

    def to_dict(self) -> dict[str, Any]:
        role: str = self.role

        name = self.name

        post = self.post

        unit = self.unit

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "role": role,
            "name": name,
            "post": post,
            "unit": unit,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = check_official_role(d.pop("role"))

        name = d.pop("name")

        post = d.pop("post")

        unit = d.pop("unit")

        official_in = cls(
            role=role,
            name=name,
            post=post,
            unit=unit,
        )

        return official_in
