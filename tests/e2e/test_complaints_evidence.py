"""Evidence files: type and size limits, stored outside the database row."""

import hashlib
import uuid
from pathlib import Path

import httpx
import pytest

from tests.e2e.complaints_helpers import (
    SUPERVISION,
    TRANSPORT,
    URBAN,
    client_headers,
    submit_public,
)
from tests.support.stack import ROOT, Stack, token
from tools.openapi import document

pytestmark = pytest.mark.stack
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200
PDF = b"%PDF-1.7\n" + "投诉材料".encode() * 50


def _stored(key: str) -> Path:
    """Where the service keeps a complaint's files (its default evidence_dir, run from ROOT)."""
    return ROOT / ".data" / "evidence" / key


async def _upload(
    http: httpx.AsyncClient, stack: Stack, receipt: dict[str, str], data: bytes, kind: str
) -> httpx.Response:
    return await http.post(
        f"{stack.url('complaints')}/public/complaints/{receipt['tracking_code']}/evidence",
        content=data,
        headers=client_headers(**{"X-Complaint-Secret": receipt["secret"], "Content-Type": kind}),
    )


async def test_evidence_is_stored_outside_the_row_and_readable_by_the_handler(
    stack: Stack, http: httpx.AsyncClient
) -> None:
    receipt = await submit_public(http, stack)
    uploaded = await _upload(http, stack, receipt, PDF, "application/pdf")
    assert uploaded.status_code == 201, uploaded.text
    evidence = uploaded.json()
    assert evidence["size"] == len(PDF) and evidence["sha256"] == hashlib.sha256(PDF).hexdigest()

    key = await stack.scalar(
        "complaints",
        "select storage_key from complaint_evidence where id = $1",
        uuid.UUID(evidence["id"]),
    )
    assert _stored(key).read_bytes() == PDF

    base = f"{stack.url('complaints')}/complaints/{receipt['id']}/evidence"
    for department in (URBAN, SUPERVISION):
        listed = await http.get(base, headers=token(department))
        assert [e["id"] for e in listed.json()] == [evidence["id"]]
    download = await http.get(f"{base}/{evidence['id']}", headers=token(URBAN))
    assert download.content == PDF
    assert download.headers["content-type"] == "application/pdf"
    assert (await http.get(base, headers=token(TRANSPORT))).status_code == 404  # as if none


async def test_the_documented_pdf_example_uploads(stack: Stack, http: httpx.AsyncClient) -> None:
    """The OpenAPI document's example body is a file the endpoint accepts."""
    operation = document("complaints")["paths"]["/public/complaints/{code}/evidence"]["post"]
    example = operation["requestBody"]["content"]["application/pdf"]["example"]
    receipt = await submit_public(http, stack)

    uploaded = await _upload(http, stack, receipt, example.encode(), "application/pdf")

    assert uploaded.status_code == 201, uploaded.text
    assert uploaded.json()["size"] == len(example.encode())


@pytest.mark.parametrize(
    ("data", "kind", "status"),
    [
        (b"MZ\x90\x00" * 10, "application/x-msdownload", 415),
        (b"<html>not a png</html>", "image/png", 415),  # the bytes must match the type
        (b"", "image/png", 415),
        (PNG + b"\x00" * (5 * 1024 * 1024), "image/png", 413),
    ],
    ids=["executable", "disguised", "empty", "oversized"],
)
async def test_disallowed_or_oversized_evidence_is_refused_and_nothing_stored(
    stack: Stack, http: httpx.AsyncClient, data: bytes, kind: str, status: int
) -> None:
    receipt = await submit_public(http, stack)
    response = await _upload(http, stack, receipt, data, kind)
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    count = await stack.scalar(
        "complaints",
        "select count(*) from complaint_evidence where complaint_id = $1",
        uuid.UUID(receipt["id"]),
    )
    assert count == 0
    assert not _stored(receipt["id"]).exists()


async def test_evidence_needs_the_secret(stack: Stack, http: httpx.AsyncClient) -> None:
    receipt = await submit_public(http, stack)
    response = await _upload(http, stack, {**receipt, "secret": "wrong"}, PNG, "image/png")
    assert response.status_code == 404
    assert not _stored(receipt["id"]).exists()
