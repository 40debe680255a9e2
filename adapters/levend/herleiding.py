"""The traceability map (``docs/traceability.md``): legal source -> Regel -> scenario -> event.

For every ``Regel`` block: the sources named in its title, description and comment lines
(``# Bron: ...`` lines, or articles and links found in the text; see
:func:`adapters.levend.features.vind_bronnen`), its scenarios, and the event types (the names
of ``domain.gebeurtenissen.ALLE_TYPES``) that those scenarios mention anywhere: step text,
data tables, docstrings, example tables and background steps.  Rules and features that name
no legal source (none at all, or only practice or the product contract) are listed as
warnings.  The output is sorted and carries no date, so it can be committed and checked.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from adapters.levend.features import Bronvermelding, Functionaliteit, Regel, Scenario
from adapters.levend.stappen import SCENARIO, aantal, code


def gebeurtenistypen() -> tuple[str, ...]:
    """The event type names of the domain (``domain.gebeurtenissen.ALLE_TYPES``)."""
    from domain.gebeurtenissen import ALLE_TYPES  # only this command needs the domain

    return tuple(sorted(ALLE_TYPES))


@dataclass(frozen=True)
class Typenzoeker:
    """Finds whole-word mentions of event type names."""

    patroon: re.Pattern[str] | None

    @classmethod
    def voor(cls, typen: Iterable[str]) -> Typenzoeker:
        """A finder for these names (longest first, so no name hides a longer one)."""
        namen = sorted(set(typen), key=lambda n: (-len(n), n))
        if not namen:
            return cls(None)
        alternatieven = "|".join(map(re.escape, namen))
        return cls(re.compile(rf"(?<![A-Za-z0-9_])({alternatieven})(?![A-Za-z0-9_])"))

    def in_scenario(self, scenario: Scenario) -> tuple[str, ...]:
        """The event types a scenario mentions, sorted."""
        if self.patroon is None:
            return ()
        teksten = scenario.teksten()
        return tuple(sorted({m.group(1) for t in teksten for m in self.patroon.finditer(t)}))

    def in_scenarios(self, scenarios: Iterable[Scenario]) -> tuple[str, ...]:
        """The event types any of these scenarios mentions, sorted."""
        return tuple(sorted({t for s in scenarios for t in self.in_scenario(s)}))


def _md(tekst: str) -> str:
    """Escape text for markdown prose (no HTML, no accidental emphasis or links)."""
    return re.sub(r"([\\`*_\[\]<>|#])", r"\\\1", tekst)


def bron_md(bron: Bronvermelding) -> str:
    """A source as markdown: ``[tekst](url)``, ``<url>`` or the text."""
    if bron.tekst and bron.url:
        return f"[{_md(bron.tekst)}]({bron.url})"
    if bron.url:
        return f"<{bron.url}>"
    return _md(bron.tekst or "")


def _typen_md(typen: Sequence[str]) -> str:
    return ", ".join(code(t) for t in typen) if typen else "_geen_"


def _scenario_md(scenario: Scenario, zoeker: Typenzoeker) -> str:
    rijen = sum(len(v.rijen) for v in scenario.voorbeelden)
    extra = f", {rijen} voorbeelden" if scenario.is_abstract else ""
    naam = f"{_md(scenario.trefwoord)}: {_md(scenario.naam)} (regelnr. {scenario.regel}{extra})"
    return f"{naam} → {_typen_md(zoeker.in_scenario(scenario))}"


def _blok_md(
    kop: str, bronnen: Sequence[str], scenarios: Sequence[Scenario], zoeker: Typenzoeker
) -> list[str]:
    regels = [kop, "", *bronnen]
    regels.append("- Scenario's:" if scenarios else "- Scenario's: _geen_")
    regels += [f"  - {_scenario_md(s, zoeker)}" for s in scenarios]
    regels.append(f"- Gebeurtenistypen: {_typen_md(zoeker.in_scenarios(scenarios))}")
    return [*regels, ""]


def _regel_md(regel: Regel, zoeker: Typenzoeker) -> list[str]:
    bronnen = [
        f"- {'Wetsbron' if b.wettelijk else 'Andere bron'}: {bron_md(b)}" for b in regel.bronnen
    ] or ["- Bron: **geen genoemd**"]
    if regel.tags:
        bronnen.append("- Tags: " + ", ".join(code(t) for t in regel.tags))
    kop = f"#### {_md(regel.trefwoord)}: {_md(regel.naam)}"
    return _blok_md(kop, bronnen, regel.scenarios, zoeker)


def _plaats(map_: str, f: Functionaliteit, regel: int | None = None) -> str:
    pad = f"{map_.rstrip('/')}/{f.relpad}" if map_ else f.relpad
    return code(pad if regel is None else f"{pad}:{regel}")


def _per_bron(
    features: Sequence[Functionaliteit], zoeker: Typenzoeker, map_: str
) -> tuple[int, list[str]]:
    """The index by document (its link) or, without a link, by the text of the source."""
    per_bron: dict[tuple[int, str], list[tuple[Bronvermelding, Functionaliteit, Regel]]] = (
        defaultdict(list)
    )
    for f in features:
        for r in f.regels:
            for b in r.bronnen:
                per_bron[(0, b.url) if b.url else (1, b.sleutel[0])].append((b, f, r))
    regels = []
    for (soort, document), vermeldingen in sorted(per_bron.items()):
        eerste = vermeldingen[0][0]
        regels.append(f"- <{document}>" if soort == 0 else f"- {_md(eerste.tekst or '')}")
        for b, f, r in vermeldingen:
            artikel = f"{_md(b.tekst)}: " if soort == 0 and b.tekst else ""
            typen = zoeker.in_scenarios(r.scenarios)
            regels.append(
                f"  - {artikel}{_md(f.naam)} › {_md(r.naam)} ({_plaats(map_, f, r.regel)}): "
                f"{aantal(len(r.scenarios), *SCENARIO)}"
                + (" → " + _typen_md(typen) if typen else "")
            )
    return len(per_bron), regels


def herleiding(features: Sequence[Functionaliteit], typen: Iterable[str], map_: str) -> str:
    """The markdown text of ``docs/traceability.md``."""
    zoeker = Typenzoeker.voor(typen)
    aantal_regels = sum(len(f.regels) for f in features)
    aantal_scenarios = sum(len(f.alle_scenarios()) for f in features)
    aantal_bronnen, index = _per_bron(features, zoeker, map_)

    regels = [
        "# Herleiding: wetsbron → regel → scenario → gebeurtenistype",
        "",
        f"Gegenereerd uit `{map_}` door `python -m adapters.levend herleiding`; bewerk de "
        "feature-bestanden, niet dit bestand. De bron van een `Regel:`-blok staat in een "
        "commentaarregel `# Bron: <naam> (<link>)`, of in de titel of beschrijving "
        "(`art. 2 lid 2`, `BW 7:629`, een link). Een wetsbron is wet- of regelgeving (een "
        "artikel of een officiële publicatie); praktijk en het productcontract zijn andere "
        "bronnen. Gebeurtenistypen zijn de namen uit `domain.gebeurtenissen.ALLE_TYPES` die in "
        "de stappen, tabellen en voorbeelden van een scenario (de achtergrond inbegrepen) "
        "voorkomen.",
        "",
        f"{aantal(len(features), 'functionaliteit', 'functionaliteiten')}, "
        f"{aantal(aantal_regels, 'regel', 'regels')}, "
        f"{aantal(aantal_scenarios, *SCENARIO)}, "
        f"{aantal(aantal_bronnen, 'bron', 'bronnen')}.",
        "",
        "## Per bron",
        "",
        "Per document (de link) of, zonder link, per genoemde bron: de regels die het noemen.",
        "",
        *(index or ["_Geen bronnen gevonden._"]),
        "",
        "## Per functionaliteit",
        "",
    ]
    for f in features:
        regels += [f"### {_md(f.naam)}", ""]
        tags = " · tags " + ", ".join(code(t) for t in f.tags) if f.tags else ""
        regels += [_plaats(map_, f) + tags, ""]
        if f.bronnen:
            regels += [f"- Bron van de functionaliteit: {bron_md(b)}" for b in f.bronnen]
            regels.append("")
        if f.scenarios:
            geen = ["- Bron: **geen (niet in een `Regel:`-blok)**"]
            regels += _blok_md("#### Scenario's buiten een regel", geen, f.scenarios, zoeker)
        for r in f.regels:
            regels += _regel_md(r, zoeker)

    geen, ander = zonder_wetsbron(features, map_)
    regels += ["## Waarschuwingen: geen wetsbron", "", "### Zonder bron", ""]
    regels += [f"- {w}" for w in geen] or ["_Geen._"]
    regels += ["", "### Alleen andere bronnen (praktijk, productcontract, ...)", ""]
    regels += [f"- {w}" for w in ander] or ["_Geen._"]
    return "\n".join(regels).rstrip("\n") + "\n"


def zonder_wetsbron(
    features: Sequence[Functionaliteit], map_: str = ""
) -> tuple[list[str], list[str]]:
    """Markdown lines: what names no source at all, and what names only non-legal sources."""
    geen: list[str] = []
    ander: list[str] = []
    for f in features:
        plaats = _plaats(map_, f)
        alle = list(f.bronnen) + [b for r in f.regels for b in r.bronnen]
        if not f.regels:
            geen.append(f"{plaats}: functionaliteit {_md(f.naam)} heeft geen `Regel:`-blok")
        if not alle:
            geen.append(f"{plaats}: functionaliteit {_md(f.naam)} noemt nergens een bron")
        elif not any(b.wettelijk for b in alle):
            ander.append(f"{plaats}: functionaliteit {_md(f.naam)} noemt nergens een wetsbron")
        if f.scenarios and f.regels:
            namen = ", ".join(_md(s.naam) for s in f.scenarios)
            geen.append(f"{plaats}: scenario's buiten een `Regel:`-blok: {namen}")
        for r in f.regels:
            melding = f"{_plaats(map_, f, r.regel)}: {_md(r.trefwoord)} {_md(r.naam)}"
            if not r.bronnen:
                geen.append(melding)
            elif not any(b.wettelijk for b in r.bronnen):
                namen = "; ".join(_md(b.tekst or b.url or "") for b in r.bronnen)
                ander.append(f"{melding} (bron: {namen})")
    return geen, ander
