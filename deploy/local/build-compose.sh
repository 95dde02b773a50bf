#!/usr/bin/env bash
# Builds Docker Compose v2 (the `docker compose` CLI plugin, run standalone) from the Go module
# proxy into .tools/docker-compose, for the tests' `docker compose config` check of
# deploy/docker-compose.yml. `config` needs no Docker engine.
# `go install …@version` refuses compose's go.mod (it has exclude directives), so the build
# runs in a throwaway module that copies those excludes; versions are then those upstream
# selects, checked against the Go checksum database. Usage: build-compose.sh VERSION OUTPUT
set -euo pipefail
version=$1
output=$(realpath -m "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
go mod init compose-build >/dev/null 2>&1
go mod edit \
  -exclude=github.com/davecgh/go-spew@v1.1.2-0.20180830191138-d8f796af33cc \
  -exclude=github.com/pmezard/go-difflib@v1.0.1-0.20181226105442-5d4384ee4fb2
echo "building docker compose $version (a few minutes, once)"
go get "github.com/docker/compose/v2/cmd@$version"
mkdir -p "$(dirname "$output")"
go build -trimpath -o "$output.part" \
  -ldflags "-s -w -X github.com/docker/compose/v2/internal.Version=$version" \
  github.com/docker/compose/v2/cmd
mv "$output.part" "$output"
