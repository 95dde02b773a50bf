"""Evidence files: checked against their declared type, kept on disk, their rows in the database."""

import asyncio
import hashlib
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy.ext.asyncio import AsyncSession

from services.complaints.complaints.models import Complaint
from services.complaints.config import ComplaintsSettings
from services.complaints.evidence import repository
from services.complaints.evidence.models import Evidence
from services.complaints.evidence.rules import evidence_type_allowed, media_type
from shared.errors import Conflict, NotFound, Problem


class PayloadTooLarge(Problem):
    status, slug, title = 413, "payload-too-large", "The file is too large"


class UnsupportedMediaType(Problem):
    status, slug, title = 415, "unsupported-media-type", "This kind of file is not accepted"


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".part")
    partial.write_bytes(data)
    partial.replace(path)


@asynccontextmanager
async def kept(
    session: AsyncSession,
    *,
    settings: ComplaintsSettings,
    complaint: Complaint,
    content_type: str,
    data: bytes,
    now: datetime,
) -> AsyncIterator[Evidence]:
    """Checks a file, writes it to disk and adds its row; the file goes again if the block fails.

    The block commits: a file whose row does not commit is removed.
    """
    if not data:
        raise UnsupportedMediaType("the file is empty")
    if not evidence_type_allowed(content_type, data[:16], settings.evidence_content_types):
        allowed = ", ".join(settings.evidence_content_types)
        raise UnsupportedMediaType(f"accepted: {allowed}, with contents of that type")
    if await repository.count(session, complaint.id) >= settings.evidence_max_files:
        raise Conflict(f"a complaint may have at most {settings.evidence_max_files} files")
    evidence = Evidence(
        id=uuid.uuid4(),
        complaint_id=complaint.id,
        content_type=media_type(content_type),
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        uploaded_at=now,
    )
    evidence.storage_key = f"{complaint.id}/{evidence.id}"
    path = Path(settings.evidence_dir) / evidence.storage_key
    await asyncio.to_thread(_write, path, data)
    try:
        yield await repository.add(session, evidence)
    except BaseException:
        await asyncio.to_thread(path.unlink, True)
        raise


async def of_complaint(session: AsyncSession, complaint_id: uuid.UUID) -> list[Evidence]:
    """Gets a complaint's evidence files, oldest first."""
    return list(await repository.of_complaint(session, complaint_id))


async def get(session: AsyncSession, complaint_id: uuid.UUID, evidence_id: uuid.UUID) -> Evidence:
    """Gets one evidence file of a complaint, or 404."""
    evidence = await repository.get(session, evidence_id)
    if evidence is None or evidence.complaint_id != complaint_id:
        raise NotFound(f"no evidence {evidence_id} on this complaint")
    return evidence


async def contents(settings: ComplaintsSettings, evidence: Evidence) -> bytes:
    """Reads an evidence file's bytes from disk."""
    return await asyncio.to_thread((Path(settings.evidence_dir) / evidence.storage_key).read_bytes)
