from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="RequestCreated")


@_attrs_define
class RequestCreated:
    """ The answer to a POSTed request; `tracking_secret` is this service's extension.

        Attributes:
            service_request_id (str):
            token (str):
            service_notice (str):
            account_id (None | str):
            tracking_secret (str): Keep it: following the request (X-Complaint-Secret) needs it; shown once
     """

    service_request_id: str
    token: str
    service_notice: str
    account_id: None | str
    tracking_secret: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_request_id = self.service_request_id

        token = self.token

        service_notice = self.service_notice

        account_id: None | str
        account_id = self.account_id

        tracking_secret = self.tracking_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "service_request_id": service_request_id,
            "token": token,
            "service_notice": service_notice,
            "account_id": account_id,
            "tracking_secret": tracking_secret,
        })

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service_request_id = d.pop("service_request_id")

        token = d.pop("token")

        service_notice = d.pop("service_notice")

        def _parse_account_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        account_id = _parse_account_id(d.pop("account_id"))

        tracking_secret = d.pop("tracking_secret")

        request_created = cls(
            service_request_id=service_request_id,
            token=token,
            service_notice=service_notice,
            account_id=account_id,
            tracking_secret=tracking_secret,
        )

        request_created.additional_properties = d
        return request_created

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
