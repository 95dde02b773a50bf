"""HTTP endpoints of the quarterly complaint-channel publication (R11)."""

import hashlib
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request, Response

from services.registry.channels import service
from services.registry.channels.models import ChannelPublication
from services.registry.channels.schemas import ChannelPublicationRead, MissingChannel
from services.registry.tasks.rules import OVERSEERS
from shared.access import PUBLIC, authorize, has_role
from shared.auth import Principal, Role
from shared.db import SessionDep

router = APIRouter(prefix="/complaint-channels", tags=["departments"])
public_router = APIRouter(
    prefix="/public/complaint-channels",
    tags=["departments (public)"],
    dependencies=[Depends(PUBLIC)],
)
Overseer = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=has_role(*OVERSEERS)))]
# A past quarter's list never changes; the latest one changes when the next quarter begins.
FROZEN, LATEST = "public, max-age=86400, immutable", "public, max-age=300"


def _cached(request: Request, publication: ChannelPublication, policy: str) -> Response:
    body = ChannelPublicationRead.model_validate(publication).model_dump_json()
    etag = '"' + hashlib.sha256(body.encode()).hexdigest()[:32] + '"'
    headers = {"Cache-Control": policy, "ETag": etag}
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers=headers)
    return Response(body, media_type="application/json", headers=headers)


@router.get("/missing", response_model=list[MissingChannel])
async def list_missing_channels(session: SessionDep, _: Overseer) -> list[MissingChannel]:
    """Lists the departments that still name no complaint phone or web address (R11).

    Callers: officers of GOV_OFFICE and SUPERVISION.
    """
    return (await service.channels_now(session))[1]


@public_router.get(
    "/latest",
    response_model=ChannelPublicationRead,
    responses={304: {"description": "Not modified (If-None-Match)"}},
)
async def read_latest_publication(request: Request, session: SessionDep) -> Response:
    """Gets the newest quarter's city-wide list of complaint channels (R11). Callers: the public."""
    return _cached(request, await service.latest(session), LATEST)


@public_router.get(
    "/{year}/{quarter}",
    response_model=ChannelPublicationRead,
    responses={304: {"description": "Not modified (If-None-Match)"}},
)
async def read_publication(
    request: Request,
    session: SessionDep,
    year: Annotated[int, Path(ge=2000, le=2100)],
    quarter: Annotated[int, Path(ge=1, le=4)],
) -> Response:
    """Gets one quarter's city-wide list of complaint channels (R11). Callers: the public."""
    return _cached(request, await service.publication(session, year, quarter), FROZEN)
