from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.level import check_level
from ..models.level import Level
from ..models.tier import check_tier
from ..models.tier import Tier
from ..types import UNSET, Unset
from typing import cast


T = TypeVar("T", bound="HeadIn")


@_attrs_define
class HeadIn:
    """ The head of the responsible department (行政首长).

        Attributes:
            name (str):
            post (str):
            unit (str):
            level (Level | Unset): An official's level.
            tier (Tier | Unset): Where an official serves.
     """

    name: str
    post: str
    unit: str
    level: Level | Unset = UNSET
    tier: Tier | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        post = self.post

        unit = self.unit

        level: str | Unset = UNSET
        if not isinstance(self.level, Unset):
            level = self.level

        tier: str | Unset = UNSET
        if not isinstance(self.tier, Unset):
            tier = self.tier

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "name": name,
            "post": post,
            "unit": unit,
        })
        if level is not UNSET:
            field_dict["level"] = level
        if tier is not UNSET:
            field_dict["tier"] = tier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        post = d.pop("post")

        unit = d.pop("unit")

        _level = d.pop("level", UNSET)
        level: Level | Unset
        if isinstance(_level,  Unset):
            level = UNSET
        else:
            level = check_level(_level)

        _tier = d.pop("tier", UNSET)
        tier: Tier | Unset
        if isinstance(_tier,  Unset):
            tier = UNSET
        else:
            tier = check_tier(_tier)

        head_in = cls(
            name=name,
            post=post,
            unit=unit,
            level=level,
            tier=tier,
        )

        return head_in
