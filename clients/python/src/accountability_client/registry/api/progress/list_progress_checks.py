from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.progress_check_read import ProgressCheckRead
from ...types import UNSET, Unset
from typing import cast


def _get_kwargs(
    *,
    year: int,
    half: int | None | Unset = UNSET,
    department: None | str | Unset = UNSET,

) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["year"] = year

    json_half: int | None | Unset
    if isinstance(half, Unset):
        json_half = UNSET
    else:
        json_half = half
    params["half"] = json_half

    json_department: None | str | Unset
    if isinstance(department, Unset):
        json_department = UNSET
    else:
        json_department = department
    params["department"] = json_department

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/progress-checks",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | list[ProgressCheckRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in (_response_200):
            response_200_item = ProgressCheckRead.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | list[ProgressCheckRead]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    year: int,
    half: int | None | Unset = UNSET,
    department: None | str | Unset = UNSET,

) -> Response[Problem | list[ProgressCheckRead]]:
    """ List Progress Checks

     Lists a year's half-year checks (R1).

    Callers: any officer; GOV_OFFICE and SUPERVISION see every unit's, a unit its own.

    Args:
        year (int):
        half (int | None | Unset):
        department (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[ProgressCheckRead]]
     """

    kwargs = _get_kwargs(
        year=year,
half=half,
department=department,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    year: int,
    half: int | None | Unset = UNSET,
    department: None | str | Unset = UNSET,

) -> Problem | list[ProgressCheckRead] | None:
    """ List Progress Checks

     Lists a year's half-year checks (R1).

    Callers: any officer; GOV_OFFICE and SUPERVISION see every unit's, a unit its own.

    Args:
        year (int):
        half (int | None | Unset):
        department (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[ProgressCheckRead]
     """

    return sync_detailed(
        client=client,
year=year,
half=half,
department=department,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    year: int,
    half: int | None | Unset = UNSET,
    department: None | str | Unset = UNSET,

) -> Response[Problem | list[ProgressCheckRead]]:
    """ List Progress Checks

     Lists a year's half-year checks (R1).

    Callers: any officer; GOV_OFFICE and SUPERVISION see every unit's, a unit its own.

    Args:
        year (int):
        half (int | None | Unset):
        department (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[ProgressCheckRead]]
     """

    kwargs = _get_kwargs(
        year=year,
half=half,
department=department,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    year: int,
    half: int | None | Unset = UNSET,
    department: None | str | Unset = UNSET,

) -> Problem | list[ProgressCheckRead] | None:
    """ List Progress Checks

     Lists a year's half-year checks (R1).

    Callers: any officer; GOV_OFFICE and SUPERVISION see every unit's, a unit its own.

    Args:
        year (int):
        half (int | None | Unset):
        department (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[ProgressCheckRead]
     """

    return (await asyncio_detailed(
        client=client,
year=year,
half=half,
department=department,

    )).parsed
