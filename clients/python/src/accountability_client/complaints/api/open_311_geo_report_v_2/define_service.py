from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.service_definition import ServiceDefinition
from typing import cast


def _get_kwargs(
    service_code: str,

) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open311/v2/services/{service_code}.json".format(service_code=quote(str(service_code), safe=""),),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ServiceDefinition | None:
    if response.status_code == 200:
        response_200 = ServiceDefinition.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | ServiceDefinition]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    service_code: str,
    *,
    client: AuthenticatedClient | Client,

) -> Response[Problem | ServiceDefinition]:
    """ Define Service

     Gets a service's attributes, with the departments one may complain about. Callers: anyone.

    Args:
        service_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ServiceDefinition]
     """

    kwargs = _get_kwargs(
        service_code=service_code,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    service_code: str,
    *,
    client: AuthenticatedClient | Client,

) -> Problem | ServiceDefinition | None:
    """ Define Service

     Gets a service's attributes, with the departments one may complain about. Callers: anyone.

    Args:
        service_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ServiceDefinition
     """

    return sync_detailed(
        service_code=service_code,
client=client,

    ).parsed

async def asyncio_detailed(
    service_code: str,
    *,
    client: AuthenticatedClient | Client,

) -> Response[Problem | ServiceDefinition]:
    """ Define Service

     Gets a service's attributes, with the departments one may complain about. Callers: anyone.

    Args:
        service_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ServiceDefinition]
     """

    kwargs = _get_kwargs(
        service_code=service_code,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    service_code: str,
    *,
    client: AuthenticatedClient | Client,

) -> Problem | ServiceDefinition | None:
    """ Define Service

     Gets a service's attributes, with the departments one may complain about. Callers: anyone.

    Args:
        service_code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ServiceDefinition
     """

    return (await asyncio_detailed(
        service_code=service_code,
client=client,

    )).parsed
