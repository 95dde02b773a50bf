from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.calendar_read import CalendarRead
from ...models.calendar_update import CalendarUpdate
from ...models.problem import Problem
from typing import cast


def _get_kwargs(
    *,
    body: CalendarUpdate,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/calendar",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CalendarRead | Problem | None:
    if response.status_code == 200:
        response_200 = CalendarRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CalendarRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CalendarUpdate,

) -> Response[CalendarRead | Problem]:
    """ Extend Calendar

     Adds holidays, adjusted working days and known years. Callers: administrators.

    Every service applies the change to the deadlines it computes from then on.

    Args:
        body (CalendarUpdate): Days to add or replace, and years to declare fully entered.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarRead | Problem]
     """

    kwargs = _get_kwargs(
        body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: CalendarUpdate,

) -> CalendarRead | Problem | None:
    """ Extend Calendar

     Adds holidays, adjusted working days and known years. Callers: administrators.

    Every service applies the change to the deadlines it computes from then on.

    Args:
        body (CalendarUpdate): Days to add or replace, and years to declare fully entered.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarRead | Problem
     """

    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CalendarUpdate,

) -> Response[CalendarRead | Problem]:
    """ Extend Calendar

     Adds holidays, adjusted working days and known years. Callers: administrators.

    Every service applies the change to the deadlines it computes from then on.

    Args:
        body (CalendarUpdate): Days to add or replace, and years to declare fully entered.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarRead | Problem]
     """

    kwargs = _get_kwargs(
        body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CalendarUpdate,

) -> CalendarRead | Problem | None:
    """ Extend Calendar

     Adds holidays, adjusted working days and known years. Callers: administrators.

    Every service applies the change to the deadlines it computes from then on.

    Args:
        body (CalendarUpdate): Days to add or replace, and years to declare fully entered.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarRead | Problem
     """

    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
