"""Copy rules: which functional roles receive an event (pure data and functions)."""

from typing import NamedTuple

from services.notifications.events import REPORT_FILED
from shared.directory import FunctionalRole


class CopyRule(NamedTuple):
    """A mandatory rule: events of a type go to the departments holding a role."""

    rule_id: str
    event_type: str
    role: FunctionalRole


# Mandatory rules: no API can switch them off.
MANDATORY_RULES: tuple[CopyRule, ...] = (
    # R6: every referral report is copied to supervision and personnel.
    CopyRule("R6", REPORT_FILED, FunctionalRole.SUPERVISION),
    CopyRule("R6", REPORT_FILED, FunctionalRole.PERSONNEL),
)


def rules_for(event_type: str) -> list[CopyRule]:
    """Gets the copy rules an event type triggers."""
    return [rule for rule in MANDATORY_RULES if rule.event_type == event_type]
