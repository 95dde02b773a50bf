"""Response bodies of the statistics (R14), the district report (R8), the joint meeting (R7)."""

from datetime import datetime

from pydantic import BaseModel, Field


class StatisticsRow(BaseModel):
    """One line: a dimension's value and its counts."""

    dimension: str
    key: str
    cases: int
    decisions: int
    persons: int
    filings: int = Field(description="results the departments filed themselves (R14)")


class Summary(BaseModel):
    """A period's cases (by opening) and decisions (by decision date)."""

    period: str
    district: str | None = None
    cases: int
    open_cases: int
    decisions: int
    sanctioned_persons: int
    filings: int = Field(description="fault-handling results filed with supervision (R14)")
    rows: list[StatisticsRow]


class ParticipantPart(BaseModel):
    """A joint-meeting participant's part of the quarter."""

    participant: str
    referred: int
    decided: int
    open_cases: int


class JointMeetingPack(BaseModel):
    """The quarter's referrals, decisions and open cases per participant (R7)."""

    period: str
    as_of: datetime = Field(description="when the pack was computed: open cases are as of then")
    definitions: dict[str, str] = Field(description="what each figure counts")
    participants: list[ParticipantPart]
