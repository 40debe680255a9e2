"""The three attacks found on the entry points, run again as a user would, on every store.

1. A werkgever rebinds a dossier to another werknemer by correcting the ziekmelding, so that the
   other werknemer reads the first one's medical notes.
2. A casemanager of employer B imports a file whose later line moves the dossier to employer A.
3. A werkgever imports a file with facts only the bedrijfsarts or UWV may record.

Each is refused with a 4xx (the CLI with exit 5), stores nothing, and leaves the medical notes
where they belong.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from uuid import UUID

import pytest

from adapters.cli import app as cli_app
from adapters.cli.gemeen import Cli
from adapters.opslag.dossierbestand import Dossierbestand
from domain.dienst import werknemer_op
from tests.api.conftest import ANDER, EIGEN, TestClient, kop, ziekmelding_json
from tests.conftest import HERKOMST, Opslag, feit, gebruiker, systeem_op

DIAGNOSE = "hernia nuclei pulposi L5-S1"
Opener = Callable[..., str]


@pytest.fixture
def dossiers(opslag: Opslag) -> Dossierbestand:
    """Each attack runs on memory, SQLite and PostgreSQL."""
    return opslag.app


def _versie(dossiers: Dossierbestand, dossier_id: str) -> int:
    return dossiers.dossier(UUID(dossier_id)).version


def _importeer(client: TestClient, regels: list[dict[str, Any]], rol: str, werkgever: str) -> Any:
    return client.post(
        "/dossiers/import",
        content="\n".join(json.dumps(r) for r in regels).encode(),
        headers={**kop(rol, werkgever), "Content-Type": "application/x-ndjson"},
    )


def test_aanval_1_omgebonden_werknemer_leest_geen_medische_gegevens(
    client: TestClient, open_dossier: Opener, dossiers: Dossierbestand
) -> None:
    dossier_id = open_dossier()
    analyse = {
        "type": "ProbleemanalyseOpgesteld",
        "datum": "2025-02-10",
        "benutbare_mogelijkheden": True,
        "medisch": {"diagnose": DIAGNOSE},
    }
    assert (
        client.post(
            f"/dossiers/{dossier_id}/feiten", json=analyse, headers=kop("bedrijfsarts")
        ).status_code
        == 201
    )
    correctie = {
        "type": "RegistratieGecorrigeerd",
        "datum": "2025-02-11",
        "betreft": 1,
        "reden": "andere werknemer",
        "velden": {"werknemer": "W-002"},
    }
    for rol in ("werkgever", "casemanager"):
        antwoord = client.post(f"/dossiers/{dossier_id}/feiten", json=correctie, headers=kop(rol))
        assert antwoord.status_code == 403, antwoord.text
        assert antwoord.json()["fout"]["toets"] == "corrigeren_werknemer"
        assert antwoord.json()["fout"]["veld"] == "velden.werknemer"
    # Also in the exchange form, with the corrected field at the top level.
    bovenaan = {**correctie, "werknemer": "W-002"}
    del bovenaan["velden"]
    antwoord = client.post(f"/dossiers/{dossier_id}/feiten", json=bovenaan, headers=kop())
    assert antwoord.status_code == 403
    assert _versie(dossiers, dossier_id) == 2

    # The real werknemer still reads their dossier and their diagnosis.
    medisch = client.get(f"/dossiers/{dossier_id}/medisch", headers=kop("werknemer"))
    assert medisch.status_code == 200
    assert [a["diagnose"] for a in medisch.json()["aantekeningen"]] == [DIAGNOSE]


def test_medische_gegevens_volgen_nooit_een_omgebonden_dossier(dossiers: Dossierbestand) -> None:
    """A history that already holds a rebinding (transferred from another system, or recorded
    before the rule): a note stays with the werknemer it was recorded for."""
    dienst = systeem_op(dossiers).dienst
    dossier_id = dienst.open_dossier(gebruiker("werkgever"), feit(**_ziekmelding("W-001")))
    analyse = feit("ProbleemanalyseOpgesteld", "2025-02-10", benutbare_mogelijkheden=True)
    dienst.leg_vast(gebruiker("bedrijfsarts"), dossier_id, analyse, medisch={"diagnose": DIAGNOSE})
    # Written below the application layer, as a migration of old data would.
    dossiers.registreer(
        dossier_id,
        feit(
            "RegistratieGecorrigeerd",
            "2025-02-11",
            betreft=1,
            reden="omgebonden in het oude systeem",
            velden={"werknemer": "W-002"},
        ),
        HERKOMST,
    )
    dossier = dossiers.dossier(dossier_id)
    assert dossier.werknemer == "W-002"
    assert werknemer_op(dossier, 2) == "W-001"
    nieuwe = gebruiker("werknemer", werknemer="W-002")
    _, gezien = dienst.medische_aantekeningen(nieuwe, dossier_id)
    assert gezien == []
    _, arts = dienst.medische_aantekeningen(gebruiker("bedrijfsarts"), dossier_id)
    assert [a.gegevens.diagnose for a, _ in arts] == [DIAGNOSE]


def _ziekmelding(werknemer: str) -> dict[str, Any]:
    return {
        "type_naam": "ZiekmeldingOntvangen",
        "datum": "2025-01-06",
        "eerste_ziektedag": "2025-01-06",
        "werknemer": werknemer,
        "werkgever": EIGEN,
    }


def test_aanval_2_import_verplaatst_geen_dossier_naar_een_andere_werkgever(
    client: TestClient, dossiers: Dossierbestand
) -> None:
    regels = [
        ziekmelding_json(ANDER),
        {
            "type": "RegistratieGecorrigeerd",
            "datum": "2025-01-07",
            "betreft": 1,
            "reden": "verhuisd",
            "werkgever": EIGEN,
        },
    ]
    antwoord = _importeer(client, regels, "casemanager", ANDER)
    assert antwoord.status_code == 403, antwoord.text
    fout = antwoord.json()["fout"]
    assert (fout["toets"], fout["regel"]) == ("werkgever_in_reikwijdte", 2)
    assert dossiers.overzicht() == []
    # The same correction as a single fact is refused alike.
    geopend = client.post(
        "/dossiers", json=ziekmelding_json(ANDER), headers=kop("casemanager", ANDER)
    )
    assert geopend.status_code == 201
    dossier_id = geopend.json()["dossier_id"]
    enkel = client.post(
        f"/dossiers/{dossier_id}/feiten", json=regels[1], headers=kop("casemanager", ANDER)
    )
    assert enkel.status_code == 403
    assert enkel.json()["fout"]["toets"] == "werkgever_in_reikwijdte"
    assert _versie(dossiers, dossier_id) == 1


def test_aanval_3_import_volgt_de_roltabel(client: TestClient, dossiers: Dossierbestand) -> None:
    regels = [
        ziekmelding_json(EIGEN),
        {"type": "ArbodienstGeinformeerd", "datum": "2025-01-08"},
        {
            "type": "ProbleemanalyseOpgesteld",
            "datum": "2025-02-10",
            "benutbare_mogelijkheden": True,
        },
        {"type": "LoonsanctieOpgelegd", "datum": "2025-03-01", "weken": 52},
    ]
    antwoord = _importeer(client, regels, "werkgever", EIGEN)
    assert antwoord.status_code == 403, antwoord.text
    fout = antwoord.json()["fout"]
    assert (fout["toets"], fout["regel"]) == ("bevoegd_ProbleemanalyseOpgesteld", 3)
    zonder_analyse = [regels[0], regels[1], regels[3]]
    antwoord = _importeer(client, zonder_analyse, "werkgever", EIGEN)
    assert antwoord.status_code == 403
    assert (antwoord.json()["fout"]["toets"], antwoord.json()["fout"]["regel"]) == (
        "bevoegd_LoonsanctieOpgelegd",
        3,
    )
    assert dossiers.overzicht() == []
    # The beheerder transfers such a file whole (every line still checked by the domain).
    assert _importeer(client, regels, "beheerder", EIGEN).status_code == 201


def test_aanval_3_ook_niet_via_de_cli(dossiers: Dossierbestand, tmp_path: Any) -> None:
    from typer.testing import CliRunner

    bestand = tmp_path / "dossier.jsonl"
    bestand.write_text(
        json.dumps(ziekmelding_json(EIGEN))
        + "\n\n"
        + json.dumps({"type": "LoonsanctieOpgelegd", "datum": "2025-03-01", "weken": 52})
        + "\n",
        encoding="utf-8",
    )
    resultaat = CliRunner().invoke(
        cli_app,
        ["--rol", "werkgever", "dossier", "importeer", str(bestand)],
        obj=Cli(systeem=systeem_op(dossiers)),
        env={"SPOORWIJZER_GEBRUIKER": "w.gever"},
    )
    assert resultaat.exit_code == 5, resultaat.stderr
    assert "regel 3" in resultaat.stderr  # the physical line: the blank line counts
    assert "bevoegd_LoonsanctieOpgelegd" in resultaat.stderr
    assert dossiers.overzicht() == []
