"""Open311 GeoReport v2 documents (JSON), mapped onto the complaints of this service."""

from datetime import date, datetime

from pydantic import BaseModel


class Service(BaseModel):
    """An entry of the service list: one complaint category."""

    service_code: str
    service_name: str
    description: str
    metadata: bool
    type: str
    keywords: str
    group: str


class AttributeValue(BaseModel):
    """One allowed value of a list attribute."""

    key: str
    name: str


class Attribute(BaseModel):
    """One attribute of a service definition."""

    variable: bool
    code: str
    datatype: str
    required: bool
    datatype_description: str | None
    order: int
    description: str
    values: list[AttributeValue] | None = None


class ServiceDefinition(BaseModel):
    """The attributes a client sends with a request of this service."""

    service_code: str
    attributes: list[Attribute]


class RequestCreated(BaseModel):
    """The answer to a POSTed request; `tracking_secret` is this service's extension."""

    service_request_id: str
    service_notice: str
    account_id: str | None
    token: str | None
    tracking_secret: str


class ServiceRequest(BaseModel):
    """A request as GET returns it: status only, nothing the complainant wrote."""

    service_request_id: str
    status: str
    status_notes: str | None
    service_name: str
    service_code: str
    agency_responsible: str
    service_notice: str | None
    requested_datetime: datetime
    updated_datetime: datetime
    expected_datetime: date
    address: str | None = None
    lat: float | None = None
    long: float | None = None
