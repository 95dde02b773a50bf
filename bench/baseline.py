"""The bare baseline for intake: FastAPI + asyncpg doing the same two inserts, nothing else.

    python -m bench.baseline --port 19010 --dsn postgresql://…/bench_baseline [--workers N]

One POST validates a small JSON body, then in one transaction inserts a state row and an
outbox row (the shape our services write) and answers 201. No auth, no ORM, no routing
rules, no idempotency: the floor our intake endpoints are compared with. It runs as many
worker processes as a service's API does (`--workers`), so the comparison stays like for like.
"""

import argparse
import json
import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg
import uvicorn
from fastapi import FastAPI, Request, status
from pydantic import BaseModel, Field

from shared.settings import ServiceSettings

DSN = "BENCH_BASELINE_DSN"
SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
    id uuid PRIMARY KEY, kind text NOT NULL, department text NOT NULL, body text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE IF NOT EXISTS outbox (
    id bigserial PRIMARY KEY, topic text NOT NULL, key text NOT NULL, payload jsonb NOT NULL,
    headers jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), sent_at timestamptz);
"""


class ItemCreate(BaseModel):
    """The request body: a complaint-sized document."""

    kind: str = Field(min_length=1, max_length=64)
    department: str = Field(min_length=1, max_length=64)
    body: str = Field(min_length=1, max_length=10_000)


def create_app() -> FastAPI:
    """Builds the baseline app on a connection pool."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.pool = await asyncpg.create_pool(os.environ[DSN], min_size=5, max_size=20)
        async with app.state.pool.acquire() as conn:
            await conn.execute(SCHEMA)
        yield
        await app.state.pool.close()

    app = FastAPI(lifespan=lifespan)

    @app.post("/items", status_code=status.HTTP_201_CREATED)
    async def create_item(item: ItemCreate, request: Request) -> dict[str, str]:
        item_id = uuid.uuid4()
        payload = json.dumps({"id": str(item_id), **item.model_dump()})
        async with request.app.state.pool.acquire() as conn, conn.transaction():
            await conn.execute(
                "INSERT INTO items (id, kind, department, body) VALUES ($1, $2, $3, $4)",
                item_id,
                item.kind,
                item.department,
                item.body,
            )
            await conn.execute(
                "INSERT INTO outbox (topic, key, payload, headers) VALUES ($1, $2, $3, '{}')",
                "baseline.items",
                str(item_id),
                payload,
            )
        return {"id": str(item_id)}

    return app


def main() -> None:
    """Serves the baseline like our services are served (uvicorn, one process per worker)."""
    parser = argparse.ArgumentParser(prog="python -m bench.baseline")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--dsn", required=True)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    os.environ[DSN] = args.dsn  # the workers are started by uvicorn and build the app from it
    uvicorn.run(
        "bench.baseline:create_app",
        factory=True,
        workers=args.workers,
        host="127.0.0.1",
        port=args.port,
        log_level="warning",
        timeout_keep_alive=ServiceSettings.model_fields["http_keep_alive_s"].default,
    )


if __name__ == "__main__":
    main()
