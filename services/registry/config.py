"""Registry settings (env prefix REGISTRY_)."""

from typing import Annotated

from fastapi import Depends
from pydantic_settings import SettingsConfigDict

from shared.deps import app_settings
from shared.settings import DEV_DATABASE, ServiceSettings


class RegistrySettings(ServiceSettings):
    """Settings of the registry service."""

    model_config = SettingsConfigDict(env_prefix="REGISTRY_")

    service_name: str = "registry"
    port: int = 8001
    database_url: str = f"{DEV_DATABASE}/registry"
    # The overdue job runs in the API process every this many seconds (0: only on demand).
    overdue_job_interval_s: float = 300.0
    # The period-duties job (each period's occurrence, the quarter's channel list, late white
    # papers) runs in the API process every this many seconds (0: only on demand).
    period_job_interval_s: float = 300.0


# Routes take `settings: SettingsDep` instead of reading request.app.state.settings.
SettingsDep = Annotated[RegistrySettings, Depends(app_settings)]
