"""Small measurements the benchmarks share: process memory and machine facts."""

import os
import platform
import subprocess
from datetime import UTC, datetime
from typing import Any


def memory_mb(pid: int) -> dict[str, float]:
    """Gets a process's resident memory now and at its peak (MB), from /proc."""
    fields = {}
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            name, _, value = line.partition(":")
            if name in ("VmRSS", "VmHWM"):
                fields[name] = int(value.split()[0]) / 1024
    return {"rss_mb": round(fields["VmRSS"], 1), "peak_mb": round(fields["VmHWM"], 1)}


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as children:
            return [int(child) for child in children.read().split()]
    except FileNotFoundError:
        return []


def cpu_seconds(pid: int) -> float:
    """Gets the CPU time (user + system) a process and its live children have used so far
    (a server with several worker processes counts as one)."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    own = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return own + sum(cpu_seconds(child) for child in _children(pid))


def machine() -> dict[str, Any]:
    """Gets what a reader needs to compare figures: CPU, cores, memory, versions, load."""
    with open("/proc/cpuinfo") as cpuinfo:
        models = [line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model")]
    cpu = next((m for m in models if not m.isdigit()), platform.processor())
    with open("/proc/meminfo") as meminfo:
        total_kb = int(meminfo.readline().split()[1])
    postgres = subprocess.run(
        ["bash", "-c", "ls /usr/lib/postgresql | sort -n | tail -1"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": round(total_kb / 1024 / 1024, 1),
        "python": platform.python_version(),
        "postgresql": postgres,
        "kafka": "Apache Kafka 4.1.1 (KRaft, one node)",
        # 1, 5 and 15 minutes: other work on the machine shows here.
        "load_average_at_start": [round(load, 2) for load in os.getloadavg()],
    }
