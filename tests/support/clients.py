"""The repository's API clients as the tests use them: the TypeScript package built once."""

import functools
import subprocess

from tests.support.stack import ROOT

TYPESCRIPT = ROOT / "clients" / "typescript"
TSC = TYPESCRIPT / "node_modules" / ".bin" / "tsc"


@functools.cache
def build_typescript() -> subprocess.CompletedProcess[str]:
    """Builds clients/typescript with its own pinned tsc and strict tsconfig (once per run)."""
    assert TSC.exists(), f"{TSC} is missing: run `make setup` (npm ci in clients/typescript)"
    return subprocess.run(
        [str(TSC), "-p", str(TYPESCRIPT / "tsconfig.json")],
        cwd=TYPESCRIPT,
        capture_output=True,
        text=True,
        timeout=600,
    )
