"""The unprivileged account Elasticsearch runs under when newswatch is run as root.

Elasticsearch refuses to start as root. Rather than asking root users to set up an
account and permissions by hand, the stack creates a no-login system user and checks up
front that it can reach every path the engine needs, so a bad location fails with a
message naming the folder instead of an AccessDenied deep inside the JVM's log.
"""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import stat
import subprocess
from collections.abc import Collection
from pathlib import Path

from newswatch.logs import get_logger
from newswatch.stack.model import StackError
from newswatch.stack.processes import RunAs

log = get_logger(__name__)


def run_as_for(user: str) -> RunAs | None:
    """The account to drop to: `user` (created if missing) when we are root, else None."""
    if os.geteuid() != 0:
        return None
    try:
        entry = pwd.getpwnam(user)
    except KeyError:
        _create_system_user(user)
        entry = pwd.getpwnam(user)
    return RunAs(user=user, uid=entry.pw_uid, gid=entry.pw_gid)


def _supplementary_gids(run_as: RunAs) -> set[int]:
    return {run_as.gid} | {g.gr_gid for g in grp.getgrall() if run_as.user in g.gr_mem}


def unreachable_ancestor(path: Path, uid: int, gids: Collection[int]) -> Path | None:
    """The first folder on the way to `path` that `uid` may not enter, or None.

    Only the permission bits are read (no ACLs): enough to catch the usual culprits,
    /root and pytest's /tmp/pytest-of-root, both mode 0700.
    """
    for folder in [*reversed(path.absolute().parents), path.absolute()]:
        try:
            st = folder.stat()
        except FileNotFoundError:
            return None  # the rest will be created by us, with modes we choose
        if not stat.S_ISDIR(st.st_mode):
            continue
        if st.st_uid == uid:
            allowed = st.st_mode & stat.S_IXUSR
        elif st.st_gid in gids:
            allowed = st.st_mode & stat.S_IXGRP
        else:
            allowed = st.st_mode & stat.S_IXOTH
        if not allowed:
            return folder
    return None


def check_reachable(run_as: RunAs, paths: Collection[Path]) -> None:
    """Fail clearly when `run_as` cannot traverse to one of `paths`."""
    gids = _supplementary_gids(run_as)
    for path in paths:
        blocker = unreachable_ancestor(path, run_as.uid, gids)
        if blocker is not None:
            mode = stat.S_IMODE(blocker.stat().st_mode)
            raise StackError(
                f"Elasticsearch runs as user {run_as.user!r}, which cannot enter {blocker} "
                f"(mode {mode:04o}) on the way to {path}; choose another stack home/cache "
                "(NEWSWATCH_STACK__HOME, NEWSWATCH_STACK__CACHE) or open that folder"
            )


def give_to(run_as: RunAs, folder: Path) -> None:
    """Make `folder` and everything in it owned by `run_as`."""
    os.chown(folder, run_as.uid, run_as.gid)
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            os.chown(Path(root) / name, run_as.uid, run_as.gid, follow_symlinks=False)


def _create_system_user(user: str) -> None:
    useradd = shutil.which("useradd")
    if useradd is None:
        raise StackError(f"user {user!r} is missing and `useradd` is not available to create it")
    cmd = [useradd, "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", user]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise StackError(f"could not create system user {user!r}: {done.stderr.strip()}")
    log.warning("created system user to run Elasticsearch (it refuses to run as root)", user=user)
