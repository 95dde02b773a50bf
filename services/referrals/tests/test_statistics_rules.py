"""Quarterly accountability statistics by district, department, source and sanction (R14)."""

from datetime import datetime

import pytest

from services.referrals.statistics.rules import (
    CaseFact,
    DecisionFact,
    DirectoryEntry,
    Row,
    district_of,
    in_district,
    joint_meeting,
    summarize,
    to_csv_lines,
)
from shared.workdays import CITY_TZ, half_year_bounds, quarter_bounds

DIRECTORY = {
    "SZ-FUTIAN": DirectoryEntry("district_government", None),
    "SZ-FUTIAN-STREET": DirectoryEntry("street_office", "SZ-FUTIAN"),
    "SZ-URBAN-MGMT": DirectoryEntry("functional_department", None),
    "SZ-LOOP": DirectoryEntry("street_office", "SZ-LOOP"),
}


def test_quarters_run_in_city_time_R14() -> None:
    assert quarter_bounds(2026, 4) == (
        datetime(2026, 10, 1, tzinfo=CITY_TZ),
        datetime(2027, 1, 1, tzinfo=CITY_TZ),
    )
    assert quarter_bounds(2026, 1)[1] == datetime(2026, 4, 1, tzinfo=CITY_TZ)
    with pytest.raises(ValueError):
        quarter_bounds(2026, 5)


def test_a_department_counts_under_its_district_or_the_city_R14() -> None:
    assert district_of("SZ-FUTIAN-STREET", DIRECTORY) == "SZ-FUTIAN"
    assert district_of("SZ-FUTIAN", DIRECTORY) == "SZ-FUTIAN"
    assert district_of("SZ-URBAN-MGMT", DIRECTORY) == "CITY"
    assert district_of("SZ-LOOP", DIRECTORY) == "CITY"  # a cycle does not hang
    assert district_of(None, DIRECTORY) == "UNKNOWN"
    assert district_of("SZ-GONE", DIRECTORY) == "UNKNOWN"


def test_summary_counts_cases_decisions_persons_and_forms_R14() -> None:
    cases = [
        CaseFact("report", "SZ-FUTIAN-STREET", open=True),
        CaseFact("media_lead", "SZ-URBAN-MGMT", open=False),
        CaseFact("report", "SZ-URBAN-MGMT", open=True),
    ]
    decisions = [
        DecisionFact(
            "SZ-URBAN-MGMT",
            (("circulated_criticism", "written_self_criticism"), ("circulated_criticism",)),
        )
    ]
    rows = summarize(cases, decisions, DIRECTORY)
    assert rows == [
        Row("source", "media_lead", 1, 0, 0),
        Row("source", "report", 2, 0, 0),
        Row("district", "CITY", 2, 1, 2),
        Row("district", "SZ-FUTIAN", 1, 0, 0),
        Row("department", "SZ-FUTIAN-STREET", 1, 0, 0),
        Row("department", "SZ-URBAN-MGMT", 2, 1, 2),
        Row("sanction", "circulated_criticism", 0, 0, 2),
        Row("sanction", "written_self_criticism", 0, 0, 1),
    ]
    assert to_csv_lines(rows[:1]) == [
        "dimension,key,cases,decisions,persons,filings",
        "source,media_lead,1,0,0,0",
    ]


def test_half_years_run_in_city_time_R8() -> None:
    assert half_year_bounds(2026, 1) == (
        datetime(2026, 1, 1, tzinfo=CITY_TZ),
        datetime(2026, 7, 1, tzinfo=CITY_TZ),
    )
    assert half_year_bounds(2026, 2)[1] == datetime(2027, 1, 1, tzinfo=CITY_TZ)
    with pytest.raises(ValueError):
        half_year_bounds(2026, 3)


def test_a_district_report_keeps_its_own_departments_R8() -> None:
    cases = [
        CaseFact("report", "SZ-FUTIAN-STREET", True),
        CaseFact("report", "SZ-URBAN-MGMT", True),
    ]
    decisions = [DecisionFact("SZ-URBAN-MGMT", (("admonition",),))]
    kept_cases, kept_decisions = in_district(cases, decisions, "SZ-FUTIAN", DIRECTORY)
    assert kept_cases == cases[:1] and kept_decisions == []


def test_the_joint_meeting_pack_sums_per_participant_R7() -> None:
    roles = {"SZ-FINANCE": "FINANCE", "SZ-AUDIT": "AUDIT", "SZ-SUPERVISION": "SUPERVISION"}
    cases = [
        CaseFact("report", None, True, referring="SZ-FINANCE"),
        CaseFact("report", None, True, referring="SZ-FINANCE"),
        CaseFact("media_lead", None, True),
    ]
    decisions = [DecisionFact(None, (("admonition",),), referring="SZ-FINANCE")]
    rows = joint_meeting(cases, decisions, {"SZ-FINANCE": 1, "SZ-AUDIT": 2, "": 4}, roles)
    assert [(r.participant, r.referred, r.decided, r.open_cases) for r in rows] == [
        ("SUPERVISION", 3, 1, 7),
        ("FINANCE", 2, 1, 1),
        ("AUDIT", 0, 0, 2),
        ("LEGAL", 0, 0, 0),
        ("PERSONNEL", 0, 1, 0),
    ]
