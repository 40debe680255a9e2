"""Medical details: stored apart, recorded by the bedrijfsarts, read by bedrijfsarts and werknemer.

Runs on memory, SQLite and PostgreSQL.  Every refusal is a 403 that names the rule and is kept
in the access log; the medical text never reaches the events, the read model, an export or the
dossier view.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID

import pytest
from fastapi.testclient import TestClient

from adapters.api.tokens import ROLLEN
from adapters.opslag.dossierbestand import Dossierbestand
from adapters.opslag.medisch import medische_opslag_voor
from adapters.opslag.toegangslog import toegangslog_voor
from domain.bevoegdheden import MEDISCH_LEZERS
from tests.api.conftest import ANDER, kop
from tests.conftest import Opslag

Opener = Callable[..., str]

DIAGNOSE = "hernia nuclei pulposi L5-S1"
BEHANDELING = "fysiotherapie, 2x per week"
ANALYSE_MET_MEDISCH: dict[str, Any] = {
    "type": "ProbleemanalyseOpgesteld",
    "datum": "2025-02-10",
    "benutbare_mogelijkheden": True,
    "toelichting": "kan zittend werk doen, niet tillen boven 5 kg",
    "medisch": {"diagnose": DIAGNOSE, "behandeling": BEHANDELING},
}


@pytest.fixture
def dossiers(opslag: Opslag) -> Dossierbestand:
    """Each test runs on every store (PostgreSQL under ``make test``)."""
    return opslag.app


@pytest.fixture
def met_medisch(client: TestClient, open_dossier: Opener) -> str:
    """A dossier with a probleemanalyse whose medical part the bedrijfsarts recorded."""
    dossier_id = open_dossier()
    antwoord = client.post(
        f"/dossiers/{dossier_id}/feiten", json=ANALYSE_MET_MEDISCH, headers=kop("bedrijfsarts")
    )
    assert antwoord.status_code == 201, antwoord.text
    return dossier_id


@pytest.mark.parametrize("rol", sorted(MEDISCH_LEZERS))
def test_bedrijfsarts_en_werknemer_lezen_de_medische_gegevens(
    client: TestClient, met_medisch: str, rol: str
) -> None:
    antwoord = client.get(f"/dossiers/{met_medisch}/medisch", headers=kop(rol))
    assert antwoord.status_code == 200, antwoord.text
    [aantekening] = antwoord.json()["aantekeningen"]
    assert aantekening["positie"] == 2
    assert aantekening["type"] == "ProbleemanalyseOpgesteld"
    assert aantekening["diagnose"] == DIAGNOSE
    assert aantekening["behandeling"] == BEHANDELING
    assert aantekening["vastgelegd_door"] == "bedrijfsarts@Hoveniersbedrijf De Linde"
    assert aantekening["ongeschonden"] is True
    assert len(aantekening["sha256"]) == 64


@pytest.mark.parametrize("rol", sorted(set(ROLLEN) - MEDISCH_LEZERS))
def test_andere_rollen_krijgen_403_en_de_weigering_staat_in_het_log(
    client: TestClient, met_medisch: str, dossiers: Dossierbestand, rol: str
) -> None:
    antwoord = client.get(f"/dossiers/{met_medisch}/medisch", headers=kop(rol))
    assert antwoord.status_code == 403
    fout = antwoord.json()["fout"]
    assert fout["toets"] == "medisch_alleen_bedrijfsarts_en_werknemer"
    assert "AVG art. 9" in fout["reden"]
    assert DIAGNOSE not in antwoord.text
    log = toegangslog_voor(dossiers).voor_dossier(UUID(met_medisch))
    [regel] = [r for r in log if r.rol == rol and r.actie == "medisch_lezen"]
    assert regel.resultaat == "geweigerd"
    assert regel.toelichting == f"rol {rol} mag geen medische gegevens inzien"


def test_een_lezing_van_medische_gegevens_staat_in_het_log(
    client: TestClient, met_medisch: str, dossiers: Dossierbestand
) -> None:
    client.get(f"/dossiers/{met_medisch}/medisch", headers=kop("werknemer", doel="inzage"))
    regel = toegangslog_voor(dossiers).voor_dossier(UUID(met_medisch))[-1]
    assert (regel.actie, regel.rol, regel.doel, regel.resultaat) == (
        "medisch_lezen",
        "werknemer",
        "inzage",
        "toegestaan",
    )


def test_bedrijfsarts_van_een_andere_werkgever_ziet_niets(
    client: TestClient, met_medisch: str
) -> None:
    antwoord = client.get(f"/dossiers/{met_medisch}/medisch", headers=kop("bedrijfsarts", ANDER))
    assert antwoord.status_code == 404


def test_werknemer_ziet_alleen_eigen_dossiers(
    client: TestClient, open_dossier: Opener, met_medisch: str
) -> None:
    ander = open_dossier(werknemer="W-002")
    assert client.get(f"/dossiers/{ander}", headers=kop("werknemer")).status_code == 404
    assert client.get(f"/dossiers/{ander}/medisch", headers=kop("werknemer")).status_code == 404
    assert client.get(f"/dossiers/{met_medisch}", headers=kop("werknemer")).status_code == 200
    signalen = client.get(
        "/signalen", params={"peildatum": "2025-06-01", "binnen": 400}, headers=kop("werknemer")
    ).json()
    assert {s["dossier_id"] for s in signalen["signalen"]} == {met_medisch}


@pytest.mark.parametrize("rol", ["werkgever", "casemanager", "reintegratiebedrijf"])
def test_alleen_de_bedrijfsarts_legt_medische_gegevens_vast(
    client: TestClient, open_dossier: Opener, dossiers: Dossierbestand, rol: str
) -> None:
    dossier_id = open_dossier()
    feit = {
        "type": "ContactGehad",
        "datum": "2025-01-20",
        "met": "werknemer",
        "medisch": {"diagnose": DIAGNOSE},
    }
    antwoord = client.post(f"/dossiers/{dossier_id}/feiten", json=feit, headers=kop(rol))
    assert antwoord.status_code == 403
    assert antwoord.json()["fout"]["toets"] == "medisch_alleen_bedrijfsarts"
    assert antwoord.json()["fout"]["veld"] == "medisch"
    assert dossiers.dossier(UUID(dossier_id)).version == 1
    assert medische_opslag_voor(dossiers.recorder).aantekeningen(UUID(dossier_id)) == []
    regel = toegangslog_voor(dossiers).voor_dossier(UUID(dossier_id))[-1]
    assert (regel.actie, regel.rol, regel.resultaat) == ("vastleggen", rol, "geweigerd")


@pytest.mark.parametrize(
    ("medisch", "veld", "toets"),
    [
        ({"diagnose": DIAGNOSE, "bloeddruk": "140/90"}, "medisch.bloeddruk", "geldig_veld"),
        ({}, "medisch", "geldig_veld"),
        ({"diagnose": "  "}, "medisch", "geldig_veld"),
        ("griep", "medisch", "geldig_veld"),
        ({"diagnose": 42}, "medisch.diagnose", "geldig_veld"),
    ],
)
def test_ongeldig_medisch_deel_is_422_en_slaat_niets_op(
    client: TestClient,
    open_dossier: Opener,
    dossiers: Dossierbestand,
    medisch: object,
    veld: str,
    toets: str,
) -> None:
    dossier_id = open_dossier()
    antwoord = client.post(
        f"/dossiers/{dossier_id}/feiten",
        json={**ANALYSE_MET_MEDISCH, "medisch": medisch},
        headers=kop("bedrijfsarts"),
    )
    assert antwoord.status_code == 422, antwoord.text
    assert (antwoord.json()["fout"]["veld"], antwoord.json()["fout"]["toets"]) == (veld, toets)
    assert dossiers.dossier(UUID(dossier_id)).version == 1


def test_medisch_deel_bij_een_correctie_is_422(
    client: TestClient, met_medisch: str, dossiers: Dossierbestand
) -> None:
    correctie = {
        "type": "RegistratieGecorrigeerd",
        "datum": "2025-02-12",
        "betreft": 2,
        "reden": "datum",
        "velden": {"datum": "2025-02-11"},
        "medisch": {"diagnose": "iets anders"},
    }
    antwoord = client.post(
        f"/dossiers/{met_medisch}/feiten", json=correctie, headers=kop("bedrijfsarts")
    )
    assert antwoord.status_code == 422
    assert antwoord.json()["fout"]["toets"] == "medisch_bij_type"
    assert dossiers.dossier(UUID(met_medisch)).version == 2


def test_medische_tekst_staat_nergens_anders(
    client: TestClient, met_medisch: str, dossiers: Dossierbestand
) -> None:
    """Not in the events, the read model, the dossier view, its history or its export."""
    for pad in ("", "/geschiedenis", "/export", "/verplichtingen", "/toets"):
        antwoord = client.get(f"/dossiers/{met_medisch}{pad}", headers=kop("bedrijfsarts"))
        assert antwoord.status_code == 200
        assert DIAGNOSE not in antwoord.text
        assert BEHANDELING not in antwoord.text
    opgeslagen = [bytes(s.state) for s in dossiers.recorder.select_events(UUID(met_medisch))]
    assert len(opgeslagen) == 2
    assert not any(DIAGNOSE.encode() in state for state in opgeslagen)
    assert not any(DIAGNOSE in rij.feiten_json for rij in dossiers.overzicht())
    toon = client.get(f"/dossiers/{met_medisch}", headers=kop("werkgever")).json()
    assert toon["feiten"][1]["toelichting"] == "kan zittend werk doen, niet tillen boven 5 kg"


def test_opnieuw_geopend_leest_de_aantekening_met_kloppende_hash(
    client: TestClient, met_medisch: str, opslag: Opslag
) -> None:
    opnieuw = opslag.opnieuw()
    [(aantekening, sha)] = medische_opslag_voor(opnieuw.recorder).aantekeningen(UUID(met_medisch))
    assert aantekening.gegevens.diagnose == DIAGNOSE
    assert aantekening.sha256 == sha
