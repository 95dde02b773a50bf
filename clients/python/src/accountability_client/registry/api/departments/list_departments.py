from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.department_kind import check_department_kind
from ...models.department_kind import DepartmentKind
from ...models.department_read import DepartmentRead
from ...models.functional_role import check_functional_role
from ...models.functional_role import FunctionalRole
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast


def _get_kwargs(
    *,
    role: FunctionalRole | None | Unset = UNSET,
    kind: DepartmentKind | None | Unset = UNSET,

) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_role: None | str | Unset
    if isinstance(role, Unset):
        json_role = UNSET
    elif isinstance(role, str):
        json_role = role
    else:
        json_role = role
    params["role"] = json_role

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, str):
        json_kind = kind
    else:
        json_kind = kind
    params["kind"] = json_kind

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/departments",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | list[DepartmentRead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in (_response_200):
            response_200_item = DepartmentRead.from_dict(response_200_item_data)

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | list[DepartmentRead]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    role: FunctionalRole | None | Unset = UNSET,
    kind: DepartmentKind | None | Unset = UNSET,

) -> Response[Problem | list[DepartmentRead]]:
    """ List Departments

     Lists the directory by code. Callers: any authenticated department.

    Args:
        role (FunctionalRole | None | Unset):
        kind (DepartmentKind | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[DepartmentRead]]
     """

    kwargs = _get_kwargs(
        role=role,
kind=kind,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    role: FunctionalRole | None | Unset = UNSET,
    kind: DepartmentKind | None | Unset = UNSET,

) -> Problem | list[DepartmentRead] | None:
    """ List Departments

     Lists the directory by code. Callers: any authenticated department.

    Args:
        role (FunctionalRole | None | Unset):
        kind (DepartmentKind | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[DepartmentRead]
     """

    return sync_detailed(
        client=client,
role=role,
kind=kind,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    role: FunctionalRole | None | Unset = UNSET,
    kind: DepartmentKind | None | Unset = UNSET,

) -> Response[Problem | list[DepartmentRead]]:
    """ List Departments

     Lists the directory by code. Callers: any authenticated department.

    Args:
        role (FunctionalRole | None | Unset):
        kind (DepartmentKind | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | list[DepartmentRead]]
     """

    kwargs = _get_kwargs(
        role=role,
kind=kind,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    role: FunctionalRole | None | Unset = UNSET,
    kind: DepartmentKind | None | Unset = UNSET,

) -> Problem | list[DepartmentRead] | None:
    """ List Departments

     Lists the directory by code. Callers: any authenticated department.

    Args:
        role (FunctionalRole | None | Unset):
        kind (DepartmentKind | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | list[DepartmentRead]
     """

    return (await asyncio_detailed(
        client=client,
role=role,
kind=kind,

    )).parsed
