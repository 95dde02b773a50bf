from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.joint_meeting_pack_definitions import JointMeetingPackDefinitions
  from ..models.participant_part import ParticipantPart


T = TypeVar("T", bound="JointMeetingPack")


@_attrs_define
class JointMeetingPack:
    """ The quarter's referrals, decisions and open cases per participant (R7).

        Attributes:
            period (str):
            as_of (datetime.datetime): when the pack was computed: open cases are as of then
            definitions (JointMeetingPackDefinitions): what each figure counts
            participants (list[ParticipantPart]):
     """

    period: str
    as_of: datetime.datetime
    definitions: JointMeetingPackDefinitions
    participants: list[ParticipantPart]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.joint_meeting_pack_definitions import JointMeetingPackDefinitions # noqa: PLC0415
        from ..models.participant_part import ParticipantPart # noqa: PLC0415
        period = self.period

        as_of = self.as_of.isoformat()

        definitions = self.definitions.to_dict()

        participants = []
        for participants_item_data in self.participants:
            participants_item = participants_item_data.to_dict()
            participants.append(participants_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "period": period,
            "as_of": as_of,
            "definitions": definitions,
            "participants": participants,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.joint_meeting_pack_definitions import JointMeetingPackDefinitions # noqa: PLC0415
        from ..models.participant_part import ParticipantPart # noqa: PLC0415
        d = dict(src_dict)
        period = d.pop("period")

        as_of = datetime.datetime.fromisoformat(d.pop("as_of"))

        definitions = JointMeetingPackDefinitions.from_dict(d.pop("definitions"))

        participants = []
        _participants = d.pop("participants")
        for participants_item_data in (_participants):
            participants_item = ParticipantPart.from_dict(participants_item_data)

            participants.append(participants_item)

        joint_meeting_pack = cls(
            period=period,
            as_of=as_of,
            definitions=definitions,
            participants=participants,
        )

        joint_meeting_pack.additional_properties = d
        return joint_meeting_pack

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
