from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.sanction import check_sanction
from ..models.sanction import Sanction
from typing import cast
from uuid import UUID
import datetime


T = TypeVar("T", bound="FilingRead")


@_attrs_define
class FilingRead:
    """ A filed fault-handling result.

        Attributes:
            id (UUID):
            filed_by (str):
            title (str):
            fault (str):
            outcome (str):
            handled_on (datetime.date):
            persons (int):
            sanctions (list[Sanction]):
            filed_at (datetime.datetime):
     """

    id: UUID
    filed_by: str
    title: str
    fault: str
    outcome: str
    handled_on: datetime.date
    persons: int
    sanctions: list[Sanction]
    filed_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        filed_by = self.filed_by

        title = self.title

        fault = self.fault

        outcome = self.outcome

        handled_on = self.handled_on.isoformat()

        persons = self.persons

        sanctions = []
        for sanctions_item_data in self.sanctions:
            sanctions_item: str = sanctions_item_data
            sanctions.append(sanctions_item)

        filed_at = self.filed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "filed_by": filed_by,
            "title": title,
            "fault": fault,
            "outcome": outcome,
            "handled_on": handled_on,
            "persons": persons,
            "sanctions": sanctions,
            "filed_at": filed_at,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        filed_by = d.pop("filed_by")

        title = d.pop("title")

        fault = d.pop("fault")

        outcome = d.pop("outcome")

        handled_on = datetime.date.fromisoformat(d.pop("handled_on"))

        persons = d.pop("persons")

        sanctions = []
        _sanctions = d.pop("sanctions")
        for sanctions_item_data in (_sanctions):
            sanctions_item = check_sanction(sanctions_item_data)

            sanctions.append(sanctions_item)

        filed_at = datetime.datetime.fromisoformat(d.pop("filed_at"))

        filing_read = cls(
            id=id,
            filed_by=filed_by,
            title=title,
            fault=fault,
            outcome=outcome,
            handled_on=handled_on,
            persons=persons,
            sanctions=sanctions,
            filed_at=filed_at,
        )

        filing_read.additional_properties = d
        return filing_read

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
