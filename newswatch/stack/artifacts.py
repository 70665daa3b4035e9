"""Engines fetched from Maven Central by artifact name into a cache outside the work tree.

Maven does the downloading (mirrors, proxies and checksums as the user configured them);
its local repository lives inside the cache so one folder holds everything and a second
run finds it all without asking the network. Results are published by rename, so an
interrupted run leaves nothing half-written behind a "done" marker.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import zipfile
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

from newswatch.logs import get_logger
from newswatch.stack.model import StackError

log = get_logger(__name__)

_OUTPUT_TAIL_LINES = 40


def render_pom(name: str, dependencies: Sequence[str]) -> str:
    """A pom whose only job is to list `group:artifact:version` coordinates to resolve."""
    deps = []
    for coordinate in dependencies:
        group, artifact, version = coordinate.split(":")
        deps.append(
            "    <dependency>"
            f"<groupId>{escape(group)}</groupId>"
            f"<artifactId>{escape(artifact)}</artifactId>"
            f"<version>{escape(version)}</version>"
            "</dependency>"
        )
    body = "\n".join(deps)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>newswatch.stack</groupId>
  <artifactId>{escape(name)}</artifactId>
  <version>0</version>
  <packaging>pom</packaging>
  <dependencies>
{body}
  </dependencies>
</project>
"""


def resolve_classpath(name: str, dependencies: Sequence[str], cache: Path) -> list[Path]:
    """The runtime classpath (jars in the cached Maven repository) of `dependencies`."""
    workdir = cache / name
    classpath_file = workdir / "classpath.txt"
    jars = _read_classpath(classpath_file)
    if jars:
        return jars
    workdir.mkdir(parents=True, exist_ok=True)
    pom = workdir / "pom.xml"
    pom.write_text(render_pom(name, dependencies), encoding="utf-8")
    partial = workdir / f"classpath.txt.{os.getpid()}"
    log.info("resolving from Maven", artifacts=", ".join(dependencies), cache=str(cache))
    _mvn(
        cache,
        ["-f", str(pom), "dependency:build-classpath", "-Dmdep.includeScope=runtime",
         f"-Dmdep.outputFile={partial}"],
        what=", ".join(dependencies),
    )
    partial.replace(classpath_file)
    jars = _read_classpath(classpath_file)
    if not jars:
        raise StackError(f"Maven resolved an empty classpath for {', '.join(dependencies)}")
    return jars


def resolve_archive(coordinate: str, cache: Path) -> Path:
    """Download the zip `group:artifact:version:zip` and unpack it; returns its top folder."""
    group, artifact, version, packaging = coordinate.split(":")
    target = cache / f"{artifact}-{version}"
    if target.is_dir():
        return _single_child(target)
    log.info("resolving from Maven", artifact=coordinate, cache=str(cache))
    _mvn(cache, ["dependency:get", f"-Dartifact={coordinate}", "-Dtransitive=false"],
         what=coordinate)
    archive = (
        maven_repository(cache).joinpath(*group.split("."))
        / artifact / version / f"{artifact}-{version}.{packaging}"
    )
    partial = cache / f".{target.name}.{os.getpid()}"
    shutil.rmtree(partial, ignore_errors=True)
    extract_zip(archive, partial)
    try:
        partial.replace(target)
    except OSError:  # another process published it first
        shutil.rmtree(partial)
        if not target.is_dir():
            raise
    return _single_child(target)


def maven_repository(cache: Path) -> Path:
    return cache / "maven"


def extract_zip(archive: Path, dest: Path) -> None:
    """Unpack keeping the Unix modes (zipfile drops them, and bin/ scripts need +x)."""
    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            path = Path(zf.extract(info, dest))
            mode = info.external_attr >> 16
            if mode and not info.is_dir():
                path.chmod(stat.S_IMODE(mode))


def _single_child(folder: Path) -> Path:
    children = [c for c in folder.iterdir() if c.is_dir()]
    if len(children) != 1:
        raise StackError(f"{folder} should hold exactly one unpacked folder; remove it and retry")
    return children[0]


def _read_classpath(path: Path) -> list[Path]:
    if not path.is_file():
        return []
    jars = [Path(p) for p in path.read_text(encoding="utf-8").strip().split(os.pathsep) if p]
    return jars if all(j.is_file() for j in jars) else []


def _mvn(cache: Path, args: list[str], what: str) -> None:
    mvn = shutil.which("mvn")
    if mvn is None:
        raise StackError(f"Maven (`mvn`) is needed to fetch {what}; install it (apt install maven)")
    cache.mkdir(parents=True, exist_ok=True)
    cmd = [mvn, "-B", "-q", f"-Dmaven.repo.local={maven_repository(cache)}", *args]
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=cache, check=False)
    if done.returncode != 0:
        output = (done.stdout + done.stderr).strip().splitlines()[-_OUTPUT_TAIL_LINES:]
        raise StackError(
            f"could not resolve {what} from Maven (exit {done.returncode}):\n" + "\n".join(output)
        )
