"""Cold start of the command line: ``spoorwijzer termijnen FILE`` against a bare interpreter.

The baseline is ``python -c "import eventsourcing, pydantic"`` in the same run: what any tool on
this stack pays before doing anything.  Both are started as new processes in turns (so a busy
neighbour slows both alike); the figure is the median of each.  Target: at most 2x the baseline.

A third figure is the floor the CLI library sets: a Typer app of one command with a path, a date
and a flag that only prints its argument.  Typer (0.29) coerces every parameter through a pydantic
``TypeAdapter`` and so loads pydantic's schema machinery before any command runs; whatever
Spoorwijzer does comes on top of that floor.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

VOORBEELD = (
    Path(__file__).resolve().parents[1]
    / "tests"
    / "data"
    / "voorbeelden"
    / "05-tweede-spoor-te-laat-gestart"
    / "dossier.jsonl"
)


# The smallest command the CLI library can run: what `termijnen` costs before its own code.
LEGE_TYPER_OPDRACHT = """
import typer
app = typer.Typer()
@app.command()
def termijnen(bestand: str, peildatum: str = "", json: bool = False) -> None:
    print(bestand)
app()
"""


def _duur(opdracht: list[str]) -> float:
    begin = time.perf_counter()
    subprocess.run(opdracht, check=True, capture_output=True)
    return (time.perf_counter() - begin) * 1000


def koude_start(rondes: int = 15) -> list[tuple[str, float, float | None, str]]:
    """Median wall time (ms) of a cold ``termijnen`` and of the baseline, and their ratio."""
    script = str(Path(sys.executable).with_name("spoorwijzer"))
    basis_opdracht = [sys.executable, "-c", "import eventsourcing, pydantic"]
    termijnen = [script, "termijnen", str(VOORBEELD), "--peildatum", "2025-05-01", "--json"]
    hulp = [script, "--help"]
    typer_vloer = [sys.executable, "-c", LEGE_TYPER_OPDRACHT, "x", "--peildatum", "1", "--json"]
    gemeten: dict[str, list[float]] = {"basis": [], "termijnen": [], "hulp": [], "typer": []}
    for opdracht in (basis_opdracht, termijnen, hulp, typer_vloer):
        _duur(opdracht)  # warm the file cache for every variant alike
    for _ in range(rondes):
        gemeten["basis"].append(_duur(basis_opdracht))
        gemeten["termijnen"].append(_duur(termijnen))
        gemeten["hulp"].append(_duur(hulp))
        gemeten["typer"].append(_duur(typer_vloer))
    basis = statistics.median(gemeten["basis"])
    termijn = statistics.median(gemeten["termijnen"])
    return [
        ("koude start: python -c 'import eventsourcing, pydantic'", basis, None, "ms"),
        ("koude start: spoorwijzer --help", statistics.median(gemeten["hulp"]), None, "ms"),
        (
            "koude start: lege Typer-opdracht (vloer van de CLI-bibliotheek), x de basis",
            statistics.median(gemeten["typer"]) / basis,
            None,
            "x",
        ),
        ("koude start: spoorwijzer termijnen FILE --json", termijn, None, "ms"),
        ("koude start termijnen, x de basis", termijn / basis, 2.0, "x"),
    ]
