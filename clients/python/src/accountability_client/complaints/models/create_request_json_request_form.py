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
import datetime


T = TypeVar("T", bound="CreateRequestJsonRequestForm")


@_attrs_define
class CreateRequestJsonRequestForm:
    """ A POSTed service request: GeoReport v2 parameters; others (lat, long, email...) are ignored.

    Documents the body; the endpoint maps it onto ComplaintCreate, whose rules apply.

        Attributes:
            service_code (Category): What kind of administrative fault the complaint alleges.
            description (str): What happened
            attributetarget_department (str): Code of the department complained about (GET /services/{code}.json)
            attributeevent_date (datetime.date): When it happened (not in the future)
            attributetarget_post (None | str | Unset): Optional; empty is the same as absent
            last_name (None | str | Unset): With first_name (100 characters together): a named complainant
            first_name (None | str | Unset):
            phone (None | str | Unset): Optional; empty is the same as absent
     """

    service_code: Category
    description: str
    attributetarget_department: str
    attributeevent_date: datetime.date
    attributetarget_post: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_code: str = self.service_code

        description = self.description

        attributetarget_department = self.attributetarget_department

        attributeevent_date = self.attributeevent_date.isoformat()

        attributetarget_post: None | str | Unset
        if isinstance(self.attributetarget_post, Unset):
            attributetarget_post = UNSET
        else:
            attributetarget_post = self.attributetarget_post

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "service_code": service_code,
            "description": description,
            "attribute[target_department]": attributetarget_department,
            "attribute[event_date]": attributeevent_date,
        })
        if attributetarget_post is not UNSET:
            field_dict["attribute[target_post]"] = attributetarget_post
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service_code = check_category(d.pop("service_code"))

        description = d.pop("description")

        attributetarget_department = d.pop("attribute[target_department]")

        attributeevent_date = datetime.date.fromisoformat(d.pop("attribute[event_date]"))

        def _parse_attributetarget_post(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        attributetarget_post = _parse_attributetarget_post(d.pop("attribute[target_post]", UNSET))

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

        create_request_json_request_form = cls(
            service_code=service_code,
            description=description,
            attributetarget_department=attributetarget_department,
            attributeevent_date=attributeevent_date,
            attributetarget_post=attributetarget_post,
            last_name=last_name,
            first_name=first_name,
            phone=phone,
        )

        create_request_json_request_form.additional_properties = d
        return create_request_json_request_form

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
