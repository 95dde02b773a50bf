from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.district_reports import DistrictReports
from ...models.problem import Problem
from typing import cast


def _get_kwargs(
    *,
    year: int,
    half: int,

) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["year"] = year

    params["half"] = half

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/district-reports",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DistrictReports | Problem | None:
    if response.status_code == 200:
        response_200 = DistrictReports.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DistrictReports | Problem]:
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
    half: int,

) -> Response[DistrictReports | Problem]:
    """ Side By Side

     Every district's report beside the system's figures (R8). SUPERVISION, GOV_OFFICE.

    Args:
        year (int):
        half (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DistrictReports | Problem]
     """

    kwargs = _get_kwargs(
        year=year,
half=half,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    year: int,
    half: int,

) -> DistrictReports | Problem | None:
    """ Side By Side

     Every district's report beside the system's figures (R8). SUPERVISION, GOV_OFFICE.

    Args:
        year (int):
        half (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DistrictReports | Problem
     """

    return sync_detailed(
        client=client,
year=year,
half=half,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    year: int,
    half: int,

) -> Response[DistrictReports | Problem]:
    """ Side By Side

     Every district's report beside the system's figures (R8). SUPERVISION, GOV_OFFICE.

    Args:
        year (int):
        half (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DistrictReports | Problem]
     """

    kwargs = _get_kwargs(
        year=year,
half=half,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    year: int,
    half: int,

) -> DistrictReports | Problem | None:
    """ Side By Side

     Every district's report beside the system's figures (R8). SUPERVISION, GOV_OFFICE.

    Args:
        year (int):
        half (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DistrictReports | Problem
     """

    return (await asyncio_detailed(
        client=client,
year=year,
half=half,

    )).parsed
