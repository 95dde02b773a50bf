"""Referrals settings (env prefix REFERRALS_)."""

from pydantic_settings import SettingsConfigDict

from shared.settings import DEV_DATABASE, ServiceSettings


class ReferralsSettings(ServiceSettings):
    """Settings of the referrals service."""

    model_config = SettingsConfigDict(env_prefix="REFERRALS_")

    service_name: str = "referrals"
    port: int = 8003
    database_url: str = f"{DEV_DATABASE}/referrals"
    overdue_check_interval_s: float = 60.0
