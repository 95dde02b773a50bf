from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.outcome import check_outcome
from ..models.outcome import Outcome
from ..models.proceeding import check_proceeding
from ..models.proceeding import Proceeding
from typing import cast
import datetime


T = TypeVar("T", bound="LegalOutcomeCreate")


@_attrs_define
class LegalOutcomeCreate:
    """ A reconsideration or lawsuit outcome against a department's act, as LEGAL records it.

        Attributes:
            proceeding (Proceeding): The proceeding against an administrative act.
            case_number (str): 案号, unique per proceeding
            act (str): The administrative act (具体行政行为)
            department (str): Code of the act's department
            outcome (Outcome): What the proceeding decided about the act.
            decided_on (datetime.date): Not in the future
     """

    proceeding: Proceeding
    case_number: str
    act: str
    department: str
    outcome: Outcome
    decided_on: datetime.date

    def to_dict(self) -> dict[str, Any]:
        proceeding: str = self.proceeding

        case_number = self.case_number

        act = self.act

        department = self.department

        outcome: str = self.outcome

        decided_on = self.decided_on.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "proceeding": proceeding,
            "case_number": case_number,
            "act": act,
            "department": department,
            "outcome": outcome,
            "decided_on": decided_on,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        proceeding = check_proceeding(d.pop("proceeding"))

        case_number = d.pop("case_number")

        act = d.pop("act")

        department = d.pop("department")

        outcome = check_outcome(d.pop("outcome"))

        decided_on = datetime.date.fromisoformat(d.pop("decided_on"))

        legal_outcome_create = cls(
            proceeding=proceeding,
            case_number=case_number,
            act=act,
            department=department,
            outcome=outcome,
            decided_on=decided_on,
        )

        return legal_outcome_create
