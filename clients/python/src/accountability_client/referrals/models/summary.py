from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.statistics_row import StatisticsRow


T = TypeVar("T", bound="Summary")


@_attrs_define
class Summary:
    """ A period's cases (by opening) and decisions (by decision date).

        Attributes:
            period (str):
            cases (int):
            open_cases (int):
            decisions (int):
            sanctioned_persons (int):
            filings (int): fault-handling results filed with supervision (R14)
            rows (list[StatisticsRow]):
            district (None | str | Unset):
     """

    period: str
    cases: int
    open_cases: int
    decisions: int
    sanctioned_persons: int
    filings: int
    rows: list[StatisticsRow]
    district: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.statistics_row import StatisticsRow # noqa: PLC0415
        period = self.period

        cases = self.cases

        open_cases = self.open_cases

        decisions = self.decisions

        sanctioned_persons = self.sanctioned_persons

        filings = self.filings

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        district: None | str | Unset
        if isinstance(self.district, Unset):
            district = UNSET
        else:
            district = self.district

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "period": period,
            "cases": cases,
            "open_cases": open_cases,
            "decisions": decisions,
            "sanctioned_persons": sanctioned_persons,
            "filings": filings,
            "rows": rows,
        })
        if district is not UNSET:
            field_dict["district"] = district

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.statistics_row import StatisticsRow # noqa: PLC0415
        d = dict(src_dict)
        period = d.pop("period")

        cases = d.pop("cases")

        open_cases = d.pop("open_cases")

        decisions = d.pop("decisions")

        sanctioned_persons = d.pop("sanctioned_persons")

        filings = d.pop("filings")

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in (_rows):
            rows_item = StatisticsRow.from_dict(rows_item_data)

            rows.append(rows_item)

        def _parse_district(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        district = _parse_district(d.pop("district", UNSET))

        summary = cls(
            period=period,
            cases=cases,
            open_cases=open_cases,
            decisions=decisions,
            sanctioned_persons=sanctioned_persons,
            filings=filings,
            rows=rows,
            district=district,
        )

        summary.additional_properties = d
        return summary

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
