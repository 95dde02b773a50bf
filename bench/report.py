"""The table `make bench` prints, with the targets of issue 8 beside the figures."""

from typing import Any


def _row(cells: list[str], widths: list[int]) -> str:
    return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True))


def _render(title: str, header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = [title, _row(header, widths), _row(["-" * w for w in widths], widths)]
    return "\n".join(lines + [_row(r, widths) for r in rows])


def _intake(results: dict[str, Any]) -> str:
    rows = []
    for name, figures in results["intake"].items():
        share = figures.get("share_of_baseline")
        saturation = figures["saturation"]
        rows.append(
            [
                name,
                "saturation",
                f"{saturation['rate']:.0f}/s",
                f"{saturation['p50_ms']}",
                f"{saturation['p99_ms']}",
                f"{saturation['max_ms']}",
                f"{share:.0%}" if share else "—",
                str(saturation["errors"]),
                f"{saturation['cpu_ms_per_request']}",
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
                    ]
                )
    header = [
        "intake",
        "load",
        "achieved",
        "p50 ms",
        "p99 ms",
        "max ms",
        "÷ baseline",
        "errors",
        "CPU ms/req",
    ]
    title = "INTAKE (target: ≥ 1,000 req/s with p99 < 100 ms, no errors)"
    return _render(title, header, rows)


def _end_to_end(results: dict[str, Any]) -> str:
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
    header = [
        "rate",
        "referrals",
        "p50 ms",
        "p99 ms",
        "max ms",
        "2 copies once",
        "errors",
        "bare Kafka p50/p99/max ms",
    ]
    title = (
        "END TO END: referral committed → both inbox items committed "
        "(target: p99 < 250 ms at 200/s)"
    )
    return _render(title, header, rows)


def _other(results: dict[str, Any]) -> str:
    fan = results["fan_out"]
    rows = [
        [
            "fan-out (target ≥ 1,000 events/s)",
            f"{fan['events_per_s']} events/s, {fan['items_per_s']} inbox items/s, "
            f"{fan.get('cpu_ms_per_event', '—')} ms CPU per event",
        ]
    ]
    if "soak" in results:
        soak = results["soak"]
        rows.append(
            [
                f"soak {soak['minutes']} min at {soak['rate']}/s (target last/first ≤ 1.25)",
                f"p99 first {soak['first_minutes_p99_ms']} ms, last "
                f"{soak['last_minutes_p99_ms']} ms (× {soak['last_over_first']}), "
                f"{soak['inbox_items_at_end']:,} items",
            ]
        )
    scale = results["scale"]
    for name, run in scale.items():
        if isinstance(run, dict):
            rows.append(
                [
                    f"{name} ({scale['rows']:,} rows)",
                    f"p50 {run['p50_ms']} ms, p99 {run['p99_ms']} ms "
                    f"at {run['target_rate']:.0f}/s, errors {run['errors']}",
                ]
            )
    for name in results["memory_at_rest"]:
        rest, busy = results["memory_at_rest"][name], results["memory_after_scale"][name]
        rows.append([f"memory {name}", f"{rest['rss_mb']} MB at rest, peak {busy['peak_mb']} MB"])
    return _render("FAN-OUT, SCALE, MEMORY", ["what", "figure"], rows)


def table(results: dict[str, Any]) -> str:
    """Renders the figures as plain-text tables."""
    machine = results["machine"]
    head = (
        f"{machine['date']} · {machine['cpu']} · {machine['cores']} cores · "
        f"{machine['memory_gb']} GB · Python {machine['python']} · PostgreSQL "
        f"{machine['postgresql']} · {machine['kafka']}"
    )
    return "\n\n".join([head, _intake(results), _end_to_end(results), _other(results)])
