"""Settings every service shares; each service subclasses with its own env prefix."""

from typing import Annotated, ClassVar, Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from shared.crypto import KeyRing

# Development key only: refused outside development and test (see the validator below).
DEV_JWT_KEY = "dev-only-insecure-jwt-key-change-me-0123456789abcdef"
DEV_JWT_KEY_ID = "dev"
# Development data key and search key only (encryption at rest, shared/crypto.py): refused in
# production like the JWT key. The kid says what it is in every value sealed with it.
DEV_DATA_KEY_ID = "dev-insecure"
DEV_DATA_KEYS = {DEV_DATA_KEY_ID: "ZGV2LW9ubHktaW5zZWN1cmUtZGF0YS1rZXktMzJieXQ="}
DEV_SEARCH_KEY = "dev-only-insecure-search-key-change-me-0123456789"
DEV_DATABASE = "postgresql+asyncpg://accountability:dev-only-password@127.0.0.1:5433"


class ServiceSettings(BaseSettings):
    """Settings read from the environment with the service's prefix (e.g. REFERRALS_)."""

    model_config = SettingsConfigDict(extra="ignore")
    # A service with sealed columns (shared/crypto.py) must have its own data keys in production.
    seals_data: ClassVar[bool] = False

    service_name: str = "service"
    environment: Literal["development", "test", "production"] = "development"
    host: str = "127.0.0.1"
    port: int = 8000
    # Seconds the server keeps an idle HTTP connection open. Longer than any client or proxy
    # keeps one (httpx 5 s, nginx and cloud load balancers 60 s): the side that closes an idle
    # connection must be the client, else a request sent on a connection the server is closing
    # at that instant fails with a reset nobody can safely retry.
    http_keep_alive_s: int = 75
    # A request body longer than this is refused with 413 before it is read in full (the
    # complaints' evidence files have their own limit).
    max_body_bytes: int = 1024 * 1024
    # The path and query (414 beyond), and all the header lines together (431 beyond): the
    # server itself caps neither (docs/operations.md).
    max_url_bytes: int = 8 * 1024
    max_header_bytes: int = 32 * 1024
    database_url: str = f"{DEV_DATABASE}/postgres"
    # Connections per process (the pool does not grow beyond: shared/db.py).
    database_pool_size: int = 20
    # Connecting, or waiting for a pooled connection, gives up after this (then 503).
    database_timeout_s: float = 5.0

    # Where rate-limit counters live (shared/ratelimit.py), a `limits` storage URI shared by the
    # replicas; empty: the service's own database (`async+postgresql://…`, table rate_limits).
    # `async+memory://` counts per process.
    rate_limit_storage: str = ""
    # How often a service that keeps the counters deletes those whose window has ended.
    rate_limit_sweep_interval_s: float = 600.0

    kafka_bootstrap_servers: str = "127.0.0.1:9092"
    # Prefixes every topic and consumer group: lets a test run use its own namespace.
    kafka_topic_prefix: str = ""
    # Some Kafka-compatible brokers reject idempotent producers; Apache Kafka accepts them.
    kafka_idempotent_producer: bool = True
    kafka_request_timeout_ms: int = 10_000
    # The topics' layout (shared/topics.py): one replica on a development broker; a cluster
    # runs 3 replicas with min.insync.replicas 2 (docs/operations.md, "Kafka cluster").
    # Partition counts per logical topic override the code's defaults: {"referrals.reports": 12}.
    kafka_replication_factor: int = Field(default=1, ge=1)
    kafka_min_insync_replicas: int = Field(default=1, ge=1)
    kafka_topic_partitions: dict[str, Annotated[int, Field(ge=1)]] = Field(default_factory=dict)

    relay_enabled: bool = True
    relay_batch_size: int = 200
    relay_poll_interval_s: float = 1.0
    relay_send_timeout_s: float = 15.0
    # The relay vacuums its outbox after this many sent rows (shared/relay.py `_vacuum`).
    relay_vacuum_every_rows: int = 5000
    # Records a consumer fetches and applies in one transaction, at most.
    consumer_batch_records: int = Field(default=500, ge=1)
    # A consumer commits its offsets at most this often while records keep coming, and at once
    # when a fetch comes back empty. Applying is idempotent (processed events), so records
    # applied but not yet committed are only fetched again and dropped after a crash.
    consumer_commit_interval_s: float = Field(default=0.5, ge=0)
    outbox_retention_hours: float = 168.0
    # shared/retention.py: a consumer's mark of an applied event must outlive the record in
    # Kafka's log (log.retention.hours, 168 h), or a redelivered record would apply twice.
    processed_events_retention_hours: float = Field(default=336.0, ge=168.0)
    # An Idempotency-Key's first answer, replayed to retries for this long.
    idempotency_retention_hours: float = Field(default=168.0, gt=0)
    retention_sweep_interval_s: float = Field(default=600.0, gt=0)
    retention_sweep_batch: int = Field(default=10_000, ge=1)

    # Registry's base URL: a service asks it about a department its copy does not hold yet.
    registry_url: str | None = "http://127.0.0.1:8001"

    consumers_enabled: bool = True
    # How much `work` and `relay` (the background as processes of their own) lower their CPU
    # priority at start (nice). Beside the API processes on one host, requests then get the
    # CPU first under contention and the events wait in the outbox and the topics meanwhile,
    # where nothing is lost; the batches grow with the wait, so each event costs less.
    background_nice: int = Field(default=0, ge=0, le=19)
    consumer_max_attempts: int = 5
    consumer_retry_backoff_s: float = 0.2

    # The keys tokens are verified with (shared/auth.py): a JWKS document from a file (re-read
    # when it changes) or from the identity provider's URL (re-fetched every refresh interval,
    # and at once for an unknown kid), plus one static key unless it is set to "" (an HS256
    # secret or a PEM public key, with its kid; a token without kid is checked against it).
    jwt_jwks_file: str | None = None
    jwt_jwks_url: str | None = None
    jwt_jwks_refresh_s: float = 300.0
    jwt_key: str = DEV_JWT_KEY
    jwt_key_id: str = DEV_JWT_KEY_ID
    jwt_algorithm: str = "HS256"
    jwt_audience: str = "accountability"
    jwt_issuer: str = "accountability-dev"

    # Encryption at rest (shared/crypto.py): kid → base64 AES key, the kid new values are
    # sealed with, and the HMAC key of search hashes. `reencrypt` moves rows to the current kid.
    data_keys: dict[str, str] = Field(default_factory=lambda: dict(DEV_DATA_KEYS))
    data_key_id: str = DEV_DATA_KEY_ID
    data_search_key: str = DEV_SEARCH_KEY

    log_level: str = "INFO"
    # Browser origins allowed to call the API (front ends), e.g. ["https://tousu.example.gov.cn"].
    cors_origins: list[str] = []

    @model_validator(mode="after")
    def _insync_within_replicas(self) -> "ServiceSettings":
        if self.kafka_min_insync_replicas > self.kafka_replication_factor:
            raise ValueError(
                "kafka_min_insync_replicas must not exceed kafka_replication_factor: "
                "no write could ever be acknowledged"
            )
        return self

    @model_validator(mode="after")
    def _refuse_dev_secrets_in_production(self) -> "ServiceSettings":
        if self.environment != "production":
            return self
        if self.jwt_key == DEV_JWT_KEY:
            raise ValueError("the development JWT key must not be used in production")
        if not self.seals_data:
            return self
        if set(self.data_keys.values()) & set(DEV_DATA_KEYS.values()):
            raise ValueError("the development data key must not be used in production")
        if self.data_search_key == DEV_SEARCH_KEY:
            raise ValueError("the development search key must not be used in production")
        return self

    def key_ring(self) -> KeyRing:
        """Gets the data key ring of these settings."""
        return KeyRing.from_settings(self.data_keys, self.data_key_id, self.data_search_key)

    def topic(self, name: str) -> str:
        """Gets the physical topic name of a logical topic."""
        return f"{self.kafka_topic_prefix}{name}"
