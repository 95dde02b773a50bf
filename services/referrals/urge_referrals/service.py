"""Opening urge-notice referrals from registry events, and reading them (R5)."""

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.referrals.cases.rules import CaseSource
from services.referrals.cases.service import open_case
from services.referrals.events import UrgeNoticeIssuedView
from services.referrals.urge_referrals.models import UrgeReferral
from services.referrals.urge_referrals.rules import opens_referral
from shared.events import Envelope


async def on_urge_notice(session: AsyncSession, envelope: Envelope) -> None:
    """Opens one referral, and one case, per task when its second urge notice arrives (R5)."""
    notice = envelope.payload(UrgeNoticeIssuedView)
    if not opens_referral(notice.sequence):
        return
    # The unique task id keeps it to one referral (and one case) whatever the retries or
    # later notices; the case opens in the same transaction as the referral.
    inserted = await session.execute(
        insert(UrgeReferral)
        .values(
            id=uuid.uuid4(),
            task_id=notice.task_id,
            notice_id=notice.notice_id,
            sequence=notice.sequence,
            work_item=notice.work_item,
            lead_unit=notice.lead_unit,
            referred_by=notice.issued_by,
            source_event_id=envelope.id,
        )
        .on_conflict_do_nothing(index_elements=[UrgeReferral.task_id])
        .returning(UrgeReferral.id)
    )
    referral_id = inserted.scalar_one_or_none()
    if referral_id is None:
        return
    await open_case(
        session,
        CaseSource.URGE_REFERRAL,
        referral_id,
        f"两次催办仍未办结：{notice.work_item}",
        f"任务 {notice.task_id} 经第 {notice.sequence} 次催办，移送监察局（R5）。",
        notice.issued_by,
        notice.lead_unit,
        envelope.time,
    )


async def list_referrals(
    session: AsyncSession, task_id: uuid.UUID | None
) -> Sequence[UrgeReferral]:
    """Lists urge referrals, oldest first. Callers: SUPERVISION and GOV_OFFICE."""
    query = select(UrgeReferral).order_by(UrgeReferral.referred_at, UrgeReferral.id)
    if task_id is not None:
        query = query.where(UrgeReferral.task_id == task_id)
    return (await session.scalars(query.limit(500))).all()
