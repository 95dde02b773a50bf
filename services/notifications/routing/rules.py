"""Copy rules: pure data and functions (no I/O).

A delivery goes to the departments an event names (its addressees) plus the copies the
rules add. Mandatory rules come from DOMAIN.md and no API can switch them off; admin rules
(stored in copy_rules) add departments for an event type when a simple condition holds.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from services.notifications.events import (
    CASE_DECIDED,
    CASE_REJECTED,
    COMPLAINT_ESCALATED,
    COMPLAINT_FEEDBACK_GIVEN,
    COMPLAINT_FORWARDED,
    FAULT_SUBSTANTIATED,
    PROGRESS_REPORTED,
    REPORT_FILED,
    ROUTED_EVENT_TYPES,
    URGE_NOTICE_ISSUED,
)
from shared.directory import FunctionalRole

ADDRESSEES = "ADDRESSEES"  # rule id of a delivery to a department the event itself names


@dataclass(frozen=True)
class Condition:
    """A simple condition on the event's data: the field's value is one of the values."""

    field: str
    values: frozenset[str]

    def holds(self, data: Mapping[str, Any]) -> bool:
        """Tells whether the event's data satisfies the condition."""
        value = data.get(self.field)
        return value is not None and str(value) in self.values

    @classmethod
    def flag(cls, field: str) -> "Condition":
        """A condition on a boolean field of the event: it holds when the field is true."""
        return cls(field, frozenset({str(True)}))


@dataclass(frozen=True)
class CopyRule:
    """Events of a type (when the condition holds) go to a role, the addressees, or codes."""

    rule_id: str
    event_type: str
    role: FunctionalRole | None = None
    to_addressees: bool = False
    departments: tuple[str, ...] = ()
    condition: Condition | None = None

    def applies_to(self, event_type: str, data: Mapping[str, Any]) -> bool:
        """Tells whether the rule fires for an event."""
        return self.event_type == event_type and (
            self.condition is None or self.condition.holds(data)
        )


# Mandatory rules: no API can switch them off. Order matters: the first rule that reaches a
# department is the one its delivery records (the others are kept in `rules`).
MANDATORY_RULES: tuple[CopyRule, ...] = (
    # R6: every referral report is copied to supervision and personnel.
    CopyRule("R6", REPORT_FILED, FunctionalRole.SUPERVISION),
    CopyRule("R6", REPORT_FILED, FunctionalRole.PERSONNEL),
    # R4: supervisory reports and decisions, and urge notices, are copied to supervision;
    # referrals, which owns the report kinds, flags them `supervisory`.
    CopyRule(
        "R4", REPORT_FILED, FunctionalRole.SUPERVISION, condition=Condition.flag("supervisory")
    ),
    CopyRule("R4", URGE_NOTICE_ISSUED, to_addressees=True),
    CopyRule("R4", URGE_NOTICE_ISSUED, FunctionalRole.SUPERVISION),
    # R1: progress reports go to the government office and are copied to supervision.
    CopyRule("R1", PROGRESS_REPORTED, to_addressees=True),
    CopyRule("R1", PROGRESS_REPORTED, FunctionalRole.SUPERVISION),
    # R5: supervision's outcome goes back to the referring department and to personnel.
    CopyRule("R5", CASE_DECIDED, to_addressees=True),
    CopyRule("R5", CASE_DECIDED, FunctionalRole.PERSONNEL),
    # R5: a referral supervision does not accept goes back to the referrer with the reason.
    CopyRule("R5", CASE_REJECTED, to_addressees=True),
    # R10: petition forwardings reach the handling department, feedback the petition office.
    CopyRule("R10", COMPLAINT_FORWARDED, to_addressees=True),
    CopyRule("R10", COMPLAINT_FEEDBACK_GIVEN, to_addressees=True),
    # R15: an overdue complaint escalates to supervision, and a fault found is referred there.
    CopyRule("R15", COMPLAINT_ESCALATED, to_addressees=True),
    CopyRule("R15", COMPLAINT_ESCALATED, FunctionalRole.SUPERVISION),
    CopyRule("R15", FAULT_SUBSTANTIATED, to_addressees=True),
    CopyRule("R15", FAULT_SUBSTANTIATED, FunctionalRole.SUPERVISION),
)

MANDATORY_RULE_IDS = frozenset(rule.rule_id for rule in MANDATORY_RULES) | {ADDRESSEES}


def is_routed(event_type: str) -> bool:
    """Tells whether notifications routes this event type (admin rules may name only these)."""
    return event_type in ROUTED_EVENT_TYPES


def rules_for(event_type: str, extra: Iterable[CopyRule] = ()) -> list[CopyRule]:
    """Gets the rules (mandatory first, then admin) that name an event type."""
    return [r for r in (*MANDATORY_RULES, *extra) if r.event_type == event_type]


def route(
    event_type: str,
    data: Mapping[str, Any],
    addressees: Sequence[str],
    holders: Mapping[str, Sequence[str]],
    extra: Iterable[CopyRule] = (),
) -> dict[str, list[str]]:
    """Gets each recipient department with the rules that reach it, in rule order.

    `holders` maps a functional role to the active departments holding it. A department the
    event names without any rule naming addressees is still delivered (rule ADDRESSEES).
    """
    recipients: dict[str, list[str]] = {}

    def reach(code: str, rule_id: str) -> None:
        rules = recipients.setdefault(code, [])
        if rule_id not in rules:
            rules.append(rule_id)

    for rule in rules_for(event_type, extra):
        if not rule.applies_to(event_type, data):
            continue
        if rule.to_addressees:
            for code in addressees:
                reach(code, rule.rule_id)
        if rule.role is not None:
            for code in holders.get(rule.role, ()):
                reach(code, rule.rule_id)
        for code in rule.departments:
            reach(code, rule.rule_id)
    for code in addressees:
        reach(code, ADDRESSEES)
    return recipients


def roles_needed(event_type: str, data: Mapping[str, Any]) -> set[str]:
    """Gets the functional roles the mandatory rules copy an event to."""
    return {
        rule.role
        for rule in MANDATORY_RULES
        if rule.role is not None and rule.applies_to(event_type, data)
    }
