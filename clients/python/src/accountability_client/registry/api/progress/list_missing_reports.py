from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.missing_report import MissingReport
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast


def _get_kwargs(
    *,
    year: int,
    quarter: int,
    department: None | str | Unset = UNSET,

) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["year"] = year

    params["quarter"] = quarter

    json_department: None | str | Unset
    if isinstance(department, Unset):
        json_department = UNSET
    else:
        json_department = department
    params["department"] = json_department

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/progress-reports/missing",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | list[MissingReport] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in (_response_200):
            response_200_item = MissingReport.from_dict(response_200_item_data)

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | list[MissingReport]]:
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
    quarter: int,
    department: None | str | Unset = UNSET,

) -> Response[Problem | list[MissingReport]]:
    """ List Missing Reports

     Lists a quarter's reports past due that no lead unit filed (R1); before the due day, 422.

    Callers: officers of GOV_OFFICE and SUPERVISION.

    Args:
        year (int):
        quarter (int):
        department (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[MissingReport]]
     """

    kwargs = _get_kwargs(
        year=year,
quarter=quarter,
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
    quarter: int,
    department: None | str | Unset = UNSET,

) -> Problem | list[MissingReport] | None:
    """ List Missing Reports

     Lists a quarter's reports past due that no lead unit filed (R1); before the due day, 422.

    Callers: officers of GOV_OFFICE and SUPERVISION.

    Args:
        year (int):
        quarter (int):
        department (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[MissingReport]
     """

    return sync_detailed(
        client=client,
year=year,
quarter=quarter,
department=department,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    year: int,
    quarter: int,
    department: None | str | Unset = UNSET,

) -> Response[Problem | list[MissingReport]]:
    """ List Missing Reports

     Lists a quarter's reports past due that no lead unit filed (R1); before the due day, 422.

    Callers: officers of GOV_OFFICE and SUPERVISION.

    Args:
        year (int):
        quarter (int):
        department (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[MissingReport]]
     """

    kwargs = _get_kwargs(
        year=year,
quarter=quarter,
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
    quarter: int,
    department: None | str | Unset = UNSET,

) -> Problem | list[MissingReport] | None:
    """ List Missing Reports

     Lists a quarter's reports past due that no lead unit filed (R1); before the due day, 422.

    Callers: officers of GOV_OFFICE and SUPERVISION.

    Args:
        year (int):
        quarter (int):
        department (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[MissingReport]
     """

    return (await asyncio_detailed(
        client=client,
year=year,
quarter=quarter,
department=department,

    )).parsed
