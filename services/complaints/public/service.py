"""The complainant's side: authenticated by tracking code and secret, never by a token."""

import asyncio
import functools

from sqlalchemy.ext.asyncio import AsyncSession

from services.complaints.complaints import repository as complaint_repository
from services.complaints.complaints.models import Complaint
from services.complaints.complaints.tracking import (
    hash_secret,
    new_secret,
    normalise_code,
    verify_secret,
)
from services.complaints.config import ComplaintsSettings
from services.complaints.handling import service as handling_service
from services.complaints.public.schemas import PublicStatus
from shared.errors import NotFound


@functools.cache
def _dummy_hash(iterations: int) -> str:
    return hash_secret(new_secret(), iterations)


async def authenticate(
    session: AsyncSession, *, settings: ComplaintsSettings, code: str, secret: str
) -> Complaint:
    """Gets a complaint by tracking code and secret; a wrong secret looks like an unknown code."""
    complaint = await complaint_repository.by_code(session, normalise_code(code))
    stored = complaint.secret_hash if complaint else _dummy_hash(settings.secret_hash_iterations)
    if not await asyncio.to_thread(verify_secret, secret, stored) or complaint is None:
        raise NotFound("no complaint matches this tracking code and secret")
    return complaint


async def authenticated(
    session: AsyncSession, *, settings: ComplaintsSettings, codes: list[str], secret: str | None
) -> list[Complaint]:
    """Gets the complaints among these codes whose secret this is; no secret: none.

    A code without its secret is left out exactly as an unknown code is (nothing leaks).
    """
    found = []
    for code in codes:
        try:
            found.append(
                await authenticate(session, settings=settings, code=code, secret=secret or "")
            )
        except NotFound:
            continue
    return found


async def status(session: AsyncSession, complaint: Complaint) -> PublicStatus:
    """Builds what the complainant sees: the status, the public result, the messages."""
    messages = await handling_service.messages(session, complaint, reader=None)
    return PublicStatus.model_validate(complaint).model_copy(update={"messages": messages})
