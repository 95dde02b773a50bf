"""Recurring duties (seed 000 items 13, 19, 30) and the demo table's leads, without I/O."""

from datetime import date

from services.registry.departments.rules import SEED_DEPARTMENTS, DepartmentKind
from services.registry.occurrences.rules import (
    TRANSITIONS,
    DueRule,
    OccurrenceAction,
    OccurrenceStatus,
    Period,
    Recurrence,
    check_due_rule,
    due_date,
    first_period,
    next_period,
    period_of,
    periods_between,
)
from services.registry.tasks.seed import load_table
from shared.workdays import WorkCalendar

CAL = WorkCalendar.official()
Q, H, Y = Recurrence.QUARTERLY, Recurrence.HALF_YEARLY, Recurrence.YEARLY


def test_periods_are_named_and_bounded() -> None:
    q3 = period_of(Q, date(2026, 8, 15))
    assert (q3.label, q3.starts_on, q3.ends_on) == ("2026-Q3", date(2026, 7, 1), date(2026, 9, 30))
    h1 = period_of(H, date(2026, 6, 30))
    assert (h1.label, h1.ends_on) == ("2026-H1", date(2026, 6, 30))
    year = period_of(Y, date(2024, 3, 1))
    assert (year.label, year.starts_on, year.ends_on) == (
        "2024",
        date(2024, 1, 1),
        date(2024, 12, 31),
    )
    assert next_period(period_of(Q, date(2026, 12, 1))).label == "2027-Q1"
    assert [p.label for p in periods_between(q3, Period(Q, 2027, 1))] == [
        "2026-Q3",
        "2026-Q4",
        "2027-Q1",
    ]


def test_due_rules_after_the_period_or_by_a_month_of_it() -> None:
    q1 = Period(Q, 2026, 1)
    assert due_date(q1, DueRule(days_after=15), CAL) == date(2026, 4, 15)
    # 10 working days after 2026-03-31: Qingming (4-4..4-6) is a holiday on the official calendar.
    assert due_date(q1, DueRule(working_days_after=10), CAL) == date(2026, 4, 15)
    assert due_date(q1, DueRule(by_month=3), CAL) == date(2026, 3, 31)
    # "By the end of February" of a year (R13, item 7) and of a leap year.
    assert due_date(Period(Y, 2027, 0), DueRule(by_month=2), CAL) == date(2027, 2, 28)
    assert due_date(Period(Y, 2028, 0), DueRule(by_month=2), CAL) == date(2028, 2, 29)


def test_a_due_rule_names_exactly_one_sound_rule() -> None:
    assert check_due_rule(Q, DueRule(days_after=15)) is None
    assert check_due_rule(Q, DueRule()) is not None
    assert check_due_rule(Q, DueRule(days_after=1, by_month=1)) is not None
    assert check_due_rule(Q, DueRule(by_month=4)) is not None  # a quarter has 3 months
    assert check_due_rule(Y, DueRule(by_month=12)) is None


def test_occurrences_start_at_assignment_or_today_never_back_dated() -> None:
    assert first_period(Q, date(2026, 5, 2), date(2026, 5, 2)).label == "2026-Q2"
    assert first_period(Q, date(2005, 12, 6), date(2026, 8, 1)).label == "2026-Q3"


def test_an_occurrence_completes_in_time_or_late() -> None:
    assert TRANSITIONS[(OccurrenceStatus.OPEN, OccurrenceAction.COMPLETE)] == "completed"
    late = TRANSITIONS[(OccurrenceStatus.OVERDUE, OccurrenceAction.COMPLETE)]
    assert late == OccurrenceStatus.COMPLETED_LATE
    assert (OccurrenceStatus.COMPLETED, OccurrenceAction.COMPLETE) not in TRANSITIONS


def test_items_13_19_30_recur_in_the_demo_table() -> None:
    by_no = {i.item_no: i for i in load_table()[2]}
    assert (by_no[13].recurrence, by_no[13].due_rule) == ("quarterly", {"working_days_after": 10})
    assert (by_no[19].recurrence, by_no[19].due_rule) == ("quarterly", {"by_month": 3})
    assert (by_no[30].recurrence, by_no[30].due_rule) == ("yearly", {"by_month": 1})
    assert by_no[2].recurrence is None


def test_gov_office_leads_only_the_items_that_name_it() -> None:
    items = load_table()[2]
    led = sorted({i.item_no for i in items if i.lead_unit == "SZ-GOV-OFFICE"})
    assert led == [4, 13]
    assert all("办公厅" in i.responsible_text for i in items if i.lead_unit == "SZ-GOV-OFFICE")


def test_an_item_naming_only_collectives_is_led_by_each_of_their_units() -> None:
    items = [i for i in load_table()[2] if i.item_no == 1]
    units = {
        d.code
        for d in SEED_DEPARTMENTS
        if d.kind in (DepartmentKind.CITY_DEPARTMENT, DepartmentKind.DISTRICT_GOVERNMENT)
    } - {"SZ-GOV-OFFICE"}
    assert {i.lead_unit for i in items} == units and len(items) == len(units)
    assert all(i.co_units == [] for i in items)
    # Item 1's target gives no date: the file's rule is 2006-12-31.
    assert {str(i.deadline) for i in items} == {"2006-12-31"}
