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
from ..types import UNSET, Unset
from typing import cast


T = TypeVar("T", bound="PersonIn")


@_attrs_define
class PersonIn:
    """ An official held accountable and the forms decided for them.

        Attributes:
            name (str):
            post (str):
            unit (str):
            level (Level): An official's level.
            tier (Tier): Where an official serves.
            sanctions (list[Sanction]):
            department_head (bool | Unset): head of a government department: part 2 forms apply Default: False.
     """

    name: str
    post: str
    unit: str
    level: Level
    tier: Tier
    sanctions: list[Sanction]
    department_head: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        post = self.post

        unit = self.unit

        level: str = self.level

        tier: str = self.tier

        sanctions = []
        for sanctions_item_data in self.sanctions:
            sanctions_item: str = sanctions_item_data
            sanctions.append(sanctions_item)

        department_head = self.department_head

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
            "post": post,
            "unit": unit,
            "level": level,
            "tier": tier,
            "sanctions": sanctions,
        })
        if department_head is not UNSET:
            field_dict["department_head"] = department_head

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        post = d.pop("post")

        unit = d.pop("unit")

        level = check_level(d.pop("level"))

        tier = check_tier(d.pop("tier"))

        sanctions = []
        _sanctions = d.pop("sanctions")
        for sanctions_item_data in (_sanctions):
            sanctions_item = check_sanction(sanctions_item_data)

            sanctions.append(sanctions_item)

        department_head = d.pop("department_head", UNSET)

        person_in = cls(
            name=name,
            post=post,
            unit=unit,
            level=level,
            tier=tier,
            sanctions=sanctions,
            department_head=department_head,
        )

        return person_in
