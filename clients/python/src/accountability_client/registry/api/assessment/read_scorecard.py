from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.read_scorecard_format import check_read_scorecard_format
from ...models.read_scorecard_format import ReadScorecardFormat
from ...models.scorecard_read import ScorecardRead
from ...types import UNSET, Unset
from typing import cast


def _get_kwargs(
    year: int,
    *,
    quarter: int | None | Unset = UNSET,
    format_: ReadScorecardFormat | Unset = 'json',

) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_quarter: int | None | Unset
    if isinstance(quarter, Unset):
        json_quarter = UNSET
    else:
        json_quarter = quarter
    params["quarter"] = json_quarter

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/assessment/{year}/scorecard".format(year=quote(str(year), safe=""),),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ScorecardRead | None:
    if response.status_code == 200:
        response_200 = ScorecardRead.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | ScorecardRead]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    year: int,
    *,
    client: AuthenticatedClient,
    quarter: int | None | Unset = UNSET,
    format_: ReadScorecardFormat | Unset = 'json',

) -> Response[Problem | ScorecardRead]:
    """ Read Scorecard

     Every assessed unit's card, ranked in its kind, for the year or through a quarter.

    Callers: GOV_OFFICE, SUPERVISION, PERSONNEL. `?format=csv` answers text/csv.

    Args:
        year (int):
        quarter (int | None | Unset): through this quarter
        format_ (ReadScorecardFormat | Unset):  Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ScorecardRead]
     """

    kwargs = _get_kwargs(
        year=year,
quarter=quarter,
format_=format_,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    year: int,
    *,
    client: AuthenticatedClient,
    quarter: int | None | Unset = UNSET,
    format_: ReadScorecardFormat | Unset = 'json',

) -> Problem | ScorecardRead | None:
    """ Read Scorecard

     Every assessed unit's card, ranked in its kind, for the year or through a quarter.

    Callers: GOV_OFFICE, SUPERVISION, PERSONNEL. `?format=csv` answers text/csv.

    Args:
        year (int):
        quarter (int | None | Unset): through this quarter
        format_ (ReadScorecardFormat | Unset):  Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ScorecardRead
     """

    return sync_detailed(
        year=year,
client=client,
quarter=quarter,
format_=format_,

    ).parsed

async def asyncio_detailed(
    year: int,
    *,
    client: AuthenticatedClient,
    quarter: int | None | Unset = UNSET,
    format_: ReadScorecardFormat | Unset = 'json',

) -> Response[Problem | ScorecardRead]:
    """ Read Scorecard

     Every assessed unit's card, ranked in its kind, for the year or through a quarter.

    Callers: GOV_OFFICE, SUPERVISION, PERSONNEL. `?format=csv` answers text/csv.

    Args:
        year (int):
        quarter (int | None | Unset): through this quarter
        format_ (ReadScorecardFormat | Unset):  Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ScorecardRead]
     """

    kwargs = _get_kwargs(
        year=year,
quarter=quarter,
format_=format_,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    year: int,
    *,
    client: AuthenticatedClient,
    quarter: int | None | Unset = UNSET,
    format_: ReadScorecardFormat | Unset = 'json',

) -> Problem | ScorecardRead | None:
    """ Read Scorecard

     Every assessed unit's card, ranked in its kind, for the year or through a quarter.

    Callers: GOV_OFFICE, SUPERVISION, PERSONNEL. `?format=csv` answers text/csv.

    Args:
        year (int):
        quarter (int | None | Unset): through this quarter
        format_ (ReadScorecardFormat | Unset):  Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ScorecardRead
     """

    return (await asyncio_detailed(
        year=year,
client=client,
quarter=quarter,
format_=format_,

    )).parsed
