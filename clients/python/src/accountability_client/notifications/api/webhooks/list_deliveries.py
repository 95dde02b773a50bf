from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.delivery_read import DeliveryRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID


def _get_kwargs(
    department: str,
    subscription_id: UUID,
    *,
    limit: int | Unset = 50,

) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/departments/{department}/webhooks/{subscription_id}/deliveries".format(department=quote(str(department), safe=""),subscription_id=quote(str(subscription_id), safe=""),),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | list[DeliveryRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in (_response_200):
            response_200_item = DeliveryRead.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | list[DeliveryRead]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    department: str,
    subscription_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,

) -> Response[Problem | list[DeliveryRead]]:
    """ List Deliveries

     Lists a webhook's latest deliveries and their attempts. Callers: its officers.

    Args:
        department (str):
        subscription_id (UUID):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[DeliveryRead]]
     """

    kwargs = _get_kwargs(
        department=department,
subscription_id=subscription_id,
limit=limit,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    department: str,
    subscription_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,

) -> Problem | list[DeliveryRead] | None:
    """ List Deliveries

     Lists a webhook's latest deliveries and their attempts. Callers: its officers.

    Args:
        department (str):
        subscription_id (UUID):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[DeliveryRead]
     """

    return sync_detailed(
        department=department,
subscription_id=subscription_id,
client=client,
limit=limit,

    ).parsed

async def asyncio_detailed(
    department: str,
    subscription_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,

) -> Response[Problem | list[DeliveryRead]]:
    """ List Deliveries

     Lists a webhook's latest deliveries and their attempts. Callers: its officers.

    Args:
        department (str):
        subscription_id (UUID):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[DeliveryRead]]
     """

    kwargs = _get_kwargs(
        department=department,
subscription_id=subscription_id,
limit=limit,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    department: str,
    subscription_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,

) -> Problem | list[DeliveryRead] | None:
    """ List Deliveries

     Lists a webhook's latest deliveries and their attempts. Callers: its officers.

    Args:
        department (str):
        subscription_id (UUID):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[DeliveryRead]
     """

    return (await asyncio_detailed(
        department=department,
subscription_id=subscription_id,
client=client,
limit=limit,

    )).parsed
