from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from typing import cast
import datetime


def _get_kwargs(
    day: datetime.date,

) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/calendar/days/{day}".format(day=quote(str(day), safe=""),),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    day: datetime.date,
    *,
    client: AuthenticatedClient,

) -> Response[Any | Problem]:
    """ Remove Day

     Removes an operator day: the weekday rule (or the package) applies again.

    Callers: administrators. 404 unless an operator entered that day.

    Args:
        day (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
     """

    kwargs = _get_kwargs(
        day=day,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    day: datetime.date,
    *,
    client: AuthenticatedClient,

) -> Any | Problem | None:
    """ Remove Day

     Removes an operator day: the weekday rule (or the package) applies again.

    Callers: administrators. 404 unless an operator entered that day.

    Args:
        day (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
     """

    return sync_detailed(
        day=day,
client=client,

    ).parsed

async def asyncio_detailed(
    day: datetime.date,
    *,
    client: AuthenticatedClient,

) -> Response[Any | Problem]:
    """ Remove Day

     Removes an operator day: the weekday rule (or the package) applies again.

    Callers: administrators. 404 unless an operator entered that day.

    Args:
        day (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem]
     """

    kwargs = _get_kwargs(
        day=day,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    day: datetime.date,
    *,
    client: AuthenticatedClient,

) -> Any | Problem | None:
    """ Remove Day

     Removes an operator day: the weekday rule (or the package) applies again.

    Callers: administrators. 404 unless an operator entered that day.

    Args:
        day (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem
     """

    return (await asyncio_detailed(
        day=day,
client=client,

    )).parsed
