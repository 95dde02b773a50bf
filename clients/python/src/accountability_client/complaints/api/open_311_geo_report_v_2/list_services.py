from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.error import Error
from ...models.list_services_format import check_list_services_format
from ...models.list_services_format import ListServicesFormat
from ...models.problem import Problem
from ...models.service import Service
from ...types import UNSET, Unset
from typing import cast


def _get_kwargs(
    format_: ListServicesFormat,
    *,
    jurisdiction_id: None | str | Unset = UNSET,

) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_jurisdiction_id: None | str | Unset
    if isinstance(jurisdiction_id, Unset):
        json_jurisdiction_id = UNSET
    else:
        json_jurisdiction_id = jurisdiction_id
    params["jurisdiction_id"] = json_jurisdiction_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open311/v2/services.{format_}".format(format_=quote(str(format_), safe=""),),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | list[Error] | list[Service] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in (_response_200):
            response_200_item = Service.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | list[Error] | list[Service]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    format_: ListServicesFormat,
    *,
    client: AuthenticatedClient | Client,
    jurisdiction_id: None | str | Unset = UNSET,

) -> Response[Problem | list[Error] | list[Service]]:
    """ List Services

     Lists the complaint categories as Open311 services. Callers: anyone.

    Args:
        format_ (ListServicesFormat):
        jurisdiction_id (None | str | Unset): This city's; other values answer 404

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[Error] | list[Service]]
     """

    kwargs = _get_kwargs(
        format_=format_,
jurisdiction_id=jurisdiction_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    format_: ListServicesFormat,
    *,
    client: AuthenticatedClient | Client,
    jurisdiction_id: None | str | Unset = UNSET,

) -> Problem | list[Error] | list[Service] | None:
    """ List Services

     Lists the complaint categories as Open311 services. Callers: anyone.

    Args:
        format_ (ListServicesFormat):
        jurisdiction_id (None | str | Unset): This city's; other values answer 404

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[Error] | list[Service]
     """

    return sync_detailed(
        format_=format_,
client=client,
jurisdiction_id=jurisdiction_id,

    ).parsed

async def asyncio_detailed(
    format_: ListServicesFormat,
    *,
    client: AuthenticatedClient | Client,
    jurisdiction_id: None | str | Unset = UNSET,

) -> Response[Problem | list[Error] | list[Service]]:
    """ List Services

     Lists the complaint categories as Open311 services. Callers: anyone.

    Args:
        format_ (ListServicesFormat):
        jurisdiction_id (None | str | Unset): This city's; other values answer 404

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[Error] | list[Service]]
     """

    kwargs = _get_kwargs(
        format_=format_,
jurisdiction_id=jurisdiction_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    format_: ListServicesFormat,
    *,
    client: AuthenticatedClient | Client,
    jurisdiction_id: None | str | Unset = UNSET,

) -> Problem | list[Error] | list[Service] | None:
    """ List Services

     Lists the complaint categories as Open311 services. Callers: anyone.

    Args:
        format_ (ListServicesFormat):
        jurisdiction_id (None | str | Unset): This city's; other values answer 404

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[Error] | list[Service]
     """

    return (await asyncio_detailed(
        format_=format_,
client=client,
jurisdiction_id=jurisdiction_id,

    )).parsed
