"""Soak: referrals at a fixed rate for many minutes; is the end-to-end p99 flat as data grows?

Files referrals at `rate`/s for `minutes` (15 in a full run, 3 with --quick) and measures each
one's referral committed → both inbox items committed latency from PostgreSQL's commit
timestamps, as bench/end_to_end.py does. Reports the p99 of every minute (by the minute the
referral committed) and the ratio of the last three minutes' p99 to the first three's
(target ≤ 1.25), with the notifications consumer's CPU per referral.
"""

import asyncio
from typing import Any

from bench import load, measure
from bench.end_to_end import COPIED_TO, percentiles
from bench.intake import REFERRAL
from tests.support.stack import Stack, token, wait_for

WINDOW_MINUTES = 3


def minute_p99s(samples: list[tuple[float, float]]) -> list[dict[str, Any]]:
    """Groups (seconds since start, latency s) by minute; gets each minute's count and p99."""
    minutes: dict[int, list[float]] = {}
    for at, latency in samples:
        minutes.setdefault(int(at // 60), []).append(latency)
    return [
        {"minute": m + 1, "referrals": len(v), "p99_ms": percentiles(v)["p99_ms"]}
        for m, v in sorted(minutes.items())
    ]


def window_ratio(samples: list[tuple[float, float]], minutes: int) -> dict[str, Any]:
    """Gets the p99 of the first and of the last WINDOW_MINUTES minutes and their ratio."""
    window = min(WINDOW_MINUTES, max(1, minutes // 2)) * 60
    first = [latency for at, latency in samples if at < window]
    last = [latency for at, latency in samples if at >= minutes * 60 - window]
    first_p99, last_p99 = percentiles(first)["p99_ms"], percentiles(last)["p99_ms"]
    return {
        "first_minutes_p99_ms": first_p99,
        "last_minutes_p99_ms": last_p99,
        "last_over_first": round(last_p99 / first_p99, 2) if first_p99 else None,
    }


async def run(stack: Stack, rate: int, minutes: int) -> dict[str, Any]:
    """Runs the soak; gets per-minute p99s, the first/last ratio and CPU per referral."""
    run_id = stack.prefix.strip(".") + "-soak"
    body = REFERRAL.replace("基准 {{seq}}", f"{run_id}-{{{{seq}}}}")
    # The consumer runs in notifications' `work` process when the services run apart.
    consumer = stack.processes.get("notifications-work") or stack.processes["notifications"]
    notifications = consumer.pid
    cpu_before = measure.cpu_seconds(notifications)
    intake = await asyncio.to_thread(
        load.run,
        stack.url("referrals") + "/referral-reports",
        rate=rate,
        seconds=minutes * 60,
        workers=512,
        body=body,
        headers=token("SZ-FINANCE"),
    )
    reports = await stack.fetch(
        "referrals",
        "select id::text, pg_xact_commit_timestamp(xmin) from referral_reports where title like $1",
        f"{run_id}-%",
    )
    ids = [r[0] for r in reports]
    count = "select count(*) from inbox_items where subject = any($1) and department = any($2)"

    async def all_copied() -> bool:
        return bool(await stack.scalar("notifications", count, ids, COPIED_TO) >= 2 * len(ids))

    await wait_for(all_copied, timeout=900, interval=1.0)
    cpu = measure.cpu_seconds(notifications) - cpu_before
    copies = await stack.fetch(
        "notifications",
        "select subject, max(pg_xact_commit_timestamp(xmin)), count(*) from inbox_items "
        "where subject = any($1) and department = any($2) group by subject",
        ids,
        COPIED_TO,
    )
    committed = {r[0]: r[1] for r in reports}
    start = min(committed.values())
    samples = [
        ((committed[c[0]] - start).total_seconds(), (c[1] - committed[c[0]]).total_seconds())
        for c in copies
    ]
    items = await stack.scalar("notifications", "select count(*) from inbox_items")
    result = {
        "rate": rate,
        "minutes": minutes,
        "referrals": len(ids),
        "intake_errors": intake["errors"],
        "inbox_items_at_end": items,
        "both_copies_exactly_once": all(c[2] == 2 for c in copies) and len(copies) == len(ids),
        "notifications_cpu_ms_per_referral": round(cpu * 1000 / max(1, len(ids)), 2),
        **percentiles([latency for _, latency in samples]),
        **window_ratio(samples, minutes),
        "per_minute": minute_p99s(samples),
    }
    print(
        f"  soak {minutes} min at {rate}/s: p99 first {result['first_minutes_p99_ms']} ms, "
        f"last {result['last_minutes_p99_ms']} ms (× {result['last_over_first']})"
    )
    return result
