"""The OpenAPI documents front-end teams build on: current, described, exemplified, lint-clean.

The npm tools (tools/npm, installed by `make setup`) lint the documents and generate a
TypeScript client that must type-check, request-body examples included.
"""

import json
import subprocess
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from fastapi.routing import APIRoute
from pydantic import BaseModel

from services.complaints.evidence.rules import EVIDENCE_SIGNATURES, evidence_type_allowed
from services.complaints.open311 import service as open311
from shared.app import create_service_app
from shared.schemas import StrictModel
from tools import openapi
from tools.openapi import OUT, SPECS, document, render

NPM_BIN = openapi.ROOT / "tools" / "npm" / "node_modules" / ".bin"
SERVICES = list(SPECS)
METHODS = {"get", "post", "put", "patch", "delete"}


def _operations(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, op)
        for path, ops in doc["paths"].items()
        for method, op in ops.items()
        if method in METHODS
    ]


def _tool(name: str) -> str:
    path = NPM_BIN / name
    assert path.exists(), f"{path} is missing: run `make setup` (npm ci in tools/npm)"
    return str(path)


def _body_models(service: str) -> dict[str, type[BaseModel]]:
    """Maps each operation id that takes a JSON body to the body's Pydantic model."""
    models: dict[str, type[BaseModel]] = {}
    for router in SPECS[service]().routers:
        for route in router.routes:
            if not isinstance(route, APIRoute):
                continue
            hints = typing.get_type_hints(route.endpoint)
            for hint in hints.values():
                if isinstance(hint, type) and issubclass(hint, StrictModel):
                    models[route.name] = hint
    return models


@pytest.mark.parametrize("service", SERVICES)
def test_committed_document_is_current(service: str) -> None:
    """docs/openapi/<service>.json is what the code generates (run `make openapi`)."""
    committed = (OUT / f"{service}.json").read_text(encoding="utf-8")
    assert committed == render(document(service)), f"run `make openapi` for {service}"


@pytest.mark.parametrize("service", SERVICES)
def test_every_operation_has_a_unique_id_a_summary_and_a_tag(service: str) -> None:
    """Stable ids (the endpoint function's name), unique within the service, test routes too."""
    for environment in ("development", "test"):
        spec = SPECS[service]()
        spec.settings.environment = environment
        doc = create_service_app(spec).openapi()
        ops = _operations(doc)
        ids: list[str] = [op.get("operationId", "") for _, _, op in ops]
        assert all(ids), [(p, m) for p, m, op in ops if not op.get("operationId")]
        assert len(ids) == len(set(ids)), sorted(i for i in ids if ids.count(i) > 1)
        for path, method, op in ops:
            assert op.get("summary") or op.get("description"), (path, method)
            assert op.get("tags"), (path, method)
        declared = {t["name"]: t["description"] for t in doc["tags"]}
        used = {t for _, _, op in ops for t in op["tags"]}
        assert used <= set(declared), used - set(declared)
        assert all(declared.values()), declared


def _examples(doc: dict[str, Any], media: dict[str, Any]) -> list[Any]:
    ref = media["schema"].get("$ref", "")
    schema = doc["components"]["schemas"][ref.rsplit("/", 1)[-1]] if ref else media["schema"]
    return list(schema.get("examples") or ([media["example"]] if "example" in media else []))


def _open311_example_is_accepted(media_type: str, example: Any) -> None:
    open311.complaint_of(open311.read_form(dict(example)))  # the endpoint's own checks


def _evidence_example_is_accepted(media_type: str, example: Any) -> None:
    head = str(example).encode()[:16]
    assert evidence_type_allowed(media_type, head, list(EVIDENCE_SIGNATURES)), media_type


# Bodies the endpoint reads itself (raw file, Open311 form): each example goes through the
# endpoint's own checks; every other body is a StrictModel validating its examples.
RAW_BODIES: dict[str, Callable[[str, Any], None]] = {
    "create_request": _open311_example_is_accepted,
    "upload_evidence": _evidence_example_is_accepted,
}


@pytest.mark.parametrize("service", SERVICES)
def test_every_request_body_has_a_valid_example(service: str) -> None:
    """Each body carries an example, and the example passes the body's own model or checks."""
    doc = document(service)
    models = _body_models(service)
    bodies = [
        (op["operationId"], op["requestBody"])
        for _, _, op in _operations(doc)
        if "requestBody" in op
    ]
    assert bodies, "no request body found: the test would prove nothing"
    for op_id, body in bodies:
        assert all("schema" in media for media in body["content"].values()), op_id
        if op_id in RAW_BODIES:
            examples = [(t, e) for t, m in body["content"].items() for e in _examples(doc, m)]
            assert examples, f"{service}: {op_id} has no request example"
            for media_type, example in examples:
                RAW_BODIES[op_id](media_type, example)
            continue
        for media in body["content"].values():
            assert _examples(doc, media), f"{service}: {op_id} has no request example"
        assert op_id in models, f"{service}: {op_id} has a body that is not a StrictModel"
        for example in models[op_id].model_json_schema().get("examples", []):
            models[op_id].model_validate(example)


def test_the_raw_bodies_are_documented_with_their_media_types() -> None:
    """The evidence upload and the Open311 form: bodies FastAPI cannot see, documented."""
    paths = document("complaints")["paths"]
    evidence = paths["/public/complaints/{code}/evidence"]["post"]
    assert set(evidence["requestBody"]["content"]) == set(EVIDENCE_SIGNATURES)
    assert {"413", "415"} <= set(evidence["responses"])
    form = paths["/open311/v2/requests.{format}"]["post"]["requestBody"]["content"]
    assert set(form) == {"application/x-www-form-urlencoded", "application/json"}


@pytest.mark.parametrize("service", SERVICES)
def test_errors_are_documented_as_problem_json(service: str) -> None:
    """401/403 on every secured operation, 404 on every path with an id, 422 as problem+json."""
    doc = document(service)
    responses = doc["components"]["responses"]
    assert set(responses) >= {
        "Unauthorized",
        "Forbidden",
        "NotFound",
        "Conflict",
        "ValidationFailed",
    }
    for response in responses.values():
        assert set(response["content"]) == {"application/problem+json"}
    assert "HTTPValidationError" not in doc["components"]["schemas"]
    for path, method, op in _operations(doc):
        codes = op["responses"]
        if "Open311 GeoReport v2" in op["tags"]:  # the specification's own error list
            assert "ErrorList" in repr(codes["400"]), (path, method)
            assert "NUL" in codes["422"]["description"], (path, method)
            continue
        if op["security"]:
            assert codes["401"] == {"$ref": "#/components/responses/Unauthorized"}, (path, method)
            assert codes["403"] == {"$ref": "#/components/responses/Forbidden"}, (path, method)
        if "{" in path:
            assert "404" in codes, (path, method)
        if "requestBody" in op:
            assert codes["422"] == {"$ref": "#/components/responses/ValidationFailed"}


def test_documents_are_lint_clean_with_redocly() -> None:
    """@redocly/cli's recommended rules (tools/npm/redocly.yaml) find no error or warning."""
    paths = [str(OUT / f"{s}.json") for s in SERVICES]
    config = str(openapi.ROOT / "tools" / "npm" / "redocly.yaml")
    done = subprocess.run(
        [_tool("redocly"), "lint", "--config", config, "--format=stylish", *paths],
        capture_output=True,
        text=True,
        timeout=180,
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output
    assert " warning " not in output and " error " not in output, output


def _client_usage(service: str, doc: dict[str, Any]) -> str:
    lines = [f'import type {{ operations }} from "./{service}.js";']
    for _, _, op in _operations(doc):
        op_id = op["operationId"]
        lines.append(f'export type Op_{op_id} = operations["{op_id}"];')
        content = op.get("requestBody", {}).get("content", {})
        for m, (media_type, media) in enumerate(sorted(content.items())):
            for n, example in enumerate(_examples(doc, media)):
                body_type = f'NonNullable<operations["{op_id}"]["requestBody"]>["content"]'
                lines.append(
                    f"export const example_{op_id}_{m}_{n}: "
                    f'{body_type}["{media_type}"] = {json.dumps(example, ensure_ascii=False)};'
                )
    return "\n".join(lines) + "\n"


def test_generated_typescript_client_type_checks(tmp_path: Path) -> None:
    """openapi-typescript types compile with tsc --strict, every operation and example in."""
    sources: list[str] = []
    for service in SERVICES:
        types = tmp_path / f"{service}.ts"
        subprocess.run(
            [_tool("openapi-typescript"), str(OUT / f"{service}.json"), "-o", str(types)],
            check=True,
            capture_output=True,
            timeout=180,
        )
        usage = tmp_path / f"use_{service}.ts"
        doc = json.loads((OUT / f"{service}.json").read_text(encoding="utf-8"))
        usage.write_text(_client_usage(service, doc), encoding="utf-8")
        sources += [str(types), str(usage)]
    done = subprocess.run(
        [
            _tool("tsc"),
            "--noEmit",
            "--strict",
            "--target",
            "es2022",
            "--module",
            "nodenext",
            "--moduleResolution",
            "nodenext",
            *sources,
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
