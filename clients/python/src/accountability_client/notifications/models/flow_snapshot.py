from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.flow_event import FlowEvent
  from ..models.group_lag import GroupLag
  from ..models.topic_size import TopicSize
  from ..models.waiting_event import WaitingEvent


T = TypeVar("T", bound="FlowSnapshot")


@_attrs_define
class FlowSnapshot:
    """ The events after the caller's position and the latest lag figures.

        Attributes:
            at (datetime.datetime):
            events (list[FlowEvent]):
            lags (list[GroupLag]):
            topics (list[TopicSize]):
            waiting (list[WaitingEvent] | Unset):
            error (None | str | Unset):
     """

    at: datetime.datetime
    events: list[FlowEvent]
    lags: list[GroupLag]
    topics: list[TopicSize]
    waiting: list[WaitingEvent] | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.flow_event import FlowEvent # noqa: PLC0415
        from ..models.group_lag import GroupLag # noqa: PLC0415
        from ..models.topic_size import TopicSize # noqa: PLC0415
        from ..models.waiting_event import WaitingEvent # noqa: PLC0415
        at = self.at.isoformat()

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        lags = []
        for lags_item_data in self.lags:
            lags_item = lags_item_data.to_dict()
            lags.append(lags_item)

        topics = []
        for topics_item_data in self.topics:
            topics_item = topics_item_data.to_dict()
            topics.append(topics_item)

        waiting: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.waiting, Unset):
            waiting = []
            for waiting_item_data in self.waiting:
                waiting_item = waiting_item_data.to_dict()
                waiting.append(waiting_item)

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "at": at,
            "events": events,
            "lags": lags,
            "topics": topics,
        })
        if waiting is not UNSET:
            field_dict["waiting"] = waiting
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.flow_event import FlowEvent # noqa: PLC0415
        from ..models.group_lag import GroupLag # noqa: PLC0415
        from ..models.topic_size import TopicSize # noqa: PLC0415
        from ..models.waiting_event import WaitingEvent # noqa: PLC0415
        d = dict(src_dict)
        at = datetime.datetime.fromisoformat(d.pop("at"))

        events = []
        _events = d.pop("events")
        for events_item_data in (_events):
            events_item = FlowEvent.from_dict(events_item_data)

            events.append(events_item)

        lags = []
        _lags = d.pop("lags")
        for lags_item_data in (_lags):
            lags_item = GroupLag.from_dict(lags_item_data)

            lags.append(lags_item)

        topics = []
        _topics = d.pop("topics")
        for topics_item_data in (_topics):
            topics_item = TopicSize.from_dict(topics_item_data)

            topics.append(topics_item)

        _waiting = d.pop("waiting", UNSET)
        waiting: list[WaitingEvent] | Unset = UNSET
        if _waiting is not UNSET:
            waiting = []
            for waiting_item_data in _waiting:
                waiting_item = WaitingEvent.from_dict(waiting_item_data)

                waiting.append(waiting_item)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        flow_snapshot = cls(
            at=at,
            events=events,
            lags=lags,
            topics=topics,
            waiting=waiting,
            error=error,
        )

        flow_snapshot.additional_properties = d
        return flow_snapshot

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
