from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.circular_matter import CircularMatter


T = TypeVar("T", bound="CircularRead")


@_attrs_define
class CircularRead:
    """ A quarter's circular (通报) on the mayor's matters: done, late, open.

        Attributes:
            year (int):
            quarter (int):
            title (str):
            issued_by (str):
            issued_at (datetime.datetime):
            done (int):
            late (int):
            open_ (int):
            matters (list[CircularMatter]):
     """

    year: int
    quarter: int
    title: str
    issued_by: str
    issued_at: datetime.datetime
    done: int
    late: int
    open_: int
    matters: list[CircularMatter]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.circular_matter import CircularMatter # noqa: PLC0415
        year = self.year

        quarter = self.quarter

        title = self.title

        issued_by = self.issued_by

        issued_at = self.issued_at.isoformat()

        done = self.done

        late = self.late

        open_ = self.open_

        matters = []
        for matters_item_data in self.matters:
            matters_item = matters_item_data.to_dict()
            matters.append(matters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "year": year,
            "quarter": quarter,
            "title": title,
            "issued_by": issued_by,
            "issued_at": issued_at,
            "done": done,
            "late": late,
            "open": open_,
            "matters": matters,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.circular_matter import CircularMatter # noqa: PLC0415
        d = dict(src_dict)
        year = d.pop("year")

        quarter = d.pop("quarter")

        title = d.pop("title")

        issued_by = d.pop("issued_by")

        issued_at = datetime.datetime.fromisoformat(d.pop("issued_at"))

        done = d.pop("done")

        late = d.pop("late")

        open_ = d.pop("open")

        matters = []
        _matters = d.pop("matters")
        for matters_item_data in (_matters):
            matters_item = CircularMatter.from_dict(matters_item_data)

            matters.append(matters_item)

        circular_read = cls(
            year=year,
            quarter=quarter,
            title=title,
            issued_by=issued_by,
            issued_at=issued_at,
            done=done,
            late=late,
            open_=open_,
            matters=matters,
        )

        circular_read.additional_properties = d
        return circular_read

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
