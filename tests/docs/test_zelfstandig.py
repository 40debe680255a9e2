"""A fresh clone explains itself: no file in the repository points at the shared folder beside it.

The product contract and the legal reference live outside the repository while the project is
being built; what the repository needs of them is in ``docs/regels.md`` and
``docs/uitwisselformaat.md``.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OVERGESLAGEN = {".git", ".venv", "var", "reports", ".mypy_cache", ".ruff_cache", ".pytest_cache"}
VERBODEN = ("../shared", "/work/shared")


def _tekstbestanden() -> list[Path]:
    bestanden = []
    te_doen = [ROOT]
    while te_doen:
        map_ = te_doen.pop()
        for pad in map_.iterdir():
            if pad.name in OVERGESLAGEN or pad.name.endswith(".egg-info"):
                continue
            if pad.is_dir():
                te_doen.append(pad)
            elif pad.suffix in {".md", ".py", ".toml", ".feature", ".txt", ".cfg", ".sh", ""}:
                bestanden.append(pad)
    return bestanden


def test_no_file_points_outside_the_repository() -> None:
    gevonden = []
    for pad in _tekstbestanden():
        try:
            tekst = pad.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        for nummer, regel in enumerate(tekst.splitlines(), start=1):
            if any(v in regel for v in VERBODEN) and pad != Path(__file__).resolve():
                gevonden.append(f"{pad.relative_to(ROOT)}:{nummer}: {regel.strip()}")
    assert gevonden == []
