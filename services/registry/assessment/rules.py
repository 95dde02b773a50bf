"""The assessment (评估, R17): the default scheme, what each event costs, scorecards, ranking.

Pure functions and data: the service looks the scheme and the ledger up and hands them here.
"""

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from services.registry.departments.rules import DepartmentKind


class Indicator(StrEnum):
    """The indicators of the default scheme (seed 003 section 四, seed 004 item 12)."""

    TASKS_ON_TIME = "TASKS_ON_TIME"  # 任务按期完成（含分解任务） R3
    PROGRESS_ON_TIME = "PROGRESS_ON_TIME"  # 季度进展按时报送 R1
    WHITE_PAPER_ON_TIME = "WHITE_PAPER_ON_TIME"  # 白皮书按时公布 R13
    COMPLAINT_TIME_LIMITS = "COMPLAINT_TIME_LIMITS"  # 投诉限时办结 R15
    PUBLIC_APPRAISAL = "PUBLIC_APPRAISAL"  # 群众评议、民主评议 (external assessment)
    LAWFUL_ADMINISTRATION = "LAWFUL_ADMINISTRATION"  # 诉讼败诉、复议撤销 R16 R17
    SUPERVISION_CORRECTIONS = "SUPERVISION_CORRECTIONS"  # 被监察机关责令纠正 R17
    THREE_SYSTEMS = "THREE_SYSTEMS"  # “三项制度”落实 R15 R17
    OPENNESS = "OPENNESS"  # 政务公开 R17
    KEY_PROJECTS = "KEY_PROJECTS"  # 重点项目推进 R17
    LEADER_MATTERS = "LEADER_MATTERS"  # 领导交办事项完成 R2 R17
    ACCOUNTABILITY = "ACCOUNTABILITY"  # 问责结果（案件与处分） R5 R17


@dataclass(frozen=True)
class IndicatorRule:
    """One line of a year's scheme: the unit starts with `points` and loses `deduction` for
    each failure; below `threshold` the indicator fails (a rectification task opens)."""

    code: str
    name: str
    points: int
    deduction: int
    threshold: int


_I = Indicator
# The default scheme, 100 points (each year starts from the previous year's scheme, or this).
DEFAULT_SCHEME: tuple[IndicatorRule, ...] = (
    IndicatorRule(_I.TASKS_ON_TIME, "任务按期完成（含分解任务）", 20, 2, 12),
    IndicatorRule(_I.PROGRESS_ON_TIME, "季度进展按时报送", 10, 2, 6),
    IndicatorRule(_I.WHITE_PAPER_ON_TIME, "白皮书按时公布", 5, 5, 3),
    IndicatorRule(_I.COMPLAINT_TIME_LIMITS, "投诉限时办结", 15, 1, 9),
    IndicatorRule(_I.PUBLIC_APPRAISAL, "群众评议（投诉办理评价）", 10, 1, 6),
    IndicatorRule(_I.LAWFUL_ADMINISTRATION, "依法行政（诉讼败诉、复议撤销）", 10, 4, 6),
    IndicatorRule(_I.SUPERVISION_CORRECTIONS, "被监察机关责令纠正的行政行为", 5, 2, 3),
    IndicatorRule(_I.THREE_SYSTEMS, "“三项制度”建立落实", 5, 1, 3),
    IndicatorRule(_I.OPENNESS, "政务公开", 5, 1, 3),
    IndicatorRule(_I.KEY_PROJECTS, "重点项目推进", 5, 1, 3),
    IndicatorRule(_I.LEADER_MATTERS, "市领导交办事项完成", 5, 2, 3),
    IndicatorRule(_I.ACCOUNTABILITY, "问责结果（涉及本单位的案件与处分）", 5, 2, 3),
)

# The units scored and ranked against units of the same kind (横向).
ASSESSED_KINDS = (DepartmentKind.CITY_DEPARTMENT, DepartmentKind.DISTRICT_GOVERNMENT)
# Loop 2: the units ranked this high in their kind, with no failing indicator, are proposed
# as advanced units (先进单位, 004 item 12).
COMMENDED_RANKS = 3
# Loop 1: a rectification task (整改) is due this many working days after it opens.
RECTIFICATION_WORKING_DAYS = 20
# R13: the year's white paper is published in February.
WHITE_PAPER_MONTH = 2


@dataclass(frozen=True)
class Finding:
    """A failure an event shows: it costs the department one deduction of the indicator."""

    department: str
    indicator: Indicator
    day: date  # decides the year and quarter it counts in
    reason: str
    source_type: str
    source_id: str


def quarter_of(day: date) -> int:
    """Gets the quarter (1-4) a day falls in."""
    return (day.month - 1) // 3 + 1


def legal_outcome_findings(
    *, outcome_id: str, department: str, proceeding: str, act: str, outcome: str, decided_on: date
) -> list[Finding]:
    """A revoked act (reconsideration) or a lost lawsuit costs points (R16, R17)."""
    if outcome not in {"revoked", "lost"}:
        return []
    what = "行政复议撤销" if proceeding == "reconsideration" else "行政诉讼败诉"
    reason = f"{what}（{outcome}）：{act}"
    return [
        Finding(
            department, _I.LAWFUL_ADMINISTRATION, decided_on, reason, "legal_outcome", outcome_id
        )
    ]


def task_overdue_findings(
    *, task_id: str, lead_unit: str, to_status: str, kind: str, deadline: date
) -> list[Finding]:
    """A task past its deadline costs its lead unit points: a duty (R3) or a leader-assigned
    matter (R2, R17); sub-tasks count like tasks (the decomposition)."""
    if to_status != "overdue":
        return []
    if kind == "leader_matter":
        indicator, reason = _I.LEADER_MATTERS, f"领导交办事项逾期未办结（期限 {deadline}）"
    else:
        indicator, reason = _I.TASKS_ON_TIME, f"任务逾期未办结（期限 {deadline}）"
    return [Finding(lead_unit, indicator, deadline, reason, "task", task_id)]


def progress_findings(
    *, report_id: str, reported_by: str, year: int, quarter: int, late: bool
) -> list[Finding]:
    """A quarterly progress report filed late costs the reporting unit points (R1)."""
    if not late:
        return []
    day = date(year, quarter * 3, 1)
    reason = f"{year}年第{quarter}季度进展逾期报送"
    return [Finding(reported_by, _I.PROGRESS_ON_TIME, day, reason, "progress_report", report_id)]


def white_paper_findings(
    *, paper_id: str, department: str, year: int, version: int, published_on: date
) -> list[Finding]:
    """A year's first white paper published after February costs points (R13)."""
    due_month_passed = (published_on.year, published_on.month) > (year, WHITE_PAPER_MONTH)
    if version != 1 or not due_month_passed:
        return []
    reason = f"{year}年白皮书逾期公布（{published_on}）"
    day = date(year, WHITE_PAPER_MONTH, 1)
    return [Finding(department, _I.WHITE_PAPER_ON_TIME, day, reason, "white_paper", paper_id)]


def escalation_findings(
    *, complaint_id: str, answerable: str, limit: str, due_date: date
) -> list[Finding]:
    """A complaint time limit missed costs the answerable unit points (R15, R17)."""
    reason = f"投诉办理时限（{limit}）未按期完成，期限 {due_date}"
    return [
        Finding(answerable, _I.COMPLAINT_TIME_LIMITS, due_date, reason, "complaint", complaint_id)
    ]


def appraisal_findings(
    *, complaint_id: str, handling: str, appraisal: str, appraised_on: date
) -> list[Finding]:
    """A complainant dissatisfied with the handling costs the handling unit points (R17)."""
    if appraisal != "dissatisfied":
        return []
    reason = "投诉人对办理结果不满意（群众评议）"
    return [Finding(handling, _I.PUBLIC_APPRAISAL, appraised_on, reason, "complaint", complaint_id)]


def case_findings(
    *, case_id: str, concerned: str | None, sanctioned: int, title: str, decided_on: date
) -> list[Finding]:
    """A decided case that sanctions people of the concerned unit costs it points (R5, R17)."""
    if concerned is None or sanctioned == 0:
        return []
    reason = f"问责决定（{sanctioned} 人）：{title}"[:500]
    return [Finding(concerned, _I.ACCOUNTABILITY, decided_on, reason, "case", case_id)]


@dataclass(frozen=True)
class Unit:
    """A unit the scorecard covers."""

    code: str
    name: str
    kind: str


@dataclass(frozen=True)
class IndicatorScore:
    """One indicator of a unit's scorecard."""

    code: str
    points: int
    lost: int
    score: int
    threshold: int

    @property
    def failing(self) -> bool:
        """Tells whether the indicator fell below the scheme's threshold (loop 1)."""
        return self.score < self.threshold


@dataclass(frozen=True)
class Card:
    """A unit's scorecard: total, per indicator, rank in its kind, change on last year."""

    unit: Unit
    total: int
    indicators: tuple[IndicatorScore, ...]
    rank: int
    of: int
    last_year_total: int | None

    @property
    def change(self) -> int | None:
        """Gets the change against last year (纵向), None without a last year."""
        return None if self.last_year_total is None else self.total - self.last_year_total


def indicator_scores(
    scheme: Sequence[IndicatorRule], lost: Mapping[str, int]
) -> tuple[IndicatorScore, ...]:
    """Scores each indicator: its points less what the ledger lost, never below zero."""
    return tuple(
        IndicatorScore(
            rule.code,
            rule.points,
            lost.get(rule.code, 0),
            max(0, rule.points - lost.get(rule.code, 0)),
            rule.threshold,
        )
        for rule in scheme
    )


def total(scores: Iterable[IndicatorScore]) -> int:
    """Adds a unit's indicator scores."""
    return sum(s.score for s in scores)


def scorecards(
    scheme: Sequence[IndicatorRule],
    units: Sequence[Unit],
    lost: Mapping[str, Mapping[str, int]],
    last_year: Mapping[str, int] | None,
) -> list[Card]:
    """Builds every unit's card, ranked within its kind (ties share a rank), best first."""
    scored = [(u, indicator_scores(scheme, lost.get(u.code, {}))) for u in units]
    totals = {u.code: total(s) for u, s in scored}
    cards = []
    for unit, scores in scored:
        peers = [totals[p.code] for p in units if p.kind == unit.kind]
        better = sum(1 for t in peers if t > totals[unit.code])
        previous = None if last_year is None else last_year.get(unit.code)
        cards.append(Card(unit, totals[unit.code], scores, better + 1, len(peers), previous))
    return sorted(cards, key=lambda c: (c.unit.kind, c.rank, c.unit.code))


def commended(cards: Iterable[Card]) -> list[Card]:
    """Gets the units proposed as advanced units (loop 2): top ranks, no failing indicator."""
    return [
        c for c in cards if c.rank <= COMMENDED_RANKS and not any(s.failing for s in c.indicators)
    ]
