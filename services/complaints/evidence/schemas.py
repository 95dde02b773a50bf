"""Response bodies of evidence files."""

import uuid

from shared.schemas import ReadModel


class EvidenceRead(ReadModel):
    """An evidence file's metadata."""

    id: uuid.UUID
    content_type: str
    size: int
    sha256: str
