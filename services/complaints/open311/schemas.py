"""Open311 GeoReport v2 documents (JSON), mapped onto the complaints of this service."""

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field

from services.complaints.complaints.rules import Category
from services.complaints.complaints.schemas import PHONE_PATTERN, Department, Text4000

# Form clients send a field left blank as an empty value: it is the same as no value.
EMPTY_IS_ABSENT = "Optional; empty is the same as absent"


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


class RequestForm(BaseModel):
    """A POSTed service request: GeoReport v2 parameters; others (lat, long, email...) are ignored.

    Documents the body; the endpoint maps it onto ComplaintCreate, whose rules apply.
    """

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "examples": [
                {
                    "service_code": "delay",
                    "description": "办理营业执照拖延两个月未果。",
                    "attribute[target_department]": "SZ-URBAN-MGMT",
                    "attribute[event_date]": "2026-09-01",
                    "attribute[target_post]": "行政服务窗口",
                    "last_name": "李",
                    "first_name": "四",
                    "phone": "0755-83212345",
                }
            ]
        },
    )

    service_code: Category = Field(description="The category, from GET /services.json")
    description: Text4000 = Field(description="What happened")
    target_department: Department = Field(
        alias="attribute[target_department]",
        description="Code of the department complained about (GET /services/{code}.json)",
    )
    event_date: date = Field(
        alias="attribute[event_date]", description="When it happened (not in the future)"
    )
    target_post: str | None = Field(
        default=None, alias="attribute[target_post]", max_length=200, description=EMPTY_IS_ABSENT
    )
    last_name: str | None = Field(
        default=None, description="With first_name (100 characters together): a named complainant"
    )
    first_name: str | None = None
    phone: str | None = Field(
        default=None, max_length=30, pattern=f"^$|{PHONE_PATTERN}", description=EMPTY_IS_ABSENT
    )
