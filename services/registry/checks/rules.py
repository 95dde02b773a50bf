"""The half-year check (R1, 000 item 13①): which half years may be checked, what is counted."""

from collections import Counter
from collections.abc import Iterable
from datetime import date

from services.registry.progress.rules import Quarter, QuarterStatus

# R1: the government office and supervision check the reported progress every half year.
HALVES = (1, 2)


def half_quarters(year: int, half: int) -> tuple[Quarter, Quarter]:
    """Gets the two quarters of a half year."""
    return (year, 2 * half - 1), (year, 2 * half)


def quarter_start(year: int, quarter: int) -> date:
    """Gets the first day of a quarter."""
    return date(year, 3 * quarter - 2, 1)


def checkable(year: int, half: int, today: date) -> bool:
    """Tells whether a half year has begun, so its progress can be checked."""
    return (year, half) <= (today.year, 1 if today.month <= 6 else 2)


def reporting_counts(
    statuses: Iterable[QuarterStatus], quarters: Iterable[Quarter]
) -> dict[str, int]:
    """Counts a unit's quarter reports in a half year by state (reported, late, missing…)."""
    wanted = set(quarters)
    counts = Counter(str(s.state) for s in statuses if (s.year, s.quarter) in wanted)
    return dict(sorted(counts.items()))
