"""Steps about who may record what: a role, in its own scope, through the application layer.

Every step acts as a user of the dossier's employer (a werknemer bound to the dossier's
werknemer); refusals are remembered like any other, so the outcome steps of
``weigering.py`` apply.
"""

from __future__ import annotations

from typing import Any

from pytest_bdd import parsers, then, when

from adapters.uitwisseling.jsonl import lees_invoer, lijnen
from domain.bevoegdheden import Gebruiker
from domain.fouten import GeweigerdError, NietBevoegdError
from tests.bdd.wereld import Wereld
from tests.conftest import systeem_op

WERKGEVER = "Hoveniersbedrijf De Linde"
"""The employer of the default dossier (``een ziekmelding met eerste ziektedag``)."""

_MINIMAAL: dict[str, dict[str, str]] = {
    "ProbleemanalyseOpgesteld": {"benutbare_mogelijkheden": "ja"},
    "LoonsanctieOpgelegd": {"weken": "12"},
    "ContactGehad": {"met": "werknemer"},
    "ArbeidsdeskundigOnderzoekUitgevoerd": {"advies": "spoor1"},
    "DeskundigenoordeelOntvangen": {"uitkomst": "passend"},
}
"""The fewest fields each type needs, so a scenario names only who records it."""


def _gebruiker(wereld: Wereld, rol: str) -> Gebruiker:
    werkgever = wereld.dossier.werkgever if wereld.dossier_id is not None else WERKGEVER
    werknemer = wereld.dossier.werknemer if wereld.dossier_id is not None else "W-001"
    return Gebruiker(
        naam=f"{rol} (specificatie)",
        rol=rol,  # type: ignore[arg-type]
        ingang="api",
        werkgevers=frozenset({werkgever}),
        werknemer=werknemer if rol == "werknemer" else None,
        doel="re-integratiebegeleiding",
    )


def _als(wereld: Wereld, rol: str, type_naam: str, datum: str, velden: dict[str, Any]) -> None:
    wereld.versie_voor = wereld.dossier.version
    wereld.weigering = None
    try:
        invoer = wereld.feit(type_naam, datum, velden, wereld._doeltype(velden))
        wereld.laatste_positie = systeem_op(wereld.dossiers).dienst.leg_vast(
            _gebruiker(wereld, rol), wereld.id, invoer
        )
    except (GeweigerdError, NietBevoegdError) as fout:
        wereld.weigering = fout


@when(parsers.parse('"{rol}" een {type_naam} van "{datum}" vastlegt'))
def rol_legt_vast(wereld: Wereld, rol: str, type_naam: str, datum: str) -> None:
    """Record a fact (with the fewest fields its type needs) as a user in ``rol``.

    Voorbeeld: Als "werkgever" een ProbleemanalyseOpgesteld van "2025-02-10" vastlegt
    """
    _als(wereld, rol, type_naam, datum, dict(_MINIMAAL.get(type_naam, {})))


@when(parsers.parse('"{rol}" op "{datum}" positie {positie:d} corrigeert: {veld} wordt "{waarde}"'))
def rol_corrigeert(
    wereld: Wereld, rol: str, datum: str, positie: int, veld: str, waarde: str
) -> None:
    """Correct one field of an earlier recording, as a user in ``rol``.

    Voorbeeld: Als "werkgever" op "2025-02-11" positie 1 corrigeert: werknemer wordt "W-002"
    """
    velden = {"betreft": str(positie), "reden": "specificatie", veld: waarde}
    _als(wereld, rol, "RegistratieGecorrigeerd", datum, velden)


@when(parsers.parse('"{rol}" het dossierbestand importeert:'))
def rol_importeert(wereld: Wereld, rol: str, docstring: str) -> None:
    """Import a whole file (JSON Lines, as written) as a user in ``rol`` of its employer.

    Voorbeeld: Als "werkgever" het dossierbestand importeert:
        \"\"\"
        {"type": "ZiekmeldingOntvangen", "datum": "2025-01-06", "eerste_ziektedag": "2025-01-06", "werknemer": "W-001", "werkgever": "Hoveniersbedrijf De Linde"}
        \"\"\"
    """
    wereld.weigering = None
    try:
        dossier = systeem_op(wereld.dossiers).dienst.importeer(
            _gebruiker(wereld, rol), lees_invoer(lijnen(docstring))
        )
        wereld.dossier_id = dossier.id
    except (GeweigerdError, NietBevoegdError) as fout:
        wereld.weigering = fout


@then(parsers.parse("staat het dossier in de opslag met {aantal:d} feiten"))
def dossier_opgeslagen(wereld: Wereld, aantal: int) -> None:
    """The dossier just imported is stored whole: this many recordings.

    Voorbeeld: Dan staat het dossier in de opslag met 3 feiten
    """
    assert wereld.weigering is None, f"geweigerd: {wereld.weigering}"
    assert wereld.dossiers.dossier(wereld.id).version == aantal
