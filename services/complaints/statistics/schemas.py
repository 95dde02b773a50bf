"""Response bodies of complaint statistics."""

from pydantic import BaseModel


class QuarterStatistics(BaseModel):
    """One quarter's complaints (by receipt date)."""

    year: int
    quarter: int
    received: int
    handled: int
    handled_on_time: int
    on_time_rate: float | None
    escalated: int
    by: dict[str, dict[str, int]]
