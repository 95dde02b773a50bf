"""Benchmark of public submissions: python -m services.complaints.bench --url URL [-n N] [-c C].

Posts anonymous web-form complaints from C concurrent clients (each with its own
X-Forwarded-For, as the front end would pass it, so the per-client rate limit does not
apply) and prints the throughput and the latency percentiles. Not a test: run it against a
running stack.
"""

import argparse
import asyncio
import json
import statistics
import time
import uuid

import httpx

BODY = {
    "target_department": "SZ-URBAN-MGMT",
    "category": "inaction",
    "description": "基准测试：占道经营投诉。",
    "event_date": "2026-11-01",
}


def percentile(values: list[float], share: float) -> float:
    """Gets a percentile (nearest rank) of measured values."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


async def run(url: str, total: int, concurrency: int) -> dict[str, float]:
    """Submits `total` complaints with `concurrency` clients; returns the figures."""
    latencies: list[float] = []
    errors = 0
    queue: asyncio.Queue[int] = asyncio.Queue()
    for n in range(total):
        queue.put_nowait(n)

    async def client(http: httpx.AsyncClient) -> None:
        nonlocal errors
        while not queue.empty():
            n = queue.get_nowait()
            headers = {
                "X-Forwarded-For": f"10.{n % 250}.{n // 250 % 250}.1",
                "Idempotency-Key": str(uuid.uuid4()),
            }
            started = time.perf_counter()
            response = await http.post(f"{url}/public/complaints", json=BODY, headers=headers)
            latencies.append(time.perf_counter() - started)
            errors += response.status_code != 201

    limits = httpx.Limits(max_connections=concurrency)
    async with httpx.AsyncClient(timeout=60, limits=limits) as http:
        started = time.perf_counter()
        await asyncio.gather(*(client(http) for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    return {
        "requests": total,
        "concurrency": concurrency,
        "errors": errors,
        "per_second": round(total / elapsed, 1),
        "p50_ms": round(statistics.median(latencies) * 1000, 1),
        "p99_ms": round(percentile(latencies, 0.99) * 1000, 1),
        "max_ms": round(max(latencies) * 1000, 1),
    }


def main() -> None:
    """Runs the benchmark from the command line."""
    parser = argparse.ArgumentParser(prog="python -m services.complaints.bench")
    parser.add_argument("--url", default="http://127.0.0.1:8002")
    parser.add_argument("-n", "--requests", type=int, default=2000)
    parser.add_argument("-c", "--concurrency", type=int, default=32)
    args = parser.parse_args()
    print(json.dumps(asyncio.run(run(args.url, args.requests, args.concurrency))))


if __name__ == "__main__":
    main()
