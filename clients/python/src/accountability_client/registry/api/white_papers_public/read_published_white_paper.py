from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.white_paper_read import WhitePaperRead
from typing import cast
from uuid import UUID


def _get_kwargs(
    paper_id: UUID,

) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/public/white-papers/{paper_id}".format(paper_id=quote(str(paper_id), safe=""),),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | WhitePaperRead | None:
    if response.status_code == 200:
        response_200 = WhitePaperRead.from_dict(response.json())

        return response_200

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | WhitePaperRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    paper_id: UUID,
    *,
    client: AuthenticatedClient | Client,

) -> Response[Problem | WhitePaperRead]:
    """ Read Published White Paper

     Gets a published white paper. Callers: the public, no token (R13).

    Args:
        paper_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WhitePaperRead]
     """

    kwargs = _get_kwargs(
        paper_id=paper_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    paper_id: UUID,
    *,
    client: AuthenticatedClient | Client,

) -> Problem | WhitePaperRead | None:
    """ Read Published White Paper

     Gets a published white paper. Callers: the public, no token (R13).

    Args:
        paper_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WhitePaperRead
     """

    return sync_detailed(
        paper_id=paper_id,
client=client,

    ).parsed

async def asyncio_detailed(
    paper_id: UUID,
    *,
    client: AuthenticatedClient | Client,

) -> Response[Problem | WhitePaperRead]:
    """ Read Published White Paper

     Gets a published white paper. Callers: the public, no token (R13).

    Args:
        paper_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WhitePaperRead]
     """

    kwargs = _get_kwargs(
        paper_id=paper_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    paper_id: UUID,
    *,
    client: AuthenticatedClient | Client,

) -> Problem | WhitePaperRead | None:
    """ Read Published White Paper

     Gets a published white paper. Callers: the public, no token (R13).

    Args:
        paper_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WhitePaperRead
     """

    return (await asyncio_detailed(
        paper_id=paper_id,
client=client,

    )).parsed
