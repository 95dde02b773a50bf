"""Writes each service's OpenAPI document into docs/openapi/<service>.json (`make openapi`).

  python -m tools.openapi            writes the four documents
  python -m tools.openapi --check    exits 1 when a committed document is not current

The documents come from the app objects (no server is started), built with development
settings so that they do not depend on the environment (test-only routes stay out).
"""

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from services.complaints.config import ComplaintsSettings
from services.complaints.main import service_spec as complaints_spec
from services.notifications.config import NotificationsSettings
from services.notifications.main import service_spec as notifications_spec
from services.referrals.config import ReferralsSettings
from services.referrals.main import service_spec as referrals_spec
from services.registry.config import RegistrySettings
from services.registry.main import service_spec as registry_spec
from shared.app import ServiceSpec, create_service_app

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "openapi"
SPECS: dict[str, Callable[[], ServiceSpec]] = {
    "registry": lambda: registry_spec(RegistrySettings(environment="development")),
    "complaints": lambda: complaints_spec(ComplaintsSettings(environment="development")),
    "referrals": lambda: referrals_spec(ReferralsSettings(environment="development")),
    "notifications": lambda: notifications_spec(NotificationsSettings(environment="development")),
}


def document(service: str) -> dict[str, Any]:
    """Builds one service's OpenAPI document from its app object."""
    return create_service_app(SPECS[service]()).openapi()


def render(doc: dict[str, Any]) -> str:
    """Renders a document as the committed text (stable key order, UTF-8, final newline)."""
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def stale() -> list[str]:
    """Names the services whose committed document differs from the code."""
    return [
        s
        for s in SPECS
        if not (OUT / f"{s}.json").exists()
        or (OUT / f"{s}.json").read_text(encoding="utf-8") != render(document(s))
    ]


def main() -> None:
    """Writes the documents, or with --check reports the stale ones."""
    parser = argparse.ArgumentParser(prog="python -m tools.openapi")
    parser.add_argument("--check", action="store_true", help="only check they are current")
    args = parser.parse_args()
    if args.check:
        behind = stale()
        if behind:
            sys.exit(f"not current (run `make openapi`): {', '.join(behind)}")
        print("OpenAPI documents are current")
        return
    OUT.mkdir(parents=True, exist_ok=True)
    for service in SPECS:
        path = OUT / f"{service}.json"
        path.write_text(render(document(service)), encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
