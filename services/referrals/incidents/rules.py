"""Initial accountability after a public-safety incident (公共安全责任事故): 001 art. 13–16.

The table is data: each cell is the form decided for an official's role within 24 hours of
the on-site meeting; further accountability may follow the investigation (art. 15).
"""

from datetime import datetime, timedelta
from enum import StrEnum

from services.referrals.sanctions.rules import Sanction
from shared.directory import FunctionalRole

INITIAL_DECISION_WITHIN = timedelta(hours=24)
# Supervision registers incidents and records their review (R12); personnel also reads them.
RECORDERS = frozenset({FunctionalRole.SUPERVISION})
READERS = frozenset({FunctionalRole.SUPERVISION, FunctionalRole.PERSONNEL})


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


_P, _DD, _DDD, _SP, _SD = OfficialRole
INITIAL_DECISIONS: dict[Severity, tuple[Decider, dict[OfficialRole, Sanction]]] = {
    # Art. 13 (1)
    Severity.ESPECIALLY_MAJOR: (
        Decider.CITY,
        {
            _P: Sanction.PUBLIC_APOLOGY,
            _DD: Sanction.REMOVAL,
            _DDD: Sanction.REMOVAL,
            _SP: Sanction.REMOVAL,
            _SD: Sanction.REMOVAL,
        },
    ),
    # Art. 13 (2)
    Severity.MAJOR: (
        Decider.CITY,
        {
            _P: Sanction.PUBLIC_APOLOGY,
            _DD: Sanction.SUSPENSION,
            _DDD: Sanction.SUSPENSION,
            _SP: Sanction.SUSPENSION,
            _SD: Sanction.REMOVAL,
        },
    ),
    # Art. 14
    Severity.LARGE: (
        Decider.DISTRICT,
        {
            _DDD: Sanction.WRITTEN_SELF_CRITICISM,
            _SP: Sanction.PUBLIC_APOLOGY,
            _SD: Sanction.SUSPENSION,
        },
    ),
    # Art. 16
    Severity.ORDINARY_LARGE_LOSS: (
        Decider.DISTRICT,
        {
            _DDD: Sanction.ADMONITION,
            _SD: Sanction.WRITTEN_SELF_CRITICISM,
        },
    ),
}


def initial_sanction(severity: Severity, role: OfficialRole) -> Sanction | None:
    """Gets the initial form for an official's role, or None when the table names none."""
    return INITIAL_DECISIONS[severity][1].get(role)


def decider(severity: Severity) -> Decider:
    """Gets who makes the initial decision."""
    return INITIAL_DECISIONS[severity][0]


def initial_decision_due(on_site_meeting_at: datetime) -> datetime:
    """Gets the deadline of the initial decision: 24 hours after the on-site meeting."""
    return on_site_meeting_at + INITIAL_DECISION_WITHIN
