"""District reports' deadlines (R8), without I/O."""

from datetime import date

from services.referrals.district_reports.rules import due_date, has_ended, latest_due


def test_a_half_years_report_is_due_days_after_it_ends_R8() -> None:
    assert due_date(2026, 1, 15) == date(2026, 7, 15)
    assert due_date(2026, 2, 15) == date(2027, 1, 15)


def test_the_latest_half_year_past_its_due_date_is_checked_R8() -> None:
    assert latest_due(date(2026, 7, 15), 15) == (2025, 2)  # H1 is due that very day
    assert latest_due(date(2026, 7, 16), 15) == (2026, 1)
    assert latest_due(date(2027, 1, 16), 15) == (2026, 2)
    assert latest_due(date(2027, 1, 10), 15) == (2026, 1)


def test_a_report_is_filed_once_its_half_year_ended_R8() -> None:
    assert not has_ended(2026, 1, date(2026, 6, 30))
    assert has_ended(2026, 1, date(2026, 7, 1))
    assert not has_ended(2026, 2, date(2026, 12, 31))
