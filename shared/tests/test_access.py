"""Access policies decided without I/O: roles, functional roles, path, resource relations."""

from shared.access import (
    Access,
    Caller,
    Case,
    Holds,
    Listed,
    PathIs,
    When,
    all_of,
    any_of,
    has_role,
)
from shared.auth import Principal

SUP = Caller("SZ-SUPERVISION", "SUPERVISION", True)
PER = Caller("SZ-PERSONNEL", "PERSONNEL", True)
FIN = Caller("SZ-FINANCE", "FINANCE", True)
NOWHERE = Caller("SZ-NOWHERE", None, False)
CASE_READER = any_of(
    has_role("SUPERVISION"),
    Holds("the case's referring department"),
    all_of(has_role("PERSONNEL"), When("the case is decided")),
)


def principal(department: str, *roles: str) -> Principal:
    return Principal(subject="t", department=department, roles=frozenset(roles))


def test_roles_come_before_any_condition() -> None:
    access = Access(frozenset({"officer"}), has_role("SUPERVISION"))
    assert access.decide(principal("SZ-SUPERVISION", "officer"), SUP, {}) is True
    assert access.decide(principal("SZ-SUPERVISION", "admin"), SUP, {}) is False
    assert access.decide(None, None, {}) is False
    assert Access(public=True).decide(None, None, {}) is True
    assert Access().decide(principal("SZ-NOWHERE"), NOWHERE, {}) is True  # any valid token


def test_functional_roles_need_a_listed_department() -> None:
    assert has_role("SUPERVISION").decide(SUP, {}) is True
    assert has_role("SUPERVISION").decide(FIN, {}) is False
    assert has_role("SUPERVISION").decide(Caller("SZ-X", "SUPERVISION", False), {}) is False
    assert Listed().decide(NOWHERE, {}) is False and Listed().decide(FIN, {}) is True


def test_the_request_decides_what_it_can_and_leaves_the_resource_undecided() -> None:
    # Supervision is allowed before the case is loaded; the referrer waits for the case.
    assert CASE_READER.decide(SUP, {"path": {}}) is True
    assert CASE_READER.decide(FIN, {"path": {}}) is None
    assert CASE_READER.decide(NOWHERE, {"path": {}}) is None
    facts = {"the case's referring department": {"SZ-FINANCE"}, "the case is decided": False}
    assert CASE_READER.decide(FIN, facts) is True
    assert CASE_READER.decide(PER, facts) is False
    assert CASE_READER.decide(PER, {**facts, "the case is decided": True}) is True


def test_own_department_in_the_path() -> None:
    own = PathIs("department")
    assert own.decide(FIN, {"path": {"department": "SZ-FINANCE"}}) is True
    assert own.decide(FIN, {"path": {"department": "SZ-PERSONNEL"}}) is False
    assert own.decide(FIN, {}) is None


def test_a_body_field_chooses_the_rule_and_an_unknown_value_is_refused() -> None:
    filer = Case("kind", {"audit_result_report": has_role("AUDIT")})
    assert filer.decide(FIN, {}) is None and not filer.needs_directory
    assert filer.decide(FIN, {"kind": "audit_result_report"}) is False
    assert filer.decide(Caller("SZ-AUDIT", "AUDIT", True), {"kind": "audit_result_report"})
    assert filer.decide(Caller("SZ-AUDIT", "AUDIT", True), {"kind": "gossip"}) is False


def test_policies_read_as_sentences() -> None:
    access = Access(frozenset({"officer"}), CASE_READER)
    assert access.who() == (
        "officer: SUPERVISION or the case's referring department"
        " or (PERSONNEL and the case is decided)"
    )
    assert access.document()["condition"]["any_of"][0] == {"functional_role": ["SUPERVISION"]}
