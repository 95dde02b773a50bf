from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime


T = TypeVar("T", bound="ServiceRequest")


@_attrs_define
class ServiceRequest:
    """ A request as GET returns it: status only, nothing the complainant wrote.

        Attributes:
            service_request_id (str):
            status (str):
            status_notes (None | str):
            service_name (str):
            service_code (str):
            agency_responsible (str):
            service_notice (None | str):
            requested_datetime (datetime.datetime):
            updated_datetime (datetime.datetime):
            expected_datetime (datetime.date):
            address (None | str | Unset):
            lat (float | None | Unset):
            long (float | None | Unset):
     """

    service_request_id: str
    status: str
    status_notes: None | str
    service_name: str
    service_code: str
    agency_responsible: str
    service_notice: None | str
    requested_datetime: datetime.datetime
    updated_datetime: datetime.datetime
    expected_datetime: datetime.date
    address: None | str | Unset = UNSET
    lat: float | None | Unset = UNSET
    long: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_request_id = self.service_request_id

        status = self.status

        status_notes: None | str
        status_notes = self.status_notes

        service_name = self.service_name

        service_code = self.service_code

        agency_responsible = self.agency_responsible

        service_notice: None | str
        service_notice = self.service_notice

        requested_datetime = self.requested_datetime.isoformat()

        updated_datetime = self.updated_datetime.isoformat()

        expected_datetime = self.expected_datetime.isoformat()

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "service_request_id": service_request_id,
            "status": status,
            "status_notes": status_notes,
            "service_name": service_name,
            "service_code": service_code,
            "agency_responsible": agency_responsible,
            "service_notice": service_notice,
            "requested_datetime": requested_datetime,
            "updated_datetime": updated_datetime,
            "expected_datetime": expected_datetime,
        })
        if address is not UNSET:
            field_dict["address"] = address
        if lat is not UNSET:
            field_dict["lat"] = lat
        if long is not UNSET:
            field_dict["long"] = long

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service_request_id = d.pop("service_request_id")

        status = d.pop("status")

        def _parse_status_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status_notes = _parse_status_notes(d.pop("status_notes"))

        service_name = d.pop("service_name")

        service_code = d.pop("service_code")

        agency_responsible = d.pop("agency_responsible")

        def _parse_service_notice(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        service_notice = _parse_service_notice(d.pop("service_notice"))

        requested_datetime = datetime.datetime.fromisoformat(d.pop("requested_datetime"))

        updated_datetime = datetime.datetime.fromisoformat(d.pop("updated_datetime"))

        expected_datetime = datetime.date.fromisoformat(d.pop("expected_datetime"))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

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

        service_request = cls(
            service_request_id=service_request_id,
            status=status,
            status_notes=status_notes,
            service_name=service_name,
            service_code=service_code,
            agency_responsible=agency_responsible,
            service_notice=service_notice,
            requested_datetime=requested_datetime,
            updated_datetime=updated_datetime,
            expected_datetime=expected_datetime,
            address=address,
            lat=lat,
            long=long,
        )

        service_request.additional_properties = d
        return service_request

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
