from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.complainant_read import ComplainantRead
from ...models.problem import Problem
from typing import cast
from uuid import UUID


def _get_kwargs(
    complaint_id: UUID,
    *,
    purpose: str,

) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["purpose"] = purpose

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/complaints/{complaint_id}/complainant".format(complaint_id=quote(str(complaint_id), safe=""),),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ComplainantRead | Problem | None:
    if response.status_code == 200:
        response_200 = ComplainantRead.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ComplainantRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    complaint_id: UUID,
    *,
    client: AuthenticatedClient,
    purpose: str,

) -> Response[ComplainantRead | Problem]:
    """ Read Complainant

     Gets the complainant's identity for a stated purpose; the read is logged.

    Callers: the handling or forwarding unit or the overseer, never the accused unit
    (petition rule: 403 conflict of interest).

    Args:
        complaint_id (UUID):
        purpose (str): why the identity is read

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComplainantRead | Problem]
     """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
purpose=purpose,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    complaint_id: UUID,
    *,
    client: AuthenticatedClient,
    purpose: str,

) -> ComplainantRead | Problem | None:
    """ Read Complainant

     Gets the complainant's identity for a stated purpose; the read is logged.

    Callers: the handling or forwarding unit or the overseer, never the accused unit
    (petition rule: 403 conflict of interest).

    Args:
        complaint_id (UUID):
        purpose (str): why the identity is read

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComplainantRead | Problem
     """

    return sync_detailed(
        complaint_id=complaint_id,
client=client,
purpose=purpose,

    ).parsed

async def asyncio_detailed(
    complaint_id: UUID,
    *,
    client: AuthenticatedClient,
    purpose: str,

) -> Response[ComplainantRead | Problem]:
    """ Read Complainant

     Gets the complainant's identity for a stated purpose; the read is logged.

    Callers: the handling or forwarding unit or the overseer, never the accused unit
    (petition rule: 403 conflict of interest).

    Args:
        complaint_id (UUID):
        purpose (str): why the identity is read

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComplainantRead | Problem]
     """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
purpose=purpose,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    complaint_id: UUID,
    *,
    client: AuthenticatedClient,
    purpose: str,

) -> ComplainantRead | Problem | None:
    """ Read Complainant

     Gets the complainant's identity for a stated purpose; the read is logged.

    Callers: the handling or forwarding unit or the overseer, never the accused unit
    (petition rule: 403 conflict of interest).

    Args:
        complaint_id (UUID):
        purpose (str): why the identity is read

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComplainantRead | Problem
     """

    return (await asyncio_detailed(
        complaint_id=complaint_id,
client=client,
purpose=purpose,

    )).parsed
