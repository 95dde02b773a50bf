"""Evidence files: uploaded by the complainant, kept on disk outside the database row."""

import uuid
from typing import Any

from fastapi import APIRouter, Depends, Request, Response

from services.complaints.complaints import service as complaint_service
from services.complaints.complaints.endpoints import Reader
from services.complaints.config import DEFAULT_EVIDENCE_TYPES as DEFAULT_TYPES
from services.complaints.config import ComplaintsSettings, SettingsDep
from services.complaints.evidence import service
from services.complaints.evidence.rules import EVIDENCE_SIGNATURES
from services.complaints.evidence.schemas import EvidenceRead
from services.complaints.evidence.service import PayloadTooLarge, UnsupportedMediaType
from services.complaints.public import service as public_service
from services.complaints.public.endpoints import SECRET_HOLDER, Secret
from services.complaints.public.ratelimit import RATE_LIMITED, PublicClient
from shared.db import SessionDep
from shared.deps import NowDep
from shared.limits import own_body_limit
from shared.openapi import problem_doc

public_router = APIRouter(
    prefix="/public/complaints",
    tags=["public complaints"],
    responses=RATE_LIMITED,
    dependencies=[Depends(SECRET_HOLDER)],
)
router = APIRouter(prefix="/complaints", tags=["complaints"])
# A tiny but real PDF: what the documented example uploads.
PDF_EXAMPLE = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
# The default accepted types (COMPLAINTS_EVIDENCE_CONTENT_TYPES may narrow them).
_FILE = {"schema": {"type": "string", "format": "binary"}}
DOWNLOAD: dict[int | str, dict[str, Any]] = {
    200: {"description": "The file", "content": dict.fromkeys(DEFAULT_TYPES, _FILE)}
}
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


async def _read_capped(request: Request, limit: int) -> bytes:
    own_body_limit(request, limit)  # the evidence limit, not the service's body limit
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
    code: str,
    secret: Secret,
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    now: NowDep,
    _: PublicClient,
) -> EvidenceRead:
    """Adds an evidence file (raw body: JPEG, PNG, PDF). Callers: whoever holds code and secret."""
    complaint = await public_service.authenticate(
        session, settings=settings, code=code, secret=secret
    )
    async with service.kept(
        session,
        settings=settings,
        complaint=complaint,
        content_type=request.headers.get("content-type", ""),
        data=await _read_capped(request, settings.evidence_max_bytes),
        now=now,
    ) as evidence:
        await session.commit()
    return EvidenceRead.model_validate(evidence)


@router.get("/{complaint_id}/evidence", response_model=list[EvidenceRead])
async def list_evidence(
    complaint_id: uuid.UUID, session: SessionDep, principal: Reader
) -> list[EvidenceRead]:
    """Lists a complaint's evidence files. Callers: the complaint's units and SUPERVISION."""
    await complaint_service.readable(session, principal=principal, complaint_id=complaint_id)
    return [
        EvidenceRead.model_validate(row)
        for row in await service.of_complaint(session, complaint_id)
    ]


@router.get("/{complaint_id}/evidence/{evidence_id}", response_class=Response, responses=DOWNLOAD)
async def download_evidence(
    complaint_id: uuid.UUID,
    evidence_id: uuid.UUID,
    session: SessionDep,
    settings: SettingsDep,
    principal: Reader,
) -> Response:
    """Downloads an evidence file. Callers: the complaint's units and SUPERVISION."""
    await complaint_service.readable(session, principal=principal, complaint_id=complaint_id)
    evidence = await service.get(session, complaint_id, evidence_id)
    return Response(
        await service.contents(settings, evidence),
        media_type=evidence.content_type,
        headers={"Content-Disposition": f'attachment; filename="{evidence.id}"'},
    )
