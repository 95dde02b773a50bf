"""The API clients other teams install: current against the documents, built, pinned.

clients/typescript (openapi-typescript + openapi-fetch) and clients/python
(openapi-python-client) are generated from docs/openapi/*.json by `make clients`.
"""

import json
import re
import shutil
from pathlib import Path

import accountability_client
import pytest

from tests.support.clients import TYPESCRIPT, build_typescript
from tools import clients

EXACT = re.compile(r"^\d+\.\d+\.\d+$")


def test_both_clients_are_what_the_documents_generate() -> None:
    """clients/typescript/src/generated and the Python subpackages are current."""
    assert clients.stale() == [], "run `make clients`"


def test_a_changed_document_makes_both_clients_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check sees an operation renamed in a document, in both languages."""
    documents = tmp_path / "openapi"
    shutil.copytree(clients.DOCUMENTS, documents)
    doc = json.loads((documents / "referrals.json").read_text(encoding="utf-8"))
    doc["paths"]["/referral-reports"]["post"]["operationId"] = "file_referral_report"
    (documents / "referrals.json").write_text(json.dumps(doc), encoding="utf-8")
    monkeypatch.setattr(clients, "DOCUMENTS", documents)

    assert clients.stale() == ["typescript", "python:referrals"]


def test_the_typescript_package_builds_with_strict_tsc() -> None:
    """tsc --strict (the package's tsconfig) compiles the client and its test script."""
    config = json.loads((TYPESCRIPT / "tsconfig.json").read_text(encoding="utf-8"))
    assert config["compilerOptions"]["strict"] is True
    done = build_typescript()
    assert done.returncode == 0, done.stdout + done.stderr
    declarations = (TYPESCRIPT / "dist" / "src" / "index.d.ts").read_text(encoding="utf-8")
    for name in ("registryClient", "complaintsClient", "referralsClient", "notificationsClient"):
        assert f"export declare const {name}" in declarations, name


def test_the_typescript_package_pins_its_versions_in_its_own_lock() -> None:
    """Exact versions in package.json, each one what package-lock.json installs."""
    package = json.loads((TYPESCRIPT / "package.json").read_text(encoding="utf-8"))
    lock = json.loads((TYPESCRIPT / "package-lock.json").read_text(encoding="utf-8"))
    wanted = {**package["dependencies"], **package["devDependencies"]}
    assert {"openapi-fetch", "openapi-typescript", "typescript"} <= set(wanted)
    for name, version in wanted.items():
        assert EXACT.match(version), (name, version)
        assert lock["packages"][f"node_modules/{name}"]["version"] == version, name


def test_the_python_client_in_use_is_the_repository_s() -> None:
    """The tests import clients/python/src (`pip install -e ./clients/python`), not a copy."""
    installed = Path(accountability_client.__file__).resolve()
    assert installed.is_relative_to(clients.PY_OUT), installed
