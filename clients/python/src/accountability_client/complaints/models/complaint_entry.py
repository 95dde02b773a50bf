from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.category import Category
from ..models.category import check_category
from ..models.channel import Channel
from ..models.channel import check_channel
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.complainant_in import ComplainantIn


T = TypeVar("T", bound="ComplaintEntry")


@_attrs_define
class ComplaintEntry:
    """ A complaint an officer registers from another channel (hotline, letters and visits...).

        Attributes:
            target_department (str): Code of the department complained about
            category (Category): What kind of administrative fault the complaint alleges.
            description (str):
            event_date (datetime.date): When the events happened (not in the future)
            channel (Channel): How a complaint reached the government.
            target_post (None | str | Unset):
            complainant (ComplainantIn | None | Unset):
     """

    target_department: str
    category: Category
    description: str
    event_date: datetime.date
    channel: Channel
    target_post: None | str | Unset = UNSET
    complainant: ComplainantIn | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.complainant_in import ComplainantIn # noqa: PLC0415
        target_department = self.target_department

        category: str = self.category

        description = self.description

        event_date = self.event_date.isoformat()

        channel: str = self.channel

        target_post: None | str | Unset
        if isinstance(self.target_post, Unset):
            target_post = UNSET
        else:
            target_post = self.target_post

        complainant: dict[str, Any] | None | Unset
        if isinstance(self.complainant, Unset):
            complainant = UNSET
        elif isinstance(self.complainant, ComplainantIn):
            complainant = self.complainant.to_dict()
        else:
            complainant = self.complainant

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "target_department": target_department,
            "category": category,
            "description": description,
            "event_date": event_date,
            "channel": channel,
        })
        if target_post is not UNSET:
            field_dict["target_post"] = target_post
        if complainant is not UNSET:
            field_dict["complainant"] = complainant

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.complainant_in import ComplainantIn # noqa: PLC0415
        d = dict(src_dict)
        target_department = d.pop("target_department")

        category = check_category(d.pop("category"))

        description = d.pop("description")

        event_date = datetime.date.fromisoformat(d.pop("event_date"))

        channel = check_channel(d.pop("channel"))

        def _parse_target_post(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_post = _parse_target_post(d.pop("target_post", UNSET))

        def _parse_complainant(data: object) -> ComplainantIn | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                complainant_type_0 = ComplainantIn.from_dict(data)

                return complainant_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ComplainantIn | None | Unset, data)

        complainant = _parse_complainant(d.pop("complainant", UNSET))

        complaint_entry = cls(
            target_department=target_department,
            category=category,
            description=description,
            event_date=event_date,
            channel=channel,
            target_post=target_post,
            complainant=complainant,
        )

        return complaint_entry
