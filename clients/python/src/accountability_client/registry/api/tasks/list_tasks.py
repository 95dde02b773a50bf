from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.page_task_read import PageTaskRead
from ...models.problem import Problem
from ...models.task_kind import check_task_kind
from ...models.task_kind import TaskKind
from ...models.task_source import check_task_source
from ...models.task_source import TaskSource
from ...models.task_status import check_task_status
from ...models.task_status import TaskStatus
from ...types import UNSET, Unset
from typing import cast
from uuid import UUID
import datetime


def _get_kwargs(
    *,
    department: None | str | Unset = UNSET,
    status: None | TaskStatus | Unset = UNSET,
    kind: None | TaskKind | Unset = UNSET,
    source: None | TaskSource | Unset = UNSET,
    deadline_from: datetime.date | None | Unset = UNSET,
    deadline_to: datetime.date | None | Unset = UNSET,
    overdue: bool | Unset = False,
    parent_id: None | Unset | UUID = UNSET,
    top_level: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_department: None | str | Unset
    if isinstance(department, Unset):
        json_department = UNSET
    else:
        json_department = department
    params["department"] = json_department

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, str):
        json_status = status
    else:
        json_status = status
    params["status"] = json_status

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, str):
        json_kind = kind
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_source: None | str | Unset
    if isinstance(source, Unset):
        json_source = UNSET
    elif isinstance(source, str):
        json_source = source
    else:
        json_source = source
    params["source"] = json_source

    json_deadline_from: None | str | Unset
    if isinstance(deadline_from, Unset):
        json_deadline_from = UNSET
    elif isinstance(deadline_from, datetime.date):
        json_deadline_from = deadline_from.isoformat()
    else:
        json_deadline_from = deadline_from
    params["deadline_from"] = json_deadline_from

    json_deadline_to: None | str | Unset
    if isinstance(deadline_to, Unset):
        json_deadline_to = UNSET
    elif isinstance(deadline_to, datetime.date):
        json_deadline_to = deadline_to.isoformat()
    else:
        json_deadline_to = deadline_to
    params["deadline_to"] = json_deadline_to

    params["overdue"] = overdue

    json_parent_id: None | str | Unset
    if isinstance(parent_id, Unset):
        json_parent_id = UNSET
    elif isinstance(parent_id, UUID):
        json_parent_id = str(parent_id)
    else:
        json_parent_id = parent_id
    params["parent_id"] = json_parent_id

    json_top_level: bool | None | Unset
    if isinstance(top_level, Unset):
        json_top_level = UNSET
    else:
        json_top_level = top_level
    params["top_level"] = json_top_level

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

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
        "url": "/tasks",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageTaskRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageTaskRead.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PageTaskRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    department: None | str | Unset = UNSET,
    status: None | TaskStatus | Unset = UNSET,
    kind: None | TaskKind | Unset = UNSET,
    source: None | TaskSource | Unset = UNSET,
    deadline_from: datetime.date | None | Unset = UNSET,
    deadline_to: datetime.date | None | Unset = UNSET,
    overdue: bool | Unset = False,
    parent_id: None | Unset | UUID = UNSET,
    top_level: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[PageTaskRead | Problem]:
    """ List Tasks

     Lists and searches tasks in assignment order with a keyset cursor.

    Callers: any officer; a department sees the tasks it leads or co-handles, GOV_OFFICE and
    SUPERVISION see all.

    Args:
        department (None | str | Unset):
        status (None | TaskStatus | Unset):
        kind (None | TaskKind | Unset):
        source (None | TaskSource | Unset):
        deadline_from (datetime.date | None | Unset):
        deadline_to (datetime.date | None | Unset):
        overdue (bool | Unset):  Default: False.
        parent_id (None | Unset | UUID):
        top_level (bool | None | Unset):
        q (None | str | Unset):
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageTaskRead | Problem]
     """

    kwargs = _get_kwargs(
        department=department,
status=status,
kind=kind,
source=source,
deadline_from=deadline_from,
deadline_to=deadline_to,
overdue=overdue,
parent_id=parent_id,
top_level=top_level,
q=q,
limit=limit,
cursor=cursor,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    department: None | str | Unset = UNSET,
    status: None | TaskStatus | Unset = UNSET,
    kind: None | TaskKind | Unset = UNSET,
    source: None | TaskSource | Unset = UNSET,
    deadline_from: datetime.date | None | Unset = UNSET,
    deadline_to: datetime.date | None | Unset = UNSET,
    overdue: bool | Unset = False,
    parent_id: None | Unset | UUID = UNSET,
    top_level: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> PageTaskRead | Problem | None:
    """ List Tasks

     Lists and searches tasks in assignment order with a keyset cursor.

    Callers: any officer; a department sees the tasks it leads or co-handles, GOV_OFFICE and
    SUPERVISION see all.

    Args:
        department (None | str | Unset):
        status (None | TaskStatus | Unset):
        kind (None | TaskKind | Unset):
        source (None | TaskSource | Unset):
        deadline_from (datetime.date | None | Unset):
        deadline_to (datetime.date | None | Unset):
        overdue (bool | Unset):  Default: False.
        parent_id (None | Unset | UUID):
        top_level (bool | None | Unset):
        q (None | str | Unset):
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageTaskRead | Problem
     """

    return sync_detailed(
        client=client,
department=department,
status=status,
kind=kind,
source=source,
deadline_from=deadline_from,
deadline_to=deadline_to,
overdue=overdue,
parent_id=parent_id,
top_level=top_level,
q=q,
limit=limit,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    department: None | str | Unset = UNSET,
    status: None | TaskStatus | Unset = UNSET,
    kind: None | TaskKind | Unset = UNSET,
    source: None | TaskSource | Unset = UNSET,
    deadline_from: datetime.date | None | Unset = UNSET,
    deadline_to: datetime.date | None | Unset = UNSET,
    overdue: bool | Unset = False,
    parent_id: None | Unset | UUID = UNSET,
    top_level: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[PageTaskRead | Problem]:
    """ List Tasks

     Lists and searches tasks in assignment order with a keyset cursor.

    Callers: any officer; a department sees the tasks it leads or co-handles, GOV_OFFICE and
    SUPERVISION see all.

    Args:
        department (None | str | Unset):
        status (None | TaskStatus | Unset):
        kind (None | TaskKind | Unset):
        source (None | TaskSource | Unset):
        deadline_from (datetime.date | None | Unset):
        deadline_to (datetime.date | None | Unset):
        overdue (bool | Unset):  Default: False.
        parent_id (None | Unset | UUID):
        top_level (bool | None | Unset):
        q (None | str | Unset):
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageTaskRead | Problem]
     """

    kwargs = _get_kwargs(
        department=department,
status=status,
kind=kind,
source=source,
deadline_from=deadline_from,
deadline_to=deadline_to,
overdue=overdue,
parent_id=parent_id,
top_level=top_level,
q=q,
limit=limit,
cursor=cursor,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    department: None | str | Unset = UNSET,
    status: None | TaskStatus | Unset = UNSET,
    kind: None | TaskKind | Unset = UNSET,
    source: None | TaskSource | Unset = UNSET,
    deadline_from: datetime.date | None | Unset = UNSET,
    deadline_to: datetime.date | None | Unset = UNSET,
    overdue: bool | Unset = False,
    parent_id: None | Unset | UUID = UNSET,
    top_level: bool | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> PageTaskRead | Problem | None:
    """ List Tasks

     Lists and searches tasks in assignment order with a keyset cursor.

    Callers: any officer; a department sees the tasks it leads or co-handles, GOV_OFFICE and
    SUPERVISION see all.

    Args:
        department (None | str | Unset):
        status (None | TaskStatus | Unset):
        kind (None | TaskKind | Unset):
        source (None | TaskSource | Unset):
        deadline_from (datetime.date | None | Unset):
        deadline_to (datetime.date | None | Unset):
        overdue (bool | Unset):  Default: False.
        parent_id (None | Unset | UUID):
        top_level (bool | None | Unset):
        q (None | str | Unset):
        limit (int | Unset):  Default: 50.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageTaskRead | Problem
     """

    return (await asyncio_detailed(
        client=client,
department=department,
status=status,
kind=kind,
source=source,
deadline_from=deadline_from,
deadline_to=deadline_to,
overdue=overdue,
parent_id=parent_id,
top_level=top_level,
q=q,
limit=limit,
cursor=cursor,

    )).parsed
