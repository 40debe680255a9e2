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
from typing import Literal

from pydantic import BaseModel, Field, ValidationError

from domain.regels import REGELS, dagnummer


class _Deel(BaseModel, frozen=True, extra="forbid"):
    """A section of the scenario: no unknown keys."""


class Cohort(_Deel):
    """Who falls sick and when."""

    aantal: int = Field(1000, ge=1, le=10_000_000, description="cases per replication")
    startdatum: date = Field(date(2025, 1, 6), description="first possible first sick day")
    instroom_dagen: int = Field(
        365, ge=1, description="first sick days spread uniformly over this many days"
    )
    alleen_langdurig: bool = Field(
        True, description="only cases still sick on day 43 (the Poortwachter cases)"
    )
    deelcohort: int = Field(
        5000, ge=100, description="cases simulated together (shared capacity scales with it)"
    )


class Ziekteduur(_Deel):
    """Lognormal sickness duration in calendar days (defaults: see the module docstring)."""

    mu: float = 1.5675
    sigma: float = Field(1.7694, gt=0)


class Capaciteit(_Deel):
    """Capacity per 1,000 cases in the (sub)cohort, and service times in days."""

    bedrijfsartsen_per_1000: float = Field(6.0, gt=0)
    spreekuur_dagen: float = Field(2.0, gt=0, description="mean time a consultation takes")
    arbeidsdeskundigen_per_1000: float = Field(3.0, gt=0)
    onderzoek_dagen: float = Field(10.0, gt=0)
    bureaus_per_1000: float = Field(8.0, gt=0)


class Vertraging(_Deel):
    """Mean response times in days (exponential unless stated)."""

    arbodienst_informeren: float = Field(2.0, ge=0)
    analyse_aanvragen_na_dag: int = Field(
        28,
        ge=1,
        # At the latest on the probleemanalyse's own deadline (day 42).
        le=dagnummer(REGELS["probleemanalyse"].uiterste),
        description="sick day on which the employer asks for the analysis",
    )
    bureau_kiezen: float = Field(
        21.0, ge=0, description="choosing a bureau incl. werknemer consent and works council"
    )
    trajectplan: float = Field(14.0, ge=0)
    plaatsing: float = Field(150.0, gt=0, description="mean time from start to a placement")
    uwv_besluit: float = Field(28.0, ge=0, description="UWV's RIV test after the application")


class Naleving(_Deel):
    """Probability that the employer (or bedrijfsarts) meets each obligation on time."""

    probleemanalyse: float = Field(0.85, ge=0, le=1)
    plan_van_aanpak: float = Field(0.85, ge=0, le=1)
    evaluatie: float = Field(0.80, ge=0, le=1)
    ziekmelding_uwv: float = Field(0.90, ge=0, le=1)
    eerstejaarsevaluatie: float = Field(0.85, ge=0, le=1)
    spoor2_start: float = Field(0.70, ge=0, le=1)
    reintegratieverslag: float = Field(0.90, ge=0, le=1)
    wia_aanvraag: float = Field(0.95, ge=0, le=1)


class Beleid(_Deel):
    """Policy levers."""

    spoor2_start: Literal["na_eerstejaarsevaluatie", "week", "advies_arbeidsdeskundige"] = (
        "na_eerstejaarsevaluatie"
    )
    spoor2_week: int = Field(26, ge=1, le=104, description="with spoor2_start = 'week'")
    tweesporen: Literal["parallel", "volgtijdelijk"] = Field(
        "parallel",
        description="parallel: track 1 goes on beside track 2; volgtijdelijk: track 1 "
        "stops when track 2 starts (no return to own work afterwards)",
    )
    onderzoek_week: int = Field(46, ge=1, le=104, description="arbeidsdeskundig onderzoek")
    plaatsing_kans: float = Field(0.35, ge=0, le=1, description="track 2 finds work")
    detachering_kans: float = Field(
        0.5, ge=0, le=1, description="a placement starts as detachering (else a new employer)"
    )
    loonsanctie_basis: float = Field(0.05, ge=0, le=1)
    loonsanctie_per_overtreding: float = Field(0.15, ge=0, le=1)


class Herstel(_Deel):
    """How a return within track 1 is divided over the routes (normalised)."""

    eigen_werk: float = Field(0.6, ge=0)
    aangepast_werk: float = Field(0.3, ge=0)
    ander_werk_intern: float = Field(0.1, ge=0)


class Scenario(_Deel):
    """One what-if scenario."""

    naam: str = "basis"
    omschrijving: str = ""
    regelset_versie: str = Field("2026.1", description="the rule set the scenario assumes")
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
