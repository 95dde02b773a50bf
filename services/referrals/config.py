"""Referrals settings (env prefix REFERRALS_)."""

from typing import Annotated

from fastapi import Depends
from pydantic_settings import SettingsConfigDict

from shared.deps import app_settings
from shared.settings import DEV_DATABASE, ServiceSettings


class ReferralsSettings(ServiceSettings):
    """Settings of the referrals service."""

    model_config = SettingsConfigDict(env_prefix="REFERRALS_")

    service_name: str = "referrals"
    port: int = 8003
    database_url: str = f"{DEV_DATABASE}/referrals"
    overdue_check_interval_s: float = 60.0
    # Who takes a matter concerning supervision itself (or a unit above it): a functional
    # role (its holders) or a department code, e.g. the province's supervision bureau.
    conflict_body: str = "GOV_OFFICE"


# Routes take `settings: SettingsDep` instead of reading request.app.state.settings.
SettingsDep = Annotated[ReferralsSettings, Depends(app_settings)]
