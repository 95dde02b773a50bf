from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime


T = TypeVar("T", bound="LatePaper")


@_attrs_define
class LatePaper:
    """ A department whose paper was unpublished after its due day (R13).

        Attributes:
            department (str):
            year (int):
            due (datetime.date):
            flagged_at (datetime.datetime):
            published_since (bool): a (late) paper was published after the flag
     """

    department: str
    year: int
    due: datetime.date
    flagged_at: datetime.datetime
    published_since: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        department = self.department

        year = self.year

        due = self.due.isoformat()

        flagged_at = self.flagged_at.isoformat()

        published_since = self.published_since

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "department": department,
            "year": year,
            "due": due,
            "flagged_at": flagged_at,
            "published_since": published_since,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        department = d.pop("department")

        year = d.pop("year")

        due = datetime.date.fromisoformat(d.pop("due"))

        flagged_at = datetime.datetime.fromisoformat(d.pop("flagged_at"))

        published_since = d.pop("published_since")

        late_paper = cls(
            department=department,
            year=year,
            due=due,
            flagged_at=flagged_at,
            published_since=published_since,
        )

        late_paper.additional_properties = d
        return late_paper

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
