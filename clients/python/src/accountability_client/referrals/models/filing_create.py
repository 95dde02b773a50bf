from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.sanction import check_sanction
from ..models.sanction import Sanction
from typing import cast
import datetime


T = TypeVar("T", bound="FilingCreate")


@_attrs_define
class FilingCreate:
    """ A fault-handling result the filing department decided itself.

        Attributes:
            title (str):
            fault (str):
            outcome (str):
            handled_on (datetime.date): the day the department decided; not in the future
            persons (int): officials held accountable
            sanctions (list[Sanction]):
     """

    title: str
    fault: str
    outcome: str
    handled_on: datetime.date
    persons: int
    sanctions: list[Sanction]

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        fault = self.fault

        outcome = self.outcome

        handled_on = self.handled_on.isoformat()

        persons = self.persons

        sanctions = []
        for sanctions_item_data in self.sanctions:
            sanctions_item: str = sanctions_item_data
            sanctions.append(sanctions_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "title": title,
            "fault": fault,
            "outcome": outcome,
            "handled_on": handled_on,
            "persons": persons,
            "sanctions": sanctions,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
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

        filing_create = cls(
            title=title,
            fault=fault,
            outcome=outcome,
            handled_on=handled_on,
            persons=persons,
            sanctions=sanctions,
        )

        return filing_create
