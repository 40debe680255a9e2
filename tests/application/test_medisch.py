"""The application stores a medical note beside its fact, and only from a named bedrijfsarts."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

import pytest

from adapters.opslag.dossierbestand import Dossierbestand
from domain.fouten import GeweigerdError, OngeldigVeldError
from domain.medisch import (
    MedischAlleenBedrijfsartsError,
    MedischBijTypeError,
    MedischeAantekening,
    MedischeGegevens,
    valideer_medisch,
)
from domain.waarden import Herkomst
from tests.conftest import HERKOMST, feit, ziekmelding

ARTS = Herkomst(bron="api", geregistreerd_door="dr. Jansen", rol="bedrijfsarts")
GEGEVENS = MedischeGegevens(diagnose="burn-out", behandeling="psycholoog")


def test_aantekening_staat_naast_het_feit(dossiers: Dossierbestand) -> None:
    dossier_id = dossiers.open_dossier(ziekmelding(), HERKOMST)
    analyse = feit("ProbleemanalyseOpgesteld", "2025-02-10", benutbare_mogelijkheden=True)
    positie = dossiers.registreer(dossier_id, analyse, ARTS, medisch=GEGEVENS)
    [(aantekening, sha)] = dossiers.medisch(dossier_id)
    assert (aantekening.positie, aantekening.type_naam) == (positie, "ProbleemanalyseOpgesteld")
    assert aantekening.vastgelegd_door == "dr. Jansen"
    registratie = dossiers.dossier(dossier_id).registraties[positie - 1]
    assert aantekening.vastgelegd_op == registratie.geregistreerd_op
    assert aantekening.sha256 == sha
    assert aantekening.als_json()["diagnose"] == "burn-out"


@pytest.mark.parametrize(
    "herkomst",
    [
        HERKOMST,
        Herkomst(bron="api", geregistreerd_door="m.bakker", rol="casemanager"),
        Herkomst(bron="api", rol="bedrijfsarts"),
    ],
    ids=["zonder-rol", "casemanager", "zonder-naam"],
)
def test_alleen_een_genoemde_bedrijfsarts(dossiers: Dossierbestand, herkomst: Herkomst) -> None:
    dossier_id = dossiers.open_dossier(ziekmelding(), HERKOMST)
    analyse = feit("ProbleemanalyseOpgesteld", "2025-02-10", benutbare_mogelijkheden=True)
    with pytest.raises(MedischAlleenBedrijfsartsError) as fout:
        dossiers.registreer(dossier_id, analyse, herkomst, medisch=GEGEVENS)
    assert fout.value.toets == "medisch_alleen_bedrijfsarts"
    assert dossiers.dossier(dossier_id).version == 1
    assert dossiers.medisch(dossier_id) == []


def test_geweigerd_feit_bewaart_ook_geen_aantekening(dossiers: Dossierbestand) -> None:
    dossier_id = dossiers.open_dossier(ziekmelding(), HERKOMST)
    te_vroeg = feit("ProbleemanalyseOpgesteld", "2024-12-01", benutbare_mogelijkheden=True)
    with pytest.raises(GeweigerdError):
        dossiers.registreer(dossier_id, te_vroeg, ARTS, medisch=GEGEVENS)
    assert dossiers.medisch(dossier_id) == []


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
