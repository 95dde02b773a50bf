"""Filing fault-handling results with supervision, and reading them (R14)."""

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.referrals.database import audit, directory, outbox
from services.referrals.events import FaultFiled
from services.referrals.filings import repository
from services.referrals.filings.models import FaultFiling
from services.referrals.filings.rules import READERS, may_read
from services.referrals.filings.schemas import FilingCreate
from shared.auth import Principal
from shared.errors import NotFound, invalid_field
from shared.workdays import local_date


async def file(
    session: AsyncSession, *, principal: Principal, body: FilingCreate, now: datetime
) -> FaultFiling:
    """Files the caller's own fault-handling result; supervision receives it (R14)."""
    await directory.caller_role(session, principal.department)  # a listed, active department
    if body.handled_on > local_date(now):
        raise invalid_field(
            "the result cannot be decided in the future", "handled_on", kind="future"
        )
    if len(set(body.sanctions)) != len(body.sanctions):
        raise invalid_field("a form of accountability is listed twice", "sanctions")
    filing = await repository.add(
        session,
        FaultFiling(
            id=uuid.uuid4(),
            filed_by=principal.department,
            filed_by_subject=principal.subject,
            title=body.title,
            fault=body.fault,
            outcome=body.outcome,
            handled_on=body.handled_on,
            persons=body.persons,
            sanctions=[str(s) for s in body.sanctions],
            filed_at=now,
        ),
    )
    await outbox.add(
        session,
        FaultFiled(
            filing_id=filing.id,
            title=filing.title,
            filed_by=filing.filed_by,
            handled_on=filing.handled_on,
            persons=filing.persons,
            sanctions=filing.sanctions,
            filed_at=now,
        ),
        subject=str(filing.id),
    )
    # Last before the commit: the audit lock is held only from here to the commit.
    await audit.append(
        session,
        principal=principal,
        at=now,
        action="filing.filed",
        record=("filing", filing.id),
        detail={"sanctions": filing.sanctions, "persons": filing.persons},
    )
    return filing


async def readable(
    session: AsyncSession, principal: Principal, filing_id: uuid.UUID
) -> FaultFiling:
    """Gets a filing the caller may read: supervision, or the filing department."""
    # The caller's role first (403 for a department not in the directory), whatever the id.
    role = await directory.caller_role(session, principal.department)
    filing = await repository.get(session, filing_id)
    if filing is None:
        raise NotFound(f"no fault filing {filing_id}")
    if not may_read(principal.department, role, filing.filed_by):
        # Outside its scope a caller learns nothing, not even that the filing exists.
        raise NotFound(f"no fault filing {filing_id}")
    return filing


async def list_filings(
    session: AsyncSession, *, principal: Principal, start: datetime, end: datetime
) -> Sequence[FaultFiling]:
    """Lists a period's filings: all for supervision, else the caller's own."""
    role = await directory.caller_role(session, principal.department)
    own = None if role in READERS else principal.department
    return await repository.filed_between(session, start, end, filed_by=own)
