"""The mandatory copy rules, without I/O."""

from services.notifications.inbox.rules import rules_for
from shared.directory import FunctionalRole


def test_every_referral_report_goes_to_supervision_and_personnel_R6() -> None:
    rules = rules_for("referrals.report.filed.v1")
    assert {rule.role for rule in rules} == {FunctionalRole.SUPERVISION, FunctionalRole.PERSONNEL}
    assert {rule.rule_id for rule in rules} == {"R6"}


def test_an_event_no_rule_names_goes_nowhere() -> None:
    assert rules_for("registry.department.created.v1") == []
