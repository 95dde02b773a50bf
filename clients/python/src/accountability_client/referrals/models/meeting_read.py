from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.joint_meeting_pack import JointMeetingPack


T = TypeVar("T", bound="MeetingRead")


@_attrs_define
class MeetingRead:
    """ A joint meeting: its participants, agenda (the quarter's pack) and minutes.

        Attributes:
            id (UUID):
            year (int):
            quarter (int):
            convened_by (str):
            held_at (datetime.datetime):
            participants (list[str]):
            agenda (JointMeetingPack): The quarter's referrals, decisions and open cases per participant (R7).
            minutes (None | str):
            minutes_issued_at (datetime.datetime | None):
     """

    id: UUID
    year: int
    quarter: int
    convened_by: str
    held_at: datetime.datetime
    participants: list[str]
    agenda: JointMeetingPack
    minutes: None | str
    minutes_issued_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.joint_meeting_pack import JointMeetingPack # noqa: PLC0415
        id = str(self.id)

        year = self.year

        quarter = self.quarter

        convened_by = self.convened_by

        held_at = self.held_at.isoformat()

        participants = self.participants

        agenda = self.agenda.to_dict()

        minutes: None | str
        minutes = self.minutes

        minutes_issued_at: None | str
        if isinstance(self.minutes_issued_at, datetime.datetime):
            minutes_issued_at = self.minutes_issued_at.isoformat()
        else:
            minutes_issued_at = self.minutes_issued_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "year": year,
            "quarter": quarter,
            "convened_by": convened_by,
            "held_at": held_at,
            "participants": participants,
            "agenda": agenda,
            "minutes": minutes,
            "minutes_issued_at": minutes_issued_at,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.joint_meeting_pack import JointMeetingPack # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        year = d.pop("year")

        quarter = d.pop("quarter")

        convened_by = d.pop("convened_by")

        held_at = datetime.datetime.fromisoformat(d.pop("held_at"))

        participants = cast(list[str], d.pop("participants"))

        agenda = JointMeetingPack.from_dict(d.pop("agenda"))

        def _parse_minutes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        minutes = _parse_minutes(d.pop("minutes"))

        def _parse_minutes_issued_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                minutes_issued_at_type_0 = datetime.datetime.fromisoformat(data)

                return minutes_issued_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        minutes_issued_at = _parse_minutes_issued_at(d.pop("minutes_issued_at"))

        meeting_read = cls(
            id=id,
            year=year,
            quarter=quarter,
            convened_by=convened_by,
            held_at=held_at,
            participants=participants,
            agenda=agenda,
            minutes=minutes,
            minutes_issued_at=minutes_issued_at,
        )

        meeting_read.additional_properties = d
        return meeting_read

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
