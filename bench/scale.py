"""Scale: the list endpoints with 1,000,000 tasks and 1,000,000 complaints in the database.

The rows are bulk-loaded with generate_series into the benchmark's own databases, then each
list is read at a fixed rate as a department would read it (first page of 50) while complaint
submissions and referral filings arrive at a fixed rate each from the same load generator
(the target is the lists' p99 while intake runs; the intake's own figures are reported too).
"""

import asyncio
import time
from typing import Any

from bench import intake, load
from bench.settle import settle
from services.complaints.complaints.rules import Category
from services.complaints.config import ComplaintsSettings
from tests.support.stack import Stack, token

# Registry: most tasks are finished, a tenth overdue, the rest in progress with deadlines still
# ahead (so the overdue job has nothing to flag while the lists are read).
TASKS = """
WITH codes AS (SELECT array_agg(code ORDER BY code) AS c FROM departments)
INSERT INTO tasks (id, work_item, content, target, source, lead_unit, co_units, status,
                   assigned_on, deadline, deadline_provisional, assigned_by, progress,
                   urge_count, created_at)
SELECT gen_random_uuid(), '基准任务 ' || i, '内容', '目标', 'leader_instruction',
       c[1 + i % array_length(c, 1)],
       ARRAY[c[1 + (i * 7 + 3) % array_length(c, 1)]],
       CASE WHEN i % 10 < 7 THEN 'completed' WHEN i % 10 = 7 THEN 'overdue' ELSE 'in_progress' END,
       DATE '2024-01-01' + (i % 700),
       CASE WHEN i % 10 > 7 THEN DATE '2027-06-01' + (i % 300)
            ELSE DATE '2024-01-01' + (i % 700) + 30 + (i % 200) END,
       false, 'SZ-GOV-OFFICE', 0, 0,
       TIMESTAMPTZ '2024-01-01' + make_interval(secs => i)
FROM generate_series(1, $1::int) AS i, codes
"""

# Complaints: one a minute over the last ~two years, spread over the departments and
# categories; those older than three days are handled, the recent ones open with their time
# limits ahead (so the deadline job has nothing to escalate while the lists are read; the
# reminders of those whose limit is near are produced before, see _reminders_of_the_load).
COMPLAINTS = """
WITH codes AS (SELECT array_agg(code ORDER BY code) AS c FROM department_copy),
     rows AS (SELECT i, now() - make_interval(mins => $1::int - i) AS at
              FROM generate_series(1, $1::int) AS i)
INSERT INTO complaints (id, tracking_code, secret_hash, channel, category, target_department,
                        description, event_date, anonymous, first_contact_department,
                        handling_department, status, received_at, acknowledge_due, handle_due,
                        escalated)
SELECT gen_random_uuid(), 'BENCH' || lpad(i::text, 10, '0'), 'bench-no-secret', 'web_form',
       ($2::text[])[1 + (i / 7) % array_length($2::text[], 1)],
       c[1 + i % array_length(c, 1)], '基准投诉 ' || i, (at - interval '2 days')::date, true,
       c[1 + i % array_length(c, 1)], c[1 + i % array_length(c, 1)],
       CASE WHEN at < now() - interval '3 days' THEN 'handled'
            WHEN i % 2 = 0 THEN 'received' ELSE 'acknowledged' END,
       at, (at + interval '5 days')::date, (at + interval '30 days')::date, false
FROM rows, codes
"""


async def _load(stack: Stack, service: str, sql: str, rows: int, *args: Any) -> float:
    started = time.perf_counter()
    await stack.fetch(service, sql, rows, *args)
    # A table of a million rows in service has long been vacuumed: its hint bits set and its
    # pages all-visible. Rows just inserted are not, and the first reads (and autovacuum,
    # woken by the load) would write every page while the lists are timed.
    await stack.fetch(service, "VACUUM (ANALYZE)")
    return round(time.perf_counter() - started, 1)


MARKS = "SELECT count(*) FROM complaint_deadline_marks"


async def _reminders_of_the_load(stack: Stack) -> dict[str, float]:
    """Waits for the time-limit job's next run over the loaded complaints and for the delivery
    of what it produced; gets the reminders and the seconds waited.

    In service each of those reminders went out alone as its limit came near, about one a
    minute at this data's rate. Loaded at once, they came due at once: the run of 2026-12-04
    produced 844 in one 9-second run while the complaints lists were read, and timed that
    burst instead of the lists. The job commits its run as one transaction, so a new mark
    means the run is over; with nothing due the wait ends after one interval.
    """
    started = time.perf_counter()
    before = await stack.scalar("complaints", MARKS)
    interval = ComplaintsSettings.model_fields["deadline_check_interval_s"].default
    marks = before
    while marks == before and time.perf_counter() - started < interval + 15:
        await asyncio.sleep(1)
        marks = await stack.scalar("complaints", MARKS)
    await settle(stack)
    return {"reminders": marks - before, "waited_s": round(time.perf_counter() - started, 1)}


def _read(url: str, department: str, rate: int, seconds: float) -> dict[str, Any]:
    load.run(url, method="GET", expect=200, rate=10, seconds=1, headers=token(department))
    return load.run(
        url, method="GET", expect=200, rate=rate, seconds=seconds, headers=token(department)
    )


async def _read_during_intake(
    stack: Stack, url: str, department: str, rate: int, seconds: float, intake_rate: int
) -> dict[str, Any]:
    """Reads a list while both intake endpoints take `intake_rate` requests/s each.

    The intake starts a second before the list's warm-up and ends a second after its reads.
    """
    targets = intake.endpoints(stack, "")
    names = ("complaint_submission", "referral_filing") if intake_rate else ()
    background = [
        asyncio.ensure_future(
            asyncio.to_thread(
                load.run, **targets[name], rate=intake_rate, seconds=seconds + 3, workers=512
            )
        )
        for name in names
    ]
    await asyncio.sleep(1 if background else 0)
    figures = await asyncio.to_thread(_read, url, department, rate, seconds)
    figures["intake"] = {
        name: {k: run[k] for k in ("rate", "p50_ms", "p99_ms", "max_ms", "errors")}
        for name, run in zip(names, await asyncio.gather(*background), strict=True)
    }
    return figures


async def run(
    stack: Stack, rows: int, rate: int, seconds: float, intake_rate: int = 100
) -> dict[str, Any]:
    """Loads the rows, then reads the lists at a fixed rate while intake runs; gets latencies."""
    categories = [c.value for c in Category]
    loaded = {
        "tasks_load_s": await _load(stack, "registry", TASKS, rows),
        "complaints_load_s": await _load(stack, "complaints", COMPLAINTS, rows, categories),
        "reminders_of_the_load": await _reminders_of_the_load(stack),
    }
    tasks, complaints = stack.url("registry") + "/tasks", stack.url("complaints") + "/complaints"
    reads = {
        "tasks_overdue_one_department": (f"{tasks}?overdue=true&limit=50", "SZ-FINANCE"),
        "tasks_all_lead_unit": (f"{tasks}?limit=50", "SZ-FINANCE"),
        "complaints_one_department": (f"{complaints}?limit=50", "SZ-URBAN-MGMT"),
        "complaints_supervision_all": (f"{complaints}?limit=50", "SZ-SUPERVISION"),
        "complaints_received_one_department": (
            f"{complaints}?status=received&limit=50",
            "SZ-FINANCE",
        ),
    }
    lists: dict[str, Any] = {}
    for name, (url, department) in reads.items():
        lists[name] = await _read_during_intake(stack, url, department, rate, seconds, intake_rate)
        print(f"  scale {name}: p99 {lists[name]['p99_ms']} ms while intake runs")
    return {"rows": rows, "intake_rate": intake_rate, **loaded, "lists": lists}
