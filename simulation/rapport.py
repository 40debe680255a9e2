"""What a simulation run leaves behind: KPI labels, JSON, PNG plots and self-contained HTML.

Dekt: the files of ``spoorwijzer simuleer run`` (``samenvatting.json``, ``overleving.png``,
``schendingen.png``, ``rapport.html``) and ``simuleer vergelijk`` (``vergelijking.json``,
``vergelijking.png``, ``vergelijking.html``).  Pure functions of the tallies and estimates:
no clock, no randomness, no files except where a caller passes a path.  The HTML pages are
Jinja2 templates on the shared layout of :mod:`adapters.rapport`, the plots inlined as data
URIs.

Plots use matplotlib's object API on the Agg canvas (no pyplot, no global figure state), so
they render headless and in worker threads alike.
"""

from __future__ import annotations

import base64
import io
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FuncFormatter, MultipleLocator, PercentFormatter

from adapters.rapport.sjablonen import render
from domain.regels import REGELS
from simulation.kpi import Schatting, Telling, schat

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


def verschil(naam: str, x: float, *, met_eenheid: bool = True) -> str:
    """A difference of a KPI with its unit (shares in percentage points)."""
    if math.isnan(x):
        return "–"
    eenheid = kpi_info(naam).eenheid
    if eenheid == "aandeel":
        getal, achter = _nl(100 * x, 1, teken=True), " pp"
    elif eenheid == "weken":
        getal, achter = _nl(x, 1, teken=True), " wk"
    elif eenheid == "dagen":
        getal, achter = _nl(x, 0, teken=True), " d"
    else:
        getal, achter = _nl(x, 3, teken=True), ""
    return getal + achter if met_eenheid else getal


def interval(naam: str, s: Schatting, *, als_verschil: bool = False) -> str:
    """The 95% interval as ``[a; b]`` (``–`` with fewer than two replications).

    Levels carry their unit (``[55,7%; 67,6%]``); differences do not, since they follow the
    estimate that does (``−0,3 pp [−0,5; −0,1]``).
    """
    if math.isnan(s.onder) or math.isnan(s.boven):
        return "–"
    if als_verschil:
        return (
            f"[{verschil(naam, s.onder, met_eenheid=False)}; "
            f"{verschil(naam, s.boven, met_eenheid=False)}]"
        )
    return f"[{waarde(naam, s.onder)}; {waarde(naam, s.boven)}]"


def sluit_nul_uit(s: Schatting) -> bool:
    """Whether the 95% interval of a difference excludes zero."""
    return not math.isnan(s.onder) and not math.isnan(s.boven) and (s.onder > 0 or s.boven < 0)


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


# -- plots -----------------------------------------------------------------------------------


def _png(figuur: Figure) -> bytes:
    FigureCanvasAgg(figuur)
    buffer = io.BytesIO()
    figuur.savefig(buffer, format="png", dpi=110)
    return buffer.getvalue()


def overleving_per_week(tellingen: Sequence[Telling]) -> list[Schatting]:
    """Per week 0..104: the share still sick, mean and 95% interval over replications."""
    curven = [t.overleving() for t in tellingen]
    return [schat([c[min(7 * w, len(c) - 1)] for c in curven]) for w in range(WEKEN + 1)]


def teken_overleving(tellingen: Sequence[Telling], ondertitel: str) -> bytes:
    """The survival curve of sickness: share still sick per week, with a 95% band."""
    punten = overleving_per_week(tellingen)
    weken = list(range(WEKEN + 1))
    figuur = Figure(figsize=(9, 5.2), layout="constrained")
    as_ = figuur.add_subplot()
    gemiddeld = [100 * p.gemiddelde for p in punten]
    if all(not math.isnan(p.onder) for p in punten):
        as_.fill_between(
            weken,
            [100 * p.onder for p in punten],
            [100 * p.boven for p in punten],
            color=_KLEUREN[0],
            alpha=0.25,
            linewidth=0,
            label="95%-betrouwbaarheidsband",
        )
    as_.plot(weken, gemiddeld, color=_KLEUREN[0], linewidth=2, label="gemiddelde over replicaties")
    for week, naam in _MIJLPALEN:
        as_.axvline(week, color="#888888", linestyle=":", linewidth=1)
        as_.text(week + 0.8, 97, naam, fontsize=8, color="#555555", va="top")
    as_.set_xlim(0, WEKEN)
    as_.set_ylim(0, 102)
    as_.xaxis.set_major_locator(MultipleLocator(13))
    as_.yaxis.set_major_formatter(PercentFormatter(decimals=0))
    as_.set_xlabel("weken na de eerste ziektedag")
    as_.set_ylabel("nog ziek (% van het cohort)")
    as_.set_title(f"Hoeveel cases zijn nog ziek?\n{ondertitel}", fontsize=12)
    as_.grid(True, alpha=0.3)
    as_.legend(loc="upper right", bbox_to_anchor=(1, 0.8), fontsize=9)
    return _png(figuur)


def teken_schendingen(schattingen: Mapping[str, Schatting], ondertitel: str) -> bytes:
    """Share of cases violating each deadline rule, with 95% interval bars."""
    regels = [r for r in REGELS if f"schending_{r}" in schattingen]
    s = [schattingen[f"schending_{r}"] for r in regels]
    y = list(range(len(regels)))[::-1]
    x = [100 * e.gemiddelde for e in s]
    fouten = [
        [max(0.0, 100 * (e.gemiddelde - e.onder)) if not math.isnan(e.onder) else 0.0 for e in s],
        [max(0.0, 100 * (e.boven - e.gemiddelde)) if not math.isnan(e.boven) else 0.0 for e in s],
    ]
    figuur = Figure(figsize=(9, 0.45 * len(regels) + 1.8), layout="constrained")
    as_ = figuur.add_subplot()
    as_.barh(
        y,
        x,
        xerr=fouten,
        color=_KLEUREN[1],
        alpha=0.85,
        capsize=3,
        error_kw={"elinewidth": 1, "ecolor": "#333333"},
    )
    boven = max([b + f for b, f in zip(x, fouten[1], strict=True)] + [1.0])
    for yi, xi, fi in zip(y, x, fouten[1], strict=True):
        as_.text(xi + fi + boven * 0.01, yi, f"{_nl(xi, 1)}%", va="center", fontsize=9)
    as_.set_yticks(y, [REGELS[r].titel for r in regels], fontsize=9)
    as_.set_xlim(0, boven * 1.15)
    as_.xaxis.set_major_formatter(PercentFormatter(decimals=0))
    as_.set_xlabel(
        "cases waarin de termijn is overschreden (te laat of verlopen), % van het cohort"
    )
    as_.set_title(f"Termijnoverschrijdingen per regel\n{ondertitel}", fontsize=12)
    as_.grid(True, axis="x", alpha=0.3)
    return _png(figuur)


HOOFD_KPIS_DUUR = {
    "loonweken_werkgever": ("Loondoorbetaling\ndoor de werkgever", "weken loon per case"),
    "terugkeer_dag_mediaan": ("Mediane\nterugkeerdag", "dagen"),
}
"""The non-share KPIs in the comparison plot (each in its own panel): title and unit."""


def _aandeel_kpis(namen: Sequence[str]) -> list[str]:
    return [n for n in namen if kpi_info(n).eenheid == "aandeel"]


def teken_vergelijking(
    basis: str, verschillen: Mapping[str, Mapping[str, Schatting]], ondertitel: str
) -> bytes:
    """Paired differences (scenario - basis) with 95% interval bars, per main KPI.

    Left the shares in percentage points, right the durations each in its own unit; a filled
    marker means the interval excludes zero.
    """
    eerste = next(iter(verschillen.values()))
    aandelen = _aandeel_kpis(list(eerste))
    duur = [n for n in HOOFD_KPIS_DUUR if n in eerste]
    figuur = Figure(figsize=(12, 0.42 * len(aandelen) + 2.8), layout="constrained")
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
        for j, per_kpi in enumerate(verschillen.values()):
            kleur = _KLEUREN[j % len(_KLEUREN)]
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
                    color=kleur,
                    markerfacecolor=kleur if sluit_nul_uit(s) else "white",
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
    legenda = [
        Line2D([], [], marker="o", color=_KLEUREN[j % len(_KLEUREN)], label=naam)
        for j, naam in enumerate(verschillen)
    ]
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
        f"Gepaarde verschillen met 95%-betrouwbaarheidsinterval (scenario − {basis})\n{ondertitel}",
        fontsize=12,
    )
    return _png(figuur)


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


def _base64(png: bytes) -> str:
    return base64.b64encode(png).decode("ascii")


def _manifest_rijen(manifest: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The manifest as key and text; lists and objects as JSON."""
    return [
        (sleutel, json.dumps(w, ensure_ascii=False) if isinstance(w, list | dict) else str(w))
        for sleutel, w in manifest.items()
    ]


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
    omschrijving: str,
    schattingen: Mapping[str, Schatting],
    overleving_png: bytes,
    schendingen_png: bytes,
    manifest: Mapping[str, Any],
    scenario_json: str,
) -> str:
    """The self-contained run report."""
    return render(
        "simulatie_rapport.html.j2",
        titel=titel,
        omschrijving=omschrijving,
        kpis=_kpi_rijen(schattingen),
        overleving_png=_base64(overleving_png),
        schendingen_png=_base64(schendingen_png),
        manifest=_manifest_rijen(manifest),
        scenario_json=scenario_json,
    )


def vergelijking_html(
    *,
    titel: str,
    basis: str,
    scenarios: Mapping[str, Mapping[str, Schatting]],
    verschillen: Mapping[str, Mapping[str, Schatting]],
    png: bytes,
    manifest: Mapping[str, Any],
) -> str:
    """The self-contained comparison report: values, paired differences, plot, manifest."""
    rijen = [
        Vergelijkingsrij(
            label=kpi_info(kpi).label,
            basis=waarde(kpi, s_basis.gemiddelde),
            scenarios=tuple(
                Verschilcel(
                    waarde=waarde(kpi, scenarios[naam][kpi].gemiddelde),
                    verschil=verschil(kpi, per_kpi[kpi].gemiddelde),
                    interval=interval(kpi, per_kpi[kpi], als_verschil=True),
                    aantoonbaar=sluit_nul_uit(per_kpi[kpi]),
                )
                for naam, per_kpi in verschillen.items()
            ),
        )
        for kpi, s_basis in scenarios[basis].items()
    ]
    return render(
        "simulatie_vergelijking.html.j2",
        titel=titel,
        basis=basis,
        namen=list(verschillen),
        rijen=rijen,
        png=_base64(png),
        manifest=_manifest_rijen(manifest),
    )
