from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.legal_outcome_read import LegalOutcomeRead
from ...models.problem import Problem
from ...models.review_finding import ReviewFinding
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID


def _get_kwargs(
    outcome_id: UUID,
    *,
    body: ReviewFinding,
    idempotency_key: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/legal-outcomes/{outcome_id}/review/finding".format(outcome_id=quote(str(outcome_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> LegalOutcomeRead | Problem | None:
    if response.status_code == 200:
        response_200 = LegalOutcomeRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[LegalOutcomeRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    outcome_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReviewFinding,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[LegalOutcomeRead | Problem]:
    """ Record Finding

     Ends the review: a fault is referred to supervision as a referral report (R16, R5, R6).

    Callers: officers of LEGAL. No fault closes the review with its reasons.

    Args:
        outcome_id (UUID):
        idempotency_key (None | str | Unset): Optional, 16-100 of `A-Za-z0-9_.:-` (a UUID will
            do). A retry with the same key and body gets the first answer (with `Idempotent-Replayed:
            true`); the same key with another body gets 422; while the first is still running, 409
            with Retry-After. A key is kept 7 days; a retry after that runs as a new request.
        body (ReviewFinding): What the responsibility review found: a fault is referred to
            supervision (R16, R5).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LegalOutcomeRead | Problem]
     """

    kwargs = _get_kwargs(
        outcome_id=outcome_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    outcome_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReviewFinding,
    idempotency_key: None | str | Unset = UNSET,

) -> LegalOutcomeRead | Problem | None:
    """ Record Finding

     Ends the review: a fault is referred to supervision as a referral report (R16, R5, R6).

    Callers: officers of LEGAL. No fault closes the review with its reasons.

    Args:
        outcome_id (UUID):
        idempotency_key (None | str | Unset): Optional, 16-100 of `A-Za-z0-9_.:-` (a UUID will
            do). A retry with the same key and body gets the first answer (with `Idempotent-Replayed:
            true`); the same key with another body gets 422; while the first is still running, 409
            with Retry-After. A key is kept 7 days; a retry after that runs as a new request.
        body (ReviewFinding): What the responsibility review found: a fault is referred to
            supervision (R16, R5).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LegalOutcomeRead | Problem
     """

    return sync_detailed(
        outcome_id=outcome_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    outcome_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReviewFinding,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[LegalOutcomeRead | Problem]:
    """ Record Finding

     Ends the review: a fault is referred to supervision as a referral report (R16, R5, R6).

    Callers: officers of LEGAL. No fault closes the review with its reasons.

    Args:
        outcome_id (UUID):
        idempotency_key (None | str | Unset): Optional, 16-100 of `A-Za-z0-9_.:-` (a UUID will
            do). A retry with the same key and body gets the first answer (with `Idempotent-Replayed:
            true`); the same key with another body gets 422; while the first is still running, 409
            with Retry-After. A key is kept 7 days; a retry after that runs as a new request.
        body (ReviewFinding): What the responsibility review found: a fault is referred to
            supervision (R16, R5).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LegalOutcomeRead | Problem]
     """

    kwargs = _get_kwargs(
        outcome_id=outcome_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    outcome_id: UUID,
    *,
    client: AuthenticatedClient,
    body: ReviewFinding,
    idempotency_key: None | str | Unset = UNSET,

) -> LegalOutcomeRead | Problem | None:
    """ Record Finding

     Ends the review: a fault is referred to supervision as a referral report (R16, R5, R6).

    Callers: officers of LEGAL. No fault closes the review with its reasons.

    Args:
        outcome_id (UUID):
        idempotency_key (None | str | Unset): Optional, 16-100 of `A-Za-z0-9_.:-` (a UUID will
            do). A retry with the same key and body gets the first answer (with `Idempotent-Replayed:
            true`); the same key with another body gets 422; while the first is still running, 409
            with Retry-After. A key is kept 7 days; a retry after that runs as a new request.
        body (ReviewFinding): What the responsibility review found: a fault is referred to
            supervision (R16, R5).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LegalOutcomeRead | Problem
     """

    return (await asyncio_detailed(
        outcome_id=outcome_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
