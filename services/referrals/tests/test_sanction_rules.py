"""Accountability forms, 001 article 10 and part 2, without I/O."""

import pytest

from services.referrals.sanctions.rules import Sanction as S
from services.referrals.sanctions.rules import sanction_problems


@pytest.mark.parametrize(
    "forms",
    [[S.REMOVAL], [S.SUSPENSION, S.PUBLIC_APOLOGY], [S.RESIGNATION, S.CIRCULATED_CRITICISM]],
)
def test_serious_case_takes_art10_serious_forms(forms: list[S]) -> None:
    assert sanction_problems(forms, serious=True) == []


@pytest.mark.parametrize(
    "forms", [[S.ADMONITION], [S.TRANSFER, S.WRITTEN_SELF_CRITICISM], [S.CIRCULATED_CRITICISM]]
)
def test_ordinary_case_takes_art10_ordinary_forms(forms: list[S]) -> None:
    assert sanction_problems(forms, serious=False) == []


def test_removal_needs_a_serious_loss_or_bad_influence() -> None:
    assert "need a serious loss" in sanction_problems([S.REMOVAL], serious=False)[0]


def test_serious_case_cannot_end_in_an_admonition_alone() -> None:
    assert "art. 10 (1)" in sanction_problems([S.ADMONITION], serious=True)[0]


def test_exclusive_forms_are_not_combined() -> None:
    problems = sanction_problems([S.SUSPENSION, S.REMOVAL], serious=True)
    assert problems == ["removal, suspension may not be combined (art. 10)"]


def test_combinable_forms_join_any_other() -> None:
    forms = [S.ADMONITION, S.WRITTEN_SELF_CRITICISM, S.CIRCULATED_CRITICISM, S.TRANSFER]
    assert sanction_problems(forms, serious=False) == []


def test_department_head_forms_part2() -> None:
    assert sanction_problems([S.ADMONISHING_TALK, S.WRITTEN_SELF_CRITICISM], False, True) == []
    # Only the forms art. 10 names may be combined; two others exclude each other.
    assert sanction_problems([S.ADMONISHING_TALK, S.ORDERED_RECTIFICATION], True, True)
    assert "not forms for department heads" in sanction_problems([S.TRANSFER], False, True)[0]
    assert "department heads only" in sanction_problems([S.RECOMMENDED_REMOVAL], True)[0]


def test_empty_or_repeated_forms_are_refused() -> None:
    assert sanction_problems([], serious=False)
    assert sanction_problems([S.ADMONITION, S.ADMONITION], serious=False)


@pytest.mark.parametrize(
    ("forms", "serious"),
    [
        ([S.PUBLIC_APOLOGY], True),
        ([S.RECOMMENDED_REMOVAL, S.WRITTEN_SELF_CRITICISM], True),
        ([S.ORDERED_RESIGNATION], True),
        ([S.ORDERED_RECTIFICATION, S.WRITTEN_SELF_CRITICISM], False),
        ([S.ADMONISHING_TALK], False),
    ],
)
def test_department_head_forms_follow_the_seriousness_of_the_facts(
    forms: list[S], serious: bool
) -> None:
    """Part 2 read with art. 10: a head's heavy forms need a serious loss, and only they fit one."""
    assert sanction_problems(forms, serious, department_head=True) == []
    problems = sanction_problems(forms, not serious, department_head=True)
    assert problems and ("serious" in problems[0]), problems
