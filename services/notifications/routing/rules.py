"""The routing table: who receives each event type, and by which rule (pure, no I/O).

Producers state facts (the departments involved, in named fields); notifications alone
decides who receives them. Each line of the table reaches the departments named in some
fields of the event, or the holders of a functional role, when its condition holds.
Mandatory lines come from DOMAIN.md and no API can switch them off; admin rules (stored in
copy_rules) add fixed departments for a routed event type. An event type the services
publish is either routed here or declared internal (not addressed to people).
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from services.notifications.events import (
    ADVANCED_UNITS_PROPOSED,
    APOLOGY_PROPOSED,
    ASSESSMENT_PUBLISHED,
    CASE_DECIDED,
    CASE_FEEDBACK_GIVEN,
    CASE_OVERDUE,
    CASE_REJECTED,
    CHANNEL_OMITTED,
    CHANNELS_PUBLISHED,
    COMPLAINT_ACCOUNTABILITY_REPORTED,
    COMPLAINT_ESCALATED,
    COMPLAINT_FEEDBACK_GIVEN,
    COMPLAINT_FORWARDED,
    COMPLAINT_REASSIGNED,
    COMPLAINT_RECEIVED,
    COMPLAINT_REMINDED,
    DISTRICT_REPORT_FILED,
    DISTRICT_REPORT_OVERDUE,
    FAULT_FILED,
    FAULT_SUBSTANTIATED,
    INCIDENT_DECISION_OVERDUE,
    INCIDENT_REVIEW_OVERDUE,
    LEADER_MATTER_CIRCULAR,
    MINUTES_ISSUED,
    OCCURRENCE_OPENED,
    OCCURRENCE_STATUS_CHANGED,
    PROGRESS_CHECK_RECORDED,
    PROGRESS_REPORTED,
    REPORT_FILED,
    REVIEW_CLOSED,
    REVIEW_OPENED,
    REVIEW_OVERDUE,
    TASK_ASSIGNED,
    TASK_MOVED,
    TASK_STATUS_CHANGED,
    URGE_NOTICE_ISSUED,
    URGE_REFERRAL_OPENED,
    WHITE_PAPER_OVERDUE,
    WHITE_PAPER_PUBLISHED,
    WHITE_PAPER_REVIEWED,
)
from shared.directory import FunctionalRole

SUPERVISION, PERSONNEL, GOV_OFFICE = (
    FunctionalRole.SUPERVISION,
    FunctionalRole.PERSONNEL,
    FunctionalRole.GOV_OFFICE,
)


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
    """Events of a type (when the condition holds) reach the departments named in `fields`,
    the holders of `role`, and `departments`."""

    rule_id: str
    event_type: str
    role: FunctionalRole | None = None
    fields: tuple[str, ...] = ()
    departments: tuple[str, ...] = ()
    condition: Condition | None = None

    def applies_to(self, event_type: str, data: Mapping[str, Any]) -> bool:
        """Tells whether the rule fires for an event."""
        return self.event_type == event_type and (
            self.condition is None or self.condition.holds(data)
        )

    def named(self, data: Mapping[str, Any]) -> list[str]:
        """Gets the department codes the event's `fields` hold (a code or a list of codes)."""
        codes: list[str] = []
        for name in self.fields:
            value = data.get(name)
            codes += value if isinstance(value, list) else [value] if value else []
        return [str(code) for code in codes]


def _to(rule_id: str, event_type: str, *fields: str, **kw: Any) -> CopyRule:
    return CopyRule(rule_id, event_type, fields=fields, **kw)


# The mandatory table. Order matters: the first line that reaches a department is the rule
# its item records (the others are kept in `rules`).
MANDATORY_RULES: tuple[CopyRule, ...] = (
    # R6: every referral report is copied to supervision and personnel; R4: supervisory
    # reports too (referrals, which owns the report kinds, flags them `supervisory`).
    CopyRule("R6", REPORT_FILED, SUPERVISION),
    CopyRule("R6", REPORT_FILED, PERSONNEL),
    CopyRule("R4", REPORT_FILED, SUPERVISION, condition=Condition.flag("supervisory")),
    # R5: supervision's outcome goes back to the referring department and to personnel; a
    # referral it does not accept goes back to the referrer with the reason.
    _to("R5", CASE_DECIDED, "referring_department"),
    CopyRule("R5", CASE_DECIDED, PERSONNEL),
    _to("R5", CASE_REJECTED, "referring_department"),
    _to("R5", CASE_FEEDBACK_GIVEN, "referring_department"),
    # R7: the joint meeting's minutes are issued to its participants.
    *(
        CopyRule("R7", MINUTES_ISSUED, role)
        for role in (
            SUPERVISION,
            FunctionalRole.FINANCE,
            FunctionalRole.AUDIT,
            FunctionalRole.LEGAL,
            PERSONNEL,
        )
    ),
    # R8: the districts report their half year to the city's supervision; a report missing
    # after its due date is flagged to the city's supervision and the district.
    CopyRule("R8", DISTRICT_REPORT_FILED, SUPERVISION),
    CopyRule("R8", DISTRICT_REPORT_OVERDUE, SUPERVISION),
    _to("R8", DISTRICT_REPORT_OVERDUE, "district"),
    # R14: departments file their own fault-handling results with supervision.
    CopyRule("R14", FAULT_FILED, SUPERVISION),
    # R6: an urge-notice referral is copied like every referral report.
    CopyRule("R6", URGE_REFERRAL_OPENED, SUPERVISION),
    CopyRule("R6", URGE_REFERRAL_OPENED, PERSONNEL),
    # R5: a case past a time limit is escalated inside supervision, which pursues it.
    CopyRule("R5", CASE_OVERDUE, SUPERVISION),
    # R12: a major incident's review or circulation missed: escalated to supervision.
    CopyRule("R12", INCIDENT_REVIEW_OVERDUE, SUPERVISION),
    # R16: a revoked or lost act's responsibility review reaches the department under review
    # and supervision when it opens, ends (a fault found is also a referral report, R6) or
    # passes its deadline open (escalated to supervision).
    _to("R16", REVIEW_OPENED, "department"),
    CopyRule("R16", REVIEW_OPENED, SUPERVISION),
    _to("R16", REVIEW_CLOSED, "department"),
    CopyRule("R16", REVIEW_CLOSED, SUPERVISION),
    CopyRule("R16", REVIEW_OVERDUE, SUPERVISION),
    _to("R16", REVIEW_OVERDUE, "department"),
    # R12: a failed review proposes the head's public apology to supervision, which records
    # the deciding level's decision.
    CopyRule("R12", APOLOGY_PROPOSED, SUPERVISION),
    # 001 art. 13: initial decisions not recorded within 24 hours of the on-site meeting.
    CopyRule("INCIDENT", INCIDENT_DECISION_OVERDUE, SUPERVISION),
    # R3: a task reaches its lead and co-responsible units; a change of status also its
    # assigner; a move the task's lead unit and the new parent's.
    _to("R3", TASK_ASSIGNED, "lead_unit", "co_units"),
    _to("R3", TASK_STATUS_CHANGED, "lead_unit", "co_units", "assigned_by"),
    _to("R3", TASK_MOVED, "lead_unit", "to_parent_lead_unit"),
    # R3: each period of a recurring duty reaches the task's units when it opens; its
    # completion or a missed due day also the assigner.
    _to("R3", OCCURRENCE_OPENED, "lead_unit", "co_units"),
    _to("R3", OCCURRENCE_STATUS_CHANGED, "lead_unit", "co_units", "assigned_by"),
    # R1: progress reports go to the government office and are copied to supervision; the
    # half-year check reaches the unit checked when it has findings.
    CopyRule("R1", PROGRESS_REPORTED, GOV_OFFICE),
    CopyRule("R1", PROGRESS_REPORTED, SUPERVISION),
    _to("R1", PROGRESS_CHECK_RECORDED, "department", condition=Condition.flag("has_findings")),
    # R11: the quarter's city-wide channel list goes to supervision (000 item 16); a unit
    # still missing its phone or web address is told.
    CopyRule("R11", CHANNELS_PUBLISHED, SUPERVISION),
    _to("R11", CHANNEL_OMITTED, "department"),
    # R4: urge notices reach the task's units and are copied to supervision.
    _to("R4", URGE_NOTICE_ISSUED, "lead_unit", "co_units"),
    CopyRule("R4", URGE_NOTICE_ISSUED, SUPERVISION),
    # R2: the quarter's circular on the mayor's matters reaches their lead units and
    # supervision.
    _to("R2", LEADER_MATTER_CIRCULAR, "lead_units"),
    CopyRule("R2", LEADER_MATTER_CIRCULAR, SUPERVISION),
    # R13: a published white paper goes to supervision, which reviews it.
    CopyRule("R13", WHITE_PAPER_PUBLISHED, SUPERVISION),
    # R13: a paper not published by the end of February is flagged to its department and the
    # government office; supervision's review goes back to the department.
    _to("R13", WHITE_PAPER_OVERDUE, "department"),
    CopyRule("R13", WHITE_PAPER_OVERDUE, GOV_OFFICE),
    _to("R13", WHITE_PAPER_REVIEWED, "department"),
    # R15: a complaint reaches its handler (copied to supervision), a hand-over the
    # receiver (reassigned: copied to supervision), a near limit the handler; a missed limit
    # escalates to supervision, the answerable unit and the handler; a fault is referred.
    _to("R15", COMPLAINT_RECEIVED, "handling_department"),
    CopyRule("R15", COMPLAINT_RECEIVED, SUPERVISION),
    _to("R15", COMPLAINT_REASSIGNED, "to_department"),
    CopyRule("R15", COMPLAINT_REASSIGNED, SUPERVISION),
    _to("R15", COMPLAINT_REMINDED, "handling_department"),
    CopyRule("R15", COMPLAINT_ESCALATED, SUPERVISION),
    _to("R15", COMPLAINT_ESCALATED, "answerable_department", "handling_department"),
    CopyRule("R15", FAULT_SUBSTANTIATED, SUPERVISION),
    # R5: the result of the case a complaint generated goes back to its first-contact unit.
    _to("R5", COMPLAINT_ACCOUNTABILITY_REPORTED, "first_contact_department"),
    # R10: petition forwardings reach the receiver, its feedback the petition office.
    _to("R10", COMPLAINT_FORWARDED, "to_department"),
    _to("R10", COMPLAINT_FEEDBACK_GIVEN, "feedback_to"),
    # R10: the feedback owed to the petition office is chased: it sees the reminder and the
    # escalation of the handling limit of a complaint it forwarded.
    _to("R10", COMPLAINT_REMINDED, "feedback_to"),
    _to("R10", COMPLAINT_ESCALATED, "feedback_to"),
    # R17: the year's evaluation reaches the office, supervision and personnel, which uses it
    # for ratings, rewards and appointments (004 item 12); so does the proposal of advanced
    # units, which also reaches the units proposed.
    CopyRule("R17", ASSESSMENT_PUBLISHED, GOV_OFFICE),
    CopyRule("R17", ASSESSMENT_PUBLISHED, SUPERVISION),
    CopyRule("R17", ASSESSMENT_PUBLISHED, PERSONNEL),
    CopyRule("R17", ADVANCED_UNITS_PROPOSED, GOV_OFFICE),
    CopyRule("R17", ADVANCED_UNITS_PROPOSED, SUPERVISION),
    CopyRule("R17", ADVANCED_UNITS_PROPOSED, PERSONNEL),
    _to("R17", ADVANCED_UNITS_PROPOSED, "departments"),
)

MANDATORY_RULE_IDS = frozenset(rule.rule_id for rule in MANDATORY_RULES)
ROUTED_EVENT_TYPES = tuple(dict.fromkeys(rule.event_type for rule in MANDATORY_RULES))

# Event types published for services and statistics, not addressed to people, with why.
INTERNAL_EVENT_TYPES: dict[str, str] = {
    "registry.department.created.v1": "the directory every service copies",
    "registry.department.updated.v1": "the directory every service copies",
    "registry.department.deactivated.v1": "the directory every service copies",
    "registry.calendar.day_set.v1": "the working-day calendar every service copies",
    "registry.calendar.day_removed.v1": "the working-day calendar every service copies",
    "registry.calendar.year_declared.v1": "the working-day calendar every service copies",
    "registry.calendar.year_withdrawn.v1": "the working-day calendar every service copies",
    "referrals.legal_outcome.recorded.v1": "the assessment (R17); a revoked or lost act's "
    "review is routed as an event of its own (R16)",
    "complaints.complaint.handled.v1": "statistics and assessment (R14, R17); the feedback "
    "and the fault found are events of their own",
    "complaints.complaint.appraised.v1": "the assessment's public appraisal (R17); never "
    "sent to the unit appraised",
    "notifications.item.delivered.v1": "notifications' own record of a delivery",
    "notifications.item.acknowledged.v1": "notifications' own record of a receipt (签收)",
}


def is_routed(event_type: str) -> bool:
    """Tells whether notifications routes this event type (admin rules may name only these)."""
    return event_type in ROUTED_EVENT_TYPES


def rules_for(event_type: str, extra: Iterable[CopyRule] = ()) -> list[CopyRule]:
    """Gets the rules (mandatory first, then admin) that name an event type."""
    return [r for r in (*MANDATORY_RULES, *extra) if r.event_type == event_type]


def named_departments(event_type: str, data: Mapping[str, Any]) -> list[str]:
    """Gets the departments an event's facts name for the rules that fire (in order)."""
    codes = [
        code
        for rule in MANDATORY_RULES
        if rule.applies_to(event_type, data)
        for code in rule.named(data)
    ]
    return list(dict.fromkeys(codes))


def roles_needed(event_type: str, data: Mapping[str, Any]) -> list[FunctionalRole]:
    """Gets the functional roles the mandatory rules send an event to."""
    roles = [
        rule.role
        for rule in MANDATORY_RULES
        if rule.role is not None and rule.applies_to(event_type, data)
    ]
    return list(dict.fromkeys(roles))


def route(
    event_type: str,
    data: Mapping[str, Any],
    holders: Mapping[str, Sequence[str]],
    extra: Iterable[CopyRule] = (),
) -> dict[str, list[str]]:
    """Gets each recipient department with the rules that reach it, in rule order.

    `holders` maps a functional role to the active departments holding it.
    """
    recipients: dict[str, list[str]] = {}
    for rule in rules_for(event_type, extra):
        if not rule.applies_to(event_type, data):
            continue
        role_holders = holders.get(rule.role, ()) if rule.role is not None else ()
        for code in (*rule.named(data), *role_holders, *rule.departments):
            rules = recipients.setdefault(code, [])
            if rule.rule_id not in rules:
                rules.append(rule.rule_id)
    return recipients
