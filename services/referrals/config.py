"""Referrals settings (env prefix REFERRALS_)."""

from typing import Annotated

from fastapi import Depends
from pydantic import Field
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
    # R16: working days a responsibility review has to reach its finding. No seed gives one;
    # the default borrows the 20 working days seed 003 gives a department's own review (R12).
    legal_review_working_days: int = Field(default=20, ge=1, le=250)


# Routes take `settings: SettingsDep` instead of reading request.app.state.settings.
SettingsDep = Annotated[ReferralsSettings, Depends(app_settings)]
