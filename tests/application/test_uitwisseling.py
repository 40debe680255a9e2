"""Exported files carry a hash chain; a changed, removed or reordered line is refused on import."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import pytest

from adapters.opslag.dossierbestand import Dossierbestand
from adapters.uitwisseling.jsonl import BEGIN_HASH, exporteer_lijnen, ketenhash, lees_invoer
from domain.fouten import OngeldigVeldError
from tests.conftest import HERKOMST

VOORBEELD = Path(__file__).parents[1] / "data" / "voorbeelden" / "05-tweede-spoor-te-laat-gestart"


@pytest.fixture
def export(dossiers: Dossierbestand) -> list[str]:
    regels = (VOORBEELD / "dossier.jsonl").read_text(encoding="utf-8").splitlines()
    dossier_id = dossiers.importeer(lees_invoer(regels), HERKOMST)
    return list(exporteer_lijnen(dossiers.dossier(dossier_id)))


def test_an_unchanged_export_imports_and_links_every_line(export: list[str]) -> None:
    regels = [json.loads(r) for r in export]

    assert regels[0]["vorige_hash"] == BEGIN_HASH
    for vorige, huidige in pairwise(regels):
        assert huidige["vorige_hash"] == vorige["hash"]
    assert all(r["hash"] == ketenhash(r) for r in regels)
    assert len(lees_invoer(export)) == len(export)


def test_a_changed_field_is_refused_naming_the_line(export: list[str]) -> None:
    regels = list(export)
    derde = json.loads(regels[2])
    derde["datum"] = "2024-04-09"
    regels[2] = json.dumps(derde)

    with pytest.raises(OngeldigVeldError, match=r"^regel 3 .*veld 'hash'.*gewijzigd"):
        lees_invoer(regels)


def test_a_removed_line_is_refused(export: list[str]) -> None:
    with pytest.raises(OngeldigVeldError, match=r"^regel 4 .*vorige_hash"):
        lees_invoer(export[:3] + export[4:])


def test_swapped_lines_are_refused(export: list[str]) -> None:
    regels = list(export)
    regels[4], regels[5] = regels[5], regels[4]

    with pytest.raises(OngeldigVeldError, match=r"^regel 5 .*vorige_hash"):
        lees_invoer(regels)


def test_a_line_without_hash_in_a_hashed_file_is_refused(export: list[str]) -> None:
    regels = list(export)
    tweede = json.loads(regels[1])
    del tweede["hash"]
    regels[1] = json.dumps(tweede)

    with pytest.raises(OngeldigVeldError, match=r"^regel 2 .*ketenhash"):
        lees_invoer(regels)


def test_an_edited_export_imports_as_new_input_once_the_hashes_are_removed(
    export: list[str],
) -> None:
    regels = []
    for tekst in export:
        regel = json.loads(tekst)
        del regel["hash"], regel["vorige_hash"]
        regels.append(json.dumps(regel))
    derde = json.loads(regels[2])
    derde["datum"] = "2024-04-09"
    regels[2] = json.dumps(derde)

    invoeren = lees_invoer(regels)

    assert invoeren[2].datum.isoformat() == "2024-04-09"
