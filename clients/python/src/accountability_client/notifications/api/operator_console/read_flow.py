from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.flow_snapshot import FlowSnapshot
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast


def _get_kwargs(
    *,
    after: int | Unset = 0,

) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["after"] = after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/operator/flow",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FlowSnapshot | Problem | None:
    if response.status_code == 200:
        response_200 = FlowSnapshot.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FlowSnapshot | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    after: int | Unset = 0,

) -> Response[FlowSnapshot | Problem]:
    """ Read Flow

     Gets the recent events of every topic (after `after`), each group's lag, what waits.

    Callers: operators (role `operator`).

    Args:
        after (int | Unset): Only events after this seq Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FlowSnapshot | Problem]
     """

    kwargs = _get_kwargs(
        after=after,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    after: int | Unset = 0,

) -> FlowSnapshot | Problem | None:
    """ Read Flow

     Gets the recent events of every topic (after `after`), each group's lag, what waits.

    Callers: operators (role `operator`).

    Args:
        after (int | Unset): Only events after this seq Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FlowSnapshot | Problem
     """

    return sync_detailed(
        client=client,
after=after,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    after: int | Unset = 0,

) -> Response[FlowSnapshot | Problem]:
    """ Read Flow

     Gets the recent events of every topic (after `after`), each group's lag, what waits.

    Callers: operators (role `operator`).

    Args:
        after (int | Unset): Only events after this seq Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FlowSnapshot | Problem]
     """

    kwargs = _get_kwargs(
        after=after,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    after: int | Unset = 0,

) -> FlowSnapshot | Problem | None:
    """ Read Flow

     Gets the recent events of every topic (after `after`), each group's lag, what waits.

    Callers: operators (role `operator`).

    Args:
        after (int | Unset): Only events after this seq Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FlowSnapshot | Problem
     """

    return (await asyncio_detailed(
        client=client,
after=after,

    )).parsed
