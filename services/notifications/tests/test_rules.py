"""The routing table and acknowledgement timing, without I/O (R-numbers in the names)."""

from datetime import UTC, datetime

from services.notifications.inbox.rules import ack_stage
from services.notifications.routing.rules import (
    MANDATORY_RULES,
    Condition,
    CopyRule,
    is_routed,
    named_departments,
    roles_needed,
    route,
    rules_for,
)
from shared.directory import FunctionalRole
from shared.workdays import WorkCalendar

HOLDERS: dict[str, list[str]] = {
    FunctionalRole.SUPERVISION: ["SZ-SUPERVISION"],
    FunctionalRole.PERSONNEL: ["SZ-PERSONNEL"],
    FunctionalRole.GOV_OFFICE: ["SZ-GOV-OFFICE"],
}
CAL = WorkCalendar.official()


def test_every_referral_report_goes_to_supervision_and_personnel_R6() -> None:
    data = {"kind": "audit_transfer", "supervisory": False}
    recipients = route("referrals.report.filed.v1", data, HOLDERS)
    assert recipients == {"SZ-SUPERVISION": ["R6"], "SZ-PERSONNEL": ["R6"]}


def test_supervisory_reports_are_also_copied_to_supervision_by_R4() -> None:
    data = {"kind": "financial_inspection_report", "supervisory": True}
    recipients = route("referrals.report.filed.v1", data, HOLDERS)
    assert recipients["SZ-SUPERVISION"] == ["R6", "R4"]  # one delivery, both rules recorded
    assert recipients["SZ-PERSONNEL"] == ["R6"]


def test_urge_notices_reach_the_task_units_and_supervision_R4() -> None:
    data = {"sequence": 1, "lead_unit": "SZ-URBAN-MGMT", "co_units": ["SZ-FUTIAN"]}
    recipients = route("registry.urge_notice.issued.v1", data, HOLDERS)
    assert recipients == {
        "SZ-URBAN-MGMT": ["R4"],
        "SZ-FUTIAN": ["R4"],
        "SZ-SUPERVISION": ["R4"],
    }


def test_progress_reports_go_to_the_government_office_copied_to_supervision_R1() -> None:
    recipients = route("registry.progress.reported.v1", {"reported_by": "SZ-FUTIAN"}, HOLDERS)
    assert recipients == {"SZ-GOV-OFFICE": ["R1"], "SZ-SUPERVISION": ["R1"]}


def test_a_half_year_check_reaches_the_unit_only_when_it_has_findings_R1() -> None:
    found = {"department": "SZ-FUTIAN", "findings": 2, "has_findings": True}
    assert route("registry.progress_check.recorded.v1", found, HOLDERS) == {"SZ-FUTIAN": ["R1"]}
    clean = {"department": "SZ-FUTIAN", "findings": 0, "has_findings": False}
    assert route("registry.progress_check.recorded.v1", clean, HOLDERS) == {}


def test_the_channel_list_goes_to_supervision_and_a_missing_one_to_its_unit_R11() -> None:
    published = {"year": 2027, "quarter": 3, "missing": ["SZ-LUOHU"]}
    assert route("registry.complaint_channels.published.v1", published, HOLDERS) == {
        "SZ-SUPERVISION": ["R11"]
    }
    omitted = {"department": "SZ-LUOHU", "year": 2027, "quarter": 3}
    assert route("registry.complaint_channel.omitted.v1", omitted, HOLDERS) == {"SZ-LUOHU": ["R11"]}


def test_a_late_paper_reaches_its_unit_and_gov_office_its_review_the_unit_R13() -> None:
    late = {"department": "SZ-LUOHU", "year": 2027}
    assert route("registry.white_paper.overdue.v1", late, HOLDERS) == {
        "SZ-LUOHU": ["R13"],
        "SZ-GOV-OFFICE": ["R13"],
    }
    reviewed = {"department": "SZ-LUOHU", "outcome": "returned"}
    assert route("registry.white_paper.reviewed.v1", reviewed, HOLDERS) == {"SZ-LUOHU": ["R13"]}


def test_supervision_outcome_goes_to_referring_department_and_personnel_R5() -> None:
    data = {"referring_department": "SZ-AUDIT", "decided_by": "SZ-SUPERVISION"}
    recipients = route("referrals.case.decided.v1", data, HOLDERS)
    assert recipients == {"SZ-AUDIT": ["R5"], "SZ-PERSONNEL": ["R5"]}


def test_a_case_without_referrer_is_decided_for_personnel_only_R5() -> None:
    recipients = route("referrals.case.decided.v1", {"referring_department": None}, HOLDERS)
    assert recipients == {"SZ-PERSONNEL": ["R5"]}


def test_petition_forwarding_and_feedback_go_to_the_named_departments_only_R10() -> None:
    forwarded = route("complaints.complaint.forwarded.v1", {"to_department": "SZ-FINANCE"}, HOLDERS)
    feedback = route(
        "complaints.complaint.feedback_given.v1",
        {"from_department": "SZ-FINANCE", "feedback_to": "SZ-PETITION"},
        HOLDERS,
    )
    assert forwarded == {"SZ-FINANCE": ["R10"]}
    assert feedback == {"SZ-PETITION": ["R10"]}


def test_escalations_reach_supervision_the_answerable_unit_and_the_handler_R15() -> None:
    data = {"answerable_department": "SZ-FUTIAN", "handling_department": "SZ-URBAN-MGMT"}
    recipients = route("complaints.complaint.escalated.v1", data, HOLDERS)
    assert recipients == {
        "SZ-SUPERVISION": ["R15"],
        "SZ-FUTIAN": ["R15"],
        "SZ-URBAN-MGMT": ["R15"],
    }
    assert FunctionalRole.SUPERVISION in roles_needed(
        "complaints.complaint.fault_substantiated.v1", {}
    )


def test_the_six_types_that_reached_nobody_reach_the_departments_the_docs_name() -> None:
    """R5, R12, R13, R15, R3: overdue cases and reviews, reminders, reassignments, moves,
    white papers."""
    cases = {
        "referrals.case.overdue.v1": ({}, {"SZ-SUPERVISION": ["R5"]}),
        "referrals.incident.review_overdue.v1": ({}, {"SZ-SUPERVISION": ["R12"]}),
        "complaints.complaint.reminded.v1": (
            {"handling_department": "SZ-FUTIAN"},
            {"SZ-FUTIAN": ["R15"]},
        ),
        "complaints.complaint.reassigned.v1": (
            {"from_department": "SZ-FUTIAN", "to_department": "SZ-URBAN-MGMT"},
            {"SZ-URBAN-MGMT": ["R15"], "SZ-SUPERVISION": ["R15"]},
        ),
        "registry.task.moved.v1": (
            {"lead_unit": "SZ-FUTIAN", "to_parent_lead_unit": "SZ-GOV-OFFICE"},
            {"SZ-FUTIAN": ["R3"], "SZ-GOV-OFFICE": ["R3"]},
        ),
        "registry.white_paper.published.v1": (
            {"department": "SZ-FUTIAN"},
            {"SZ-SUPERVISION": ["R13"]},
        ),
    }
    for event_type, (data, expected) in cases.items():
        assert route(event_type, data, HOLDERS) == expected, event_type


def test_a_task_reaches_its_units_once_each_and_its_status_also_the_assigner_R3() -> None:
    assigned = {"lead_unit": "SZ-FUTIAN", "co_units": ["SZ-FUTIAN", "SZ-LUOHU"]}
    assert route("registry.task.assigned.v1", assigned, HOLDERS) == {
        "SZ-FUTIAN": ["R3"],
        "SZ-LUOHU": ["R3"],
    }
    changed = {**assigned, "assigned_by": "SZ-GOV-OFFICE"}
    assert named_departments("registry.task.status_changed.v1", changed) == [
        "SZ-FUTIAN",
        "SZ-LUOHU",
        "SZ-GOV-OFFICE",
    ]
    assert rules_for("registry.department.created.v1") == []


def test_admin_rule_adds_departments_when_its_condition_holds() -> None:
    rule = CopyRule(
        "ADMIN-1",
        "complaints.complaint.received.v1",
        departments=("SZ-LEGAL",),
        condition=Condition("channel", frozenset({"hotline"})),
    )
    base = {"handling_department": "SZ-FUTIAN"}
    hit = route("complaints.complaint.received.v1", {**base, "channel": "hotline"}, HOLDERS, [rule])
    miss = route("complaints.complaint.received.v1", {**base, "channel": "web"}, HOLDERS, [rule])
    assert hit == {"SZ-FUTIAN": ["R15"], "SZ-SUPERVISION": ["R15"], "SZ-LEGAL": ["ADMIN-1"]}
    assert miss == {"SZ-FUTIAN": ["R15"], "SZ-SUPERVISION": ["R15"]}


def test_admin_rules_cannot_remove_mandatory_copies_R6() -> None:
    # Admin rules only add; the mandatory rules always come first and stay.
    extra = [CopyRule("ADMIN-2", "referrals.report.filed.v1", departments=("SZ-LEGAL",))]
    recipients = route("referrals.report.filed.v1", {}, HOLDERS, extra)
    assert recipients == {
        "SZ-SUPERVISION": ["R6"],
        "SZ-PERSONNEL": ["R6"],
        "SZ-LEGAL": ["ADMIN-2"],
    }


def test_only_routed_event_types_may_carry_rules() -> None:
    assert is_routed("registry.urge_notice.issued.v1")
    assert not is_routed("registry.urge_notice.sent.v1")
    assert all(is_routed(rule.event_type) for rule in MANDATORY_RULES)


def test_ack_reminder_after_three_working_days_across_a_holiday() -> None:
    delivered = datetime(2026, 9, 28, 2, tzinfo=UTC)  # Monday 28 Sep 2026, 10:00 in China
    # National Day 1–7 Oct 2026: working days 29 Sep, 30 Sep, 8 Oct; Sat 10 Oct is worked.
    assert ack_stage(delivered, datetime(2026, 10, 7, 9, tzinfo=UTC), CAL, 3, 2) == "none"
    assert ack_stage(delivered, datetime(2026, 10, 8, 15, tzinfo=UTC), CAL, 3, 2) == "none"
    assert ack_stage(delivered, datetime(2026, 10, 8, 17, tzinfo=UTC), CAL, 3, 2) == "remind"
    assert ack_stage(delivered, datetime(2026, 10, 10, 9, tzinfo=UTC), CAL, 3, 2) == "remind"
    assert ack_stage(delivered, datetime(2026, 10, 10, 17, tzinfo=UTC), CAL, 3, 2) == "escalate"


def test_ack_escalation_counts_working_days_only() -> None:
    delivered = datetime(2026, 11, 16, 2, tzinfo=UTC)  # Monday
    assert ack_stage(delivered, datetime(2026, 11, 19, 15, tzinfo=UTC), CAL, 3, 2) == "none"
    assert ack_stage(delivered, datetime(2026, 11, 20, 2, tzinfo=UTC), CAL, 3, 2) == "remind"
    assert ack_stage(delivered, datetime(2026, 11, 23, 2, tzinfo=UTC), CAL, 3, 2) == "remind"
    assert ack_stage(delivered, datetime(2026, 11, 24, 2, tzinfo=UTC), CAL, 3, 2) == "escalate"
