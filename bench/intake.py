"""Intake: public complaint submissions and referral filings, beside the bare baseline.

Each endpoint gets a saturation run (busy workers, the requests per second it sustains) and
fixed-rate runs (p50/p99 measured from each request's scheduled start).
"""

import json
from typing import Any

from bench import load, measure
from tests.support.stack import Stack, token

COMPLAINT = json.dumps(
    {
        "target_department": "SZ-URBAN-MGMT",
        "category": "inaction",
        "description": "基准测试：占道经营投诉，编号 {{seq}}。",
        "event_date": "2026-11-01",
    },
    ensure_ascii=False,
)
REFERRAL = json.dumps(
    {
        "kind": "financial_inspection_report",
        "purpose": "referral",
        "title": "基准 {{seq}}",
        "summary": "检查发现城管局挪用专项资金，建议移送监察局处理。",
        "concerned_department": "SZ-URBAN-MGMT",
    },
    ensure_ascii=False,
)
BASELINE = json.dumps(
    {"kind": "complaint", "department": "SZ-URBAN-MGMT", "body": "基准测试：占道经营投诉。"},
    ensure_ascii=False,
)


def _saturate(
    target: dict[str, Any], pid: int, seconds: float, work_pid: int | None = None
) -> dict[str, Any]:
    """Runs at saturation; adds the CPU time per successful request of the serving process
    and, where the service runs one, of its `work` process (relay and consumers)."""
    pids = {"cpu_ms_per_request": pid, "work_cpu_ms_per_request": work_pid}
    before = {key: measure.cpu_seconds(p) for key, p in pids.items() if p}
    figures = load.run(**target, rate=0, seconds=seconds, workers=32)
    for key, used in before.items():
        spent = measure.cpu_seconds(pids[key] or 0) - used
        figures[key] = round(1000 * spent / max(1, figures["ok"]), 2)
    return figures


def endpoints(stack: Stack, baseline_url: str) -> dict[str, dict[str, Any]]:
    """Gets the three intake endpoints and what to send them."""
    return {
        "complaint_submission": {
            "url": stack.url("complaints") + "/public/complaints",
            "body": COMPLAINT,
            "headers": {"Idempotency-Key": "{{uuid}}"},
        },
        "referral_filing": {
            "url": stack.url("referrals") + "/referral-reports",
            "body": REFERRAL,
            "headers": token("SZ-FINANCE"),
        },
        "baseline_two_inserts": {"url": baseline_url + "/items", "body": BASELINE, "headers": {}},
    }


def run(
    stack: Stack, baseline_url: str, baseline_pid: int, rates: list[int], seconds: float
) -> dict[str, Any]:
    """Measures every intake endpoint at saturation and at the fixed rates."""
    results: dict[str, Any] = {}
    services = {"complaint_submission": "complaints", "referral_filing": "referrals"}
    for name, target in endpoints(stack, baseline_url).items():
        service = services.get(name)
        pid = stack.processes[service].pid if service else baseline_pid
        work = stack.processes.get(f"{service}-work")
        load.run(**target, rate=20, seconds=2)  # warm up connections and caches
        figures = {"saturation": _saturate(target, pid, seconds, work.pid if work else None)}
        for rate in rates:
            figures[f"rate_{rate}"] = load.run(**target, rate=rate, seconds=seconds, workers=512)
        results[name] = figures
        print(f"  intake {name}: {figures['saturation']['rate']:.0f} req/s at saturation")
    baseline = results["baseline_two_inserts"]["saturation"]["rate"]
    for name in ("complaint_submission", "referral_filing"):
        results[name]["share_of_baseline"] = round(
            results[name]["saturation"]["rate"] / baseline, 3
        )
    return results
