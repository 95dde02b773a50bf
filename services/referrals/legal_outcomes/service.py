"""Recording legal outcomes, opening and ending the responsibility reviews (R16)."""

import uuid
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.referrals.cases.rules import CaseLimits
from services.referrals.database import audit, calendar_copy, directory, outbox
from services.referrals.events import (
    LegalOutcomeRecorded,
    ResponsibilityReviewClosed,
    ResponsibilityReviewOpened,
)
from services.referrals.legal_outcomes import repository
from services.referrals.legal_outcomes.models import LegalOutcome, ResponsibilityReview
from services.referrals.legal_outcomes.rules import (
    READERS,
    REPORT_KINDS,
    TRANSITIONS,
    Finding,
    Proceeding,
    ReviewStatus,
    action_for,
    is_possible,
    opens_review,
    report_title,
    review_due,
)
from services.referrals.legal_outcomes.schemas import (
    LegalOutcomeCreate,
    LegalOutcomeRead,
    ReviewFinding,
    ReviewRead,
)
from services.referrals.reports import service as report_service
from services.referrals.reports.rules import ReportPurpose
from services.referrals.reports.schemas import ReportCreate
from shared.auth import Principal
from shared.errors import Conflict, NotFound, invalid_field
from shared.statemachine import next_status
from shared.workdays import flag_provisional, local_date


async def record(
    session: AsyncSession,
    *,
    principal: Principal,
    body: LegalOutcomeCreate,
    now: datetime,
    review_working_days: int,
) -> LegalOutcome:
    """Records an outcome and its event; a revoked or lost act opens a review (R16)."""
    if body.decided_on > local_date(now):
        raise invalid_field(
            "the outcome cannot be decided in the future", "decided_on", kind="future"
        )
    if not is_possible(body.proceeding, body.outcome):
        raise invalid_field(f"a {body.proceeding} does not end {body.outcome}", "outcome")
    await directory.named_role(session, "department", body.department)
    if body.department == principal.department:
        # No department reviews itself: its own act's outcome is recorded by the level above.
        raise invalid_field(
            "LEGAL does not review its own act", "department", kind="own_department"
        )
    if await repository.by_case(session, body.proceeding, body.case_number) is not None:
        raise Conflict(f"the {body.proceeding} {body.case_number} was already recorded")
    outcome = LegalOutcome(
        id=uuid.uuid4(),
        proceeding=body.proceeding,
        case_number=body.case_number,
        act=body.act,
        department=body.department,
        outcome=body.outcome,
        decided_on=body.decided_on,
        recorded_by=principal.department,
        recorded_by_subject=principal.subject,
        recorded_at=now,
    )
    await repository.add(session, outcome)
    await outbox.add(
        session,
        LegalOutcomeRecorded(
            outcome_id=outcome.id,
            department=outcome.department,
            proceeding=body.proceeding.value,
            act=outcome.act,
            outcome=body.outcome.value,
            decided_on=outcome.decided_on,
            recorded_at=now,
        ),
        subject=str(outcome.id),
    )
    if opens_review(body.outcome):
        await _open_review(session, outcome, now=now, working_days=review_working_days)
    # Last before the commit: the audit lock is held only from here to the commit.
    await audit.append(
        session,
        principal=principal,
        at=now,
        action="legal_outcome.recorded",
        record=("legal_outcome", outcome.id),
        detail={"proceeding": body.proceeding.value, "outcome": body.outcome.value},
    )
    return outcome


async def _open_review(
    session: AsyncSession, outcome: LegalOutcome, *, now: datetime, working_days: int
) -> None:
    calendar, opened_on = await calendar_copy.current(session), local_date(now)
    due = review_due(opened_on, calendar, working_days)
    review = ResponsibilityReview(
        id=uuid.uuid4(),
        outcome_id=outcome.id,
        department=outcome.department,
        status=ReviewStatus.OPEN,
        opened_on=opened_on,
        due_date=due,
        due_date_provisional=flag_provisional(calendar, opened_on, due),
    )
    await repository.add(session, review)
    await outbox.add(
        session,
        ResponsibilityReviewOpened(
            outcome_id=outcome.id,
            review_id=review.id,
            department=review.department,
            proceeding=outcome.proceeding,
            act=outcome.act,
            outcome=outcome.outcome,
            due_date=due,
            due_date_provisional=review.due_date_provisional,
            issued_by=outcome.recorded_by,
            opened_at=now,
        ),
        subject=str(outcome.id),
    )


async def find(
    session: AsyncSession,
    *,
    principal: Principal,
    outcome_id: uuid.UUID,
    body: ReviewFinding,
    limits: CaseLimits,
    now: datetime,
) -> LegalOutcome:
    """Ends a review: a fault becomes a referral report to supervision (R16, R5, R6)."""
    outcome = await repository.get(session, outcome_id)
    if outcome is None:
        raise NotFound(f"no legal outcome {outcome_id}")
    review = await repository.review_of(session, outcome_id, lock=True)
    if review is None:
        raise Conflict(f"a {outcome.outcome} act opens no responsibility review (R16)")
    review.status = next_status(
        TRANSITIONS, ReviewStatus(review.status), action_for(body.finding), what="review"
    )
    if body.finding == Finding.FAULT:
        proceeding = Proceeding(outcome.proceeding)
        report = await report_service.file_report(
            session,
            principal=principal,
            body=ReportCreate(
                kind=REPORT_KINDS[proceeding],
                purpose=ReportPurpose.REFERRAL,
                title=report_title(proceeding, outcome.act),
                summary=body.reasons,
                concerned_department=outcome.department,
            ),
            limits=limits,
            now=now,
        )
        review.report_id = report.id
    review.finding, review.reasons = body.finding, body.reasons
    review.closed_by, review.closed_at = principal.department, now
    await session.flush()
    await outbox.add(
        session,
        ResponsibilityReviewClosed(
            outcome_id=outcome.id,
            review_id=review.id,
            department=review.department,
            act=outcome.act,
            finding=body.finding.value,
            reasons=body.reasons,
            report_id=review.report_id,
            issued_by=principal.department,
            closed_at=now,
        ),
        subject=str(outcome.id),
    )
    return outcome


async def readable(
    session: AsyncSession, principal: Principal, outcome_id: uuid.UUID
) -> LegalOutcome:
    """Gets an outcome: LEGAL and SUPERVISION read every one, a department its own."""
    # The caller's role first (403 for a department not in the directory), whatever the id.
    role = await directory.caller_role(session, principal.department)
    outcome = await repository.get(session, outcome_id)
    if outcome is None:
        raise NotFound(f"no legal outcome {outcome_id}")
    if role not in READERS and principal.department != outcome.department:
        # Outside its scope a caller learns nothing, not even that the outcome exists.
        raise NotFound(f"no legal outcome {outcome_id}")
    return outcome


async def view(session: AsyncSession, outcome: LegalOutcome) -> LegalOutcomeRead:
    """Builds the response of an outcome with its review."""
    read = LegalOutcomeRead.model_validate(outcome)
    review = await repository.review_of(session, outcome.id)
    if review is not None:
        read.review = ReviewRead.model_validate(review)
        read.review.escalated = await repository.escalated(session, review.id)
    return read
