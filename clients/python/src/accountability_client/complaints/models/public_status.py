from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.appraisal import Appraisal
from ..models.appraisal import check_appraisal
from ..models.category import Category
from ..models.category import check_category
from ..models.outcome import check_outcome
from ..models.outcome import Outcome
from ..models.status import check_status
from ..models.status import Status
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.message_read import MessageRead


T = TypeVar("T", bound="PublicStatus")


@_attrs_define
class PublicStatus:
    """ What the complainant sees with the code and secret: never internal notes or identities.

        Attributes:
            tracking_code (str):
            status (Status): Where a complaint is in its handling.
            category (Category): What kind of administrative fault the complaint alleges.
            target_department (str):
            handling_department (str):
            received_at (datetime.datetime):
            acknowledge_due (datetime.date):
            handle_due (datetime.date):
            acknowledged_at (datetime.datetime | None):
            handled_at (datetime.datetime | None):
            outcome (None | Outcome):
            public_result (None | str):
            appraisal (Appraisal | None):
            accountability_result (None | str | Unset): supervision's result on the case the complaint generated
            accountability_reported_at (datetime.datetime | None | Unset):
            messages (list[MessageRead] | Unset):
     """

    tracking_code: str
    status: Status
    category: Category
    target_department: str
    handling_department: str
    received_at: datetime.datetime
    acknowledge_due: datetime.date
    handle_due: datetime.date
    acknowledged_at: datetime.datetime | None
    handled_at: datetime.datetime | None
    outcome: None | Outcome
    public_result: None | str
    appraisal: Appraisal | None
    accountability_result: None | str | Unset = UNSET
    accountability_reported_at: datetime.datetime | None | Unset = UNSET
    messages: list[MessageRead] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.message_read import MessageRead # noqa: PLC0415
        tracking_code = self.tracking_code

        status: str = self.status

        category: str = self.category

        target_department = self.target_department

        handling_department = self.handling_department

        received_at = self.received_at.isoformat()

        acknowledge_due = self.acknowledge_due.isoformat()

        handle_due = self.handle_due.isoformat()

        acknowledged_at: None | str
        if isinstance(self.acknowledged_at, datetime.datetime):
            acknowledged_at = self.acknowledged_at.isoformat()
        else:
            acknowledged_at = self.acknowledged_at

        handled_at: None | str
        if isinstance(self.handled_at, datetime.datetime):
            handled_at = self.handled_at.isoformat()
        else:
            handled_at = self.handled_at

        outcome: None | str
        if isinstance(self.outcome, str):
            outcome = self.outcome
        else:
            outcome = self.outcome

        public_result: None | str
        public_result = self.public_result

        appraisal: None | str
        if isinstance(self.appraisal, str):
            appraisal = self.appraisal
        else:
            appraisal = self.appraisal

        accountability_result: None | str | Unset
        if isinstance(self.accountability_result, Unset):
            accountability_result = UNSET
        else:
            accountability_result = self.accountability_result

        accountability_reported_at: None | str | Unset
        if isinstance(self.accountability_reported_at, Unset):
            accountability_reported_at = UNSET
        elif isinstance(self.accountability_reported_at, datetime.datetime):
            accountability_reported_at = self.accountability_reported_at.isoformat()
        else:
            accountability_reported_at = self.accountability_reported_at

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "tracking_code": tracking_code,
            "status": status,
            "category": category,
            "target_department": target_department,
            "handling_department": handling_department,
            "received_at": received_at,
            "acknowledge_due": acknowledge_due,
            "handle_due": handle_due,
            "acknowledged_at": acknowledged_at,
            "handled_at": handled_at,
            "outcome": outcome,
            "public_result": public_result,
            "appraisal": appraisal,
        })
        if accountability_result is not UNSET:
            field_dict["accountability_result"] = accountability_result
        if accountability_reported_at is not UNSET:
            field_dict["accountability_reported_at"] = accountability_reported_at
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.message_read import MessageRead # noqa: PLC0415
        d = dict(src_dict)
        tracking_code = d.pop("tracking_code")

        status = check_status(d.pop("status"))

        category = check_category(d.pop("category"))

        target_department = d.pop("target_department")

        handling_department = d.pop("handling_department")

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        acknowledge_due = datetime.date.fromisoformat(d.pop("acknowledge_due"))

        handle_due = datetime.date.fromisoformat(d.pop("handle_due"))

        def _parse_acknowledged_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                acknowledged_at_type_0 = datetime.datetime.fromisoformat(data)

                return acknowledged_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        acknowledged_at = _parse_acknowledged_at(d.pop("acknowledged_at"))

        def _parse_handled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                handled_at_type_0 = datetime.datetime.fromisoformat(data)

                return handled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        handled_at = _parse_handled_at(d.pop("handled_at"))

        def _parse_outcome(data: object) -> None | Outcome:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_type_0 = check_outcome(data)

                return outcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Outcome, data)

        outcome = _parse_outcome(d.pop("outcome"))

        def _parse_public_result(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        public_result = _parse_public_result(d.pop("public_result"))

        def _parse_appraisal(data: object) -> Appraisal | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                appraisal_type_0 = check_appraisal(data)

                return appraisal_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Appraisal | None, data)

        appraisal = _parse_appraisal(d.pop("appraisal"))

        def _parse_accountability_result(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accountability_result = _parse_accountability_result(d.pop("accountability_result", UNSET))

        def _parse_accountability_reported_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                accountability_reported_at_type_0 = datetime.datetime.fromisoformat(data)

                return accountability_reported_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        accountability_reported_at = _parse_accountability_reported_at(d.pop("accountability_reported_at", UNSET))

        _messages = d.pop("messages", UNSET)
        messages: list[MessageRead] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = MessageRead.from_dict(messages_item_data)

                messages.append(messages_item)

        public_status = cls(
            tracking_code=tracking_code,
            status=status,
            category=category,
            target_department=target_department,
            handling_department=handling_department,
            received_at=received_at,
            acknowledge_due=acknowledge_due,
            handle_due=handle_due,
            acknowledged_at=acknowledged_at,
            handled_at=handled_at,
            outcome=outcome,
            public_result=public_result,
            appraisal=appraisal,
            accountability_result=accountability_result,
            accountability_reported_at=accountability_reported_at,
            messages=messages,
        )

        public_status.additional_properties = d
        return public_status

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
