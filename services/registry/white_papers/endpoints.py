"""HTTP endpoints of white papers: departments draft and publish, the public reads (R13)."""

import uuid
from typing import Annotated

from fastapi import APIRouter, Depends, Query, status

from services.registry.tasks.rules import OVERSEERS
from services.registry.white_papers import service
from services.registry.white_papers.schemas import (
    LatePaper,
    WhitePaperCreate,
    WhitePaperRead,
    WhitePaperReview,
    WhitePaperUpdate,
)
from shared.access import PUBLIC, Holds, Listed, any_of, authorize, has_role
from shared.auth import Principal, Role
from shared.db import SessionDep
from shared.deps import NowDep
from shared.directory import FunctionalRole
from shared.idempotency import IdempotencyDep

router = APIRouter(prefix="/white-papers", tags=["white papers"])
# Outside /white-papers: a path there would also match /white-papers/{paper_id}'s methods.
late_router = APIRouter(tags=["white papers"])
public_router = APIRouter(
    prefix="/public/white-papers", tags=["white papers (public)"], dependencies=[Depends(PUBLIC)]
)
OWNER = "the paper's department"
AnyListed = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=Listed()))]
Owner = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=Holds(OWNER)))]
Reader = Annotated[
    Principal,
    Depends(authorize(Role.OFFICER, condition=any_of(has_role(*OVERSEERS), Holds(OWNER)))),
]
Overseer = Annotated[Principal, Depends(authorize(Role.OFFICER, condition=has_role(*OVERSEERS)))]
Reviewer = Annotated[
    Principal, Depends(authorize(Role.OFFICER, condition=has_role(FunctionalRole.SUPERVISION)))
]


@router.post("", status_code=status.HTTP_201_CREATED, response_model=WhitePaperRead)
async def draft_white_paper(
    body: WhitePaperCreate,
    now: NowDep,
    session: SessionDep,
    principal: AnyListed,
    idempotency: IdempotencyDep,
) -> WhitePaperRead:
    """Drafts the next version of the caller's white paper for a year. Callers: any department."""
    paper = WhitePaperRead.model_validate(
        await service.draft(session, principal=principal, body=body, now=now)
    )
    await idempotency.record(session, paper)
    await session.commit()
    return paper


@router.patch("/{paper_id}", response_model=WhitePaperRead)
async def update_white_paper(
    paper_id: uuid.UUID, body: WhitePaperUpdate, session: SessionDep, principal: Owner
) -> WhitePaperRead:
    """Changes a draft; a published paper is immutable (409). Callers: its department."""
    paper = await service.update(session, principal=principal, paper_id=paper_id, body=body)
    await session.commit()
    return WhitePaperRead.model_validate(paper)


@router.post("/{paper_id}/publish", response_model=WhitePaperRead)
async def publish_white_paper(
    paper_id: uuid.UUID, now: NowDep, session: SessionDep, principal: Owner
) -> WhitePaperRead:
    """Publishes a draft, freezing its tasks and last year's completion. Callers: its department."""
    paper = await service.publish(session, principal=principal, paper_id=paper_id, now=now)
    await session.commit()
    return WhitePaperRead.model_validate(paper)


@router.post("/{paper_id}/review", response_model=WhitePaperRead)
async def review_white_paper(
    paper_id: uuid.UUID,
    body: WhitePaperReview,
    now: NowDep,
    session: SessionDep,
    principal: Reviewer,
) -> WhitePaperRead:
    """Accepts a published paper or returns it with findings, once (R13). Callers: SUPERVISION."""
    paper = await service.review(
        session, principal=principal, paper_id=paper_id, body=body, now=now
    )
    await session.commit()
    return WhitePaperRead.model_validate(paper)


@late_router.get("/late-white-papers", response_model=list[LatePaper])
async def list_late_white_papers(
    session: SessionDep, _: Overseer, year: Annotated[int, Query(ge=2000, le=2100)]
) -> list[LatePaper]:
    """Lists the departments whose paper was unpublished after February (R13).

    Callers: officers of GOV_OFFICE and SUPERVISION.
    """
    return await service.late_papers(session, year)


@router.get("/{paper_id}", response_model=WhitePaperRead)
async def read_white_paper(
    paper_id: uuid.UUID, session: SessionDep, principal: Reader
) -> WhitePaperRead:
    """Gets a paper, drafts included. Callers: its department, GOV_OFFICE, SUPERVISION."""
    return WhitePaperRead.model_validate(await service.read(session, principal, paper_id))


@public_router.get("", response_model=list[WhitePaperRead])
async def list_published_white_papers(
    session: SessionDep,
    department: Annotated[str | None, Query(max_length=40)] = None,
    year: Annotated[int | None, Query(ge=2000, le=2100)] = None,
) -> list[WhitePaperRead]:
    """Lists published white papers, every version. Callers: the public, no token (R13)."""
    return [
        WhitePaperRead.model_validate(p) for p in await service.published(session, department, year)
    ]


@public_router.get("/{paper_id}", response_model=WhitePaperRead)
async def read_published_white_paper(paper_id: uuid.UUID, session: SessionDep) -> WhitePaperRead:
    """Gets a published white paper. Callers: the public, no token (R13)."""
    return WhitePaperRead.model_validate(await service.published_one(session, paper_id))
