"""The assessment's rules without I/O: what each event costs, scorecards, ranking (R17)."""

from datetime import date

from services.registry.assessment.rules import (
    DEFAULT_SCHEME,
    Indicator,
    IndicatorRule,
    Unit,
    appraisal_findings,
    commended,
    escalation_findings,
    legal_outcome_findings,
    progress_findings,
    scorecards,
    task_overdue_findings,
    white_paper_findings,
)

CITY, DISTRICT = "city_department", "district_government"


def test_the_default_scheme_totals_100_points_with_every_item_of_004_R17() -> None:
    assert sum(r.points for r in DEFAULT_SCHEME) == 100
    assert {r.code for r in DEFAULT_SCHEME} == set(Indicator)
    assert all(0 < r.threshold <= r.points for r in DEFAULT_SCHEME)


def test_only_a_revoked_act_or_a_lost_lawsuit_costs_points_R16_R17() -> None:
    def cost(proceeding: str, outcome: str) -> list[str]:
        found = legal_outcome_findings(
            outcome_id="o",
            department="SZ-FINANCE",
            proceeding=proceeding,
            act="罚款决定",
            outcome=outcome,
            decided_on=date(2037, 5, 6),
        )
        return [f.indicator for f in found]

    assert cost("reconsideration", "revoked") == [Indicator.LAWFUL_ADMINISTRATION]
    assert cost("lawsuit", "lost") == [Indicator.LAWFUL_ADMINISTRATION]
    assert cost("reconsideration", "upheld") == cost("lawsuit", "changed") == []


def test_an_overdue_leader_matter_counts_apart_from_an_overdue_duty_R2_R3_R17() -> None:
    def found(kind: str, to_status: str = "overdue") -> list[str]:
        return [
            f.indicator
            for f in task_overdue_findings(
                task_id="t",
                lead_unit="SZ-ENVIRONMENT",
                to_status=to_status,
                kind=kind,
                deadline=date(2037, 3, 31),
            )
        ]

    assert found("leader_matter") == [Indicator.LEADER_MATTERS]
    assert found("duty") == [Indicator.TASKS_ON_TIME]
    assert found("duty", "completed") == []


def test_late_reports_papers_and_missed_limits_count_in_their_own_year_and_quarter() -> None:
    (late,) = progress_findings(report_id="r", reported_by="U", year=2037, quarter=2, late=True)
    assert (late.day.year, late.indicator) == (2037, Indicator.PROGRESS_ON_TIME)
    assert progress_findings(report_id="r", reported_by="U", year=2037, quarter=2, late=False) == []

    def paper(version: int, published_on: date) -> int:
        found = white_paper_findings(
            paper_id="p", department="U", year=2037, version=version, published_on=published_on
        )
        return len(found)

    assert paper(1, date(2037, 2, 28)) == 0 and paper(1, date(2037, 3, 1)) == 1
    assert paper(2, date(2037, 6, 1)) == 0  # a correction is not a late paper
    (missed,) = escalation_findings(
        complaint_id="c", answerable="U", limit="handle", due_date=date(2037, 11, 3)
    )
    assert missed.indicator == Indicator.COMPLAINT_TIME_LIMITS and missed.day.month == 11


def test_only_a_dissatisfied_complainant_costs_the_handling_unit_points_R17() -> None:
    def found(appraisal: str) -> list[tuple[str, str]]:
        return [
            (f.department, f.indicator)
            for f in appraisal_findings(
                complaint_id="c", handling="H", appraisal=appraisal, appraised_on=date(2034, 3, 2)
            )
        ]

    assert found("dissatisfied") == [("H", Indicator.PUBLIC_APPRAISAL)]
    assert found("satisfied") == found("basically_satisfied") == []


def test_ranking_is_within_the_kind_ties_share_a_rank_and_change_is_against_last_year() -> None:
    scheme = [IndicatorRule("A", "a", 10, 4, 6), IndicatorRule("B", "b", 10, 2, 6)]
    units = [
        Unit("X", "x", CITY),
        Unit("Y", "y", CITY),
        Unit("Z", "z", CITY),
        Unit("D", "d", DISTRICT),
    ]
    lost = {"X": {"A": 8}, "Y": {"B": 2}, "D": {"A": 12}}  # A floors at zero
    cards = {c.unit.code: c for c in scorecards(scheme, units, lost, {"X": 20, "Z": 18})}
    assert [cards[u].total for u in "XYZD"] == [12, 18, 20, 10]
    assert [cards[u].rank for u in "XYZD"] == [3, 2, 1, 1]
    assert cards["X"].of == 3 and cards["D"].of == 1
    assert cards["X"].change == -8 and cards["Z"].change == 2 and cards["Y"].change is None
    assert [s.failing for s in cards["X"].indicators] == [True, False]
    # Loop 2: top ranks without a failing indicator (X ranks 3 but fails A; D fails A).
    assert {c.unit.code for c in commended(cards.values())} == {"Y", "Z"}
