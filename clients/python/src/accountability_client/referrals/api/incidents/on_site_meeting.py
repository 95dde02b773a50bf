from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.incident_read import IncidentRead
from ...models.on_site_meeting import OnSiteMeeting
from ...models.problem import Problem
from typing import cast
from uuid import UUID


def _get_kwargs(
    incident_id: UUID,
    *,
    body: OnSiteMeeting,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/incidents/{incident_id}/on-site-meeting".format(incident_id=quote(str(incident_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> IncidentRead | Problem | None:
    if response.status_code == 200:
        response_200 = IncidentRead.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[IncidentRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    incident_id: UUID,
    *,
    client: AuthenticatedClient,
    body: OnSiteMeeting,

) -> Response[IncidentRead | Problem]:
    """ On Site Meeting

     Records the on-site meeting the deciding level convened; 24 hours start. SUPERVISION.

    Args:
        incident_id (UUID):
        body (OnSiteMeeting): The on-site meeting (现场会) of an accident: the 24 hours of art. 13
            start there.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IncidentRead | Problem]
     """

    kwargs = _get_kwargs(
        incident_id=incident_id,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    incident_id: UUID,
    *,
    client: AuthenticatedClient,
    body: OnSiteMeeting,

) -> IncidentRead | Problem | None:
    """ On Site Meeting

     Records the on-site meeting the deciding level convened; 24 hours start. SUPERVISION.

    Args:
        incident_id (UUID):
        body (OnSiteMeeting): The on-site meeting (现场会) of an accident: the 24 hours of art. 13
            start there.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IncidentRead | Problem
     """

    return sync_detailed(
        incident_id=incident_id,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    incident_id: UUID,
    *,
    client: AuthenticatedClient,
    body: OnSiteMeeting,

) -> Response[IncidentRead | Problem]:
    """ On Site Meeting

     Records the on-site meeting the deciding level convened; 24 hours start. SUPERVISION.

    Args:
        incident_id (UUID):
        body (OnSiteMeeting): The on-site meeting (现场会) of an accident: the 24 hours of art. 13
            start there.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[IncidentRead | Problem]
     """

    kwargs = _get_kwargs(
        incident_id=incident_id,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    incident_id: UUID,
    *,
    client: AuthenticatedClient,
    body: OnSiteMeeting,

) -> IncidentRead | Problem | None:
    """ On Site Meeting

     Records the on-site meeting the deciding level convened; 24 hours start. SUPERVISION.

    Args:
        incident_id (UUID):
        body (OnSiteMeeting): The on-site meeting (现场会) of an accident: the 24 hours of art. 13
            start there.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        IncidentRead | Problem
     """

    return (await asyncio_detailed(
        incident_id=incident_id,
client=client,
body=body,

    )).parsed
