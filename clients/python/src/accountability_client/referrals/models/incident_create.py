from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.incident_kind import check_incident_kind
from ..models.incident_kind import IncidentKind
from ..models.severity import check_severity
from ..models.severity import Severity
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.official_in import OfficialIn


T = TypeVar("T", bound="IncidentCreate")


@_attrs_define
class IncidentCreate:
    """ An incident as registered by supervision after the on-site meeting.

        Attributes:
            title (str):
            severity (Severity): Incident severity.
            occurred_at (datetime.datetime): Not in the future
            officials (list[OfficialIn]):
            kind (IncidentKind | Unset): What happened: 000 item 18 reviews major accidents and major events alike (R12).
            district (None | str | Unset):
            on_site_meeting_at (datetime.datetime | None | Unset): After the incident, not in the future; an accident's 24
                hours start there (or when it is recorded later, POST /incidents/{id}/on-site-meeting)
            department_head_involved (bool | Unset):  Default: False.
     """

    title: str
    severity: Severity
    occurred_at: datetime.datetime
    officials: list[OfficialIn]
    kind: IncidentKind | Unset = UNSET
    district: None | str | Unset = UNSET
    on_site_meeting_at: datetime.datetime | None | Unset = UNSET
    department_head_involved: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        from ..models.official_in import OfficialIn # noqa: PLC0415
        title = self.title

        severity: str = self.severity

        occurred_at = self.occurred_at.isoformat()

        officials = []
        for officials_item_data in self.officials:
            officials_item = officials_item_data.to_dict()
            officials.append(officials_item)

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind

        district: None | str | Unset
        if isinstance(self.district, Unset):
            district = UNSET
        else:
            district = self.district

        on_site_meeting_at: None | str | Unset
        if isinstance(self.on_site_meeting_at, Unset):
            on_site_meeting_at = UNSET
        elif isinstance(self.on_site_meeting_at, datetime.datetime):
            on_site_meeting_at = self.on_site_meeting_at.isoformat()
        else:
            on_site_meeting_at = self.on_site_meeting_at

        department_head_involved = self.department_head_involved

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "title": title,
            "severity": severity,
            "occurred_at": occurred_at,
            "officials": officials,
        })
        if kind is not UNSET:
            field_dict["kind"] = kind
        if district is not UNSET:
            field_dict["district"] = district
        if on_site_meeting_at is not UNSET:
            field_dict["on_site_meeting_at"] = on_site_meeting_at
        if department_head_involved is not UNSET:
            field_dict["department_head_involved"] = department_head_involved

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.official_in import OfficialIn # noqa: PLC0415
        d = dict(src_dict)
        title = d.pop("title")

        severity = check_severity(d.pop("severity"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        officials = []
        _officials = d.pop("officials")
        for officials_item_data in (_officials):
            officials_item = OfficialIn.from_dict(officials_item_data)

            officials.append(officials_item)

        _kind = d.pop("kind", UNSET)
        kind: IncidentKind | Unset
        if isinstance(_kind,  Unset):
            kind = UNSET
        else:
            kind = check_incident_kind(_kind)

        def _parse_district(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        district = _parse_district(d.pop("district", UNSET))

        def _parse_on_site_meeting_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                on_site_meeting_at_type_0 = datetime.datetime.fromisoformat(data)

                return on_site_meeting_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        on_site_meeting_at = _parse_on_site_meeting_at(d.pop("on_site_meeting_at", UNSET))

        department_head_involved = d.pop("department_head_involved", UNSET)

        incident_create = cls(
            title=title,
            severity=severity,
            occurred_at=occurred_at,
            officials=officials,
            kind=kind,
            district=district,
            on_site_meeting_at=on_site_meeting_at,
            department_head_involved=department_head_involved,
        )

        return incident_create
