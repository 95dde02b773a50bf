"""Queries of the assessment: the scheme, the ledger, scores, rectifications, commendations."""

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import (
    ARRAY,
    Integer,
    Uuid,
    any_,
    bindparam,
    delete,
    func,
    insert,
    null,
    select,
    union_all,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.assessment.models import (
    AssessmentIndicator,
    AssessmentYear,
    Commendation,
    LedgerEntry,
    Rectification,
    Score,
)
from services.registry.assessment.rules import IndicatorRule


async def scheme(session: AsyncSession, year: int, lock: bool = False) -> list[IndicatorRule]:
    """Gets a year's stored scheme in order ([] when the year has none yet)."""
    query = (
        select(AssessmentIndicator)
        .where(AssessmentIndicator.year == year)
        .order_by(AssessmentIndicator.position)
    )
    rows = (await session.scalars(query.with_for_update() if lock else query)).all()
    return [IndicatorRule(r.code, r.name, r.points, r.deduction, r.threshold) for r in rows]


async def store_scheme(session: AsyncSession, year: int, rules: Sequence[IndicatorRule]) -> None:
    """Stores a year's scheme unless another transaction stored it first."""
    rows = [
        {
            "year": year,
            "code": r.code,
            "name": r.name,
            "points": r.points,
            "deduction": r.deduction,
            "threshold": r.threshold,
            "position": i,
        }
        for i, r in enumerate(rules)
    ]
    await session.execute(pg_insert(AssessmentIndicator).values(rows).on_conflict_do_nothing())


async def indicator(
    session: AsyncSession, year: int, code: str, lock: bool = False
) -> AssessmentIndicator | None:
    """Gets one stored indicator of a year."""
    query = select(AssessmentIndicator).where(
        AssessmentIndicator.year == year, AssessmentIndicator.code == code
    )
    result: AssessmentIndicator | None = await session.scalar(
        query.with_for_update() if lock else query
    )
    return result


async def publication(session: AsyncSession, year: int) -> AssessmentYear | None:
    """Gets a year's publication, None while it is open."""
    return await session.get(AssessmentYear, year)


async def add(session: AsyncSession, row: Any) -> None:
    """Adds a row (publication, rectification, commendation)."""
    session.add(row)
    await session.flush()


async def insert_entry(session: AsyncSession, values: dict[str, Any]) -> uuid.UUID | None:
    """Adds a ledger entry; None when this event already gave this indicator its entry."""
    result = await session.execute(
        pg_insert(LedgerEntry)
        .values(id=uuid.uuid4(), **values)
        .on_conflict_do_nothing(constraint="uq_assessment_ledger_source")
        .returning(LedgerEntry.id)
    )
    return result.scalar_one_or_none()


async def add_to_score(
    session: AsyncSession, *, year: int, quarter: int, department: str, indicator: str, points: int
) -> None:
    """Adds an entry's points to its score."""
    statement = pg_insert(Score).values(
        year=year,
        quarter=quarter,
        department=department,
        indicator=indicator,
        points=points,
        entries=1,
    )
    await session.execute(
        statement.on_conflict_do_update(
            index_elements=[Score.year, Score.quarter, Score.department, Score.indicator],
            set_={"points": Score.points + points, "entries": Score.entries + 1},
        )
    )


async def lost(
    session: AsyncSession, year: int, through_quarter: int | None = None
) -> dict[str, dict[str, int]]:
    """Gets the points each unit lost per indicator in a year (through a quarter)."""
    query = (
        select(Score.department, Score.indicator, func.sum(Score.points))
        .where(Score.year == year)
        .group_by(Score.department, Score.indicator)
    )
    if through_quarter is not None:
        query = query.where(Score.quarter <= through_quarter)
    found: dict[str, dict[str, int]] = defaultdict(dict)
    for department, code, points in (await session.execute(query)).all():
        found[department][code] = -int(points)
    return dict(found)


async def lost_on(session: AsyncSession, *, year: int, department: str, indicator: str) -> int:
    """Gets the points a unit lost on one indicator in a year."""
    query = select(func.coalesce(func.sum(Score.points), 0)).where(
        Score.year == year, Score.department == department, Score.indicator == indicator
    )
    return -int(await session.scalar(query) or 0)


async def entries(
    session: AsyncSession, *, year: int, department: str, through_quarter: int | None = None
) -> Sequence[LedgerEntry]:
    """Lists a unit's ledger lines for a year, in the order they were recorded."""
    query = select(LedgerEntry).where(
        LedgerEntry.year == year, LedgerEntry.department == department
    )
    if through_quarter is not None:
        query = query.where(LedgerEntry.quarter <= through_quarter)
    return (await session.scalars(query.order_by(LedgerEntry.recorded_at, LedgerEntry.id))).all()


async def reprice(session: AsyncSession, *, year: int, indicator: str, points: int) -> None:
    """Sets every entry of a year's indicator to the scheme's new deduction."""
    await session.execute(
        update(LedgerEntry)
        .where(LedgerEntry.year == year, LedgerEntry.indicator == indicator)
        .values(points=points)
    )


async def rebuild_scores(session: AsyncSession, year: int) -> int:
    """Rebuilds a year's scores from its ledger; gets the number of entries summed."""
    await session.execute(delete(Score).where(Score.year == year))
    summed = (
        select(
            LedgerEntry.year,
            LedgerEntry.quarter,
            LedgerEntry.department,
            LedgerEntry.indicator,
            func.sum(LedgerEntry.points),
            func.count(),
        )
        .where(LedgerEntry.year == year)
        .group_by(
            LedgerEntry.year, LedgerEntry.quarter, LedgerEntry.department, LedgerEntry.indicator
        )
    )
    columns = ["year", "quarter", "department", "indicator", "points", "entries"]
    await session.execute(insert(Score).from_select(columns, summed))
    count = select(func.count()).select_from(LedgerEntry).where(LedgerEntry.year == year)
    return int(await session.scalar(count) or 0)


async def rectification(
    session: AsyncSession, *, department: str, year: int, indicator: str
) -> Rectification | None:
    """Gets the rectification a unit's failing indicator opened in a year."""
    query = select(Rectification).where(
        Rectification.department == department,
        Rectification.year == year,
        Rectification.indicator == indicator,
    )
    result: Rectification | None = await session.scalar(query)
    return result


async def rectifications(session: AsyncSession, year: int) -> Sequence[Rectification]:
    """Lists a year's rectifications by department and indicator."""
    query = (
        select(Rectification)
        .where(Rectification.year == year)
        .order_by(Rectification.department, Rectification.indicator)
    )
    return (await session.scalars(query)).all()


async def answers_for(
    session: AsyncSession, task_ids: Sequence[uuid.UUID], years: Iterable[int]
) -> tuple[dict[uuid.UUID, int], set[int]]:
    """Gets, in one round trip, the assessment year each of these tasks rectifies (those that
    are rectification tasks) and which of these years are published."""
    rectified = select(Rectification.task_id, Rectification.year).where(
        Rectification.task_id == any_(bindparam("ids", type_=ARRAY(Uuid())))
    )
    published = select(null().label("task_id"), AssessmentYear.year).where(
        AssessmentYear.year == any_(bindparam("years", type_=ARRAY(Integer())))
    )
    rows: Sequence[Any] = (
        await session.execute(
            union_all(rectified, published), {"ids": list(task_ids), "years": sorted(set(years))}
        )
    ).all()
    return (
        {task_id: year for task_id, year in rows if task_id is not None},
        {year for task_id, year in rows if task_id is None},
    )


async def commendations(session: AsyncSession, year: int) -> Sequence[Commendation]:
    """Lists a year's advanced units by kind and rank."""
    query = (
        select(Commendation)
        .where(Commendation.year == year)
        .order_by(Commendation.kind, Commendation.rank, Commendation.department)
    )
    return (await session.scalars(query)).all()
