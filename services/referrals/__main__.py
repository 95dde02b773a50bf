"""python -m services.referrals migrate|serve|relay"""

from pathlib import Path

from services.referrals.main import service_spec
from shared.cli import run_cli

run_cli("services.referrals", Path(__file__).parent / "migrations", service_spec)
