from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.open_311_status import check_open_311_status
from ..models.open_311_status import Open311Status
from ..types import UNSET, Unset
from typing import cast
import datetime


T = TypeVar("T", bound="ServiceRequest")


@_attrs_define
class ServiceRequest:
    """ A request as GET returns it: never the description nor anything of the complainant.

    `address`, `media_url` and `status_notes` only with the request's secret; the recent
    requests list (no ids) shows the public fields alone.

        Attributes:
            service_request_id (str):
            status (Open311Status): The two statuses of GeoReport v2.
            status_notes (None | str):
            service_name (str):
            service_code (str):
            agency_responsible (str):
            service_notice (str):
            requested_datetime (datetime.datetime):
            updated_datetime (datetime.datetime):
            expected_datetime (datetime.datetime):
            address (None | str):
            lat (float | None):
            long (float | None):
            media_url (None | str):
            description (None | Unset): Never shown (it may name people)
            address_id (None | Unset):
            zipcode (None | Unset):
     """

    service_request_id: str
    status: Open311Status
    status_notes: None | str
    service_name: str
    service_code: str
    agency_responsible: str
    service_notice: str
    requested_datetime: datetime.datetime
    updated_datetime: datetime.datetime
    expected_datetime: datetime.datetime
    address: None | str
    lat: float | None
    long: float | None
    media_url: None | str
    description: None | Unset = UNSET
    address_id: None | Unset = UNSET
    zipcode: None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_request_id = self.service_request_id

        status: str = self.status

        status_notes: None | str
        status_notes = self.status_notes

        service_name = self.service_name

        service_code = self.service_code

        agency_responsible = self.agency_responsible

        service_notice = self.service_notice

        requested_datetime = self.requested_datetime.isoformat()

        updated_datetime = self.updated_datetime.isoformat()

        expected_datetime = self.expected_datetime.isoformat()

        address: None | str
        address = self.address

        lat: float | None
        lat = self.lat

        long: float | None
        long = self.long

        media_url: None | str
        media_url = self.media_url

        description = self.description

        address_id = self.address_id

        zipcode = self.zipcode

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
            "address": address,
            "lat": lat,
            "long": long,
            "media_url": media_url,
        })
        if description is not UNSET:
            field_dict["description"] = description
        if address_id is not UNSET:
            field_dict["address_id"] = address_id
        if zipcode is not UNSET:
            field_dict["zipcode"] = zipcode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service_request_id = d.pop("service_request_id")

        status = check_open_311_status(d.pop("status"))

        def _parse_status_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status_notes = _parse_status_notes(d.pop("status_notes"))

        service_name = d.pop("service_name")

        service_code = d.pop("service_code")

        agency_responsible = d.pop("agency_responsible")

        service_notice = d.pop("service_notice")

        requested_datetime = datetime.datetime.fromisoformat(d.pop("requested_datetime"))

        updated_datetime = datetime.datetime.fromisoformat(d.pop("updated_datetime"))

        expected_datetime = datetime.datetime.fromisoformat(d.pop("expected_datetime"))

        def _parse_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address = _parse_address(d.pop("address"))

        def _parse_lat(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        lat = _parse_lat(d.pop("lat"))

        def _parse_long(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        long = _parse_long(d.pop("long"))

        def _parse_media_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        media_url = _parse_media_url(d.pop("media_url"))

        description = d.pop("description", UNSET)

        address_id = d.pop("address_id", UNSET)

        zipcode = d.pop("zipcode", UNSET)

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
            media_url=media_url,
            description=description,
            address_id=address_id,
            zipcode=zipcode,
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
