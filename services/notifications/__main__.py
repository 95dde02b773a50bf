"""python -m services.notifications migrate|serve|relay"""

from pathlib import Path

from services.notifications.main import service_spec
from shared.cli import run_cli

run_cli("services.notifications", Path(__file__).parent / "migrations", service_spec)
