"""The assessment's consumer (group registry-assessment): each event's findings to the ledger."""

from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.assessment import rules
from services.registry.assessment import service as assessment_service
from services.registry.events import (
    CASE_DECIDED,
    COMPLAINT_APPRAISED,
    COMPLAINT_ESCALATED,
    CONSUMED_TOPICS,
    CONSUMER_GROUP,
    LEGAL_OUTCOME_RECORDED,
    PROGRESS_REPORTED,
    TASK_STATUS_CHANGED,
    WHITE_PAPER_PUBLISHED,
    CaseDecidedView,
    ComplaintAppraisedView,
    ComplaintEscalatedView,
    LegalOutcomeRecordedView,
    ProgressReportedView,
    TaskStatusChangedView,
    WhitePaperPublishedView,
)
from services.registry.white_papers import repository as papers_repository
from shared.consumer import ConsumerSpec
from shared.events import Envelope
from shared.workdays import local_date


async def on_legal_outcome(session: AsyncSession, envelope: Envelope) -> None:
    """A revoked reconsideration or lost lawsuit costs the department points (R16, R17)."""
    o = envelope.payload(LegalOutcomeRecordedView)
    findings = rules.legal_outcome_findings(
        outcome_id=str(o.outcome_id),
        department=o.department,
        proceeding=o.proceeding,
        act=o.act,
        outcome=o.outcome,
        decided_on=o.decided_on,
    )
    await assessment_service.record(session, envelope, findings)


async def on_task_status(session: AsyncSession, envelope: Envelope) -> None:
    """An overdue duty (R3) or leader-assigned matter (R2, R17) costs its lead unit points."""
    t = envelope.payload(TaskStatusChangedView)
    findings = rules.task_overdue_findings(
        task_id=str(t.task_id),
        lead_unit=t.lead_unit,
        to_status=t.to_status,
        # Leader-assigned matters are tasks of kind leader_matter; older events carry no kind.
        kind=str(envelope.data.get("kind", "duty")),
        deadline=t.deadline,
    )
    await assessment_service.record(session, envelope, findings)


async def on_progress(session: AsyncSession, envelope: Envelope) -> None:
    """A late quarterly progress report costs the reporting unit points (R1)."""
    p = envelope.payload(ProgressReportedView)
    findings = rules.progress_findings(
        report_id=str(p.report_id),
        reported_by=p.reported_by,
        year=p.year,
        quarter=p.quarter,
        late=p.late,
    )
    await assessment_service.record(session, envelope, findings)


async def on_white_paper(session: AsyncSession, envelope: Envelope) -> None:
    """A white paper published after February costs its department points (R13)."""
    w = envelope.payload(WhitePaperPublishedView)
    paper = await papers_repository.get(session, w.white_paper_id)
    if paper is None or paper.published_at is None:
        return
    findings = rules.white_paper_findings(
        paper_id=str(w.white_paper_id),
        department=w.department,
        year=w.year,
        version=w.version,
        published_on=local_date(paper.published_at),
    )
    await assessment_service.record(session, envelope, findings)


async def on_escalated(session: AsyncSession, envelope: Envelope) -> None:
    """A missed complaint time limit costs the answerable unit points (R15, R17)."""
    e = envelope.payload(ComplaintEscalatedView)
    findings = rules.escalation_findings(
        complaint_id=str(e.complaint_id),
        answerable=e.answerable_department,
        limit=e.limit,
        due_date=e.due_date,
    )
    await assessment_service.record(session, envelope, findings)


async def on_appraised(session: AsyncSession, envelope: Envelope) -> None:
    """A dissatisfied complainant costs the handling unit points (public appraisal, R17)."""
    a = envelope.payload(ComplaintAppraisedView)
    findings = rules.appraisal_findings(
        complaint_id=str(a.complaint_id),
        handling=a.handling_department,
        appraisal=a.appraisal,
        appraised_on=local_date(a.appraised_at),
    )
    await assessment_service.record(session, envelope, findings)


async def on_case_decided(session: AsyncSession, envelope: Envelope) -> None:
    """A decision sanctioning people of the concerned unit costs it points (R5, R17)."""
    c = envelope.payload(CaseDecidedView)
    findings = rules.case_findings(
        case_id=str(c.case_id),
        concerned=c.concerned_department,
        sanctioned=sum(1 for p in c.persons if p.sanctions),
        title=c.title,
        decided_on=local_date(c.decided_at),
    )
    await assessment_service.record(session, envelope, findings)


def consumers() -> list[ConsumerSpec]:
    """Gets the assessment's consumer group and what it reads."""
    return [
        ConsumerSpec(
            CONSUMER_GROUP,
            CONSUMED_TOPICS,
            {
                LEGAL_OUTCOME_RECORDED: on_legal_outcome,
                TASK_STATUS_CHANGED: on_task_status,
                PROGRESS_REPORTED: on_progress,
                WHITE_PAPER_PUBLISHED: on_white_paper,
                COMPLAINT_ESCALATED: on_escalated,
                COMPLAINT_APPRAISED: on_appraised,
                CASE_DECIDED: on_case_decided,
            },
        )
    ]
