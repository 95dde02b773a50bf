"""Initial accountability after a public-safety incident, 001 art. 13–16: every cell."""

from datetime import UTC, datetime

import pytest

from services.referrals.incidents.rules import (
    Decider,
    IncidentKind,
    OfficialRole,
    Severity,
    decider,
    initial_decision_due,
    initial_sanction,
)
from services.referrals.sanctions.rules import Sanction

R = OfficialRole
TABLE: dict[Severity, dict[OfficialRole, Sanction | None]] = {
    Severity.ESPECIALLY_MAJOR: {
        R.PRINCIPAL_LEADER: Sanction.PUBLIC_APOLOGY,
        R.DISTRICT_DEPUTY: Sanction.REMOVAL,
        R.DISTRICT_DEPARTMENT_DEPUTY: Sanction.REMOVAL,
        R.STREET_PRINCIPAL: Sanction.REMOVAL,
        R.STREET_DEPUTY: Sanction.REMOVAL,
    },
    Severity.MAJOR: {
        R.PRINCIPAL_LEADER: Sanction.PUBLIC_APOLOGY,
        R.DISTRICT_DEPUTY: Sanction.SUSPENSION,
        R.DISTRICT_DEPARTMENT_DEPUTY: Sanction.SUSPENSION,
        R.STREET_PRINCIPAL: Sanction.SUSPENSION,
        R.STREET_DEPUTY: Sanction.REMOVAL,
    },
    Severity.LARGE: {
        R.PRINCIPAL_LEADER: None,
        R.DISTRICT_DEPUTY: None,
        R.DISTRICT_DEPARTMENT_DEPUTY: Sanction.WRITTEN_SELF_CRITICISM,
        R.STREET_PRINCIPAL: Sanction.PUBLIC_APOLOGY,
        R.STREET_DEPUTY: Sanction.SUSPENSION,
    },
    Severity.ORDINARY_LARGE_LOSS: {
        R.PRINCIPAL_LEADER: None,
        R.DISTRICT_DEPUTY: None,
        R.DISTRICT_DEPARTMENT_DEPUTY: Sanction.ADMONITION,
        R.STREET_PRINCIPAL: None,
        R.STREET_DEPUTY: Sanction.WRITTEN_SELF_CRITICISM,
    },
}


@pytest.mark.parametrize(
    ("severity", "role"),
    [(severity, role) for severity in Severity for role in OfficialRole],
)
def test_initial_sanction_matches_the_table(severity: Severity, role: OfficialRole) -> None:
    assert initial_sanction(IncidentKind.ACCIDENT, severity, role) == TABLE[severity][role]


def test_a_major_event_is_not_an_accident_and_takes_no_initial_form_R12() -> None:
    """000 item 18 reviews major events too (R12), but art. 13–16 propose forms for accidents."""
    for role in OfficialRole:
        assert initial_sanction(IncidentKind.EVENT, Severity.MAJOR, role) is None


def test_city_decides_especially_major_and_major_districts_the_others() -> None:
    assert decider(Severity.ESPECIALLY_MAJOR) == decider(Severity.MAJOR) == Decider.CITY
    assert decider(Severity.LARGE) == decider(Severity.ORDINARY_LARGE_LOSS) == Decider.DISTRICT


def test_initial_decision_is_due_24_hours_after_the_on_site_meeting() -> None:
    meeting = datetime(2026, 10, 1, 22, 30, tzinfo=UTC)
    assert initial_decision_due(meeting) == datetime(2026, 10, 2, 22, 30, tzinfo=UTC)
