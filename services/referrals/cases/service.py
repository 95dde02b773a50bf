"""Opening cases from every source, moving them through their steps, deciding them."""

import uuid
from datetime import date, datetime
from typing import Any, TypedDict

from sqlalchemy.ext.asyncio import AsyncSession

from services.referrals.cases import conflicts, repository
from services.referrals.cases.models import AccountablePerson, Case, Decision
from services.referrals.cases.rules import (
    RUNNING_LIMIT,
    STARTS_LIMIT,
    TRANSITIONS,
    Action,
    CaseLimits,
    CaseSource,
    CaseStatus,
    due_date,
    may_handle,
    may_read,
)
from services.referrals.cases.schemas import (
    CaseRead,
    DecisionCreate,
    DecisionRead,
    MediaLeadCreate,
    PersonRead,
)
from services.referrals.complaint_referrals import repository as complaint_referral_repository
from services.referrals.config import ReferralsSettings
from services.referrals.database import audit, calendar_copy, directory, outbox
from services.referrals.events import CaseDecided, CaseFeedbackGiven, CaseRejected, SanctionedPerson
from services.referrals.sanctions.rules import sanction_problems
from shared.auth import Principal
from shared.directory import FunctionalRole
from shared.errors import Conflict, InvalidInput, NotFound
from shared.pagination import Page, decode_cursor, encode_cursor
from shared.statemachine import IllegalTransition, next_status
from shared.workdays import flag_provisional, local_date


async def open_case(
    session: AsyncSession,
    *,
    source: CaseSource,
    source_id: uuid.UUID,
    title: str,
    summary: str,
    referring: str | None,
    concerned: str | None,
    limits: CaseLimits,
    now: datetime,
    fresh: bool = False,
) -> uuid.UUID | None:
    """Opens the case of a source item, once; gets its id, or None when it was already open.

    `fresh`: the item is created by this request, so it has no case yet; the case is then
    inserted with the request's other writes, in one statement (shared/tail.py).
    """
    values = {
        "source": source,
        "source_id": source_id,
        "title": title[:200],
        "summary": summary,
        "referring_department": referring,
        "concerned_department": concerned,
        "status": CaseStatus.RECEIVED,
        "status_changed_at": now,
        "opened_at": now,
        **await _limit(session, CaseStatus.RECEIVED, now, limits),
    }
    if fresh:
        return await repository.add(session, **values)
    return await repository.insert_once(session, **values)


async def _listed_role(session: AsyncSession, code: str) -> str | None:
    # Not caller_role: any officer may list cases (its own referrals), listed or not; only
    # an active department's functional role widens what it reads.
    department = await directory.get(session, code)
    return department.role if department is not None and department.active else None


async def open_media_lead(
    session: AsyncSession,
    *,
    principal: Principal,
    body: MediaLeadCreate,
    limits: CaseLimits,
    now: datetime,
) -> Case:
    """Opens a case on a media lead; supervision takes it up on its own initiative (R9)."""
    concerned = body.concerned_department
    if concerned is not None:
        await directory.named(session, "concerned_department", concerned)
    lead_id = uuid.uuid4()
    await open_case(
        session,
        source=CaseSource.MEDIA_LEAD,
        source_id=lead_id,
        title=body.title,
        summary=f"[{body.outlet}] {body.summary}",
        referring=None,
        concerned=concerned,
        limits=limits,
        now=now,
    )
    case = await repository.by_source(session, CaseSource.MEDIA_LEAD, lead_id)
    assert case is not None  # inserted just above in this transaction
    await audit.append(
        session, principal=principal, at=now, action="case.opened", record=("case", case.id)
    )
    return case


async def view(session: AsyncSession, case: Case) -> CaseRead:
    """Builds the response of a case with its escalations and decision."""
    read = CaseRead.model_validate(case)
    read.escalated = await repository.escalated(session, case.id)
    found = await repository.decision(session, case.id)
    if found is not None:
        decision, persons = found
        read.decision = DecisionRead(
            id=decision.id,
            facts=decision.facts,
            legal_basis=decision.legal_basis,
            serious=decision.serious,
            decided_by=decision.decided_by,
            decided_at=decision.decided_at,
            persons=[PersonRead.model_validate(p) for p in persons],
        )
    return read


async def readable(
    session: AsyncSession, principal: Principal, case_id: uuid.UUID, settings: ReferralsSettings
) -> Case:
    """Gets a case the caller may read: supervision, its judge, the referrer, personnel.

    Anyone else gets the same 404 as for a case that does not exist (nothing leaks it).
    """
    role = await directory.caller_role(session, principal.department)  # 403 whatever the id
    case = await repository.get(session, case_id)
    missing = NotFound(f"no case {case_id}")
    if case is None:
        raise missing
    decided = await repository.decision(session, case.id) is not None
    if not may_read(principal.department, role, case.referring_department, decided) and (
        principal.department not in await conflicts.judges(session, settings, case)
    ):
        raise missing
    return case


async def list_cases(
    session: AsyncSession,
    *,
    principal: Principal,
    settings: ReferralsSettings,
    status: CaseStatus | None,
    source_id: uuid.UUID | None,
    cursor: str | None,
    limit: int,
) -> Page[CaseRead]:
    """Lists cases: all for supervision, decided ones for personnel, else the caller's own.

    The body that judges cases concerning supervision also lists those.
    """
    role = await _listed_role(session, principal.department)
    personnel = role == FunctionalRole.PERSONNEL
    referring = None if may_handle(role) or personnel else principal.department
    after = decode_cursor(cursor) if cursor else None
    rows = await repository.page(
        session,
        referring=referring,
        status=status,
        source_id=source_id,
        after=after,
        limit=limit + 1,
        decided_only=personnel,
        concerning=await conflicts.judged_for_supervision(session, settings, principal.department),
    )
    items = [await view(session, c) for c in rows[:limit]]
    last = rows[limit - 1] if len(rows) > limit else None
    return Page(items=items, next_cursor=encode_cursor(last.opened_at, last.id) if last else None)


async def _move(
    session: AsyncSession,
    *,
    principal: Principal,
    case_id: uuid.UUID,
    action: Action,
    now: datetime,
    settings: ReferralsSettings,
    detail: dict[str, Any] | None = None,
) -> Case:
    case = await repository.get(session, case_id, lock=True)
    if case is None:
        raise NotFound(f"no case {case_id}")
    await conflicts.judged_by_caller(session, principal=principal, case=case, settings=settings)
    try:
        target = next_status(TRANSITIONS, CaseStatus(case.status), action, what="case")
    except IllegalTransition as illegal:
        illegal.extensions["case_status"] = case.status  # the 409 says where the case stands
        raise
    case.status = target
    case.status_changed_at = now
    if target not in RUNNING_LIMIT:
        # No limit runs once rejected, fed back or closed.
        case.due_date, case.due_date_provisional = None, False
    elif target in STARTS_LIMIT:
        limit = await _limit(session, target, now, settings.case_limits())
        case.due_date, case.due_date_provisional = limit["due_date"], limit["due_date_provisional"]
    await audit.append(
        session,
        principal=principal,
        at=now,
        action=f"case.{action}",
        record=("case", case.id),
        detail={"status": target, **(detail or {})},
    )
    return case


class _Limit(TypedDict):
    due_date: date | None
    due_date_provisional: bool


async def _limit(
    session: AsyncSession, status: CaseStatus, now: datetime, limits: CaseLimits
) -> _Limit:
    """Gets the time limit a status starts, on the service's current calendar (R15)."""
    calendar = await calendar_copy.current(session)
    due = due_date(status, now, calendar, limits)
    provisional = due is not None and flag_provisional(calendar, local_date(now), due)
    return _Limit(due_date=due, due_date_provisional=provisional)


async def transition(
    session: AsyncSession,
    *,
    principal: Principal,
    case_id: uuid.UUID,
    action: Action,
    now: datetime,
    settings: ReferralsSettings,
) -> Case:
    """Accepts, starts investigating or closes a case (403 but for its judge, 409 out of order)."""
    return await _move(
        session, principal=principal, case_id=case_id, action=action, now=now, settings=settings
    )


async def reject(
    session: AsyncSession,
    *,
    principal: Principal,
    case_id: uuid.UUID,
    reason: str,
    now: datetime,
    settings: ReferralsSettings,
) -> Case:
    """Rejects a received case; the reason is fed back to the referring department."""
    case = await _move(
        session,
        principal=principal,
        case_id=case_id,
        action=Action.REJECT,
        now=now,
        settings=settings,
        detail={"reason": reason},
    )
    case.rejection_reason = reason
    await outbox.add(
        session,
        CaseRejected(
            case_id=case.id,
            title=case.title,
            referring_department=case.referring_department,
            decided_by=principal.department,
            reason=reason,
            rejected_at=now,
        ),
        subject=str(case.id),
    )
    return case


async def send_feedback(
    session: AsyncSession,
    *,
    principal: Principal,
    case_id: uuid.UUID,
    note: str,
    now: datetime,
    settings: ReferralsSettings,
) -> Case:
    """Records the feedback letter sent to the referring department after the decision."""
    case = await _move(
        session,
        principal=principal,
        case_id=case_id,
        action=Action.SEND_FEEDBACK,
        now=now,
        settings=settings,
    )
    case.feedback_note = note
    complaint_id = None
    if case.source == CaseSource.COMPLAINT_REFERRAL:
        # The result also goes back to the complaint that generated the case (R15, R5).
        referral = await complaint_referral_repository.get(session, case.source_id)
        complaint_id = referral.complaint_id if referral is not None else None
    await outbox.add(
        session,
        CaseFeedbackGiven(
            case_id=case.id,
            source=case.source,
            source_id=case.source_id,
            title=case.title,
            referring_department=case.referring_department,
            concerned_department=case.concerned_department,
            given_by=principal.department,
            complaint_id=complaint_id,
            note=note,
            fed_back_at=now,
        ),
        subject=str(case.id),
    )
    return case


def _check_sanctions(body: DecisionCreate) -> None:
    errors = [
        {"loc": ["body", "persons", index, "sanctions"], "msg": problem, "type": "sanctions"}
        for index, person in enumerate(body.persons)
        for problem in sanction_problems(person.sanctions, body.serious, person.department_head)
    ]
    if errors:
        raise InvalidInput(
            "the sanctions may not be decided as listed (001 art. 10, part 2)", errors=errors
        )


async def decide(
    session: AsyncSession,
    *,
    principal: Principal,
    case_id: uuid.UUID,
    body: DecisionCreate,
    now: datetime,
    settings: ReferralsSettings,
) -> Case:
    """Decides a case under investigation; the outcome goes to the referrer and PERSONNEL (R5)."""
    _check_sanctions(body)
    # The sanctions decided on each person are part of the audited decision.
    sanctions = [{"name": p.name, "sanctions": [str(s) for s in p.sanctions]} for p in body.persons]
    case = await _move(
        session,
        principal=principal,
        case_id=case_id,
        action=Action.DECIDE,
        now=now,
        settings=settings,
        detail={"serious": body.serious, "persons": sanctions},
    )
    await _record_decision(session, case=case, principal=principal, body=body, now=now)
    return case


async def open_decided(
    session: AsyncSession,
    *,
    source: CaseSource,
    source_id: uuid.UUID,
    title: str,
    summary: str,
    principal: Principal,
    body: DecisionCreate,
    limits: CaseLimits,
    now: datetime,
) -> Case:
    """Opens a case already decided (a proposal the deciding level adopts in one step)."""
    case_id = await repository.insert_once(
        session,
        source=source,
        source_id=source_id,
        title=title[:200],
        summary=summary,
        referring_department=None,
        concerned_department=None,
        status=CaseStatus.DECIDED,
        status_changed_at=now,
        **await _limit(session, CaseStatus.DECIDED, now, limits),
        opened_at=now,
    )
    if case_id is None:
        raise Conflict("this proposal was already decided")
    case = await repository.get(session, case_id)
    assert case is not None  # inserted just above in this transaction
    await _record_decision(session, case=case, principal=principal, body=body, now=now)
    sanctions = [{"name": p.name, "sanctions": [str(s) for s in p.sanctions]} for p in body.persons]
    await audit.append(
        session,
        principal=principal,
        at=now,
        action="case.decide",
        record=("case", case.id),
        detail={"status": CaseStatus.DECIDED, "serious": body.serious, "persons": sanctions},
    )
    return case


async def _record_decision(
    session: AsyncSession, *, case: Case, principal: Principal, body: DecisionCreate, now: datetime
) -> None:
    decision = await repository.add_decision(
        session,
        Decision(
            id=uuid.uuid4(),
            case_id=case.id,
            facts=body.facts,
            legal_basis=body.legal_basis,
            serious=body.serious,
            decided_by=principal.department,
            decided_by_subject=principal.subject,
            decided_at=now,
        ),
        [
            AccountablePerson(
                position=index,
                name=p.name,
                post=p.post,
                unit=p.unit,
                level=p.level,
                tier=p.tier,
                department_head=p.department_head,
                sanctions=[str(s) for s in p.sanctions],
            )
            for index, p in enumerate(body.persons)
        ],
    )
    await outbox.add(
        session,
        CaseDecided(
            case_id=case.id,
            decision_id=decision.id,
            source=case.source,
            title=case.title,
            decided_by=principal.department,
            referring_department=case.referring_department,
            concerned_department=case.concerned_department,
            serious=body.serious,
            legal_basis=body.legal_basis,
            persons=[
                SanctionedPerson(
                    name=p.name,
                    post=p.post,
                    unit=p.unit,
                    level=p.level,
                    tier=p.tier,
                    sanctions=[str(s) for s in p.sanctions],
                )
                for p in body.persons
            ],
            decided_at=now,
        ),
        subject=str(case.id),
    )
