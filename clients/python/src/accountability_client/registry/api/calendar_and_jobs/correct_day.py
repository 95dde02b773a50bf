from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.calendar_day_correction import CalendarDayCorrection
from ...models.calendar_day_read import CalendarDayRead
from ...models.problem import Problem
from typing import cast
import datetime


def _get_kwargs(
    day: datetime.date,
    *,
    body: CalendarDayCorrection,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/calendar/days/{day}".format(day=quote(str(day), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CalendarDayRead | Problem | None:
    if response.status_code == 200:
        response_200 = CalendarDayRead.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CalendarDayRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    day: datetime.date,
    *,
    client: AuthenticatedClient,
    body: CalendarDayCorrection,

) -> Response[CalendarDayRead | Problem]:
    """ Correct Day

     Enters or corrects one operator day. Callers: administrators.

    Args:
        day (datetime.date):
        body (CalendarDayCorrection): What a day is, entered or corrected at its own address.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarDayRead | Problem]
     """

    kwargs = _get_kwargs(
        day=day,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    day: datetime.date,
    *,
    client: AuthenticatedClient,
    body: CalendarDayCorrection,

) -> CalendarDayRead | Problem | None:
    """ Correct Day

     Enters or corrects one operator day. Callers: administrators.

    Args:
        day (datetime.date):
        body (CalendarDayCorrection): What a day is, entered or corrected at its own address.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarDayRead | Problem
     """

    return sync_detailed(
        day=day,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    day: datetime.date,
    *,
    client: AuthenticatedClient,
    body: CalendarDayCorrection,

) -> Response[CalendarDayRead | Problem]:
    """ Correct Day

     Enters or corrects one operator day. Callers: administrators.

    Args:
        day (datetime.date):
        body (CalendarDayCorrection): What a day is, entered or corrected at its own address.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarDayRead | Problem]
     """

    kwargs = _get_kwargs(
        day=day,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    day: datetime.date,
    *,
    client: AuthenticatedClient,
    body: CalendarDayCorrection,

) -> CalendarDayRead | Problem | None:
    """ Correct Day

     Enters or corrects one operator day. Callers: administrators.

    Args:
        day (datetime.date):
        body (CalendarDayCorrection): What a day is, entered or corrected at its own address.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarDayRead | Problem
     """

    return (await asyncio_detailed(
        day=day,
client=client,
body=body,

    )).parsed
