from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.person_in import PersonIn


T = TypeVar("T", bound="DecisionCreate")


@_attrs_define
class DecisionCreate:
    """ Supervision's decision on a case.

        Attributes:
            facts (str):
            legal_basis (str):
            serious (bool): serious loss or bad influence (001 art. 10)
            persons (list[PersonIn]):
     """

    facts: str
    legal_basis: str
    serious: bool
    persons: list[PersonIn]

    def to_dict(self) -> dict[str, Any]:
        from ..models.person_in import PersonIn # noqa: PLC0415
        facts = self.facts

        legal_basis = self.legal_basis

        serious = self.serious

        persons = []
        for persons_item_data in self.persons:
            persons_item = persons_item_data.to_dict()
            persons.append(persons_item)

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "facts": facts,
            "legal_basis": legal_basis,
            "serious": serious,
            "persons": persons,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.person_in import PersonIn # noqa: PLC0415
        d = dict(src_dict)
        facts = d.pop("facts")

        legal_basis = d.pop("legal_basis")

        serious = d.pop("serious")

        persons = []
        _persons = d.pop("persons")
        for persons_item_data in (_persons):
            persons_item = PersonIn.from_dict(persons_item_data)

            persons.append(persons_item)

        decision_create = cls(
            facts=facts,
            legal_basis=legal_basis,
            serious=serious,
            persons=persons,
        )

        return decision_create
