"""The HTML report joins the feature files with hand-made cucumber JSON (pytest-bdd 9 format)."""

from __future__ import annotations

import json
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from adapters.levend.__main__ import main
from adapters.levend.features import lees_features
from adapters.levend.rapport import (
    ONTBREEKT_UITLEG,
    Featureuitslag,
    Status,
    lees_cucumber,
    lees_rapport,
    maak_rapport,
)
from tests.levend.cucumber import element, feature_json, lijn, schrijf_feature, stap

FEATURE = """\
# language: nl
@probleemanalyse
Functionaliteit: Probleemanalyse
  Als casemanager
  Wil ik weten of de probleemanalyse op tijd is
  Zodat het dossier voldoet, zie https://www.uwv.nl/werkgevers en [klik](javascript:alert(1))

  Achtergrond:
    Gegeven het is vandaag "2025-03-03"

  Regel: Analyse in week 6 (Regeling procesgang eerste en tweede ziektejaar, art. 2 lid 2)
    # Bron: https://wetten.overheid.nl/BWBR0013540

    Scenario: Op tijd
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      Als de bedrijfsarts de probleemanalyse opstelt op "2025-02-10"
      Dan is de probleemanalyse op tijd

    Scenario: Te laat <en> "gevaarlijk" & zo
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      Als de bedrijfsarts de probleemanalyse opstelt op "2025-03-01"
      Dan is de probleemanalyse te laat
      En staat er een signaal open

    Scenario: Stap ontbreekt later
      Gegeven een ziekmelding met eerste ziektedag "2025-01-06"
      Als de casemanager iets onbekends doet
      Dan is de probleemanalyse op tijd

    Scenario: Eerste stap ontbreekt
      Gegeven een stap zonder definitie
      Dan is de probleemanalyse op tijd

  Regel: Uiterste datum per eerste ziektedag

    Abstract Scenario: Uiterste datum bij eerste ziektedag <eerste>
      Gegeven een ziekmelding met eerste ziektedag "<eerste>"
      Dan is de uiterste datum "<uiterste>"

      Voorbeelden:
        | eerste     | uiterste   |
        | 2025-01-06 | 2025-02-17 |
        | 2025-03-03 | 2025-04-14 |
"""
URI = "probleemanalyse/probleemanalyse.feature"
FOUT = (
    "fixturefunc = <function te_laat at 0x7f>\n\n"
    '    @then("is de probleemanalyse te laat")\n'
    ">   def te_laat(): assert False, '<b>te laat</b> & zo'\n"
    "E   AssertionError: <b>te laat</b> & zo\n"
    "E   assert False\n\n"
    "tests/bdd/stappen/termijnen.py:20: AssertionError"
)


def _achtergrond() -> dict[str, Any]:
    return stap('het is vandaag "2025-03-03"', FEATURE, "Gegeven")


def _rij(test_id: str, eerste: str, uiterste: str, status: str) -> dict[str, Any]:
    """One example row of the outline: the steps carry the rendered text."""
    abstract = lijn(FEATURE, "Abstract Scenario:")
    ziekmelding = stap(
        'een ziekmelding met eerste ziektedag "<eerste>"', FEATURE, "Gegeven", na=abstract
    )
    fout = "E   assert 2025-04-15 == 2025-04-14" if status == "failed" else None
    uiterste_datum = stap('is de uiterste datum "<uiterste>"', FEATURE, "Dan", status, fout)
    return element(
        f"test_uiterste_datum_bij_eerste_ziektedag_eerste{test_id}",
        f"Uiterste datum bij eerste ziektedag {eerste}",
        abstract,
        [
            _achtergrond(),
            {**ziekmelding, "name": f'een ziekmelding met eerste ziektedag "{eerste}"'},
            {**uiterste_datum, "name": f'is de uiterste datum "{uiterste}"'},
        ],
        trefwoord="Abstract Scenario",
    )


def cucumber_json() -> list[dict[str, Any]]:
    """Results as pytest-bdd writes them; 'Eerste stap ontbreekt' is absent (#721)."""
    op_tijd = lijn(FEATURE, "Scenario: Op tijd")
    te_laat = lijn(FEATURE, "Scenario: Te laat")
    later = lijn(FEATURE, "Scenario: Stap ontbreekt later")
    ziekmelding = 'een ziekmelding met eerste ziektedag "2025-01-06"'
    elementen = [
        element(
            "test_op_tijd",
            "Op tijd",
            op_tijd,
            [
                _achtergrond(),
                stap(ziekmelding, FEATURE, "Gegeven", na=op_tijd),
                stap('de bedrijfsarts de probleemanalyse opstelt op "2025-02-10"', FEATURE, "Als"),
                stap("is de probleemanalyse op tijd", FEATURE, "Dan", na=op_tijd),
            ],
        ),
        element(
            "test_te_laat_en_gevaarlijk__zo",
            'Te laat <en> "gevaarlijk" & zo',
            te_laat,
            [
                _achtergrond(),
                stap(ziekmelding, FEATURE, "Gegeven", na=te_laat),
                stap('de bedrijfsarts de probleemanalyse opstelt op "2025-03-01"', FEATURE, "Als"),
                stap("is de probleemanalyse te laat", FEATURE, "Dan", "failed", FOUT),
                stap("staat er een signaal open", FEATURE, "En", "failed", ""),
            ],
        ),
        # The undefined step and what follows are simply missing; the rest says "passed".
        element(
            "test_stap_ontbreekt_later",
            "Stap ontbreekt later",
            later,
            [_achtergrond(), stap(ziekmelding, FEATURE, "Gegeven", na=later)],
        ),
    ]
    elementen += [
        _rij("[2025-01-06-2025-02-17]", "2025-01-06", "2025-02-17", "passed"),
        # pytest rewrites ids it finds unsafe; the row is then recognised by its steps.
        _rij("[onherkenbaar]", "2025-03-03", "2025-04-14", "failed"),
    ]
    return [feature_json(URI, "Probleemanalyse", elementen)]


@pytest.fixture
def werkmap(tmp_path: Path) -> Callable[[list[dict[str, Any]] | None], list[str]]:
    """Writes the feature and the JSON; returns the arguments of the ``rapport`` command."""

    def maak(data: list[dict[str, Any]] | None) -> list[str]:
        schrijf_feature(tmp_path / "features", "probleemanalyse", FEATURE)
        cucumber = tmp_path / "reports" / "cucumber.json"
        if data is not None:
            cucumber.parent.mkdir(parents=True, exist_ok=True)
            cucumber.write_text(json.dumps(data), encoding="utf-8")
        return [
            "rapport",
            "--cucumber",
            str(cucumber),
            "--features",
            str(tmp_path / "features"),
            "--uit",
            str(tmp_path / "reports" / "spec"),
        ]

    return maak


def _uitslag(tmp_path: Path, data: list[dict[str, Any]]) -> Featureuitslag:
    schrijf_feature(tmp_path / "features", "probleemanalyse", FEATURE)
    cucumber = tmp_path / "c.json"
    cucumber.write_text(json.dumps(data), encoding="utf-8")
    rapport = maak_rapport(
        lees_features(tmp_path / "features"),
        lees_cucumber(cucumber),
        datum=None,
        cucumber=cucumber,
        features_map=tmp_path / "features",
    )
    [feature] = rapport.features
    return feature


def _per_naam(feature: Featureuitslag) -> dict[str, tuple[Status, list[Status]]]:
    return {u.uitvoering.naam: (u.status, [s.status for s in u.stappen]) for u in feature.uitslagen}


def test_elk_scenario_krijgt_zijn_uitslag_ook_als_het_in_de_json_ontbreekt(tmp_path: Path) -> None:
    feature = _uitslag(tmp_path, cucumber_json())

    uitslagen = _per_naam(feature)

    g, m, o, s, n = (
        Status.GESLAAGD,
        Status.MISLUKT,
        Status.ONGEDEFINIEERD,
        Status.OVERGESLAGEN,
        Status.NIET_UITGEVOERD,
    )
    assert uitslagen == {
        "Op tijd": (g, [g, g, g, g]),
        'Te laat <en> "gevaarlijk" & zo': (m, [g, g, g, m, s]),
        "Stap ontbreekt later": (o, [g, g, o, s]),
        "Eerste stap ontbreekt": (Status.ONTBREEKT, [n, n, n]),
        "Uiterste datum bij eerste ziektedag 2025-01-06": (g, [g, g, g]),
        "Uiterste datum bij eerste ziektedag 2025-03-03": (m, [g, g, m]),
    }
    assert feature.telling() == {g: 2, m: 2, o: 1, Status.ONTBREEKT: 1}


def test_een_stap_met_status_skipped_of_undefined_telt_als_ongedefinieerd(
    tmp_path: Path,
) -> None:
    data = cucumber_json()
    op_tijd = data[0]["elements"][0]
    op_tijd["steps"][2]["result"]["status"] = "skipped"
    op_tijd["steps"][3]["result"]["status"] = "undefined"

    uitslagen = _per_naam(_uitslag(tmp_path, data))

    assert uitslagen["Op tijd"] == (
        Status.ONGEDEFINIEERD,
        [Status.GESLAAGD, Status.GESLAAGD, Status.ONGEDEFINIEERD, Status.OVERGESLAGEN],
    )


def test_resultaten_van_een_gewijzigde_stap_gelden_niet(tmp_path: Path) -> None:
    data = cucumber_json()
    data[0]["elements"][0]["steps"][3]["name"] = "is de probleemanalyse op tijd gedaan"

    uitslagen = _per_naam(_uitslag(tmp_path, data))

    assert uitslagen["Op tijd"][0] is Status.ONGEDEFINIEERD


def test_resultaten_zonder_scenario_worden_genoemd(tmp_path: Path) -> None:
    data = cucumber_json()
    data.append(feature_json("oud/oud.feature", "Oud", [element("test_oud", "Oud", 4, [])]))
    schrijf_feature(tmp_path / "features", "probleemanalyse", FEATURE)
    (tmp_path / "c.json").write_text(json.dumps(data), encoding="utf-8")

    rapport, _ = lees_rapport(tmp_path / "features", tmp_path / "c.json")

    assert [z.uri for z in rapport.zwevend] == ["oud/oud.feature"]


def test_rapport_eindigt_met_1_en_een_samenvatting_als_iets_mislukt_of_ontbreekt(
    werkmap: Callable[[list[dict[str, Any]] | None], list[str]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(werkmap(cucumber_json()))

    uit = capsys.readouterr().out.strip().splitlines()
    assert code == 1
    assert uit == [
        "Specificaties NIET geslaagd: 6 scenario's in 1 functionaliteit: 2 geslaagd, 2 mislukt, "
        "1 ongedefinieerd, 1 niet uitgevoerd of stap ontbreekt; "
        f"rapport: {tmp_path / 'reports' / 'spec' / 'index.html'}"
    ]
    assert sorted(p.name for p in (tmp_path / "reports" / "spec").iterdir()) == [
        "index.html",
        "probleemanalyse.html",
    ]


def test_rapport_eindigt_met_0_als_alles_slaagt(
    werkmap: Callable[[list[dict[str, Any]] | None], list[str]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    alleen_geslaagd = FEATURE[: FEATURE.index("    Scenario: Te laat")]
    data = cucumber_json()
    data[0]["elements"] = data[0]["elements"][:1]
    argumenten = werkmap(data)
    Path(argumenten[4], "probleemanalyse", "probleemanalyse.feature").write_text(alleen_geslaagd)

    code = main(argumenten)

    assert code == 0
    assert capsys.readouterr().out.startswith(
        "Specificaties geslaagd: 1 scenario in 1 functionaliteit: 1 geslaagd, 0 mislukt"
    )


def test_zonder_cucumber_json_is_niets_uitgevoerd(
    werkmap: Callable[[list[dict[str, Any]] | None], list[str]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(werkmap(None))

    uitvoer = capsys.readouterr()
    assert code == 1
    assert "bestaat niet" in uitvoer.err
    assert "6 niet uitgevoerd of stap ontbreekt" in uitvoer.out


def test_onleesbare_cucumber_json_is_een_invoerfout(
    werkmap: Callable[[list[dict[str, Any]] | None], list[str]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    argumenten = werkmap([])
    Path(argumenten[2]).write_text("{niet: json")

    assert main(argumenten) == 4
    assert capsys.readouterr().err.startswith("fout: ")


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.tekst: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.links += [waarde or "" for naam, waarde in attrs if tag == "a" and naam == "href"]

    def handle_data(self, data: str) -> None:
        self.tekst.append(data)


def _lees(pad: Path) -> tuple[str, _Links]:
    html = pad.read_text(encoding="utf-8")
    links = _Links()
    links.feed(html)
    return html, links


def test_html_toont_links_bronnen_statussen_en_foutmeldingen_veilig(
    werkmap: Callable[[list[dict[str, Any]] | None], list[str]], tmp_path: Path
) -> None:
    main(werkmap(cucumber_json()))
    spec = tmp_path / "reports" / "spec"

    index, index_links = _lees(spec / "index.html")
    pagina, pagina_links = _lees(spec / "probleemanalyse.html")

    assert "probleemanalyse.html" in index_links.links
    assert "Laatste uitvoering: 20" in index
    assert "<style>" in index
    assert "<script" not in index
    assert "<link" not in index
    # Legal sources and links in the user story are clickable; javascript: is not a link.
    assert "https://wetten.overheid.nl/BWBR0013540" in pagina_links.links
    assert "https://www.uwv.nl/werkgevers" in pagina_links.links
    assert all(link.startswith(("https://", "#", "index.html")) for link in pagina_links.links), (
        pagina_links.links
    )
    assert "Regeling procesgang eerste en tweede ziektejaar, art. 2 lid 2" in pagina
    # Feature text and failure messages are escaped, and read back as written.
    assert "<en>" not in pagina
    assert "<b>" not in pagina
    # Escaped once, as Jinja2's autoescape (MarkupSafe) writes it: " as &#34;, ' as &#39;.
    assert "Te laat &lt;en&gt; &#34;gevaarlijk&#34; &amp; zo" in pagina
    tekst = "".join(pagina_links.tekst)
    assert "AssertionError: <b>te laat</b> & zo" in tekst
    assert "Als casemanager" in tekst
    assert "Zodat het dossier voldoet" in tekst
    # Every status has its colour class; the missing scenario is explained.
    for klasse in ("geslaagd", "mislukt", "ongedefinieerd", "ontbreekt", "overgeslagen"):
        assert f'class="status {klasse}"' in pagina
    assert "niet uitgevoerd of stap ontbreekt" in tekst
    assert ONTBREEKT_UITLEG.replace("'", "&#39;") in pagina
    # Each example row is shown with its own outcome.
    assert "Voorbeeld 1: Uiterste datum bij eerste ziektedag 2025-01-06" in tekst
    assert "Voorbeeld 2: Uiterste datum bij eerste ziektedag 2025-03-03" in tekst
    assert "laatste uitvoering: 20" in pagina


def test_een_lege_cucumber_json_wijst_op_xdist(
    werkmap: Callable[[list[dict[str, Any]] | None], list[str]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    # pytest-bdd 9.0.1 writes "[]" when pytest runs with -n (pytest-xdist).
    code = main(werkmap([]))

    assert code == 1
    assert "pytest-xdist" in capsys.readouterr().err
