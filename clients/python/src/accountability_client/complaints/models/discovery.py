from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.endpoint import Endpoint


T = TypeVar("T", bound="Discovery")


@_attrs_define
class Discovery:
    """ Service discovery: where this GeoReport v2 endpoint is and what it speaks.

        Attributes:
            changeset (datetime.datetime):
            contact (str):
            key_service (str):
            endpoints (list[Endpoint]):
     """

    changeset: datetime.datetime
    contact: str
    key_service: str
    endpoints: list[Endpoint]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.endpoint import Endpoint # noqa: PLC0415
        changeset = self.changeset.isoformat()

        contact = self.contact

        key_service = self.key_service

        endpoints = []
        for endpoints_item_data in self.endpoints:
            endpoints_item = endpoints_item_data.to_dict()
            endpoints.append(endpoints_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "changeset": changeset,
            "contact": contact,
            "key_service": key_service,
            "endpoints": endpoints,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.endpoint import Endpoint # noqa: PLC0415
        d = dict(src_dict)
        changeset = datetime.datetime.fromisoformat(d.pop("changeset"))

        contact = d.pop("contact")

        key_service = d.pop("key_service")

        endpoints = []
        _endpoints = d.pop("endpoints")
        for endpoints_item_data in (_endpoints):
            endpoints_item = Endpoint.from_dict(endpoints_item_data)

            endpoints.append(endpoints_item)

        discovery = cls(
            changeset=changeset,
            contact=contact,
            key_service=key_service,
            endpoints=endpoints,
        )

        discovery.additional_properties = d
        return discovery

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
