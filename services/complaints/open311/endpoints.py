"""Open311 GeoReport v2 endpoints (JSON): existing civic clients file and follow complaints.

Requests map onto the web-form intake: the service code is the category; attributes carry the
target department, post and date; first_name/last_name/phone make a named complainant. GET
shows the status only, and only to the holder of the request's tracking secret.
"""

import json
import urllib.parse
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request, Response, status
from pydantic import ValidationError

from services.complaints.complaints import service as complaint_service
from services.complaints.complaints.endpoints import SubmissionKey
from services.complaints.complaints.models import Complaint
from services.complaints.complaints.rules import CATEGORY_TERMS, Category, Channel, Status
from services.complaints.complaints.schemas import ComplaintCreate
from services.complaints.complaints.tracking import normalise_code
from services.complaints.config import SettingsDep
from services.complaints.open311 import repository
from services.complaints.open311.schemas import (
    Attribute,
    AttributeValue,
    RequestCreated,
    RequestForm,
    Service,
    ServiceDefinition,
    ServiceRequest,
)
from services.complaints.public import service as public_service
from services.complaints.public.ratelimit import RATE_LIMITED, PublicClient
from shared.access import PUBLIC
from shared.db import SessionDep
from shared.deps import NowDep
from shared.errors import InvalidInput, NotFound, invalid_field

router = APIRouter(
    prefix="/open311/v2",
    tags=["Open311 GeoReport v2"],
    responses=RATE_LIMITED,
    dependencies=[Depends(PUBLIC)],
)
GROUP = "行政过错投诉"
MAX_IDS = 50
# Following a request needs its secret (our extension, `tracking_secret` of the answer to the
# POST); without it a request answers as an unknown id does, so nothing leaks existence.
TrackingSecret = Annotated[
    str | None,
    Header(
        alias="X-Complaint-Secret",
        max_length=100,
        description="The request's tracking_secret; without it the request is not found",
    ),
]


def _service(category: Category) -> Service:
    term = CATEGORY_TERMS[category]
    return Service(
        service_code=category.value,
        service_name=term,
        description=f"投诉行政机关及其工作人员{term}",
        metadata=True,
        type="realtime",
        keywords=f"{term},{category.value}",
        group=GROUP,
    )


@router.get("/services.json", response_model=list[Service])
async def list_services(_: PublicClient) -> list[Service]:
    """Lists the complaint categories as Open311 services. Callers: anyone."""
    return [_service(category) for category in Category]


@router.get("/services/{service_code}.json", response_model=ServiceDefinition)
async def define_service(
    service_code: str, session: SessionDep, _: PublicClient
) -> ServiceDefinition:
    """Gets a service's attributes, with the departments one may complain about. Callers: anyone."""
    if service_code not in Category.__members__.values():
        raise NotFound(f"no service {service_code}")
    departments = await repository.active_departments(session)
    return ServiceDefinition(
        service_code=service_code,
        attributes=[
            Attribute(
                variable=True,
                code="target_department",
                datatype="singlevaluelist",
                required=True,
                datatype_description=None,
                order=1,
                description="被投诉单位",
                values=[AttributeValue(key=d.code, name=d.name_zh) for d in departments],
            ),
            Attribute(
                variable=True,
                code="event_date",
                datatype="datetime",
                required=True,
                datatype_description="YYYY-MM-DD",
                order=2,
                description="事件发生日期",
            ),
            Attribute(
                variable=True,
                code="target_post",
                datatype="string",
                required=False,
                datatype_description=None,
                order=3,
                description="被投诉岗位或人员",
            ),
        ],
    )


async def _params(request: Request) -> dict[str, Any]:
    """Reads the POST parameters: form-encoded as the spec says, or JSON."""
    raw = await request.body()
    if request.headers.get("content-type", "").startswith("application/json"):
        try:
            data = json.loads(raw or b"{}")
        except ValueError as exc:
            raise InvalidInput("the body is not valid JSON") from exc
        return data if isinstance(data, dict) else {}
    return {k: v[-1] for k, v in urllib.parse.parse_qs(raw.decode(errors="replace")).items()}


def _text(params: dict[str, Any], name: str, shown_as: str = "") -> str | None:
    """Reads an optional text parameter: empty is absent; a JSON value of another type is 422."""
    value = params.get(name)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise invalid_field("must be a string", shown_as or name, kind="string_type")
    return value


def _complaint(params: dict[str, Any]) -> ComplaintCreate:
    nested = params.get("attribute")
    attribute: dict[str, Any] = dict(nested) if isinstance(nested, dict) else {}
    attribute.update({k[10:-1]: v for k, v in params.items() if k.startswith("attribute[")})
    last, first = _text(params, "last_name"), _text(params, "first_name")
    # GeoReport's attribute type is "datetime": the date is its first ten characters.
    event_date = _text(attribute, "event_date", "attribute[event_date]")
    body = {
        "category": params.get("service_code"),
        "description": params.get("description"),
        "target_department": attribute.get("target_department"),
        "target_post": _text(attribute, "target_post", "attribute[target_post]"),
        "event_date": event_date[:10] if event_date else None,
        "complainant": {"name": f"{last or ''}{first or ''}", "phone": _text(params, "phone")}
        if last or first
        else None,
    }
    try:
        return ComplaintCreate.model_validate(body)
    except ValidationError as exc:
        raise InvalidInput(
            "One or more parameters are missing or invalid.",
            errors=[
                {"loc": ["body", *map(str, e["loc"])], "msg": e["msg"], "type": e["type"]}
                for e in exc.errors()
            ],
        ) from exc


def _request_body() -> dict[str, Any]:
    """Documents the body the endpoint reads itself (form-encoded as the spec says, or JSON)."""
    schema = RequestForm.model_json_schema(ref_template="#/components/schemas/{model}")
    schema.pop("$defs")  # Category: already a component of the document (ComplaintCreate)
    return {
        "required": True,
        "description": "GeoReport v2 parameters, form-encoded; JSON is accepted too, where the "
        "attributes may also come as one `attribute` object.",
        "content": {
            "application/x-www-form-urlencoded": {"schema": schema},
            "application/json": {"schema": schema},
        },
    }


@router.post(
    "/requests.json",
    status_code=status.HTTP_201_CREATED,
    response_model=list[RequestCreated],
    responses=complaint_service.NO_SUPERVISION,
    openapi_extra={"requestBody": _request_body()},
)
async def create_request(
    request: Request,
    response: Response,
    session: SessionDep,
    settings: SettingsDep,
    now: NowDep,
    _: PublicClient,
    idempotency_key: SubmissionKey = None,
) -> list[RequestCreated]:
    """Files a complaint as an Open311 service request. Callers: anyone (rate-limited)."""
    submission = await complaint_service.submit(
        session,
        settings=settings,
        now=now,
        body=_complaint(await _params(request)),
        channel=Channel.WEB_FORM,
        principal=None,
        idempotency_key=idempotency_key,
    )
    await session.commit()
    complaint = submission.complaint
    response.headers["Location"] = f"{router.prefix}/requests/{complaint.tracking_code}.json"
    if not submission.created:
        response.headers["Idempotent-Replayed"] = "true"
    return [
        RequestCreated(
            service_request_id=complaint.tracking_code,
            service_notice=f"已受理，承办单位 {complaint.handling_department}，"
            f"办理时限 {complaint.handle_due.isoformat()}",
            account_id=None,
            token=None,
            tracking_secret=submission.secret,
        )
    ]


def _request(complaint: Complaint) -> ServiceRequest:
    category = Category(complaint.category)
    updated = complaint.handled_at or complaint.acknowledged_at or complaint.received_at
    return ServiceRequest(
        service_request_id=complaint.tracking_code,
        status="closed" if complaint.status == Status.HANDLED else "open",
        status_notes=None,
        service_name=CATEGORY_TERMS[category],
        service_code=category.value,
        agency_responsible=complaint.handling_department,
        service_notice=None,
        requested_datetime=complaint.received_at,
        updated_datetime=updated,
        expected_datetime=complaint.handle_due,
    )


@router.get("/requests/{service_request_id}.json", response_model=list[ServiceRequest])
async def read_request(
    service_request_id: str,
    session: SessionDep,
    settings: SettingsDep,
    _: PublicClient,
    secret: TrackingSecret = None,
) -> list[ServiceRequest]:
    """Gets a request's status by its id (the tracking code) and secret. Callers: anyone.

    Without the request's secret the answer is the 404 of an unknown id.
    """
    codes = [normalise_code(service_request_id)]
    found = await public_service.authenticated(
        session, settings=settings, codes=codes, secret=secret
    )
    if not found:
        raise NotFound("no service request with this id")
    return [_request(found[0])]


@router.get("/requests.json", response_model=list[ServiceRequest])
async def read_requests(
    session: SessionDep,
    settings: SettingsDep,
    _: PublicClient,
    service_request_id: Annotated[str, Query(min_length=1, max_length=MAX_IDS * 20)],
    secret: TrackingSecret = None,
) -> list[ServiceRequest]:
    """Gets the status of requests by id (comma-separated) and secret; never a listing.

    Callers: anyone. Only the requests this secret belongs to are answered; the others are
    left out as unknown ids are.
    """
    codes = [normalise_code(c) for c in service_request_id.split(",") if c.strip()][:MAX_IDS]
    found = await public_service.authenticated(
        session, settings=settings, codes=codes, secret=secret
    )
    return [_request(c) for c in found]
