"""Response bodies of the circulars on the mayor's matters (R2)."""

from datetime import datetime

from pydantic import Field

from services.registry.events import CircularMatter
from shared.schemas import ReadModel


class CircularRead(ReadModel):
    """A quarter's circular (通报) on the mayor's matters: done, late, open."""

    year: int
    quarter: int
    title: str
    issued_by: str
    issued_at: datetime
    done: int
    late: int
    open: int
    matters: list[CircularMatter]


class CircularRun(ReadModel):
    """What one run of the circular job did."""

    checked_at: datetime
    quarter: str = Field(description="The quarter due its circular, e.g. 2026-Q3")
    circulars_issued: int = Field(description="0: the quarter's circular was already issued")
