"""HTTP endpoints of fault filings (备案, R14)."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, Response, status

from services.referrals.filings import service
from services.referrals.filings.rules import READERS
from services.referrals.filings.schemas import FilingCreate, FilingRead
from shared.access import Holds, Listed, any_of, authorize, has_role
from shared.auth import Principal, Role
from shared.db import SessionDep
from shared.deps import NowDep
from shared.idempotency import IdempotencyDep
from shared.workdays import quarter_bounds

router = APIRouter(prefix="/fault-filings", tags=["fault filings"])
FILER = "the filing department"
# Any department of the directory files its own results and lists them (R14).
Filer = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=Listed()))]
Reader = Annotated[
    Principal,
    Depends(authorize(Role.OFFICER, condition=any_of(has_role(*READERS), Holds(FILER)))),
]


@router.post("", status_code=status.HTTP_201_CREATED, response_model=FilingRead)
async def file_result(
    body: FilingCreate,
    now: NowDep,
    session: SessionDep,
    principal: Filer,
    response: Response,
    idempotency: IdempotencyDep,
) -> FilingRead:
    """Files the caller's own fault-handling result with SUPERVISION (R14). Callers: officers."""
    filing = await service.file(session, principal=principal, body=body, now=now)
    read, location = FilingRead.model_validate(filing), f"{router.prefix}/{filing.id}"
    await idempotency.record(session, read, location=location)
    await session.commit()
    response.headers["Location"] = location
    return read


@router.get("", response_model=list[FilingRead])
async def list_filings(
    session: SessionDep,
    principal: Filer,
    year: Annotated[int, Query(ge=2000, le=2100)],
    quarter: Annotated[int, Query(ge=1, le=4)],
) -> list[FilingRead]:
    """Lists a quarter's filings. Callers: SUPERVISION (all), other officers (their own)."""
    start, end = quarter_bounds(year, quarter)
    filings = await service.list_filings(session, principal=principal, start=start, end=end)
    return [FilingRead.model_validate(f) for f in filings]


@router.get("/{filing_id}", response_model=FilingRead)
async def read_filing(filing_id: uuid.UUID, session: SessionDep, principal: Reader) -> FilingRead:
    """Gets a filing. Callers: SUPERVISION and the filing department."""
    return FilingRead.model_validate(await service.readable(session, principal, filing_id))
