"""The configuration files and Maven coordinates the engines are started with."""

import base64
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

from newswatch.settings import StackSettings
from newswatch.stack.artifacts import render_pom
from newswatch.stack.elasticsearch import distribution_coordinate, render_elasticsearch_yml
from newswatch.stack.kafka import (
    kafka_dependencies,
    new_cluster_id,
    render_log4j2,
    render_server_properties,
)

STACK = StackSettings(
    home=Path("/srv/stack"),
    kafka_version="9.9.9",
    scala_version="3.1",
    elasticsearch_version="8.7.6",
    kafka_port=41001,
    kafka_controller_port=41002,
    es_port=41003,
    es_transport_port=41004,
)


def parse_properties(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in text.splitlines() if line)


def test_kafka_properties_listen_on_loopback_ports_from_settings() -> None:
    props = parse_properties(render_server_properties(STACK, Path("/srv/stack/kafka/data")))
    assert props["listeners"] == "PLAINTEXT://127.0.0.1:41001,CONTROLLER://127.0.0.1:41002"
    assert props["advertised.listeners"] == "PLAINTEXT://127.0.0.1:41001"
    assert props["controller.quorum.bootstrap.servers"] == "127.0.0.1:41002"
    assert props["log.dirs"] == "/srv/stack/kafka/data"
    # `format --standalone` refuses a config that also lists static voters.
    assert "controller.quorum.voters" not in props


def test_kafka_internal_topics_fit_a_single_node() -> None:
    props = parse_properties(render_server_properties(STACK, Path("/d")))
    replication = {k: v for k, v in props.items() if k.endswith("replication.factor")}
    assert replication
    assert set(replication.values()) == {"1"}


def test_kafka_log4j2_writes_to_the_given_file() -> None:
    text = render_log4j2(Path("/srv/stack/kafka/logs/server.log"))
    assert "appender.file.fileName = /srv/stack/kafka/logs/server.log" in text
    assert "rootLogger.appenderRef.file.ref = file" in text


def test_versions_come_from_settings() -> None:
    deps = kafka_dependencies(STACK)
    assert deps[0] == "org.apache.kafka:kafka_3.1:9.9.9"
    assert any(d.startswith("org.apache.logging.log4j:log4j-slf4j2-impl:") for d in deps)
    assert distribution_coordinate(STACK).endswith(":elasticsearch:8.7.6:zip")


def test_pom_lists_each_dependency() -> None:
    ns = {"m": "http://maven.apache.org/POM/4.0.0"}
    root = ET.fromstring(render_pom("kafka_3.1-9.9.9", kafka_dependencies(STACK)))
    tags = ("groupId", "artifactId", "version")
    found = [
        ":".join(dep.findtext(f"m:{tag}", namespaces=ns) or "" for tag in tags)
        for dep in root.iterfind("m:dependencies/m:dependency", ns)
    ]
    assert found == kafka_dependencies(STACK)
    assert root.findtext("m:packaging", namespaces=ns) == "pom"


def test_cluster_id_is_a_base64url_uuid() -> None:
    ids = {new_cluster_id() for _ in range(200)}
    assert len(ids) == 200
    for cluster_id in ids:
        assert len(cluster_id) == 22
        assert not cluster_id.startswith("-")
        assert len(base64.urlsafe_b64decode(cluster_id + "==")) == 16


def test_elasticsearch_yml_is_single_node_on_loopback_without_security() -> None:
    data, logs = Path("/srv/stack/elasticsearch/data"), Path("/srv/stack/elasticsearch/logs")
    settings = yaml.safe_load(render_elasticsearch_yml(STACK, data, logs))
    assert settings["network.host"] == "127.0.0.1"
    assert settings["http.port"] == 41003
    assert settings["transport.port"] == 41004
    assert settings["discovery.type"] == "single-node"
    assert settings["path.data"] == str(data)
    assert settings["path.logs"] == str(logs)
    assert settings["xpack.security.enabled"] is False
