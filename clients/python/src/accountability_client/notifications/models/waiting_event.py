from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime


T = TypeVar("T", bound="WaitingEvent")


@_attrs_define
class WaitingEvent:
    """ An event a consumer of this service holds until what it needs arrives (never dropped).

        Attributes:
            group (str):
            event_id (str):
            type_ (str):
            reason (str):
            detail (str):
            since (datetime.datetime):
            tries (int):
     """

    group: str
    event_id: str
    type_: str
    reason: str
    detail: str
    since: datetime.datetime
    tries: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group = self.group

        event_id = self.event_id

        type_ = self.type_

        reason = self.reason

        detail = self.detail

        since = self.since.isoformat()

        tries = self.tries

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "group": group,
            "event_id": event_id,
            "type": type_,
            "reason": reason,
            "detail": detail,
            "since": since,
            "tries": tries,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        group = d.pop("group")

        event_id = d.pop("event_id")

        type_ = d.pop("type")

        reason = d.pop("reason")

        detail = d.pop("detail")

        since = datetime.datetime.fromisoformat(d.pop("since"))

        tries = d.pop("tries")

        waiting_event = cls(
            group=group,
            event_id=event_id,
            type_=type_,
            reason=reason,
            detail=detail,
            since=since,
            tries=tries,
        )

        waiting_event.additional_properties = d
        return waiting_event

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
