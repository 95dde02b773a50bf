from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.endpoint_type import check_endpoint_type
from ..models.endpoint_type import EndpointType
from typing import cast
import datetime


T = TypeVar("T", bound="Endpoint")


@_attrs_define
class Endpoint:
    """ One endpoint of the service discovery document.

        Attributes:
            specification (str):
            url (str):
            changeset (datetime.datetime):
            type_ (EndpointType):
            formats (list[str]):
     """

    specification: str
    url: str
    changeset: datetime.datetime
    type_: EndpointType
    formats: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        specification = self.specification

        url = self.url

        changeset = self.changeset.isoformat()

        type_: str = self.type_

        formats = self.formats

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "specification": specification,
            "url": url,
            "changeset": changeset,
            "type": type_,
            "formats": formats,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        specification = d.pop("specification")

        url = d.pop("url")

        changeset = datetime.datetime.fromisoformat(d.pop("changeset"))

        type_ = check_endpoint_type(d.pop("type"))

        formats = cast(list[str], d.pop("formats"))

        endpoint = cls(
            specification=specification,
            url=url,
            changeset=changeset,
            type_=type_,
            formats=formats,
        )

        endpoint.additional_properties = d
        return endpoint

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
