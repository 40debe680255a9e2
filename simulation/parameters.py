"""Scenario parameters: one pydantic model per TOML section, every key documented and checked.

Dekt: what a policy analyst can vary.  Unknown or mistyped keys are refused with the key's
dotted path (``beleid.spoor2_start``), so a typo never silently runs the baseline.

Sources for the defaults (published figures; also listed in ``simulation/scenarios/basis.toml``):

* sickness duration: lognormal with P(> 42 days) = 0.11 (ArboNed 2019) and P(> 294 days)
  = 0.01 (about 80k 42-week cases a year over ~8M employees at 1.0-1.5 reports a year), which
  gives mu = 1.5675 and sigma = 1.7694 for ln(days); of the 42-week cases about 23% are still
  sick at day 728, close to the ~25% that apply for WIA (UWV Kennisverslag 2018-7);
* RIV test: 11% of tested reports get a loonsanctie, more when steps were missed (UWV 2018);
* track-2 placement: no reliable employer rate; UWV placement trajectories 27-46% (UWV 2018).
"""

from __future__ import annotations

import hashlib
import tomllib
from datetime import date
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError

from domain.regels import REGELS, dagnummer

EENHEDEN = (
    "gevallen",
    "datum",
    "dagen",
    "ziektedag",
    "week",
    "ja/nee",
    "kans",
    "per 1.000 gevallen",
    "gewicht",
    "getal",
    "keuze",
    "tekst",
)
"""The units a scenario key can have (how the reports show its value)."""


def _veld(standaard: Any, label: str, eenheid: str, uitleg: str, **grenzen: Any) -> Any:
    """A scenario key: default, bounds, and for people a Dutch label, unit and explanation.

    The label is the field's ``title``, the explanation (with its source, or "aanname" when
    there is none) its ``description`` and the unit goes in the JSON schema; the reports build
    their scenario table from these.
    """
    assert eenheid in EENHEDEN, eenheid
    return Field(
        standaard,
        title=label,
        description=uitleg,
        json_schema_extra={"eenheid": eenheid},
        **grenzen,
    )


_AANNAME = "aanname van het model, geen bron"
_LOGNORMAAL = (
    "ln(ziekteduur in dagen) is normaal verdeeld; de standaard geeft P(> 42 dagen) = 0,11 "
    "(ArboNed 2019) en P(> 294 dagen) = 0,01 (UWV Kennisverslag 2018-7)"
)
_NALEVING = "kans dat de werkgever (of de bedrijfsarts) deze verplichting op tijd nakomt; "
_HERSTEL = "gewicht van deze route bij terugkeer binnen het eerste spoor (genormaliseerd); "


class _Deel(BaseModel, frozen=True, extra="forbid"):
    """A section of the scenario: no unknown keys."""


class Cohort(_Deel):
    """Who falls sick and when."""

    aantal: int = _veld(
        1000,
        "Aantal gevallen",
        "gevallen",
        "gevallen per replicatie (te overschrijven met --gevallen)",
        ge=1,
        le=10_000_000,
    )
    startdatum: date = _veld(
        date(2025, 1, 6), "Startdatum", "datum", "de vroegst mogelijke eerste ziektedag"
    )
    instroom_dagen: int = _veld(
        365,
        "Instroomperiode",
        "dagen",
        "de eerste ziektedagen liggen gelijkmatig verdeeld over zoveel dagen vanaf de startdatum",
        ge=1,
    )
    alleen_langdurig: bool = _veld(
        True,
        "Alleen langdurig zieken",
        "ja/nee",
        "alleen gevallen die na de uiterste dag van de probleemanalyse (dag 42) nog ziek zijn: "
        "de poortwachtergevallen",
    )
    deelcohort: int = _veld(
        5000,
        "Deelcohort",
        "gevallen",
        "gevallen die samen gesimuleerd worden; de gedeelde capaciteit schaalt mee",
        ge=100,
    )


class Ziekteduur(_Deel):
    """Lognormal sickness duration in calendar days (defaults: see the module docstring)."""

    mu: float = _veld(1.5675, "Ziekteduur: mu", "getal", _LOGNORMAAL + "; mu is het gemiddelde")
    sigma: float = _veld(
        1.7694, "Ziekteduur: sigma", "getal", _LOGNORMAAL + "; sigma is de spreiding", gt=0
    )


class Capaciteit(_Deel):
    """Capacity per 1,000 cases in the (sub)cohort, and service times in days."""

    bedrijfsartsen_per_1000: float = _veld(
        6.0,
        "Bedrijfsartsen",
        "per 1.000 gevallen",
        "spreekuren die tegelijk kunnen lopen, per 1.000 gevallen in het (deel)cohort; " + _AANNAME,
        gt=0,
    )
    spreekuur_dagen: float = _veld(
        2.0,
        "Duur van een spreekuur",
        "dagen",
        "gemiddelde duur van een consult voor de probleemanalyse; " + _AANNAME,
        gt=0,
    )
    arbeidsdeskundigen_per_1000: float = _veld(
        3.0,
        "Arbeidsdeskundigen",
        "per 1.000 gevallen",
        "onderzoeken die tegelijk kunnen lopen, per 1.000 gevallen; " + _AANNAME,
        gt=0,
    )
    onderzoek_dagen: float = _veld(
        10.0,
        "Duur van een arbeidsdeskundig onderzoek",
        "dagen",
        "gemiddelde duur; " + _AANNAME,
        gt=0,
    )
    bureaus_per_1000: float = _veld(
        8.0,
        "Re-integratiebureaus",
        "per 1.000 gevallen",
        "tweedespoortrajecten die tegelijk kunnen lopen, per 1.000 gevallen; " + _AANNAME,
        gt=0,
    )


class Vertraging(_Deel):
    """Mean response times in days (exponential unless stated)."""

    arbodienst_informeren: float = _veld(
        2.0,
        "Arbodienst inschakelen",
        "dagen",
        "gemiddelde tijd tot de werkgever de arbodienst informeert; " + _AANNAME,
        ge=0,
    )
    analyse_aanvragen_na_dag: int = _veld(
        28,
        "Probleemanalyse aanvragen",
        "ziektedag",
        "de ziektedag waarop de werkgever de probleemanalyse aanvraagt (uiterlijk dag 42); "
        + _AANNAME,
        ge=1,
        # At the latest on the probleemanalyse's own deadline (day 42).
        le=dagnummer(REGELS["probleemanalyse"].uiterste),
    )
    bureau_kiezen: float = _veld(
        21.0,
        "Re-integratiebureau kiezen",
        "dagen",
        "gemiddelde tijd, inclusief instemming van de werknemer en raadpleging van de "
        "ondernemingsraad; " + _AANNAME,
        ge=0,
    )
    trajectplan: float = _veld(
        14.0, "Trajectplan opstellen", "dagen", "gemiddelde tijd; " + _AANNAME, ge=0
    )
    plaatsing: float = _veld(
        150.0,
        "Tijd tot plaatsing",
        "dagen",
        "gemiddelde tijd van de start van het tweede spoor tot een plaatsing; " + _AANNAME,
        gt=0,
    )
    uwv_besluit: float = _veld(
        28.0,
        "Besluit van UWV",
        "dagen",
        "gemiddelde tijd van de WIA-aanvraag tot de toets van het re-integratieverslag; "
        + _AANNAME,
        ge=0,
    )


class Naleving(_Deel):
    """Probability that the employer (or bedrijfsarts) meets each obligation on time."""

    probleemanalyse: float = _veld(
        0.85, "Probleemanalyse op tijd", "kans", _NALEVING + _AANNAME, ge=0, le=1
    )
    plan_van_aanpak: float = _veld(
        0.85, "Plan van aanpak op tijd", "kans", _NALEVING + _AANNAME, ge=0, le=1
    )
    evaluatie: float = _veld(0.80, "Evaluaties op tijd", "kans", _NALEVING + _AANNAME, ge=0, le=1)
    ziekmelding_uwv: float = _veld(
        0.90, "Ziekmelding bij UWV op tijd", "kans", _NALEVING + _AANNAME, ge=0, le=1
    )
    eerstejaarsevaluatie: float = _veld(
        0.85, "Eerstejaarsevaluatie op tijd", "kans", _NALEVING + _AANNAME, ge=0, le=1
    )
    spoor2_start: float = _veld(
        0.70, "Tweede spoor op tijd gestart", "kans", _NALEVING + _AANNAME, ge=0, le=1
    )
    reintegratieverslag: float = _veld(
        0.90, "Re-integratieverslag op tijd", "kans", _NALEVING + _AANNAME, ge=0, le=1
    )
    wia_aanvraag: float = _veld(
        0.95, "WIA-aanvraag op tijd", "kans", _NALEVING + _AANNAME, ge=0, le=1
    )


class Beleid(_Deel):
    """Policy levers."""

    spoor2_start: Literal["na_eerstejaarsevaluatie", "week", "advies_arbeidsdeskundige"] = _veld(
        "na_eerstejaarsevaluatie",
        "Start van het tweede spoor",
        "keuze",
        "na de eerstejaarsevaluatie, in een vaste ziekteweek (zie de week van de start van het "
        "tweede spoor) of op advies van de arbeidsdeskundige",
    )
    spoor2_week: int = _veld(
        26,
        "Week van de start van het tweede spoor",
        "week",
        "geldt alleen als het tweede spoor in een vaste week start",
        ge=1,
        le=104,
    )
    tweesporen: Literal["parallel", "volgtijdelijk"] = _veld(
        "parallel",
        "Eerste en tweede spoor",
        "keuze",
        "parallel: het eerste spoor loopt door naast het tweede; volgtijdelijk: het eerste "
        "spoor stopt zodra het tweede begint (daarna geen terugkeer in eigen werk)",
    )
    onderzoek_week: int = _veld(
        46,
        "Week van het arbeidsdeskundig onderzoek",
        "week",
        "de ziekteweek waarin het arbeidsdeskundig onderzoek begint; " + _AANNAME,
        ge=1,
        le=104,
    )
    plaatsing_kans: float = _veld(
        0.35,
        "Kans op plaatsing in het tweede spoor",
        "kans",
        "geen betrouwbaar cijfer voor werkgevers; UWV-plaatsingstrajecten 27-46% (UWV 2018)",
        ge=0,
        le=1,
    )
    detachering_kans: float = _veld(
        0.5,
        "Kans dat een plaatsing een detachering is",
        "kans",
        "anders begint de plaatsing bij een andere werkgever; " + _AANNAME,
        ge=0,
        le=1,
    )
    loonsanctie_basis: float = _veld(
        0.05,
        "Kans op een loonsanctie zonder gemiste stap",
        "kans",
        "UWV legt bij 11% van de getoetste re-integratieverslagen een loonsanctie op, vaker "
        "bij gemiste stappen (UWV 2018)",
        ge=0,
        le=1,
    )
    loonsanctie_per_overtreding: float = _veld(
        0.15,
        "Extra kans op een loonsanctie per gemiste stap",
        "kans",
        "opgeteld bij de kans zonder gemiste stap, per overschreden termijn; " + _AANNAME,
        ge=0,
        le=1,
    )


class Herstel(_Deel):
    """How a return within track 1 is divided over the routes (normalised)."""

    eigen_werk: float = _veld(0.6, "Terugkeer in eigen werk", "gewicht", _HERSTEL + _AANNAME, ge=0)
    aangepast_werk: float = _veld(
        0.3, "Terugkeer in aangepast eigen werk", "gewicht", _HERSTEL + _AANNAME, ge=0
    )
    ander_werk_intern: float = _veld(
        0.1,
        "Terugkeer in ander werk bij de eigen werkgever",
        "gewicht",
        _HERSTEL + _AANNAME,
        ge=0,
    )


class Scenario(_Deel):
    """One what-if scenario."""

    naam: str = _veld("basis", "Naam", "tekst", "de naam in tabellen en grafieken")
    omschrijving: str = _veld("", "Omschrijving", "tekst", "wat het scenario onderzoekt")
    regelset_versie: str = _veld(
        "2026.1",
        "Regelsetversie",
        "tekst",
        "de versie van de termijnregels die het scenario veronderstelt",
    )
    cohort: Cohort = Cohort()
    ziekteduur: Ziekteduur = Ziekteduur()
    capaciteit: Capaciteit = Capaciteit()
    vertraging: Vertraging = Vertraging()
    naleving: Naleving = Naleving()
    beleid: Beleid = Beleid()
    herstel: Herstel = Herstel()

    def vingerafdruk(self) -> str:
        """SHA-256 of the canonical scenario (what the manifest records)."""
        return hashlib.sha256(self.model_dump_json().encode()).hexdigest()


ONDERDELEN = {
    "cohort": "Cohort",
    "ziekteduur": "Ziekteduur",
    "capaciteit": "Capaciteit",
    "vertraging": "Vertragingen",
    "naleving": "Naleving",
    "beleid": "Beleid",
    "herstel": "Herstel binnen het eerste spoor",
}
"""The sections of a scenario file and their Dutch headings."""


class OngeldigScenarioError(ValueError):
    """A scenario file that cannot be used; the message names the file, key and reason."""


def lees_scenario(pad: Path) -> Scenario:
    """Read and check a scenario file."""
    try:
        gegevens = tomllib.loads(pad.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise OngeldigScenarioError(f"{pad}: bestand bestaat niet") from None
    except tomllib.TOMLDecodeError as fout:
        raise OngeldigScenarioError(f"{pad}: geen geldige TOML: {fout}") from None
    try:
        return Scenario.model_validate(gegevens)
    except ValidationError as fout:
        regels = []
        for f in fout.errors(include_url=False):
            sleutel = ".".join(str(d) for d in f["loc"]) or "(bestand)"
            reden = "onbekende sleutel" if f["type"] == "extra_forbidden" else f["msg"]
            regels.append(f"{pad}: sleutel '{sleutel}': {reden}")
        raise OngeldigScenarioError("\n".join(regels)) from None
