# The two commands a newcomer needs: `make run` and `make test` (see README.md).
SHELL := /bin/bash
.DEFAULT_GOAL := help
VENV := .venv
PY := $(VENV)/bin/python
SERVICES := registry complaints referrals notifications

.PHONY: asyncapi k8s-topics authz clients openapi bench events lag help deps setup infra-up infra-down migrate topics seed run stop test test-faults test-fast lint format token clean-data

help: ## Lists the targets
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-12s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml clients/python/pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]' -e ./clients/python
	touch $@

# kubeconform validates deploy/k8s in the tests (from the Go module proxy).
.tools/kubeconform:
	GOBIN=$(CURDIR)/.tools go install github.com/yannh/kubeconform/cmd/kubeconform@v0.7.0

# Docker Compose v2 for the tests' `docker compose config` of deploy/docker-compose.yml, built
# from the Go module proxy (a few minutes, once; `make run` does not wait for it).
COMPOSE_VERSION := v2.40.3
.tools/docker-compose:
	deploy/local/build-compose.sh $(COMPOSE_VERSION) $@

# The contract and browser tools the tests call (tools/npm/package-lock.json pins them).
tools/npm/node_modules/.installed: tools/npm/package-lock.json
	cd tools/npm && npm ci --no-audit --no-fund --loglevel=error
	touch $@

# The TypeScript client package's own tools (clients/typescript/package-lock.json).
clients/typescript/node_modules/.installed: clients/typescript/package-lock.json
	cd clients/typescript && npm ci --no-audit --no-fund --loglevel=error
	touch $@

deps: $(VENV)/.installed ## Installs what the services need: Python deps, PostgreSQL when missing
	@deploy/local/postgres.sh install

setup: deps .tools/kubeconform .tools/docker-compose tools/npm/node_modules/.installed clients/typescript/node_modules/.installed ## deps plus the test tools (kubeconform, docker compose, npm tools, chromium)
	@deploy/local/apt-ensure.sh chromium fonts-wqy-zenhei

# The cluster scenarios run on a three-node cluster of their own, started and stopped here.
KAFKA_CLUSTER = KAFKA_NODES=3 KAFKA_PORT=$(KAFKA_CLUSTER_PORT) \
	KAFKA_CONTROLLER_PORT=$(KAFKA_CLUSTER_CONTROLLER_PORT) KAFKA_DATA_DIR=$(KAFKA_CLUSTER_DIR)
KAFKA_CLUSTER_PORT ?= 19292
KAFKA_CLUSTER_CONTROLLER_PORT ?= 19293
KAFKA_CLUSTER_DIR ?= $(CURDIR)/.data/kafka-cluster

infra-up: deps ## Starts PostgreSQL and Kafka (idempotent; KAFKA_NODES=3: a three-node cluster)
	@deploy/local/postgres.sh up
	@deploy/kafka/kafka.sh up

infra-down: ## Stops Kafka and PostgreSQL (idempotent; KAFKA_NODES=3: the cluster), and the fault suite's cluster
	@deploy/kafka/kafka.sh down
	@$(KAFKA_CLUSTER) deploy/kafka/kafka.sh down >/dev/null
	@deploy/local/postgres.sh down

migrate: infra-up ## Applies every service's Alembic migrations
	@for s in $(SERVICES); do $(PY) -m services.$$s migrate || exit 1; done

topics: infra-up ## Creates the Kafka topics with their partition counts
	@$(PY) -m services.topics

seed: migrate ## Loads the demo data (idempotent)
	@$(PY) -m services.registry seed

run: migrate topics seed ## Starts the whole system and prints its URLs
	@deploy/local/services.sh start

stop: ## Stops the four services started by `make run`
	@deploy/local/services.sh stop

lint: setup ## ruff (lint + format check) and mypy
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

format: deps ## Formats the code
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

test: lint infra-up ## The whole suite on real PostgreSQL and Kafka, without the fault tests
	$(VENV)/bin/pytest -m "not faults" $(PYTEST_ARGS)

# The fault tests kill and restart the broker, PostgreSQL and service processes: run them on
# servers nothing else uses (CI's own; locally set PG_PORT, KAFKA_PORT and their data dirs).
test-faults: infra-up ## The fault-injection suite (kills and restarts Kafka, PostgreSQL, services), then on a 3-node cluster
	$(VENV)/bin/pytest -m "faults and not cluster" $(PYTEST_ARGS)
	$(KAFKA_CLUSTER) deploy/kafka/kafka.sh up
	@# -rP prints what each passing cluster test printed: its figures (filed while down, recovery).
	$(KAFKA_CLUSTER) STACK_DB_SUFFIX=_cluster $(VENV)/bin/pytest -m cluster -rP $(PYTEST_ARGS); \
	  status=$$?; $(KAFKA_CLUSTER) deploy/kafka/kafka.sh down; exit $$status

events: deps ## Tails the event flow: make events [ARGS="--type referrals.report.filed.v1"]
	@$(PY) -m tools.events tail $(ARGS)

lag: deps ## Consumer-group lag and dead-letter sizes
	@$(PY) -m tools.events lag

bench: infra-up ## Benchmarks beside bare baselines, not part of make test (docs/performance.md)
	$(PY) -m bench $(ARGS)

openapi: deps ## Writes each service's OpenAPI document into docs/openapi/
	@$(PY) -m tools.openapi

clients: deps clients/typescript/node_modules/.installed ## Regenerates the TypeScript and Python API clients from docs/openapi/
	@$(PY) -m tools.clients

authz: deps ## Writes docs/authorization.md: who may call each endpoint, from the routes' policies
	@$(PY) -m tools.authz

asyncapi: deps ## Writes the AsyncAPI document of every topic and event into docs/asyncapi.json
	@$(PY) -m tools.asyncapi

k8s-topics: deps ## Writes deploy/k8s/kafka-topics.yaml (Strimzi KafkaTopics) from the code's topics
	@$(PY) -m tools.k8s_topics

token: deps ## Mints a development token: make token DEPT=SUPERVISION ROLES=officer
	@$(PY) -m shared.auth mint --department "$(DEPT)" --roles "$(or $(ROLES),officer)"

clean-data: infra-down ## Deletes local PostgreSQL and Kafka data
	rm -rf .data
