"""Opening complaint referrals from complaints events, and reading them (R15)."""

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.referrals.cases.rules import CaseSource
from services.referrals.cases.service import open_case
from services.referrals.complaint_referrals.models import ComplaintReferral
from services.referrals.complaint_referrals.rules import trigger
from services.referrals.events import ComplaintEscalatedView, FaultSubstantiatedView
from shared.events import Envelope


async def _open_once(session: AsyncSession, envelope: Envelope, **values: Any) -> None:
    # The unique (complaint, trigger) keeps it to one referral, and one case opened in the
    # same transaction, whatever the redeliveries.
    inserted = await session.execute(
        insert(ComplaintReferral)
        .values(id=uuid.uuid4(), source_event_id=envelope.id, **values)
        .on_conflict_do_nothing(constraint="uq_complaint_referral")
        .returning(ComplaintReferral.id)
    )
    referral_id = inserted.scalar_one_or_none()
    if referral_id is None:
        return
    await open_case(
        session,
        CaseSource.COMPLAINT_REFERRAL,
        referral_id,
        f"投诉网上生成问责：{values['category']}（{values['trigger']}）",
        f"投诉 {values['complaint_id']} 触发 {values['trigger']}，网上直接生成问责（R15）。",
        None,
        values["concerned_department"],
        envelope.time,
    )


async def on_escalated(session: AsyncSession, envelope: Envelope) -> None:
    """Opens one referral per missed time limit of a complaint (R15, generated online)."""
    event = envelope.payload(ComplaintEscalatedView)
    await _open_once(
        session,
        envelope,
        complaint_id=event.complaint_id,
        trigger=trigger(envelope.type, event.limit),
        category=event.category,
        concerned_department=event.answerable_department,
        due_date=event.due_date,
    )


async def on_fault_substantiated(session: AsyncSession, envelope: Envelope) -> None:
    """Opens one referral for a complaint whose administrative fault was substantiated."""
    event = envelope.payload(FaultSubstantiatedView)
    await _open_once(
        session,
        envelope,
        complaint_id=event.complaint_id,
        trigger=trigger(envelope.type),
        category=event.category,
        concerned_department=event.concerned_department,
        due_date=None,
    )


async def list_referrals(
    session: AsyncSession, complaint_id: uuid.UUID | None
) -> Sequence[ComplaintReferral]:
    """Lists complaint referrals, oldest first. Callers: SUPERVISION."""
    query = select(ComplaintReferral).order_by(ComplaintReferral.opened_at, ComplaintReferral.id)
    if complaint_id is not None:
        query = query.where(ComplaintReferral.complaint_id == complaint_id)
    return (await session.scalars(query.limit(500))).all()
