"""R1 half-year checks, R11 channels, R13 white-paper due day and review, without I/O."""

from datetime import date

from services.registry.channels.rules import missing_fields, owes_a_channel
from services.registry.checks.rules import checkable, half_quarters, reporting_counts
from services.registry.progress.rules import QuarterState, QuarterStatus
from services.registry.white_papers.rules import (
    ReviewOutcome,
    is_late,
    owes_a_paper,
    paper_due,
    review_problem,
)


def test_a_half_year_is_checked_once_it_has_begun_R1() -> None:
    assert half_quarters(2026, 2) == ((2026, 3), (2026, 4))
    assert checkable(2026, 1, date(2026, 6, 30))
    assert not checkable(2026, 2, date(2026, 6, 30))
    assert checkable(2025, 2, date(2026, 1, 5))


def test_the_check_counts_the_half_years_reports_by_state_R1() -> None:
    due = date(2026, 4, 15)
    statuses = [
        QuarterStatus(2026, 1, due, QuarterState.REPORTED),
        QuarterStatus(2026, 2, due, QuarterState.MISSING),
        QuarterStatus(2026, 3, due, QuarterState.MISSING),
        QuarterStatus(2026, 2, due, QuarterState.REPORTED_LATE),
    ]
    counts = reporting_counts(statuses, half_quarters(2026, 1))
    assert counts == {"missing": 1, "reported": 1, "reported_late": 1}


def test_every_department_and_government_names_a_phone_and_web_address_R11() -> None:
    assert owes_a_channel("city_department", True) and owes_a_channel("street_office", True)
    assert not owes_a_channel("internal_unit", True)
    assert not owes_a_channel("city_department", False)
    assert missing_fields(None, "https://x.gov.cn") == ["complaint_phone"]
    assert missing_fields("0755-1", None) == ["complaint_url"]
    assert missing_fields("0755-1", "https://x.gov.cn") == []


def test_a_white_paper_is_due_by_the_end_of_february_R13() -> None:
    assert paper_due(2027) == date(2027, 2, 28) and paper_due(2028) == date(2028, 2, 29)
    assert not is_late(2027, date(2027, 2, 28))
    assert is_late(2027, date(2027, 3, 1))
    assert owes_a_paper("district_government", True) and not owes_a_paper("internal_unit", True)


def test_a_returned_paper_needs_findings_R13() -> None:
    assert review_problem(ReviewOutcome.RETURNED, None) is not None
    assert review_problem(ReviewOutcome.RETURNED, "缺少上年完成情况") is None
    assert review_problem(ReviewOutcome.ACCEPTED, None) is None
