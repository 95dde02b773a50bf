from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.complaint_read import ComplaintRead
from ...models.problem import Problem
from ...models.reassignment import Reassignment
from typing import cast
from uuid import UUID


def _get_kwargs(
    complaint_id: UUID,
    *,
    body: Reassignment,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/complaints/{complaint_id}/reassign".format(complaint_id=quote(str(complaint_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ComplaintRead | Problem | None:
    if response.status_code == 200:
        response_200 = ComplaintRead.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ComplaintRead | Problem]:
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
    body: Reassignment,

) -> Response[ComplaintRead | Problem]:
    """ Reassign Complaint

     Hands a complaint to a competent department, with the reason. Callers: the handler.

    Args:
        complaint_id (UUID):
        body (Reassignment): The handling department is not competent: the complaint moves on,
            with the reason.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComplaintRead | Problem]
     """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    complaint_id: UUID,
    *,
    client: AuthenticatedClient,
    body: Reassignment,

) -> ComplaintRead | Problem | None:
    """ Reassign Complaint

     Hands a complaint to a competent department, with the reason. Callers: the handler.

    Args:
        complaint_id (UUID):
        body (Reassignment): The handling department is not competent: the complaint moves on,
            with the reason.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComplaintRead | Problem
     """

    return sync_detailed(
        complaint_id=complaint_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    complaint_id: UUID,
    *,
    client: AuthenticatedClient,
    body: Reassignment,

) -> Response[ComplaintRead | Problem]:
    """ Reassign Complaint

     Hands a complaint to a competent department, with the reason. Callers: the handler.

    Args:
        complaint_id (UUID):
        body (Reassignment): The handling department is not competent: the complaint moves on,
            with the reason.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ComplaintRead | Problem]
     """

    kwargs = _get_kwargs(
        complaint_id=complaint_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    complaint_id: UUID,
    *,
    client: AuthenticatedClient,
    body: Reassignment,

) -> ComplaintRead | Problem | None:
    """ Reassign Complaint

     Hands a complaint to a competent department, with the reason. Callers: the handler.

    Args:
        complaint_id (UUID):
        body (Reassignment): The handling department is not competent: the complaint moves on,
            with the reason.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ComplaintRead | Problem
     """

    return (await asyncio_detailed(
        complaint_id=complaint_id,
client=client,
body=body,

    )).parsed
