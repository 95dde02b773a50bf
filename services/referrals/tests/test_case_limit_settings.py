"""The case limits are settings (no seed sets them), with the defaults of cases/rules.py."""

from datetime import UTC, datetime

import pytest

from services.referrals.cases.rules import DEFAULT_LIMIT_WORKING_DAYS, CaseStatus, Limit, due_date
from services.referrals.config import ReferralsSettings
from shared.workdays import WorkCalendar

CAL = WorkCalendar.official()


def test_the_defaults_are_5_60_and_5_working_days() -> None:
    assert ReferralsSettings().case_limits() == DEFAULT_LIMIT_WORKING_DAYS
    assert DEFAULT_LIMIT_WORKING_DAYS == {
        Limit.ACCEPTANCE: 5,
        Limit.INVESTIGATION: 60,
        Limit.FEEDBACK: 5,
    }


def test_an_operator_sets_a_case_limit_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REFERRALS_CASE_ACCEPTANCE_WORKING_DAYS", "3")
    limits = ReferralsSettings().case_limits()
    assert limits[Limit.ACCEPTANCE] == 3 and limits[Limit.INVESTIGATION] == 60
    monday = datetime(2026, 11, 2, 2, 0, tzinfo=UTC)  # 10:00 in Shenzhen
    assert str(due_date(CaseStatus.RECEIVED, monday, CAL, limits)) == "2026-11-05"
    assert str(due_date(CaseStatus.RECEIVED, monday, CAL)) == "2026-11-09"
