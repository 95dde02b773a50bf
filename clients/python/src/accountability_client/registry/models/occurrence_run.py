from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime


T = TypeVar("T", bound="OccurrenceRun")


@_attrs_define
class OccurrenceRun:
    """ What one run of the period-duties job did.

        Attributes:
            today (datetime.date):
            occurrences_opened (int):
            occurrences_overdue (int):
            channel_publication (None | str): the quarter published by this run
            white_papers_late (int):
     """

    today: datetime.date
    occurrences_opened: int
    occurrences_overdue: int
    channel_publication: None | str
    white_papers_late: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        today = self.today.isoformat()

        occurrences_opened = self.occurrences_opened

        occurrences_overdue = self.occurrences_overdue

        channel_publication: None | str
        channel_publication = self.channel_publication

        white_papers_late = self.white_papers_late

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "today": today,
            "occurrences_opened": occurrences_opened,
            "occurrences_overdue": occurrences_overdue,
            "channel_publication": channel_publication,
            "white_papers_late": white_papers_late,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        today = datetime.date.fromisoformat(d.pop("today"))

        occurrences_opened = d.pop("occurrences_opened")

        occurrences_overdue = d.pop("occurrences_overdue")

        def _parse_channel_publication(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        channel_publication = _parse_channel_publication(d.pop("channel_publication"))

        white_papers_late = d.pop("white_papers_late")

        occurrence_run = cls(
            today=today,
            occurrences_opened=occurrences_opened,
            occurrences_overdue=occurrences_overdue,
            channel_publication=channel_publication,
            white_papers_late=white_papers_late,
        )

        occurrence_run.additional_properties = d
        return occurrence_run

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
