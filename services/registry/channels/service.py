"""The quarterly publication of complaint channels and the departments still missing one (R11)."""

from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.channels import repository
from services.registry.channels.models import ChannelPublication
from services.registry.channels.rules import missing_fields, owes_a_channel
from services.registry.channels.schemas import MissingChannel, PublishedChannel
from services.registry.departments import repository as departments_repository
from shared.errors import NotFound


async def channels_now(
    session: AsyncSession,
) -> tuple[list[PublishedChannel], list[MissingChannel]]:
    """Gets the channels every owing department names today, and who is missing one (R11)."""
    published, missing = [], []
    for d in await departments_repository.list_all(session):
        if not owes_a_channel(d.kind, d.active):
            continue
        gaps = missing_fields(d.complaint_phone, d.complaint_url)
        if gaps:
            missing.append(MissingChannel(**_names(d), missing_fields=gaps))
        else:
            published.append(
                PublishedChannel(
                    **_names(d),
                    complaint_phone=str(d.complaint_phone),
                    complaint_url=str(d.complaint_url),
                )
            )
    return published, missing


def _names(d: object) -> dict[str, str]:
    return {k: getattr(d, k) for k in ("code", "name_zh", "name_en")}


async def publication(session: AsyncSession, year: int, quarter: int) -> ChannelPublication:
    """Gets a quarter's publication, or 404."""
    found = await repository.get(session, year, quarter)
    if found is None:
        raise NotFound(f"no complaint-channel publication for {year} Q{quarter}")
    return found


async def latest(session: AsyncSession) -> ChannelPublication:
    """Gets the newest publication, or 404 before the first."""
    found = await repository.latest(session)
    if found is None:
        raise NotFound("no complaint-channel publication yet")
    return found
