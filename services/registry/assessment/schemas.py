"""Request and response bodies of the assessment."""

import csv
import io
import uuid
from collections.abc import Sequence
from datetime import datetime

from pydantic import ConfigDict, Field

from services.registry.assessment.models import LedgerEntry
from services.registry.assessment.rules import Card, IndicatorRule
from shared.schemas import ReadModel, StrictModel


class IndicatorRead(ReadModel):
    """One indicator of a year's scheme."""

    code: str
    name: str
    points: int = Field(description="what the unit starts with (满分)")
    deduction: int = Field(description="points lost per failure the events show (扣分)")
    threshold: int = Field(description="below this score the indicator fails: 整改 (loop 1)")


class SchemeRead(ReadModel):
    """A year's scheme (指标体系) and whether it is locked."""

    year: int
    locked: bool = Field(description="the year's evaluation is published")
    total_points: int
    indicators: list[IndicatorRead]


class IndicatorUpdate(StrictModel):
    """New values of one indicator of an open year."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "name": "依法行政（诉讼败诉、复议撤销）",
                    "points": 10,
                    "deduction": 4,
                    "threshold": 6,
                }
            ]
        }
    )

    name: str = Field(min_length=1, max_length=200)
    points: int = Field(ge=0, le=100)
    deduction: int = Field(ge=0, le=100)
    threshold: int = Field(ge=0, le=100)


class IndicatorScoreRead(ReadModel):
    """One indicator of a unit's scorecard."""

    code: str
    points: int
    lost: int
    score: int
    threshold: int
    failing: bool


class CardRead(ReadModel):
    """A unit's scorecard: total, per indicator, rank in its kind (横向), change (纵向)."""

    department: str
    name: str
    kind: str
    total: int
    rank: int = Field(description="among assessed units of the same kind (ties share a rank)")
    of: int = Field(description="how many units of that kind are ranked")
    last_year_total: int | None
    change: int | None = Field(description="total less last year's; null without a last year")
    indicators: list[IndicatorScoreRead]


class ScorecardRead(ReadModel):
    """Every assessed unit's card for a year, or for the year through a quarter (running)."""

    year: int
    quarter: int | None
    final: bool = Field(description="the year is published and no quarter was asked")
    total_points: int
    cards: list[CardRead]


class LedgerLine(ReadModel):
    """One point lost or gained, with the event and record it came from."""

    id: uuid.UUID
    year: int
    quarter: int
    indicator: str
    points: int
    reason: str
    source_event_id: uuid.UUID
    source_event_type: str
    source_type: str
    source_id: str
    recorded_at: datetime


class DepartmentAssessment(ReadModel):
    """A unit's card explained line by line (why it lost each point)."""

    year: int
    quarter: int | None
    card: CardRead
    lines: list[LedgerLine]
    rectification_tasks: list[uuid.UUID]


class RebuildRead(ReadModel):
    """What rebuilding a year's scores from the ledger summed."""

    year: int
    entries: int


class CommendationRead(ReadModel):
    """A unit proposed as an advanced unit (先进单位)."""

    department: str
    kind: str
    rank: int
    total: int


class PublicationRead(ReadModel):
    """A published year: who closed it and which units are proposed for commendation."""

    year: int
    published_at: datetime
    published_by: str
    commended: list[CommendationRead]


def scheme_read(year: int, rules: Sequence[IndicatorRule], locked: bool) -> SchemeRead:
    """Reads a year's scheme."""
    return SchemeRead(
        year=year,
        locked=locked,
        total_points=sum(r.points for r in rules),
        indicators=[IndicatorRead.model_validate(r) for r in rules],
    )


def card_read(card: Card) -> CardRead:
    """Reads a unit's card."""
    return CardRead(
        department=card.unit.code,
        name=card.unit.name,
        kind=card.unit.kind,
        total=card.total,
        rank=card.rank,
        of=card.of,
        last_year_total=card.last_year_total,
        change=card.change,
        indicators=[
            IndicatorScoreRead(
                code=s.code,
                points=s.points,
                lost=s.lost,
                score=s.score,
                threshold=s.threshold,
                failing=s.failing,
            )
            for s in card.indicators
        ],
    )


def scorecard_read(
    year: int,
    quarter: int | None,
    published: bool,
    rules: Sequence[IndicatorRule],
    cards: Sequence[Card],
) -> ScorecardRead:
    """Reads every unit's card for a year or quarter."""
    return ScorecardRead(
        year=year,
        quarter=quarter,
        final=published and quarter is None,
        total_points=sum(r.points for r in rules),
        cards=[card_read(c) for c in cards],
    )


def scorecard_csv(read: ScorecardRead) -> str:
    """Writes the scorecard as CSV: one row per unit, one column per indicator score."""
    codes = [s.code for s in read.cards[0].indicators] if read.cards else []
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        ["year", "quarter", "department", "name", "kind", "total", "rank", "of", "change", *codes]
    )
    for c in read.cards:
        writer.writerow(
            [
                read.year,
                read.quarter or "",
                c.department,
                c.name,
                c.kind,
                c.total,
                c.rank,
                c.of,
                "" if c.change is None else c.change,
                *(s.score for s in c.indicators),
            ]
        )
    return out.getvalue()


def explained_read(
    year: int,
    quarter: int | None,
    card: Card,
    lines: Sequence[LedgerEntry],
    rectification_tasks: Sequence[uuid.UUID],
) -> DepartmentAssessment:
    """Reads a unit's card with its ledger lines."""
    return DepartmentAssessment(
        year=year,
        quarter=quarter,
        card=card_read(card),
        lines=[LedgerLine.model_validate(line) for line in lines],
        rectification_tasks=list(rectification_tasks),
    )
