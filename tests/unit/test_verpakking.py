"""What a non-editable install ships: every module and every data file the code reads.

setuptools finds packages by their ``__init__.py`` and ships data files only when
``[tool.setuptools.package-data]`` names them. A package without ``__init__.py`` or a template
outside the globs works in the checkout and breaks after ``pip install .`` (as ``adapters.cli``
once did); these tests catch that in the checkout.
"""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

WORTEL = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((WORTEL / "pyproject.toml").read_text(encoding="utf-8"))
PAKKETTEN = ("domain", "adapters", "simulation")


def _bestanden(*, python: bool) -> list[Path]:
    gevonden: list[Path] = []
    for naam in PAKKETTEN:
        for pad in (WORTEL / naam).rglob("*"):
            if not pad.is_file() or "__pycache__" in pad.parts:
                continue
            if (pad.suffix == ".py") == python:
                gevonden.append(pad)
    return gevonden


def test_packages_are_found_from_the_three_roots() -> None:
    gevonden = PYPROJECT["tool"]["setuptools"]["packages"]["find"]["include"]
    assert sorted(gevonden) == sorted(f"{naam}*" for naam in PAKKETTEN)


def test_every_directory_with_modules_is_a_package() -> None:
    zonder = sorted(
        str(pad.parent.relative_to(WORTEL))
        for pad in _bestanden(python=True)
        if not (pad.parent / "__init__.py").exists()
    )
    assert zonder == [], f"no __init__.py, so not installed: {sorted(set(zonder))}"


def test_every_data_file_is_named_in_package_data() -> None:
    globs: dict[str, list[str]] = PYPROJECT["tool"]["setuptools"]["package-data"]
    niet_verpakt: list[str] = []
    for pad in _bestanden(python=False):
        relatief = pad.relative_to(WORTEL)
        verpakt = False
        for pakket, patronen in globs.items():
            map_ = Path(*pakket.split("."))
            if relatief.is_relative_to(map_):
                binnen = relatief.relative_to(map_).as_posix()
                verpakt = verpakt or any(fnmatch.fnmatch(binnen, p) for p in patronen)
        if not verpakt:
            niet_verpakt.append(relatief.as_posix())
    assert niet_verpakt == [], f"not in [tool.setuptools.package-data]: {niet_verpakt}"
