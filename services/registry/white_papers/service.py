"""Drafting, publishing and reading white papers (R13)."""

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.assessment import service as assessment_service
from services.registry.database import audit, outbox
from services.registry.departments import service as department_service
from services.registry.events import WhitePaperPublished, WhitePaperReviewed
from services.registry.tasks import repository as tasks_repository
from services.registry.tasks.rules import TaskStatus, sees_all
from services.registry.white_papers import repository
from services.registry.white_papers.models import WhitePaper
from services.registry.white_papers.rules import (
    WhitePaperStatus,
    completion_label,
    is_late,
    may_edit,
    next_version,
    paper_due,
    review_problem,
)
from services.registry.white_papers.schemas import (
    LatePaper,
    WhitePaperCreate,
    WhitePaperReview,
    WhitePaperUpdate,
)
from shared.auth import Principal
from shared.errors import Conflict, Forbidden, NotFound, invalid_field
from shared.workdays import local_date


async def _snapshot(
    session: AsyncSession, department: str, year: int
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Gets the year's tasks and the previous year's completion, as the paper publishes them."""
    planned = [
        {
            "task_id": str(t.id),
            "work_item": t.work_item,
            "content": t.content,
            "target": t.target,
            "deadline": t.deadline.isoformat(),
        }
        for t in await tasks_repository.led_in_year(session, department, year)
        if t.status != TaskStatus.CANCELLED
    ]
    previous = [
        {
            "task_id": str(t.id),
            "work_item": t.work_item,
            "content": t.content,
            "deadline": t.deadline.isoformat(),
            "completion": completion_label(TaskStatus(t.status)),
            "progress": t.progress,
            "finished_on": t.finished_on.isoformat() if t.finished_on else None,
        }
        for t in await tasks_repository.led_in_year(session, department, year - 1)
    ]
    return planned, previous


async def _scores(session: AsyncSession, department: str, year: int) -> dict[str, Any] | None:
    """Gets the department's card of the previous year's published evaluation (loop 1)."""
    if not await assessment_service.published(session, year - 1):
        return None
    card = await assessment_service.unit_card(session, year=year - 1, code=department)
    if card is None:
        return None
    return {
        "year": year - 1,
        "total": card.total,
        "rank": card.rank,
        "of": card.of,
        "indicators": {s.code: s.score for s in card.indicators},
    }


async def draft(
    session: AsyncSession, *, principal: Principal, body: WhitePaperCreate, now: datetime
) -> WhitePaper:
    """Starts the next version of the caller's white paper for a year, as a draft."""
    await department_service.caller_role(session, principal.department)
    versions = await repository.versions(session, principal.department, body.year)
    planned, previous = await _snapshot(session, principal.department, body.year)
    paper = WhitePaper(
        id=uuid.uuid4(),
        department=principal.department,
        year=body.year,
        version=next_version(versions),
        status=WhitePaperStatus.DRAFT,
        duties=body.duties,
        goals=body.goals,
        schedule=body.schedule,
        tasks=planned,
        previous_year=previous,
        previous_year_assessment=await _scores(session, principal.department, body.year),
        created_at=now,
    )
    return await repository.add(session, paper)


async def _own(session: AsyncSession, principal: Principal, paper_id: uuid.UUID) -> WhitePaper:
    paper = await repository.get(session, paper_id, lock=True)
    if paper is None:
        raise NotFound(f"no white paper {paper_id}")
    if paper.department != principal.department:
        raise Forbidden("only the department edits and publishes its white paper")
    return paper


async def update(
    session: AsyncSession, *, principal: Principal, paper_id: uuid.UUID, body: WhitePaperUpdate
) -> WhitePaper:
    """Changes a draft; a published paper is immutable (409)."""
    paper = await _own(session, principal, paper_id)
    if not may_edit(WhitePaperStatus(paper.status)):
        raise Conflict("a published white paper never changes; draft a new version (R13)")
    for field, value in body.model_dump(exclude_none=True).items():
        setattr(paper, field, value)
    await session.flush()
    return paper


async def publish(
    session: AsyncSession, *, principal: Principal, paper_id: uuid.UUID, now: datetime
) -> WhitePaper:
    """Publishes a draft with the tasks as they stand; supervision reviews it (R13)."""
    paper = await _own(session, principal, paper_id)
    if not may_edit(WhitePaperStatus(paper.status)):
        raise Conflict("the white paper is already published (R13)")
    paper.tasks, paper.previous_year = await _snapshot(session, paper.department, paper.year)
    paper.previous_year_assessment = await _scores(session, paper.department, paper.year)
    paper.status, paper.published_at = WhitePaperStatus.PUBLISHED, now
    paper.late = is_late(paper.year, local_date(now))
    await session.flush()
    await outbox.add(
        session,
        WhitePaperPublished(
            white_paper_id=paper.id,
            department=paper.department,
            year=paper.year,
            version=paper.version,
            tasks=len(paper.tasks),
        ),
        subject=f"{paper.department}:{paper.year}",
    )
    # Last before the commit: the audit lock is held only from here to the commit.
    await audit.append(
        session,
        principal=principal,
        at=now,
        action="white_paper.published",
        record=("white_paper", paper.id),
        detail={"version": paper.version, "late": paper.late},
    )
    return paper


async def read(session: AsyncSession, principal: Principal, paper_id: uuid.UUID) -> WhitePaper:
    """Gets a paper, drafts included: its department, GOV_OFFICE and SUPERVISION (else 404)."""
    paper = await repository.get(session, paper_id)
    role = await department_service.caller_role(session, principal.department)
    if paper is None or (paper.department != principal.department and not sees_all(role)):
        raise NotFound(f"no white paper {paper_id}")  # outside its scope: nothing leaks existence
    return paper


async def published(
    session: AsyncSession, department: str | None, year: int | None
) -> Sequence[WhitePaper]:
    """Lists published papers, every version, by department, year and version."""
    return await repository.published(session, department, year)


async def published_one(session: AsyncSession, paper_id: uuid.UUID) -> WhitePaper:
    """Gets a published paper, or 404 (drafts are not public)."""
    paper = await repository.get(session, paper_id)
    if paper is None or paper.status != WhitePaperStatus.PUBLISHED:
        raise NotFound(f"no published white paper {paper_id}")
    return paper


async def review(
    session: AsyncSession,
    *,
    principal: Principal,
    paper_id: uuid.UUID,
    body: WhitePaperReview,
    now: datetime,
) -> WhitePaper:
    """Records SUPERVISION's review of a published version, once, and tells the unit (R13)."""
    problem = review_problem(body.outcome, body.findings)
    if problem is not None:
        raise invalid_field(problem, "findings", kind="missing")
    paper = await repository.get(session, paper_id, lock=True)
    if paper is None:
        raise NotFound(f"no white paper {paper_id}")
    if paper.status != WhitePaperStatus.PUBLISHED:
        raise Conflict("only a published white paper is reviewed (R13)")
    if paper.review_outcome is not None:
        raise Conflict(f"this version was already reviewed: {paper.review_outcome} (R13)")
    paper.review_outcome, paper.review_findings = body.outcome, body.findings
    paper.reviewed_by, paper.reviewed_at = principal.department, now
    await session.flush()
    await outbox.add(
        session,
        WhitePaperReviewed(
            white_paper_id=paper.id,
            department=paper.department,
            year=paper.year,
            version=paper.version,
            outcome=body.outcome,
            findings=body.findings,
            reviewed_by=principal.department,
        ),
        subject=f"{paper.department}:{paper.year}",
    )
    # Last before the commit: the audit lock is held only from here to the commit.
    await audit.append(
        session,
        principal=principal,
        at=now,
        action="white_paper.reviewed",
        record=("white_paper", paper.id),
        detail={"outcome": body.outcome},
    )
    return paper


async def late_papers(session: AsyncSession, year: int) -> list[LatePaper]:
    """Lists the departments flagged late for a year and whether they published since (R13)."""
    published = await repository.published_departments(session, year)
    return [
        LatePaper(
            department=m.department,
            year=m.year,
            due=paper_due(m.year),
            flagged_at=m.flagged_at,
            published_since=m.department in published,
        )
        for m in await repository.late_marks(session, year)
    ]
