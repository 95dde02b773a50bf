from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.condition_in import ConditionIn


T = TypeVar("T", bound="CopyRuleCreate")


@_attrs_define
class CopyRuleCreate:
    """ An admin rule: events of a type (and condition) are copied to departments.

        Attributes:
            event_type (str):
            departments (list[str]):
            description (str):
            condition (ConditionIn | None | Unset):
     """

    event_type: str
    departments: list[str]
    description: str
    condition: ConditionIn | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.condition_in import ConditionIn # noqa: PLC0415
        event_type = self.event_type

        departments = self.departments

        description = self.description

        condition: dict[str, Any] | None | Unset
        if isinstance(self.condition, Unset):
            condition = UNSET
        elif isinstance(self.condition, ConditionIn):
            condition = self.condition.to_dict()
        else:
            condition = self.condition

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "event_type": event_type,
            "departments": departments,
            "description": description,
        })
        if condition is not UNSET:
            field_dict["condition"] = condition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.condition_in import ConditionIn # noqa: PLC0415
        d = dict(src_dict)
        event_type = d.pop("event_type")

        departments = cast(list[str], d.pop("departments"))

        description = d.pop("description")

        def _parse_condition(data: object) -> ConditionIn | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                condition_type_0 = ConditionIn.from_dict(data)

                return condition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConditionIn | None | Unset, data)

        condition = _parse_condition(d.pop("condition", UNSET))

        copy_rule_create = cls(
            event_type=event_type,
            departments=departments,
            description=description,
            condition=condition,
        )

        return copy_rule_create
