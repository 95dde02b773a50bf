from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.level import check_level
from ..models.level import Level
from ..models.sanction import check_sanction
from ..models.sanction import Sanction
from ..models.tier import check_tier
from ..models.tier import Tier
from typing import cast


T = TypeVar("T", bound="PersonRead")


@_attrs_define
class PersonRead:
    """ An official held accountable.

        Attributes:
            name (str):
            post (str):
            unit (str):
            level (Level): An official's level.
            tier (Tier): Where an official serves.
            department_head (bool):
            sanctions (list[Sanction]):
     """

    name: str
    post: str
    unit: str
    level: Level
    tier: Tier
    department_head: bool
    sanctions: list[Sanction]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        post = self.post

        unit = self.unit

        level: str = self.level

        tier: str = self.tier

        department_head = self.department_head

        sanctions = []
        for sanctions_item_data in self.sanctions:
            sanctions_item: str = sanctions_item_data
            sanctions.append(sanctions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "name": name,
            "post": post,
            "unit": unit,
            "level": level,
            "tier": tier,
            "department_head": department_head,
            "sanctions": sanctions,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        post = d.pop("post")

        unit = d.pop("unit")

        level = check_level(d.pop("level"))

        tier = check_tier(d.pop("tier"))

        department_head = d.pop("department_head")

        sanctions = []
        _sanctions = d.pop("sanctions")
        for sanctions_item_data in (_sanctions):
            sanctions_item = check_sanction(sanctions_item_data)

            sanctions.append(sanctions_item)

        person_read = cls(
            name=name,
            post=post,
            unit=unit,
            level=level,
            tier=tier,
            department_head=department_head,
            sanctions=sanctions,
        )

        person_read.additional_properties = d
        return person_read

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
