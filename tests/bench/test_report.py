"""`make bench` prints every target of issue 18 beside its figure and a verdict (no I/O)."""

from typing import Any

from bench.report import derive, table, targets_tables, verdicts
from bench.targets import GROUPS, TARGETS, Target

MACHINE = {
    "date": "2026-12-02T03:00:00+00:00",
    "cpu": "AMD EPYC",
    "cores": 2,
    "memory_gb": 23.5,
    "python": "3.11.7",
    "postgresql": "15",
    "kafka": "Apache Kafka 4.1.1",
    "load_average_at_start": [0.4, 0.3, 0.2],
}


def _run(rate: int, achieved: float, errors: int) -> dict[str, Any]:
    return {
        "target_rate": rate,
        "rate": achieved,
        "p50_ms": 5.0,
        "p99_ms": 40.0,
        "max_ms": 60.0,
        "errors": errors,
    }


def _target(path: tuple[str, ...]) -> Target:
    return next(t for t in TARGETS if t.path == path)


def test_a_phase_that_did_not_run_is_reported_not_run_never_met() -> None:
    text = "\n".join(targets_tables({"machine": MACHINE}))
    assert "met" not in text.replace("not run", "")
    for group in GROUPS:
        assert f"TARGETS: {group}" in text
    assert all(row[2:] == ["not run", "not run"] for t in TARGETS for row in verdicts({}, t))


def test_each_figure_is_judged_against_its_bound() -> None:
    target = _target(("end_to_end", "referral_to_both_inboxes", "rate_100", "p99_ms"))
    flows = {"referral_to_both_inboxes": {"rate_100": {"p99_ms": 149.9}}}
    assert verdicts({"end_to_end": flows}, target)[0][2:] == ["149.9 ms", "met"]
    flows["referral_to_both_inboxes"]["rate_100"]["p99_ms"] = 150.0
    assert verdicts({"end_to_end": flows}, target)[0][2:] == ["150 ms", "MISSED"]


def test_the_share_of_the_baseline_is_shown_as_a_percentage() -> None:
    target = _target(("intake", "referral_filing", "share_of_baseline"))
    assert verdicts({"intake": {"referral_filing": {"share_of_baseline": 0.5}}}, target)[0][2:] == [
        "50 %",
        "met",
    ]


def test_every_list_and_every_process_gets_its_own_verdict() -> None:
    lists = {
        "tasks_overdue_one_department": {"p99_ms": 30.0},
        "complaints_one_department": {"p99_ms": 51.0},
    }
    rows = verdicts({"scale": {"lists": lists}}, _target(("scale", "lists", "*", "p99_ms")))
    assert [(r[0].split(":")[0], r[3]) for r in rows] == [
        ("tasks_overdue_one_department", "met"),
        ("complaints_one_department", "MISSED"),
    ]
    samples = {
        "memory_at_rest": {"registry": {"rss_mb": 100, "peak_mb": 100}},
        "memory_after_scale": {
            "registry": {"rss_mb": 120, "peak_mb": 149.0},
            "registry-relay": {"rss_mb": 60, "peak_mb": 151.0},
            "baseline": {"rss_mb": 60, "peak_mb": 200.0},
        },
    }
    rows = verdicts(derive(samples), _target(("memory_peak", "*")))
    assert [(r[0].split(":")[0], r[3]) for r in rows] == [
        ("registry", "met"),
        ("registry-relay", "MISSED"),
    ]


def test_errors_count_only_at_fixed_rates_below_saturation() -> None:
    figures = {
        "saturation": {"rate": 400.0},
        "rate_100": _run(100, 100.0, 0),
        "rate_300": _run(300, 299.0, 2),
        "rate_500": _run(500, 410.0, 900),
    }
    derived = derive({"intake": {"complaint_submission": figures}})
    assert derived["intake"]["complaint_submission"]["errors_below_saturation"] == 2


def test_the_head_names_the_machine_the_date_and_the_load_average_at_start() -> None:
    head = table({"machine": MACHINE}).splitlines()[0]
    assert "2026-12-02T03:00:00+00:00" in head
    assert "AMD EPYC · 2 cores" in head
    assert "load average at start 0.4 / 0.3 / 0.2" in head
