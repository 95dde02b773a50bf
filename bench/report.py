"""The tables `make bench` prints: each target of issue 18 beside its figure and verdict, one
table per group (bench/targets.py), then the figures behind them."""

from collections.abc import Iterator
from typing import Any

from bench.targets import GROUPS, TARGETS, Target

NOT_RUN = "not run"
# The memory samples in the order they are taken; the last one present holds each peak (VmHWM
# only grows).
MEMORY_SAMPLES = ("memory_at_rest", "memory_under_load", "memory_after_soak", "memory_after_scale")


def _row(cells: list[str], widths: list[int]) -> str:
    return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()


def _render(title: str, header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = [title, _row(header, widths), _row(["-" * w for w in widths], widths)]
    return "\n".join(lines + [_row(r, widths) for r in rows])


def derive(results: dict[str, Any]) -> dict[str, Any]:
    """Adds the figures the targets read that no phase writes directly."""
    derived = dict(results)
    intake = {name: dict(figures) for name, figures in results.get("intake", {}).items()}
    for figures in intake.values():
        saturation = figures.get("saturation", {}).get("rate")
        if saturation is None:
            continue
        below = [
            run["errors"]
            for key, run in figures.items()
            if key.startswith("rate_") and run["target_rate"] < saturation
        ]
        if below:
            figures["errors_below_saturation"] = sum(below)
    if intake:
        derived["intake"] = intake
    samples = [results[key] for key in MEMORY_SAMPLES if key in results]
    if samples:
        derived["memory_peak"] = {
            name: figures["peak_mb"] for name, figures in samples[-1].items() if name != "baseline"
        }
    return derived


def _lookup(results: Any, path: tuple[str, ...], label: str) -> Iterator[tuple[str, Any]]:
    if not path:
        yield label, results
        return
    if not isinstance(results, dict):
        return
    step, rest = path[0], path[1:]
    if step == "*":
        for key, value in results.items():
            if not rest or isinstance(value, dict):
                yield from _lookup(value, rest, f"{label}{key}: " if rest else f"{label}{key}")
    elif step in results:
        yield from _lookup(results[step], rest, label)


def _number(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".") if isinstance(value, float) else f"{value:,}"


def verdicts(results: dict[str, Any], target: Target) -> list[list[str]]:
    """Gets one row per figure the target names: what, target, figure, verdict."""
    wanted = f"{target.op} {_number(target.bound)} {target.unit}".strip()
    found = list(_lookup(results, target.path, ""))
    if not found:
        return [[target.what, wanted, NOT_RUN, NOT_RUN]]
    rows = []
    for label, value in found:
        what = f"{label.rstrip(': ')}: {target.what}" if label else target.what
        if not isinstance(value, int | float):
            rows.append([what, wanted, NOT_RUN, NOT_RUN])
            continue
        value = round(value * target.factor, 2) if target.factor != 1 else value
        figure = f"{_number(value)} {target.unit}".strip()
        rows.append([what, wanted, figure, "met" if target.met(value) else "MISSED"])
    return rows


def targets_tables(results: dict[str, Any]) -> list[str]:
    """Renders one table per group of targets."""
    derived = derive(results)
    tables = []
    rows_loaded = results.get("scale", {}).get("rows")
    for group in GROUPS:
        rows = [row for t in TARGETS if t.group == group for row in verdicts(derived, t)]
        title = f"TARGETS: {group}"
        if group == "lists" and rows_loaded:
            title += f" (target at 1,000,000 rows; this run {rows_loaded:,})"
        tables.append(_render(title, ["what", "target", "figure", "verdict"], rows))
    return tables


def _intake(results: dict[str, Any]) -> str | None:
    if "intake" not in results:
        return None
    rows = []
    for name, figures in results["intake"].items():
        share = figures.get("share_of_baseline")
        s = figures["saturation"]
        rows.append(
            [
                name,
                "saturation",
                f"{s['rate']:.0f}/s",
                f"{s['p50_ms']}",
                f"{s['p99_ms']}",
                f"{s['max_ms']}",
                f"{share:.0%}" if share else "—",
                str(s["errors"]),
                f"{s['cpu_ms_per_request']}",
                f"{s.get('work_cpu_ms_per_request', '—')}",
            ]
        )
        for key, run in figures.items():
            if key.startswith("rate_"):
                rows.append(
                    [
                        name,
                        f"{run['target_rate']:.0f}/s fixed",
                        f"{run['rate']:.0f}/s",
                        f"{run['p50_ms']}",
                        f"{run['p99_ms']}",
                        f"{run['max_ms']}",
                        "",
                        str(run["errors"]),
                        "",
                        "",
                    ]
                )
    header = ["intake", "load", "achieved", "p50 ms", "p99 ms", "max ms", "÷ baseline"]
    workers = results.get("baseline_workers", 1)
    title = f"INTAKE (the baseline with {workers} worker process{'es' if workers > 1 else ''})"
    return _render(title, [*header, "errors", "CPU ms/req", "work CPU ms/req"], rows)


def _end_to_end(results: dict[str, Any]) -> str | None:
    if "end_to_end" not in results:
        return None
    flows = results["end_to_end"]
    rows = []
    for key, flow in flows["referral_to_both_inboxes"].items():
        bare = flows["baseline_kafka_round_trip"][key]
        rows.append(
            [
                f"{flow['rate']}/s",
                str(flow["referrals"]),
                f"{flow['p50_ms']}",
                f"{flow['p99_ms']}",
                f"{flow['max_ms']}",
                "yes" if flow["both_copies_exactly_once"] else "NO",
                str(flow["intake_errors"]),
                f"{bare['p50_ms']} / {bare['p99_ms']} / {bare['max_ms']}",
            ]
        )
    header = ["rate", "referrals", "p50 ms", "p99 ms", "max ms", "2 copies once", "errors"]
    title = "END TO END: referral committed → both inbox items committed"
    return _render(title, [*header, "bare Kafka p50/p99/max ms"], rows)


def _lists(results: dict[str, Any]) -> str | None:
    scale = results.get("scale")
    if not scale or "lists" not in scale:
        return None
    rows = []
    for name, run in scale["lists"].items():
        intake = run.get("intake", {})
        beside = ", ".join(
            f"{n} p50 {i['p50_ms']} / p99 {i['p99_ms']} ms, errors {i['errors']}"
            for n, i in intake.items()
        )
        rows.append(
            [
                name,
                f"{run['target_rate']:.0f}/s",
                f"{run['p50_ms']}",
                f"{run['p99_ms']}",
                str(run["errors"]),
                beside or "none",
            ]
        )
    title = (
        f"LISTS at {scale['rows']:,} tasks and {scale['rows']:,} complaints, read while "
        f"intake runs at {scale.get('intake_rate', 0)}/s per endpoint"
    )
    if reminders := scale.get("reminders_of_the_load"):
        title += (
            f" (before the reads, the time-limit job's {reminders['reminders']} reminders for"
            f" the loaded complaints were produced and delivered, {reminders['waited_s']} s)"
        )
    header = ["list", "reads", "p50 ms", "p99 ms", "errors", "intake meanwhile"]
    return _render(title, header, rows)


def _memory(results: dict[str, Any]) -> str | None:
    samples = [key for key in MEMORY_SAMPLES if key in results]
    if not samples:
        return None
    processes = list(results[samples[-1]])
    rows = [
        [
            name,
            *(
                f"{results[key][name]['rss_mb']}" if name in results[key] else "—"
                for key in samples
            ),
            f"{results[samples[-1]][name]['peak_mb']}",
        ]
        for name in processes
    ]
    header = ["process", *(f"RSS MB {key.removeprefix('memory_')}" for key in samples)]
    return _render("MEMORY per process", [*header, "peak MB (VmHWM)"], rows)


def table(results: dict[str, Any]) -> str:
    """Renders the run's head, the targets with their verdicts, then the figures behind them."""
    machine = results["machine"]
    load = machine["load_average_at_start"]
    load = " / ".join(map(str, load)) if isinstance(load, list) else load
    head = (
        f"{machine['date']} · {machine['cpu']} · {machine['cores']} cores · "
        f"{machine['memory_gb']} GB · load average at start {load}"
        f" · Python {machine['python']} · PostgreSQL {machine['postgresql']} · "
        f"{machine['kafka']}{' · --quick' if results.get('quick') else ''}"
        f"{' · relays and consumers in work processes' if results.get('apart') else ''}"
    )
    details = [_intake(results), _end_to_end(results), _lists(results), _memory(results)]
    fan = results.get("fan_out")
    if fan:
        details.append(
            f"FAN-OUT: {fan['events']:,} events, {fan['events_per_s']} events/s, "
            f"{fan['items_per_s']} inbox items/s"
        )
    return "\n\n".join([head, *targets_tables(results), *(d for d in details if d)])
