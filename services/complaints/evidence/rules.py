"""Evidence rules: the file types accepted, each recognised by its first bytes."""

# Evidence files: the types accepted and the first bytes each must start with.
EVIDENCE_SIGNATURES: dict[str, tuple[bytes, ...]] = {
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "application/pdf": (b"%PDF-",),
}


def media_type(content_type: str) -> str:
    """Gets the media type of a Content-Type header, without its parameters, lowercased."""
    return content_type.split(";")[0].strip().lower()


def evidence_type_allowed(content_type: str, head: bytes, allowed: list[str]) -> bool:
    """Tells whether a file is of an allowed type and its bytes say so too."""
    kind = media_type(content_type)
    signatures = EVIDENCE_SIGNATURES.get(kind, ())
    return kind in allowed and any(head.startswith(s) for s in signatures)
