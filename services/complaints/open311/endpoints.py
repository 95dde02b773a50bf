"""Open311 GeoReport v2 endpoints (`.json` and `.xml`): partner apps file and follow complaints.

The six methods and service discovery. A request is a web-form complaint: the service code is
the category; attributes carry the target department, post and date; first_name/last_name/
phone make a named complainant; lat/long/address_string/media_url say where the fault
happened. POST needs a partner app's api key (issued by the government office's admins,
rate-limited per key). Reading follows the privacy rules: see service.py.
"""

import json
import urllib.parse
import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request, Response, status

from services.complaints.complaints import service as complaint_service
from services.complaints.complaints.endpoints import SubmissionKey
from services.complaints.config import SettingsDep
from services.complaints.open311 import service
from services.complaints.open311.formats import (
    CONFLICT,
    FORBIDDEN,
    Open311Route,
    answer,
    document_in_both,
)
from services.complaints.open311.rules import CHANGESET, FORMATS, SPECIFICATION
from services.complaints.open311.schemas import (
    ApiKeyCreate,
    ApiKeyIssued,
    ApiKeyRead,
    Discovery,
    Endpoint,
    Format,
    RequestCreated,
    RequestForm,
    Service,
    ServiceDefinition,
    ServiceRequest,
    TokenRequest,
)
from services.complaints.public.ratelimit import PublicClient
from shared.access import PUBLIC, authorize, has_role
from shared.auth import Principal, Role
from shared.db import SessionDep
from shared.deps import NowDep
from shared.directory import FunctionalRole
from shared.errors import InvalidInput, NotFound
from shared.ratelimit import RateLimitsDep
from shared.schemas import Instant

TAGS = {
    "Open311 GeoReport v2": "Open311 GeoReport v2 (JSON and XML): partner apps file complaints "
    "with an api key and follow them; errors are the specification's list of {code, description}.",
    "Open311 api keys": "The partner apps' api keys, issued and revoked by the government office.",
}
router = APIRouter(
    prefix="/open311",
    tags=["Open311 GeoReport v2"],
    dependencies=[Depends(PUBLIC)],
    route_class=Open311Route,
)
keys_router = APIRouter(prefix="/open311/api-keys", tags=["Open311 api keys"])
KeyAdmin = Annotated[
    Principal,
    Depends(authorize(Role.ADMIN, condition=has_role(FunctionalRole.GOV_OFFICE))),
]
Jurisdiction = Annotated[
    str | None, Query(max_length=200, description="This city's; other values answer 404")
]
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


@router.get(
    "/discovery.{format}",
    response_model=Discovery,
    responses={200: document_in_both("The discovery document")},
)
async def discover(
    format: Format, request: Request, settings: SettingsDep, _: PublicClient
) -> Response:
    """Gets the service discovery document: where GeoReport v2 is and what it speaks."""
    url = settings.open311_public_url or str(request.base_url).rstrip("/") + router.prefix + "/v2"
    endpoint = Endpoint(
        specification=SPECIFICATION,
        url=url,
        changeset=CHANGESET,
        type="production" if settings.environment == "production" else "test",
        formats=[FORMATS["xml"], FORMATS["json"]],
    )
    discovery = Discovery(
        changeset=CHANGESET,
        contact=settings.open311_contact,
        key_service=settings.open311_key_service,
        endpoints=[endpoint],
    )
    return answer(format, "discovery", discovery)


@router.get(
    "/v2/services.{format}",
    response_model=list[Service],
    responses={200: document_in_both("The services")},
)
async def list_services(
    format: Format, settings: SettingsDep, _: PublicClient, jurisdiction_id: Jurisdiction = None
) -> Response:
    """Lists the complaint categories as Open311 services. Callers: anyone."""
    service.check_jurisdiction(settings, jurisdiction_id)
    return answer(format, "services", service.services())


@router.get(
    "/v2/services/{service_code}.{format}",
    response_model=ServiceDefinition,
    responses={200: document_in_both("The service definition")},
)
async def define_service(
    service_code: str,
    format: Format,
    session: SessionDep,
    settings: SettingsDep,
    _: PublicClient,
    jurisdiction_id: Jurisdiction = None,
) -> Response:
    """Gets a service's attributes, with the departments one may complain about. Callers: anyone."""
    service.check_jurisdiction(settings, jurisdiction_id)
    return answer(format, "service_definition", await service.definition(session, service_code))


async def _params(request: Request) -> dict[str, Any]:
    """Reads the POST parameters: form-encoded as the spec says, or JSON."""
    raw = await request.body()
    if request.headers.get("content-type", "").startswith("application/json"):
        try:
            data = json.loads(raw or b"{}")
        except ValueError as exc:
            raise InvalidInput("the body is not valid JSON") from exc
        if not isinstance(data, dict):
            raise InvalidInput("the body must be a JSON object of the parameters")
        return data
    return {k: v[-1] for k, v in urllib.parse.parse_qs(raw.decode(errors="replace")).items()}


def _request_body() -> dict[str, Any]:
    """Documents the body the endpoint reads itself (form-encoded as the spec says, or JSON)."""
    schema = RequestForm.model_json_schema(ref_template="#/components/schemas/{model}")
    schema.pop("$defs")  # Category: already a component of the document (ComplaintCreate)
    return {
        "required": True,
        "description": "GeoReport v2 parameters, form-encoded; JSON is accepted too, where the "
        "attributes may also come as one `attribute` object. Every value is a string.",
        "content": {
            "application/x-www-form-urlencoded": {"schema": schema},
            "application/json": {"schema": schema},
        },
    }


@router.post(
    "/v2/requests.{format}",
    status_code=status.HTTP_201_CREATED,
    response_model=list[RequestCreated],
    responses={
        201: document_in_both("The request created"),
        **FORBIDDEN,
        **CONFLICT,
        **complaint_service.NO_SUPERVISION,
    },
    openapi_extra={"requestBody": _request_body()},
)
async def create_request(
    format: Format,
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    limits: RateLimitsDep,
    now: NowDep,
    idempotency_key: SubmissionKey = None,
) -> Response:
    """Files a complaint as an Open311 service request. Callers: partner apps (api_key)."""
    created, new = await service.file_request(
        session,
        settings=settings,
        limits=limits,
        now=now,
        params=await _params(request),
        idempotency_key=idempotency_key,
    )
    await session.commit()
    headers = {"Location": f"{router.prefix}/v2/requests/{created.service_request_id}.{format}"}
    if not new:
        headers["Idempotent-Replayed"] = "true"
    return answer(format, "service_requests", [created], status.HTTP_201_CREATED, headers)


@router.get(
    "/v2/tokens/{token}.{format}",
    response_model=list[TokenRequest],
    responses={200: document_in_both("The request the token stands for")},
)
async def read_token(
    token: str,
    format: Format,
    session: SessionDep,
    settings: SettingsDep,
    _: PublicClient,
    jurisdiction_id: Jurisdiction = None,
) -> Response:
    """Gets the service_request_id a token stands for. Callers: anyone."""
    service.check_jurisdiction(settings, jurisdiction_id)
    return answer(format, "service_requests", [await service.request_of_token(session, token)])


@router.get(
    "/v2/requests/{service_request_id}.{format}",
    response_model=list[ServiceRequest],
    responses={200: document_in_both("The request")},
)
async def read_request(
    service_request_id: str,
    format: Format,
    session: SessionDep,
    settings: SettingsDep,
    _: PublicClient,
    jurisdiction_id: Jurisdiction = None,
    secret: TrackingSecret = None,
) -> Response:
    """Gets a request by its id (the tracking code) and secret. Callers: anyone.

    Without the request's secret the answer is the 404 of an unknown id.
    """
    service.check_jurisdiction(settings, jurisdiction_id)
    found = await service.requests_by_ids(
        session, settings=settings, ids=service_request_id, secret=secret
    )
    if len(found) != 1:
        raise NotFound("no service request with this id")
    return answer(format, "service_requests", found)


@router.get(
    "/v2/requests.{format}",
    response_model=list[ServiceRequest],
    responses={200: document_in_both("The requests")},
)
async def read_requests(
    format: Format,
    session: SessionDep,
    settings: SettingsDep,
    now: NowDep,
    _: PublicClient,
    jurisdiction_id: Jurisdiction = None,
    service_request_id: Annotated[
        str | None,
        Query(
            max_length=1000,
            description="Comma-delimited ids: those whose secret is sent (the others are left "
            "out); overrides every other parameter",
        ),
    ] = None,
    service_code: Annotated[
        str | None, Query(max_length=400, description="Comma-delimited service codes")
    ] = None,
    start_date: Annotated[Instant | None, Query(description="W3C datetime")] = None,
    end_date: Annotated[Instant | None, Query(description="W3C datetime")] = None,
    status: Annotated[
        str | None,
        Query(pattern=r"^(open|closed)(,(open|closed))*$", description="open, closed or both"),
    ] = None,
    secret: TrackingSecret = None,
) -> Response:
    """Lists requests: by ids with their secret, else the last 90 days (1,000 at most).

    Callers: anyone. Without ids the list shows public fields only: no address, picture or
    status notes, never the description (docs/complaints.md).
    """
    service.check_jurisdiction(settings, jurisdiction_id)
    if service_request_id is not None:
        found = await service.requests_by_ids(
            session, settings=settings, ids=service_request_id, secret=secret
        )
    else:
        found = await service.recent_requests(
            session,
            now=now,
            service_code=service_code,
            start_date=start_date,
            end_date=end_date,
            status=status,
        )
    return answer(format, "service_requests", found)


@keys_router.post("", status_code=status.HTTP_201_CREATED, response_model=ApiKeyIssued)
async def issue_api_key(
    body: ApiKeyCreate, response: Response, session: SessionDep, now: NowDep, principal: KeyAdmin
) -> ApiKeyIssued:
    """Issues an api key to a partner app, shown only here. Callers: GOV_OFFICE admins."""
    key, secret = await service.issue_key(session, name=body.name, principal=principal, now=now)
    await session.commit()
    response.headers["Location"] = f"{keys_router.prefix}/{key.id}"
    return ApiKeyIssued(**ApiKeyRead.model_validate(key).model_dump(), key=secret)


@keys_router.get("", response_model=list[ApiKeyRead])
async def list_api_keys(session: SessionDep, _: KeyAdmin) -> list[ApiKeyRead]:
    """Lists the issued api keys (never the keys themselves). Callers: GOV_OFFICE admins."""
    return [ApiKeyRead.model_validate(k) for k in await service.keys(session)]


@keys_router.post("/{key_id}/revoke", response_model=ApiKeyRead)
async def revoke_api_key(
    key_id: uuid.UUID, session: SessionDep, now: NowDep, principal: KeyAdmin
) -> ApiKeyRead:
    """Revokes an api key: its requests are refused from now on. Callers: GOV_OFFICE admins."""
    key = await service.revoke_key(session, key_id=key_id, principal=principal, now=now)
    await session.commit()
    return ApiKeyRead.model_validate(key)
