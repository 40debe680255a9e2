"""Steps that open a dossier and record facts in it, in the words of the process."""

from __future__ import annotations

import json

from pytest_bdd import given, parsers, when

from domain.invoer import tekstwaarde
from tests.bdd.wereld import Wereld

# -- opening ------------------------------------------------------------------------------


@given(
    parsers.parse(
        'een werknemer "{werknemer}" van werkgever "{werkgever}" met eerste ziektedag "{datum}"'
    )
)
def werknemer_meldt_zich_ziek(wereld: Wereld, werknemer: str, werkgever: str, datum: str) -> None:
    """Open a dossier: the sick report arrives on the first sick day.

    Voorbeeld: Gegeven een werknemer "W-001" van werkgever "Hoveniersbedrijf De Linde" met eerste ziektedag "2025-01-06"
    """
    wereld.open(
        wereld.feit(
            "ZiekmeldingOntvangen",
            datum,
            {"eerste_ziektedag": datum, "werknemer": werknemer, "werkgever": werkgever},
        )
    )


@given(parsers.parse('een ziekmelding met eerste ziektedag "{datum}"'))
def ziekmelding(wereld: Wereld, datum: str) -> None:
    """Open a dossier for a default employee and employer.

    Voorbeeld: Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
    """
    werknemer_meldt_zich_ziek(wereld, "W-001", "Hoveniersbedrijf De Linde", datum)


# -- histories as data ---------------------------------------------------------------------


@given("het dossier bevat:")
def dossier_bevat(wereld: Wereld, datatable: list[list[str]]) -> None:
    """Record a history; one row per field, a row with a type starts a new fact.

    Voorbeeld: Gegeven het dossier bevat:
        | type                     | datum      | veld                    | waarde         |
        | ProbleemanalyseOpgesteld | 2025-02-10 | benutbare_mogelijkheden | ja             |
        | PlanVanAanpakOpgesteld   | 2025-02-20 | casemanager             | M. Bakker      |
        |                          |            | doel                    | aangepast_werk |
    """
    for type_naam, datum, velden in wereld.feiten_uit_tabel(datatable):
        wereld.registreer(type_naam, datum, velden)
        assert wereld.weigering is None, f"de voorgeschiedenis is geweigerd: {wereld.weigering}"


@when("het dossier wordt ingelezen:")
def dossier_wordt_ingelezen(wereld: Wereld, datatable: list[list[str]]) -> None:
    """Import a whole dossier from a table, as a file in the exchange format would be.

    Voorbeeld: Als het dossier wordt ingelezen:
        | type                   | datum      | veld              | waarde    |
        | ZiekmeldingOntvangen   | 2025-01-06 | eerste_ziektedag  | 2025-01-06 |
        |                        |            | werknemer         | W-001     |
        |                        |            | werkgever         | De Linde  |
    """
    wereld.lees_in(wereld.feiten_uit_tabel(datatable))


@when("het dossierbestand wordt ingelezen:")
def dossierbestand_wordt_ingelezen(wereld: Wereld, docstring: str) -> None:
    """Import a dossier file written out as JSON Lines, blank lines and white space included.

    For what a table cannot show: blank lines, a value of only spaces, a number where text belongs.

    Voorbeeld: Als het dossierbestand wordt ingelezen:
        \"\"\"
        {"type": "ZiekmeldingOntvangen", "datum": "2025-01-06", "eerste_ziektedag": "2025-01-06", "werknemer": "W-001", "werkgever": "   "}
        \"\"\"
    """
    wereld.lees_bestand_in(docstring)


@given(parsers.parse('"{type_naam}" is vastgelegd op "{datum}"'))
@when(parsers.parse('"{type_naam}" wordt vastgelegd op "{datum}"'))
def type_vastgelegd(wereld: Wereld, type_naam: str, datum: str) -> None:
    """Record a fact without fields of its own, by its type name.

    Voorbeeld: Als "ArbodienstGeinformeerd" wordt vastgelegd op "2025-01-08"
    """
    wereld.registreer(type_naam, datum)


@given(parsers.parse('"{type_naam}" is vastgelegd op "{datum}" met:'))
@when(parsers.parse('"{type_naam}" wordt vastgelegd op "{datum}" met:'))
def type_vastgelegd_met(
    wereld: Wereld, type_naam: str, datum: str, datatable: list[list[str]]
) -> None:
    """Record a fact with fields given as a ``| veld | waarde |`` table.

    Voorbeeld: Als "ReintegratiebureauGekozen" wordt vastgelegd op "2026-02-20" met:
        | veld                  | waarde           |
        | bureau                | Werkfit          |
        | keurmerk_blik_op_werk | ja               |
        | instemming_werknemer  | ja               |
    """
    _kop, *rijen = datatable
    velden = {rij[0].strip(): rij[1].strip() for rij in rijen}
    wereld.registreer(type_naam, datum, velden)


# -- the process in its own words ------------------------------------------------------------


@given(parsers.parse('de bedrijfsarts heeft de probleemanalyse opgesteld op "{datum}"'))
@when(parsers.parse('de bedrijfsarts de probleemanalyse opstelt op "{datum}"'))
def probleemanalyse(wereld: Wereld, datum: str) -> None:
    """A probleemanalyse that sees usable work capacity.

    Voorbeeld: Als de bedrijfsarts de probleemanalyse opstelt op "2025-02-10"
    """
    wereld.registreer("ProbleemanalyseOpgesteld", datum, {"benutbare_mogelijkheden": "ja"})


@given(
    parsers.parse(
        'de bedrijfsarts heeft de probleemanalyse opgesteld op "{datum}" '
        "zonder benutbare mogelijkheden"
    )
)
@when(
    parsers.parse(
        'de bedrijfsarts de probleemanalyse opstelt op "{datum}" zonder benutbare mogelijkheden'
    )
)
def probleemanalyse_zonder_mogelijkheden(wereld: Wereld, datum: str) -> None:
    """A probleemanalyse that sees no usable work capacity.

    Voorbeeld: Als de bedrijfsarts de probleemanalyse opstelt op "2025-02-10" zonder benutbare mogelijkheden
    """
    wereld.registreer("ProbleemanalyseOpgesteld", datum, {"benutbare_mogelijkheden": "nee"})


@given(
    parsers.parse(
        'werkgever en werknemer hebben het plan van aanpak opgesteld op "{datum}" met doel "{doel}"'
    )
)
@when(
    parsers.parse(
        'werkgever en werknemer het plan van aanpak opstellen op "{datum}" met doel "{doel}"'
    )
)
def plan_van_aanpak(wereld: Wereld, datum: str, doel: str) -> None:
    """A plan van aanpak with its goal (eigen_werk, aangepast_werk, ander_werk_intern, ...).

    Voorbeeld: Als werkgever en werknemer het plan van aanpak opstellen op "2025-02-20" met doel "aangepast_werk"
    """
    wereld.registreer("PlanVanAanpakOpgesteld", datum, {"casemanager": "M. Bakker", "doel": doel})


@given(parsers.parse('het plan van aanpak is geëvalueerd op "{datum}"'))
@when(parsers.parse('het plan van aanpak wordt geëvalueerd op "{datum}"'))
def evaluatie(wereld: Wereld, datum: str) -> None:
    """An evaluation of the plan van aanpak.

    Voorbeeld: Als het plan van aanpak wordt geëvalueerd op "2025-03-31"
    """
    wereld.registreer("EvaluatieGehouden", datum)


@given(parsers.parse('de werkgever heeft de werknemer ziek gemeld bij UWV op "{datum}"'))
@when(parsers.parse('de werkgever de werknemer ziek meldt bij UWV op "{datum}"'))
def ziekmelding_uwv(wereld: Wereld, datum: str) -> None:
    """The 42-week notification to UWV.

    Voorbeeld: Als de werkgever de werknemer ziek meldt bij UWV op "2025-10-20"
    """
    wereld.registreer("ZiekmeldingUWVGedaan", datum)


@given(
    parsers.parse(
        'de eerstejaarsevaluatie is gehouden op "{datum}" {oordeel} perspectief bij de eigen '
        "werkgever"
    )
)
@when(
    parsers.parse(
        'de eerstejaarsevaluatie wordt gehouden op "{datum}" {oordeel} perspectief bij de eigen '
        "werkgever"
    )
)
def eerstejaarsevaluatie(wereld: Wereld, datum: str, oordeel: str) -> None:
    """The first-year evaluation, "met" or "zonder" prospects at the own employer.

    Voorbeeld: Als de eerstejaarsevaluatie wordt gehouden op "2025-12-15" zonder perspectief bij de eigen werkgever
    """
    assert oordeel in ("met", "zonder"), f'schrijf "met" of "zonder", niet {oordeel!r}'
    wereld.registreer(
        "EerstejaarsevaluatieGehouden",
        datum,
        {"perspectief_eigen_werkgever": "ja" if oordeel == "met" else "nee"},
    )


@given(parsers.parse('het tweede spoor is gestart op "{datum}"'))
@when(parsers.parse('het tweede spoor start op "{datum}"'))
def tweede_spoor(wereld: Wereld, datum: str) -> None:
    """Track 2 starts.

    Voorbeeld: Als het tweede spoor start op "2026-01-20"
    """
    wereld.registreer("Spoor2Gestart", datum)


@given(parsers.parse('de werknemer heeft zich hersteld gemeld per "{datum}"'))
@when(parsers.parse('de werknemer zich hersteld meldt per "{datum}"'))
def herstel(wereld: Wereld, datum: str) -> None:
    """Full recovery; the date is the first fit day.

    Voorbeeld: Als de werknemer zich hersteld meldt per "2025-07-04"
    """
    wereld.registreer("HerstelGemeld", datum)


@given(parsers.parse('de werknemer heeft zich opnieuw ziek gemeld per "{datum}"'))
@when(parsers.parse('de werknemer zich opnieuw ziek meldt per "{datum}"'))
def terugval(wereld: Wereld, datum: str) -> None:
    """A relapse; the date is the first sick day again.

    Voorbeeld: Als de werknemer zich opnieuw ziek meldt per "2025-07-25"
    """
    wereld.registreer("ZiekteTeruggemeld", datum)


@given(parsers.parse('UWV heeft een loonsanctie van {weken} weken opgelegd op "{datum}"'))
@when(parsers.parse('UWV een loonsanctie van {weken} weken oplegt op "{datum}"'))
def loonsanctie(wereld: Wereld, weken: str, datum: str) -> None:
    """UWV extends the wage period.

    Voorbeeld: Als UWV een loonsanctie van 52 weken oplegt op "2026-11-01"
    """
    wereld.registreer("LoonsanctieOpgelegd", datum, {"weken": weken})


@given(
    parsers.parse(
        'werkgever en werknemer hebben de wachttijd op "{datum}" vrijwillig verlengd tot '
        '"{einddatum}"'
    )
)
@when(
    parsers.parse(
        'werkgever en werknemer de wachttijd op "{datum}" vrijwillig verlengen tot "{einddatum}"'
    )
)
def vrijwillige_verlenging(wereld: Wereld, datum: str, einddatum: str) -> None:
    """A voluntary extension of the waiting period (WIA art. 24).

    Voorbeeld: Als werkgever en werknemer de wachttijd op "2026-10-01" vrijwillig verlengen tot "2027-06-30"
    """
    wereld.registreer("WachttijdVrijwilligVerlengd", datum, {"nieuwe_einddatum": einddatum})


# -- corrections -------------------------------------------------------------------------------


@when(parsers.parse('positie {positie:d} wordt gecorrigeerd op "{datum}" omdat "{reden}":'))
def corrigeer(
    wereld: Wereld, positie: int, datum: str, reden: str, datatable: list[list[str]]
) -> None:
    """Correct fields of an earlier recording (a new fact; the original stays in the history).

    Voorbeeld: Als positie 2 wordt gecorrigeerd op "2025-03-01" omdat "verkeerde datum overgenomen":
        | veld  | waarde     |
        | datum | 2025-02-10 |
    """
    _kop, *rijen = datatable
    typen = {r.positie: r.type_naam for r in wereld.dossier.registraties}
    doeltype = typen.get(positie, "")  # an unknown position is left for the domain to refuse
    velden = {
        rij[0].strip(): tekstwaarde(doeltype, rij[0].strip(), rij[1].strip()) for rij in rijen
    }
    wereld.registreer(
        "RegistratieGecorrigeerd",
        datum,
        {"betreft": str(positie), "reden": reden, "velden": json.dumps(velden)},
    )


@when(parsers.parse('positie {positie:d} wordt ingetrokken op "{datum}" omdat "{reden}"'))
def trek_in(wereld: Wereld, positie: int, datum: str, reden: str) -> None:
    """Withdraw an earlier recording (a new fact; the original stays in the history).

    Voorbeeld: Als positie 3 wordt ingetrokken op "2025-03-01" omdat "dubbel ingevoerd"
    """
    wereld.registreer("RegistratieIngetrokken", datum, {"betreft": str(positie), "reden": reden})
