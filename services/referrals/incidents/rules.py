"""Incidents (公共安全责任事故): the initial accountability of 001 art. 13–16, and the review.

The table is data: each cell is the form decided for an official's role within 24 hours of
the on-site meeting; further accountability may follow the investigation (art. 15). A major
incident is reviewed (责任检讨, R12): its deadlines and who circulates the result.
"""

import calendar as months
from datetime import date, datetime, timedelta
from enum import StrEnum

from services.referrals.cases.schemas import Level, Tier
from services.referrals.sanctions.rules import SERIOUS_FORMS, Sanction
from shared.directory import FunctionalRole
from shared.workdays import WorkCalendar

INITIAL_DECISION_WITHIN = timedelta(hours=24)
# Supervision registers incidents and records their review (R12); personnel also reads them.
RECORDERS = frozenset({FunctionalRole.SUPERVISION})
READERS = frozenset({FunctionalRole.SUPERVISION, FunctionalRole.PERSONNEL})


class IncidentKind(StrEnum):
    """What happened: 000 item 18 reviews major accidents and major events alike (R12)."""

    ACCIDENT = "accident"  # 公共安全责任事故: the table of art. 13–16 applies
    EVENT = "event"  # 重大事件: reviewed (R12), without the table's initial decisions


class Severity(StrEnum):
    """Incident severity."""

    ESPECIALLY_MAJOR = "especially_major"  # 特别重大
    MAJOR = "major"  # 重大
    LARGE = "large"  # 较大
    ORDINARY_LARGE_LOSS = "ordinary_large_loss"  # 一般, 造成较大损失或者不良影响


class OfficialRole(StrEnum):
    """The officials articles 13–16 name."""

    PRINCIPAL_LEADER = "principal_leader"  # 有关党政领导正职
    DISTRICT_DEPUTY = "district_deputy"  # 区党政领导分管副职
    DISTRICT_DEPARTMENT_DEPUTY = "district_department_deputy"  # 区有关职能部门领导分管副职
    STREET_PRINCIPAL = "street_principal"  # 街道党政领导正职
    STREET_DEPUTY = "street_deputy"  # 街道党政领导分管副职


class Decider(StrEnum):
    """Who holds the on-site meeting and decides."""

    CITY = "city"  # 市委、市政府
    DISTRICT = "district"  # 区委、区政府


# Where each role of art. 13–16 stands, as the decision records its officials.
ROLE_LEVEL: dict[OfficialRole, Level] = {
    OfficialRole.PRINCIPAL_LEADER: Level.PRINCIPAL,
    OfficialRole.DISTRICT_DEPUTY: Level.DEPUTY_IN_CHARGE,
    OfficialRole.DISTRICT_DEPARTMENT_DEPUTY: Level.DEPUTY_IN_CHARGE,
    OfficialRole.STREET_PRINCIPAL: Level.PRINCIPAL,
    OfficialRole.STREET_DEPUTY: Level.DEPUTY_IN_CHARGE,
}
ROLE_TIER: dict[OfficialRole, Tier] = {
    OfficialRole.PRINCIPAL_LEADER: Tier.DISTRICT,
    OfficialRole.DISTRICT_DEPUTY: Tier.DISTRICT,
    OfficialRole.DISTRICT_DEPARTMENT_DEPUTY: Tier.DEPARTMENT,
    OfficialRole.STREET_PRINCIPAL: Tier.STREET,
    OfficialRole.STREET_DEPUTY: Tier.STREET,
}

# Each cell names its role: reordering OfficialRole cannot move a sanction to another role.
INITIAL_DECISIONS: dict[Severity, tuple[Decider, dict[OfficialRole, Sanction]]] = {
    # Art. 13 (1)
    Severity.ESPECIALLY_MAJOR: (
        Decider.CITY,
        {
            OfficialRole.PRINCIPAL_LEADER: Sanction.PUBLIC_APOLOGY,
            OfficialRole.DISTRICT_DEPUTY: Sanction.REMOVAL,
            OfficialRole.DISTRICT_DEPARTMENT_DEPUTY: Sanction.REMOVAL,
            OfficialRole.STREET_PRINCIPAL: Sanction.REMOVAL,
            OfficialRole.STREET_DEPUTY: Sanction.REMOVAL,
        },
    ),
    # Art. 13 (2)
    Severity.MAJOR: (
        Decider.CITY,
        {
            OfficialRole.PRINCIPAL_LEADER: Sanction.PUBLIC_APOLOGY,
            OfficialRole.DISTRICT_DEPUTY: Sanction.SUSPENSION,
            OfficialRole.DISTRICT_DEPARTMENT_DEPUTY: Sanction.SUSPENSION,
            OfficialRole.STREET_PRINCIPAL: Sanction.SUSPENSION,
            OfficialRole.STREET_DEPUTY: Sanction.REMOVAL,
        },
    ),
    # Art. 14
    Severity.LARGE: (
        Decider.DISTRICT,
        {
            OfficialRole.DISTRICT_DEPARTMENT_DEPUTY: Sanction.WRITTEN_SELF_CRITICISM,
            OfficialRole.STREET_PRINCIPAL: Sanction.PUBLIC_APOLOGY,
            OfficialRole.STREET_DEPUTY: Sanction.SUSPENSION,
        },
    ),
    # Art. 16
    Severity.ORDINARY_LARGE_LOSS: (
        Decider.DISTRICT,
        {
            OfficialRole.DISTRICT_DEPARTMENT_DEPUTY: Sanction.ADMONITION,
            OfficialRole.STREET_DEPUTY: Sanction.WRITTEN_SELF_CRITICISM,
        },
    ),
}


def initial_sanction(kind: IncidentKind, severity: Severity, role: OfficialRole) -> Sanction | None:
    """Gets the initial form for an official's role, or None when the table names none."""
    if kind != IncidentKind.ACCIDENT:
        return None  # art. 13–16 cover public-safety responsibility accidents only
    return INITIAL_DECISIONS[severity][1].get(role)


def is_serious_form(form: Sanction) -> bool:
    """Tells whether the table's form is one of art. 10 (1): it needs a serious loss."""
    return form in SERIOUS_FORMS


# The legal basis the recorded initial decisions cite.
INITIAL_DECISION_BASIS = "《深圳市党政领导干部问责暂行规定》第十三条至第十六条"
APOLOGY_BASIS = "深府办〔2006〕8号 第十八项；《深圳市党政领导干部问责暂行规定》第十条"


class ApologyReason(StrEnum):
    """Why a review ends in the proposal of a public apology (R12)."""

    EXPLANATION_MISSED = "explanation_missed"  # not explained to the superior in time
    DERELICTION_FOUND = "dereliction_found"  # the review found a dereliction of duty


def decider(severity: Severity) -> Decider:
    """Gets who makes the initial decision."""
    return INITIAL_DECISIONS[severity][0]


def initial_decision_due(on_site_meeting_at: datetime) -> datetime:
    """Gets the deadline of the initial decision: 24 hours after the on-site meeting."""
    return on_site_meeting_at + INITIAL_DECISION_WITHIN


# R12 applies after a major accident or event.
REVIEWED = frozenset({Severity.ESPECIALLY_MAJOR, Severity.MAJOR})
EXPLANATION_MONTHS = 1  # 000 item 18: explain to the superior within one month
EXPLANATION_WORKING_DAYS = 20  # 003: complete the review within 20 working days
CIRCULATION_MONTHS = 3  # circulate within 3 months after the investigation


class ReviewLimit(StrEnum):
    """The deadlines of an incident: its initial decisions (art. 13) and its review (R12)."""

    INITIAL_DECISION = "initial_decision"
    EXPLANATION = "explanation"
    CIRCULATION = "circulation"


class Circulator(StrEnum):
    """Who circulates the review's result inside government."""

    GOVERNMENT = "government"  # the same-level government, when the department head is involved
    DEPARTMENT = "department"  # the responsible department itself


def add_months(day: date, count: int) -> date:
    """Gets the same day `count` months later (the month's last day when it is shorter)."""
    month_index = day.month - 1 + count
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, months.monthrange(year, month)[1]))


def is_reviewed(severity: Severity) -> bool:
    """Tells whether an incident calls for the R12 review."""
    return severity in REVIEWED


def explanation_due(occurred_on: date, calendar: WorkCalendar) -> date:
    """Gets the explanation deadline: the earlier of one month and 20 working days (R12)."""
    return min(
        add_months(occurred_on, EXPLANATION_MONTHS),
        calendar.add_working_days(occurred_on, EXPLANATION_WORKING_DAYS),
    )


def circulation_due(investigation_concluded_on: date) -> date:
    """Gets the circulation deadline: 3 months after the investigation concluded (R12)."""
    return add_months(investigation_concluded_on, CIRCULATION_MONTHS)


def circulator(department_head_involved: bool) -> Circulator:
    """Gets who circulates the result: the government when the department head is involved."""
    return Circulator.GOVERNMENT if department_head_involved else Circulator.DEPARTMENT


def missed_limits(
    *,
    explanation_due: date | None,
    explained: bool,
    circulation_due: date | None,
    circulated: bool,
    today: date,
) -> list[tuple[ReviewLimit, date]]:
    """Lists the review deadlines missed by `today`, each with its due date (R12)."""
    missed: list[tuple[ReviewLimit, date]] = []
    if not explained and explanation_due and explanation_due < today:
        missed.append((ReviewLimit.EXPLANATION, explanation_due))
    if not circulated and circulation_due and circulation_due < today:
        missed.append((ReviewLimit.CIRCULATION, circulation_due))
    return missed


def initial_decision_missed(due: datetime | None, decided: bool, now: datetime) -> bool:
    """Tells whether the initial decisions are late: 24 hours after the meeting passed."""
    return due is not None and not decided and now > due
