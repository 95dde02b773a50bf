"""The copy rules and acknowledgement timing, without I/O (R-numbers in the names)."""

from datetime import UTC, datetime

from services.notifications.inbox.rules import ack_stage
from services.notifications.routing.rules import (
    ADDRESSEES,
    MANDATORY_RULES,
    Condition,
    CopyRule,
    is_routed,
    roles_needed,
    route,
    rules_for,
)
from shared.directory import FunctionalRole
from shared.workdays import WorkCalendar

HOLDERS: dict[str, list[str]] = {
    FunctionalRole.SUPERVISION: ["SZ-SUPERVISION"],
    FunctionalRole.PERSONNEL: ["SZ-PERSONNEL"],
}
CAL = WorkCalendar.official()


def test_every_referral_report_goes_to_supervision_and_personnel_R6() -> None:
    data = {"kind": "audit_transfer", "supervisory": False}
    recipients = route("referrals.report.filed.v1", data, [], HOLDERS)
    assert recipients == {"SZ-SUPERVISION": ["R6"], "SZ-PERSONNEL": ["R6"]}


def test_supervisory_reports_are_also_copied_to_supervision_by_R4() -> None:
    data = {"kind": "financial_inspection_report", "supervisory": True}
    recipients = route("referrals.report.filed.v1", data, [], HOLDERS)
    assert recipients["SZ-SUPERVISION"] == ["R6", "R4"]  # one delivery, both rules recorded
    assert recipients["SZ-PERSONNEL"] == ["R6"]


def test_urge_notices_reach_the_addressee_and_supervision_R4() -> None:
    recipients = route(
        "registry.urge_notice.issued.v1", {"sequence": 1}, ["SZ-URBAN-MGMT"], HOLDERS
    )
    assert recipients == {"SZ-URBAN-MGMT": ["R4", ADDRESSEES], "SZ-SUPERVISION": ["R4"]}


def test_progress_reports_are_copied_to_supervision_R1() -> None:
    recipients = route("registry.progress.reported.v1", {}, ["SZ-GOV-OFFICE"], HOLDERS)
    assert recipients == {"SZ-GOV-OFFICE": ["R1", ADDRESSEES], "SZ-SUPERVISION": ["R1"]}


def test_supervision_outcome_goes_to_referring_department_and_personnel_R5() -> None:
    recipients = route("referrals.case.decided.v1", {}, ["SZ-AUDIT"], HOLDERS)
    assert set(recipients) == {"SZ-AUDIT", "SZ-PERSONNEL"}
    assert recipients["SZ-PERSONNEL"] == ["R5"]
    assert "SZ-SUPERVISION" not in recipients


def test_petition_forwarding_and_feedback_go_to_the_addressees_only_R10() -> None:
    forwarded = route("complaints.complaint.forwarded.v1", {}, ["SZ-FINANCE"], HOLDERS)
    feedback = route("complaints.complaint.feedback_given.v1", {}, ["SZ-PETITION"], HOLDERS)
    assert forwarded == {"SZ-FINANCE": ["R10", ADDRESSEES]}
    assert feedback == {"SZ-PETITION": ["R10", ADDRESSEES]}


def test_escalations_and_substantiated_faults_reach_supervision_R15() -> None:
    for event_type in (
        "complaints.complaint.escalated.v1",
        "complaints.complaint.fault_substantiated.v1",
    ):
        assert FunctionalRole.SUPERVISION in roles_needed(event_type, {})
        assert "SZ-SUPERVISION" in route(event_type, {}, [], HOLDERS)


def test_an_event_without_rules_reaches_only_its_addressees() -> None:
    recipients = route("registry.task.assigned.v1", {}, ["SZ-FUTIAN", "SZ-FUTIAN"], HOLDERS)
    assert recipients == {"SZ-FUTIAN": [ADDRESSEES]}
    assert rules_for("registry.department.created.v1") == []


def test_admin_rule_adds_departments_when_its_condition_holds() -> None:
    rule = CopyRule(
        "ADMIN-1",
        "complaints.complaint.received.v1",
        departments=("SZ-LEGAL",),
        condition=Condition("channel", frozenset({"hotline"})),
    )
    hit = route("complaints.complaint.received.v1", {"channel": "hotline"}, [], HOLDERS, [rule])
    miss = route("complaints.complaint.received.v1", {"channel": "web"}, [], HOLDERS, [rule])
    assert hit == {"SZ-LEGAL": ["ADMIN-1"]}
    assert miss == {}


def test_admin_rules_cannot_remove_mandatory_copies_R6() -> None:
    # Admin rules only add; the mandatory rules always come first and stay.
    extra = [CopyRule("ADMIN-2", "referrals.report.filed.v1", departments=("SZ-LEGAL",))]
    recipients = route("referrals.report.filed.v1", {}, [], HOLDERS, extra)
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
