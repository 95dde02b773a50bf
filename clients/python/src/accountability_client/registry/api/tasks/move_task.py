from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.task_move import TaskMove
from ...models.task_read import TaskRead
from typing import cast
from uuid import UUID


def _get_kwargs(
    task_id: UUID,
    *,
    body: TaskMove,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/tasks/{task_id}/parent".format(task_id=quote(str(task_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | TaskRead | None:
    if response.status_code == 200:
        response_200 = TaskRead.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | TaskRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    task_id: UUID,
    *,
    client: AuthenticatedClient,
    body: TaskMove,

) -> Response[Problem | TaskRead]:
    """ Move Task

     Hangs a task under another parent, refusing cycles (R3).

    Callers: GOV_OFFICE; or the new parent's lead unit when it also leads the task or the
    task's current parent.

    Args:
        task_id (UUID):
        body (TaskMove): Hangs a task under another parent (cycles are refused).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TaskRead]
     """

    kwargs = _get_kwargs(
        task_id=task_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    task_id: UUID,
    *,
    client: AuthenticatedClient,
    body: TaskMove,

) -> Problem | TaskRead | None:
    """ Move Task

     Hangs a task under another parent, refusing cycles (R3).

    Callers: GOV_OFFICE; or the new parent's lead unit when it also leads the task or the
    task's current parent.

    Args:
        task_id (UUID):
        body (TaskMove): Hangs a task under another parent (cycles are refused).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TaskRead
     """

    return sync_detailed(
        task_id=task_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    task_id: UUID,
    *,
    client: AuthenticatedClient,
    body: TaskMove,

) -> Response[Problem | TaskRead]:
    """ Move Task

     Hangs a task under another parent, refusing cycles (R3).

    Callers: GOV_OFFICE; or the new parent's lead unit when it also leads the task or the
    task's current parent.

    Args:
        task_id (UUID):
        body (TaskMove): Hangs a task under another parent (cycles are refused).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TaskRead]
     """

    kwargs = _get_kwargs(
        task_id=task_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    task_id: UUID,
    *,
    client: AuthenticatedClient,
    body: TaskMove,

) -> Problem | TaskRead | None:
    """ Move Task

     Hangs a task under another parent, refusing cycles (R3).

    Callers: GOV_OFFICE; or the new parent's lead unit when it also leads the task or the
    task's current parent.

    Args:
        task_id (UUID):
        body (TaskMove): Hangs a task under another parent (cycles are refused).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TaskRead
     """

    return (await asyncio_detailed(
        task_id=task_id,
client=client,
body=body,

    )).parsed
