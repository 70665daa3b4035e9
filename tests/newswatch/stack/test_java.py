from pathlib import Path

import pytest

from newswatch.stack.java import find_jdk, java_major, jdk_major
from newswatch.stack.model import StackError


def make_jdk(root: Path, name: str, version: str) -> Path:
    home = root / name
    (home / "bin").mkdir(parents=True)
    (home / "bin" / "java").write_text("#!/bin/sh\n")
    (home / "release").write_text(f'IMPLEMENTOR="Test"\nJAVA_VERSION="{version}"\n')
    return home


@pytest.mark.parametrize(
    ("text", "major"),
    [
        ('JAVA_VERSION="17.0.15"\n', 17),
        ('IMPLEMENTOR="Eclipse Adoptium"\nJAVA_VERSION="25.0.3"\n', 25),
        ('JAVA_VERSION="21"\n', 21),
        ('JAVA_VERSION="1.8.0_392"\n', 8),
        ('JAVA_VERSION="22-ea"\n', 22),
        ('OS_NAME="Linux"\n', None),
        ('JAVA_VERSION="banana"\n', None),
    ],
)
def test_java_major_reads_the_release_file(text: str, major: int | None) -> None:
    assert java_major(text) == major


def test_a_folder_without_bin_java_is_not_a_jdk(tmp_path: Path) -> None:
    home = make_jdk(tmp_path, "broken", "21.0.1")
    (home / "bin" / "java").unlink()
    assert jdk_major(home) is None


def test_picks_the_oldest_jdk_that_is_new_enough_whatever_the_folder_names(tmp_path: Path) -> None:
    # Names lie on purpose: the version comes from each release file.
    candidates = [
        make_jdk(tmp_path, "java-25-looking", "17.0.15"),
        make_jdk(tmp_path, "newest", "25.0.3"),
        make_jdk(tmp_path, "jdk-17-looking", "21.0.5"),
    ]
    chosen = find_jdk("Elasticsearch", 21, candidates, None, "NEWSWATCH_STACK__ES_JAVA_HOME")
    assert chosen == tmp_path / "jdk-17-looking"
    assert find_jdk("Kafka", 17, candidates, None, "X") == tmp_path / "java-25-looking"


def test_no_jdk_new_enough_is_a_clear_error_naming_the_setting(tmp_path: Path) -> None:
    candidates = [make_jdk(tmp_path, "old", "17.0.15"), tmp_path / "not-a-jdk"]
    with pytest.raises(StackError, match=r"Java 21 or newer.*NEWSWATCH_STACK__ES_JAVA_HOME"):
        find_jdk("Elasticsearch", 21, candidates, None, "NEWSWATCH_STACK__ES_JAVA_HOME")


def test_override_wins_but_must_be_new_enough(tmp_path: Path) -> None:
    old = make_jdk(tmp_path, "old", "17.0.15")
    new = make_jdk(tmp_path, "new", "25.0.3")
    assert find_jdk("Kafka", 17, [new], old, "NEWSWATCH_STACK__KAFKA_JAVA_HOME") == old
    with pytest.raises(StackError, match="NEWSWATCH_STACK__ES_JAVA_HOME"):
        find_jdk("Elasticsearch", 21, [new], old, "NEWSWATCH_STACK__ES_JAVA_HOME")
