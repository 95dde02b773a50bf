"""python -m services.complaints migrate|serve|relay"""

from pathlib import Path

from services.complaints.main import service_spec
from shared.cli import run_cli

run_cli("services.complaints", Path(__file__).parent / "migrations", service_spec)
