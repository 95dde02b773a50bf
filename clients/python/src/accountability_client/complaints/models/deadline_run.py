from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime


T = TypeVar("T", bound="DeadlineRun")


@_attrs_define
class DeadlineRun:
    """ What one run of the time-limit check produced.

        Attributes:
            checked_at (datetime.datetime):
            reminders (int):
            escalations (int):
     """

    checked_at: datetime.datetime
    reminders: int
    escalations: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        checked_at = self.checked_at.isoformat()

        reminders = self.reminders

        escalations = self.escalations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "checked_at": checked_at,
            "reminders": reminders,
            "escalations": escalations,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        checked_at = datetime.datetime.fromisoformat(d.pop("checked_at"))

        reminders = d.pop("reminders")

        escalations = d.pop("escalations")

        deadline_run = cls(
            checked_at=checked_at,
            reminders=reminders,
            escalations=escalations,
        )

        deadline_run.additional_properties = d
        return deadline_run

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
