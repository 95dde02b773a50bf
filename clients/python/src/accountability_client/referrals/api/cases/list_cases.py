from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.case_status import CaseStatus
from ...models.case_status import check_case_status
from ...models.page_case_read import PageCaseRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID


def _get_kwargs(
    *,
    status: CaseStatus | None | Unset = UNSET,
    source_id: None | Unset | UUID = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,

) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, str):
        json_status = status
    else:
        json_status = status
    params["status"] = json_status

    json_source_id: None | str | Unset
    if isinstance(source_id, Unset):
        json_source_id = UNSET
    elif isinstance(source_id, UUID):
        json_source_id = str(source_id)
    else:
        json_source_id = source_id
    params["source_id"] = json_source_id

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/cases",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageCaseRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageCaseRead.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageCaseRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: CaseStatus | None | Unset = UNSET,
    source_id: None | Unset | UUID = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,

) -> Response[PageCaseRead | Problem]:
    """ List Cases

     Lists cases. Callers: SUPERVISION (all), PERSONNEL (decided), others (their referrals).

    Args:
        status (CaseStatus | None | Unset):
        source_id (None | Unset | UUID): the report or referral
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageCaseRead | Problem]
     """

    kwargs = _get_kwargs(
        status=status,
source_id=source_id,
cursor=cursor,
limit=limit,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    status: CaseStatus | None | Unset = UNSET,
    source_id: None | Unset | UUID = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,

) -> PageCaseRead | Problem | None:
    """ List Cases

     Lists cases. Callers: SUPERVISION (all), PERSONNEL (decided), others (their referrals).

    Args:
        status (CaseStatus | None | Unset):
        source_id (None | Unset | UUID): the report or referral
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageCaseRead | Problem
     """

    return sync_detailed(
        client=client,
status=status,
source_id=source_id,
cursor=cursor,
limit=limit,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: CaseStatus | None | Unset = UNSET,
    source_id: None | Unset | UUID = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,

) -> Response[PageCaseRead | Problem]:
    """ List Cases

     Lists cases. Callers: SUPERVISION (all), PERSONNEL (decided), others (their referrals).

    Args:
        status (CaseStatus | None | Unset):
        source_id (None | Unset | UUID): the report or referral
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageCaseRead | Problem]
     """

    kwargs = _get_kwargs(
        status=status,
source_id=source_id,
cursor=cursor,
limit=limit,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    status: CaseStatus | None | Unset = UNSET,
    source_id: None | Unset | UUID = UNSET,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,

) -> PageCaseRead | Problem | None:
    """ List Cases

     Lists cases. Callers: SUPERVISION (all), PERSONNEL (decided), others (their referrals).

    Args:
        status (CaseStatus | None | Unset):
        source_id (None | Unset | UUID): the report or referral
        cursor (None | str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageCaseRead | Problem
     """

    return (await asyncio_detailed(
        client=client,
status=status,
source_id=source_id,
cursor=cursor,
limit=limit,

    )).parsed
