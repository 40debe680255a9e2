"""The three generated reports share one layout, and their templates escape what data says.

Each report is made from data that tries to inject markup (a werknemer name, an inlener, a
toelichting; a feature, scenario and step text; a scenario name, a KPI and a manifest value):
the text must come out escaped once, so it reads back exactly as written and never as a tag.
Then every page (dossier report, living documentation index and feature page, simulation run
and comparison) must have the same shell: Dutch, UTF-8, a viewport, a skip link to ``main``,
one ``header``, ``main`` and ``footer``, and the shared stylesheet first.
"""

from __future__ import annotations

import json
import math
from datetime import UTC, date, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest

from adapters.klok import VasteKlok
from adapters.levend.rapport import featurepagina, indexpagina, lees_rapport
from adapters.opslag.dossierbestand import in_geheugen
from adapters.rapport import css
from adapters.rapport.dossierrapport import maak_rapport
from adapters.uitwisseling.jsonl import lees_invoer
from domain.invoer import valideer
from simulation.kpi import Schatting
from simulation.parameters import Scenario
from simulation.rapport import rapport_html, vergelijking_html
from tests.conftest import HERKOMST
from tests.levend.cucumber import schrijf_feature

ROOT = Path(__file__).parents[2]
HOVENIER = ROOT / "adapters" / "demo" / "01-hovenier-knie-taxichauffeur.jsonl"
VIJANDIG = "<script>alert(\"x\")</script> & 'zo'"
ONTSNAPT = "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &#39;zo&#39;"


# --- reading a page ------------------------------------------------------------------------


class Pagina(HTMLParser):
    """A page read as HTML: its declaration, elements with depth, and text per element."""

    LEEG = frozenset({"meta", "br", "col", "img", "link", "input", "hr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.doctype = ""
        self.elementen: list[tuple[int, str, dict[str, str]]] = []
        self.tekst: dict[str, list[str]] = {}
        self._open: list[str] = []

    def handle_decl(self, decl: str) -> None:
        self.doctype = decl

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elementen.append((len(self._open), tag, {k: v or "" for k, v in attrs}))
        if tag not in self.LEEG:
            self._open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self._open:
            while self._open.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        for tag in self._open:
            self.tekst.setdefault(tag, []).append(data)

    def zichtbaar(self, tag: str) -> str:
        """All text inside ``tag`` elements, whitespace collapsed."""
        return " ".join("".join(self.tekst.get(tag, [])).split())

    def kinderen(self, ouder: str) -> list[tuple[str, dict[str, str]]]:
        """The direct children of the one ``ouder`` element (``head``, ``body``)."""
        (plek,) = [i for i, (_, tag, _) in enumerate(self.elementen) if tag == ouder]
        diepte = self.elementen[plek][0]
        kinderen = []
        for d, tag, a in self.elementen[plek + 1 :]:
            if d <= diepte:
                break
            if d == diepte + 1:
                kinderen.append((tag, a))
        return kinderen

    def alle(self, tag: str) -> list[dict[str, str]]:
        return [a for _, t, a in self.elementen if t == tag]


def lees(html: str) -> Pagina:
    pagina = Pagina()
    pagina.feed(html)
    pagina.close()
    return pagina


# --- the three reports, made from hostile data -----------------------------------------------


def dossierpagina() -> str:
    """Demo 01 with the werknemer, the inlener and a toelichting trying to inject markup."""
    regels = []
    for regel in HOVENIER.read_text(encoding="utf-8").splitlines():
        feit = json.loads(regel)
        if feit["type"] == "ZiekmeldingOntvangen":
            feit["werknemer"] = VIJANDIG
        if feit["type"] == "DetacheringGestart":
            feit["inlener"] = VIJANDIG
        regels.append(json.dumps(feit))
    dossiers = in_geheugen(VasteKlok(datetime(2026, 1, 1, 12, tzinfo=UTC), timedelta(seconds=1)))
    dossier_id = dossiers.importeer(lees_invoer(regels), HERKOMST)
    dossiers.registreer(
        dossier_id,
        valideer(
            {
                "type": "ContactGehad",
                "datum": "2026-11-20",
                "met": "werknemer",
                "toelichting": VIJANDIG,
            }
        ),
        HERKOMST,
    )
    dossier = dossiers.dossier(dossier_id)
    return maak_rapport(
        dossier, date(2026, 11, 23), gemaakt_op=datetime(2026, 11, 23, 14, 5, tzinfo=UTC)
    )


FEATURE = f"""\
# language: nl
Functionaliteit: Veilig {VIJANDIG}
  Zie https://voorbeeld.nl/zoek?a=1&b=2 voor meer.

  Regel: Alles wordt ontsnapt {VIJANDIG}

    Scenario: Scenario {VIJANDIG}
      Gegeven een stap met "{VIJANDIG}"
        | kolom       |
        | {VIJANDIG}  |
      Dan een tekstblok
        \"\"\"
        {VIJANDIG}
        \"\"\"
"""


def levende_paginas(tmp_path: Path) -> tuple[str, str]:
    """The index and the feature page of a feature whose texts try to inject markup."""
    schrijf_feature(tmp_path / "features", "veilig", FEATURE)
    rapport, _ = lees_rapport(tmp_path / "features", tmp_path / "geen-cucumber.json")
    [feature] = rapport.features
    return indexpagina(rapport), featurepagina(rapport, feature)


SCHATTINGEN = {
    "ziek_na_104_weken": Schatting(0.127, 0.11, 0.14, 3),
    VIJANDIG: Schatting(1.5, math.nan, math.nan, 1),  # an unknown KPI is shown by its key
}
PNG = b"\x89PNG\r\n\x1a\nnep"


def simulatierapport() -> str:
    return rapport_html(
        titel=f"Simulatie: {VIJANDIG}",
        scenario=Scenario(naam=VIJANDIG, omschrijving=VIJANDIG, regelset_versie=VIJANDIG),
        cohort=VIJANDIG,
        schattingen=SCHATTINGEN,
        overleving_png=PNG,
        schendingen_png=PNG,
        manifest={"scenario": VIJANDIG, "lijst": [VIJANDIG]},
    )


def simulatievergelijking() -> str:
    verschil = {k: Schatting(-0.01, -0.02, -0.005, 3) for k in SCHATTINGEN}
    return vergelijking_html(
        titel=f"Vergelijking: {VIJANDIG}",
        basis="basis",
        cohort=VIJANDIG,
        scenarios={"basis": Scenario(), VIJANDIG: Scenario(naam=VIJANDIG, omschrijving=VIJANDIG)},
        schattingen={"basis": SCHATTINGEN, VIJANDIG: SCHATTINGEN},
        verschillen={VIJANDIG: verschil},
        afbeeldingen={"overleving": PNG, "schendingen": PNG, "verschillen": PNG},
        manifest={"basis": "basis", "scenarios": [{"naam": VIJANDIG}]},
    )


@pytest.fixture
def paginas(tmp_path: Path) -> dict[str, str]:
    index, feature = levende_paginas(tmp_path)
    return {
        "dossierrapport": dossierpagina(),
        "specificaties": index,
        "functionaliteit": feature,
        "simulatie": simulatierapport(),
        "vergelijking": simulatievergelijking(),
    }


# --- autoescape in each report ---------------------------------------------------------------


def test_no_report_lets_data_become_markup(paginas: dict[str, str]) -> None:
    for naam, html in paginas.items():
        assert "<script" not in html.lower(), naam
        assert ONTSNAPT in html, naam
        assert "&amp;lt;" not in html, f"{naam}: twice escaped"


def test_the_dossier_report_shows_the_hostile_names_as_text() -> None:
    html = dossierpagina()
    pagina = lees(html)

    assert pagina.zichtbaar("title").startswith(f"Verzuimdossier {VIJANDIG} — ")
    assert pagina.zichtbaar("h1") == f"Verzuimdossier {VIJANDIG}"
    assert VIJANDIG in pagina.zichtbaar("table")  # the toelichting in the history
    assert f"<h1>Verzuimdossier {ONTSNAPT}</h1>" in html
    # In the SVG: the inlener in an attribute, a label and a tooltip; the werknemer in the title.
    assert f'data-inlener="{ONTSNAPT}"' in html
    assert f"detachering bij {ONTSNAPT} vanaf 2026-08-03" in html
    assert f"Tijdlijn van het verzuimdossier van {ONTSNAPT} van " in html


def test_the_living_documentation_shows_the_hostile_texts_as_text(tmp_path: Path) -> None:
    index, feature = levende_paginas(tmp_path)
    pagina = lees(feature)

    assert pagina.zichtbaar("h1").startswith(f"Functionaliteit: Veilig {VIJANDIG}")
    assert f"Scenario: Scenario {VIJANDIG}" in pagina.zichtbaar("h3")
    assert f'een stap met "{VIJANDIG}"' in pagina.zichtbaar("li")
    assert VIJANDIG in pagina.zichtbaar("td")
    assert VIJANDIG in pagina.zichtbaar("pre")
    # A link made from the story text: its address is escaped inside the attribute.
    assert {"href": "https://voorbeeld.nl/zoek?a=1&b=2"} in pagina.alle("a")
    assert '<a href="https://voorbeeld.nl/zoek?a=1&amp;b=2">' in feature
    assert f"Veilig {VIJANDIG}" in lees(index).zichtbaar("table")


def test_the_simulation_reports_show_the_hostile_names_as_text() -> None:
    rapport = lees(simulatierapport())
    vergelijking = lees(simulatievergelijking())

    assert rapport.zichtbaar("h1") == f"Simulatie: {VIJANDIG}"
    assert VIJANDIG in rapport.zichtbaar("p")  # the description and the cohort
    assert VIJANDIG in rapport.zichtbaar("table")  # the KPI label, scenario table and manifest
    assert VIJANDIG in rapport.zichtbaar("code")  # the manifest's list
    assert vergelijking.zichtbaar("h1") == f"Vergelijking: {VIJANDIG}"
    assert VIJANDIG in vergelijking.zichtbaar("th")  # the scenario as a column head


# --- one layout for all ----------------------------------------------------------------------


def test_every_report_has_the_same_shell(paginas: dict[str, str]) -> None:
    basis = str(css("basis.css"))
    for naam, html in paginas.items():
        pagina = lees(html)

        assert pagina.doctype == "DOCTYPE html", naam
        assert pagina.alle("html") == [{"lang": "nl"}], naam
        assert {"charset": "utf-8"} in pagina.alle("meta"), naam
        assert {"name": "viewport", "content": "width=device-width, initial-scale=1"} in (
            pagina.alle("meta")
        ), naam
        # One title and one stylesheet, inline: the shared one first, then the report's own.
        assert [tag for tag, _ in pagina.kinderen("head")] == ["meta", "meta", "title", "style"]
        assert pagina.zichtbaar("style").startswith(" ".join(basis.split())), naam
        assert not pagina.alle("link"), naam
        assert not pagina.alle("script"), naam
        # Landmarks: a skip link to main, then header, main and footer, each once.
        kinderen = [tag for tag, _ in pagina.kinderen("body") if tag != "nav"]
        assert kinderen == ["a", "header", "main", "footer"], naam
        skiplink = pagina.kinderen("body")[0][1]
        assert skiplink == {"class": "naar-inhoud", "href": "#inhoud"}, naam
        assert pagina.alle("main") == [{"id": "inhoud"}], naam
        assert pagina.zichtbaar("header"), naam
        assert pagina.zichtbaar("main"), naam
        assert pagina.zichtbaar("footer"), naam


def test_each_report_adds_its_own_stylesheet(paginas: dict[str, str]) -> None:
    eigen = {
        "dossierrapport": "dossierrapport.css",
        "specificaties": "levend.css",
        "functionaliteit": "levend.css",
        "simulatie": "simulatie.css",
        "vergelijking": "simulatie.css",
    }
    for naam, html in paginas.items():
        assert str(css(eigen[naam])) in html, naam
        for ander in set(eigen.values()) - {eigen[naam]}:
            assert str(css(ander)) not in html, (naam, ander)
