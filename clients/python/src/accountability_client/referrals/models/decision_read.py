from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.person_read import PersonRead


T = TypeVar("T", bound="DecisionRead")


@_attrs_define
class DecisionRead:
    """ A decision with the persons it holds accountable.

        Attributes:
            id (UUID):
            facts (str):
            legal_basis (str):
            serious (bool):
            decided_by (str):
            decided_at (datetime.datetime):
            persons (list[PersonRead]):
     """

    id: UUID
    facts: str
    legal_basis: str
    serious: bool
    decided_by: str
    decided_at: datetime.datetime
    persons: list[PersonRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.person_read import PersonRead # noqa: PLC0415
        id = str(self.id)

        facts = self.facts

        legal_basis = self.legal_basis

        serious = self.serious

        decided_by = self.decided_by

        decided_at = self.decided_at.isoformat()

        persons = []
        for persons_item_data in self.persons:
            persons_item = persons_item_data.to_dict()
            persons.append(persons_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "facts": facts,
            "legal_basis": legal_basis,
            "serious": serious,
            "decided_by": decided_by,
            "decided_at": decided_at,
            "persons": persons,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_read import PersonRead # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        facts = d.pop("facts")

        legal_basis = d.pop("legal_basis")

        serious = d.pop("serious")

        decided_by = d.pop("decided_by")

        decided_at = datetime.datetime.fromisoformat(d.pop("decided_at"))

        persons = []
        _persons = d.pop("persons")
        for persons_item_data in (_persons):
            persons_item = PersonRead.from_dict(persons_item_data)

            persons.append(persons_item)

        decision_read = cls(
            id=id,
            facts=facts,
            legal_basis=legal_basis,
            serious=serious,
            decided_by=decided_by,
            decided_at=decided_at,
            persons=persons,
        )

        decision_read.additional_properties = d
        return decision_read

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
