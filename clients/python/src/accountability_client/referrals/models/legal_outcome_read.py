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
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.review_read import ReviewRead


T = TypeVar("T", bound="LegalOutcomeRead")


@_attrs_define
class LegalOutcomeRead:
    """ A recorded legal outcome and the review it opened (None: the outcome opens none).

        Attributes:
            id (UUID):
            proceeding (Proceeding): The proceeding against an administrative act.
            case_number (str):
            act (str):
            department (str):
            outcome (Outcome): What the proceeding decided about the act.
            decided_on (datetime.date):
            recorded_by (str):
            recorded_at (datetime.datetime):
            review (None | ReviewRead | Unset):
     """

    id: UUID
    proceeding: Proceeding
    case_number: str
    act: str
    department: str
    outcome: Outcome
    decided_on: datetime.date
    recorded_by: str
    recorded_at: datetime.datetime
    review: None | ReviewRead | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.review_read import ReviewRead # noqa: PLC0415
        id = str(self.id)

        proceeding: str = self.proceeding

        case_number = self.case_number

        act = self.act

        department = self.department

        outcome: str = self.outcome

        decided_on = self.decided_on.isoformat()

        recorded_by = self.recorded_by

        recorded_at = self.recorded_at.isoformat()

        review: dict[str, Any] | None | Unset
        if isinstance(self.review, Unset):
            review = UNSET
        elif isinstance(self.review, ReviewRead):
            review = self.review.to_dict()
        else:
            review = self.review

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "proceeding": proceeding,
            "case_number": case_number,
            "act": act,
            "department": department,
            "outcome": outcome,
            "decided_on": decided_on,
            "recorded_by": recorded_by,
            "recorded_at": recorded_at,
        })
        if review is not UNSET:
            field_dict["review"] = review

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.review_read import ReviewRead # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        proceeding = check_proceeding(d.pop("proceeding"))

        case_number = d.pop("case_number")

        act = d.pop("act")

        department = d.pop("department")

        outcome = check_outcome(d.pop("outcome"))

        decided_on = datetime.date.fromisoformat(d.pop("decided_on"))

        recorded_by = d.pop("recorded_by")

        recorded_at = datetime.datetime.fromisoformat(d.pop("recorded_at"))

        def _parse_review(data: object) -> None | ReviewRead | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                review_type_0 = ReviewRead.from_dict(data)

                return review_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReviewRead | Unset, data)

        review = _parse_review(d.pop("review", UNSET))

        legal_outcome_read = cls(
            id=id,
            proceeding=proceeding,
            case_number=case_number,
            act=act,
            department=department,
            outcome=outcome,
            decided_on=decided_on,
            recorded_by=recorded_by,
            recorded_at=recorded_at,
            review=review,
        )

        legal_outcome_read.additional_properties = d
        return legal_outcome_read

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
