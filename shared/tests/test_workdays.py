"""The PRC working-day calendar, without I/O."""

import logging
from datetime import date, datetime

import pytest

from shared.workdays import (
    CITY_TZ,
    CalendarDay,
    WorkCalendar,
    flag_provisional,
    half_year_bounds,
    quarter_bounds,
)

CAL = WorkCalendar.official()


def test_national_day_holidays_are_not_working_days() -> None:
    assert not CAL.is_working_day(date(2026, 10, 1))
    assert not CAL.is_working_day(date(2026, 10, 7))


def test_adjusted_working_saturday_is_a_working_day() -> None:
    assert date(2026, 10, 10).weekday() == 5
    assert CAL.is_working_day(date(2026, 10, 10))


def test_working_days_skip_the_golden_week() -> None:
    # 2026-09-30 (Wed) + 1 working day: 1-7 Oct are holidays, 8 Oct (Thu) is the next.
    assert CAL.add_working_days(date(2026, 9, 30), 1) == date(2026, 10, 8)
    assert CAL.working_days_between(date(2026, 9, 30), date(2026, 10, 8)) == 1


def test_twenty_working_days_is_four_weeks_without_holidays_R12() -> None:
    assert CAL.add_working_days(date(2026, 11, 2), 20) == date(2026, 11, 30)


# 2095 is far beyond any package release: these prove the mechanism, not the package's data.


def test_uncovered_year_falls_back_to_weekdays_and_says_so() -> None:
    assert not CAL.covers(2095)
    assert CAL.is_working_day(date(2095, 1, 3))  # a Monday; its holidays are not known
    assert not CAL.is_working_day(date(2095, 1, 1))  # a Saturday
    assert CAL.is_provisional(date(2094, 12, 30), date(2095, 1, 3))


def test_operators_extend_years_the_package_does_not_cover() -> None:
    cal = WorkCalendar.official(
        extra=[
            CalendarDay(date(2095, 1, 3), working=False, name="元旦"),
            CalendarDay(date(2095, 1, 8), working=True, name="元旦调休"),  # a Saturday
        ],
        extra_years=[2094, 2095],
    )
    assert cal.covers(2095)
    assert not cal.is_provisional(date(2094, 12, 30), date(2095, 1, 3))
    assert not cal.is_working_day(date(2095, 1, 3))
    assert cal.add_working_days(date(2094, 12, 31), 1) == date(2095, 1, 4)  # Fri → Tue
    assert cal.add_working_days(date(2095, 1, 7), 1) == date(2095, 1, 8)


def test_an_operator_day_overrides_the_package_in_a_covered_year() -> None:
    cal = WorkCalendar.official(extra=[CalendarDay(date(2026, 10, 10), working=False)])
    assert not cal.is_working_day(date(2026, 10, 10))  # the package's adjusted Saturday
    assert cal.add_working_days(date(2026, 9, 30), 3) == date(2026, 10, 12)


def test_a_provisional_year_is_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="shared.workdays"):
        assert flag_provisional(CAL, date(2096, 12, 30), date(2097, 1, 4))
        assert flag_provisional(CAL, date(2097, 3, 1), date(2097, 3, 5))
        assert not flag_provisional(CAL, date(2026, 3, 2), date(2026, 3, 5))
    assert [r.year for r in caplog.records] == [2096, 2097]  # type: ignore[attr-defined]


def test_negative_days_are_refused() -> None:
    with pytest.raises(ValueError):
        CAL.add_working_days(date(2026, 1, 5), -1)


def test_quarters_and_half_years_are_city_months() -> None:
    assert quarter_bounds(2026, 1) == (
        datetime(2026, 1, 1, tzinfo=CITY_TZ),
        datetime(2026, 4, 1, tzinfo=CITY_TZ),
    )
    assert quarter_bounds(2026, 4) == (
        datetime(2026, 10, 1, tzinfo=CITY_TZ),
        datetime(2027, 1, 1, tzinfo=CITY_TZ),
    )
    assert half_year_bounds(2026, 2) == (
        datetime(2026, 7, 1, tzinfo=CITY_TZ),
        datetime(2027, 1, 1, tzinfo=CITY_TZ),
    )
    with pytest.raises(ValueError):
        quarter_bounds(2026, 5)
    with pytest.raises(ValueError):
        half_year_bounds(2026, 0)
