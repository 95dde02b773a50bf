"""Open311 GeoReport v2 documents, mapped onto the complaints of this service, and api keys."""

import uuid
from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from services.complaints.complaints.rules import Category
from services.complaints.complaints.schemas import PHONE_PATTERN, Department, Text4000
from services.complaints.open311.rules import Open311Status
from shared.schemas import FROM_STRING, ReadModel, StrictModel

Format = Literal["json", "xml"]
# Form clients send a field left blank as an empty value: it is the same as no value.
EMPTY_IS_ABSENT = "Optional; empty is the same as absent"
# Decimal degrees as GeoReport sends them (WGS84); the range is checked too.
DEGREES = r"^[+-]?\d{1,3}(\.\d{1,15})?$"
Degrees = Annotated[str, StringConstraints(pattern=DEGREES, max_length=20)]
HttpUrl = Annotated[str, StringConstraints(pattern=r"^https?://[^\s]+$", max_length=2000)]
# A date, or a GeoReport datetime whose first ten characters are the date.
EventDate = Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}", max_length=40)]
Short = Annotated[str, StringConstraints(max_length=200)]


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
    token: str
    service_notice: str
    account_id: str | None
    tracking_secret: str = Field(
        description="Keep it: following the request (X-Complaint-Secret) needs it; shown once"
    )


class TokenRequest(BaseModel):
    """The request a token stands for."""

    service_request_id: str
    token: str


class ServiceRequest(BaseModel):
    """A request as GET returns it: never the description nor anything of the complainant.

    `address`, `media_url` and `status_notes` only with the request's secret; the recent
    requests list (no ids) shows the public fields alone.
    """

    service_request_id: str
    status: Open311Status
    status_notes: str | None
    service_name: str
    service_code: str
    description: None = Field(default=None, description="Never shown (it may name people)")
    agency_responsible: str
    service_notice: str
    requested_datetime: datetime
    updated_datetime: datetime
    expected_datetime: datetime
    address: str | None
    address_id: None = None
    zipcode: None = None
    lat: float | None
    long: float | None
    media_url: str | None


class Endpoint(BaseModel):
    """One endpoint of the service discovery document."""

    specification: str
    url: str
    changeset: datetime
    type: Literal["production", "test"]
    formats: list[str]


class Discovery(BaseModel):
    """Service discovery: where this GeoReport v2 endpoint is and what it speaks."""

    changeset: datetime
    contact: str
    key_service: str
    endpoints: list[Endpoint]


class Error(BaseModel):
    """One error of the specification's error list."""

    code: int
    description: str


class RequestForm(StrictModel):
    """A POSTed service request: the GeoReport v2 parameters, every one a string.

    Validates the body (form-encoded, or JSON with the same names); its fields map onto the
    web-form intake (ComplaintCreate), whose rules apply. `email`, `device_id`, `account_id`
    and `address_id` are accepted and not kept.
    """

    model_config = ConfigDict(
        populate_by_name=False,
        json_schema_extra={
            "examples": [
                {
                    "api_key": "o311_partner-key-issued-by-the-government-office",
                    "service_code": "delay",
                    "description": "办理营业执照拖延两个月未果。",
                    "attribute[target_department]": "SZ-URBAN-MGMT",
                    "attribute[event_date]": "2026-09-01",
                    "attribute[target_post]": "行政服务窗口",
                    "lat": "22.543096",
                    "long": "114.057865",
                    "address_string": "深圳市福田区行政服务大厅",
                    "last_name": "李",
                    "first_name": "四",
                    "phone": "0755-83212345",
                }
            ]
        },
    )

    api_key: Annotated[str, StringConstraints(min_length=1, max_length=100)] = Field(
        description="The partner app's key, issued by the government office"
    )
    jurisdiction_id: Short | None = Field(default=None, description="This city's, when given")
    service_code: Annotated[Category, FROM_STRING] = Field(
        description="The category, from GET services"
    )
    description: Text4000 = Field(description="What happened")
    target_department: Department = Field(
        alias="attribute[target_department]",
        description="Code of the department complained about (GET services/{code})",
    )
    event_date: EventDate = Field(
        alias="attribute[event_date]", description="When it happened (not in the future)"
    )
    target_post: Short | None = Field(
        default=None, alias="attribute[target_post]", description=EMPTY_IS_ABSENT
    )
    lat: Degrees | None = Field(default=None, description="WGS84 latitude of the place, with long")
    long: Degrees | None = Field(default=None, description="WGS84 longitude, with lat")
    address_string: Annotated[str, StringConstraints(max_length=500)] | None = Field(
        default=None, description="Where the fault happened (not the complainant's address)"
    )
    address_id: Short | None = None
    media_url: HttpUrl | None = Field(default=None, description="A picture of the fault")
    last_name: Short | None = Field(
        default=None, description="With first_name (100 characters together): a named complainant"
    )
    first_name: Short | None = None
    phone: Annotated[str, StringConstraints(max_length=30, pattern=PHONE_PATTERN)] | None = Field(
        default=None, description=EMPTY_IS_ABSENT
    )
    email: Short | None = None
    device_id: Short | None = None
    account_id: Short | None = None


class ApiKeyCreate(StrictModel):
    """A partner app to issue an api key to."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"name": "i深圳 app"}]})

    name: Annotated[str, StringConstraints(min_length=1, max_length=200)] = Field(
        description="The partner app the key is for"
    )


class ApiKeyRead(ReadModel):
    """An issued api key, without the key itself."""

    id: uuid.UUID
    name: str
    prefix: str = Field(description="The key's first characters, to tell keys apart")
    issued_at: datetime
    issued_by: str
    revoked_at: datetime | None
    revoked_by: str | None


class ApiKeyIssued(ApiKeyRead):
    """A new api key: `key` is shown here only; give it to the partner app."""

    key: str
