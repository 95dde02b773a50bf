"""Regenerates the API clients from docs/openapi/*.json (`make clients`).

  python -m tools.clients            rewrites both clients
  python -m tools.clients --check    exits 1 when either is not what the documents give

TypeScript: clients/typescript/src/generated/<service>.ts (openapi-typescript, run by the
package's scripts/generate.mjs with its own pinned node_modules). Python: the subpackage
clients/python/src/accountability_client/<service>/ (openapi-python-client, pinned in the
dev extra). Both are written to a scratch directory first, so a check changes nothing; the
same documents give the same bytes (no formatter whose version could differ runs on them).
"""

import argparse
import contextlib
import io
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from openapi_python_client import generate
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.errors import ErrorLevel

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = ROOT / "docs" / "openapi"
TYPESCRIPT = ROOT / "clients" / "typescript"
TS_OUT = TYPESCRIPT / "src" / "generated"
PY_OUT = ROOT / "clients" / "python" / "src" / "accountability_client"
PYTHON_CONFIG = ConfigFile(
    post_hooks=[],  # ruff would make the bytes depend on its version
    literal_enums=True,
    # The evidence files are bytes whatever their type: the generator takes them as a File.
    content_type_overrides={t: "application/octet-stream" for t in ("image/jpeg", "image/png")}
    | {"application/pdf": "application/octet-stream"},
)
_INNER_BLANKS = re.compile(r"\n{3,}(?=[ \t])")  # inside a block: one blank line
_OUTER_BLANKS = re.compile(r"\n{4,}")  # between top-level statements: two
_SKIPPED = {"__pycache__"}


def services() -> list[str]:
    """Names the services that have a document, in a stable order."""
    return sorted(p.stem for p in DOCUMENTS.glob("*.json"))


def _tidy(text: str) -> str:
    """Drops trailing spaces and the templates' runs of blank lines (the generator's layout)."""
    lines = "\n".join(line.rstrip() for line in text.splitlines())
    lines = _OUTER_BLANKS.sub("\n\n\n", _INNER_BLANKS.sub("\n\n", lines))
    return lines.strip("\n") + "\n"


def _python_client(service: str, target: Path) -> list[str]:
    """Generates one service's package; gets the generator's warnings (parts it left out)."""
    config = Config.from_sources(
        PYTHON_CONFIG,
        MetaType.NONE,
        document_source=DOCUMENTS / f"{service}.json",
        file_encoding="utf-8",
        overwrite=True,
        output_path=target,
    )
    with contextlib.redirect_stdout(io.StringIO()):  # its "Generating <scratch path>"
        errors = generate(config=config)
    if any(e.level is ErrorLevel.ERROR for e in errors):
        sys.exit(f"{service}: " + "; ".join(f"{e.header} {e.detail}" for e in errors))
    for path in target.rglob("*.py"):
        path.write_text(_tidy(path.read_text(encoding="utf-8")), encoding="utf-8")
    return [f"{service}: {e.header.strip()} {(e.detail or '').splitlines()[0]}" for e in errors]


def build(scratch: Path) -> list[str]:
    """Generates both clients into scratch/typescript and scratch/python/<service>.

    Gets the Python generator's warnings: what it cannot express is left out of that client.
    """
    node = subprocess.Popen(
        ["node", "scripts/generate.mjs", str(DOCUMENTS), str(scratch / "typescript")],
        cwd=TYPESCRIPT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    warnings = [w for s in services() for w in _python_client(s, scratch / "python" / s)]
    output, _ = node.communicate(timeout=300)  # it ran beside the Python generator
    if node.returncode != 0:
        sys.exit(f"openapi-typescript failed (npm ci in clients/typescript?):\n{output}")
    return warnings


def _files(root: Path) -> dict[str, bytes]:
    if not root.is_dir():
        return {}
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not _SKIPPED & set(p.relative_to(root).parts)
    }


def _pairs(scratch: Path) -> dict[str, tuple[Path, Path]]:
    """Maps each generated tree's name to (where it was generated, where it is committed)."""
    pairs = {"typescript": (scratch / "typescript", TS_OUT)}
    committed = {p.name for p in PY_OUT.iterdir() if p.is_dir() and p.name not in _SKIPPED}
    for service in sorted(committed | set(services())):
        pairs[f"python:{service}"] = (scratch / "python" / service, PY_OUT / service)
    return pairs


def stale() -> list[str]:
    """Names the clients that differ from what the documents generate."""
    with tempfile.TemporaryDirectory() as scratch:
        build(Path(scratch))
        return [
            name
            for name, (fresh, committed) in _pairs(Path(scratch)).items()
            if _files(fresh) != _files(committed)
        ]


def write() -> None:
    """Replaces the committed clients with what the documents generate."""
    with tempfile.TemporaryDirectory() as scratch:
        for warning in build(Path(scratch)):
            print(f"left out of the Python client: {warning}", file=sys.stderr)
        for name, (fresh, committed) in _pairs(Path(scratch)).items():
            shutil.rmtree(committed, ignore_errors=True)
            if fresh.is_dir():
                shutil.copytree(fresh, committed)
            print(f"wrote {committed.relative_to(ROOT)} ({name})")


def main() -> None:
    """Writes the clients, or with --check reports the stale ones."""
    parser = argparse.ArgumentParser(prog="python -m tools.clients")
    parser.add_argument("--check", action="store_true", help="only check they are current")
    args = parser.parse_args()
    if args.check:
        behind = stale()
        if behind:
            sys.exit(f"not current (run `make clients`): {', '.join(behind)}")
        print("API clients are current")
        return
    write()


if __name__ == "__main__":
    main()
