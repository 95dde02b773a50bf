from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.department_assessment import DepartmentAssessment
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast


def _get_kwargs(
    year: int,
    code: str,
    *,
    quarter: int | None | Unset = UNSET,

) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_quarter: int | None | Unset
    if isinstance(quarter, Unset):
        json_quarter = UNSET
    else:
        json_quarter = quarter
    params["quarter"] = json_quarter

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/assessment/{year}/departments/{code}".format(year=quote(str(year), safe=""),code=quote(str(code), safe=""),),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DepartmentAssessment | Problem | None:
    if response.status_code == 200:
        response_200 = DepartmentAssessment.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DepartmentAssessment | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    year: int,
    code: str,
    *,
    client: AuthenticatedClient,
    quarter: int | None | Unset = UNSET,

) -> Response[DepartmentAssessment | Problem]:
    """ Explain Department

     A unit's card with every ledger line behind it (why it lost each point).

    Callers: GOV_OFFICE, SUPERVISION, PERSONNEL, and the unit itself.

    Args:
        year (int):
        code (str):
        quarter (int | None | Unset): through this quarter

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DepartmentAssessment | Problem]
     """

    kwargs = _get_kwargs(
        year=year,
code=code,
quarter=quarter,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    year: int,
    code: str,
    *,
    client: AuthenticatedClient,
    quarter: int | None | Unset = UNSET,

) -> DepartmentAssessment | Problem | None:
    """ Explain Department

     A unit's card with every ledger line behind it (why it lost each point).

    Callers: GOV_OFFICE, SUPERVISION, PERSONNEL, and the unit itself.

    Args:
        year (int):
        code (str):
        quarter (int | None | Unset): through this quarter

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DepartmentAssessment | Problem
     """

    return sync_detailed(
        year=year,
code=code,
client=client,
quarter=quarter,

    ).parsed

async def asyncio_detailed(
    year: int,
    code: str,
    *,
    client: AuthenticatedClient,
    quarter: int | None | Unset = UNSET,

) -> Response[DepartmentAssessment | Problem]:
    """ Explain Department

     A unit's card with every ledger line behind it (why it lost each point).

    Callers: GOV_OFFICE, SUPERVISION, PERSONNEL, and the unit itself.

    Args:
        year (int):
        code (str):
        quarter (int | None | Unset): through this quarter

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DepartmentAssessment | Problem]
     """

    kwargs = _get_kwargs(
        year=year,
code=code,
quarter=quarter,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    year: int,
    code: str,
    *,
    client: AuthenticatedClient,
    quarter: int | None | Unset = UNSET,

) -> DepartmentAssessment | Problem | None:
    """ Explain Department

     A unit's card with every ledger line behind it (why it lost each point).

    Callers: GOV_OFFICE, SUPERVISION, PERSONNEL, and the unit itself.

    Args:
        year (int):
        code (str):
        quarter (int | None | Unset): through this quarter

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DepartmentAssessment | Problem
     """

    return (await asyncio_detailed(
        year=year,
code=code,
client=client,
quarter=quarter,

    )).parsed
