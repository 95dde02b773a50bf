from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.joint_meeting_pack import JointMeetingPack
from ...models.joint_meeting_pack_format import check_joint_meeting_pack_format
from ...models.joint_meeting_pack_format import JointMeetingPackFormat
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast


def _get_kwargs(
    *,
    year: int,
    quarter: int,
    format_: JointMeetingPackFormat | Unset = 'json',

) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["year"] = year

    params["quarter"] = quarter

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/referral-statistics/joint-meeting",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> JointMeetingPack | Problem | None:
    if response.status_code == 200:
        response_200 = JointMeetingPack.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[JointMeetingPack | Problem]:
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
    format_: JointMeetingPackFormat | Unset = 'json',

) -> Response[JointMeetingPack | Problem]:
    """ Joint Meeting Pack

     The quarter's referrals, decisions and open cases per participant (R7).

    Callers: officers of SUPERVISION and the government office.

    Args:
        year (int):
        quarter (int):
        format_ (JointMeetingPackFormat | Unset):  Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JointMeetingPack | Problem]
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
    *,
    client: AuthenticatedClient,
    year: int,
    quarter: int,
    format_: JointMeetingPackFormat | Unset = 'json',

) -> JointMeetingPack | Problem | None:
    """ Joint Meeting Pack

     The quarter's referrals, decisions and open cases per participant (R7).

    Callers: officers of SUPERVISION and the government office.

    Args:
        year (int):
        quarter (int):
        format_ (JointMeetingPackFormat | Unset):  Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JointMeetingPack | Problem
     """

    return sync_detailed(
        client=client,
year=year,
quarter=quarter,
format_=format_,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    year: int,
    quarter: int,
    format_: JointMeetingPackFormat | Unset = 'json',

) -> Response[JointMeetingPack | Problem]:
    """ Joint Meeting Pack

     The quarter's referrals, decisions and open cases per participant (R7).

    Callers: officers of SUPERVISION and the government office.

    Args:
        year (int):
        quarter (int):
        format_ (JointMeetingPackFormat | Unset):  Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JointMeetingPack | Problem]
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
    *,
    client: AuthenticatedClient,
    year: int,
    quarter: int,
    format_: JointMeetingPackFormat | Unset = 'json',

) -> JointMeetingPack | Problem | None:
    """ Joint Meeting Pack

     The quarter's referrals, decisions and open cases per participant (R7).

    Callers: officers of SUPERVISION and the government office.

    Args:
        year (int):
        quarter (int):
        format_ (JointMeetingPackFormat | Unset):  Default: 'json'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JointMeetingPack | Problem
     """

    return (await asyncio_detailed(
        client=client,
year=year,
quarter=quarter,
format_=format_,

    )).parsed
