from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.apology_reason import ApologyReason
from ..models.apology_reason import check_apology_reason
from ..models.circulator import check_circulator
from ..models.circulator import Circulator
from ..models.decider import check_decider
from ..models.decider import Decider
from ..models.incident_kind import check_incident_kind
from ..models.incident_kind import IncidentKind
from ..models.severity import check_severity
from ..models.severity import Severity
from ..types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime

if TYPE_CHECKING:
  from ..models.official_read import OfficialRead


T = TypeVar("T", bound="IncidentRead")


@_attrs_define
class IncidentRead:
    """ An incident, its proposed initial decisions and its review.

        Attributes:
            id (UUID):
            title (str):
            kind (IncidentKind): What happened: 000 item 18 reviews major accidents and major events alike (R12).
            severity (Severity): Incident severity.
            district (None | str):
            occurred_at (datetime.datetime):
            on_site_meeting_at (datetime.datetime | None):
            decider (Decider): Who holds the on-site meeting and decides.
            initial_decision_due (datetime.datetime | None):
            initial_decision_case (None | UUID): the case of the decision
            department_head_involved (bool):
            circulator (Circulator | None):
            explanation_due (datetime.date | None):
            explanation_due_provisional (bool): the working-day date crosses a year whose holidays nobody entered
            explained_at (datetime.datetime | None):
            investigation_concluded_on (datetime.date | None):
            circulation_due (datetime.date | None):
            circulated_at (datetime.datetime | None):
            apology_reason (ApologyReason | None): why the apology is proposed (R12)
            apology_finding (None | str):
            apology_proposed_at (datetime.datetime | None):
            apology_case (None | UUID): the case of the apology decision
            registered_by (str):
            registered_at (datetime.datetime):
            officials (list[OfficialRead] | Unset):
            escalated (list[str] | Unset):
     """

    id: UUID
    title: str
    kind: IncidentKind
    severity: Severity
    district: None | str
    occurred_at: datetime.datetime
    on_site_meeting_at: datetime.datetime | None
    decider: Decider
    initial_decision_due: datetime.datetime | None
    initial_decision_case: None | UUID
    department_head_involved: bool
    circulator: Circulator | None
    explanation_due: datetime.date | None
    explanation_due_provisional: bool
    explained_at: datetime.datetime | None
    investigation_concluded_on: datetime.date | None
    circulation_due: datetime.date | None
    circulated_at: datetime.datetime | None
    apology_reason: ApologyReason | None
    apology_finding: None | str
    apology_proposed_at: datetime.datetime | None
    apology_case: None | UUID
    registered_by: str
    registered_at: datetime.datetime
    officials: list[OfficialRead] | Unset = UNSET
    escalated: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.official_read import OfficialRead # noqa: PLC0415
        id = str(self.id)

        title = self.title

        kind: str = self.kind

        severity: str = self.severity

        district: None | str
        district = self.district

        occurred_at = self.occurred_at.isoformat()

        on_site_meeting_at: None | str
        if isinstance(self.on_site_meeting_at, datetime.datetime):
            on_site_meeting_at = self.on_site_meeting_at.isoformat()
        else:
            on_site_meeting_at = self.on_site_meeting_at

        decider: str = self.decider

        initial_decision_due: None | str
        if isinstance(self.initial_decision_due, datetime.datetime):
            initial_decision_due = self.initial_decision_due.isoformat()
        else:
            initial_decision_due = self.initial_decision_due

        initial_decision_case: None | str
        if isinstance(self.initial_decision_case, UUID):
            initial_decision_case = str(self.initial_decision_case)
        else:
            initial_decision_case = self.initial_decision_case

        department_head_involved = self.department_head_involved

        circulator: None | str
        if isinstance(self.circulator, str):
            circulator = self.circulator
        else:
            circulator = self.circulator

        explanation_due: None | str
        if isinstance(self.explanation_due, datetime.date):
            explanation_due = self.explanation_due.isoformat()
        else:
            explanation_due = self.explanation_due

        explanation_due_provisional = self.explanation_due_provisional

        explained_at: None | str
        if isinstance(self.explained_at, datetime.datetime):
            explained_at = self.explained_at.isoformat()
        else:
            explained_at = self.explained_at

        investigation_concluded_on: None | str
        if isinstance(self.investigation_concluded_on, datetime.date):
            investigation_concluded_on = self.investigation_concluded_on.isoformat()
        else:
            investigation_concluded_on = self.investigation_concluded_on

        circulation_due: None | str
        if isinstance(self.circulation_due, datetime.date):
            circulation_due = self.circulation_due.isoformat()
        else:
            circulation_due = self.circulation_due

        circulated_at: None | str
        if isinstance(self.circulated_at, datetime.datetime):
            circulated_at = self.circulated_at.isoformat()
        else:
            circulated_at = self.circulated_at

        apology_reason: None | str
        if isinstance(self.apology_reason, str):
            apology_reason = self.apology_reason
        else:
            apology_reason = self.apology_reason

        apology_finding: None | str
        apology_finding = self.apology_finding

        apology_proposed_at: None | str
        if isinstance(self.apology_proposed_at, datetime.datetime):
            apology_proposed_at = self.apology_proposed_at.isoformat()
        else:
            apology_proposed_at = self.apology_proposed_at

        apology_case: None | str
        if isinstance(self.apology_case, UUID):
            apology_case = str(self.apology_case)
        else:
            apology_case = self.apology_case

        registered_by = self.registered_by

        registered_at = self.registered_at.isoformat()

        officials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.officials, Unset):
            officials = []
            for officials_item_data in self.officials:
                officials_item = officials_item_data.to_dict()
                officials.append(officials_item)

        escalated: list[str] | Unset = UNSET
        if not isinstance(self.escalated, Unset):
            escalated = self.escalated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "id": id,
            "title": title,
            "kind": kind,
            "severity": severity,
            "district": district,
            "occurred_at": occurred_at,
            "on_site_meeting_at": on_site_meeting_at,
            "decider": decider,
            "initial_decision_due": initial_decision_due,
            "initial_decision_case": initial_decision_case,
            "department_head_involved": department_head_involved,
            "circulator": circulator,
            "explanation_due": explanation_due,
            "explanation_due_provisional": explanation_due_provisional,
            "explained_at": explained_at,
            "investigation_concluded_on": investigation_concluded_on,
            "circulation_due": circulation_due,
            "circulated_at": circulated_at,
            "apology_reason": apology_reason,
            "apology_finding": apology_finding,
            "apology_proposed_at": apology_proposed_at,
            "apology_case": apology_case,
            "registered_by": registered_by,
            "registered_at": registered_at,
        })
        if officials is not UNSET:
            field_dict["officials"] = officials
        if escalated is not UNSET:
            field_dict["escalated"] = escalated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.official_read import OfficialRead # noqa: PLC0415
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        title = d.pop("title")

        kind = check_incident_kind(d.pop("kind"))

        severity = check_severity(d.pop("severity"))

        def _parse_district(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        district = _parse_district(d.pop("district"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        def _parse_on_site_meeting_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                on_site_meeting_at_type_0 = datetime.datetime.fromisoformat(data)

                return on_site_meeting_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        on_site_meeting_at = _parse_on_site_meeting_at(d.pop("on_site_meeting_at"))

        decider = check_decider(d.pop("decider"))

        def _parse_initial_decision_due(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                initial_decision_due_type_0 = datetime.datetime.fromisoformat(data)

                return initial_decision_due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        initial_decision_due = _parse_initial_decision_due(d.pop("initial_decision_due"))

        def _parse_initial_decision_case(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                initial_decision_case_type_0 = UUID(data)

                return initial_decision_case_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        initial_decision_case = _parse_initial_decision_case(d.pop("initial_decision_case"))

        department_head_involved = d.pop("department_head_involved")

        def _parse_circulator(data: object) -> Circulator | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                circulator_type_0 = check_circulator(data)

                return circulator_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Circulator | None, data)

        circulator = _parse_circulator(d.pop("circulator"))

        def _parse_explanation_due(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                explanation_due_type_0 = datetime.date.fromisoformat(data)

                return explanation_due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        explanation_due = _parse_explanation_due(d.pop("explanation_due"))

        explanation_due_provisional = d.pop("explanation_due_provisional")

        def _parse_explained_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                explained_at_type_0 = datetime.datetime.fromisoformat(data)

                return explained_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        explained_at = _parse_explained_at(d.pop("explained_at"))

        def _parse_investigation_concluded_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                investigation_concluded_on_type_0 = datetime.date.fromisoformat(data)

                return investigation_concluded_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        investigation_concluded_on = _parse_investigation_concluded_on(d.pop("investigation_concluded_on"))

        def _parse_circulation_due(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                circulation_due_type_0 = datetime.date.fromisoformat(data)

                return circulation_due_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        circulation_due = _parse_circulation_due(d.pop("circulation_due"))

        def _parse_circulated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                circulated_at_type_0 = datetime.datetime.fromisoformat(data)

                return circulated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        circulated_at = _parse_circulated_at(d.pop("circulated_at"))

        def _parse_apology_reason(data: object) -> ApologyReason | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                apology_reason_type_0 = check_apology_reason(data)

                return apology_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ApologyReason | None, data)

        apology_reason = _parse_apology_reason(d.pop("apology_reason"))

        def _parse_apology_finding(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        apology_finding = _parse_apology_finding(d.pop("apology_finding"))

        def _parse_apology_proposed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                apology_proposed_at_type_0 = datetime.datetime.fromisoformat(data)

                return apology_proposed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        apology_proposed_at = _parse_apology_proposed_at(d.pop("apology_proposed_at"))

        def _parse_apology_case(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                apology_case_type_0 = UUID(data)

                return apology_case_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        apology_case = _parse_apology_case(d.pop("apology_case"))

        registered_by = d.pop("registered_by")

        registered_at = datetime.datetime.fromisoformat(d.pop("registered_at"))

        _officials = d.pop("officials", UNSET)
        officials: list[OfficialRead] | Unset = UNSET
        if _officials is not UNSET:
            officials = []
            for officials_item_data in _officials:
                officials_item = OfficialRead.from_dict(officials_item_data)

                officials.append(officials_item)

        escalated = cast(list[str], d.pop("escalated", UNSET))

        incident_read = cls(
            id=id,
            title=title,
            kind=kind,
            severity=severity,
            district=district,
            occurred_at=occurred_at,
            on_site_meeting_at=on_site_meeting_at,
            decider=decider,
            initial_decision_due=initial_decision_due,
            initial_decision_case=initial_decision_case,
            department_head_involved=department_head_involved,
            circulator=circulator,
            explanation_due=explanation_due,
            explanation_due_provisional=explanation_due_provisional,
            explained_at=explained_at,
            investigation_concluded_on=investigation_concluded_on,
            circulation_due=circulation_due,
            circulated_at=circulated_at,
            apology_reason=apology_reason,
            apology_finding=apology_finding,
            apology_proposed_at=apology_proposed_at,
            apology_case=apology_case,
            registered_by=registered_by,
            registered_at=registered_at,
            officials=officials,
            escalated=escalated,
        )

        incident_read.additional_properties = d
        return incident_read

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
