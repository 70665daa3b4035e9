"""Finding a JDK new enough for an engine, by the version it declares, not by its folder name."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterable
from pathlib import Path

from newswatch.stack.model import StackError

_JAVA_VERSION = re.compile(r'^JAVA_VERSION="?([^"\s]+)"?', re.MULTILINE)


def java_major(release_text: str) -> int | None:
    """Major version from a JDK `release` file: "17.0.15" -> 17, "1.8.0_392" -> 8."""
    match = _JAVA_VERSION.search(release_text)
    if match is None:
        return None
    parts = re.split(r"[._+-]", match.group(1))
    try:
        major = int(parts[0])
        return int(parts[1]) if major == 1 and len(parts) > 1 else major
    except ValueError:
        return None


def jdk_major(home: Path) -> int | None:
    """The major version of the JDK at `home`, or None when it is not a usable JDK."""
    try:
        release = (home / "release").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    if not (home / "bin" / "java").is_file():
        return None
    return java_major(release)


def candidate_homes(roots: Iterable[Path]) -> list[Path]:
    """JAVA_HOME, the JDK behind `java` on PATH, then every JDK folder under `roots`."""
    found: list[Path] = []
    if os.environ.get("JAVA_HOME"):
        found.append(Path(os.environ["JAVA_HOME"]))
    java = shutil.which("java")
    if java:
        found.append(Path(java).resolve().parent.parent)
    for root in roots:
        if root.is_dir():
            for child in sorted(root.iterdir()):
                mac_home = child / "Contents" / "Home"
                found.append(mac_home if mac_home.is_dir() else child)
    unique: dict[Path, Path] = {}
    for home in found:
        unique.setdefault(home.resolve(), home)
    return list(unique.values())


def find_jdk(engine: str, minimum: int, candidates: Iterable[Path], override: Path | None,
             setting: str) -> Path:
    """The JDK to run `engine` with: `override` if set, else the oldest one >= `minimum`.

    The oldest qualifying JDK is the one closest to what the engine was built and tested
    on; newer JDKs remove features (the security manager, old flags) engines may still use.
    """
    if override is not None:
        major = jdk_major(override)
        if major is None or major < minimum:
            raise StackError(
                f"{setting}={override} is not a JDK {minimum}+ (found: {major or 'no JDK'})"
            )
        return override
    usable = sorted(
        (major, str(home), home)
        for home in candidates
        if (major := jdk_major(home)) is not None and major >= minimum
    )
    if not usable:
        raise StackError(
            f"{engine} needs Java {minimum} or newer and none was found (looked at JAVA_HOME, "
            f"`java` on PATH and the stack's jdk_roots); install one or set {setting}"
        )
    return usable[0][2]
