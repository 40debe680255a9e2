"""What a simulation run leaves behind: KPI labels, JSON, PNG plots and self-contained HTML.

Dekt: the files of ``spoorwijzer simuleer run`` (``samenvatting.json``, ``overleving.png``,
``schendingen.png``, ``rapport.html``) and ``simuleer vergelijk`` (``vergelijking.json``,
``overleving.png``, ``schendingen.png``, ``vergelijking.png``, ``vergelijking.html``).  Pure
functions of the tallies and estimates: no clock, no randomness, no files except where a
caller passes a path.  The HTML pages are Jinja2 templates on the shared layout of
:mod:`adapters.rapport`, the plots inlined as data URIs.

Plots use matplotlib's object API on the Agg canvas (no pyplot, no global figure state), so
they render headless and in worker threads alike.
"""

from __future__ import annotations

import base64
import io
import json
import math
import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Literal

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MultipleLocator, PercentFormatter
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from adapters.rapport.sjablonen import render
from domain.regels import REGELS, dagnummer
from simulation.kpi import Schatting, Telling, schat
from simulation.parameters import ONDERDELEN, Scenario

Eenheid = Literal["aandeel", "weken", "dagen", "getal"]

_ROUTES = {
    "eigen_werk": "eigen werk",
    "aangepast_werk": "aangepast eigen werk",
    "ander_werk_intern": "ander werk, eigen werkgever",
    "ander_werkgever": "andere werkgever (2e spoor)",
    "detachering": "detachering (2e spoor)",
}
_VAST: dict[str, tuple[str, Eenheid]] = {
    "ziek_na_104_weken": ("Nog ziek na 104 weken", "aandeel"),
    "wia_aanvragen": ("WIA-aanvraag gedaan", "aandeel"),
    "loonsanctie": ("Loonsanctie opgelegd", "aandeel"),
    "loonweken_werkgever": ("Loondoorbetaling door de werkgever", "weken"),
    "terugkeer_dag_q1": ("Terugkeerdag: 1e kwartiel (25% terug)", "dagen"),
    "terugkeer_dag_mediaan": ("Terugkeerdag: mediaan", "dagen"),
    "terugkeer_dag_q3": ("Terugkeerdag: 3e kwartiel (75% terug)", "dagen"),
}
WEKEN = 104
"""The survival curve runs to the end of the waiting period."""

_MIJLPALEN = (
    (6, "probleem-\nanalyse"),
    (42, "ziekmelding\nUWV"),
    (52, "eerstejaars-\nevaluatie"),
    (91, "re-integratie-\nverslag"),
)
_KOMMA = FuncFormatter(lambda x, _: f"{x:g}".replace("-", "−").replace(".", ","))
_KLEUREN = ("#1f6f8b", "#d1495b", "#edae49", "#00798c", "#66a182", "#8d96a3")


@dataclass(frozen=True)
class KpiInfo:
    """How a KPI is named and shown to people."""

    label: str
    eenheid: Eenheid


def kpi_info(naam: str) -> KpiInfo:
    """The Dutch label and unit of a KPI (unknown KPIs keep their key as label)."""
    if naam in _VAST:
        label, eenheid = _VAST[naam]
        return KpiInfo(label, eenheid)
    if naam.startswith("schending_") and naam.removeprefix("schending_") in REGELS:
        return KpiInfo(f"Schending: {REGELS[naam.removeprefix('schending_')].titel}", "aandeel")
    if naam.startswith("terugkeer_") and naam.removeprefix("terugkeer_") in _ROUTES:
        return KpiInfo(f"Terugkeer: {_ROUTES[naam.removeprefix('terugkeer_')]}", "aandeel")
    return KpiInfo(naam, "getal")


# -- numbers for people ----------------------------------------------------------------------


def _nl(getal: float, decimalen: int, teken: bool = False) -> str:
    if round(getal, decimalen) == 0:
        return f"{0:.{decimalen}f}".replace(".", ",")  # neither "-0,0" nor "+0,0"
    tekst = f"{getal:+.{decimalen}f}" if teken else f"{getal:.{decimalen}f}"
    return tekst.replace("-", "−").replace(".", ",")


def decimaal(getal: float, decimalen: int) -> str:
    """A number in Dutch notation with a fixed number of decimals (``12,3``)."""
    return _nl(getal, decimalen)


def geheel(n: int) -> str:
    """A whole number with Dutch thousands separators (``5.000``)."""
    return f"{n:,}".replace(",", ".")


_SCHAAL: dict[Eenheid, float] = {"aandeel": 100.0, "weken": 1.0, "dagen": 1.0, "getal": 1.0}
_DECIMALEN: dict[Eenheid, int] = {"aandeel": 1, "weken": 1, "dagen": 0, "getal": 3}
_ACHTER: dict[Eenheid, str] = {"aandeel": " pp", "weken": " wk", "dagen": " d", "getal": ""}
_MAX_DECIMALEN = 14
RUIS = 1e-12
"""Bounds closer to zero than this are floating-point noise, not evidence of a difference.

The smallest real share is one case in 10,000,000 (1e-7), far above it."""


def waarde(naam: str, x: float) -> str:
    """A KPI value with its unit, Dutch notation (``12,7%``, ``19,8 wk``, ``83 d``)."""
    if math.isnan(x):
        return "–"
    eenheid = kpi_info(naam).eenheid
    if eenheid == "aandeel":
        return f"{_nl(100 * x, 1)}%"
    if eenheid == "weken":
        return f"{_nl(x, 1)} wk"
    if eenheid == "dagen":
        return f"{_nl(x, 0)} d"
    return _nl(x, 3)


def sluit_nul_uit(s: Schatting) -> bool:
    """Whether the 95% interval of a difference excludes zero, in full precision.

    Decided on the unrounded bounds (never on what a table shows); a bound within floating
    point noise of zero (:data:`RUIS`) counts as zero.
    """
    return (
        not math.isnan(s.onder) and not math.isnan(s.boven) and (s.onder > RUIS or s.boven < -RUIS)
    )


def decimalen_verschil(naam: str, s: Schatting) -> int:
    """Decimals to show a difference and its interval with.

    The unit's usual decimals; when the interval excludes zero but its bound nearest zero would
    round to zero, as many more as it takes to show that bound's first significant digit, so
    the reader sees why the difference counts (``+0,03 pp [+0,01; +0,05]``).
    """
    eenheid = kpi_info(naam).eenheid
    decimalen = _DECIMALEN[eenheid]
    if not sluit_nul_uit(s):
        return decimalen
    grens = _SCHAAL[eenheid] * (s.onder if s.onder > 0 else s.boven)
    if round(grens, decimalen) != 0:
        return decimalen
    return min(max(decimalen, -math.floor(math.log10(abs(grens)))), _MAX_DECIMALEN)


def verschil(naam: str, x: float, *, met_eenheid: bool = True, decimalen: int | None = None) -> str:
    """A difference of a KPI with its unit (shares in percentage points)."""
    if math.isnan(x):
        return "–"
    eenheid = kpi_info(naam).eenheid
    d = _DECIMALEN[eenheid] if decimalen is None else decimalen
    getal = _nl(_SCHAAL[eenheid] * x, d, teken=True)
    return getal + _ACHTER[eenheid] if met_eenheid else getal


def interval(
    naam: str, s: Schatting, *, als_verschil: bool = False, decimalen: int | None = None
) -> str:
    """The 95% interval as ``[a; b]`` (``–`` with fewer than two replications).

    Levels carry their unit (``[55,7%; 67,6%]``); differences do not, since they follow the
    estimate that does (``−0,3 pp [−0,5; −0,1]``).
    """
    if math.isnan(s.onder) or math.isnan(s.boven):
        return "–"
    if als_verschil:
        return (
            f"[{verschil(naam, s.onder, met_eenheid=False, decimalen=decimalen)}; "
            f"{verschil(naam, s.boven, met_eenheid=False, decimalen=decimalen)}]"
        )
    return f"[{waarde(naam, s.onder)}; {waarde(naam, s.boven)}]"


@dataclass(frozen=True)
class Verschiltekst:
    """A paired difference as people read it: estimate, interval, and whether it counts."""

    verschil: str
    interval: str
    aantoonbaar: bool
    """Whether the 95% interval excludes zero (decided unrounded, see :func:`sluit_nul_uit`)."""

    def __str__(self) -> str:
        return f"{self.verschil} {self.interval}{' *' if self.aantoonbaar else ''}"


def verschiltekst(naam: str, s: Schatting) -> Verschiltekst:
    """The difference ``s`` of KPI ``naam`` as text, with enough decimals to be read right."""
    d = decimalen_verschil(naam, s)
    return Verschiltekst(
        verschil(naam, s.gemiddelde, decimalen=d),
        interval(naam, s, als_verschil=True, decimalen=d),
        sluit_nul_uit(s),
    )


# -- JSON ------------------------------------------------------------------------------------


def _getal(x: float) -> float | None:
    return None if math.isnan(x) else x


def schatting_json(naam: str, s: Schatting) -> dict[str, Any]:
    """One KPI estimate for JSON: mean, 95% interval and replications (NaN as null)."""
    info = kpi_info(naam)
    return {
        "omschrijving": info.label,
        "eenheid": info.eenheid,
        "gemiddelde": _getal(s.gemiddelde),
        "ci95": {"onder": _getal(s.onder), "boven": _getal(s.boven)},
        "n": s.replicaties,
    }


def schrijf_json(pad: Path, inhoud: Mapping[str, Any]) -> None:
    """Write pretty, UTF-8 JSON (strict: no NaN)."""
    tekst = json.dumps(inhoud, ensure_ascii=False, indent=2, allow_nan=False)
    pad.write_text(tekst + "\n", encoding="utf-8")


# -- the cohort, in words ---------------------------------------------------------------------


def _datum(d: date) -> str:
    return f"{d.day}-{d.month}-{d.year}"


def cohorttekst(
    scenario: Scenario,
    *,
    aantal: int,
    replicaties: int,
    seed: int,
    cohortbestand: str | None = None,
    vanuit_opslag: date | None = None,
) -> str:
    """What the simulated cohort is, derived from the parameters of the run.

    Synthetic cohorts (the scenario's ``[cohort]``): with ``alleen_langdurig`` only cases still
    sick after the probleemanalyse's last day (day 42 in the rule data, so sickness longer than
    6 weeks), first sick days spread over the inflow period.  A cohort from a file or from the
    store is named as such.
    """
    c = scenario.cohort
    grens = dagnummer(REGELS["probleemanalyse"].uiterste)
    duur = f"{grens // 7} weken" if grens % 7 == 0 else f"{grens} dagen"
    langdurig = f"verzuim > {duur}, op dag {grens + 1} nog ziek"

    def tal(enkel: str, meer: str) -> str:
        return f"{geheel(aantal)} {enkel if aantal == 1 else meer}"

    if cohortbestand is not None:
        wie = f"{tal('geval', 'gevallen')} uit het cohortbestand {cohortbestand}"
        if c.alleen_langdurig:
            wie += f" (een ontbrekende ziekteduur getrokken als {langdurig})"
    elif vanuit_opslag is not None:
        wie = (
            f"{tal('dossier', 'dossiers')} uit de opslag die op {_datum(vanuit_opslag)} nog "
            "liepen, vanaf die dag doorgesimuleerd"
        )
    else:
        laatste = c.startdatum + timedelta(days=c.instroom_dagen - 1)
        wie = (
            f"{tal('langdurig zieke', 'langdurig zieken')} ({langdurig})"
            if c.alleen_langdurig
            else f"{tal('zieke', 'zieken')} (alle ziekmeldingen, ook kort verzuim)"
        )
        wie += f", eerste ziektedag {_datum(c.startdatum)} t/m {_datum(laatste)}"
    keer = "1 replicatie" if replicaties == 1 else f"{geheel(replicaties)} replicaties"
    return f"Cohort: {wie}, {keer}, seed {seed}"


def cohortteksten(teksten: Mapping[str, str]) -> str:
    """One cohort text for several scenarios: shared, or per scenario where they differ."""
    verschillend = list(dict.fromkeys(teksten.values()))
    if len(verschillend) == 1:
        return verschillend[0]
    return "\n".join(f"{naam}: {tekst}" for naam, tekst in teksten.items())


# -- plots -----------------------------------------------------------------------------------


def _gevouwen(tekst: str, breedte: int = 110) -> str:
    """A chart subtitle folded to lines that fit the figure's width."""
    return "\n".join(
        textwrap.fill(regel, breedte, break_on_hyphens=False) for regel in tekst.splitlines()
    )


def kleuren(namen: Sequence[str]) -> dict[str, str]:
    """One colour per scenario, the same in every chart of a report (the basis first)."""
    return {naam: _KLEUREN[i % len(_KLEUREN)] for i, naam in enumerate(namen)}


def png(figuur: Figure) -> bytes:
    """The figure as PNG bytes."""
    FigureCanvasAgg(figuur)
    buffer = io.BytesIO()
    figuur.savefig(buffer, format="png", dpi=110)
    return buffer.getvalue()


def overleving_per_week(tellingen: Sequence[Telling]) -> list[Schatting]:
    """Per week 0..104: the share still sick, mean and 95% interval over replications."""
    curven = [t.overleving() for t in tellingen]
    return [schat([c[min(7 * w, len(c) - 1)] for c in curven]) for w in range(WEKEN + 1)]


CURVE = "overleving:"
"""Prefix of the ``gid`` of each scenario's survival line (so a test finds exactly those)."""


def figuur_overleving(
    per_scenario: Mapping[str, Sequence[Telling]], cohort: str, kleur: Mapping[str, str]
) -> Figure:
    """Survival curves of sickness, one per scenario overlaid: share still sick per week.

    Each curve is the mean over the replications with its 95% band; the legend names the
    scenarios, the subtitle the cohort.
    """
    weken = list(range(WEKEN + 1))
    figuur = Figure(figsize=(9, 5.6), layout="constrained")
    as_ = figuur.add_subplot()
    band = False
    for naam, tellingen in per_scenario.items():
        punten = overleving_per_week(tellingen)
        if all(not math.isnan(p.onder) for p in punten):
            band = True
            as_.fill_between(
                weken,
                [100 * p.onder for p in punten],
                [100 * p.boven for p in punten],
                color=kleur[naam],
                alpha=0.2,
                linewidth=0,
            )
        as_.plot(
            weken,
            [100 * p.gemiddelde for p in punten],
            color=kleur[naam],
            linewidth=2,
            label=naam,
            gid=CURVE + naam,
        )
    for week, mijlpaal in _MIJLPALEN:
        as_.axvline(week, color="#888888", linestyle=":", linewidth=1)
        as_.text(week + 0.8, 97, mijlpaal, fontsize=8, color="#555555", va="top")
    as_.set_xlim(0, WEKEN)
    as_.set_ylim(0, 102)
    as_.xaxis.set_major_locator(MultipleLocator(13))
    as_.yaxis.set_major_formatter(PercentFormatter(decimals=0))
    as_.set_xlabel("weken na de eerste ziektedag")
    as_.set_ylabel("nog ziek (% van het cohort)")
    figuur.suptitle(f"Hoeveel gevallen zijn nog ziek?\n{_gevouwen(cohort)}", fontsize=11)
    as_.grid(True, alpha=0.3)
    handvatten, _ = as_.get_legend_handles_labels()
    if band:
        handvatten.append(Patch(color="#888888", alpha=0.3, label="95%-betrouwbaarheidsband"))
    as_.legend(
        handles=handvatten,
        title="scenario (gemiddelde over de replicaties)",
        loc="upper right",
        bbox_to_anchor=(1, 0.8),
        fontsize=9,
        title_fontsize=9,
    )
    return figuur


def figuur_schendingen(
    per_scenario: Mapping[str, Mapping[str, Schatting]], cohort: str, kleur: Mapping[str, str]
) -> Figure:
    """Share of cases violating each deadline rule, a bar per scenario with its 95% interval."""
    eerste = next(iter(per_scenario.values()))
    regels = [r for r in REGELS if f"schending_{r}" in eerste]
    m = len(per_scenario)
    hoogte = 0.8 / m
    figuur = Figure(figsize=(9, (0.3 + 0.25 * m) * len(regels) + 2.0), layout="constrained")
    as_ = figuur.add_subplot()
    y0 = list(range(len(regels)))[::-1]
    rechts = 1.0
    for j, (naam, schattingen) in enumerate(per_scenario.items()):
        s = [schattingen[f"schending_{r}"] for r in regels]
        y = [yi + ((m - 1) / 2 - j) * hoogte for yi in y0]
        x = [100 * e.gemiddelde for e in s]
        fouten = [
            [
                max(0.0, 100 * (e.gemiddelde - e.onder)) if not math.isnan(e.onder) else 0.0
                for e in s
            ],
            [
                max(0.0, 100 * (e.boven - e.gemiddelde)) if not math.isnan(e.boven) else 0.0
                for e in s
            ],
        ]
        as_.barh(
            y,
            x,
            height=hoogte * 0.9,
            xerr=fouten,
            color=kleur[naam],
            alpha=0.85,
            capsize=2,
            error_kw={"elinewidth": 1, "ecolor": "#333333"},
            label=naam,
            gid="schendingen:" + naam,
        )
        rechts = max([rechts] + [b + f for b, f in zip(x, fouten[1], strict=True)])
        for yi, xi, fi in zip(y, x, fouten[1], strict=True):
            as_.text(xi + fi + 0.5, yi, f"{_nl(xi, 1)}%", va="center", fontsize=8)
    as_.set_yticks(y0, [REGELS[r].titel for r in regels], fontsize=9)
    as_.set_xlim(0, rechts * 1.18 + 2)
    as_.xaxis.set_major_formatter(PercentFormatter(decimals=0))
    as_.set_xlabel(
        "gevallen waarin de termijn is overschreden (te laat of verlopen), % van het cohort"
    )
    figuur.suptitle(f"Termijnoverschrijdingen per regel\n{_gevouwen(cohort)}", fontsize=11)
    as_.grid(True, axis="x", alpha=0.3)
    as_.legend(title="scenario", fontsize=9, title_fontsize=9, loc="lower right")
    return figuur


HOOFD_KPIS_DUUR = {
    "loonweken_werkgever": ("Loondoorbetaling\ndoor de werkgever", "weken loon per geval"),
    "terugkeer_dag_mediaan": ("Mediane\nterugkeerdag", "dagen"),
}
"""The non-share KPIs in the comparison plot (each in its own panel): title and unit."""


def _aandeel_kpis(namen: Sequence[str]) -> list[str]:
    return [n for n in namen if kpi_info(n).eenheid == "aandeel"]


def figuur_vergelijking(
    basis: str,
    verschillen: Mapping[str, Mapping[str, Schatting]],
    cohort: str,
    kleur: Mapping[str, str],
) -> Figure:
    """Paired differences (scenario - basis) with 95% interval bars, per main KPI.

    Left the shares in percentage points, right the durations each in its own unit; a filled
    marker means the interval excludes zero.
    """
    eerste = next(iter(verschillen.values()))
    aandelen = _aandeel_kpis(list(eerste))
    duur = [n for n in HOOFD_KPIS_DUUR if n in eerste]
    figuur = Figure(figsize=(12, 0.42 * len(aandelen) + 3.0), layout="constrained")
    raster = figuur.add_gridspec(max(len(duur), 1), 2, width_ratios=(2.6, 1))
    links = figuur.add_subplot(raster[:, 0])
    panelen = [(links, aandelen, "verschil (procentpunt)", 100.0)]
    for i, naam in enumerate(duur):
        kop, eenheid = HOOFD_KPIS_DUUR[naam]
        as_ = figuur.add_subplot(raster[i, 1])
        as_.set_title(kop, fontsize=10)
        panelen.append((as_, [naam], f"verschil ({eenheid})", 1.0))
    m = len(verschillen)
    stap = 0.7 / max(m, 1)
    for as_, namen, xlabel, schaal in panelen:
        y0 = list(range(len(namen)))[::-1]
        for yi in y0[::2] if len(y0) > 1 else ():
            as_.axhspan(yi - 0.5, yi + 0.5, color="#f2f4f7", zorder=0)
        for j, (scenario, per_kpi) in enumerate(verschillen.items()):
            for yi, naam in zip(y0, namen, strict=True):
                s = per_kpi[naam]
                y = yi + ((m - 1) / 2 - j) * stap
                onder = 0.0 if math.isnan(s.onder) else schaal * (s.gemiddelde - s.onder)
                boven = 0.0 if math.isnan(s.boven) else schaal * (s.boven - s.gemiddelde)
                as_.errorbar(
                    [schaal * s.gemiddelde],
                    [y],
                    xerr=[[onder], [boven]],
                    fmt="o",
                    color=kleur[scenario],
                    markerfacecolor=kleur[scenario] if sluit_nul_uit(s) else "white",
                    capsize=3,
                    markersize=6,
                    zorder=3,
                )
        as_.axvline(0, color="#333333", linewidth=1, zorder=2)
        if as_ is links:
            as_.set_yticks(y0, [kpi_info(n).label for n in namen], fontsize=9)
        else:
            as_.set_yticks([])
        as_.set_ylim(-0.5, len(namen) - 0.5)
        as_.set_xlabel(xlabel)
        as_.xaxis.set_major_formatter(_KOMMA)
        as_.grid(True, axis="x", alpha=0.4)
    legenda = [Line2D([], [], marker="o", color=kleur[naam], label=naam) for naam in verschillen]
    legenda += [
        Line2D([], [], marker="o", linestyle="", color="#555555", label="interval sluit 0 uit"),
        Line2D(
            [],
            [],
            marker="o",
            linestyle="",
            color="#555555",
            markerfacecolor="white",
            label="geen aantoonbaar verschil",
        ),
    ]
    links.legend(handles=legenda, title=f"scenario − {basis}", fontsize=9, loc="best")
    figuur.suptitle(
        f"Gepaarde verschillen met 95%-betrouwbaarheidsinterval (scenario − {basis})\n"
        f"{_gevouwen(cohort)}",
        fontsize=11,
    )
    return figuur


# -- HTML ------------------------------------------------------------------------------------
#
# The pages are the templates simulatie_rapport.html.j2 and simulatie_vergelijking.html.j2 on
# the shared layout of adapters.rapport (stylesheet static/simulatie.css); the numbers are
# formatted here and escaped by the templates.  Jinja2 itself is imported on first render.


@dataclass(frozen=True)
class KpiRij:
    """One KPI of a run as text: label, mean, 95% interval, replications."""

    label: str
    waarde: str
    interval: str
    replicaties: int


@dataclass(frozen=True)
class Verschilcel:
    """One scenario's value of a KPI and its paired difference with the basis."""

    waarde: str
    verschil: str
    interval: str
    aantoonbaar: bool
    """Whether the 95% interval of the difference excludes zero."""


@dataclass(frozen=True)
class Vergelijkingsrij:
    """One KPI across scenarios: the basis value, then per scenario value and difference."""

    label: str
    basis: str
    scenarios: tuple[Verschilcel, ...]

    @property
    def aantoonbaar(self) -> bool:
        """Whether any scenario differs from the basis beyond chance."""
        return any(c.aantoonbaar for c in self.scenarios)


def _base64(afbeelding: bytes) -> str:
    return base64.b64encode(afbeelding).decode("ascii")


# -- the scenario as a table -----------------------------------------------------------------


@dataclass(frozen=True)
class Parameterrij:
    """One scenario key for people: section, key, label, value per scenario, explanation."""

    onderdeel: str
    sleutel: str
    label: str
    waarden: tuple[str, ...]
    toelichting: str

    @property
    def anders(self) -> bool:
        """Whether the compared scenarios differ in this key."""
        return len(set(self.waarden)) > 1


def _getal_nl(x: float) -> str:
    """A parameter number in Dutch notation, without trailing zeros (``0,85``, ``1.000``)."""
    if float(x).is_integer() and abs(x) < 1e15:
        return geheel(int(x))
    tekst = f"{x:.6f}".rstrip("0").rstrip(".")
    geheel_deel, _, breuk = tekst.partition(".")
    return geheel(int(geheel_deel)) + ("," + breuk if breuk else "")


def parameterwaarde(w: object, eenheid: str) -> str:
    """A scenario value with its unit, as a Dutch reader expects it."""
    if isinstance(w, bool):
        return "ja" if w else "nee"
    if isinstance(w, date):
        return _datum(w)
    if isinstance(w, int | float):
        if eenheid == "kans":
            return f"{_getal_nl(round(100 * w, 6))}%"
        if eenheid == "week":
            return f"week {_getal_nl(w)}"
        if eenheid == "ziektedag":
            return f"dag {_getal_nl(w)}"
        if eenheid in ("dagen", "gevallen"):
            enkel = {"dagen": "dag", "gevallen": "geval"}[eenheid]
            return f"{_getal_nl(w)} {enkel if w == 1 else eenheid}"
        if eenheid == "per 1.000 gevallen":
            return f"{_getal_nl(w)} per 1.000 gevallen"
        return _getal_nl(w)
    tekst = str(w)
    return tekst.replace("_", " ") if eenheid == "keuze" else tekst


def _velden(model: type[BaseModel]) -> list[tuple[str, FieldInfo]]:
    return list(model.model_fields.items())


def parameterrijen(scenarios: Sequence[Scenario], aantal: int | None = None) -> list[Parameterrij]:
    """Every key of the scenarios, in file order, with label, unit, value and explanation.

    Labels, units and explanations come from :mod:`simulation.parameters` (each key's title,
    unit and description); the name and description of a scenario head its report instead.
    ``aantal`` is the number of cases the run really simulated, when it differs from the file
    (``--gevallen``, a cohort file or the store); the table then shows both.
    """

    def waarde_van(s: Scenario, sleutel: str, naam: str, eenheid: str) -> str:
        w = getattr(getattr(s, sleutel), naam)
        tekst = parameterwaarde(w, eenheid)
        if (sleutel, naam) == ("cohort", "aantal") and aantal is not None and aantal != w:
            return f"{parameterwaarde(aantal, eenheid)} (in het scenariobestand: {tekst})"
        return tekst

    rijen = []
    for sleutel, veld in _velden(Scenario):
        if sleutel in ONDERDELEN:
            onderdeel = ONDERDELEN[sleutel]
            deel_model = veld.annotation
            assert isinstance(deel_model, type)
            assert issubclass(deel_model, BaseModel)
            for naam, sub in _velden(deel_model):
                eenheid = _eenheid(sub)
                rijen.append(
                    Parameterrij(
                        onderdeel,
                        f"{sleutel}.{naam}",
                        sub.title or naam,
                        tuple(waarde_van(s, sleutel, naam, eenheid) for s in scenarios),
                        sub.description or "",
                    )
                )
        elif sleutel not in ("naam", "omschrijving"):
            rijen.append(
                Parameterrij(
                    "Algemeen",
                    sleutel,
                    veld.title or sleutel,
                    tuple(parameterwaarde(getattr(s, sleutel), _eenheid(veld)) for s in scenarios),
                    veld.description or "",
                )
            )
    return rijen


def _eenheid(veld: FieldInfo) -> str:
    extra = veld.json_schema_extra
    return str(extra.get("eenheid", "")) if isinstance(extra, dict) else ""


# -- the manifest ----------------------------------------------------------------------------

_MANIFEST = {
    "scenario": "scenario",
    "scenario_bestand": "scenariobestand",
    "scenario_vingerafdruk": "vingerafdruk van het scenario (SHA-256)",
    "basis": "basisscenario",
    "scenarios": "scenario's (naam, bestand, vingerafdruk)",
    "cohort": "cohort",
    "seed": "seed",
    "replicaties": "replicaties",
    "cases_per_replicatie": "gevallen per replicatie",
    "code_versie": "versie van Spoorwijzer",
    "regelset_versie": "versie van de regelset",
    "uitvoering": "uitvoering",
    "gestart_op": "gestart op",
    "looptijd_seconden": "looptijd van de simulatie",
}
"""Dutch labels of the manifest keys (the JSON keys themselves stay as they are)."""


def _manifest_rijen(manifest: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The manifest as Dutch label and text."""
    rijen = []
    for sleutel, w in manifest.items():
        if sleutel == "looptijd_seconden" and isinstance(w, int | float):
            tekst = f"{_nl(w, 1)} s"
        elif isinstance(w, list):
            tekst = "; ".join(
                ", ".join(str(v) for v in d.values()) if isinstance(d, dict) else str(d) for d in w
            )
        elif isinstance(w, dict):
            tekst = ", ".join(f"{k}: {v}" for k, v in w.items())
        elif isinstance(w, int) and not isinstance(w, bool) and sleutel != "seed":
            tekst = geheel(w)
        else:
            tekst = str(w)
        rijen.append((_MANIFEST.get(sleutel, sleutel.replace("_", " ")), tekst))
    return rijen


def _kpi_rijen(schattingen: Mapping[str, Schatting]) -> list[KpiRij]:
    return [
        KpiRij(kpi_info(n).label, waarde(n, s.gemiddelde), interval(n, s), s.replicaties)
        for n, s in schattingen.items()
    ]


def kpi_tabel_html(schattingen: Mapping[str, Schatting]) -> str:
    """The KPI table: label, mean, 95% interval, replications."""
    return render("simulatie_kpitabel.html.j2", kpis=_kpi_rijen(schattingen))


def rapport_html(
    *,
    titel: str,
    scenario: Scenario,
    cohort: str,
    schattingen: Mapping[str, Schatting],
    overleving_png: bytes,
    schendingen_png: bytes,
    manifest: Mapping[str, Any],
    aantal: int | None = None,
) -> str:
    """The self-contained run report (``aantal``: the cases simulated, see parameterrijen)."""
    return render(
        "simulatie_rapport.html.j2",
        titel=titel,
        omschrijving=scenario.omschrijving,
        scenarionaam=scenario.naam,
        cohort=cohort,
        kpis=_kpi_rijen(schattingen),
        overleving_png=_base64(overleving_png),
        schendingen_png=_base64(schendingen_png),
        manifest=_manifest_rijen(manifest),
        parameters=parameterrijen([scenario], aantal),
    )


def vergelijking_html(
    *,
    titel: str,
    basis: str,
    cohort: str,
    scenarios: Mapping[str, Scenario],
    schattingen: Mapping[str, Mapping[str, Schatting]],
    verschillen: Mapping[str, Mapping[str, Schatting]],
    afbeeldingen: Mapping[str, bytes],
    manifest: Mapping[str, Any],
    aantal: int | None = None,
) -> str:
    """The self-contained comparison report: values, paired differences, charts, scenarios.

    ``afbeeldingen`` holds the PNGs ``overleving``, ``schendingen`` and ``verschillen``.
    """
    rijen = []
    for kpi, s_basis in schattingen[basis].items():
        cellen = []
        for naam, per_kpi in verschillen.items():
            tekst = verschiltekst(kpi, per_kpi[kpi])
            cellen.append(
                Verschilcel(
                    waarde=waarde(kpi, schattingen[naam][kpi].gemiddelde),
                    verschil=tekst.verschil,
                    interval=tekst.interval,
                    aantoonbaar=tekst.aantoonbaar,
                )
            )
        rijen.append(
            Vergelijkingsrij(
                label=kpi_info(kpi).label,
                basis=waarde(kpi, s_basis.gemiddelde),
                scenarios=tuple(cellen),
            )
        )
    parameters = parameterrijen(list(scenarios.values()), aantal)
    return render(
        "simulatie_vergelijking.html.j2",
        titel=titel,
        basis=basis,
        cohort=cohort,
        namen=list(verschillen),
        alle_namen=list(scenarios),
        omschrijvingen=[(n, s.omschrijving) for n, s in scenarios.items()],
        rijen=rijen,
        afbeeldingen={k: _base64(v) for k, v in afbeeldingen.items()},
        manifest=_manifest_rijen(manifest),
        parameters=parameters,
        verschillend=[r for r in parameters if r.anders],
    )
