"""A single-node Elasticsearch on loopback, security off (local development and tests)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import yaml

from newswatch.settings import StackSettings
from newswatch.stack.artifacts import resolve_archive
from newswatch.stack.engine import Launch
from newswatch.stack.java import candidate_homes, find_jdk
from newswatch.stack.users import check_reachable, give_to, run_as_for

MIN_JAVA = 21  # Elasticsearch 9 needs Java 21+
HOST = "127.0.0.1"
CLUSTER_NAME = "newswatch-local"
HEALTHY = ("green", "yellow")  # yellow: replicas cannot be placed on a single node


def distribution_coordinate(stack: StackSettings) -> str:
    """The integ-test zip: the only server distribution Maven Central serves."""
    group = "org.elasticsearch.distribution.integ-test-zip"
    return f"{group}:elasticsearch:{stack.elasticsearch_version}:zip"


def render_elasticsearch_yml(stack: StackSettings, data_dir: Path, logs_dir: Path) -> str:
    settings = {
        "cluster.name": CLUSTER_NAME,
        "node.name": "newswatch-1",
        "network.host": HOST,
        "http.port": stack.es_port,
        "transport.port": stack.es_transport_port,
        "discovery.type": "single-node",
        "path.data": str(data_dir),
        "path.logs": str(logs_dir),
        "xpack.security.enabled": False,
        # A developer's nearly full disk must not turn indices read-only mid-test.
        "cluster.routing.allocation.disk.threshold_enabled": False,
    }
    return yaml.safe_dump(settings, sort_keys=False)


class ElasticsearchEngine:
    name = "elasticsearch"

    def __init__(self, stack: StackSettings) -> None:
        self.stack = stack
        self.home = stack.home / "elasticsearch"
        self.version = stack.elasticsearch_version
        self.address = f"http://{HOST}:{stack.es_port}"
        self.ports = (stack.es_port, stack.es_transport_port)
        self.pid_file = self.home / "elasticsearch.pid"
        self.console_log = self.home / "console.log"
        self.logs_dir = self.home / "logs"
        self.data_dir = self.home / "data"
        self.log_files = (self.logs_dir / f"{CLUSTER_NAME}.log", self.console_log)
        self.lock_files = (self.data_dir / "node.lock",)

    def prepare(self) -> Launch:
        stack = self.stack
        dist = resolve_archive(distribution_coordinate(stack), stack.cache)
        java_home = find_jdk(
            "Elasticsearch", MIN_JAVA, candidate_homes(stack.jdk_roots), stack.es_java_home,
            "NEWSWATCH_STACK__ES_JAVA_HOME",
        )
        config_dir, tmp_dir = self.home / "config", self.home / "tmp"
        for folder in (self.data_dir, self.logs_dir, tmp_dir):
            folder.mkdir(parents=True, exist_ok=True)
        # ES_PATH_CONF keeps our settings out of the shared, read-only distribution.
        shutil.copytree(dist / "config", config_dir, dirs_exist_ok=True)
        (config_dir / "elasticsearch.yml").write_text(
            render_elasticsearch_yml(stack, self.data_dir, self.logs_dir), encoding="utf-8"
        )
        run_as = run_as_for(stack.es_run_as)
        if run_as is not None:
            check_reachable(run_as, [self.home, dist, java_home])
            give_to(run_as, self.home)
        env = {
            **os.environ,
            "ES_JAVA_HOME": str(java_home),
            "ES_PATH_CONF": str(config_dir),
            "ES_JAVA_OPTS": f"-Xms{stack.es_heap} -Xmx{stack.es_heap}",
            "ES_TMPDIR": str(tmp_dir),
        }
        # -q: no console copy of the log (it has its own rolled files under logs/).
        cmd = [str(dist / "bin" / "elasticsearch"), "-q"]
        return Launch(cmd=cmd, env=env, cwd=self.home, run_as=run_as)

    def healthy(self) -> bool:
        import httpx

        try:
            response = httpx.get(f"{self.address}/_cluster/health", timeout=2.0)
            return response.status_code == 200 and response.json().get("status") in HEALTHY
        except (httpx.HTTPError, ValueError):
            return False
