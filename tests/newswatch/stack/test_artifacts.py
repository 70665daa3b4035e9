import stat
import zipfile
from pathlib import Path

import pytest

from newswatch.stack.artifacts import extract_zip, resolve_archive, resolve_classpath
from newswatch.stack.model import StackError


def test_extract_zip_keeps_the_executable_bit(tmp_path: Path) -> None:
    archive = tmp_path / "dist.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        script = zipfile.ZipInfo("engine-1.0/bin/engine")
        script.external_attr = (stat.S_IFREG | 0o755) << 16
        zf.writestr(script, "#!/bin/sh\necho hi\n")
        config = zipfile.ZipInfo("engine-1.0/config/engine.yml")
        config.external_attr = (stat.S_IFREG | 0o644) << 16
        zf.writestr(config, "a: 1\n")
    extract_zip(archive, tmp_path / "out")
    assert stat.S_IMODE((tmp_path / "out/engine-1.0/bin/engine").stat().st_mode) == 0o755
    assert stat.S_IMODE((tmp_path / "out/engine-1.0/config/engine.yml").stat().st_mode) == 0o644


def test_a_cached_classpath_is_used_without_maven(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))  # no mvn: any call to it would fail
    jar = tmp_path / "lib.jar"
    jar.write_bytes(b"PK")
    (tmp_path / "engine-1").mkdir()
    (tmp_path / "engine-1" / "classpath.txt").write_text(str(jar))
    assert resolve_classpath("engine-1", ["g:a:1"], tmp_path) == [jar]


def test_a_classpath_with_a_missing_jar_is_resolved_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    (tmp_path / "engine-1").mkdir()
    (tmp_path / "engine-1" / "classpath.txt").write_text(str(tmp_path / "gone.jar"))
    with pytest.raises(StackError, match=r"Maven \(`mvn`\) is needed to fetch g:a:1"):
        resolve_classpath("engine-1", ["g:a:1"], tmp_path)


def test_an_unpacked_archive_is_reused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    (tmp_path / "engine-2.0" / "engine-2.0" / "bin").mkdir(parents=True)
    unpacked = tmp_path / "engine-2.0" / "engine-2.0"
    assert resolve_archive("org.example:engine:2.0:zip", tmp_path) == unpacked
