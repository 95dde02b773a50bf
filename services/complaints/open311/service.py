"""Open311 GeoReport v2 onto the complaints: requests filed by partner apps, read by anyone.

A request is a web-form complaint (the intake's own `submit`), filed with a partner app's api
key. Reading follows the project's privacy rules: never the description or the complainant;
one request in full only with its tracking secret; the recent requests list shows public
fields only (docs/complaints.md).
"""

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from services.complaints.complaints import service as complaint_service
from services.complaints.complaints.models import Complaint
from services.complaints.complaints.rules import CATEGORY_TERMS, Category, Channel
from services.complaints.complaints.schemas import ComplaintCreate
from services.complaints.complaints.tracking import normalise_code
from services.complaints.config import ComplaintsSettings
from services.complaints.database import audit
from services.complaints.open311 import repository
from services.complaints.open311.models import ApiKey, FiledRequest
from services.complaints.open311.repository import Place
from services.complaints.open311.rules import (
    MAX_IDS,
    MAX_ROWS,
    Open311Status,
    api_key_hash,
    comma_list,
    complaint_statuses,
    expected_datetime,
    new_api_key,
    open311_status,
    query_window,
    service_notice,
    token_of,
)
from services.complaints.open311.schemas import (
    Attribute,
    AttributeValue,
    RequestCreated,
    RequestForm,
    Service,
    ServiceDefinition,
    ServiceRequest,
    TokenRequest,
)
from services.complaints.public import service as public_service
from shared.auth import Principal
from shared.errors import Forbidden, InvalidInput, NotFound, invalid_field
from shared.ratelimit import RateLimits, per_minute

GROUP = "行政过错投诉"
# Open311 parameter names of the intake's fields, for the errors a client reads.
PARAMETERS = {
    "category": "service_code",
    "target_department": "attribute[target_department]",
    "event_date": "attribute[event_date]",
    "target_post": "attribute[target_post]",
    "complainant": "last_name",
    "name": "last_name",
}


def check_jurisdiction(settings: ComplaintsSettings, jurisdiction_id: str | None) -> None:
    """Refuses a jurisdiction_id other than this city's (none given: this city)."""
    if jurisdiction_id and jurisdiction_id != settings.open311_jurisdiction_id:
        raise NotFound(f"jurisdiction_id {jurisdiction_id} is not served here")


def services() -> list[Service]:
    """Gets the complaint categories as GeoReport services."""
    return [
        Service(
            service_code=category.value,
            service_name=CATEGORY_TERMS[category],
            description=f"投诉行政机关及其工作人员{CATEGORY_TERMS[category]}",
            metadata=True,
            type="realtime",
            keywords=f"{CATEGORY_TERMS[category]},{category.value}",
            group=GROUP,
        )
        for category in Category
    ]


async def definition(session: AsyncSession, service_code: str) -> ServiceDefinition:
    """Gets a service's attributes, with the departments one may complain about."""
    if service_code not in Category.__members__.values():
        raise NotFound(f"no service {service_code}")
    departments = await repository.active_departments(session)
    attribute = Attribute(
        variable=True,
        code="target_department",
        datatype="singlevaluelist",
        required=True,
        datatype_description=None,
        order=1,
        description="被投诉单位",
        values=[AttributeValue(key=d.code, name=d.name_zh) for d in departments],
    )
    event_date = Attribute(
        variable=True,
        code="event_date",
        datatype="datetime",
        required=True,
        datatype_description="YYYY-MM-DD (a datetime is read by its date)",
        order=2,
        description="事件发生日期",
    )
    post = Attribute(
        variable=True,
        code="target_post",
        datatype="string",
        required=False,
        datatype_description=None,
        order=3,
        description="被投诉岗位或人员",
    )
    return ServiceDefinition(service_code=service_code, attributes=[attribute, event_date, post])


def _invalid(exc: ValidationError, names: dict[str, str]) -> InvalidInput:
    errors = [
        {
            "loc": ["body", names.get(str(e["loc"][0]), str(e["loc"][0])) if e["loc"] else "body"],
            "msg": e["msg"],
            "type": e["type"],
        }
        for e in exc.errors()
    ]
    return InvalidInput("One or more parameters are missing or invalid.", errors=errors)


def read_form(params: dict[str, Any]) -> RequestForm:
    """Validates the POSTed parameters; a value left empty is absent."""
    nested = params.pop("attribute", None)
    if isinstance(nested, dict):
        params.update({f"attribute[{k}]": v for k, v in nested.items()})
    try:
        form = RequestForm.model_validate({k: v for k, v in params.items() if v != ""})
    except ValidationError as exc:
        raise _invalid(exc, {}) from exc
    if (form.lat is None) != (form.long is None):
        raise invalid_field("lat and long go together", "lat" if form.lat is None else "long")
    for name, bound in (("lat", 90), ("long", 180)):
        value = getattr(form, name)
        if value is not None and abs(float(value)) > bound:
            raise invalid_field(f"{name} must be within ±{bound} degrees", name, kind="range")
    return form


def complaint_of(form: RequestForm) -> ComplaintCreate:
    """Maps a request onto the web-form intake (the intake's rules apply)."""
    last, first = form.last_name or "", form.first_name or ""
    body = {
        "category": form.service_code,
        "description": form.description,
        "target_department": form.target_department,
        "target_post": form.target_post,
        "event_date": form.event_date[:10],
        "complainant": {"name": last + first, "phone": form.phone} if last or first else None,
    }
    try:
        return ComplaintCreate.model_validate(body)
    except ValidationError as exc:
        raise _invalid(exc, PARAMETERS) from exc


async def api_key(session: AsyncSession, key: str) -> ApiKey:
    """Gets the api key a request carries; 403 when it is unknown or revoked."""
    found = await repository.key_by_hash(session, api_key_hash(key))
    if found is None or found.revoked_at is not None:
        raise Forbidden("invalid api_key: unknown or revoked")
    return found


async def file_request(
    session: AsyncSession,
    *,
    settings: ComplaintsSettings,
    limits: RateLimits,
    now: datetime,
    params: dict[str, Any],
    idempotency_key: str | None,
) -> tuple[RequestCreated, bool]:
    """Files a request as a web-form complaint; gets the answer and whether it was created."""
    form = read_form(params)
    check_jurisdiction(settings, form.jurisdiction_id)
    key = await api_key(session, form.api_key)
    limit = per_minute(settings.open311_key_rate_limit_per_minute)
    await limits.hit(limit, "open311-key", str(key.id), detail="too many requests with this key")
    place = Place(
        float(form.lat) if form.lat else None,
        float(form.long) if form.long else None,
        form.address_string,
        form.media_url,
    )
    try:
        submission = await complaint_service.submit(
            session,
            settings=settings,
            now=now,
            body=complaint_of(form),
            channel=Channel.WEB_FORM,
            principal=None,
            idempotency_key=idempotency_key,
            place=place._asdict(),
        )
    except InvalidInput as problem:  # the intake's rules name its own fields
        for error in problem.extensions.get("errors") or []:
            error["loc"] = [*error["loc"][:-1], PARAMETERS.get(error["loc"][-1], error["loc"][-1])]
        raise
    # Written now (the place with it): whether it is new decides the filed request.
    submission = await complaint_service.settled(session, settings=settings, submission=submission)
    complaint = submission.complaint
    token = token_of(settings.tracking_pepper, str(complaint.id))
    if submission.created:
        filed = FiledRequest(
            complaint_id=complaint.id, api_key_id=key.id, token_hash=api_key_hash(token)
        )
        await repository.add(session, filed)
    answer = RequestCreated(
        service_request_id=complaint.tracking_code,
        token=token,
        service_notice=service_notice(complaint.handling_department, complaint.handle_due),
        account_id=None,
        tracking_secret=submission.secret,
    )
    return answer, submission.created


def request_of(complaint: Complaint, *, full: bool) -> ServiceRequest:
    """Builds a request as GET shows it; `full` (the secret's holder) adds its own details."""
    category = Category(complaint.category)
    updated = complaint.handled_at or complaint.acknowledged_at or complaint.received_at
    return ServiceRequest(
        service_request_id=complaint.tracking_code,
        status=open311_status(complaint.status),
        status_notes=complaint.public_result if full else None,
        service_name=CATEGORY_TERMS[category],
        service_code=category.value,
        agency_responsible=complaint.handling_department,
        service_notice=service_notice(complaint.handling_department, complaint.handle_due),
        requested_datetime=complaint.received_at,
        updated_datetime=updated,
        expected_datetime=expected_datetime(complaint.handle_due),
        address=complaint.address_string if full else None,
        lat=complaint.lat,
        long=complaint.long,
        media_url=complaint.media_url if full else None,
    )


async def requests_by_ids(
    session: AsyncSession, *, settings: ComplaintsSettings, ids: str, secret: str | None
) -> list[ServiceRequest]:
    """Gets the requests among these ids whose secret this is (the others as unknown ids)."""
    codes = [normalise_code(c) for c in comma_list(ids)][:MAX_IDS]
    found = await public_service.authenticated(
        session, settings=settings, codes=codes, secret=secret
    )
    return [request_of(c, full=True) for c in found]


async def recent_requests(
    session: AsyncSession,
    *,
    now: datetime,
    service_code: str | None,
    start_date: datetime | None,
    end_date: datetime | None,
    status: str | None,
) -> list[ServiceRequest]:
    """Lists the requests of a period (the last 90 days), newest first, public fields only."""
    codes = comma_list(service_code)
    unknown = [c for c in codes if c not in Category.__members__.values()]
    if unknown:
        raise invalid_field(f"unknown service_code {unknown[0]}", "service_code", where="query")
    statuses = comma_list(status)
    if any(s not in Open311Status.__members__.values() for s in statuses):
        raise invalid_field("status is open, closed or both", "status", where="query")
    window = query_window(start_date, end_date, now)
    if isinstance(window, str):
        raise invalid_field(window, "start_date", where="query", kind="range")
    rows = await repository.recent(
        session,
        start=window.start,
        end=window.end,
        categories=codes,
        statuses=complaint_statuses({Open311Status(s) for s in statuses}) if statuses else set(),
        limit=MAX_ROWS,
    )
    return [request_of(c, full=False) for c in rows]


async def request_of_token(session: AsyncSession, token: str) -> TokenRequest:
    """Gets the request a token stands for."""
    code = await repository.code_of_token(session, api_key_hash(token))
    if code is None:
        raise NotFound("no service request with this token")
    return TokenRequest(service_request_id=code, token=token)


async def keys(session: AsyncSession) -> Sequence[ApiKey]:
    """Gets every issued api key, newest first."""
    return await repository.keys(session)


async def issue_key(
    session: AsyncSession, *, name: str, principal: Principal, now: datetime
) -> tuple[ApiKey, str]:
    """Issues an api key to a partner app; gets the row and the key (shown once)."""
    secret = new_api_key()
    key = ApiKey(
        id=uuid.uuid4(),
        name=name,
        key_hash=api_key_hash(secret),
        prefix=secret[:12],
        issued_at=now,
        issued_by=principal.subject,
    )
    await repository.add(session, key)
    await audit.append(
        session,
        principal=principal,
        at=now,
        action="open311.api_key.issued",
        record=("open311_api_key", key.id),
        detail={"name": name, "prefix": key.prefix},
    )
    return key, secret


async def revoke_key(
    session: AsyncSession, *, key_id: uuid.UUID, principal: Principal, now: datetime
) -> ApiKey:
    """Revokes an api key: requests carrying it are refused from now on (403)."""
    key = await repository.key(session, key_id, lock=True)
    if key is None:
        raise NotFound(f"no api key {key_id}")
    if key.revoked_at is None:
        key.revoked_at, key.revoked_by = now, principal.subject
        await session.flush()
        await audit.append(
            session,
            principal=principal,
            at=now,
            action="open311.api_key.revoked",
            record=("open311_api_key", key.id),
            detail={"name": key.name, "prefix": key.prefix},
        )
    return key
