"""Idle HTTP connections: the client, never the server, decides when one is closed."""

import asyncio
from urllib.parse import urlsplit

import pytest

from shared.settings import ServiceSettings
from tests.support.stack import Stack

pytestmark = pytest.mark.stack
# httpx keeps an idle connection 5 s, nginx and cloud load balancers 60 s.
CLIENT_IDLE_S = 6.0


async def _get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: str) -> bytes:
    writer.write(f"GET /healthz HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
    await writer.drain()
    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), timeout=10)
    length = next(
        int(line.split(b":", 1)[1])
        for line in head.split(b"\r\n")
        if line.lower().startswith(b"content-length:")
    )
    await reader.readexactly(length)
    return head.split(b"\r\n", 1)[0]


async def test_a_connection_idle_longer_than_a_client_keeps_one_is_still_served(
    stack: Stack,
) -> None:
    """A pooled connection reused after the client's idle time gets its answer, not a reset.

    A server that closes idle connections as early as its clients race them: a request sent
    just as the server closes fails with a ReadError that nobody can safely retry.
    """
    assert ServiceSettings().http_keep_alive_s > 60
    url = urlsplit(stack.url("referrals"))
    assert url.hostname is not None and url.port is not None
    reader, writer = await asyncio.open_connection(url.hostname, url.port)
    try:
        assert await _get(reader, writer, url.netloc) == b"HTTP/1.1 200 OK"
        await asyncio.sleep(CLIENT_IDLE_S)
        assert not reader.at_eof(), "the server closed the idle connection"
        assert await _get(reader, writer, url.netloc) == b"HTTP/1.1 200 OK"
    finally:
        writer.close()
