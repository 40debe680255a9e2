"""Failures for domain experts: "verwacht / gekregen" in Dutch, the traceback folded away, and
"bedoelde u ...?" for a step no definition matches, in the HTML report and in pytest's output.

The end-to-end tests run pytest-bdd for real on a throwaway feature (as
``test_van_begin_tot_eind`` does), so the failure texts are pytest's own.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from adapters.levend.__main__ import main
from adapters.levend.rapport import Status, Verklaring, lees_rapport, verklaar
from adapters.levend.stappen import bedoelde_stap, bedoelde_u, lees_stappen
from tests.levend.cucumber import schrijf_feature
from tests.levend.test_van_begin_tot_eind import FEATURE, draai_pytest

WORTEL = Path(__file__).resolve().parents[2]

# -- reading pytest's failure text ----------------------------------------------------------------


def test_gelijkheid_wordt_verwacht_tegen_gekregen() -> None:
    fout = """\
>       assert dossier["type"] == type_
E       AssertionError: assert 'ZiekmeldingOntvangen' == 'HerstelGemeld'
E         
E         - HerstelGemeld
E         + ZiekmeldingOntvangen

test_ziekmelding.py:30: AssertionError"""
    assert verklaar(fout) == Verklaring("'HerstelGemeld'", "'ZiekmeldingOntvangen'", None)


def test_het_eigen_bericht_van_de_stap_wordt_de_toelichting() -> None:
    fout = """\
E       AssertionError: inlener: Taxi Noord
E       assert 'Taxi Noord' == 'Taxi Centraal'
E         - Taxi Centraal
E         + Taxi Noord"""
    assert verklaar(fout) == Verklaring("'Taxi Centraal'", "'Taxi Noord'", "inlener: Taxi Noord")


@pytest.mark.parametrize(
    ("bewering", "verwacht", "gekregen"),
    [
        ("'2099-01-01' < '2099-01-01'", "kleiner dan '2099-01-01'", "'2099-01-01'"),
        ("3 >= 5", "groter dan of gelijk aan 5", "3"),
        ("'x' in 'abc'", "'x' komt voor in 'abc'", "komt er niet in voor"),
        ("'a' not in 'abc'", "'a' komt niet voor in 'abc'", "komt er wel in voor"),
        ("None is not None", "niet None", "None"),
        ("'a == b' == 'c'", "'c'", "'a == b'"),
        ("[1, 2] != [1, 2]", "iets anders dan [1, 2]", "[1, 2]"),
    ],
)
def test_vergelijkingen_in_woorden(bewering: str, verwacht: str, gekregen: str) -> None:
    v = verklaar(f"E       assert {bewering}\nE        +  where 3 = len(x)")
    assert v == Verklaring(verwacht, gekregen, None)


def test_datums_en_decimalen_zoals_mensen_ze_schrijven() -> None:
    v = verklaar("E       assert datetime.date(2025, 1, 6) == datetime.date(2025, 1, 7)")
    assert v == Verklaring("2025-01-07", "2025-01-06", None)
    v = verklaar("E       assert Decimal('21.50') == Decimal('16')")
    assert v == Verklaring("16", "21.50", None)


def test_een_andere_fout_is_onverwacht() -> None:
    fout = "E   domain.fouten.OngeldigVeldError: veld 'x': kapot [toets: geldig_veld]"
    v = verklaar(fout)
    assert v is not None
    assert v.verwacht == "geen fout"
    assert v.gekregen == (
        "onverwachte fout domain.fouten.OngeldigVeldError: veld 'x': kapot [toets: geldig_veld]"
    )


def test_een_bewering_zonder_vergelijking_toont_het_bericht() -> None:
    v = verklaar("E       AssertionError: de keten is verbroken\nE       assert False")
    assert v == Verklaring(None, None, "de keten is verbroken")
    zonder = verklaar("E       AssertionError: zet eerst de datum")
    assert zonder == Verklaring(None, None, "zet eerst de datum")
    kaal = verklaar("E       AssertionError: assert False\nE        +  where False = x.ok")
    assert kaal == Verklaring("een ware bewering", "False", None)


def test_zonder_E_regels_geen_verklaring() -> None:
    assert verklaar("Traceback (most recent call last):\n  iets\n") is None


def test_een_heel_lange_waarde_wordt_afgekapt() -> None:
    v = verklaar(f"E       assert '{'x' * 10_000}' == 'y'")
    assert v is not None
    assert v.gekregen is not None
    assert len(v.gekregen) < 2_100


# -- "bedoelde u" ----------------------------------------------------------------------------------


def test_bedoelde_u_vindt_de_dichtstbijzijnde_stap_en_zwijgt_bij_een_bekende() -> None:
    definities = [d for m in lees_stappen(WORTEL / "tests" / "bdd" / "stappen") for d in m.stappen]
    hint = bedoelde_u('een ziekmeldng met eerste ziektedag "2025-01-06"', definities)
    assert hint == 'bedoelde u: een ziekmelding met eerste ziektedag "{datum}"?'
    assert bedoelde_u('een ziekmelding met eerste ziektedag "2025-01-06"', definities) is None
    assert bedoelde_u("Gegeven qqq zzz", definities) is None
    assert bedoelde_stap("x" * 100_000, definities) is None


# -- the report, end to end ------------------------------------------------------------------------

MET_TIKFOUT = (
    FEATURE
    + """
    Scenario: Tikfout in de eerste stap
      Gegeven een werknemr "W-009"
      Als de werknemer zich ziek meldt op "2025-01-06"
"""
)


class _Details(HTMLParser):
    """The <details> elements of a page: whether each is open, and the text of its summary."""

    def __init__(self) -> None:
        super().__init__()
        self.details: list[tuple[bool, str]] = []
        self._in_summary = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "details":
            self.details.append((any(k == "open" for k, _ in attrs), ""))
        elif tag == "summary":
            self._in_summary = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "summary":
            self._in_summary = False

    def handle_data(self, data: str) -> None:
        if self._in_summary and self.details:
            open_, tekst = self.details[-1]
            self.details[-1] = (open_, tekst + data)


@pytest.fixture(scope="module")
def rapport(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """pytest-bdd on the throwaway feature with a typo, then the report; returns the page."""
    map_ = tmp_path_factory.mktemp("verklaring")
    schrijf_feature(map_ / "features", "ziekmelding", MET_TIKFOUT)
    draai_pytest(map_)
    code = main(
        [
            "rapport",
            "--cucumber",
            str(map_ / "cucumber.json"),
            "--features",
            str(map_ / "features"),
            "--stappen",
            str(map_),
            "--uit",
            str(map_ / "spec"),
        ]
    )
    assert code == 1
    return map_


def test_een_mislukte_stap_toont_verwacht_en_gekregen(rapport: Path) -> None:
    pagina = (rapport / "spec" / "ziekmelding.html").read_text(encoding="utf-8")
    # Jinja2 escapes ' as &#39;
    assert (
        '<dt>verwacht</dt><dd class="verwacht"><code>&#39;HerstelGemeld&#39;</code></dd>'
        '<dt>gekregen</dt><dd class="gekregen"><code>&#39;ZiekmeldingOntvangen&#39;</code></dd>'
    ) in pagina
    assert '<dt>verwacht</dt><dd class="verwacht"><code>kleiner dan &#39;2099-01-01&#39;' in pagina
    assert (
        '<dt>toelichting</dt><dd class="toelichting">een ziekmelding ligt niet in de toekomst'
    ) in pagina


def test_de_traceback_is_ingeklapt(rapport: Path) -> None:
    pagina = (rapport / "spec" / "ziekmelding.html").read_text(encoding="utf-8")
    lezer = _Details()
    lezer.feed(pagina)
    technisch = [d for d in lezer.details if "Python-traceback" in d[1]]
    assert len(technisch) == 2  # the two failing steps
    assert not any(open_ for open_, _ in technisch)
    # the traceback is there, inside the folded element, and nowhere unfolded
    gevouwen = re.findall(r'<details class="fout">(.*?)</details>', pagina, re.DOTALL)
    assert any("test_ziekmelding.py:" in g for g in gevouwen)
    buiten = re.sub(r'<details class="fout">.*?</details>', "", pagina, flags=re.DOTALL)
    assert "test_ziekmelding.py:" not in buiten


def test_een_stap_met_een_tikfout_krijgt_bedoelde_u(rapport: Path) -> None:
    uitslagen, _ = lees_rapport(rapport / "features", rapport / "cucumber.json", rapport)
    [tikfout] = [u for u in uitslagen.features[0].uitslagen if u.uitvoering.naam.startswith("Tik")]
    assert tikfout.status is Status.ONTBREEKT
    eerste, tweede = tikfout.stappen
    assert eerste.suggestie == 'bedoelde u: een werknemer "{werknemer}"?'
    assert tweede.suggestie is None  # a known step: no hint
    pagina = (rapport / "spec" / "ziekmelding.html").read_text(encoding="utf-8")
    assert '<p class="suggestie">bedoelde u: een werknemer &#34;{werknemer}&#34;?</p>' in pagina


# -- pytest's own output, with the hook of tests/bdd/conftest.py ----------------------------------

TIKFOUT_ECHT = """\
# language: nl
Functionaliteit: Tikfout
  Scenario: Een ziekmelding met een tikfout
    Gegeven een ziekmeldng met eerste ziektedag "2025-01-06"
"""


def test_pytest_noemt_bedoelde_u_bij_een_onbekende_stap(tmp_path: Path) -> None:
    schrijf_feature(tmp_path / "features", "tikfout", TIKFOUT_ECHT)
    (tmp_path / "conftest.py").write_text('pytest_plugins = ["tests.bdd.conftest"]\n')
    (tmp_path / "test_tikfout.py").write_text(
        'from pytest_bdd import scenarios\n\nscenarios("tikfout/tikfout.feature")\n'
    )
    (tmp_path / "pytest.ini").write_text("[pytest]\nbdd_features_base_dir = features\n")
    omgeving = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    omgeving["PYTHONPATH"] = str(WORTEL)
    resultaat = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:randomly",
            "test_tikfout.py",
        ],
        cwd=tmp_path,
        env=omgeving,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    uitvoer = resultaat.stdout + resultaat.stderr
    assert "1 failed" in uitvoer, uitvoer
    assert 'bedoelde u: een ziekmelding met eerste ziektedag "{datum}"?' in uitvoer, uitvoer
