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


def cpu_seconds(pid: int) -> float:
    """Gets the CPU time (user + system) a process has used so far."""
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


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
        "load_average_at_start": os.getloadavg()[0],
    }
