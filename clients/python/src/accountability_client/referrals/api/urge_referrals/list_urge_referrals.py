from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.urge_referral_read import UrgeReferralRead
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID


def _get_kwargs(
    *,
    task_id: None | Unset | UUID = UNSET,

) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_task_id: None | str | Unset
    if isinstance(task_id, Unset):
        json_task_id = UNSET
    elif isinstance(task_id, UUID):
        json_task_id = str(task_id)
    else:
        json_task_id = task_id
    params["task_id"] = json_task_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/urge-referrals",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | list[UrgeReferralRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in (_response_200):
            response_200_item = UrgeReferralRead.from_dict(response_200_item_data)

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | list[UrgeReferralRead]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    task_id: None | Unset | UUID = UNSET,

) -> Response[Problem | list[UrgeReferralRead]]:
    """ List Urge Referrals

     Lists tasks referred after two urge notices (R5). Callers: SUPERVISION, GOV_OFFICE.

    Args:
        task_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[UrgeReferralRead]]
     """

    kwargs = _get_kwargs(
        task_id=task_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    task_id: None | Unset | UUID = UNSET,

) -> Problem | list[UrgeReferralRead] | None:
    """ List Urge Referrals

     Lists tasks referred after two urge notices (R5). Callers: SUPERVISION, GOV_OFFICE.

    Args:
        task_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[UrgeReferralRead]
     """

    return sync_detailed(
        client=client,
task_id=task_id,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    task_id: None | Unset | UUID = UNSET,

) -> Response[Problem | list[UrgeReferralRead]]:
    """ List Urge Referrals

     Lists tasks referred after two urge notices (R5). Callers: SUPERVISION, GOV_OFFICE.

    Args:
        task_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[UrgeReferralRead]]
     """

    kwargs = _get_kwargs(
        task_id=task_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    task_id: None | Unset | UUID = UNSET,

) -> Problem | list[UrgeReferralRead] | None:
    """ List Urge Referrals

     Lists tasks referred after two urge notices (R5). Callers: SUPERVISION, GOV_OFFICE.

    Args:
        task_id (None | Unset | UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[UrgeReferralRead]
     """

    return (await asyncio_detailed(
        client=client,
task_id=task_id,

    )).parsed
