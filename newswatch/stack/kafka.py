"""A single-node KRaft Kafka (broker and controller in one JVM) on loopback."""

from __future__ import annotations

import base64
import os
import socket
import subprocess
import uuid
from pathlib import Path

from newswatch.settings import StackSettings
from newswatch.stack.artifacts import resolve_classpath
from newswatch.stack.engine import Launch
from newswatch.stack.java import candidate_homes, find_jdk
from newswatch.stack.model import StackError

MIN_JAVA = 17  # Kafka 4 brokers need Java 17+
HOST = "127.0.0.1"


def kafka_dependencies(stack: StackSettings) -> list[str]:
    """The broker plus a log4j2 binding; without it the broker's own logs go nowhere."""
    return [
        f"org.apache.kafka:kafka_{stack.scala_version}:{stack.kafka_version}",
        f"org.slf4j:slf4j-api:{stack.kafka_slf4j_version}",
        f"org.apache.logging.log4j:log4j-slf4j2-impl:{stack.kafka_log4j_version}",
        f"org.apache.logging.log4j:log4j-core:{stack.kafka_log4j_version}",
    ]


def render_server_properties(stack: StackSettings, data_dir: Path) -> str:
    """Broker+controller config; every internal topic at replication 1 (one node)."""
    port, controller = stack.kafka_port, stack.kafka_controller_port
    props = {
        "process.roles": "broker,controller",
        "node.id": "1",
        "listeners": f"PLAINTEXT://{HOST}:{port},CONTROLLER://{HOST}:{controller}",
        "advertised.listeners": f"PLAINTEXT://{HOST}:{port}",
        "controller.listener.names": "CONTROLLER",
        "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
        "controller.quorum.bootstrap.servers": f"{HOST}:{controller}",
        "log.dirs": str(data_dir),
        "offsets.topic.replication.factor": "1",
        "transaction.state.log.replication.factor": "1",
        "transaction.state.log.min.isr": "1",
        "share.coordinator.state.topic.replication.factor": "1",
        "share.coordinator.state.topic.min.isr": "1",
        "group.initial.rebalance.delay.ms": "0",
    }
    return "".join(f"{key}={value}\n" for key, value in props.items())


def render_log4j2(log_file: Path) -> str:
    """log4j2 properties: a size-rolled file, so a long-running broker cannot fill the disk."""
    return f"""status = warn
appender.file.type = RollingFile
appender.file.name = file
appender.file.fileName = {log_file}
appender.file.filePattern = {log_file}.%i
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = [%d] %p %m (%c)%n
appender.file.policies.type = Policies
appender.file.policies.size.type = SizeBasedTriggeringPolicy
appender.file.policies.size.size = 50MB
appender.file.strategy.type = DefaultRolloverStrategy
appender.file.strategy.max = 3
rootLogger.level = INFO
rootLogger.appenderRef.file.ref = file
"""


def new_cluster_id() -> str:
    """A Kafka cluster id: 22 base64url characters, not starting with '-' (as Kafka's own)."""
    while True:
        cluster_id = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        if not cluster_id.startswith("-"):
            return cluster_id


class KafkaEngine:
    name = "kafka"

    def __init__(self, stack: StackSettings) -> None:
        self.stack = stack
        self.home = stack.home / "kafka"
        self.version = stack.kafka_version
        self.address = f"{HOST}:{stack.kafka_port}"
        self.ports = (stack.kafka_port, stack.kafka_controller_port)
        self.pid_file = self.home / "kafka.pid"
        self.console_log = self.home / "console.log"
        self.log_files = (self.home / "logs" / "server.log", self.console_log)
        self.data_dir = self.home / "data"
        self.lock_files = (self.data_dir / ".lock",)

    def prepare(self) -> Launch:
        stack = self.stack
        jars = resolve_classpath(
            f"kafka_{stack.scala_version}-{stack.kafka_version}",
            kafka_dependencies(stack),
            stack.cache,
        )
        java_home = find_jdk(
            "Kafka", MIN_JAVA, candidate_homes(stack.jdk_roots), stack.kafka_java_home,
            "NEWSWATCH_STACK__KAFKA_JAVA_HOME",
        )
        for folder in (self.data_dir, self.home / "logs"):
            folder.mkdir(parents=True, exist_ok=True)
        properties = self.home / "server.properties"
        properties.write_text(render_server_properties(stack, self.data_dir), encoding="utf-8")
        log4j2 = self.home / "log4j2.properties"
        log4j2.write_text(render_log4j2(self.log_files[0]), encoding="utf-8")
        java = [str(java_home / "bin" / "java"), "-cp", os.pathsep.join(map(str, jars))]
        if not (self.data_dir / "meta.properties").exists():
            self._format(java, properties)
        cmd = [
            java[0], f"-Xms{stack.kafka_heap}", f"-Xmx{stack.kafka_heap}",
            f"-Dlog4j2.configurationFile={log4j2}", *java[1:], "kafka.Kafka", str(properties),
        ]
        return Launch(cmd=cmd, env=dict(os.environ), cwd=self.home)

    def healthy(self) -> bool:
        try:
            socket.create_connection((HOST, self.stack.kafka_port), timeout=1.0).close()
        except OSError:
            return False
        from kafka import KafkaAdminClient
        from kafka.errors import KafkaError

        try:
            admin = KafkaAdminClient(
                bootstrap_servers=self.address, bootstrap_timeout_ms=2000, request_timeout_ms=5000
            )
        except KafkaError:
            return False
        try:
            admin.list_topics()
        except KafkaError:
            return False
        finally:
            admin.close()
        return True

    def _format(self, java: list[str], properties: Path) -> None:
        """Write the KRaft metadata log once; `--standalone` makes this node the sole voter."""
        cmd = [*java, "kafka.tools.StorageTool", "format", "-t", new_cluster_id(),
               "-c", str(properties), "--standalone"]
        done = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise StackError(
                f"formatting Kafka storage in {self.data_dir} failed:\n"
                + (done.stdout + done.stderr).strip()
            )
