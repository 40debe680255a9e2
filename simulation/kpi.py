"""KPIs: per replication a streaming tally, across replications a mean with a 95% interval.

Dekt: return to work by route, still sick at week 104, WIA applications, the share of cases
breaking each deadline rule (judged by ``domain.termijnen``), the loonsanctie rate, the
employer's wage weeks, and the time to return (median and quartiles from a day histogram, so
memory does not grow with the cohort).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from domain.regels import REGELS
from simulation.model import UITKOMSTEN, Uitslag

MAX_DAG = 800

# Student t, two-sided 95%, for 1..30 degrees of freedom; 1.96 beyond.
_T95 = (
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
    2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
    2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
)  # fmt: skip


@dataclass
class Telling:
    """What one replication counted (mergeable, constant size)."""

    cases: int = 0
    uitkomst: dict[str, int] = field(default_factory=lambda: dict.fromkeys(UITKOMSTEN, 0))
    wia: int = 0
    loonsanctie: int = 0
    loonweken: float = 0.0
    schendingen: dict[str, int] = field(default_factory=lambda: dict.fromkeys(REGELS, 0))
    terugkeer: list[int] = field(default_factory=lambda: [0] * (MAX_DAG + 1))
    nog_ziek_per_dag: list[int] = field(default_factory=lambda: [0] * (MAX_DAG + 1))
    feiten: int = 0
    piek_geheugen_mib: float = field(default=0.0, compare=False)
    """Peak resident memory of the process that ran the replication (benchmark, not a KPI)."""

    def tel(self, u: Uitslag) -> None:
        """Count one case."""
        self.cases += 1
        self.uitkomst[u.uitkomst] += 1
        self.wia += u.wia_aanvraag
        self.loonsanctie += u.loonsanctie_weken > 0
        self.loonweken += u.loonweken
        self.feiten += u.feiten
        for regel in u.schendingen:
            self.schendingen[regel] += 1
        einde = min(u.einddag, MAX_DAG)
        if u.uitkomst != "ziek_na_104_weken":
            self.terugkeer[einde] += 1
        self.nog_ziek_per_dag[einde] += 1

    def kpis(self) -> dict[str, float]:
        """This replication's KPIs (shares are fractions of the cohort)."""
        n = max(self.cases, 1)
        uit = {
            f"terugkeer_{k}": v / n for k, v in self.uitkomst.items() if k != "ziek_na_104_weken"
        }
        uit["ziek_na_104_weken"] = self.uitkomst["ziek_na_104_weken"] / n
        uit["wia_aanvragen"] = self.wia / n
        uit["loonsanctie"] = self.loonsanctie / n
        uit["loonweken_werkgever"] = self.loonweken / n
        for regel, aantal in self.schendingen.items():
            uit[f"schending_{regel}"] = aantal / n
        for naam, q in (
            ("terugkeer_dag_q1", 0.25),
            ("terugkeer_dag_mediaan", 0.5),
            ("terugkeer_dag_q3", 0.75),
        ):
            uit[naam] = kwantiel(self.terugkeer, q)
        return uit

    def overleving(self) -> list[float]:
        """Share of the cohort still sick (not returned) at each day 0..MAX_DAG."""
        n = max(self.cases, 1)
        nog, uit = n, []
        for dag in range(MAX_DAG + 1):
            uit.append(nog / n)
            nog -= self.nog_ziek_per_dag[dag]
        return uit


def kwantiel(histogram: list[int], q: float) -> float:
    """The q-quantile (in days) of a day histogram; NaN when empty."""
    totaal = sum(histogram)
    if totaal == 0:
        return math.nan
    doel = q * totaal
    cumulatief = 0
    for dag, aantal in enumerate(histogram):
        cumulatief += aantal
        if cumulatief >= doel:
            return float(dag)
    return float(len(histogram) - 1)


@dataclass(frozen=True)
class Schatting:
    """A KPI over replications: mean and 95% confidence interval."""

    gemiddelde: float
    onder: float
    boven: float
    replicaties: int


def schat(waarden: list[float]) -> Schatting:
    """Mean and t-based 95% interval of per-replication values (NaNs left out)."""
    waarden = [w for w in waarden if not math.isnan(w)]
    n = len(waarden)
    if n == 0:
        return Schatting(math.nan, math.nan, math.nan, 0)
    gemiddelde = sum(waarden) / n
    if n == 1:
        return Schatting(gemiddelde, math.nan, math.nan, 1)
    sd = math.sqrt(sum((w - gemiddelde) ** 2 for w in waarden) / (n - 1))
    t = _T95[n - 2] if n - 1 <= len(_T95) else 1.96
    marge = t * sd / math.sqrt(n)
    return Schatting(gemiddelde, gemiddelde - marge, gemiddelde + marge, n)


AANDELEN = ("terugkeer_", "ziek_na_", "wia_", "loonsanctie", "schending_")
"""KPIs that are shares of the cohort: their interval is clipped to [0, 1]."""


def schattingen(per_replicatie: list[dict[str, float]]) -> dict[str, Schatting]:
    """Every KPI's mean and interval over the replications (shares clipped to [0, 1])."""
    namen = per_replicatie[0].keys() if per_replicatie else ()
    uit = {}
    for naam in namen:
        s = schat([k[naam] for k in per_replicatie])
        if naam.startswith(AANDELEN) and "dag" not in naam:
            s = Schatting(s.gemiddelde, max(0.0, s.onder), min(1.0, s.boven), s.replicaties)
        uit[naam] = s
    return uit


def verschillen(a: list[dict[str, float]], b: list[dict[str, float]]) -> dict[str, Schatting]:
    """Paired differences B - A per KPI (common random numbers: replication r against r)."""
    namen = a[0].keys() if a else ()
    return {naam: schat([y[naam] - x[naam] for x, y in zip(a, b, strict=True)]) for naam in namen}
