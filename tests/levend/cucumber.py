"""Helpers that write feature files and cucumber JSON in pytest-bdd 9.0.1's exact format.

The format was taken from a real ``--cucumberjson`` run (see ``test_van_begin_tot_eind``):
one object per feature file with ``uri`` = ``<map>/<bestand>.feature``; one element per
scenario *instance* (outline rows share the outline's ``line`` and differ in ``id``); only the
steps that ran, each with ``result.status`` ``passed``/``failed``; the first failing step
carries the pytest traceback in ``error_message``, the steps after it ``failed`` with ``""``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any


def lijn(tekst: str, fragment: str, na: int = 0) -> int:
    """The 1-based line number of the first line after line ``na`` that contains ``fragment``."""
    for nummer, regel in enumerate(tekst.splitlines(), start=1):
        if nummer > na and fragment in regel:
            return nummer
    raise AssertionError(f"{fragment!r} staat niet in de feature")


def schrijf_feature(map_: Path, naam: str, tekst: str) -> Path:
    """Write ``<map_>/<naam>/<naam>.feature`` (the project's layout)."""
    pad = map_ / naam / f"{naam}.feature"
    pad.parent.mkdir(parents=True, exist_ok=True)
    pad.write_text(tekst, encoding="utf-8")
    return pad


def stap(
    tekst: str,
    feature: str,
    trefwoord: str,
    status: str = "passed",
    fout: str | None = None,
    na: int = 0,
) -> dict[str, Any]:
    """A step result; its line is looked up in the feature text (after line ``na``)."""
    resultaat: dict[str, Any] = {"status": status, "duration": 51234}
    if fout is not None:
        resultaat["error_message"] = fout
    return {
        "keyword": trefwoord,
        "name": tekst,
        "line": lijn(feature, f"{trefwoord} {tekst}", na),
        "match": {"location": ""},
        "result": resultaat,
    }


def element(
    test_id: str,
    naam: str,
    regel: int,
    stappen: list[dict[str, Any]],
    trefwoord: str = "Scenario",
) -> dict[str, Any]:
    """A scenario element."""
    return {
        "keyword": trefwoord,
        "id": test_id,
        "name": naam,
        "line": regel,
        "description": "",
        "tags": [],
        "type": "scenario",
        "steps": stappen,
    }


def feature_json(uri: str, naam: str, elementen: list[dict[str, Any]]) -> dict[str, Any]:
    """A feature object of the cucumber JSON."""
    return {
        "keyword": "Functionaliteit",
        "uri": uri,
        "name": naam,
        "id": uri,
        "line": 3,
        "description": "",
        "language": "nl",
        "tags": [{"name": "probleemanalyse", "line": 2}],
        "elements": elementen,
    }
