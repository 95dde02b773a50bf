"""R2: leader matters' fields and the quarterly circular's done, late and open (no I/O)."""

from datetime import date

import pytest

from services.registry.leader_matters.rules import (
    Standing,
    previous_quarter,
    quarter_span,
    standing,
)
from services.registry.tasks.rules import TaskKind, TaskSource, leader_fields_problem

END = date(2031, 6, 30)  # the end of 2031 Q2
LEADER = {
    "leader": "市长",
    "leader_post": "mayor",
    "instruction": "请抓紧办理",
    "instructed_on": date(2031, 4, 1),
}


@pytest.mark.parametrize(
    ("deadline", "finished_on", "expected"),
    [
        (date(2031, 6, 1), date(2031, 5, 30), Standing.DONE),
        (date(2031, 6, 1), date(2031, 6, 2), Standing.LATE),  # finished after its deadline
        (date(2031, 6, 1), None, Standing.LATE),  # open past its deadline
        (END, None, Standing.LATE),  # the quarter's last day is over: its deadline passed
        (date(2031, 7, 15), None, Standing.OPEN),
        (date(2031, 7, 15), date(2031, 7, 2), Standing.OPEN),  # finished after the quarter
    ],
)
def test_each_matter_stands_as_it_was_at_the_quarters_end_R2(
    deadline: date, finished_on: date | None, expected: Standing
) -> None:
    found = standing(deadline=deadline, finished_on=finished_on, cancelled=False, quarter_end=END)
    assert found == expected


def test_a_matter_withdrawn_in_the_quarter_is_left_out_R2() -> None:
    assert (
        standing(deadline=END, finished_on=date(2031, 5, 1), cancelled=True, quarter_end=END)
        is None
    )


def test_quarters_and_the_one_due_its_circular() -> None:
    assert quarter_span(2031, 2) == (date(2031, 4, 1), END)
    assert quarter_span(2031, 4) == (date(2031, 10, 1), date(2031, 12, 31))
    assert previous_quarter(date(2031, 7, 1)) == (2031, 2)
    assert previous_quarter(date(2032, 2, 10)) == (2031, 4)


def test_a_leader_matter_needs_its_leader_fields_and_a_duty_names_none_R2() -> None:
    matter, duty, source = TaskKind.LEADER_MATTER, TaskKind.DUTY, TaskSource.LEADER_INSTRUCTION
    assigned = date(2031, 4, 2)
    assert leader_fields_problem(matter, source, LEADER, assigned) is None
    assert leader_fields_problem(duty, source, {}, assigned) is None
    missing = {**LEADER, "instruction": None}
    assert leader_fields_problem(matter, source, missing, assigned) == (
        "instruction",
        "a leader matter needs its leader, post, instruction and its date",
    )
    assert leader_fields_problem(duty, source, {"leader": "市长"}, assigned) is not None
    other = TaskSource.MEETING_DECISION
    assert leader_fields_problem(matter, other, LEADER, assigned)[0] == "source"  # type: ignore[index]
    late = leader_fields_problem(matter, source, LEADER, date(2031, 3, 31))
    assert late is not None and late[0] == "instructed_on"
