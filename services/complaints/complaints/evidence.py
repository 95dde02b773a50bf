"""Evidence files: uploaded by the complainant, kept on disk outside the database row."""

import asyncio
import hashlib
import uuid
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Depends, Request, Response
from sqlalchemy import func, select

from services.complaints.complaints import repository, service
from services.complaints.complaints.endpoints import Reader
from services.complaints.complaints.models import Evidence
from services.complaints.complaints.public import SECRET_HOLDER, Secret
from services.complaints.complaints.ratelimit import RATE_LIMITED, PublicClient
from services.complaints.complaints.rules import EVIDENCE_SIGNATURES, evidence_type_allowed
from services.complaints.config import DEFAULT_EVIDENCE_TYPES as DEFAULT_TYPES
from services.complaints.config import ComplaintsSettings
from shared.db import SessionDep
from shared.errors import Conflict, NotFound, Problem
from shared.openapi import problem_doc
from shared.schemas import ReadModel

public_router = APIRouter(
    prefix="/public/complaints",
    tags=["public complaints"],
    responses=RATE_LIMITED,
    dependencies=[Depends(SECRET_HOLDER)],
)
router = APIRouter(prefix="/complaints", tags=["complaints"])
# A tiny but real PDF: what the documented example uploads.
PDF_EXAMPLE = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


class PayloadTooLarge(Problem):
    status, slug, title = 413, "payload-too-large", "The file is too large"


class UnsupportedMediaType(Problem):
    status, slug, title = 415, "unsupported-media-type", "This kind of file is not accepted"


# The default accepted types (COMPLAINTS_EVIDENCE_CONTENT_TYPES may narrow them).
_FILE = {"schema": {"type": "string", "format": "binary"}}
DOWNLOAD: dict[int | str, dict[str, Any]] = {
    200: {"description": "The file", "content": dict.fromkeys(DEFAULT_TYPES, _FILE)}
}


class EvidenceRead(ReadModel):
    """An evidence file's metadata."""

    id: uuid.UUID
    content_type: str
    size: int
    sha256: str


async def _read_capped(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(f"a file may have at most {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge(f"a file may have at most {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".part")
    partial.write_bytes(data)
    partial.replace(path)


_DEFAULTS = ComplaintsSettings.model_fields
_BINARY = {"type": "string", "format": "binary"}
# The body is read raw (not multipart), so FastAPI cannot see it: documented here.
EVIDENCE_BODY = {
    "required": True,
    "description": "The file's bytes as the whole body (not multipart), its type in Content-Type. "
    f"At most {_DEFAULTS['evidence_max_bytes'].default} bytes and "
    f"{_DEFAULTS['evidence_max_files'].default} files per complaint (deployment settings); "
    "the first bytes must be those of the declared type.",
    "content": {
        kind: {"schema": _BINARY, **({"example": PDF_EXAMPLE} if kind == "application/pdf" else {})}
        for kind in EVIDENCE_SIGNATURES
    },
}


@public_router.post(
    "/{code}/evidence",
    status_code=201,
    response_model=EvidenceRead,
    openapi_extra={"requestBody": EVIDENCE_BODY},
    responses={
        413: problem_doc(
            PayloadTooLarge,
            "The file is larger than allowed.",
            f"a file may have at most {_DEFAULTS['evidence_max_bytes'].default} bytes",
        ),
        415: problem_doc(
            UnsupportedMediaType,
            "Not an accepted type, or the bytes are not of the declared type.",
            "accepted: image/jpeg, image/png, application/pdf, with contents of that type",
        ),
    },
)
async def upload_evidence(
    code: str, secret: Secret, request: Request, session: SessionDep, _: PublicClient
) -> EvidenceRead:
    """Adds an evidence file (raw body: JPEG, PNG, PDF). Callers: whoever holds code and secret."""
    settings: ComplaintsSettings = request.app.state.settings
    complaint = await service.authenticate(session, settings, code, secret)
    content_type = request.headers.get("content-type", "")
    data = await _read_capped(request, settings.evidence_max_bytes)
    if not data:
        raise UnsupportedMediaType("the file is empty")
    if not evidence_type_allowed(content_type, data[:16], settings.evidence_content_types):
        allowed = ", ".join(settings.evidence_content_types)
        raise UnsupportedMediaType(f"accepted: {allowed}, with contents of that type")
    count = await session.scalar(
        select(func.count()).select_from(Evidence).where(Evidence.complaint_id == complaint.id)
    )
    if (count or 0) >= settings.evidence_max_files:
        raise Conflict(f"a complaint may have at most {settings.evidence_max_files} files")
    evidence = Evidence(
        id=uuid.uuid4(),
        complaint_id=complaint.id,
        content_type=content_type.split(";")[0].strip().lower(),
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        uploaded_at=request.app.state.clock.now(),
    )
    evidence.storage_key = f"{complaint.id}/{evidence.id}"
    path = Path(settings.evidence_dir) / evidence.storage_key
    await asyncio.to_thread(_write, path, data)
    try:
        await repository.add(session, evidence)
        await session.commit()
    except BaseException:
        await asyncio.to_thread(path.unlink, True)
        raise
    return EvidenceRead.model_validate(evidence)


@router.get("/{complaint_id}/evidence", response_model=list[EvidenceRead])
async def list_evidence(
    complaint_id: uuid.UUID, session: SessionDep, principal: Reader
) -> list[EvidenceRead]:
    """Lists a complaint's evidence files. Callers: the complaint's units and SUPERVISION."""
    await service.readable(session, principal, complaint_id)
    query = select(Evidence).where(Evidence.complaint_id == complaint_id)
    rows = (await session.scalars(query.order_by(Evidence.uploaded_at))).all()
    return [EvidenceRead.model_validate(row) for row in rows]


@router.get("/{complaint_id}/evidence/{evidence_id}", response_class=Response, responses=DOWNLOAD)
async def download_evidence(
    complaint_id: uuid.UUID,
    evidence_id: uuid.UUID,
    request: Request,
    session: SessionDep,
    principal: Reader,
) -> Response:
    """Downloads an evidence file. Callers: the complaint's units and SUPERVISION."""
    await service.readable(session, principal, complaint_id)
    evidence = await session.get(Evidence, evidence_id)
    if evidence is None or evidence.complaint_id != complaint_id:
        raise NotFound(f"no evidence {evidence_id} on this complaint")
    settings: ComplaintsSettings = request.app.state.settings
    data = await asyncio.to_thread((Path(settings.evidence_dir) / evidence.storage_key).read_bytes)
    return Response(
        data,
        media_type=evidence.content_type,
        headers={"Content-Disposition": f'attachment; filename="{evidence.id}"'},
    )
