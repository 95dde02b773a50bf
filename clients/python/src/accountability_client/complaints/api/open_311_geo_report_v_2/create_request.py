from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.create_request_data_request_form import CreateRequestDataRequestForm
from ...models.create_request_format import check_create_request_format
from ...models.create_request_format import CreateRequestFormat
from ...models.create_request_json_request_form import CreateRequestJsonRequestForm
from ...models.error import Error
from ...models.problem import Problem
from ...models.request_created import RequestCreated
from ...types import UNSET, Unset
from typing import cast


def _get_kwargs(
    format_: CreateRequestFormat,
    *,
    body:    CreateRequestDataRequestForm  |     CreateRequestJsonRequestForm  | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/open311/v2/requests.{format_}".format(format_=quote(str(format_), safe=""),),
    }

    if isinstance(body, CreateRequestDataRequestForm):
        _kwargs["data"] = body.to_dict()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    if isinstance(body, CreateRequestJsonRequestForm):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Any | Problem | list[Error] | list[RequestCreated] | None:
    if response.status_code == 201:
        response_201 = []
        _response_201 = response.json()
        for response_201_item_data in (_response_201):
            response_201_item = RequestCreated.from_dict(response_201_item_data)

            response_201.append(response_201_item)

        return response_201

    if response.status_code == 400:
        response_400 = []
        _response_400 = response.json()
        for componentsschemas_error_list_item_data in (_response_400):
            componentsschemas_error_list_item = Error.from_dict(componentsschemas_error_list_item_data)

            response_400.append(componentsschemas_error_list_item)

        return response_400

    if response.status_code == 403:
        response_403 = []
        _response_403 = response.json()
        for componentsschemas_error_list_item_data in (_response_403):
            componentsschemas_error_list_item = Error.from_dict(componentsschemas_error_list_item_data)

            response_403.append(componentsschemas_error_list_item)

        return response_403

    if response.status_code == 404:
        response_404 = []
        _response_404 = response.json()
        for componentsschemas_error_list_item_data in (_response_404):
            componentsschemas_error_list_item = Error.from_dict(componentsschemas_error_list_item_data)

            response_404.append(componentsschemas_error_list_item)

        return response_404

    if response.status_code == 409:
        response_409 = []
        _response_409 = response.json()
        for componentsschemas_error_list_item_data in (_response_409):
            componentsschemas_error_list_item = Error.from_dict(componentsschemas_error_list_item_data)

            response_409.append(componentsschemas_error_list_item)

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = []
        _response_429 = response.json()
        for componentsschemas_error_list_item_data in (_response_429):
            componentsschemas_error_list_item = Error.from_dict(componentsschemas_error_list_item_data)

            response_429.append(componentsschemas_error_list_item)

        return response_429

    if response.status_code == 503:
        response_503 = cast(Any, None)
        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Any | Problem | list[Error] | list[RequestCreated]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    format_: CreateRequestFormat,
    *,
    client: AuthenticatedClient | Client,
    body:    CreateRequestDataRequestForm  |     CreateRequestJsonRequestForm  | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[Any | Problem | list[Error] | list[RequestCreated]]:
    """ Create Request

     Files a complaint as an Open311 service request. Callers: partner apps (api_key).

    Args:
        format_ (CreateRequestFormat):
        idempotency_key (None | str | Unset): 16-100 characters (a UUID): a retried POST returns
            the same complaint
        body (CreateRequestDataRequestForm): A POSTed service request: the GeoReport v2
            parameters, every one a string.

            Validates the body (form-encoded, or JSON with the same names); its fields map onto the
            web-form intake (ComplaintCreate), whose rules apply. `email`, `device_id`, `account_id`
            and `address_id` are accepted and not kept.
        body (CreateRequestJsonRequestForm): A POSTed service request: the GeoReport v2
            parameters, every one a string.

            Validates the body (form-encoded, or JSON with the same names); its fields map onto the
            web-form intake (ComplaintCreate), whose rules apply. `email`, `device_id`, `account_id`
            and `address_id` are accepted and not kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | list[Error] | list[RequestCreated]]
     """

    kwargs = _get_kwargs(
        format_=format_,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    format_: CreateRequestFormat,
    *,
    client: AuthenticatedClient | Client,
    body:    CreateRequestDataRequestForm  |     CreateRequestJsonRequestForm  | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,

) -> Any | Problem | list[Error] | list[RequestCreated] | None:
    """ Create Request

     Files a complaint as an Open311 service request. Callers: partner apps (api_key).

    Args:
        format_ (CreateRequestFormat):
        idempotency_key (None | str | Unset): 16-100 characters (a UUID): a retried POST returns
            the same complaint
        body (CreateRequestDataRequestForm): A POSTed service request: the GeoReport v2
            parameters, every one a string.

            Validates the body (form-encoded, or JSON with the same names); its fields map onto the
            web-form intake (ComplaintCreate), whose rules apply. `email`, `device_id`, `account_id`
            and `address_id` are accepted and not kept.
        body (CreateRequestJsonRequestForm): A POSTed service request: the GeoReport v2
            parameters, every one a string.

            Validates the body (form-encoded, or JSON with the same names); its fields map onto the
            web-form intake (ComplaintCreate), whose rules apply. `email`, `device_id`, `account_id`
            and `address_id` are accepted and not kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | list[Error] | list[RequestCreated]
     """

    return sync_detailed(
        format_=format_,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    format_: CreateRequestFormat,
    *,
    client: AuthenticatedClient | Client,
    body:    CreateRequestDataRequestForm  |     CreateRequestJsonRequestForm  | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[Any | Problem | list[Error] | list[RequestCreated]]:
    """ Create Request

     Files a complaint as an Open311 service request. Callers: partner apps (api_key).

    Args:
        format_ (CreateRequestFormat):
        idempotency_key (None | str | Unset): 16-100 characters (a UUID): a retried POST returns
            the same complaint
        body (CreateRequestDataRequestForm): A POSTed service request: the GeoReport v2
            parameters, every one a string.

            Validates the body (form-encoded, or JSON with the same names); its fields map onto the
            web-form intake (ComplaintCreate), whose rules apply. `email`, `device_id`, `account_id`
            and `address_id` are accepted and not kept.
        body (CreateRequestJsonRequestForm): A POSTed service request: the GeoReport v2
            parameters, every one a string.

            Validates the body (form-encoded, or JSON with the same names); its fields map onto the
            web-form intake (ComplaintCreate), whose rules apply. `email`, `device_id`, `account_id`
            and `address_id` are accepted and not kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | list[Error] | list[RequestCreated]]
     """

    kwargs = _get_kwargs(
        format_=format_,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    format_: CreateRequestFormat,
    *,
    client: AuthenticatedClient | Client,
    body:    CreateRequestDataRequestForm  |     CreateRequestJsonRequestForm  | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,

) -> Any | Problem | list[Error] | list[RequestCreated] | None:
    """ Create Request

     Files a complaint as an Open311 service request. Callers: partner apps (api_key).

    Args:
        format_ (CreateRequestFormat):
        idempotency_key (None | str | Unset): 16-100 characters (a UUID): a retried POST returns
            the same complaint
        body (CreateRequestDataRequestForm): A POSTed service request: the GeoReport v2
            parameters, every one a string.

            Validates the body (form-encoded, or JSON with the same names); its fields map onto the
            web-form intake (ComplaintCreate), whose rules apply. `email`, `device_id`, `account_id`
            and `address_id` are accepted and not kept.
        body (CreateRequestJsonRequestForm): A POSTed service request: the GeoReport v2
            parameters, every one a string.

            Validates the body (form-encoded, or JSON with the same names); its fields map onto the
            web-form intake (ComplaintCreate), whose rules apply. `email`, `device_id`, `account_id`
            and `address_id` are accepted and not kept.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | list[Error] | list[RequestCreated]
     """

    return (await asyncio_detailed(
        format_=format_,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
