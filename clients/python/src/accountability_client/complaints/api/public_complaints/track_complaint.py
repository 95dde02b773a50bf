from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.public_status import PublicStatus
from typing import cast


def _get_kwargs(
    code: str,
    *,
    x_complaint_secret: str,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Complaint-Secret"] = x_complaint_secret

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/public/complaints/{code}".format(code=quote(str(code), safe=""),),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | PublicStatus | None:
    if response.status_code == 200:
        response_200 = PublicStatus.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | PublicStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    x_complaint_secret: str,

) -> Response[Problem | PublicStatus]:
    """ Track Complaint

     Gets the status, public result and messages. Callers: whoever holds code and secret.

    Args:
        code (str):
        x_complaint_secret (str): The receipt's secret

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublicStatus]
     """

    kwargs = _get_kwargs(
        code=code,
x_complaint_secret=x_complaint_secret,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    x_complaint_secret: str,

) -> Problem | PublicStatus | None:
    """ Track Complaint

     Gets the status, public result and messages. Callers: whoever holds code and secret.

    Args:
        code (str):
        x_complaint_secret (str): The receipt's secret

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublicStatus
     """

    return sync_detailed(
        code=code,
client=client,
x_complaint_secret=x_complaint_secret,

    ).parsed

async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    x_complaint_secret: str,

) -> Response[Problem | PublicStatus]:
    """ Track Complaint

     Gets the status, public result and messages. Callers: whoever holds code and secret.

    Args:
        code (str):
        x_complaint_secret (str): The receipt's secret

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublicStatus]
     """

    kwargs = _get_kwargs(
        code=code,
x_complaint_secret=x_complaint_secret,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient | Client,
    x_complaint_secret: str,

) -> Problem | PublicStatus | None:
    """ Track Complaint

     Gets the status, public result and messages. Callers: whoever holds code and secret.

    Args:
        code (str):
        x_complaint_secret (str): The receipt's secret

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublicStatus
     """

    return (await asyncio_detailed(
        code=code,
client=client,
x_complaint_secret=x_complaint_secret,

    )).parsed
