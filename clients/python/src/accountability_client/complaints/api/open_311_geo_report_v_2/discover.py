from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.discover_format import check_discover_format
from ...models.discover_format import DiscoverFormat
from ...models.discovery import Discovery
from ...models.error import Error
from ...models.problem import Problem
from typing import cast


def _get_kwargs(
    format_: DiscoverFormat,

) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open311/discovery.{format_}".format(format_=quote(str(format_), safe=""),),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Discovery | Problem | list[Error] | None:
    if response.status_code == 200:
        response_200 = Discovery.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = []
        _response_400 = response.json()
        for componentsschemas_error_list_item_data in (_response_400):
            componentsschemas_error_list_item = Error.from_dict(componentsschemas_error_list_item_data)

            response_400.append(componentsschemas_error_list_item)

        return response_400

    if response.status_code == 404:
        response_404 = []
        _response_404 = response.json()
        for componentsschemas_error_list_item_data in (_response_404):
            componentsschemas_error_list_item = Error.from_dict(componentsschemas_error_list_item_data)

            response_404.append(componentsschemas_error_list_item)

        return response_404

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = []
        _response_429 = response.json()
        for componentsschemas_error_list_item_data in (_response_429):
            componentsschemas_error_list_item = Error.from_dict(componentsschemas_error_list_item_data)

            response_429.append(componentsschemas_error_list_item)

        return response_429

    if response.status_code == 503:
        response_503 = []
        _response_503 = response.json()
        for componentsschemas_error_list_item_data in (_response_503):
            componentsschemas_error_list_item = Error.from_dict(componentsschemas_error_list_item_data)

            response_503.append(componentsschemas_error_list_item)

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Discovery | Problem | list[Error]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    format_: DiscoverFormat,
    *,
    client: AuthenticatedClient | Client,

) -> Response[Discovery | Problem | list[Error]]:
    """ Discover

     Gets the service discovery document: where GeoReport v2 is and what it speaks.

    Args:
        format_ (DiscoverFormat):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Discovery | Problem | list[Error]]
     """

    kwargs = _get_kwargs(
        format_=format_,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    format_: DiscoverFormat,
    *,
    client: AuthenticatedClient | Client,

) -> Discovery | Problem | list[Error] | None:
    """ Discover

     Gets the service discovery document: where GeoReport v2 is and what it speaks.

    Args:
        format_ (DiscoverFormat):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Discovery | Problem | list[Error]
     """

    return sync_detailed(
        format_=format_,
client=client,

    ).parsed

async def asyncio_detailed(
    format_: DiscoverFormat,
    *,
    client: AuthenticatedClient | Client,

) -> Response[Discovery | Problem | list[Error]]:
    """ Discover

     Gets the service discovery document: where GeoReport v2 is and what it speaks.

    Args:
        format_ (DiscoverFormat):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Discovery | Problem | list[Error]]
     """

    kwargs = _get_kwargs(
        format_=format_,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    format_: DiscoverFormat,
    *,
    client: AuthenticatedClient | Client,

) -> Discovery | Problem | list[Error] | None:
    """ Discover

     Gets the service discovery document: where GeoReport v2 is and what it speaks.

    Args:
        format_ (DiscoverFormat):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Discovery | Problem | list[Error]
     """

    return (await asyncio_detailed(
        format_=format_,
client=client,

    )).parsed
