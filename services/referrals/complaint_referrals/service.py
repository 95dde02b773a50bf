"""Opening complaint referrals from complaints events, and reading them (R15)."""

import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from services.referrals.cases import service as case_service
from services.referrals.cases.rules import CaseLimits, CaseSource
from services.referrals.complaint_referrals import repository, rules
from services.referrals.complaint_referrals.models import ComplaintReferral
from services.referrals.events import ComplaintEscalatedView, FaultSubstantiatedView
from shared.events import Envelope


async def _open_once(
    session: AsyncSession,
    envelope: Envelope,
    *,
    complaint_id: uuid.UUID,
    trigger: str,
    category: str,
    concerned_department: str,
    due_date: date | None,
    limits: CaseLimits,
) -> None:
    # The unique (complaint, trigger) keeps it to one referral, and one case opened in the
    # same transaction, whatever the redeliveries.
    referral_id = await repository.insert_once(
        session,
        source_event_id=envelope.id,
        complaint_id=complaint_id,
        trigger=trigger,
        category=category,
        concerned_department=concerned_department,
        due_date=due_date,
    )
    if referral_id is None:
        return
    await case_service.open_case(
        session,
        source=CaseSource.COMPLAINT_REFERRAL,
        source_id=referral_id,
        title=f"投诉网上生成问责：{category}（{trigger}）",
        summary=f"投诉 {complaint_id} 触发 {trigger}，网上直接生成问责（R15）。",
        referring=None,
        concerned=concerned_department,
        limits=limits,
        now=envelope.time,
    )


async def on_escalated(session: AsyncSession, envelope: Envelope, *, limits: CaseLimits) -> None:
    """Opens one referral per missed time limit of a complaint (R15, generated online)."""
    event = envelope.payload(ComplaintEscalatedView)
    await _open_once(
        session,
        envelope,
        complaint_id=event.complaint_id,
        trigger=rules.trigger(envelope.type, event.limit),
        category=event.category,
        concerned_department=event.answerable_department,
        due_date=event.due_date,
        limits=limits,
    )


async def on_fault_substantiated(
    session: AsyncSession, envelope: Envelope, *, limits: CaseLimits
) -> None:
    """Opens one referral for a complaint whose administrative fault was substantiated."""
    event = envelope.payload(FaultSubstantiatedView)
    await _open_once(
        session,
        envelope,
        complaint_id=event.complaint_id,
        trigger=rules.trigger(envelope.type),
        category=event.category,
        concerned_department=event.concerned_department,
        due_date=None,
        limits=limits,
    )


async def list_referrals(
    session: AsyncSession, complaint_id: uuid.UUID | None
) -> Sequence[ComplaintReferral]:
    """Lists complaint referrals, oldest first. Callers: SUPERVISION."""
    return await repository.page(session, complaint_id)
