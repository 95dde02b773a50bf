from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.service_request import ServiceRequest
from ...types import UNSET, Unset
from typing import cast


def _get_kwargs(
    *,
    service_request_id: str,
    x_complaint_secret: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_complaint_secret, Unset):
        headers["X-Complaint-Secret"] = x_complaint_secret

    params: dict[str, Any] = {}

    params["service_request_id"] = service_request_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/open311/v2/requests.json",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | list[ServiceRequest] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in (_response_200):
            response_200_item = ServiceRequest.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | list[ServiceRequest]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    service_request_id: str,
    x_complaint_secret: None | str | Unset = UNSET,

) -> Response[Problem | list[ServiceRequest]]:
    """ Read Requests

     Gets the status of requests by id (comma-separated) and secret; never a listing.

    Callers: anyone. Only the requests this secret belongs to are answered; the others are
    left out as unknown ids are.

    Args:
        service_request_id (str):
        x_complaint_secret (None | str | Unset): The request's tracking_secret; without it the
            request is not found

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[ServiceRequest]]
     """

    kwargs = _get_kwargs(
        service_request_id=service_request_id,
x_complaint_secret=x_complaint_secret,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    service_request_id: str,
    x_complaint_secret: None | str | Unset = UNSET,

) -> Problem | list[ServiceRequest] | None:
    """ Read Requests

     Gets the status of requests by id (comma-separated) and secret; never a listing.

    Callers: anyone. Only the requests this secret belongs to are answered; the others are
    left out as unknown ids are.

    Args:
        service_request_id (str):
        x_complaint_secret (None | str | Unset): The request's tracking_secret; without it the
            request is not found

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[ServiceRequest]
     """

    return sync_detailed(
        client=client,
service_request_id=service_request_id,
x_complaint_secret=x_complaint_secret,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    service_request_id: str,
    x_complaint_secret: None | str | Unset = UNSET,

) -> Response[Problem | list[ServiceRequest]]:
    """ Read Requests

     Gets the status of requests by id (comma-separated) and secret; never a listing.

    Callers: anyone. Only the requests this secret belongs to are answered; the others are
    left out as unknown ids are.

    Args:
        service_request_id (str):
        x_complaint_secret (None | str | Unset): The request's tracking_secret; without it the
            request is not found

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[ServiceRequest]]
     """

    kwargs = _get_kwargs(
        service_request_id=service_request_id,
x_complaint_secret=x_complaint_secret,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    service_request_id: str,
    x_complaint_secret: None | str | Unset = UNSET,

) -> Problem | list[ServiceRequest] | None:
    """ Read Requests

     Gets the status of requests by id (comma-separated) and secret; never a listing.

    Callers: anyone. Only the requests this secret belongs to are answered; the others are
    left out as unknown ids are.

    Args:
        service_request_id (str):
        x_complaint_secret (None | str | Unset): The request's tracking_secret; without it the
            request is not found

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[ServiceRequest]
     """

    return (await asyncio_detailed(
        client=client,
service_request_id=service_request_id,
x_complaint_secret=x_complaint_secret,

    )).parsed
