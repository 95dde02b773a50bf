"""Quarterly accountability statistics (R14): pure counting, no I/O.

Supervision summarises each quarter's cases and decisions by district, department, source
and sanction. A department's district is found by walking the directory's parent codes up
to a district government; departments outside any district count under CITY.
"""

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

DISTRICT_KIND = "district_government"
CITY = "CITY"
UNKNOWN = "UNKNOWN"
DIMENSIONS = ("source", "district", "department", "sanction")


@dataclass(frozen=True)
class DirectoryEntry:
    """What statistics need of a department: its kind and parent."""

    kind: str
    parent_code: str | None


@dataclass(frozen=True)
class CaseFact:
    """A case opened in the quarter."""

    source: str
    department: str | None  # the concerned department
    open: bool  # neither closed nor rejected
    referring: str | None = None


@dataclass(frozen=True)
class DecisionFact:
    """A decision taken in the quarter, with each person's forms."""

    department: str | None
    sanctions_per_person: tuple[tuple[str, ...], ...]
    referring: str | None = None


@dataclass(frozen=True)
class FilingFact:
    """A fault-handling result a department filed in the quarter (R14)."""

    department: str
    persons: int


@dataclass(frozen=True)
class Row:
    """One line of the summary: a dimension's value and its counts."""

    dimension: str
    key: str
    cases: int
    decisions: int
    persons: int
    filings: int = 0  # the departments' own results filed with supervision (R14)


def district_of(code: str | None, directory: Mapping[str, DirectoryEntry]) -> str:
    """Gets the district government a department belongs to (CITY when none, UNKNOWN if absent)."""
    if code is None or code not in directory:
        return UNKNOWN
    seen: set[str] = set()
    current: str | None = code
    while current is not None and current in directory and current not in seen:
        seen.add(current)
        entry = directory[current]
        if entry.kind == DISTRICT_KIND:
            return current
        current = entry.parent_code
    return CITY


def summarize(
    cases: Iterable[CaseFact],
    decisions: Iterable[DecisionFact],
    directory: Mapping[str, DirectoryEntry],
    filings: Iterable[FilingFact] = (),
) -> list[Row]:
    """Counts cases, decisions, persons and filings per source, district, department, sanction.

    A filing counts under its filing department and that department's district (R14).
    """
    counts: dict[tuple[str, str], Counter[str]] = {}

    def add(dimension: str, key: str, field: str, amount: int = 1) -> None:
        counts.setdefault((dimension, key), Counter())[field] += amount

    for case in cases:
        add("source", case.source, "cases")
        add("district", district_of(case.department, directory), "cases")
        add("department", case.department or UNKNOWN, "cases")
    for decision in decisions:
        persons = len(decision.sanctions_per_person)
        for dimension, key in (
            ("district", district_of(decision.department, directory)),
            ("department", decision.department or UNKNOWN),
        ):
            add(dimension, key, "decisions")
            add(dimension, key, "persons", persons)
        for forms in decision.sanctions_per_person:
            for form in set(forms):
                add("sanction", form, "persons")
    for filing in filings:
        add("district", district_of(filing.department, directory), "filings")
        add("department", filing.department, "filings")
    return [
        Row(dimension, key, c["cases"], c["decisions"], c["persons"], c["filings"])
        for (dimension, key), c in sorted(
            counts.items(), key=lambda item: (DIMENSIONS.index(item[0][0]), item[0][1])
        )
    ]


def to_csv_lines(rows: Iterable[Row]) -> list[str]:
    """Renders the rows as CSV lines with a header (keys are codes: no quoting needed)."""
    lines = ["dimension,key,cases,decisions,persons,filings"]
    lines += [
        f"{r.dimension},{r.key},{r.cases},{r.decisions},{r.persons},{r.filings}" for r in rows
    ]
    return lines


# R7: the joint meeting's participants (联席会议: 监察、财政、审计、法制、人事).
PARTICIPANTS = ("SUPERVISION", "FINANCE", "AUDIT", "LEGAL", "PERSONNEL")


# What each figure of the pack counts, stated in the pack itself (R7).
PACK_DEFINITIONS: dict[str, str] = {
    "referred": "cases opened in the quarter that the participant referred; SUPERVISION: "
    "every case it received in the quarter",
    "decided": "decisions taken in the quarter on the cases the participant referred; "
    "SUPERVISION: every decision it took; PERSONNEL: the copies of decisions it received (R5)",
    "open_cases": "cases the participant referred that are still open (neither closed nor "
    "rejected) at `as_of`, whenever they were opened: as of the meeting, not of the quarter's "
    "end; SUPERVISION: every open case",
}


@dataclass(frozen=True)
class ParticipantRow:
    """A participant's part of the quarter: cases it referred, decided, still open."""

    participant: str
    referred: int
    decided: int
    open_cases: int


def in_district(
    cases: Iterable[CaseFact],
    decisions: Iterable[DecisionFact],
    district: str,
    directory: Mapping[str, DirectoryEntry],
) -> tuple[list[CaseFact], list[DecisionFact]]:
    """Keeps the cases and decisions concerning a district's departments (R8)."""
    return (
        [c for c in cases if district_of(c.department, directory) == district],
        [d for d in decisions if district_of(d.department, directory) == district],
    )


def joint_meeting(
    cases: Iterable[CaseFact],
    decisions: Iterable[DecisionFact],
    open_by_referrer: Mapping[str, int],
    role_of: Mapping[str, str | None],
) -> list[ParticipantRow]:
    """Sums the quarter per participant (R7); SUPERVISION's row counts every case it handles."""
    referred: Counter[str] = Counter()
    decided: Counter[str] = Counter()
    still_open: Counter[str] = Counter()
    for case in cases:
        referred["SUPERVISION"] += 1
        if case.referring and role_of.get(case.referring):
            referred[str(role_of[case.referring])] += 1
    for decision in decisions:
        decided["SUPERVISION"] += 1
        decided["PERSONNEL"] += 1  # every decision is copied to personnel (R5)
        if decision.referring and role_of.get(decision.referring) not in (None, "PERSONNEL"):
            decided[str(role_of[decision.referring])] += 1
    for code, count in open_by_referrer.items():
        still_open["SUPERVISION"] += count
        role = role_of.get(code)
        if role is not None and role != "SUPERVISION":
            still_open[role] += count
    return [ParticipantRow(p, referred[p], decided[p], still_open[p]) for p in PARTICIPANTS]
