"""docker-compose.yml cannot run here (no Docker engine): check what reading it can check."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from newswatch.cli import app
from newswatch.settings import StackSettings

ROOT = Path(__file__).resolve().parents[1]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]
STAGES = ("setup", "producer", "processor", "indexer")


def _image_tag(service: str) -> str:
    return SERVICES[service]["image"].rsplit(":", 1)[1]


def test_engine_images_use_the_versions_the_tests_run() -> None:
    stack = StackSettings()
    assert SERVICES["kafka"]["image"] == f"apache/kafka:{stack.kafka_version}"
    assert _image_tag("elasticsearch") == stack.elasticsearch_version
    assert _image_tag("kibana") == stack.elasticsearch_version


def test_client_major_matches_server_major() -> None:
    from importlib.metadata import version

    client_major = version("elasticsearch").split(".")[0]
    assert client_major == StackSettings().elasticsearch_version.split(".")[0]


def test_kraft_cluster_id_is_a_valid_base64_uuid() -> None:
    cluster_id = SERVICES["kafka"]["environment"]["CLUSTER_ID"]
    assert len(base64.urlsafe_b64decode(cluster_id + "==")) == 16


def test_kafka_runs_kraft_with_an_advertised_listener_the_stages_can_reach() -> None:
    env = SERVICES["kafka"]["environment"]
    assert env["KAFKA_PROCESS_ROLES"] == "broker,controller"
    assert "PLAINTEXT://kafka:9092" in env["KAFKA_ADVERTISED_LISTENERS"]
    for stage in STAGES:
        assert SERVICES[stage]["environment"]["NEWSWATCH_KAFKA"] == "kafka:9092"
        assert SERVICES[stage]["environment"]["NEWSWATCH_ES"] == "http://elasticsearch:9200"


@pytest.mark.parametrize("service", ["kafka", "elasticsearch", "kibana"])
def test_engines_have_healthchecks(service: str) -> None:
    assert SERVICES[service]["healthcheck"]["test"]


def test_dependencies_name_defined_services_and_wait_for_health() -> None:
    for name, service in SERVICES.items():
        for dep, cond in service.get("depends_on", {}).items():
            assert dep in SERVICES, f"{name} depends on unknown {dep}"
            assert dep != name
            expected = (
                "service_completed_successfully" if dep == "setup" else "service_healthy"
            )
            assert cond["condition"] == expected


def test_pipeline_stages_wait_for_setup() -> None:
    for stage in ("producer", "processor", "indexer"):
        assert "setup" in SERVICES[stage]["depends_on"]
    assert SERVICES["setup"]["restart"] == "no"


@pytest.mark.parametrize("stage", STAGES)
def test_stage_commands_exist_in_the_cli(stage: str) -> None:
    command = SERVICES[stage]["command"]
    result = CliRunner().invoke(app, [command[0], "--help"])
    assert result.exit_code == 0, result.output


def test_dockerfile_copies_paths_that_exist() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    # (not a `COPY --from=STAGE`: that copies from an earlier build stage)
    for source in re.findall(r"^COPY (?!--from=)(\S+)", dockerfile, flags=re.M):
        assert (ROOT / source).exists(), source


def test_producer_feed_list_is_the_one_baked_into_the_image() -> None:
    command = SERVICES["producer"]["command"]
    assert command[command.index("--feeds") + 1] == "/app/feeds.yaml"
    assert "COPY feeds.yaml ./feeds.yaml" in (ROOT / "Dockerfile").read_text()
