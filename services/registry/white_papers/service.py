"""Drafting, publishing and reading white papers (R13)."""

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.assessment import service as assessment_service
from services.registry.database import outbox
from services.registry.departments import service as department_service
from services.registry.events import WhitePaperPublished
from services.registry.tasks import repository as tasks_repository
from services.registry.tasks.rules import TaskStatus, sees_all
from services.registry.white_papers import repository
from services.registry.white_papers.models import WhitePaper
from services.registry.white_papers.rules import (
    WhitePaperStatus,
    completion_label,
    may_edit,
    next_version,
)
from services.registry.white_papers.schemas import WhitePaperCreate, WhitePaperUpdate
from shared.auth import Principal
from shared.errors import Conflict, Forbidden, NotFound


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
    return paper


async def read(session: AsyncSession, principal: Principal, paper_id: uuid.UUID) -> WhitePaper:
    """Gets a paper, drafts included: its department, GOV_OFFICE and SUPERVISION."""
    paper = await repository.get(session, paper_id)
    if paper is None:
        raise NotFound(f"no white paper {paper_id}")
    role = await department_service.caller_role(session, principal.department)
    if paper.department != principal.department and not sees_all(role):
        raise Forbidden("drafts are read by their department, GOV_OFFICE and SUPERVISION")
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
