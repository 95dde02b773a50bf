"""Telling an unreachable database from a failed query, without a database."""

import asyncpg
import pytest
from sqlalchemy import exc as sa_exc

from shared.db import database_unavailable


def _wrapped(orig: BaseException) -> sa_exc.DBAPIError:
    """Wraps a driver error as SQLAlchemy does (`raise DBAPIError(...) from orig`)."""
    try:
        try:
            raise orig
        except BaseException as cause:
            raise sa_exc.DBAPIError("select 1", {}, cause) from cause
    except sa_exc.DBAPIError as error:
        return error


@pytest.mark.parametrize(
    "error",
    [
        ConnectionRefusedError(111, "Connection refused"),
        ConnectionResetError(104, "Connection reset by peer"),
        TimeoutError(),
        _wrapped(asyncpg.exceptions.CannotConnectNowError("the database system is starting up")),
        _wrapped(asyncpg.exceptions.AdminShutdownError("terminating connection")),
        _wrapped(asyncpg.exceptions.ConnectionDoesNotExistError("connection was closed")),
        _wrapped(asyncpg.InterfaceError("cannot call Connection.fetch(): connection is closed")),
        sa_exc.TimeoutError("QueuePool limit reached"),
    ],
)
def test_lost_or_refused_connections_mean_the_database_is_unavailable(
    error: BaseException,
) -> None:
    assert database_unavailable(error)


@pytest.mark.parametrize(
    "error",
    [
        _wrapped(asyncpg.exceptions.UniqueViolationError("duplicate key")),
        _wrapped(asyncpg.exceptions.QueryCanceledError("canceling statement")),
        _wrapped(asyncpg.InterfaceError("cannot use a closed pool")),
        ValueError("not a database error"),
    ],
)
def test_failed_queries_and_other_errors_are_not_unavailability(error: BaseException) -> None:
    assert not database_unavailable(error)
