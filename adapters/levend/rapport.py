"""Static HTML living documentation: the feature files joined with the cucumber JSON.

The feature files say what exists; pytest-bdd's ``--cucumberjson`` says what ran.  The JSON
of pytest-bdd 9.0.1 is not complete on its own, so every result is derived per step:

* a scenario whose *first* step has no definition is left out of the JSON altogether
  (pytest-bdd #721): it is reported as ``ontbreekt`` ("niet uitgevoerd of stap ontbreekt");
* a later undefined step is simply missing from the element's ``steps`` while the steps
  before it say ``passed``: the first step without a result is reported as
  ``ongedefinieerd`` and the rest as ``overgeslagen``;
* after a failing step pytest-bdd marks every remaining step ``failed`` with an empty
  message: only the first one is ``mislukt``, the others are ``overgeslagen``;
* the rows of an ``Abstract Scenario`` all carry the outline's line; they are told apart by
  the test id (``test_x[waarde1-waarde2]``) and, failing that, by their rendered steps.

Scenarios are matched by feature file (the JSON ``uri`` is ``<map>/<bestand>.feature``) and
line number.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from adapters.levend.features import (
    Bron,
    Functionaliteit,
    Regel,
    Scenario,
    Stap,
    Uitvoering,
    is_bronregel,
    lees_features,
)
from adapters.levend.stappen import SCENARIO, aantal
from adapters.rapport.html import pagina as html_pagina


class OnleesbareCucumberError(Exception):
    """The cucumber JSON cannot be read."""


class Status(StrEnum):
    """The outcome of a scenario (instance) or a step."""

    GESLAAGD = "geslaagd"
    MISLUKT = "mislukt"
    ONGEDEFINIEERD = "ongedefinieerd"
    ONTBREEKT = "ontbreekt"
    """Scenario: not in the JSON (not run, or its first step is undefined)."""
    OVERGESLAGEN = "overgeslagen"
    """Step: not run because an earlier step failed or was undefined."""
    NIET_UITGEVOERD = "niet_uitgevoerd"
    """Step: its scenario is not in the JSON."""


LABEL: dict[Status, str] = {
    Status.GESLAAGD: "geslaagd",
    Status.MISLUKT: "mislukt",
    Status.ONGEDEFINIEERD: "ongedefinieerd",
    Status.ONTBREEKT: "niet uitgevoerd of stap ontbreekt",
    Status.OVERGESLAGEN: "overgeslagen",
    Status.NIET_UITGEVOERD: "niet uitgevoerd",
}

_ERNST = {
    Status.GESLAAGD: 0,
    Status.OVERGESLAGEN: 1,
    Status.ONGEDEFINIEERD: 2,
    Status.MISLUKT: 3,
    Status.NIET_UITGEVOERD: 4,
    Status.ONTBREEKT: 4,
}

SCENARIO_STATUSSEN = (Status.GESLAAGD, Status.MISLUKT, Status.ONGEDEFINIEERD, Status.ONTBREEKT)

ONGEDEFINIEERD_UITLEG = "Geen stapdefinitie gevonden voor deze stap (of de stap is overgeslagen)."
ONTBREEKT_UITLEG = (
    "Dit scenario staat niet in de cucumber-JSON: het is niet uitgevoerd, of de eerste stap "
    "heeft geen stapdefinitie (pytest-bdd laat zo'n scenario weg, issue #721). "
    "Het telt als mislukt."
)


# --- the cucumber JSON ------------------------------------------------------------------


@dataclass(frozen=True)
class JsonStap:
    """One step result of a cucumber JSON element."""

    naam: str
    regel: int
    status: str
    foutmelding: str


@dataclass(frozen=True)
class JsonScenario:
    """One element (a scenario, or one example row) of a cucumber JSON feature."""

    uri: str
    id: str
    naam: str
    regel: int
    stappen: tuple[JsonStap, ...]


def _lijst(waarde: object, wat: str) -> list[dict[str, Any]]:
    if not isinstance(waarde, list) or not all(isinstance(x, dict) for x in waarde):
        raise OnleesbareCucumberError(f"cucumber-JSON: {wat} is geen lijst van objecten")
    return waarde


def lees_cucumber(pad: Path) -> tuple[JsonScenario, ...]:
    """Read the elements of a cucumber JSON file (pytest-bdd's ``--cucumberjson``).

    Raises:
        OnleesbareCucumberError: when the file is not JSON or not shaped like a cucumber report.
    """
    try:
        data = json.loads(pad.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as fout:
        raise OnleesbareCucumberError(f"{pad}: {fout}") from fout
    scenarios = []
    for feature in _lijst(data, "het bestand"):
        uri = str(feature.get("uri", ""))
        for element in _lijst(feature.get("elements", []), f"elements van {uri}"):
            if element.get("type", "scenario") != "scenario":
                continue  # a cucumber "background" element from another tool
            stappen = tuple(
                JsonStap(
                    naam=str(stap.get("name", "")),
                    regel=int(stap.get("line", 0)),
                    status=str(stap.get("result", {}).get("status", "undefined")),
                    foutmelding=str(stap.get("result", {}).get("error_message", "")),
                )
                for stap in _lijst(element.get("steps", []), f"steps van {uri}")
            )
            scenarios.append(
                JsonScenario(
                    uri=uri,
                    id=str(element.get("id", "")),
                    naam=str(element.get("name", "")),
                    regel=int(element.get("line", 0)),
                    stappen=stappen,
                )
            )
    return tuple(scenarios)


# --- joining features and results ---------------------------------------------------------


@dataclass(frozen=True)
class Stapuitslag:
    """A step with its outcome."""

    stap: Stap
    status: Status
    foutmelding: str | None = None


@dataclass(frozen=True)
class Uitslag:
    """The outcome of one :class:`Uitvoering` (a scenario or one example row)."""

    uitvoering: Uitvoering
    status: Status
    stappen: tuple[Stapuitslag, ...]
    test_id: str | None


@dataclass(frozen=True)
class Featureuitslag:
    """A feature file with the outcome of every scenario instance."""

    functionaliteit: Functionaliteit
    uitslagen: tuple[Uitslag, ...]
    pagina: str

    def telling(self) -> Counter[Status]:
        """Number of scenario instances per status."""
        return Counter(u.status for u in self.uitslagen)

    def van(self, scenario: Scenario) -> tuple[Uitslag, ...]:
        """The outcomes of one scenario (one per example row for an outline)."""
        return tuple(u for u in self.uitslagen if u.uitvoering.scenario is scenario)

    @property
    def status(self) -> Status:
        """The worst outcome of the feature's scenarios."""
        return slechtste(u.status for u in self.uitslagen)


@dataclass(frozen=True)
class Rapport:
    """Everything the HTML pages show."""

    features: tuple[Featureuitslag, ...]
    zwevend: tuple[JsonScenario, ...]
    """JSON results that belong to no scenario in the feature files (stale results)."""
    datum: datetime | None
    cucumber: Path
    features_map: Path

    def telling(self) -> Counter[Status]:
        """Number of scenario instances per status, over all features."""
        totaal: Counter[Status] = Counter()
        for f in self.features:
            totaal.update(f.telling())
        return totaal

    @property
    def geslaagd(self) -> bool:
        """True when every scenario instance passed."""
        return all(u.status is Status.GESLAAGD for f in self.features for u in f.uitslagen)


def slechtste(statussen: Iterable[Status]) -> Status:
    """The most severe status; ``geslaagd`` for none."""
    return max(statussen, key=lambda s: _ERNST[s], default=Status.GESLAAGD)


def _json_status(status: str) -> Status:
    if status == "passed":
        return Status.GESLAAGD
    if status in {"undefined", "skipped", "pending", "ambiguous"}:
        return Status.ONGEDEFINIEERD
    return Status.MISLUKT


def beoordeel(uitvoering: Uitvoering, element: JsonScenario | None) -> Uitslag:
    """Derive the outcome of every step of one instance from its JSON element (or none)."""
    if element is None:
        stappen = tuple(Stapuitslag(s, Status.NIET_UITGEVOERD) for s in uitvoering.stappen)
        return Uitslag(uitvoering, Status.ONTBREEKT, stappen, None)
    per_regel = {s.regel: s for s in element.stappen}
    uitslagen: list[Stapuitslag] = []
    gestopt = False
    for stap in uitvoering.stappen:
        resultaat = per_regel.get(stap.regel)
        if resultaat is not None and resultaat.naam.strip() != stap.tekst.strip():
            resultaat = None  # the feature changed after the run
        if gestopt:
            uitslagen.append(Stapuitslag(stap, Status.OVERGESLAGEN))
        elif resultaat is None:
            uitslagen.append(Stapuitslag(stap, Status.ONGEDEFINIEERD, ONGEDEFINIEERD_UITLEG))
            gestopt = True
        else:
            status = _json_status(resultaat.status)
            melding = resultaat.foutmelding or None
            if status is Status.ONGEDEFINIEERD:
                melding = melding or ONGEDEFINIEERD_UITLEG
            uitslagen.append(Stapuitslag(stap, status, melding))
            gestopt = status is not Status.GESLAAGD
    statussen = {u.status for u in uitslagen}
    if Status.MISLUKT in statussen:
        status = Status.MISLUKT
    elif Status.ONGEDEFINIEERD in statussen:
        status = Status.ONGEDEFINIEERD
    elif not uitslagen:
        status = Status.ONTBREEKT
    else:
        status = Status.GESLAAGD
    return Uitslag(uitvoering, status, tuple(uitslagen), element.id)


def _past(uitvoering: Uitvoering, element: JsonScenario) -> bool:
    """Whether a JSON element's name and step texts are those of this example row."""
    teksten = {s.regel: s.tekst.strip() for s in uitvoering.stappen}
    return element.naam == uitvoering.naam and all(
        teksten.get(s.regel, s.naam.strip()) == s.naam.strip() for s in element.stappen
    )


def _koppel_abstract(
    uitvoeringen: Sequence[Uitvoering], kandidaten: list[JsonScenario]
) -> list[JsonScenario | None]:
    vrij = list(kandidaten)
    gekozen: list[JsonScenario | None] = []
    for uitvoering in uitvoeringen:
        rij = uitvoering.rij
        test_id = "-".join(w for _, w in rij.waarden) if rij is not None else None
        keuze = next(
            (k for k in vrij if test_id is not None and k.id.endswith(f"[{test_id}]")), None
        )
        if keuze is None:
            keuze = next((k for k in vrij if _past(uitvoering, k)), None)
        if keuze is not None:
            vrij.remove(keuze)
        gekozen.append(keuze)
    return gekozen


def _feature_bij_uri(features: Sequence[Functionaliteit], uri: str) -> Functionaliteit | None:
    uri = uri.replace("\\", "/").lstrip("./")
    exact = [f for f in features if f.relpad == uri]
    if exact:
        return exact[0]
    passend = [f for f in features if f.relpad.endswith("/" + uri) or uri.endswith("/" + f.relpad)]
    return passend[0] if passend else None


def _paginanamen(features: Sequence[Functionaliteit]) -> list[str]:
    korte = Counter(f.naam_kort for f in features)
    namen = []
    for f in features:
        naam = f.naam_kort if korte[f.naam_kort] == 1 else f.relpad.removesuffix(".feature")
        naam = re.sub(r"[^A-Za-z0-9_.-]+", "-", naam).strip("-.") or "functionaliteit"
        if naam == "index":
            naam = "functionaliteit-index"
        namen.append(naam + ".html")
    return namen


def maak_rapport(
    features: Sequence[Functionaliteit],
    resultaten: Sequence[JsonScenario],
    *,
    datum: datetime | None,
    cucumber: Path,
    features_map: Path,
) -> Rapport:
    """Join the feature files with the JSON results."""
    per_plek: dict[tuple[str, int], list[JsonScenario]] = defaultdict(list)
    zwevend: list[JsonScenario] = []
    for element in resultaten:
        feature = _feature_bij_uri(features, element.uri)
        if feature is None:
            zwevend.append(element)
        else:
            per_plek[(feature.relpad, element.regel)].append(element)
    uitslagen = []
    for feature, pagina in zip(features, _paginanamen(features), strict=True):
        per_feature: list[Uitslag] = []
        for scenario in feature.alle_scenarios():
            kandidaten = per_plek.pop((feature.relpad, scenario.regel), [])
            uitvoeringen = scenario.uitvoeringen()
            if scenario.is_abstract:
                keuzes = _koppel_abstract(uitvoeringen, kandidaten)
                zwevend.extend(k for k in kandidaten if k not in keuzes)
                per_feature.extend(
                    beoordeel(u, k) for u, k in zip(uitvoeringen, keuzes, strict=True)
                )
            elif kandidaten:
                # The same scenario bound twice: the worst run counts.
                runs = [beoordeel(uitvoeringen[0], k) for k in kandidaten]
                per_feature.append(max(runs, key=lambda u: _ERNST[u.status]))
            else:
                per_feature.append(beoordeel(uitvoeringen[0], None))
        uitslagen.append(Featureuitslag(feature, tuple(per_feature), pagina))
    for rest in per_plek.values():
        zwevend.extend(rest)
    return Rapport(tuple(uitslagen), tuple(zwevend), datum, cucumber, features_map)


def lees_rapport(features_map: Path, cucumber: Path) -> tuple[Rapport, list[str]]:
    """Read the feature files and the cucumber JSON; the second value lists warnings.

    A missing JSON file is not an error: every scenario is then reported as not run.

    Raises:
        OnleesbareFeatureError: a feature file cannot be parsed.
        OnleesbareCucumberError: the JSON file exists but cannot be read.
    """
    waarschuwingen = []
    features = lees_features(features_map)
    if cucumber.is_file():
        resultaten = lees_cucumber(cucumber)
        if not resultaten and any(f.alle_scenarios() for f in features):
            waarschuwingen.append(
                f"waarschuwing: {cucumber} bevat geen resultaten; draaide pytest met -n "
                "(pytest-xdist)? pytest-bdd schrijft de cucumber-JSON dan leeg"
            )
        datum: datetime | None = datetime.fromtimestamp(
            cucumber.stat().st_mtime, tz=UTC
        ).astimezone()
    else:
        waarschuwingen.append(
            f"waarschuwing: {cucumber} bestaat niet; alle scenario's gelden als niet uitgevoerd"
        )
        resultaten, datum = (), None
    return (
        maak_rapport(
            features, resultaten, datum=datum, cucumber=cucumber, features_map=features_map
        ),
        waarschuwingen,
    )


def samenvatting(rapport: Rapport) -> str:
    """The one-line Dutch summary printed by the command."""
    t = rapport.telling()
    totaal = sum(t.values())
    regel = (
        f"{aantal(totaal, *SCENARIO)} in "
        f"{aantal(len(rapport.features), 'functionaliteit', 'functionaliteiten')}: "
        f"{t[Status.GESLAAGD]} geslaagd, {t[Status.MISLUKT]} mislukt, "
        f"{t[Status.ONGEDEFINIEERD]} ongedefinieerd, "
        f"{t[Status.ONTBREEKT]} niet uitgevoerd of stap ontbreekt"
    )
    if rapport.zwevend:
        regel += f" ({len(rapport.zwevend)} resultaten zonder scenario genegeerd)"
    return regel


# --- HTML -------------------------------------------------------------------------------

_CSS = """
:root{--groen:#116329;--groen-bg:#dafbe1;--rood:#a40e26;--rood-bg:#ffebe9;
--oranje:#953800;--oranje-bg:#fff1e5;--grijs:#57606a;--grijs-bg:#eaeef2;--lijn:#d0d7de}
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;
line-height:1.45;max-width:72rem;margin:0 auto;padding:1.5rem}
a{color:#0969da}
h1{font-size:1.6rem;margin:.3rem 0}h2{font-size:1.25rem;margin-top:2rem}
h3{font-size:1.05rem;margin:.2rem 0}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.88em}
.trefwoord{color:var(--grijs);font-weight:600}
.tags{color:var(--grijs);font-size:.85em;margin:0}
.meta{color:var(--grijs);font-size:.9em}
.verhaal{border-left:4px solid var(--lijn);margin:.8rem 0;padding:.2rem 1rem;color:#424a53}
.status{display:inline-block;padding:0 .55em;border-radius:1em;font-size:.78rem;
font-weight:600;vertical-align:middle;white-space:nowrap}
.status.geslaagd{background:var(--groen-bg);color:var(--groen)}
.status.mislukt,.status.ontbreekt,.status.niet_uitgevoerd{background:var(--rood-bg);
color:var(--rood)}
.status.ongedefinieerd{background:var(--oranje-bg);color:var(--oranje)}
.status.overgeslagen{background:var(--grijs-bg);color:var(--grijs)}
section.regel{border-top:2px solid var(--lijn);margin-top:1.5rem}
.bronnen{margin:.4rem 0;padding-left:1.2rem}
.waarschuwing{color:var(--oranje)}
article.scenario{border:1px solid var(--lijn);border-left:6px solid var(--lijn);
border-radius:6px;padding:.6rem .9rem;margin:.8rem 0}
article.geslaagd{border-left-color:#2da44e}
article.mislukt,article.ontbreekt{border-left-color:#cf222e}
article.ongedefinieerd{border-left-color:#fb8f44}
ol.stappen{list-style:none;padding-left:0;margin:.4rem 0}
ol.stappen>li{padding:.15rem .5rem;border-left:3px solid transparent;margin:.1rem 0}
li.geslaagd{border-left-color:#2da44e!important}
li.mislukt,li.niet_uitgevoerd{border-left-color:#cf222e!important;background:#fff8f8}
li.ongedefinieerd{border-left-color:#fb8f44!important;background:#fffaf5}
li.overgeslagen{border-left-color:var(--lijn)!important;color:var(--grijs)}
li.achtergrond .tekst{font-style:italic}
table{border-collapse:collapse;margin:.4rem 0;max-width:100%}td code{word-break:break-all}
td,th{border:1px solid var(--lijn);padding:.2rem .55rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}
td.getal{text-align:right}
tr.mislukt td,tr.ontbreekt td{background:#fff8f8}
tr.ongedefinieerd td{background:#fffaf5}
pre{background:#f6f8fa;padding:.5rem;overflow:auto;max-height:28rem;white-space:pre-wrap}
pre.fout{background:var(--rood-bg)}
p.fout,div.fout{color:var(--rood);margin:.2rem 0}
details>summary{cursor:pointer}
footer{margin-top:3rem;color:var(--grijs);font-size:.85em}
"""

_LINK = re.compile(r"\[([^\]\n]+)\]\((https?://[^\s)]+)\)|https?://[^\s<>()\[\]\"'`|]+")


def e(tekst: object) -> str:
    """HTML-escape text (quotes included)."""
    return html.escape(str(tekst), quote=True)


def met_links(tekst: str) -> str:
    """Escape text and turn ``https://`` addresses and ``[tekst](url)`` into links."""
    delen = []
    vorige = 0
    for m in _LINK.finditer(tekst):
        delen.append(e(tekst[vorige : m.start()]))
        if m.group(1) is not None:
            label, url = m.group(1), m.group(2)
        else:
            url = m.group(0).rstrip(".,;:!?")
            label = url
        delen.append(f'<a href="{e(url)}">{e(label)}</a>')
        vorige = m.start() + len(m.group(0)) if m.group(1) is not None else m.start() + len(url)
    delen.append(e(tekst[vorige:]))
    return "".join(delen)


def _status(status: Status) -> str:
    return f'<span class="status {status.value}">{e(LABEL[status])}</span>'


def _datum(rapport: Rapport) -> str:
    if rapport.datum is None:
        return "geen uitvoering gevonden"
    return rapport.datum.strftime("%Y-%m-%d %H:%M")


def _pagina(titel: str, inhoud: str) -> str:
    return html_pagina(titel, _CSS, inhoud)


def _tags(tags: Sequence[str]) -> str:
    return f'<p class="tags">{e(" ".join(tags))}</p>' if tags else ""


def _tabel(rijen: Sequence[Sequence[str]]) -> str:
    if not rijen:
        return ""
    kop = "".join(f"<th>{e(c)}</th>" for c in rijen[0])
    romp = "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in rijen[1:])
    return f"<table><tr>{kop}</tr>{romp}</table>"


def _kort(foutmelding: str) -> str:
    """The assertion lines (``E   ...``) of a pytest failure, or its last line."""
    regels = [r[1:].strip() for r in foutmelding.splitlines() if r.startswith("E ")]
    if regels:
        return " ".join(regels)
    niet_leeg = [r.strip() for r in foutmelding.splitlines() if r.strip()]
    return niet_leeg[-1] if niet_leeg else ""


def _stap(stap: Stap, status: Status | None, foutmelding: str | None) -> str:
    klassen = " ".join(
        k for k in (status.value if status else "", "achtergrond" if stap.achtergrond else "") if k
    )
    klasse = f' class="{klassen}"' if klassen else ""
    delen = [
        f'<li{klasse}><span class="trefwoord">{e(stap.trefwoord)}</span> '
        f'<span class="tekst">{e(stap.tekst)}</span>'
    ]
    if stap.achtergrond:
        delen.append(' <span class="tags">(achtergrond)</span>')
    if status is not None and status is not Status.GESLAAGD:
        delen.append(" " + _status(status))
    if stap.tabel:
        delen.append(_tabel(stap.tabel))
    if stap.docstring is not None:
        delen.append(f"<pre>{e(stap.docstring)}</pre>")
    if foutmelding:
        if status is Status.MISLUKT:
            delen.append(
                f'<details class="fout" open><summary class="fout">{e(_kort(foutmelding))}'
                f'</summary><pre class="fout">{e(foutmelding)}</pre></details>'
            )
        else:
            delen.append(f'<p class="fout">{e(foutmelding)}</p>')
    delen.append("</li>")
    return "".join(delen)


def _stappen(uitslag: Uitslag) -> str:
    regels = [_stap(s.stap, s.status, s.foutmelding) for s in uitslag.stappen]
    toelichting = (
        f'<p class="fout">{e(ONTBREEKT_UITLEG)}</p>' if uitslag.status is Status.ONTBREEKT else ""
    )
    return toelichting + '<ol class="stappen">' + "".join(regels) + "</ol>"


def _anker(scenario: Scenario, rij: int | None = None) -> str:
    return f"scenario-{scenario.regel}" + (f"-{rij + 1}" if rij is not None else "")


def _scenario(scenario: Scenario, uitslagen: Sequence[Uitslag]) -> str:
    status = slechtste(u.status for u in uitslagen)
    kop = (
        f'<h3><span class="trefwoord">{e(scenario.trefwoord)}:</span> {e(scenario.naam)} '
        f"{_status(status)}</h3>"
    )
    delen = [f'<article class="scenario {status.value}" id="{_anker(scenario)}">', kop]
    delen.append(_tags(scenario.tags))
    delen.extend(f"<p>{met_links(r)}</p>" for r in scenario.beschrijving)
    if not scenario.is_abstract:
        delen.append(_stappen(uitslagen[0]))
        delen.append("</article>")
        return "".join(delen)
    delen.append(
        '<ol class="stappen">' + "".join(_stap(s, None, None) for s in scenario.stappen) + "</ol>"
    )
    per_rij = {u.uitvoering.rij.index: u for u in uitslagen if u.uitvoering.rij is not None}
    for blok in scenario.voorbeelden:
        delen.append(f'<h4><span class="trefwoord">{e(blok.trefwoord)}:</span> {e(blok.naam)}</h4>')
        delen.append(_tags(blok.tags))
        kop_cellen = "".join(f"<th>{e(c)}</th>" for c in blok.kop)
        rijen = []
        for rij in blok.rijen:
            u = per_rij[rij.index]
            cellen = "".join(f"<td>{e(w)}</td>" for _, w in rij.waarden)
            rijen.append(
                f'<tr class="{u.status.value}">{cellen}<td>'
                f'<a href="#{_anker(scenario, rij.index)}">{_status(u.status)}</a></td></tr>'
            )
        delen.append(f"<table><tr>{kop_cellen}<th>uitslag</th></tr>{''.join(rijen)}</table>")
    for u in uitslagen:
        assert u.uitvoering.rij is not None
        index = u.uitvoering.rij.index
        open_ = "" if u.status is Status.GESLAAGD else " open"
        delen.append(
            f'<details id="{_anker(scenario, index)}"{open_}><summary>Voorbeeld {index + 1}: '
            f"{e(u.uitvoering.naam)} {_status(u.status)}</summary>{_stappen(u)}</details>"
        )
    delen.append("</article>")
    return "".join(delen)


def _bronnen(bronnen: Sequence[Bron]) -> str:
    items = []
    for bron in bronnen:
        soort = "wetsbron" if bron.wettelijk else "andere bron"
        if bron.url and bron.tekst:
            tekst = f'<a href="{e(bron.url)}">{e(bron.tekst)}</a>'
        elif bron.url:
            tekst = f'<a href="{e(bron.url)}">{e(bron.url)}</a>'
        else:
            tekst = e(bron.tekst)
        items.append(f'<li><span class="meta">{soort}:</span> {tekst}</li>')
    return '<p><strong>Bronnen</strong></p><ul class="bronnen">' + "".join(items) + "</ul>"


def _opmerkingen(opmerkingen: Sequence[str]) -> str:
    """The comment lines other than ``Bron:`` lines, rejoined into paragraphs."""
    alineas: list[list[str]] = []
    for regel in (r for r in opmerkingen if not is_bronregel(r)):
        nieuw = (
            not alineas
            or regel.startswith(("⚠", "-", "*"))
            or (alineas[-1][-1].endswith((".", ":", "!", "?")) and regel[:1].isupper())
        )
        if nieuw:
            alineas.append([regel])
        else:
            alineas[-1].append(regel)
    return "".join(f'<p class="meta">{met_links(" ".join(a))}</p>' for a in alineas)


def _regel(regel: Regel, fu: Featureuitslag) -> str:
    delen = [
        f'<section class="regel" id="regel-{regel.regel}">',
        f'<h2><span class="trefwoord">{e(regel.trefwoord)}:</span> {met_links(regel.naam)}</h2>',
        _tags(regel.tags),
    ]
    delen.extend(f"<p>{met_links(r)}</p>" for r in regel.beschrijving)
    delen.append(_opmerkingen(regel.opmerkingen))
    if regel.bronnen:
        delen.append(_bronnen(regel.bronnen))
    if not any(b.wettelijk for b in regel.bronnen):
        delen.append('<p class="waarschuwing">Deze regel noemt geen wetsbron.</p>')
    delen.extend(_scenario(s, fu.van(s)) for s in regel.scenarios)
    delen.append("</section>")
    return "".join(delen)


def _telling(telling: Counter[Status]) -> str:
    totaal = sum(telling.values())
    delen = [f"{LABEL[s]}: {telling[s]}" for s in SCENARIO_STATUSSEN if telling[s]]
    return f"{totaal} scenario's" + (" (" + ", ".join(delen) + ")" if delen else "")


def featurepagina(rapport: Rapport, fu: Featureuitslag) -> str:
    """The HTML page of one feature."""
    f = fu.functionaliteit
    pad = (rapport.features_map / f.relpad).as_posix()
    delen = [
        '<nav><a href="index.html">&larr; alle functionaliteiten</a></nav>',
        "<header>",
        _tags(f.tags),
        f'<h1><span class="trefwoord">{e(f.trefwoord)}:</span> {e(f.naam)} '
        f"{_status(fu.status)}</h1>",
        f'<p class="meta"><code>{e(pad)}</code> &middot; laatste uitvoering: {e(_datum(rapport))}'
        f" &middot; {e(_telling(fu.telling()))}</p>",
    ]
    if f.beschrijving:
        delen.append(
            '<blockquote class="verhaal">'
            + "<br>".join(met_links(r) for r in f.beschrijving)
            + "</blockquote>"
        )
    delen.append(_opmerkingen(f.opmerkingen))
    if f.bronnen:
        delen.append(_bronnen(f.bronnen))
    delen.append("</header>")
    if f.achtergrond:
        delen.append(
            '<section><h2>Achtergrond</h2><p class="meta">Deze stappen lopen voor elk scenario.</p>'
            '<ol class="stappen">'
            + "".join(_stap(s, None, None) for s in f.achtergrond)
            + "</ol></section>"
        )
    if f.scenarios:
        delen.append('<section class="regel"><h2>Scenario\'s buiten een regel</h2>')
        delen.extend(_scenario(s, fu.van(s)) for s in f.scenarios)
        delen.append("</section>")
    delen.extend(_regel(r, fu) for r in f.regels)
    delen.append(
        f"<footer>Gegenereerd door <code>python -m adapters.levend rapport</code> uit "
        f"<code>{e(pad)}</code> en <code>{e(rapport.cucumber.as_posix())}</code>.</footer>"
    )
    return _pagina(f"{f.trefwoord}: {f.naam}", "\n".join(d for d in delen if d))


def indexpagina(rapport: Rapport) -> str:
    """The overview page: every feature with its counts."""
    t = rapport.telling()
    koppen = ["functionaliteit", "bestand", "scenario's"] + [LABEL[s] for s in SCENARIO_STATUSSEN]
    rijen = []
    for fu in rapport.features:
        f = fu.functionaliteit
        ft = fu.telling()
        getallen = "".join(f'<td class="getal">{ft[s]}</td>' for s in SCENARIO_STATUSSEN)
        rijen.append(
            f'<tr class="{fu.status.value}"><td><a href="{e(fu.pagina)}">{e(f.naam)}</a> '
            f"{_status(fu.status)}</td><td><code>{e((rapport.features_map / f.relpad).as_posix())}"
            f'</code></td><td class="getal">{len(fu.uitslagen)}</td>{getallen}</tr>'
        )
    totaal = "".join(f'<td class="getal">{t[s]}</td>' for s in SCENARIO_STATUSSEN)
    rijen.append(
        f'<tr><th colspan="2">totaal</th><td class="getal">{sum(t.values())}</td>{totaal}</tr>'
    )
    status = Status.GESLAAGD if rapport.geslaagd else slechtste(f.status for f in rapport.features)
    delen = [
        f"<h1>Specificaties {_status(status)}</h1>",
        f'<p class="meta">Laatste uitvoering: {e(_datum(rapport))} &middot; '
        f"{e(samenvatting(rapport))}</p>",
        "<table><tr>"
        + "".join(f"<th>{e(k)}</th>" for k in koppen)
        + "</tr>"
        + "".join(rijen)
        + "</table>",
        '<p class="meta">"Niet uitgevoerd of stap ontbreekt": het scenario staat in de '
        "features maar niet in de cucumber-JSON (niet uitgevoerd, of de eerste stap heeft "
        "geen definitie); het telt als mislukt, net als een ongedefinieerde stap.</p>",
    ]
    if rapport.zwevend:
        items = "".join(
            f"<li><code>{e(z.uri)}</code> regel {z.regel}: {e(z.naam)} "
            f"(<code>{e(z.id)}</code>)</li>"
            for z in rapport.zwevend
        )
        delen.append(
            '<h2>Resultaten zonder scenario</h2><p class="waarschuwing">Deze resultaten uit de '
            "cucumber-JSON horen bij geen scenario in de features (verouderd?):</p>"
            f"<ul>{items}</ul>"
        )
    delen.append(
        f"<footer>Gegenereerd door <code>python -m adapters.levend rapport</code> uit "
        f"<code>{e(rapport.features_map.as_posix())}</code> en "
        f"<code>{e(rapport.cucumber.as_posix())}</code>.</footer>"
    )
    return _pagina("Specificaties", "\n".join(delen))


def schrijf_rapport(rapport: Rapport, uit: Path) -> list[Path]:
    """Write ``index.html`` and one page per feature into ``uit``; return the paths."""
    uit.mkdir(parents=True, exist_ok=True)
    geschreven = [uit / "index.html"]
    geschreven[0].write_text(indexpagina(rapport), encoding="utf-8")
    for fu in rapport.features:
        pad = uit / fu.pagina
        pad.write_text(featurepagina(rapport, fu), encoding="utf-8")
        geschreven.append(pad)
    return geschreven
