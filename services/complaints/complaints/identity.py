"""The complainant's identity: kept from the accused unit, read with a purpose, every read logged.

The petition rule (信访人的检举、揭发材料及有关情况不得转送给被检举、揭发的人员或者单位): the
department a complaint concerns, and every unit below it in the directory, handles the
matter forwarded to it (转办) but never learns who complained.
"""

import uuid
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.complaints.complaints import repository
from services.complaints.complaints.models import Complainant, Complaint, IdentityRead
from services.complaints.complaints.rules import may_read_identity
from services.complaints.complaints.service import accused, readable
from services.complaints.database import audit
from shared.auth import Principal
from shared.errors import ConflictOfInterest, Forbidden, NotFound, invalid_field


async def read(
    session: AsyncSession,
    *,
    principal: Principal,
    complaint_id: uuid.UUID,
    purpose: str,
    now: datetime,
) -> Complainant:
    """Gets the complainant for a handling role outside the accused unit; logs the read."""
    complaint = await readable(session, principal=principal, complaint_id=complaint_id)
    if not purpose.strip():
        raise invalid_field("state why the identity is read", "purpose", where="query")
    inside = await accused(session, principal.department, complaint)
    if not may_read_identity(
        principal.department,
        accused=inside,
        handler=complaint.handling_department,
        forwarder=complaint.forwarded_by,
        overseers=[complaint.overseen_by] if complaint.overseen_by else [],
    ):
        if inside:
            raise ConflictOfInterest(
                f"conflict of interest: the complaint concerns {complaint.target_department}, "
                f"which {principal.department} is or belongs to; the petition rule keeps the "
                "complainant's identity from it"
            )
        raise Forbidden("only the handling or forwarding unit and the overseer read the identity")
    person = await repository.complainant(session, complaint_id)
    if person is None:
        raise NotFound("the complainant is anonymous")
    await repository.add(
        session,
        IdentityRead(
            complaint_id=complaint_id,
            department=principal.department,
            subject=principal.subject,
            purpose=purpose,
            read_at=now,
        ),
    )
    # Last before the commit: the audit lock is held only from here to the commit.
    await audit.append(
        session,
        principal=principal,
        at=now,
        action="complaint.identity_read",
        record=("complaint", complaint_id),
        detail={"purpose": purpose},
    )
    return person


async def reads(session: AsyncSession, complaint: Complaint) -> list[IdentityRead]:
    """Gets every read of a complaint's identity, oldest first."""
    return list(await repository.identity_reads(session, complaint.id))
