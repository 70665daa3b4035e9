"""Build hook: with ``NEWSWATCH_COMPILE=1`` the extraction core is compiled to C extensions by
mypyc (the same typed Python, about 1.5 times faster); without it the package installs as
plain Python. The Docker image and ``make compiled`` build it so; the modules compiled are
``[tool.mypy] files`` in pyproject.toml, which ``make lint`` type-checks."""

import os
import tomllib
from pathlib import Path

from setuptools import setup


def _compiled_modules() -> list:
    if os.environ.get("NEWSWATCH_COMPILE") != "1":
        return []
    from mypyc.build import mypycify

    pyproject = tomllib.loads(Path(__file__).with_name("pyproject.toml").read_text())
    return mypycify(pyproject["tool"]["mypy"]["files"], opt_level="3")


setup(ext_modules=_compiled_modules())
