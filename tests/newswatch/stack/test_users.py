import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from newswatch.stack.users import unreachable_ancestor

OTHER_UID, OTHER_GID = 54321, 54321  # an account that owns nothing here


@pytest.fixture
def open_tmp() -> Iterator[Path]:
    """A folder everyone may reach (pytest's tmp_path sits under a 0700 folder)."""
    folder = Path(tempfile.mkdtemp(prefix="newswatch-users-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder)


def test_a_0700_folder_on_the_way_blocks_another_user(open_tmp: Path) -> None:
    private = open_tmp / "private"
    target = private / "stack" / "elasticsearch"
    target.mkdir(parents=True)
    private.chmod(0o700)
    assert unreachable_ancestor(target, OTHER_UID, {OTHER_GID}) == private


def test_world_traversable_path_is_reachable(open_tmp: Path) -> None:
    target = open_tmp / "open" / "stack"
    target.mkdir(parents=True)
    for folder in (open_tmp / "open", target):
        folder.chmod(0o755)
    assert unreachable_ancestor(target, OTHER_UID, {OTHER_GID}) is None


def test_owner_and_group_bits_count_for_owner_and_group(open_tmp: Path) -> None:
    target = open_tmp / "mine"
    target.mkdir()
    target.chmod(0o710)
    stat = target.stat()
    assert unreachable_ancestor(target, stat.st_uid, {OTHER_GID}) is None
    assert unreachable_ancestor(target, OTHER_UID, {stat.st_gid}) is None
    target.chmod(0o700)
    assert unreachable_ancestor(target, OTHER_UID, {stat.st_gid}) == target


def test_folders_still_to_be_created_do_not_block(open_tmp: Path) -> None:
    assert unreachable_ancestor(open_tmp / "new" / "stack", OTHER_UID, {OTHER_GID}) is None
