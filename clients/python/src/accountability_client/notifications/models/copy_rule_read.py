from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime


T = TypeVar("T", bound="CopyRuleRead")


@_attrs_define
class CopyRuleRead:
    """ A copy rule; mandatory rules have `mandatory` true and cannot be switched off.

        Attributes:
            id (str):
            event_type (str):
            condition_field (None | str):
            condition_values (list[str]):
            departments (list[str]):
            roles (list[str]):
            fields (list[str]):
            description (str):
            enabled (bool):
            mandatory (bool):
            created_at (datetime.datetime | None):
     """

    id: str
    event_type: str
    condition_field: None | str
    condition_values: list[str]
    departments: list[str]
    roles: list[str]
    fields: list[str]
    description: str
    enabled: bool
    mandatory: bool
    created_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        event_type = self.event_type

        condition_field: None | str
        condition_field = self.condition_field

        condition_values = self.condition_values

        departments = self.departments

        roles = self.roles

        fields = self.fields

        description = self.description

        enabled = self.enabled

        mandatory = self.mandatory

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "event_type": event_type,
            "condition_field": condition_field,
            "condition_values": condition_values,
            "departments": departments,
            "roles": roles,
            "fields": fields,
            "description": description,
            "enabled": enabled,
            "mandatory": mandatory,
            "created_at": created_at,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        event_type = d.pop("event_type")

        def _parse_condition_field(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        condition_field = _parse_condition_field(d.pop("condition_field"))

        condition_values = cast(list[str], d.pop("condition_values"))

        departments = cast(list[str], d.pop("departments"))

        roles = cast(list[str], d.pop("roles"))

        fields = cast(list[str], d.pop("fields"))

        description = d.pop("description")

        enabled = d.pop("enabled")

        mandatory = d.pop("mandatory")

        def _parse_created_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        created_at = _parse_created_at(d.pop("created_at"))

        copy_rule_read = cls(
            id=id,
            event_type=event_type,
            condition_field=condition_field,
            condition_values=condition_values,
            departments=departments,
            roles=roles,
            fields=fields,
            description=description,
            enabled=enabled,
            mandatory=mandatory,
            created_at=created_at,
        )

        copy_rule_read.additional_properties = d
        return copy_rule_read

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
