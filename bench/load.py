"""Drives the Go load generator (bench/loadgen) and reads its JSON summary."""

import json
import subprocess
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
LOADGEN = ROOT / ".tools/loadgen"


def build_loadgen() -> None:
    """Builds the load generator once (Go standard library only, no downloads)."""
    sources = ROOT / "bench/loadgen"
    newest = max(p.stat().st_mtime for p in sources.iterdir())
    if not LOADGEN.exists() or LOADGEN.stat().st_mtime < newest:
        subprocess.run(["go", "build", "-o", str(LOADGEN), "."], cwd=sources, check=True)


def run(
    url: str,
    *,
    rate: float = 0,
    seconds: float = 10,
    workers: int = 64,
    body: str = "",
    headers: dict[str, str] | None = None,
    method: str = "POST",
    expect: int = 201,
) -> dict[str, Any]:
    """Sends load at a fixed rate (rate > 0) or from busy workers (rate = 0); gets the summary."""
    command = [
        str(LOADGEN),
        f"-url={url}",
        f"-method={method}",
        f"-rate={rate}",
        f"-duration={seconds}s",
        f"-workers={workers}",
        f"-expect={expect}",
        f"-body={body}",
    ]
    for name, value in (headers or {}).items():
        command.append(f"-H={name}: {value}")
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return dict(json.loads(output))
