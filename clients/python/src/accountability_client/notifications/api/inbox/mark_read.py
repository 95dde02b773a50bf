from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.inbox_item_read import InboxItemRead
from ...models.problem import Problem
from typing import cast
from uuid import UUID


def _get_kwargs(
    department: str,
    item_id: UUID,

) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/departments/{department}/inbox/{item_id}/read".format(department=quote(str(department), safe=""),item_id=quote(str(item_id), safe=""),),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InboxItemRead | Problem | None:
    if response.status_code == 200:
        response_200 = InboxItemRead.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[InboxItemRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    department: str,
    item_id: UUID,
    *,
    client: AuthenticatedClient,

) -> Response[InboxItemRead | Problem]:
    """ Mark Read

     Marks an item read. Callers: officers of that department.

    Args:
        department (str):
        item_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InboxItemRead | Problem]
     """

    kwargs = _get_kwargs(
        department=department,
item_id=item_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    department: str,
    item_id: UUID,
    *,
    client: AuthenticatedClient,

) -> InboxItemRead | Problem | None:
    """ Mark Read

     Marks an item read. Callers: officers of that department.

    Args:
        department (str):
        item_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InboxItemRead | Problem
     """

    return sync_detailed(
        department=department,
item_id=item_id,
client=client,

    ).parsed

async def asyncio_detailed(
    department: str,
    item_id: UUID,
    *,
    client: AuthenticatedClient,

) -> Response[InboxItemRead | Problem]:
    """ Mark Read

     Marks an item read. Callers: officers of that department.

    Args:
        department (str):
        item_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InboxItemRead | Problem]
     """

    kwargs = _get_kwargs(
        department=department,
item_id=item_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    department: str,
    item_id: UUID,
    *,
    client: AuthenticatedClient,

) -> InboxItemRead | Problem | None:
    """ Mark Read

     Marks an item read. Callers: officers of that department.

    Args:
        department (str):
        item_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InboxItemRead | Problem
     """

    return (await asyncio_detailed(
        department=department,
item_id=item_id,
client=client,

    )).parsed
