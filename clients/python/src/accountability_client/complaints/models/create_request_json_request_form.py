from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.category import Category
from ..models.category import check_category
from ..types import UNSET, Unset
from typing import cast


T = TypeVar("T", bound="CreateRequestJsonRequestForm")


@_attrs_define
class CreateRequestJsonRequestForm:
    """ A POSTed service request: the GeoReport v2 parameters, every one a string.

    Validates the body (form-encoded, or JSON with the same names); its fields map onto the
    web-form intake (ComplaintCreate), whose rules apply. `email`, `device_id`, `account_id`
    and `address_id` are accepted and not kept.

        Attributes:
            api_key (str): The partner app's key, issued by the government office
            service_code (Category): What kind of administrative fault the complaint alleges.
            description (str): What happened
            attributetarget_department (str): Code of the department complained about (GET services/{code})
            attributeevent_date (str): When it happened (not in the future)
            jurisdiction_id (None | str | Unset): This city's, when given
            attributetarget_post (None | str | Unset): Optional; empty is the same as absent
            lat (None | str | Unset): WGS84 latitude of the place, with long
            long (None | str | Unset): WGS84 longitude, with lat
            address_string (None | str | Unset): Where the fault happened (not the complainant's address)
            address_id (None | str | Unset):
            media_url (None | str | Unset): A picture of the fault
            last_name (None | str | Unset): With first_name (100 characters together): a named complainant
            first_name (None | str | Unset):
            phone (None | str | Unset): Optional; empty is the same as absent
            email (None | str | Unset):
            device_id (None | str | Unset):
            account_id (None | str | Unset):
     """

    api_key: str
    service_code: Category
    description: str
    attributetarget_department: str
    attributeevent_date: str
    jurisdiction_id: None | str | Unset = UNSET
    attributetarget_post: None | str | Unset = UNSET
    lat: None | str | Unset = UNSET
    long: None | str | Unset = UNSET
    address_string: None | str | Unset = UNSET
    address_id: None | str | Unset = UNSET
    media_url: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    device_id: None | str | Unset = UNSET
    account_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        api_key = self.api_key

        service_code: str = self.service_code

        description = self.description

        attributetarget_department = self.attributetarget_department

        attributeevent_date = self.attributeevent_date

        jurisdiction_id: None | str | Unset
        if isinstance(self.jurisdiction_id, Unset):
            jurisdiction_id = UNSET
        else:
            jurisdiction_id = self.jurisdiction_id

        attributetarget_post: None | str | Unset
        if isinstance(self.attributetarget_post, Unset):
            attributetarget_post = UNSET
        else:
            attributetarget_post = self.attributetarget_post

        lat: None | str | Unset
        if isinstance(self.lat, Unset):
            lat = UNSET
        else:
            lat = self.lat

        long: None | str | Unset
        if isinstance(self.long, Unset):
            long = UNSET
        else:
            long = self.long

        address_string: None | str | Unset
        if isinstance(self.address_string, Unset):
            address_string = UNSET
        else:
            address_string = self.address_string

        address_id: None | str | Unset
        if isinstance(self.address_id, Unset):
            address_id = UNSET
        else:
            address_id = self.address_id

        media_url: None | str | Unset
        if isinstance(self.media_url, Unset):
            media_url = UNSET
        else:
            media_url = self.media_url

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        device_id: None | str | Unset
        if isinstance(self.device_id, Unset):
            device_id = UNSET
        else:
            device_id = self.device_id

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        field_dict: dict[str, Any] = {}

        field_dict.update({
            "api_key": api_key,
            "service_code": service_code,
            "description": description,
            "attribute[target_department]": attributetarget_department,
            "attribute[event_date]": attributeevent_date,
        })
        if jurisdiction_id is not UNSET:
            field_dict["jurisdiction_id"] = jurisdiction_id
        if attributetarget_post is not UNSET:
            field_dict["attribute[target_post]"] = attributetarget_post
        if lat is not UNSET:
            field_dict["lat"] = lat
        if long is not UNSET:
            field_dict["long"] = long
        if address_string is not UNSET:
            field_dict["address_string"] = address_string
        if address_id is not UNSET:
            field_dict["address_id"] = address_id
        if media_url is not UNSET:
            field_dict["media_url"] = media_url
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if email is not UNSET:
            field_dict["email"] = email
        if device_id is not UNSET:
            field_dict["device_id"] = device_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        api_key = d.pop("api_key")

        service_code = check_category(d.pop("service_code"))

        description = d.pop("description")

        attributetarget_department = d.pop("attribute[target_department]")

        attributeevent_date = d.pop("attribute[event_date]")

        def _parse_jurisdiction_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        jurisdiction_id = _parse_jurisdiction_id(d.pop("jurisdiction_id", UNSET))

        def _parse_attributetarget_post(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        attributetarget_post = _parse_attributetarget_post(d.pop("attribute[target_post]", UNSET))

        def _parse_lat(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lat = _parse_lat(d.pop("lat", UNSET))

        def _parse_long(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        long = _parse_long(d.pop("long", UNSET))

        def _parse_address_string(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_string = _parse_address_string(d.pop("address_string", UNSET))

        def _parse_address_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address_id = _parse_address_id(d.pop("address_id", UNSET))

        def _parse_media_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        media_url = _parse_media_url(d.pop("media_url", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_device_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        device_id = _parse_device_id(d.pop("device_id", UNSET))

        def _parse_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_id = _parse_account_id(d.pop("account_id", UNSET))

        create_request_json_request_form = cls(
            api_key=api_key,
            service_code=service_code,
            description=description,
            attributetarget_department=attributetarget_department,
            attributeevent_date=attributeevent_date,
            jurisdiction_id=jurisdiction_id,
            attributetarget_post=attributetarget_post,
            lat=lat,
            long=long,
            address_string=address_string,
            address_id=address_id,
            media_url=media_url,
            last_name=last_name,
            first_name=first_name,
            phone=phone,
            email=email,
            device_id=device_id,
            account_id=account_id,
        )

        return create_request_json_request_form
