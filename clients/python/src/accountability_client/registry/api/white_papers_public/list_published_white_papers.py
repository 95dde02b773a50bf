from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.white_paper_read import WhitePaperRead
from ...types import UNSET, Unset
from typing import cast


def _get_kwargs(
    *,
    department: None | str | Unset = UNSET,
    year: int | None | Unset = UNSET,

) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_department: None | str | Unset
    if isinstance(department, Unset):
        json_department = UNSET
    else:
        json_department = department
    params["department"] = json_department

    json_year: int | None | Unset
    if isinstance(year, Unset):
        json_year = UNSET
    else:
        json_year = year
    params["year"] = json_year

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/public/white-papers",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | list[WhitePaperRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in (_response_200):
            response_200_item = WhitePaperRead.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | list[WhitePaperRead]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    department: None | str | Unset = UNSET,
    year: int | None | Unset = UNSET,

) -> Response[Problem | list[WhitePaperRead]]:
    """ List Published White Papers

     Lists published white papers, every version. Callers: the public, no token (R13).

    Args:
        department (None | str | Unset):
        year (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[WhitePaperRead]]
     """

    kwargs = _get_kwargs(
        department=department,
year=year,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    department: None | str | Unset = UNSET,
    year: int | None | Unset = UNSET,

) -> Problem | list[WhitePaperRead] | None:
    """ List Published White Papers

     Lists published white papers, every version. Callers: the public, no token (R13).

    Args:
        department (None | str | Unset):
        year (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[WhitePaperRead]
     """

    return sync_detailed(
        client=client,
department=department,
year=year,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    department: None | str | Unset = UNSET,
    year: int | None | Unset = UNSET,

) -> Response[Problem | list[WhitePaperRead]]:
    """ List Published White Papers

     Lists published white papers, every version. Callers: the public, no token (R13).

    Args:
        department (None | str | Unset):
        year (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[WhitePaperRead]]
     """

    kwargs = _get_kwargs(
        department=department,
year=year,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    department: None | str | Unset = UNSET,
    year: int | None | Unset = UNSET,

) -> Problem | list[WhitePaperRead] | None:
    """ List Published White Papers

     Lists published white papers, every version. Callers: the public, no token (R13).

    Args:
        department (None | str | Unset):
        year (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[WhitePaperRead]
     """

    return (await asyncio_detailed(
        client=client,
department=department,
year=year,

    )).parsed
