"""The installed package holds every subpackage and the resources."""

from __future__ import annotations

import tomllib

from tests.conftest import ROOT


def test_every_package_is_listed_in_pyproject():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "newsroom").rglob("__init__.py")
    }
    assert found <= listed, f"add to pyproject.toml: {sorted(found - listed)}"
    assert "newsroom.resources" in listed


def test_resources_are_reachable_as_a_package():
    from importlib.resources import files

    assert files("newsroom.resources").joinpath("__init__.py").is_file()
