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
from ..models.channel import Channel
from ..models.channel import check_channel
from ..models.outcome import check_outcome
from ..models.outcome import Outcome
from ..models.status import check_status
from ..models.status import Status
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.step_read import StepRead


T = TypeVar("T", bound="ComplaintRead")


@_attrs_define
class ComplaintRead:
    """ A complaint as the departments that may read it see it (without the complainant).

        Attributes:
            id (UUID):
            tracking_code (str):
            channel (Channel): How a complaint reached the government.
            category (Category): What kind of administrative fault the complaint alleges.
            target_department (str):
            target_post (None | str):
            description (str):
            event_date (datetime.date):
            anonymous (bool):
            first_contact_department (str):
            handling_department (str):
            forwarded_by (None | str):
            feedback_to (None | str):
            status (Status): Where a complaint is in its handling.
            received_at (datetime.datetime):
            acknowledge_due (datetime.date):
            acknowledge_due_provisional (bool): the working-day date crosses a year whose holidays nobody entered
            handle_due (datetime.date):
            handle_due_provisional (bool): the working-day date crosses a year whose holidays nobody entered
            acknowledged_at (datetime.datetime | None):
            handled_at (datetime.datetime | None):
            outcome (None | Outcome):
            findings (None | str):
            legal_basis (None | str):
            public_result (None | str):
            internal_notes (None | str):
            escalated (bool):
            appraisal (Appraisal | None):
            suggested_scope (None | str | Unset): the business scope the category falls in (R10)
            feedback_due (datetime.date | None | Unset): the result owed to the petition office by this day (R10)
            accountability_result (None | str | Unset): supervision's result on the case the complaint generated
            accountability_reported_at (datetime.datetime | None | Unset):
            lat (float | None | Unset): Where the fault happened (Open311)
            long (float | None | Unset):
            address_string (None | str | Unset): The place of the fault, as the complainant wrote it
            media_url (None | str | Unset): A picture of the fault (Open311)
            steps (list[StepRead] | Unset):
     """

    id: UUID
    tracking_code: str
    channel: Channel
    category: Category
    target_department: str
    target_post: None | str
    description: str
    event_date: datetime.date
    anonymous: bool
    first_contact_department: str
    handling_department: str
    forwarded_by: None | str
    feedback_to: None | str
    status: Status
    received_at: datetime.datetime
    acknowledge_due: datetime.date
    acknowledge_due_provisional: bool
    handle_due: datetime.date
    handle_due_provisional: bool
    acknowledged_at: datetime.datetime | None
    handled_at: datetime.datetime | None
    outcome: None | Outcome
    findings: None | str
    legal_basis: None | str
    public_result: None | str
    internal_notes: None | str
    escalated: bool
    appraisal: Appraisal | None
    suggested_scope: None | str | Unset = UNSET
    feedback_due: datetime.date | None | Unset = UNSET
    accountability_result: None | str | Unset = UNSET
    accountability_reported_at: datetime.datetime | None | Unset = UNSET
    lat: float | None | Unset = UNSET
    long: float | None | Unset = UNSET
    address_string: None | str | Unset = UNSET
    media_url: None | str | Unset = UNSET
    steps: list[StepRead] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.step_read import StepRead # noqa: PLC0415
        id = str(self.id)

        tracking_code = self.tracking_code

        channel: str = self.channel

        category: str = self.category

        target_department = self.target_department

        target_post: None | str
        target_post = self.target_post

        description = self.description

        event_date = self.event_date.isoformat()

        anonymous = self.anonymous

        first_contact_department = self.first_contact_department

        handling_department = self.handling_department

        forwarded_by: None | str
        forwarded_by = self.forwarded_by

        feedback_to: None | str
        feedback_to = self.feedback_to

        status: str = self.status

        received_at = self.received_at.isoformat()

        acknowledge_due = self.acknowledge_due.isoformat()

        acknowledge_due_provisional = self.acknowledge_due_provisional

        handle_due = self.handle_due.isoformat()

        handle_due_provisional = self.handle_due_provisional

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

        findings: None | str
        findings = self.findings

        legal_basis: None | str
        legal_basis = self.legal_basis

        public_result: None | str
        public_result = self.public_result

        internal_notes: None | str
        internal_notes = self.internal_notes

        escalated = self.escalated

        appraisal: None | str
        if isinstance(self.appraisal, str):
            appraisal = self.appraisal
        else:
            appraisal = self.appraisal

        suggested_scope: None | str | Unset
        if isinstance(self.suggested_scope, Unset):
            suggested_scope = UNSET
        else:
            suggested_scope = self.suggested_scope

        feedback_due: None | str | Unset
        if isinstance(self.feedback_due, Unset):
            feedback_due = UNSET
        elif isinstance(self.feedback_due, datetime.date):
            feedback_due = self.feedback_due.isoformat()
        else:
            feedback_due = self.feedback_due

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

        lat: float | None | Unset
        if isinstance(self.lat, Unset):
            lat = UNSET
        else:
            lat = self.lat

        long: float | None | Unset
        if isinstance(self.long, Unset):
            long = UNSET
        else:
            long = self.long

        address_string: None | str | Unset
        if isinstance(self.address_string, Unset):
            address_string = UNSET
        else:
            address_string = self.address_string

        media_url: None | str | Unset
        if isinstance(self.media_url, Unset):
            media_url = UNSET
        else:
            media_url = self.media_url

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "tracking_code": tracking_code,
            "channel": channel,
            "category": category,
            "target_department": target_department,
            "target_post": target_post,
            "description": description,
            "event_date": event_date,
            "anonymous": anonymous,
            "first_contact_department": first_contact_department,
            "handling_department": handling_department,
            "forwarded_by": forwarded_by,
            "feedback_to": feedback_to,
            "status": status,
            "received_at": received_at,
            "acknowledge_due": acknowledge_due,
            "acknowledge_due_provisional": acknowledge_due_provisional,
            "handle_due": handle_due,
            "handle_due_provisional": handle_due_provisional,
            "acknowledged_at": acknowledged_at,
            "handled_at": handled_at,
            "outcome": outcome,
            "findings": findings,
            "legal_basis": legal_basis,
            "public_result": public_result,
            "internal_notes": internal_notes,
            "escalated": escalated,
            "appraisal": appraisal,
        })
        if suggested_scope is not UNSET:
            field_dict["suggested_scope"] = suggested_scope
        if feedback_due is not UNSET:
            field_dict["feedback_due"] = feedback_due
        if accountability_result is not UNSET:
            field_dict["accountability_result"] = accountability_result
        if accountability_reported_at is not UNSET:
            field_dict["accountability_reported_at"] = accountability_reported_at
        if lat is not UNSET:
            field_dict["lat"] = lat
        if long is not UNSET:
            field_dict["long"] = long
        if address_string is not UNSET:
            field_dict["address_string"] = address_string
        if media_url is not UNSET:
            field_dict["media_url"] = media_url
        if steps is not UNSET:
            field_dict["steps"] = steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.step_read import StepRead # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        tracking_code = d.pop("tracking_code")

        channel = check_channel(d.pop("channel"))

        category = check_category(d.pop("category"))

        target_department = d.pop("target_department")

        def _parse_target_post(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        target_post = _parse_target_post(d.pop("target_post"))

        description = d.pop("description")

        event_date = datetime.date.fromisoformat(d.pop("event_date"))

        anonymous = d.pop("anonymous")

        first_contact_department = d.pop("first_contact_department")

        handling_department = d.pop("handling_department")

        def _parse_forwarded_by(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        forwarded_by = _parse_forwarded_by(d.pop("forwarded_by"))

        def _parse_feedback_to(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        feedback_to = _parse_feedback_to(d.pop("feedback_to"))

        status = check_status(d.pop("status"))

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        acknowledge_due = datetime.date.fromisoformat(d.pop("acknowledge_due"))

        acknowledge_due_provisional = d.pop("acknowledge_due_provisional")

        handle_due = datetime.date.fromisoformat(d.pop("handle_due"))

        handle_due_provisional = d.pop("handle_due_provisional")

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

        def _parse_findings(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        findings = _parse_findings(d.pop("findings"))

        def _parse_legal_basis(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        legal_basis = _parse_legal_basis(d.pop("legal_basis"))

        def _parse_public_result(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        public_result = _parse_public_result(d.pop("public_result"))

        def _parse_internal_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        internal_notes = _parse_internal_notes(d.pop("internal_notes"))

        escalated = d.pop("escalated")

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

        def _parse_suggested_scope(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        suggested_scope = _parse_suggested_scope(d.pop("suggested_scope", UNSET))

        def _parse_feedback_due(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                feedback_due_type_0 = datetime.date.fromisoformat(data)

                return feedback_due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        feedback_due = _parse_feedback_due(d.pop("feedback_due", UNSET))

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

        def _parse_lat(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        lat = _parse_lat(d.pop("lat", UNSET))

        def _parse_long(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        long = _parse_long(d.pop("long", UNSET))

        def _parse_address_string(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_string = _parse_address_string(d.pop("address_string", UNSET))

        def _parse_media_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        media_url = _parse_media_url(d.pop("media_url", UNSET))

        _steps = d.pop("steps", UNSET)
        steps: list[StepRead] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = StepRead.from_dict(steps_item_data)

                steps.append(steps_item)

        complaint_read = cls(
            id=id,
            tracking_code=tracking_code,
            channel=channel,
            category=category,
            target_department=target_department,
            target_post=target_post,
            description=description,
            event_date=event_date,
            anonymous=anonymous,
            first_contact_department=first_contact_department,
            handling_department=handling_department,
            forwarded_by=forwarded_by,
            feedback_to=feedback_to,
            status=status,
            received_at=received_at,
            acknowledge_due=acknowledge_due,
            acknowledge_due_provisional=acknowledge_due_provisional,
            handle_due=handle_due,
            handle_due_provisional=handle_due_provisional,
            acknowledged_at=acknowledged_at,
            handled_at=handled_at,
            outcome=outcome,
            findings=findings,
            legal_basis=legal_basis,
            public_result=public_result,
            internal_notes=internal_notes,
            escalated=escalated,
            appraisal=appraisal,
            suggested_scope=suggested_scope,
            feedback_due=feedback_due,
            accountability_result=accountability_result,
            accountability_reported_at=accountability_reported_at,
            lat=lat,
            long=long,
            address_string=address_string,
            media_url=media_url,
            steps=steps,
        )

        complaint_read.additional_properties = d
        return complaint_read

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
