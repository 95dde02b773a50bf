"""The quarterly circular (一季一通报) on the mayor's assigned matters (R2): pure functions.

Seed 000 item 13②: the government office tracks the matters city leaders assign by
instruction and circulates, each quarter, how the units completed the mayor's. A circular
covers the mayor's matters assigned by the quarter's end and not finished before it began,
each as it stood at the end of the quarter: done (finished by its deadline), late (finished
after it, or still open past it), open (unfinished, deadline not reached).
"""

from datetime import date, timedelta
from enum import StrEnum

from shared.directory import FunctionalRole

# The government office tracks leader matters (R2); supervision receives the circular.
READERS = frozenset({FunctionalRole.GOV_OFFICE, FunctionalRole.SUPERVISION})


class Standing(StrEnum):
    """How a matter stood at the end of the quarter."""

    DONE = "done"  # 按期办结
    LATE = "late"  # 逾期 (办结或未办结)
    OPEN = "open"  # 正在办理


def quarter_of(day: date) -> tuple[int, int]:
    """Gets the (year, quarter) a day falls in."""
    return day.year, (day.month - 1) // 3 + 1


def quarter_span(year: int, quarter: int) -> tuple[date, date]:
    """Gets the first and last day of a quarter."""
    if not 1 <= quarter <= 4:
        raise ValueError("quarter must be 1 to 4")
    first = date(year, 3 * quarter - 2, 1)
    following = date(year + quarter // 4, 3 * quarter % 12 + 1, 1)
    return first, following - timedelta(days=1)


def previous_quarter(today: date) -> tuple[int, int]:
    """Gets the last quarter that has ended by `today` (the one due its circular)."""
    year, quarter = quarter_of(today)
    return (year - 1, 4) if quarter == 1 else (year, quarter - 1)


def standing(
    *, deadline: date, finished_on: date | None, cancelled: bool, quarter_end: date
) -> Standing | None:
    """Gets how a matter stood at the quarter's end; None when it was withdrawn by then."""
    if finished_on is not None and finished_on <= quarter_end:
        if cancelled:
            return None
        return Standing.DONE if finished_on <= deadline else Standing.LATE
    # Unfinished at the end of the quarter's last day: late once its deadline is behind it.
    return Standing.LATE if deadline <= quarter_end else Standing.OPEN


def circular_title(year: int, quarter: int) -> str:
    """Gets the circular's title."""
    return f"{year}年第{quarter}季度市长交办批示事项办理情况通报"
