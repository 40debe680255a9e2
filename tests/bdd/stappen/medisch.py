"""Steps about medical details: recorded apart by the bedrijfsarts, read by bedrijfsarts and werknemer.

Writes go through the application, as every other step; reads go through the HTTP API with a
token per role, because who may read is decided there (and logged).
"""

from __future__ import annotations

import warnings
from pathlib import Path

from pytest_bdd import parsers, then, when

from adapters.api.app import maak_app
from adapters.api.tokens import ROLLEN, Toegangsconfig, token_hash
from adapters.opslag.medisch import medische_opslag_voor
from adapters.opslag.toegangslog import toegangslog_voor
from adapters.uitwisseling.jsonl import exporteer_lijnen
from domain.fouten import GeweigerdError, NietBevoegdError
from tests.bdd.wereld import Wereld
from tests.conftest import gebruiker, systeem_op

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's TestClient deprecation on the pinned httpx
    from fastapi.testclient import TestClient

# The fewest fields each type needs, so a scenario names only what matters to it.
_MINIMAAL: dict[str, dict[str, str]] = {
    "ProbleemanalyseOpgesteld": {"benutbare_mogelijkheden": "ja"},
    "ContactGehad": {"met": "werknemer"},
    "InterventieIngezet": {"soort": "fysiotherapie"},
    "ActueelOordeelOpgesteld": {},
    "PlanVanAanpakOpgesteld": {"casemanager": "M. Bakker", "doel": "aangepast_werk"},
}


@when(parsers.parse('"{rol}" bij een {type_naam} van "{datum}" de diagnose "{diagnose}" vastlegt'))
def medisch_vastleggen(wereld: Wereld, rol: str, type_naam: str, datum: str, diagnose: str) -> None:
    """Record a fact with a medical part, as ``rol``; a refusal is remembered.

    Voorbeeld: Als "bedrijfsarts" bij een ProbleemanalyseOpgesteld van "2025-02-10" de diagnose "hernia" vastlegt
    """
    wereld.versie_voor = wereld.dossier.version
    wereld.weigering = None
    wie = gebruiker(rol, naam=f"{rol} (specificatie)")
    try:
        invoer = wereld.feit(type_naam, datum, _MINIMAAL.get(type_naam, {}))
        wereld.laatste_positie = systeem_op(wereld.dossiers).dienst.leg_vast(
            wie, wereld.id, invoer, medisch={"diagnose": diagnose}
        )
    except (GeweigerdError, NietBevoegdError) as fout:
        wereld.weigering = fout


@then(parsers.parse('heeft positie {positie:d} een medische aantekening met diagnose "{diagnose}"'))
def aantekening(wereld: Wereld, positie: int, diagnose: str) -> None:
    """The medical note beside the fact at this position.

    Voorbeeld: Dan heeft positie 2 een medische aantekening met diagnose "hernia"
    """
    notities = medische_opslag_voor(wereld.dossiers.recorder).aantekeningen(wereld.id)
    gevonden = {a.positie: (a, sha) for a, sha in notities}
    assert positie in gevonden, f"medische aantekeningen bij posities {sorted(gevonden)}"
    notitie, sha = gevonden[positie]
    assert notitie.gegevens.diagnose == diagnose
    assert notitie.sha256 == sha, "de aantekening klopt niet meer met haar hash"


@then(parsers.parse('staat "{tekst}" nergens in het dossier van de werkgever'))
def niet_in_dossier(wereld: Wereld, tekst: str) -> None:
    """Not in the stored events, the export, the facts or the read model.

    Voorbeeld: En staat "hernia" nergens in het dossier van de werkgever
    """
    opgeslagen = wereld.dossiers.recorder.select_events(wereld.id)
    assert all(tekst.encode() not in bytes(e.state) for e in opgeslagen), "in een gebeurtenis"
    assert all(tekst not in regel for regel in exporteer_lijnen(wereld.dossier)), "in de export"
    assert all(tekst not in str(f) for f in wereld.dossier.feiten), "in de feiten"
    assert all(tekst not in r.feiten_json for r in wereld.dossiers.overzicht()), "in het overzicht"


def _client(wereld: Wereld, map_: Path) -> TestClient:
    """The API on the scenario's store, with a token per role for this dossier's employer."""
    dossier = wereld.dossier
    regels = []
    for rol in ROLLEN:
        regels.append(
            f'[[token]]\nsha256 = "{token_hash(rol)}"\ngebruiker = "{rol}"\nrol = "{rol}"\n'
            f'werkgevers = ["{dossier.werkgever}"]\n'
            + (f'werknemer = "{dossier.werknemer}"\n' if rol == "werknemer" else "")
        )
    pad = map_ / "tokens.toml"
    pad.write_text("\n".join(regels), encoding="utf-8")
    return TestClient(maak_app(systeem_op(wereld.dossiers).dienst, Toegangsconfig.lees(pad)))


@then(parsers.parse('ziet "{rol}" via de API de diagnose "{diagnose}"'))
def ziet_wel(wereld: Wereld, rol: str, diagnose: str, tmp_path: Path) -> None:
    """The role reads the medical notes (200); the access log says so.

    Voorbeeld: Dan ziet "werknemer" via de API de diagnose "hernia"
    """
    antwoord = _client(wereld, tmp_path).get(
        f"/dossiers/{wereld.id}/medisch",
        headers={"Authorization": f"Bearer {rol}", "X-Doel": "inzage"},
    )
    assert antwoord.status_code == 200, antwoord.text
    assert diagnose in [a.get("diagnose") for a in antwoord.json()["aantekeningen"]]
    laatste = toegangslog_voor(wereld.dossiers).voor_dossier(wereld.id)[-1]
    assert (laatste.rol, laatste.actie, laatste.resultaat) == (rol, "medisch_lezen", "toegestaan")


@then(
    parsers.parse(
        'krijgt "{rol}" via de API geen medische gegevens en staat de weigering in het toegangslog'
    )
)
def ziet_niet(wereld: Wereld, rol: str, tmp_path: Path) -> None:
    """The role is refused (403 naming the rule); the refusal is logged.

    Voorbeeld: Dan krijgt "werkgever" via de API geen medische gegevens en staat de weigering in het toegangslog
    """
    antwoord = _client(wereld, tmp_path).get(
        f"/dossiers/{wereld.id}/medisch",
        headers={"Authorization": f"Bearer {rol}", "X-Doel": "inzage"},
    )
    assert antwoord.status_code == 403, antwoord.text
    assert antwoord.json()["fout"]["toets"] == "medisch_alleen_bedrijfsarts_en_werknemer"
    laatste = toegangslog_voor(wereld.dossiers).voor_dossier(wereld.id)[-1]
    assert (laatste.rol, laatste.actie, laatste.resultaat) == (rol, "medisch_lezen", "geweigerd")
