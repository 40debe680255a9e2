"""The feature files as a small, typed model, parsed with ``gherkin-official``.

The feature files are the source of truth for *what exists*: every scenario, and every
example row of an ``Abstract Scenario``, is an :class:`Uitvoering` that the report must
account for.  Legal sources (:class:`Bronvermelding`) are read from the title, the description
and the comment lines of a ``Regel`` (or of the ``Functionaliteit``).
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from gherkin.errors import CompositeParserException, ParserException
from gherkin.parser import Parser
from gherkin.parser_types import (
    Background,
    BackgroundEnvelope,
    Comment,
    Envelope,
    GherkinDocument,
    RuleEnvelope,
    ScenarioEnvelope,
    Tag,
)
from gherkin.parser_types import Rule as GherkinRule
from gherkin.parser_types import Scenario as GherkinScenario
from gherkin.parser_types import Step as GherkinStep
from gherkin.token_scanner import TokenScanner

_PARAMETER = re.compile(r"<(.+?)>")
"""An outline placeholder, exactly as pytest-bdd renders them (``pytest_bdd.parser``)."""


class OnleesbareFeatureError(Exception):
    """A feature file that cannot be read or parsed."""


@dataclass(frozen=True)
class Stap:
    """One step as written (or, in an :class:`Uitvoering`, as rendered for one example)."""

    trefwoord: str
    tekst: str
    regel: int
    tabel: tuple[tuple[str, ...], ...] | None = None
    docstring: str | None = None
    achtergrond: bool = False

    def teksten(self) -> Iterator[str]:
        """The step text, its table cells and its docstring: everything a reader sees."""
        yield self.tekst
        for rij in self.tabel or ():
            yield from rij
        if self.docstring is not None:
            yield self.docstring


@dataclass(frozen=True)
class Voorbeeldrij:
    """One row of a ``Voorbeelden`` table; ``index`` counts over all tables of the outline."""

    index: int
    regel: int
    waarden: tuple[tuple[str, str], ...]

    @property
    def context(self) -> dict[str, str]:
        """Placeholder name -> value."""
        return dict(self.waarden)


@dataclass(frozen=True)
class Voorbeelden:
    """A ``Voorbeelden`` block of an outline."""

    trefwoord: str
    naam: str
    regel: int
    tags: tuple[str, ...]
    kop: tuple[str, ...]
    rijen: tuple[Voorbeeldrij, ...]


@dataclass(frozen=True)
class Uitvoering:
    """One executable instance: a scenario, or one example row of an outline.

    ``stappen`` are the background steps (feature, then rule) followed by the scenario's
    own steps, rendered with the row's values, in the order pytest-bdd runs them.
    """

    scenario: Scenario
    rij: Voorbeeldrij | None
    naam: str
    stappen: tuple[Stap, ...]


@dataclass(frozen=True)
class Scenario:
    """A ``Scenario``/``Voorbeeld`` or ``Abstract Scenario`` with its background steps."""

    trefwoord: str
    naam: str
    regel: int
    tags: tuple[str, ...]
    beschrijving: tuple[str, ...]
    stappen: tuple[Stap, ...]
    voorbeelden: tuple[Voorbeelden, ...]
    achtergrond: tuple[Stap, ...]

    @property
    def is_abstract(self) -> bool:
        """Whether pytest-bdd runs this scenario once per example row."""
        return any(v.rijen for v in self.voorbeelden)

    def uitvoeringen(self) -> tuple[Uitvoering, ...]:
        """The instances pytest-bdd generates: one, or one per example row."""
        rijen = [rij for v in self.voorbeelden for rij in v.rijen]
        if not rijen:
            return (Uitvoering(self, None, self.naam, self.achtergrond + self.stappen),)
        return tuple(
            Uitvoering(
                self,
                rij,
                render(self.naam, rij.context),
                self.achtergrond + tuple(_render_stap(s, rij.context) for s in self.stappen),
            )
            for rij in rijen
        )

    def teksten(self) -> Iterator[str]:
        """Every text of the scenario: steps (background included) and example tables."""
        for stap in self.achtergrond + self.stappen:
            yield from stap.teksten()
        for blok in self.voorbeelden:
            yield from blok.kop
            for rij in blok.rijen:
                for _, waarde in rij.waarden:
                    yield waarde


@dataclass(frozen=True)
class Bronvermelding:
    """A legal source: an article text, a link, or both."""

    tekst: str | None
    url: str | None

    @property
    def wettelijk(self) -> bool:
        """Whether this is law or regulation: an official publication, or an article cited."""
        if self.url and _OFFICIEEL.match(self.url):
            return True
        return bool(self.tekst and _ARTIKEL.search(self.tekst))

    @property
    def sleutel(self) -> tuple[str, str]:
        """A key that groups spelling variants of the same article and link."""
        tekst = re.sub(r"\s+", " ", (self.tekst or "").casefold())
        tekst = re.sub(r"\bartikel\b|\bart\b\.?", "art.", tekst)
        return (tekst, self.url or "")


@dataclass(frozen=True)
class Regel:
    """A ``Regel`` block: a legal rule with its sources and its scenarios."""

    trefwoord: str
    naam: str
    regel: int
    tags: tuple[str, ...]
    beschrijving: tuple[str, ...]
    opmerkingen: tuple[str, ...]
    bronnen: tuple[Bronvermelding, ...]
    achtergrond: tuple[Stap, ...]
    scenarios: tuple[Scenario, ...]


@dataclass(frozen=True)
class Functionaliteit:
    """One feature file."""

    pad: Path
    relpad: str
    trefwoord: str
    naam: str
    regel: int
    taal: str
    tags: tuple[str, ...]
    beschrijving: tuple[str, ...]
    opmerkingen: tuple[str, ...]
    bronnen: tuple[Bronvermelding, ...]
    achtergrond: tuple[Stap, ...]
    scenarios: tuple[Scenario, ...]
    """Scenarios directly under the feature, outside any ``Regel``."""
    regels: tuple[Regel, ...] = field(default=())

    @property
    def naam_kort(self) -> str:
        """The capability: the file name without ``.feature``."""
        return Path(self.relpad).stem

    def alle_scenarios(self) -> tuple[Scenario, ...]:
        """Every scenario in file order."""
        alle = self.scenarios + tuple(s for r in self.regels for s in r.scenarios)
        return tuple(sorted(alle, key=lambda s: s.regel))

    def uitvoeringen(self) -> tuple[Uitvoering, ...]:
        """Every executable instance in file order."""
        return tuple(u for s in self.alle_scenarios() for u in s.uitvoeringen())


def render(tekst: str, context: Mapping[str, str]) -> str:
    """Replace ``<naam>`` by the example value, leaving unknown placeholders alone."""
    return _PARAMETER.sub(lambda m: context.get(m.group(1), m.group(0)), tekst)


def _render_stap(stap: Stap, context: Mapping[str, str]) -> Stap:
    tabel = (
        tuple(tuple(render(cel, context) for cel in rij) for rij in stap.tabel)
        if stap.tabel is not None
        else None
    )
    docstring = render(stap.docstring, context) if stap.docstring is not None else None
    return Stap(
        stap.trefwoord,
        render(stap.tekst, context),
        stap.regel,
        tabel,
        docstring,
        stap.achtergrond,
    )


# --- legal sources --------------------------------------------------------------------

_URL = re.compile(r"https?://[^\s<>()\[\]\"'`|]+")
_ARTIKEL = re.compile(
    r"(?:\b(?:art\.?|artikel(?:en)?|par\.?|paragraaf)|§)\s*\d"  # art. 2, artikel 7:658a, par. 5
    r"|\bStcrt\.?\s*\d{4}"  # Staatscourant
    r"|\bBW\s+\d+:\d+"  # BW 7:629
    r"|\b\d+:\d{3}[a-z]*\b"  # 7:658a
    r"|\bECLI:[A-Z]{2}:",  # case law
    re.IGNORECASE,
)
_OFFICIEEL = re.compile(
    r"https?://(?:www\.)?(?:wetten\.overheid\.nl|zoek\.officielebekendmakingen\.nl"
    r"|officielebekendmakingen\.nl|uitspraken\.rechtspraak\.nl|eur-lex\.europa\.eu"
    r"|lokaleregelgeving\.overheid\.nl|wetten\.nl)(?:/|$)",
    re.IGNORECASE,
)
_SCHEIDING = re.compile(r"\s[-\u2013\u2014]\s|[()\[\];|]|:\s|\s\|\s|\u0000")
_AANLOOP = re.compile(
    r"\b(?:volgens|conform|op grond van|krachtens|zie|ex|wetsbron|bron|grondslag)\b:?",
    re.IGNORECASE,
)
_RAND = " \t,.;:\"'`*_"


def _artikeltekst(segment: str) -> str | None:
    treffer = _ARTIKEL.search(segment)
    if treffer is None:
        return None
    begin = 0
    for aanloop in _AANLOOP.finditer(segment, 0, treffer.start()):
        begin = aanloop.end()
    tekst = re.sub(r"\s+", " ", segment[begin:]).strip(_RAND)
    return tekst or None


def _bronnen_in_regel(tekstregel: str) -> tuple[list[str], list[str]]:
    urls = [m.group(0).rstrip(".,;:!?") for m in _URL.finditer(tekstregel)]
    zonder_urls = _URL.sub("\u0000", tekstregel)
    artikelen = [
        tekst
        for segment in _SCHEIDING.split(zonder_urls)
        if (tekst := _artikeltekst(segment)) is not None
    ]
    return artikelen, urls


_LABEL = re.compile(r"^\s*(?:wets)?bron(?:nen)?\s*:\s*", re.IGNORECASE)
_MD_LINK = re.compile(r"\[([^\]\n]+)\]\((https?://[^\s)]+)\)")


def is_bronregel(tekst: str) -> bool:
    """Whether a comment or description line is a ``Bron: ...`` line."""
    return _LABEL.match(tekst) is not None


def _gelabelde_bron(rest: str) -> tuple[list[Bronvermelding], list[str]]:
    """The sources of a ``Bron: tekst (url)`` line: the whole text is the source's name.

    Returns the sources and, when the line holds only links, those links (to be paired with
    an article named elsewhere in the block).
    """
    links = _MD_LINK.findall(rest)
    if len(links) > 1:
        return [Bronvermelding(label.strip(), url) for label, url in links], []
    tekst = _MD_LINK.sub(lambda m: m.group(1), rest)
    urls = [u for _, u in links] + [m.group(0).rstrip(".,;:!?") for m in _URL.finditer(tekst)]
    tekst = _URL.sub("", tekst)
    tekst = re.sub(r"[(\[]\s*[,;]?\s*[)\]]", "", tekst)  # the brackets a link stood in
    tekst = re.sub(r"\s+", " ", tekst).strip(_RAND)
    if not tekst:
        return [], urls
    eerste = urls[0] if urls else None
    return [Bronvermelding(tekst, eerste)] + [Bronvermelding(None, u) for u in urls[1:]], []


def vind_bronnen(tekstregels: Iterable[str]) -> tuple[Bronvermelding, ...]:
    """The legal sources named in these lines (a title, description or comment lines).

    A line ``Bron: <naam> (<url>)`` (also ``Wetsbron:``) names one source with its link, the
    whole text being its name; when a block has such lines with a name, only they count
    (a ``Bron:`` line with only a link is paired with an article named elsewhere).  Otherwise
    article references (``art. 2 lid 2``,
    ``BW 7:629``, ``par. 5``, ``Stcrt. 2023``, ECLI) and links are picked out: an article text
    and a link on the same line belong together when their numbers agree, and a single
    article and a single link left over in the whole block are paired as well.
    Duplicates are dropped; the order is the order of first mention.
    """
    bronnen: list[Bronvermelding] = []
    losse_artikelen: list[str] = []
    losse_urls: list[str] = []
    tekstregels = list(tekstregels)
    gelabeld = any(
        (label := _LABEL.match(r)) is not None and _gelabelde_bron(r[label.end() :])[0]
        for r in tekstregels
    )
    for tekstregel in tekstregels:
        label = _LABEL.match(tekstregel)
        if label is None and gelabeld:
            continue
        if label is not None:
            gevonden, alleen_urls = _gelabelde_bron(tekstregel[label.end() :])
            bronnen.extend(gevonden)
            losse_urls.extend(alleen_urls)
            continue
        artikelen, urls = _bronnen_in_regel(tekstregel)
        if artikelen and len(artikelen) == len(urls):
            bronnen.extend(Bronvermelding(a, u) for a, u in zip(artikelen, urls, strict=True))
        else:
            losse_artikelen.extend(artikelen)
            losse_urls.extend(urls)
    losse_artikelen = list(dict.fromkeys(losse_artikelen))
    losse_urls = list(dict.fromkeys(losse_urls))
    if len(losse_artikelen) == 1 and len(losse_urls) == 1:
        bronnen.append(Bronvermelding(losse_artikelen[0], losse_urls[0]))
    else:
        bronnen.extend(Bronvermelding(a, None) for a in losse_artikelen)
        bronnen.extend(Bronvermelding(None, u) for u in losse_urls)
    uniek: dict[tuple[str, str], Bronvermelding] = {}
    for bron in bronnen:
        uniek.setdefault(bron.sleutel, bron)
    return tuple(uniek.values())


# --- parsing ----------------------------------------------------------------------------


def _tags(tags: Sequence[Tag]) -> tuple[str, ...]:
    return tuple(t["name"] for t in tags)


def _beschrijving(tekst: str) -> tuple[str, ...]:
    regels = [r.rstrip() for r in textwrap.dedent(tekst).strip("\n").splitlines()]
    return tuple(r.strip() for r in regels if r.strip())


def _stappen(stappen: Sequence[GherkinStep], achtergrond: bool = False) -> tuple[Stap, ...]:
    resultaat = []
    for stap in stappen:
        tabel = None
        if "dataTable" in stap:
            tabel = tuple(
                tuple(cel["value"] for cel in rij["cells"]) for rij in stap["dataTable"]["rows"]
            )
        docstring = stap["docString"]["content"] if "docString" in stap else None
        resultaat.append(
            Stap(
                stap["keyword"].strip(),
                stap["text"],
                stap["location"]["line"],
                tabel,
                docstring,
                achtergrond,
            )
        )
    return tuple(resultaat)


def _achtergrond(kinderen: Sequence[Envelope]) -> tuple[Stap, ...]:
    for kind in kinderen:
        if "background" in kind:
            achtergrond: Background = cast(BackgroundEnvelope, kind)["background"]
            return _stappen(achtergrond["steps"], achtergrond=True)
    return ()


def _scenario(gs: GherkinScenario, achtergrond: tuple[Stap, ...]) -> Scenario:
    blokken = []
    index = 0
    for ex in gs["examples"]:
        kop = tuple(c["value"] for c in ex["tableHeader"]["cells"]) if "tableHeader" in ex else ()
        rijen = []
        for rij in ex.get("tableBody", []):
            waarden = tuple(zip(kop, (c["value"] for c in rij["cells"]), strict=False))
            rijen.append(Voorbeeldrij(index, rij["location"]["line"], waarden))
            index += 1
        blokken.append(
            Voorbeelden(
                ex["keyword"],
                ex["name"],
                ex["location"]["line"],
                _tags(ex["tags"]),
                kop,
                tuple(rijen),
            )
        )
    return Scenario(
        gs["keyword"],
        gs["name"],
        gs["location"]["line"],
        _tags(gs["tags"]),
        _beschrijving(gs["description"]),
        _stappen(gs["steps"]),
        tuple(blokken),
        achtergrond,
    )


def _begin(knoop: Mapping[str, Any]) -> int:
    """The first line of a node, its tags included."""
    tags = cast(Sequence[Tag], knoop.get("tags", []))
    return min([int(knoop["location"]["line"])] + [t["location"]["line"] for t in tags])


def _beginregel(kind: Envelope) -> int:
    """The first line of a child (background, scenario or rule), its tags included."""
    knopen = cast(Mapping[str, Mapping[str, Any]], kind)
    return min(_begin(knoop) for knoop in knopen.values())


def _opmerkingen(
    commentaar: Sequence[Comment], kop_begin: int, kop_regel: int, kop_einde: int
) -> tuple[str, ...]:
    """Comments in a header (``kop_regel``..``kop_einde``) and directly above it."""
    per_regel = {c["location"]["line"]: c["text"].strip() for c in commentaar}
    gekozen = [r for r in per_regel if kop_regel < r < kop_einde]
    boven = kop_begin - 1
    while boven in per_regel:
        gekozen.append(boven)
        boven -= 1
    teksten: list[str] = []
    vorige = -1
    for r in sorted(gekozen):
        ruw = per_regel[r].lstrip("#")
        tekst = ruw.strip()
        if teksten and r == vorige + 1 and ruw.startswith("  ") and tekst:
            teksten[-1] += " " + tekst  # "#   ..." continues the comment line above
        elif tekst and not re.match(r"language\s*:", tekst):
            teksten.append(tekst)
        vorige = r
    return tuple(teksten)


def _regel(
    gr: GherkinRule,
    commentaar: Sequence[Comment],
    einde: int,
    achtergrond_feature: tuple[Stap, ...],
) -> Regel:
    kinderen = gr["children"]
    kop_einde = min((_beginregel(k) for k in kinderen), default=einde)
    begin = _begin(gr)
    opmerkingen = _opmerkingen(commentaar, begin, gr["location"]["line"], kop_einde)
    beschrijving = _beschrijving(gr["description"])
    achtergrond = achtergrond_feature + _achtergrond(kinderen)
    scenarios = tuple(
        _scenario(cast(ScenarioEnvelope, k)["scenario"], achtergrond)
        for k in kinderen
        if "scenario" in k
    )
    return Regel(
        gr["keyword"],
        gr["name"],
        gr["location"]["line"],
        _tags(gr["tags"]),
        beschrijving,
        opmerkingen,
        vind_bronnen((gr["name"], *beschrijving, *opmerkingen)),
        achtergrond,
        scenarios,
    )


def parse_functionaliteit(tekst: str, pad: Path, relpad: str) -> Functionaliteit | None:
    """Parse one feature file's text; ``None`` when it holds no ``Functionaliteit``."""
    try:
        document: GherkinDocument = Parser().parse(TokenScanner(tekst))
    except (ParserException, CompositeParserException) as fout:
        raise OnleesbareFeatureError(f"{pad}: {fout}") from fout
    if "feature" not in document:
        return None
    gf = document["feature"]
    commentaar = document["comments"]
    kinderen = gf["children"]
    einde = len(tekst.splitlines()) + 1
    begin = _begin(gf)
    kop_einde = min((_beginregel(k) for k in kinderen), default=einde)
    opmerkingen = _opmerkingen(commentaar, begin, gf["location"]["line"], kop_einde)
    beschrijving = _beschrijving(gf["description"])
    achtergrond = _achtergrond(kinderen)
    regelknopen = [cast(RuleEnvelope, k)["rule"] for k in kinderen if "rule" in k]
    regels = []
    for i, gr in enumerate(regelknopen):
        volgende = _begin(regelknopen[i + 1]) if i + 1 < len(regelknopen) else einde
        regels.append(_regel(gr, commentaar, volgende, achtergrond))
    return Functionaliteit(
        pad=pad,
        relpad=relpad,
        trefwoord=gf["keyword"],
        naam=gf["name"],
        regel=gf["location"]["line"],
        taal=gf["language"],
        tags=_tags(gf["tags"]),
        beschrijving=beschrijving,
        opmerkingen=opmerkingen,
        bronnen=vind_bronnen((gf["name"], *beschrijving, *opmerkingen)),
        achtergrond=achtergrond,
        scenarios=tuple(
            _scenario(cast(ScenarioEnvelope, k)["scenario"], achtergrond)
            for k in kinderen
            if "scenario" in k
        ),
        regels=tuple(regels),
    )


def lees_features(map_: Path) -> tuple[Functionaliteit, ...]:
    """Every ``*.feature`` under ``map_`` (recursively), sorted by relative path.

    Raises:
        OnleesbareFeatureError: when the folder does not exist or a file cannot be parsed.
    """
    if not map_.is_dir():
        raise OnleesbareFeatureError(f"map met features bestaat niet: {map_}")
    resultaat = []
    for pad in sorted(map_.rglob("*.feature"), key=lambda p: p.relative_to(map_).as_posix()):
        relpad = pad.relative_to(map_).as_posix()
        try:
            tekst = pad.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as fout:
            raise OnleesbareFeatureError(f"{pad}: {fout}") from fout
        functionaliteit = parse_functionaliteit(tekst, pad, relpad)
        if functionaliteit is not None:
            resultaat.append(functionaliteit)
    return tuple(resultaat)
