from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID

if TYPE_CHECKING:
  from ..models.card_read import CardRead
  from ..models.ledger_line import LedgerLine


T = TypeVar("T", bound="DepartmentAssessment")


@_attrs_define
class DepartmentAssessment:
    """ A unit's card explained line by line (why it lost each point).

        Attributes:
            year (int):
            quarter (int | None):
            card (CardRead): A unit's scorecard: total, per indicator, rank in its kind (横向), change (纵向).
            lines (list[LedgerLine]):
            rectification_tasks (list[UUID]):
     """

    year: int
    quarter: int | None
    card: CardRead
    lines: list[LedgerLine]
    rectification_tasks: list[UUID]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.card_read import CardRead # noqa: PLC0415
        from ..models.ledger_line import LedgerLine # noqa: PLC0415
        year = self.year

        quarter: int | None
        quarter = self.quarter

        card = self.card.to_dict()

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        rectification_tasks = []
        for rectification_tasks_item_data in self.rectification_tasks:
            rectification_tasks_item = str(rectification_tasks_item_data)
            rectification_tasks.append(rectification_tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "year": year,
            "quarter": quarter,
            "card": card,
            "lines": lines,
            "rectification_tasks": rectification_tasks,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.card_read import CardRead # noqa: PLC0415
        from ..models.ledger_line import LedgerLine # noqa: PLC0415
        d = dict(src_dict)
        year = d.pop("year")

        def _parse_quarter(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        quarter = _parse_quarter(d.pop("quarter"))

        card = CardRead.from_dict(d.pop("card"))

        lines = []
        _lines = d.pop("lines")
        for lines_item_data in (_lines):
            lines_item = LedgerLine.from_dict(lines_item_data)

            lines.append(lines_item)

        rectification_tasks = []
        _rectification_tasks = d.pop("rectification_tasks")
        for rectification_tasks_item_data in (_rectification_tasks):
            rectification_tasks_item = UUID(rectification_tasks_item_data)

            rectification_tasks.append(rectification_tasks_item)

        department_assessment = cls(
            year=year,
            quarter=quarter,
            card=card,
            lines=lines,
            rectification_tasks=rectification_tasks,
        )

        department_assessment.additional_properties = d
        return department_assessment

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
