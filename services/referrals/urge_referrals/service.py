"""Opening urge-notice referrals from registry events, and reading them (R5)."""

import uuid
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from services.referrals.cases import service as case_service
from services.referrals.cases.rules import CaseLimits, CaseSource
from services.referrals.database import outbox
from services.referrals.events import UrgeNoticeIssuedView, UrgeReferralOpened
from services.referrals.urge_referrals import repository
from services.referrals.urge_referrals.models import UrgeReferral
from shared.events import Envelope


async def on_urge_notice(session: AsyncSession, envelope: Envelope, *, limits: CaseLimits) -> None:
    """Opens one referral, and one case, per task when its second urge notice arrives (R5)."""
    notice = envelope.payload(UrgeNoticeIssuedView)
    if not notice.refers_to_supervision:  # registry applies R5 and says so in the event
        return
    # The unique task id keeps it to one referral (and one case) whatever the retries or
    # later notices; the case opens in the same transaction as the referral.
    referral_id = await repository.insert_once(
        session,
        task_id=notice.task_id,
        notice_id=notice.notice_id,
        sequence=notice.sequence,
        work_item=notice.work_item,
        lead_unit=notice.lead_unit,
        referred_by=notice.issued_by,
        source_event_id=envelope.id,
    )
    if referral_id is None:
        return
    title = f"两次催办仍未办结：{notice.work_item}"
    case_id = await case_service.open_case(
        session,
        source=CaseSource.URGE_REFERRAL,
        source_id=referral_id,
        title=title,
        summary=f"任务 {notice.task_id} 经第 {notice.sequence} 次催办，移送监察局（R5）。",
        referring=notice.issued_by,
        concerned=notice.lead_unit,
        limits=limits,
        now=envelope.time,
    )
    assert case_id is not None  # the referral is new, so is its case
    await outbox.add(
        session,
        UrgeReferralOpened(
            referral_id=referral_id,
            case_id=case_id,
            task_id=notice.task_id,
            title=title,
            work_item=notice.work_item,
            lead_unit=notice.lead_unit,
            filed_by=notice.issued_by,
            sequence=notice.sequence,
            opened_at=envelope.time,
        ),
        subject=str(referral_id),
    )


async def list_referrals(
    session: AsyncSession, task_id: uuid.UUID | None
) -> Sequence[UrgeReferral]:
    """Lists urge referrals, oldest first. Callers: SUPERVISION and GOV_OFFICE."""
    return await repository.page(session, task_id)
