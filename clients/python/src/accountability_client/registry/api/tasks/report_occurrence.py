from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.occurrence_progress import OccurrenceProgress
from ...models.occurrence_read import OccurrenceRead
from ...models.problem import Problem
from typing import cast
from uuid import UUID


def _get_kwargs(
    task_id: UUID,
    period: str,
    *,
    body: OccurrenceProgress,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/tasks/{task_id}/occurrences/{period}".format(task_id=quote(str(task_id), safe=""),period=quote(str(period), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OccurrenceRead | Problem | None:
    if response.status_code == 200:
        response_200 = OccurrenceRead.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OccurrenceRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    task_id: UUID,
    period: str,
    *,
    client: AuthenticatedClient,
    body: OccurrenceProgress,

) -> Response[OccurrenceRead | Problem]:
    """ Report Occurrence

     Records a period's progress; 100 completes it. Callers: officers of the lead unit.

    Args:
        task_id (UUID):
        period (str): 2026-Q3
        body (OccurrenceProgress): The lead unit's progress on one period's occurrence; 100
            completes it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OccurrenceRead | Problem]
     """

    kwargs = _get_kwargs(
        task_id=task_id,
period=period,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    task_id: UUID,
    period: str,
    *,
    client: AuthenticatedClient,
    body: OccurrenceProgress,

) -> OccurrenceRead | Problem | None:
    """ Report Occurrence

     Records a period's progress; 100 completes it. Callers: officers of the lead unit.

    Args:
        task_id (UUID):
        period (str): 2026-Q3
        body (OccurrenceProgress): The lead unit's progress on one period's occurrence; 100
            completes it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OccurrenceRead | Problem
     """

    return sync_detailed(
        task_id=task_id,
period=period,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    task_id: UUID,
    period: str,
    *,
    client: AuthenticatedClient,
    body: OccurrenceProgress,

) -> Response[OccurrenceRead | Problem]:
    """ Report Occurrence

     Records a period's progress; 100 completes it. Callers: officers of the lead unit.

    Args:
        task_id (UUID):
        period (str): 2026-Q3
        body (OccurrenceProgress): The lead unit's progress on one period's occurrence; 100
            completes it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OccurrenceRead | Problem]
     """

    kwargs = _get_kwargs(
        task_id=task_id,
period=period,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    task_id: UUID,
    period: str,
    *,
    client: AuthenticatedClient,
    body: OccurrenceProgress,

) -> OccurrenceRead | Problem | None:
    """ Report Occurrence

     Records a period's progress; 100 completes it. Callers: officers of the lead unit.

    Args:
        task_id (UUID):
        period (str): 2026-Q3
        body (OccurrenceProgress): The lead unit's progress on one period's occurrence; 100
            completes it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OccurrenceRead | Problem
     """

    return (await asyncio_detailed(
        task_id=task_id,
period=period,
client=client,
body=body,

    )).parsed
