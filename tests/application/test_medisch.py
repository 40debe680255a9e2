"""The application layer stores a medical note beside its fact, and only from the bedrijfsarts."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

import pytest

from domain.dienst import Dossierdienst
from domain.fouten import GeweigerdError, NietBevoegdError, OngeldigVeldError
from domain.medisch import (
    MedischAlleenBedrijfsartsError,
    MedischBijTypeError,
    MedischeAantekening,
    MedischeGegevens,
    valideer_medisch,
    weiger_medisch_zonder_bedrijfsarts,
)
from domain.waarden import Herkomst
from tests.conftest import feit, gebruiker, ziekmelding

ARTS = gebruiker("bedrijfsarts", naam="dr. Jansen")
GEGEVENS = MedischeGegevens(diagnose="burn-out", behandeling="psycholoog")
ANALYSE = {"diagnose": "burn-out", "behandeling": "psycholoog"}


def _geopend(dienst: Dossierdienst) -> UUID:
    return dienst.open_dossier(gebruiker("werkgever"), ziekmelding())


def test_aantekening_staat_naast_het_feit(dienst: Dossierdienst) -> None:
    dossier_id = _geopend(dienst)
    analyse = feit("ProbleemanalyseOpgesteld", "2025-02-10", benutbare_mogelijkheden=True)
    positie = dienst.leg_vast(ARTS, dossier_id, analyse, medisch=ANALYSE)
    [(aantekening, sha)] = dienst.medisch.aantekeningen(dossier_id)
    assert (aantekening.positie, aantekening.type_naam) == (positie, "ProbleemanalyseOpgesteld")
    assert aantekening.vastgelegd_door == "dr. Jansen"
    registratie = dienst.dossiers.dossier(dossier_id).registraties[positie - 1]
    assert aantekening.vastgelegd_op == registratie.geregistreerd_op
    assert aantekening.sha256 == sha
    assert aantekening.als_json()["diagnose"] == "burn-out"


@pytest.mark.parametrize("rol", ["casemanager", "werkgever", "reintegratiebedrijf"])
def test_alleen_de_bedrijfsarts(dienst: Dossierdienst, rol: str) -> None:
    dossier_id = _geopend(dienst)
    contact = feit("ContactGehad", "2025-02-10", met="werknemer")
    wie = gebruiker(rol)
    with pytest.raises(NietBevoegdError) as fout:
        dienst.leg_vast(wie, dossier_id, contact, medisch=ANALYSE)
    assert fout.value.toets == "medisch_alleen_bedrijfsarts"
    assert dienst.dossiers.dossier(dossier_id).version == 1
    assert dienst.medisch.aantekeningen(dossier_id) == []


def test_de_domeinregel_eist_een_genoemde_bedrijfsarts() -> None:
    for herkomst in (
        Herkomst(bron="api", geregistreerd_door="test"),
        Herkomst(bron="api", geregistreerd_door="m.bakker", rol="casemanager"),
        Herkomst(bron="api", rol="bedrijfsarts"),
    ):
        with pytest.raises(MedischAlleenBedrijfsartsError):
            weiger_medisch_zonder_bedrijfsarts(herkomst)


def test_geweigerd_feit_bewaart_ook_geen_aantekening(dienst: Dossierdienst) -> None:
    dossier_id = _geopend(dienst)
    te_vroeg = feit("ProbleemanalyseOpgesteld", "2024-12-01", benutbare_mogelijkheden=True)
    with pytest.raises(GeweigerdError):
        dienst.leg_vast(ARTS, dossier_id, te_vroeg, medisch=ANALYSE)
    assert dienst.medisch.aantekeningen(dossier_id) == []


def test_valideer_medisch_noemt_type_en_veld() -> None:
    with pytest.raises(MedischBijTypeError) as bij_type:
        valideer_medisch("PlanVanAanpakOpgesteld", {"diagnose": "x"})
    assert bij_type.value.veld == "medisch"
    with pytest.raises(OngeldigVeldError) as te_lang:
        valideer_medisch("ContactGehad", {"toelichting": "x" * 20_001})
    assert te_lang.value.veld == "medisch.toelichting"


def test_hash_hangt_niet_af_van_de_tijdzone() -> None:
    moment = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    basis: dict[str, Any] = {
        "dossier_id": UUID(int=7),
        "positie": 2,
        "type_naam": "ContactGehad",
        "datum": moment.date(),
        "gegevens": GEGEVENS,
        "vastgelegd_door": "dr. Jansen",
    }
    utc = MedischeAantekening(**basis, vastgelegd_op=moment)
    nl = MedischeAantekening(**basis, vastgelegd_op=moment.astimezone(ZoneInfo("Europe/Amsterdam")))
    assert utc.sha256 == nl.sha256
