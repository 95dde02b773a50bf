from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.decider import check_decider
from ..models.decider import Decider
from typing import cast
import datetime


T = TypeVar("T", bound="OnSiteMeeting")


@_attrs_define
class OnSiteMeeting:
    """ The on-site meeting (现场会) of an accident: the 24 hours of art. 13 start there.

        Attributes:
            held_at (datetime.datetime): After the incident, not in the future
            convened_by (Decider): Who holds the on-site meeting and decides.
     """

    held_at: datetime.datetime
    convened_by: Decider

    def to_dict(self) -> dict[str, Any]:
        held_at = self.held_at.isoformat()

        convened_by: str = self.convened_by

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "held_at": held_at,
            "convened_by": convened_by,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        held_at = datetime.datetime.fromisoformat(d.pop("held_at"))

        convened_by = check_decider(d.pop("convened_by"))

        on_site_meeting = cls(
            held_at=held_at,
            convened_by=convened_by,
        )

        return on_site_meeting
