"""The deployment files are valid: Kubernetes manifests by kubeconform (the operators' resources
against the schemas of their published CRDs, deploy/k8s-schemas/), compose by `docker compose
config` (Compose v2 built by `make setup`; it needs no Docker engine) and by its structure."""

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml

from services.topics import ALL_TOPICS
from tools import k8s_topics

ROOT = Path(__file__).resolve().parents[2]
K8S = ROOT / "deploy" / "k8s"
# Strimzi's and CloudNativePG's resources, from their releases' CRDs (python -m tools.crd_schemas).
CRD_SCHEMAS = ROOT / "deploy" / "k8s-schemas"
KUBECONFORM = ROOT / ".tools" / "kubeconform"
COMPOSE = ROOT / ".tools" / "docker-compose"
COMPOSE_FILE = ROOT / "deploy" / "docker-compose.yml"
KUBERNETES_VERSION = "1.30.0"
SCHEMAS = Path(kubernetes_validate.__file__).parent / "kubernetes-json-schema"
DEFINITIONS_REF = "/api/_definitions.json#/$defs/"


def _manifests(folder: Path = K8S) -> list[dict[str, Any]]:
    docs: list[dict[str, Any]] = []
    for path in sorted(folder.glob("*.yaml")):
        docs += [d for d in yaml.safe_load_all(path.read_text()) if d]
    return docs


def _of_kind(kind: str) -> list[dict[str, Any]]:
    return [d for d in _manifests() if d["kind"] == kind]


def _schema_name(doc: dict[str, Any]) -> str:
    group, _, version = str(doc["apiVersion"]).rpartition("/")
    suffix = f"-{group.split('.')[0]}-{version}" if group else f"-{version}"
    return f"{str(doc['kind']).lower()}{suffix}.json"


@pytest.fixture(scope="module")
def standalone_schemas(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Makes the packaged schemas standalone (kubeconform does not follow their absolute refs)."""
    source = SCHEMAS / f"v{KUBERNETES_VERSION}-local-strict"
    definitions = json.loads((source / "_definitions.json").read_text())["$defs"]
    target = tmp_path_factory.mktemp("schemas")
    for doc in _manifests():
        name = _schema_name(doc)
        if doc["kind"] == "Kustomization" or (target / name).exists():
            continue
        if (CRD_SCHEMAS / name).exists():
            (target / name).write_text((CRD_SCHEMAS / name).read_text())
            continue
        text = (source / name).read_text().replace(DEFINITIONS_REF, "#/$defs/")
        schema = json.loads(text)
        schema["$defs"] = json.loads(json.dumps(definitions).replace(DEFINITIONS_REF, "#/$defs/"))
        (target / name).write_text(json.dumps(schema))
    return target


def _kubeconform(schemas: Path, folder: Path) -> subprocess.CompletedProcess[str]:
    assert KUBECONFORM.exists(), "make setup installs kubeconform into .tools/"
    return subprocess.run(
        [
            str(KUBECONFORM),
            "-strict",
            "-summary",
            "-skip",
            "Kustomization",
            "-schema-location",
            f"{schemas}/{{{{ .ResourceKind }}}}{{{{ .KindSuffix }}}}.json",
            str(folder),
        ],
        capture_output=True,
        text=True,
        env={**os.environ},
        check=False,
    )


def test_kubernetes_manifests_are_valid(standalone_schemas: Path) -> None:
    result = _kubeconform(standalone_schemas, K8S)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "Invalid: 0, Errors: 0" in result.stdout
    for kind in ("Kafka", "KafkaNodePool", "KafkaTopic", "Cluster", "ScheduledBackup"):
        assert _of_kind(kind), f"no {kind} among the manifests"


def test_a_misspelt_operator_field_is_refused(standalone_schemas: Path, tmp_path: Path) -> None:
    """The check can fail: the CRD schemas are strict, so a misspelt field is named."""
    [pool] = _of_kind("KafkaNodePool")
    pool["spec"]["replica"] = pool["spec"].pop("replicas")
    (tmp_path / "pool.yaml").write_text(yaml.safe_dump(pool))

    result = _kubeconform(standalone_schemas, tmp_path)

    assert result.returncode != 0
    assert "additional properties 'replica' not allowed" in result.stdout, result.stdout


def test_kafka_runs_three_replicas_and_every_topic_is_declared_with_them() -> None:
    [cluster], [pool] = _of_kind("Kafka"), _of_kind("KafkaNodePool")
    assert pool["spec"]["replicas"] >= 3
    assert set(pool["spec"]["roles"]) == {"controller", "broker"}
    assert pool["metadata"]["labels"]["strimzi.io/cluster"] == cluster["metadata"]["name"]
    config = cluster["spec"]["kafka"]["config"]
    assert config["default.replication.factor"] == 3 and config["min.insync.replicas"] == 2
    assert config["unclean.leader.election.enable"] is False
    topics = {t["spec"]["topicName"]: t for t in _of_kind("KafkaTopic")}
    assert set(topics) == {t.name for t in ALL_TOPICS}
    for declared in ALL_TOPICS:
        spec = topics[declared.name]["spec"]
        assert (spec["replicas"], spec["config"]["min.insync.replicas"]) == (3, "2")
        assert spec["partitions"] == declared.partitions
        assert declared.config.items() <= spec["config"].items()


def test_the_topics_manifest_is_current() -> None:
    """deploy/k8s/kafka-topics.yaml is what `make k8s-topics` writes from the code."""
    assert (K8S / "kafka-topics.yaml").read_text() == k8s_topics.render(), "run make k8s-topics"


def test_the_services_reach_the_cluster_with_its_layout() -> None:
    [cluster] = _of_kind("Kafka")
    [plain] = [x for x in cluster["spec"]["kafka"]["listeners"] if not x["tls"]]
    namespace, name = cluster["metadata"]["namespace"], cluster["metadata"]["name"]
    [configmap] = _of_kind("ConfigMap")
    for service in ("REGISTRY", "COMPLAINTS", "REFERRALS", "NOTIFICATIONS"):
        data = configmap["data"]
        bootstrap = f"{name}-kafka-bootstrap.{namespace}.svc:{plain['port']}"
        assert data[f"{service}_KAFKA_BOOTSTRAP_SERVERS"] == bootstrap
        assert data[f"{service}_KAFKA_REPLICATION_FACTOR"] == "3"
        assert data[f"{service}_KAFKA_MIN_INSYNC_REPLICAS"] == "2"


def test_each_service_has_its_own_replicated_postgres_with_nightly_backups() -> None:
    clusters = {c["metadata"]["name"]: c for c in _of_kind("Cluster")}
    backups = {b["spec"]["cluster"]["name"]: b for b in _of_kind("ScheduledBackup")}
    stores = {s["metadata"]["name"] for s in _of_kind("ObjectStore")}
    for service in ("registry", "complaints", "referrals", "notifications"):
        spec = clusters[f"{service}-db"]["spec"]
        assert spec["instances"] == 3 and spec["minSyncReplicas"] >= 1
        assert spec["bootstrap"]["initdb"]["database"] == service
        [archiver] = [p for p in spec["plugins"] if p.get("isWALArchiver")]
        assert archiver["parameters"]["barmanObjectName"] in stores
        backup = backups[f"{service}-db"]["spec"]
        assert backup["method"] == "plugin"
        assert backup["pluginConfiguration"]["name"] == archiver["name"]


def test_every_service_has_probes_resources_and_secrets_by_reference() -> None:
    deployments = {d["metadata"]["name"]: d for d in _of_kind("Deployment")}
    services = ["registry", "complaints", "referrals", "notifications"]
    assert set(deployments) == {*services, *(f"{s}-work" for s in services)}
    for service in services:
        api = deployments[service]["spec"]["template"]["spec"]["containers"][0]
        work = deployments[f"{service}-work"]["spec"]["template"]["spec"]["containers"][0]
        assert api["readinessProbe"]["httpGet"]["path"] == "/readyz"
        assert api["livenessProbe"]["httpGet"]["path"] == "/healthz"
        # The API serves requests only; its relay and consumers run in the work Deployment.
        prefix = service.upper()
        values = {e["name"]: e.get("value") for e in api["env"]}
        assert values[f"{prefix}_RELAY_ENABLED"] == values[f"{prefix}_CONSUMERS_ENABLED"] == "false"
        assert work["command"] == ["python", "-m", f"services.{service}", "work"]
        for container in (api, work):
            assert container["resources"]["requests"]
            secret_refs = [e for e in container["env"] if "valueFrom" in e]
            assert secret_refs and all("secretKeyRef" in e["valueFrom"] for e in secret_refs)
        # The same database and keys: the worker writes the same tables, sealed columns too.
        assert [e for e in work["env"] if "valueFrom" in e] == [
            e for e in api["env"] if "valueFrom" in e
        ]
    kustomized = yaml.safe_load((K8S / "kustomization.yaml").read_text())["resources"]
    assert sorted(kustomized) == sorted(
        p.name for p in K8S.glob("*.yaml") if p.name != "kustomization.yaml"
    )


def test_compose_starts_the_four_services_after_migrations() -> None:
    compose = yaml.safe_load((ROOT / "deploy" / "docker-compose.yml").read_text())
    services = compose["services"]
    for name, port in {
        "registry": 8001,
        "complaints": 8002,
        "referrals": 8003,
        "notifications": 8004,
    }.items():
        assert services[name]["command"] == ["python", "-m", f"services.{name}", "serve"]
        assert services[name]["ports"] == [f"{port}:{port}"]
        assert (
            services[name]["depends_on"]["setup"]["condition"] == "service_completed_successfully"
        )
    for service in services.values():
        assert set(service.get("depends_on", {})) <= set(services)
    brokers = [services[f"kafka-{n}"] for n in (1, 2, 3)]
    assert all(b["image"].startswith("apache/kafka:4.") for b in brokers)
    assert {b["environment"]["KAFKA_NODE_ID"] for b in brokers} == {"1", "2", "3"}
    assert {b["environment"]["KAFKA_MIN_INSYNC_REPLICAS"] for b in brokers} == {"2"}


def _compose_config(path: Path) -> subprocess.CompletedProcess[str]:
    assert COMPOSE.exists(), "make setup builds docker compose into .tools/"
    return subprocess.run(
        [str(COMPOSE), "--file", str(path), "config", "--format", "json"],
        capture_output=True,
        text=True,
        # No DOCKER_HOST or COMPOSE_* of the caller's: the file alone decides.
        env={"PATH": os.environ["PATH"], "HOME": os.environ.get("HOME", "/tmp")},
        timeout=60,
        check=False,
    )


def test_docker_compose_config_accepts_the_compose_file() -> None:
    """`docker compose config` validates the file against the Compose spec and resolves it."""
    result = _compose_config(COMPOSE_FILE)
    assert result.returncode == 0, result.stderr
    resolved = json.loads(result.stdout)
    services = resolved["services"]
    assert set(services) == {
        "postgres",
        "kafka-1",
        "kafka-2",
        "kafka-3",
        "setup",
        "registry",
        "complaints",
        "referrals",
        "notifications",
    }
    for name in ("setup", "registry", "complaints", "referrals", "notifications"):
        # The x-app anchor merged in: one image built from the repository root.
        assert services[name]["build"]["context"] == str(ROOT), name
        assert services[name]["build"]["dockerfile"] == "deploy/Dockerfile"
        environment = services[name]["environment"]
        assert environment["REFERRALS_KAFKA_BOOTSTRAP_SERVERS"] == (
            "kafka-1:9092,kafka-2:9092,kafka-3:9092"
        )
        assert environment["REFERRALS_KAFKA_REPLICATION_FACTOR"] == "3"
    assert (ROOT / "deploy" / "Dockerfile").exists()
    [init_sql] = [v for v in services["postgres"]["volumes"] if v["type"] == "bind"]
    assert Path(init_sql["source"]).exists(), init_sql


def test_docker_compose_config_refuses_an_invalid_file(tmp_path: Path) -> None:
    """The check can fail: a misspelled dependency condition is refused, naming the field."""
    compose = yaml.safe_load(COMPOSE_FILE.read_text())
    compose["services"]["registry"]["depends_on"]["setup"]["condition"] = "service_finished"
    broken = tmp_path / "docker-compose.yml"
    broken.write_text(yaml.safe_dump(compose))

    result = _compose_config(broken)

    assert result.returncode != 0
    assert "depends_on.setup.condition" in result.stderr, result.stderr
