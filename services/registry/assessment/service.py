"""The assessment: the year's scheme, the ledger written from events, scorecards, publication."""

import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.assessment import repository
from services.registry.assessment.models import (
    AssessmentYear,
    Commendation,
    LedgerEntry,
    Rectification,
)
from services.registry.assessment.rules import (
    ASSESSED_KINDS,
    DEFAULT_SCHEME,
    RECTIFICATION_WORKING_DAYS,
    Card,
    Finding,
    IndicatorRule,
    Unit,
    commended,
    opens_rectification,
    quarter_of,
    scorecards,
)
from services.registry.assessment.schemas import IndicatorUpdate
from services.registry.database import audit, outbox
from services.registry.departments import repository as departments_repository
from services.registry.events import AdvancedUnitsProposed, AssessmentPublished, ProposedUnit
from services.registry.tasks import service as task_service
from services.registry.tasks.rules import TaskSource
from services.registry.tasks.schemas import TaskCreate
from shared.auth import Principal
from shared.directory import FunctionalRole
from shared.errors import Conflict, NotFound
from shared.events import Envelope

SYSTEM = "registry.assessment"


async def scheme_of(session: AsyncSession, year: int) -> list[IndicatorRule]:
    """Gets a year's scheme: stored, else the previous year's, else the default."""
    return (
        await repository.scheme(session, year)
        or await repository.scheme(session, year - 1)
        or list(DEFAULT_SCHEME)
    )


async def _stored_scheme(session: AsyncSession, year: int) -> list[IndicatorRule]:
    """Stores the year's scheme on first use, so later edits of the default never move it."""
    stored = await repository.scheme(session, year)
    if not stored:
        await repository.store_scheme(session, year, await scheme_of(session, year))
        stored = await repository.scheme(session, year)
    return stored


async def update_indicator(
    session: AsyncSession,
    *,
    principal: Principal,
    year: int,
    code: str,
    body: IndicatorUpdate,
    now: datetime,
) -> list[IndicatorRule]:
    """Changes one indicator of an open year and reprices its entries (409 once published)."""
    await _stored_scheme(session, year)
    row = await repository.indicator(session, year, code, lock=True)
    if row is None:
        raise NotFound(f"the {year} scheme has no indicator {code}")
    if await repository.publication(session, year) is not None:
        raise Conflict(f"the {year} evaluation is published; its scheme is locked")
    row.name, row.points, row.deduction, row.threshold = (
        body.name,
        body.points,
        body.deduction,
        body.threshold,
    )
    await session.flush()
    await repository.reprice(session, year=year, indicator=code, points=-body.deduction)
    await repository.rebuild_scores(session, year)
    # Last before the commit: the audit lock is held only from here to the commit.
    await audit.append(
        session,
        principal=principal,
        at=now,
        action="assessment.indicator_changed",
        record=("assessment", year),
        detail={"indicator": code, **body.model_dump(mode="json")},
    )
    return await repository.scheme(session, year)


async def record(session: AsyncSession, envelope: Envelope, findings: Iterable[Finding]) -> None:
    """Writes each finding once (by event and indicator), and opens a rectification when an
    indicator falls below its threshold (loop 1)."""
    for finding in findings:
        year = finding.day.year
        rules = {r.code: r for r in await _stored_scheme(session, year)}
        rule = rules.get(finding.indicator)
        if rule is None:
            continue  # the year's scheme dropped the indicator
        quarter = quarter_of(finding.day)
        added = await repository.insert_entry(
            session,
            {
                "department": finding.department,
                "year": year,
                "quarter": quarter,
                "indicator": rule.code,
                "points": -rule.deduction,
                "reason": finding.reason,
                "source_event_id": envelope.id,
                "source_event_type": envelope.type,
                "source_type": finding.source_type,
                "source_id": finding.source_id,
                "recorded_at": envelope.time,
            },
        )
        if added is None:
            continue
        await repository.add_to_score(
            session,
            year=year,
            quarter=quarter,
            department=finding.department,
            indicator=rule.code,
            points=-rule.deduction,
        )
        await _rectify_if_failing(
            session, department=finding.department, year=year, rule=rule, now=envelope.time
        )


async def _rectify_if_failing(
    session: AsyncSession, *, department: str, year: int, rule: IndicatorRule, now: datetime
) -> None:
    """Loop 1: a unit whose indicator fell below the threshold gets one rectification task."""
    if not opens_rectification(year, now.date()):
        return
    lost = await repository.lost_on(session, year=year, department=department, indicator=rule.code)
    if rule.points - lost >= rule.threshold:
        return
    if await repository.rectification(
        session, department=department, year=year, indicator=rule.code
    ):
        return
    offices = await departments_repository.list_all(session, role=FunctionalRole.GOV_OFFICE)
    office = next((d.code for d in offices if d.active), None)
    if office is None:
        raise RuntimeError("no active GOV_OFFICE department to assign the rectification")
    score = max(0, rule.points - lost)
    task = await task_service.assign(
        session,
        principal=Principal(subject=SYSTEM, department=office, roles=frozenset()),
        body=TaskCreate(
            work_item=f"整改：{rule.name}"[:200],
            content=(
                f"{year}年度绩效评估指标 {rule.code}（{rule.name}）得分 {score}，"
                f"低于阈值 {rule.threshold}，请制定整改措施并落实。"
            ),
            target=f"{RECTIFICATION_WORKING_DAYS}个工作日内完成整改并报告整改情况。",
            source=TaskSource.RECTIFICATION,
            lead_unit=department,
            deadline_working_days=RECTIFICATION_WORKING_DAYS,
        ),
        now=now,
    )
    # The unique (department, year, indicator) keeps it to one, whatever a racing consumer did.
    await repository.add(
        session,
        Rectification(
            task_id=task.id, department=department, year=year, indicator=rule.code, opened_at=now
        ),
    )


async def _units(session: AsyncSession) -> list[Unit]:
    return [
        Unit(d.code, d.name_zh, d.kind)
        for d in await departments_repository.list_all(session)
        if d.active and d.kind in ASSESSED_KINDS
    ]


async def cards(session: AsyncSession, *, year: int, quarter: int | None) -> list[Card]:
    """Builds every assessed unit's card for a year (through a quarter), ranked in its kind."""
    scheme = await scheme_of(session, year)
    units = await _units(session)
    last_year = None
    previous_scheme = await repository.scheme(session, year - 1)
    if previous_scheme:
        previous = scorecards(
            previous_scheme, units, await repository.lost(session, year - 1), None
        )
        last_year = {c.unit.code: c.total for c in previous}
    return scorecards(scheme, units, await repository.lost(session, year, quarter), last_year)


async def unit_card(
    session: AsyncSession, *, year: int, code: str, quarter: int | None = None
) -> Card | None:
    """Gets one unit's card, None when it is not an assessed unit."""
    found = await cards(session, year=year, quarter=quarter)
    return next((c for c in found if c.unit.code == code), None)


async def card_of(
    session: AsyncSession, *, year: int, code: str, quarter: int | None
) -> tuple[Card, Sequence[LedgerEntry]]:
    """Gets one unit's card and the ledger lines that explain it."""
    found = await unit_card(session, year=year, code=code, quarter=quarter)
    if found is None:
        raise NotFound(f"{code} is not an assessed unit (a city department or district)")
    lines = await repository.entries(session, year=year, department=code, through_quarter=quarter)
    return found, lines


async def rebuild(session: AsyncSession, year: int) -> int:
    """Rebuilds a year's scores from its ledger; gets the number of entries summed."""
    return await repository.rebuild_scores(session, year)


async def publish(
    session: AsyncSession, *, principal: Principal, year: int, now: datetime
) -> AssessmentYear:
    """Closes a year: locks its scheme, proposes advanced units and publishes both events."""
    await _stored_scheme(session, year)
    await repository.scheme(session, year, lock=True)  # one publication at a time
    if await repository.publication(session, year) is not None:
        raise Conflict(f"the {year} evaluation is already published")
    final = await cards(session, year=year, quarter=None)
    top = commended(final)
    publication = AssessmentYear(year=year, published_at=now, published_by=principal.department)
    await repository.add(session, publication)
    for card in top:
        await repository.add(
            session,
            Commendation(
                year=year,
                department=card.unit.code,
                kind=card.unit.kind,
                rank=card.rank,
                total=card.total,
            ),
        )
    failing = [c.unit.code for c in final if any(s.failing for s in c.indicators)]
    await outbox.add(
        session,
        AssessmentPublished(
            year=year,
            title=f"{year}年度绩效评估结果公布",
            published_by=principal.department,
            published_at=now,
            units=len(final),
            rectifications=len(await repository.rectifications(session, year)),
            failing_units=failing,
        ),
        subject=str(year),
    )
    await outbox.add(
        session,
        AdvancedUnitsProposed(
            year=year,
            title=f"{year}年度先进单位建议名单",
            proposed_by=principal.department,
            departments=[c.unit.code for c in top],
            units=[
                ProposedUnit(department=c.unit.code, kind=c.unit.kind, rank=c.rank, total=c.total)
                for c in top
            ],
        ),
        subject=str(year),
    )
    # Last before the commit: the audit lock is held only from here to the commit.
    await audit.append(
        session,
        principal=principal,
        at=now,
        action="assessment.published",
        record=("assessment", year),
        detail={"advanced_units": [c.unit.code for c in top]},
    )
    return publication


async def commendations(session: AsyncSession, year: int) -> Sequence[Commendation]:
    """Lists a published year's advanced units (404 while the year is open)."""
    if await repository.publication(session, year) is None:
        raise NotFound(f"the {year} evaluation is not published yet")
    return await repository.commendations(session, year)


async def published(session: AsyncSession, year: int) -> bool:
    """Tells whether a year's evaluation is published (its scheme locked)."""
    return await repository.publication(session, year) is not None


async def rectification_tasks(
    session: AsyncSession, *, year: int, department: str
) -> list[uuid.UUID]:
    """Lists the rectification tasks a unit's failing indicators opened in a year."""
    return [
        r.task_id
        for r in await repository.rectifications(session, year)
        if r.department == department
    ]
