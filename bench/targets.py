"""The targets of issue 18, as data: what `make bench` prints beside each figure with its verdict.

A target names its figure by a path into the benchmark's results (`bench/__main__.py`); a `*`
step stands for every key present there (every list read, every process). A figure that is
absent (its phase did not run) is reported as "not run", never as met.
"""

from dataclasses import dataclass
from typing import Literal

GROUPS = ("intake", "fan-out", "end to end", "soak", "lists", "memory")


@dataclass(frozen=True)
class Target:
    """One target: the figure at `path` compared with `bound` by `op` (as the issue words it)."""

    group: str
    what: str
    path: tuple[str, ...]
    op: Literal["<", "≤", "≥"]
    bound: float
    unit: str
    factor: float = 1  # the figure is shown and compared × factor (a share as a percentage)

    def met(self, figure: float) -> bool:
        """Tells whether a figure meets the target."""
        if self.op == "<":
            return figure < self.bound
        if self.op == "≤":
            return figure <= self.bound
        return figure >= self.bound


INTAKE_ENDPOINTS = ("complaint_submission", "referral_filing")

TARGETS: tuple[Target, ...] = (
    *(
        target
        for endpoint in INTAKE_ENDPOINTS
        for target in (
            Target(
                "intake",
                f"{endpoint}: share of the bare baseline at saturation",
                ("intake", endpoint, "share_of_baseline"),
                "≥",
                50,
                "%",
                factor=100,
            ),
            Target(
                "intake",
                f"{endpoint}: CPU per request in the serving process",
                ("intake", endpoint, "saturation", "cpu_ms_per_request"),
                "≤",
                1.2,
                "ms",
            ),
            Target(
                "intake",
                f"{endpoint}: p99 at 300/s fixed rate",
                ("intake", endpoint, "rate_300", "p99_ms"),
                "<",
                100,
                "ms",
            ),
            Target(
                "intake",
                f"{endpoint}: errors at fixed rates below saturation",
                ("intake", endpoint, "errors_below_saturation"),
                "≤",
                0,
                "",
            ),
        )
    ),
    Target(
        "fan-out",
        "urge notices turned into inbox items (two recipients each)",
        ("fan_out", "events_per_s"),
        "≥",
        1000,
        "events/s",
    ),
    Target(
        "end to end",
        "referral committed → both inbox items committed, p99 at 100/s",
        ("end_to_end", "referral_to_both_inboxes", "rate_100", "p99_ms"),
        "<",
        150,
        "ms",
    ),
    Target("soak", "soak length at 100 referrals/s", ("soak", "minutes"), "≥", 15, "min"),
    Target(
        "soak",
        "p99 of the last 3 minutes ÷ p99 of the first 3",
        ("soak", "last_over_first"),
        "≤",
        1.25,
        "×",
    ),
    Target(
        "lists",
        "p99 while intake runs",
        ("scale", "lists", "*", "p99_ms"),
        "<",
        50,
        "ms",
    ),
    Target("memory", "peak resident memory (VmHWM)", ("memory_peak", "*"), "<", 150, "MB"),
)
