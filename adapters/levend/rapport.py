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

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from markupsafe import Markup

from adapters.levend.features import (
    Functionaliteit,
    Scenario,
    Stap,
    Uitvoering,
    is_bronregel,
    lees_features,
)
from adapters.levend.stappen import (
    SCENARIO,
    Stapdefinitie,
    aantal,
    bedoelde_u,
    heeft_definitie,
    lees_stappen,
)
from adapters.rapport.sjablonen import render


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
GEEN_DEFINITIE_UITLEG = "Geen enkele stapdefinitie past op deze stap."
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
    suggestie: str | None = None
    """``bedoelde u: <closest known step>?`` for a step no definition matches."""


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
    stapdefinities: Sequence[Stapdefinitie] = (),
) -> Rapport:
    """Join the feature files with the JSON results.

    With ``stapdefinities`` (the step patterns), a step that did not run and that no pattern
    matches is named as such, with ``bedoelde u: <closest known step>?``.
    """
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
        if stapdefinities:
            per_feature = [_met_suggesties(u, stapdefinities) for u in per_feature]
        uitslagen.append(Featureuitslag(feature, tuple(per_feature), pagina))
    for rest in per_plek.values():
        zwevend.extend(rest)
    return Rapport(tuple(uitslagen), tuple(zwevend), datum, cucumber, features_map)


def _met_suggesties(uitslag: Uitslag, definities: Sequence[Stapdefinitie]) -> Uitslag:
    """The outcome with a hint on every step that did not run and that no pattern matches."""
    if uitslag.status not in (Status.ONGEDEFINIEERD, Status.ONTBREEKT):
        return uitslag
    stappen = []
    for su in uitslag.stappen:
        if su.status in (Status.ONGEDEFINIEERD, Status.NIET_UITGEVOERD) and not heeft_definitie(
            su.stap.tekst, definities
        ):
            su = Stapuitslag(
                su.stap,
                su.status,
                GEEN_DEFINITIE_UITLEG,
                bedoelde_u(su.stap.tekst, definities),
            )
        stappen.append(su)
    return Uitslag(uitslag.uitvoering, uitslag.status, tuple(stappen), uitslag.test_id)


def lees_rapport(
    features_map: Path, cucumber: Path, stappen_map: Path | None = None
) -> tuple[Rapport, list[str]]:
    """Read the feature files and the cucumber JSON; the second value lists warnings.

    A missing JSON file is not an error: every scenario is then reported as not run.
    ``stappen_map``: the step modules, for ``bedoelde u ...?`` on a step without definition.

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
    definities = tuple(
        d for m in (lees_stappen(stappen_map) if stappen_map else ()) for d in m.stappen
    )
    return (
        maak_rapport(
            features,
            resultaten,
            datum=datum,
            cucumber=cucumber,
            features_map=features_map,
            stapdefinities=definities,
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
#
# The pages are the templates levend_index.html.j2 and levend_functionaliteit.html.j2 (with
# levend_macros.html.j2) on the shared layout of adapters.rapport; the stylesheet is
# static/levend.css.  The templates escape; what is built here returns Markup.

_LINK = re.compile(r"\[([^\]\n]+)\]\((https?://[^\s)]+)\)|https?://[^\s<>()\[\]\"'`|]+")


def met_links(tekst: str) -> Markup:
    """Escape text and turn ``https://`` addresses and ``[tekst](url)`` into links."""
    delen: list[str] = []
    vorige = 0
    for m in _LINK.finditer(tekst):
        delen.append(tekst[vorige : m.start()])
        if m.group(1) is not None:
            label, url = m.group(1), m.group(2)
        else:
            url = m.group(0).rstrip(".,;:!?")
            label = url
        delen.append(Markup('<a href="{}">{}</a>').format(url, label))
        vorige = m.start() + len(m.group(0)) if m.group(1) is not None else m.start() + len(url)
    delen.append(tekst[vorige:])
    return Markup("").join(delen)


def _datum(rapport: Rapport) -> str:
    if rapport.datum is None:
        return "geen uitvoering gevonden"
    return rapport.datum.strftime("%Y-%m-%d %H:%M")


def _kort(foutmelding: str) -> str:
    """The assertion lines (``E   ...``) of a pytest failure, or its last line."""
    regels = [r[1:].strip() for r in foutmelding.splitlines() if r.startswith("E ")]
    if regels:
        return " ".join(regels)
    niet_leeg = [r.strip() for r in foutmelding.splitlines() if r.strip()]
    return niet_leeg[-1] if niet_leeg else ""


MAX_WAARDE = 2_000
"""Longer expected or actual values are cut in the report (the traceback keeps them whole)."""


@dataclass(frozen=True)
class Verklaring:
    """A failing step in a domain expert's words: what was expected, what came out."""

    verwacht: str | None
    gekregen: str | None
    toelichting: str | None
    """The step's own assertion message, if it gave one."""


_FOUTREGEL = re.compile(
    r"^(?P<soort>[A-Za-z_][\w.]*(?:Error|Exception|Failed|Exit)): ?(?P<tekst>.*)$"
)

_VERGELIJKING: tuple[tuple[str, str], ...] = (
    (" not in ", "niet in"),
    (" is not ", "is niet"),
    (" == ", "=="),
    (" != ", "!="),
    (" >= ", ">="),
    (" <= ", "<="),
    (" in ", "in"),
    (" is ", "is"),
    (" > ", ">"),
    (" < ", "<"),
)

_WOORDEN = {
    ">=": "groter dan of gelijk aan",
    "<=": "kleiner dan of gelijk aan",
    ">": "groter dan",
    "<": "kleiner dan",
}


def _buiten_haakjes(tekst: str, teken: str) -> int:
    """The position of ``teken`` outside quotes and brackets, or -1."""
    diepte = 0
    quote: str | None = None
    i = 0
    while i < len(tekst):
        c = tekst[i]
        if quote:
            if c == "\\":
                i += 2
                continue
            if c == quote:
                quote = None
        elif c in "'\"":
            quote = c
        elif c in "([{":
            diepte += 1
        elif c in ")]}":
            diepte -= 1
        elif diepte == 0 and tekst.startswith(teken, i):
            return i
        i += 1
    return -1


_DATUM_REPR = re.compile(r"datetime\.date\((\d{4}), (\d{1,2}), (\d{1,2})\)")
_DECIMAAL_REPR = re.compile(r"Decimal\('([-\d.]+)'\)")


def _kap(tekst: str) -> str:
    """Python's reprs of dates and decimals as people write them, cut when very long."""
    tekst = _DATUM_REPR.sub(lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}", tekst)
    tekst = _DECIMAAL_REPR.sub(r"\1", tekst)
    return tekst if len(tekst) <= MAX_WAARDE else tekst[:MAX_WAARDE] + " …"


def _vergelijk(bewering: str) -> tuple[str, str] | None:
    """(expected, actual) from pytest's ``assert <left> <op> <right>`` line, or None."""
    for teken, op in _VERGELIJKING:
        plek = _buiten_haakjes(bewering, teken)
        if plek < 0:
            continue
        links, rechts = bewering[:plek].strip(), bewering[plek + len(teken) :].strip()
        if op == "==":
            return rechts, links
        if op == "!=":
            return f"iets anders dan {rechts}", links
        if op == "in":
            return f"{links} komt voor in {rechts}", "komt er niet in voor"
        if op == "niet in":
            return f"{links} komt niet voor in {rechts}", "komt er wel in voor"
        if op == "is":
            return rechts, links
        if op == "is niet":
            return f"niet {rechts}", links
        return f"{_WOORDEN[op]} {rechts}", links
    return None


def verklaar(foutmelding: str) -> Verklaring | None:
    """Expected versus actual from pytest's failure text (its ``E`` lines); None if it has none.

    pytest rewrites ``assert werkelijk == verwacht, bericht`` into ``AssertionError: bericht``
    followed by ``assert <werkelijk> == <verwacht>`` with the values filled in; the steps of
    ``tests/bdd/stappen`` put the actual value on the left.  Another exception is an unexpected
    error: expected is then "geen fout".
    """
    regels = [r[1:] for r in foutmelding.splitlines() if r.startswith("E")]
    regels = [r for r in regels if not r or r[0] == " "]
    if not regels:
        return None
    inspringing = min((len(r) - len(r.lstrip()) for r in regels if r.strip()), default=0)
    regels = [r[inspringing:] for r in regels]
    bericht: list[str] = []
    bewering: str | None = None
    soort: str | None = None
    for regel in regels:
        if bewering is None and regel.startswith("assert "):
            bewering = regel.removeprefix("assert ").strip()
            continue
        if bewering is not None:
            break  # pytest's explanation of the assertion: the traceback shows it
        m = _FOUTREGEL.match(regel) if soort is None and not bericht else None
        if m:
            soort = m.group("soort")
            bericht.append(m.group("tekst"))
        else:
            bericht.append(regel)
    tekst = "\n".join(bericht).strip() or None
    if bewering is None and tekst is not None and tekst.startswith("assert "):
        # no message of its own: pytest puts the assertion after "AssertionError: "
        bewering, tekst = tekst.splitlines()[0].removeprefix("assert ").strip(), None
    if soort is not None and soort.rsplit(".", 1)[-1] != "AssertionError":
        return Verklaring(
            "geen fout", _kap(f"onverwachte fout {soort}: {tekst or ''}".strip()), None
        )
    if bewering is not None:
        paar = _vergelijk(bewering)
        if paar is not None:
            return Verklaring(_kap(paar[0]), _kap(paar[1]), tekst)
        if tekst:
            return Verklaring(None, None, _kap(tekst))
        return Verklaring("een ware bewering", _kap(bewering), None)
    return Verklaring(None, None, _kap(tekst)) if tekst else None


def _anker(scenario: Scenario, rij: int | None = None) -> str:
    return f"scenario-{scenario.regel}" + (f"-{rij + 1}" if rij is not None else "")


def _per_voorbeeld(uitslagen: Sequence[Uitslag]) -> dict[int, Uitslag]:
    """The outcomes of an outline by the index of their example row."""
    return {u.uitvoering.rij.index: u for u in uitslagen if u.uitvoering.rij is not None}


def _alineas(opmerkingen: Sequence[str]) -> list[str]:
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
    return [" ".join(a) for a in alineas]


def _telling(telling: Counter[Status]) -> str:
    totaal = sum(telling.values())
    delen = [f"{LABEL[s]}: {telling[s]}" for s in SCENARIO_STATUSSEN if telling[s]]
    return f"{totaal} scenario's" + (" (" + ", ".join(delen) + ")" if delen else "")


def _render(sjabloon: str, **context: Any) -> str:
    """A page of this report: the helpers its templates (and macros) use, plus ``context``."""
    return render(
        sjabloon,
        Status=Status,
        label=LABEL,
        ontbreekt_uitleg=ONTBREEKT_UITLEG,
        slechtste=slechtste,
        met_links=met_links,
        kort_fout=_kort,
        verklaar=verklaar,
        anker=_anker,
        per_voorbeeld=_per_voorbeeld,
        alineas=_alineas,
        **context,
    )


def featurepagina(rapport: Rapport, fu: Featureuitslag) -> str:
    """The HTML page of one feature."""
    f = fu.functionaliteit
    return _render(
        "levend_functionaliteit.html.j2",
        titel=f"{f.trefwoord}: {f.naam}",
        fu=fu,
        pad=(rapport.features_map / f.relpad).as_posix(),
        datum=_datum(rapport),
        telling=_telling(fu.telling()),
        cucumber=rapport.cucumber.as_posix(),
    )


def indexpagina(rapport: Rapport) -> str:
    """The overview page: every feature with its counts."""
    status = Status.GESLAAGD if rapport.geslaagd else slechtste(f.status for f in rapport.features)
    return _render(
        "levend_index.html.j2",
        titel="Specificaties",
        rapport=rapport,
        status=status,
        datum=_datum(rapport),
        samenvatting=samenvatting(rapport),
        koppen=["functionaliteit", "bestand", "scenario's"]
        + [LABEL[s] for s in SCENARIO_STATUSSEN],
        statussen=SCENARIO_STATUSSEN,
        totaal=rapport.telling(),
        pad=lambda fu: (rapport.features_map / fu.functionaliteit.relpad).as_posix(),
        features_map=rapport.features_map.as_posix(),
        cucumber=rapport.cucumber.as_posix(),
    )


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
