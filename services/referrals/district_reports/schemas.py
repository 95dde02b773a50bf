"""Request and response bodies of district reports (R8)."""

import uuid
from datetime import date, datetime

from pydantic import ConfigDict, Field

from shared.schemas import ReadModel, StrictModel


class DistrictReportCreate(StrictModel):
    """A district's half-year report, as its supervision body files it."""

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "year": 2026,
                    "half": 2,
                    "summary": "下半年共受理问责案件三件，作出问责决定两件。",
                    "cases": 3,
                    "decisions": 2,
                    "sanctioned_persons": 4,
                }
            ]
        }
    )

    year: int = Field(ge=2000, le=2100)
    half: int = Field(ge=1, le=2)
    summary: str = Field(min_length=1, max_length=20000)
    cases: int = Field(ge=0, le=1_000_000)
    decisions: int = Field(ge=0, le=1_000_000)
    sanctioned_persons: int = Field(ge=0, le=1_000_000)


class DistrictReportRead(ReadModel):
    """A filed district report."""

    id: uuid.UUID
    district: str
    year: int
    half: int
    filed_by: str
    summary: str
    cases: int
    decisions: int
    sanctioned_persons: int
    filed_at: datetime


class SystemFigures(ReadModel):
    """What the system holds for a district over the half year (cases concerning it)."""

    cases: int
    decisions: int
    sanctioned_persons: int


class DistrictLine(ReadModel):
    """One district: its report (or none), whether it was flagged missing, the system's figures."""

    district: str
    report: DistrictReportRead | None
    missing: bool = Field(description="not filed by the due date (flagged once)")
    system: SystemFigures


class DistrictReports(ReadModel):
    """Every district's half-year report side by side with the system's figures (R8)."""

    year: int
    half: int
    due_date: date
    districts: list[DistrictLine]


class DistrictReportRun(ReadModel):
    """What one run of the missing-report check did."""

    checked_at: datetime
    missing_district_reports: int
