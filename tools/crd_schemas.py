"""Writes kubeconform's JSON schemas from operators' published CustomResourceDefinitions.

    python -m tools.crd_schemas CRD.yaml [CRD.yaml ...]

Each served version of each CRD becomes deploy/k8s-schemas/<kind>-<group prefix>-<version>.json
(kubeconform's `{{ .ResourceKind }}{{ .KindSuffix }}` naming), strict as kubeconform's own
openapi2jsonschema makes them: an object that lists its properties allows no others, so a
misspelt field is an error rather than ignored. The CRDs come from the operators' releases
(deploy/k8s-schemas/README.md names the versions); the schemas are kept in the repository so
the tests need no network.
"""

import argparse
import json
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "deploy" / "k8s-schemas"


def strict(node: Any) -> Any:
    """Gets the schema with Kubernetes' extensions turned into JSON Schema, objects closed."""
    if isinstance(node, list):
        return [strict(n) for n in node]
    if not isinstance(node, dict):
        return node
    schema = {k: strict(v) for k, v in node.items()}
    if schema.pop("x-kubernetes-int-or-string", False):
        schema.pop("type", None)
        schema["oneOf"] = [{"type": "string"}, {"type": "integer"}]
    preserves = schema.get("x-kubernetes-preserve-unknown-fields", False)
    if "properties" in schema and "additionalProperties" not in schema and not preserves:
        schema["additionalProperties"] = False
    return schema


def schemas(crd: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Gets the schema of each served version of a CRD, by kubeconform's file name."""
    group, kind = crd["spec"]["group"], crd["spec"]["names"]["kind"]
    found = {}
    for version in crd["spec"]["versions"]:
        if not version.get("served"):
            continue
        schema = strict(version["schema"]["openAPIV3Schema"])
        # kubeconform checks the resource's apiVersion and kind as part of the document.
        schema.setdefault("properties", {})
        schema["properties"]["apiVersion"] = {"enum": [f"{group}/{version['name']}"]}
        schema["properties"]["kind"] = {"enum": [kind]}
        found[f"{kind.lower()}-{group.split('.')[0]}-{version['name']}.json"] = schema
    return found


def main() -> None:
    """Writes the schemas of the CRDs given."""
    parser = argparse.ArgumentParser(prog="python -m tools.crd_schemas")
    parser.add_argument("crds", nargs="+", type=Path)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    for path in args.crds:
        for document in yaml.safe_load_all(path.read_text()):
            if not document or document.get("kind") != "CustomResourceDefinition":
                continue
            for name, schema in schemas(document).items():
                (OUT / name).write_text(json.dumps(schema, indent=1, sort_keys=True) + "\n")
                print(f"wrote {OUT.relative_to(ROOT) / name}")


if __name__ == "__main__":
    main()
