"""District reports (R8): each district's supervision body reports its half year's
accountability work to the city's; when a report is due and who files it (pure)."""

from datetime import date, timedelta

from shared.directory import FunctionalRole

# The city's body reads the reports side by side with the figures the system holds.
READERS = frozenset({FunctionalRole.SUPERVISION, FunctionalRole.GOV_OFFICE})


def half_end(year: int, half: int) -> date:
    """Gets the first day after a half year."""
    return date(year, 7, 1) if half == 1 else date(year + 1, 1, 1)


def due_date(year: int, half: int, days_after: int) -> date:
    """Gets a half year's report deadline: `days_after` days after the half ended (R8)."""
    return half_end(year, half) + timedelta(days=days_after - 1)


def latest_due(today: date, days_after: int) -> tuple[int, int] | None:
    """Gets the latest half year whose report deadline has passed by `today`."""
    previous = (today.year, 1) if today.month > 6 else (today.year - 1, 2)
    earlier = (today.year - 1, 2) if today.month > 6 else (today.year - 1, 1)
    for year, half in (previous, earlier):
        if due_date(year, half, days_after) < today:
            return year, half
    return None


def has_ended(year: int, half: int, today: date) -> bool:
    """Tells whether a half year is over (its report can be filed)."""
    return half_end(year, half) <= today
