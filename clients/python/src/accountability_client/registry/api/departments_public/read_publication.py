from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.channel_publication_read import ChannelPublicationRead
from ...models.problem import Problem
from typing import cast


def _get_kwargs(
    year: int,
    quarter: int,

) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/public/complaint-channels/{year}/{quarter}".format(year=quote(str(year), safe=""),quarter=quote(str(quarter), safe=""),),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | ChannelPublicationRead | Problem | None:
    if response.status_code == 200:
        response_200 = ChannelPublicationRead.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | ChannelPublicationRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    year: int,
    quarter: int,
    *,
    client: AuthenticatedClient | Client,

) -> Response[Any | ChannelPublicationRead | Problem]:
    """ Read Publication

     Gets one quarter's city-wide list of complaint channels (R11). Callers: the public.

    Args:
        year (int):
        quarter (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChannelPublicationRead | Problem]
     """

    kwargs = _get_kwargs(
        year=year,
quarter=quarter,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    year: int,
    quarter: int,
    *,
    client: AuthenticatedClient | Client,

) -> Any | ChannelPublicationRead | Problem | None:
    """ Read Publication

     Gets one quarter's city-wide list of complaint channels (R11). Callers: the public.

    Args:
        year (int):
        quarter (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChannelPublicationRead | Problem
     """

    return sync_detailed(
        year=year,
quarter=quarter,
client=client,

    ).parsed

async def asyncio_detailed(
    year: int,
    quarter: int,
    *,
    client: AuthenticatedClient | Client,

) -> Response[Any | ChannelPublicationRead | Problem]:
    """ Read Publication

     Gets one quarter's city-wide list of complaint channels (R11). Callers: the public.

    Args:
        year (int):
        quarter (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ChannelPublicationRead | Problem]
     """

    kwargs = _get_kwargs(
        year=year,
quarter=quarter,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    year: int,
    quarter: int,
    *,
    client: AuthenticatedClient | Client,

) -> Any | ChannelPublicationRead | Problem | None:
    """ Read Publication

     Gets one quarter's city-wide list of complaint channels (R11). Callers: the public.

    Args:
        year (int):
        quarter (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ChannelPublicationRead | Problem
     """

    return (await asyncio_detailed(
        year=year,
quarter=quarter,
client=client,

    )).parsed
