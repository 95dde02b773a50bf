from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime


T = TypeVar("T", bound="SubscriptionRead")


@_attrs_define
class SubscriptionRead:
    """ A subscription (its secret is shown only when created).

        Attributes:
            id (UUID):
            department (str):
            url (str):
            event_types (list[str]):
            active (bool):
            created_at (datetime.datetime):
     """

    id: UUID
    department: str
    url: str
    event_types: list[str]
    active: bool
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        department = self.department

        url = self.url

        event_types = self.event_types

        active = self.active

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "department": department,
            "url": url,
            "event_types": event_types,
            "active": active,
            "created_at": created_at,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        department = d.pop("department")

        url = d.pop("url")

        event_types = cast(list[str], d.pop("event_types"))

        active = d.pop("active")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        subscription_read = cls(
            id=id,
            department=department,
            url=url,
            event_types=event_types,
            active=active,
            created_at=created_at,
        )

        subscription_read.additional_properties = d
        return subscription_read

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
