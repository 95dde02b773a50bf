from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.evidence_read import EvidenceRead
from ...models.problem import Problem
from ...types import File, FileTypes
from ...types import UNSET, Unset
from io import BytesIO
from typing import cast


def _get_kwargs(
    code: str,
    *,
    body:    File  |     File  |     File  | Unset = UNSET,
    x_complaint_secret: str,
    idempotency_key: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Complaint-Secret"] = x_complaint_secret

    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/public/complaints/{code}/evidence".format(code=quote(str(code), safe=""),),
    }

    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "image/jpeg"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "image/png"
    if isinstance(body, File):
        _kwargs["content"] = body.payload
        headers["Content-Type"] = "application/pdf"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EvidenceRead | Problem | None:
    if response.status_code == 201:
        response_201 = EvidenceRead.from_dict(response.json())

        return response_201

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EvidenceRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    body:    File  |     File  |     File  | Unset = UNSET,
    x_complaint_secret: str,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[EvidenceRead | Problem]:
    """ Upload Evidence

     Adds an evidence file (raw body: JPEG, PNG, PDF). Callers: whoever holds code and secret.

    Args:
        code (str):
        x_complaint_secret (str): The receipt's secret
        idempotency_key (None | str | Unset): Optional, 16-100 of `A-Za-z0-9_.:-` (a UUID will
            do). A retry with the same key and body gets the first answer (with `Idempotent-Replayed:
            true`); the same key with another body gets 422; while the first is still running, 409
            with Retry-After. A key is kept 7 days; a retry after that runs as a new request.
        body (File):
        body (File):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvidenceRead | Problem]
     """

    kwargs = _get_kwargs(
        code=code,
body=body,
x_complaint_secret=x_complaint_secret,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    body:    File  |     File  |     File  | Unset = UNSET,
    x_complaint_secret: str,
    idempotency_key: None | str | Unset = UNSET,

) -> EvidenceRead | Problem | None:
    """ Upload Evidence

     Adds an evidence file (raw body: JPEG, PNG, PDF). Callers: whoever holds code and secret.

    Args:
        code (str):
        x_complaint_secret (str): The receipt's secret
        idempotency_key (None | str | Unset): Optional, 16-100 of `A-Za-z0-9_.:-` (a UUID will
            do). A retry with the same key and body gets the first answer (with `Idempotent-Replayed:
            true`); the same key with another body gets 422; while the first is still running, 409
            with Retry-After. A key is kept 7 days; a retry after that runs as a new request.
        body (File):
        body (File):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvidenceRead | Problem
     """

    return sync_detailed(
        code=code,
client=client,
body=body,
x_complaint_secret=x_complaint_secret,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    body:    File  |     File  |     File  | Unset = UNSET,
    x_complaint_secret: str,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[EvidenceRead | Problem]:
    """ Upload Evidence

     Adds an evidence file (raw body: JPEG, PNG, PDF). Callers: whoever holds code and secret.

    Args:
        code (str):
        x_complaint_secret (str): The receipt's secret
        idempotency_key (None | str | Unset): Optional, 16-100 of `A-Za-z0-9_.:-` (a UUID will
            do). A retry with the same key and body gets the first answer (with `Idempotent-Replayed:
            true`); the same key with another body gets 422; while the first is still running, 409
            with Retry-After. A key is kept 7 days; a retry after that runs as a new request.
        body (File):
        body (File):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EvidenceRead | Problem]
     """

    kwargs = _get_kwargs(
        code=code,
body=body,
x_complaint_secret=x_complaint_secret,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    body:    File  |     File  |     File  | Unset = UNSET,
    x_complaint_secret: str,
    idempotency_key: None | str | Unset = UNSET,

) -> EvidenceRead | Problem | None:
    """ Upload Evidence

     Adds an evidence file (raw body: JPEG, PNG, PDF). Callers: whoever holds code and secret.

    Args:
        code (str):
        x_complaint_secret (str): The receipt's secret
        idempotency_key (None | str | Unset): Optional, 16-100 of `A-Za-z0-9_.:-` (a UUID will
            do). A retry with the same key and body gets the first answer (with `Idempotent-Replayed:
            true`); the same key with another body gets 422; while the first is still running, 409
            with Retry-After. A key is kept 7 days; a retry after that runs as a new request.
        body (File):
        body (File):
        body (File):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EvidenceRead | Problem
     """

    return (await asyncio_detailed(
        code=code,
client=client,
body=body,
x_complaint_secret=x_complaint_secret,
idempotency_key=idempotency_key,

    )).parsed
