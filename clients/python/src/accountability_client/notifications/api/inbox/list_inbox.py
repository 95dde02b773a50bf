from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.page_inbox_item_read import PageInboxItemRead
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast
import datetime


def _get_kwargs(
    department: str,
    *,
    unread: bool | None | Unset = UNSET,
    type_: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    awaiting_ack: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_unread: bool | None | Unset
    if isinstance(unread, Unset):
        json_unread = UNSET
    else:
        json_unread = unread
    params["unread"] = json_unread

    json_type_: None | str | Unset
    if isinstance(type_, Unset):
        json_type_ = UNSET
    else:
        json_type_ = type_
    params["type"] = json_type_

    json_source: None | str | Unset
    if isinstance(source, Unset):
        json_source = UNSET
    else:
        json_source = source
    params["source"] = json_source

    json_since: None | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    elif isinstance(since, datetime.datetime):
        json_since = since.isoformat()
    else:
        json_since = since
    params["since"] = json_since

    json_until: None | str | Unset
    if isinstance(until, Unset):
        json_until = UNSET
    elif isinstance(until, datetime.datetime):
        json_until = until.isoformat()
    else:
        json_until = until
    params["until"] = json_until

    json_awaiting_ack: bool | None | Unset
    if isinstance(awaiting_ack, Unset):
        json_awaiting_ack = UNSET
    else:
        json_awaiting_ack = awaiting_ack
    params["awaiting_ack"] = json_awaiting_ack

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/departments/{department}/inbox".format(department=quote(str(department), safe=""),),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageInboxItemRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageInboxItemRead.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageInboxItemRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    department: str,
    *,
    client: AuthenticatedClient,
    unread: bool | None | Unset = UNSET,
    type_: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    awaiting_ack: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[PageInboxItemRead | Problem]:
    """ List Inbox

     Lists a department's inbox, newest first, filtered. Callers: officers of that department.

    Args:
        department (str):
        unread (bool | None | Unset):
        type_ (None | str | Unset): source event type
        source (None | str | Unset): source service
        since (datetime.datetime | None | Unset): delivered at or after
        until (datetime.datetime | None | Unset): delivered before
        awaiting_ack (bool | None | Unset):
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageInboxItemRead | Problem]
     """

    kwargs = _get_kwargs(
        department=department,
unread=unread,
type_=type_,
source=source,
since=since,
until=until,
awaiting_ack=awaiting_ack,
limit=limit,
cursor=cursor,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    department: str,
    *,
    client: AuthenticatedClient,
    unread: bool | None | Unset = UNSET,
    type_: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    awaiting_ack: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> PageInboxItemRead | Problem | None:
    """ List Inbox

     Lists a department's inbox, newest first, filtered. Callers: officers of that department.

    Args:
        department (str):
        unread (bool | None | Unset):
        type_ (None | str | Unset): source event type
        source (None | str | Unset): source service
        since (datetime.datetime | None | Unset): delivered at or after
        until (datetime.datetime | None | Unset): delivered before
        awaiting_ack (bool | None | Unset):
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageInboxItemRead | Problem
     """

    return sync_detailed(
        department=department,
client=client,
unread=unread,
type_=type_,
source=source,
since=since,
until=until,
awaiting_ack=awaiting_ack,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    department: str,
    *,
    client: AuthenticatedClient,
    unread: bool | None | Unset = UNSET,
    type_: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    awaiting_ack: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[PageInboxItemRead | Problem]:
    """ List Inbox

     Lists a department's inbox, newest first, filtered. Callers: officers of that department.

    Args:
        department (str):
        unread (bool | None | Unset):
        type_ (None | str | Unset): source event type
        source (None | str | Unset): source service
        since (datetime.datetime | None | Unset): delivered at or after
        until (datetime.datetime | None | Unset): delivered before
        awaiting_ack (bool | None | Unset):
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageInboxItemRead | Problem]
     """

    kwargs = _get_kwargs(
        department=department,
unread=unread,
type_=type_,
source=source,
since=since,
until=until,
awaiting_ack=awaiting_ack,
limit=limit,
cursor=cursor,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    department: str,
    *,
    client: AuthenticatedClient,
    unread: bool | None | Unset = UNSET,
    type_: None | str | Unset = UNSET,
    source: None | str | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    until: datetime.datetime | None | Unset = UNSET,
    awaiting_ack: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> PageInboxItemRead | Problem | None:
    """ List Inbox

     Lists a department's inbox, newest first, filtered. Callers: officers of that department.

    Args:
        department (str):
        unread (bool | None | Unset):
        type_ (None | str | Unset): source event type
        source (None | str | Unset): source service
        since (datetime.datetime | None | Unset): delivered at or after
        until (datetime.datetime | None | Unset): delivered before
        awaiting_ack (bool | None | Unset):
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageInboxItemRead | Problem
     """

    return (await asyncio_detailed(
        department=department,
client=client,
unread=unread,
type_=type_,
source=source,
since=since,
until=until,
awaiting_ack=awaiting_ack,
limit=limit,
cursor=cursor,

    )).parsed
