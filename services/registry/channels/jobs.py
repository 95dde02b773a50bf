"""The quarterly publication of complaint channels (R11), once per quarter."""

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.channels import service
from services.registry.channels.models import ChannelPublication
from services.registry.channels.rules import document_path
from services.registry.database import outbox
from services.registry.events import ComplaintChannelOmitted, ComplaintChannelsPublished
from services.registry.progress.rules import quarter_of
from shared.marks import mark_once
from shared.workdays import local_date


async def publish_channels(session: AsyncSession, now: datetime) -> str | None:
    """Publishes the quarter's channels city-wide and tells who is missing one; None if done."""
    year, quarter = quarter_of(local_date(now))
    published, missing = await service.channels_now(session)
    first = await mark_once(
        session,
        ChannelPublication,
        year=year,
        quarter=quarter,
        published_at=now,
        channels=[c.model_dump() for c in published],
        missing=[m.model_dump() for m in missing],
    )
    if not first:
        return None
    key = f"{year}-Q{quarter}"
    await outbox.add(
        session,
        ComplaintChannelsPublished(
            year=year,
            quarter=quarter,
            channels=len(published),
            missing=[m.code for m in missing],
            document=document_path(year, quarter),
        ),
        subject=key,
    )
    for m in missing:
        await outbox.add(
            session,
            ComplaintChannelOmitted(
                department=m.code, year=year, quarter=quarter, missing_fields=m.missing_fields
            ),
            subject=m.code,
        )
    return key
