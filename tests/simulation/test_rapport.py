"""The simulation reports as an analyst reads them.

Significance decided on the unrounded paired differences (and shown with enough decimals to see
why), survival curves of every scenario overlaid with one colour per scenario in every chart,
the cohort definition derived from the parameters on every chart, the scenario as a Dutch table,
and no English in what a reader sees.  Charts are inspected as matplotlib figures, not pixels;
simulation runs are small.
"""

from __future__ import annotations

import html
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from matplotlib.collections import LineCollection
from matplotlib.colors import to_hex
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from pydantic import BaseModel

from domain.regels import REGELS, dagnummer
from simulation.kpi import MAX_DAG, Schatting, Telling, verschillen
from simulation.parameters import EENHEDEN, ONDERDELEN, Scenario
from simulation.rapport import (
    CURVE,
    RUIS,
    cohorttekst,
    cohortteksten,
    figuur_overleving,
    figuur_schendingen,
    figuur_vergelijking,
    kleuren,
    parameterrijen,
    rapport_html,
    sluit_nul_uit,
    vergelijking_html,
    verschiltekst,
)
from simulation.runner import Opdracht, deelcohorten
from tests.simulation.test_cli import BASIS, VROEG, spoorwijzer

PNG = b"\x89PNG\r\n\x1a\nnep"

# -- significance: decided unrounded, shown so the reader sees why ------------------------------


def _replicaties(waarden: list[float], naam: str = "loonsanctie") -> list[dict[str, float]]:
    return [{naam: w} for w in waarden]


def _verschil(basis: list[float], scenario: list[float], naam: str = "loonsanctie") -> Schatting:
    return verschillen(_replicaties(basis, naam), _replicaties(scenario, naam))[naam]


def test_a_tiny_difference_whose_interval_excludes_zero_shows_the_decimals_that_prove_it() -> None:
    # Paired differences of 0.03, 0.02 and 0.04 percentage points: all above zero.
    d = _verschil([0.10, 0.20, 0.30], [0.1003, 0.2002, 0.3004])
    assert 0 < d.onder < 0.0001  # 0,0 pp at the usual one decimal
    tekst = verschiltekst("loonsanctie", d)

    assert tekst.aantoonbaar
    assert str(tekst) == "+0,030 pp [+0,005; +0,055] *"


def test_a_difference_that_rounds_to_zero_and_includes_zero_has_no_star() -> None:
    d = _verschil([0.10, 0.20, 0.30], [0.1001, 0.1999, 0.3002])
    assert d.onder < 0 < d.boven
    tekst = verschiltekst("loonsanctie", d)

    assert not tekst.aantoonbaar
    assert str(tekst) == "0,0 pp [0,0; 0,0]"
    assert tekst.verschil == "0,0 pp"  # the usual decimals: nothing to prove


@pytest.mark.parametrize(
    ("schatting", "aantoonbaar", "tekst"),
    [
        # The bound exactly on zero: the interval does not exclude it.
        (Schatting(0.0003, 0.0, 0.0006, 3), False, "0,0 pp [0,0; +0,1]"),
        # Just above zero in full precision: a star, and the digit that shows why.
        (Schatting(0.0003, 0.000001, 0.0006, 3), True, "+0,0300 pp [+0,0001; +0,0600] *"),
        (Schatting(-0.0003, -0.0006, -0.00002, 3), True, "−0,030 pp [−0,060; −0,002] *"),
        # A clear difference keeps the usual decimal.
        (Schatting(0.05, 0.03, 0.07, 3), True, "+5,0 pp [+3,0; +7,0] *"),
        # Floating-point noise around zero is no difference.
        (Schatting(2e-16, 1e-16, 3e-16, 3), False, "0,0 pp [0,0; 0,0]"),
        # Durations in days: one more decimal when the bound would round to 0 days.
        (Schatting(0.9, 0.2, 1.6, 5), True, "+0,9 d [+0,2; +1,6] *"),
    ],
)
def test_the_boundary_of_significance(schatting: Schatting, aantoonbaar: bool, tekst: str) -> None:
    naam = "terugkeer_dag_mediaan" if tekst.split()[1] == "d" else "loonsanctie"
    assert sluit_nul_uit(schatting) is aantoonbaar
    assert str(verschiltekst(naam, schatting)) == tekst


def _getal(tekst: str) -> float:
    return float(tekst.replace("−", "-").replace(",", ".").replace("+", ""))


@given(
    midden=st.floats(-0.01, 0.01, allow_nan=False),
    halve_breedte=st.floats(0, 0.01, allow_nan=False),
    naam=st.sampled_from(["loonsanctie", "loonweken_werkgever", "terugkeer_dag_mediaan"]),
)
def test_a_star_never_stands_next_to_an_interval_that_reads_as_containing_zero(
    midden: float, halve_breedte: float, naam: str
) -> None:
    s = Schatting(midden, midden - halve_breedte, midden + halve_breedte, 3)
    tekst = verschiltekst(naam, s)
    onder, boven = (_getal(g) for g in tekst.interval.strip("[]").split("; "))

    assert tekst.aantoonbaar == (s.onder > RUIS or s.boven < -RUIS)
    if tekst.aantoonbaar:
        assert onder > 0 or boven < 0, str(tekst)  # what is shown excludes zero too
    assert "*" not in str(tekst) or tekst.aantoonbaar


def test_the_comparison_report_and_json_judge_the_same_unrounded_way() -> None:
    d = _verschil([0.10, 0.20, 0.30], [0.1003, 0.2002, 0.3004])
    niets = Schatting(0.0, 0.0, 0.0, 3)
    pagina = vergelijking_html(
        titel="Vergelijking: basis / b",
        basis="basis",
        cohort="Cohort: test",
        scenarios={"basis": Scenario(), "b": Scenario(naam="b")},
        schattingen={
            "basis": {"loonsanctie": Schatting(0.1, 0.09, 0.11, 3), "wia_aanvragen": niets},
            "b": {"loonsanctie": Schatting(0.1003, 0.09, 0.11, 3), "wia_aanvragen": niets},
        },
        verschillen={"b": {"loonsanctie": d, "wia_aanvragen": niets}},
        afbeeldingen={"overleving": PNG, "schendingen": PNG, "verschillen": PNG},
        manifest={},
    )
    assert "+0,030 pp [+0,005; +0,055] *" in pagina
    assert "0,0 pp [0,0; 0,0]<" in pagina  # no star after the difference that is none
    assert "0,0 pp [0,0; 0,0] *" not in pagina


# -- charts: one line per scenario, the same colour everywhere, the cohort in the title --------


def _telling(nog_ziek: list[int]) -> Telling:
    """A replication whose cases end on the given days (``nog_ziek[d]`` cases on day d)."""
    histogram = [0] * (MAX_DAG + 1)
    for dag, aantal in enumerate(nog_ziek):
        histogram[dag] = aantal
    return Telling(cases=sum(nog_ziek), nog_ziek_per_dag=histogram)


NAMEN = ("basis", "vroeg_spoor2", "bedrijfsarts_tekort")


def _tellingen() -> dict[str, list[Telling]]:
    return {
        naam: [_telling([0] * (50 + 10 * i + r) + [5, 5]) for r in range(3)]
        for i, naam in enumerate(NAMEN)
    }


def _schattingen(verschuiving: float) -> dict[str, Schatting]:
    uit = {f"schending_{r}": Schatting(0.1 + verschuiving, 0.05, 0.2, 3) for r in REGELS}
    uit["loonweken_werkgever"] = Schatting(verschuiving, -0.1, 0.1, 3)
    uit["terugkeer_dag_mediaan"] = Schatting(verschuiving, -1.0, 1.0, 3)
    return uit


def _titels(figuur: Figure) -> str:
    delen = [figuur.get_suptitle()] + [a.get_title() for a in figuur.axes]
    return " ".join(" ".join(delen).split())


def test_the_survival_chart_overlays_one_line_per_scenario_with_a_legend() -> None:
    kleur = kleuren(NAMEN)
    figuur = figuur_overleving(_tellingen(), "Cohort: test", kleur)
    (as_,) = figuur.axes

    lijnen = [lijn for lijn in as_.get_lines() if (lijn.get_gid() or "").startswith(CURVE)]
    assert [lijn.get_label() for lijn in lijnen] == list(NAMEN)
    assert [to_hex(lijn.get_color()) for lijn in lijnen] == [kleur[n] for n in NAMEN]
    for lijn in lijnen:  # each runs over weeks 0..104, in percent
        x, y = lijn.get_data()
        assert list(x) == list(range(105))
        assert max(y) == 100.0
    legenda = [t.get_text() for t in as_.get_legend().get_texts()]
    assert legenda[: len(NAMEN)] == list(NAMEN)
    assert "95%-betrouwbaarheidsband" in legenda
    assert as_.get_xlabel() == "weken na de eerste ziektedag"


def test_the_scenarios_differ_in_their_survival_line() -> None:
    figuur = figuur_overleving(_tellingen(), "Cohort: test", kleuren(NAMEN))
    lijnen = [x for x in figuur.axes[0].get_lines() if (x.get_gid() or "").startswith(CURVE)]
    # basis ends on day 50-52, the others 10 and 20 days later: week 8 tells them apart.
    assert [lijn.get_ydata()[8] for lijn in lijnen] == [0.0, 100.0, 100.0]


def test_the_violations_chart_groups_the_scenarios_in_their_colours() -> None:
    kleur = kleuren(NAMEN)
    per_scenario = {n: _schattingen(0.01 * i) for i, n in enumerate(NAMEN)}
    figuur = figuur_schendingen(per_scenario, "Cohort: test", kleur)
    (as_,) = figuur.axes

    balken = {c.get_label(): c for c in as_.containers if isinstance(c, BarContainer)}
    assert set(balken) == set(NAMEN)
    for naam in NAMEN:
        groep = balken[naam]
        assert len(groep.patches) == len(REGELS)
        assert {to_hex(p.get_facecolor()) for p in groep.patches} == {kleur[naam]}
    assert [t.get_text() for t in as_.get_legend().get_texts()] == list(NAMEN)


def test_the_difference_chart_uses_the_same_colour_per_scenario() -> None:
    kleur = kleuren(NAMEN)
    verschil = {n: _schattingen(0.01) for n in NAMEN[1:]}
    figuur = figuur_vergelijking("basis", verschil, "Cohort: test", kleur)

    gebruikt = {
        to_hex(c.get_color()[0])
        for as_ in figuur.axes
        for c in as_.collections
        if isinstance(c, LineCollection)
    }
    assert gebruikt == {kleur[n] for n in NAMEN[1:]}
    assert kleur["basis"] not in gebruikt  # the basis is what the others are measured against


def test_every_chart_states_the_cohort() -> None:
    tekst = cohorttekst(Scenario(), aantal=5000, replicaties=10, seed=42)
    kleur = kleuren(NAMEN)
    figuren = [
        figuur_overleving(_tellingen(), tekst, kleur),
        figuur_schendingen({n: _schattingen(0) for n in NAMEN}, tekst, kleur),
        figuur_vergelijking("basis", {n: _schattingen(0) for n in NAMEN[1:]}, tekst, kleur),
    ]
    for figuur in figuren:
        assert tekst in _titels(figuur)


# -- the cohort definition, derived from the parameters ---------------------------------------


def test_the_cohort_text_of_the_default_scenario() -> None:
    assert cohorttekst(Scenario(), aantal=5000, replicaties=10, seed=42) == (
        "Cohort: 5.000 langdurig zieken (verzuim > 6 weken, op dag 43 nog ziek), "
        "eerste ziektedag 6-1-2025 t/m 5-1-2026, 10 replicaties, seed 42"
    )


def test_the_cohort_text_follows_the_parameters() -> None:
    alle = Scenario.model_validate(
        {"cohort": {"alleen_langdurig": False, "startdatum": "2026-03-02", "instroom_dagen": 30}}
    )
    assert cohorttekst(alle, aantal=1, replicaties=1, seed=7) == (
        "Cohort: 1 zieke (alle ziekmeldingen, ook kort verzuim), "
        "eerste ziektedag 2-3-2026 t/m 31-3-2026, 1 replicatie, seed 7"
    )
    assert cohorttekst(
        Scenario(), aantal=12, replicaties=2, seed=1, cohortbestand="echt.csv"
    ).startswith("Cohort: 12 gevallen uit het cohortbestand echt.csv")
    assert "op 1-6-2026 nog liepen" in cohorttekst(
        Scenario(), aantal=3, replicaties=2, seed=1, vanuit_opslag=date(2026, 6, 1)
    )


def test_the_cohort_text_is_true_of_the_simulated_cases() -> None:
    # "verzuim > 6 weken, op dag 43 nog ziek": the rule data's day 42, and every simulated case.
    grens = dagnummer(REGELS["probleemanalyse"].uiterste)
    assert f"verzuim > {grens // 7} weken, op dag {grens + 1} nog ziek" in cohorttekst(
        Scenario(), aantal=300, replicaties=1, seed=3
    )
    gevallen = [u for deel in deelcohorten(Opdracht(Scenario(), 3, 0, 300)) for u in deel]
    assert len(gevallen) == 300
    assert min(u.ziekteduur for u in gevallen) > grens
    # "eerste ziektedag 6-1-2025 t/m 5-1-2026"
    assert "eerste ziektedag 6-1-2025 t/m 5-1-2026" in cohorttekst(
        Scenario(), aantal=300, replicaties=1, seed=3
    )
    eerste = [u.eerste_ziektedag for u in gevallen]
    assert date(2025, 1, 6) <= min(eerste) <= max(eerste) <= date(2026, 1, 5)


def test_scenarios_with_different_cohorts_each_get_their_own_text() -> None:
    assert cohortteksten({"a": "Cohort: x", "b": "Cohort: x"}) == "Cohort: x"
    assert cohortteksten({"a": "Cohort: x", "b": "Cohort: y"}) == "a: Cohort: x\nb: Cohort: y"


# -- the scenario as a readable table ----------------------------------------------------------


def _sleutels() -> list[tuple[str, str, object]]:
    """Every key of a scenario file (dotted) with its title and unit."""
    uit = []
    for sleutel, veld in Scenario.model_fields.items():
        deel = veld.annotation
        if isinstance(deel, type) and issubclass(deel, BaseModel):
            assert sleutel in ONDERDELEN
            for naam, sub in deel.model_fields.items():
                uit.append((f"{sleutel}.{naam}", sub.title or "", sub.json_schema_extra))
        else:
            uit.append((sleutel, veld.title or "", veld.json_schema_extra))
    return uit


def test_every_scenario_key_has_a_dutch_label_unit_and_explanation() -> None:
    for sleutel, label, extra in _sleutels():
        assert label, sleutel
        assert isinstance(extra, dict), sleutel
        assert extra["eenheid"] in EENHEDEN, sleutel


def test_the_scenario_table_lists_every_parameter_with_its_label() -> None:
    rijen = parameterrijen([Scenario()])
    verwacht = {s: label for s, label, _ in _sleutels() if s not in ("naam", "omschrijving")}
    assert {r.sleutel: r.label for r in rijen} == verwacht
    for rij in rijen:
        assert rij.toelichting, rij.sleutel
        assert len(rij.waarden) == 1
    per_sleutel = {r.sleutel: r.waarden[0] for r in rijen}
    assert per_sleutel["naleving.probleemanalyse"] == "85%"
    assert per_sleutel["cohort.deelcohort"] == "5.000 gevallen"
    assert per_sleutel["cohort.startdatum"] == "6-1-2025"
    assert per_sleutel["cohort.alleen_langdurig"] == "ja"
    assert per_sleutel["beleid.spoor2_week"] == "week 26"
    assert per_sleutel["ziekteduur.mu"] == "1,5675"
    assert per_sleutel["capaciteit.bedrijfsartsen_per_1000"] == "6 per 1.000 gevallen"

    pagina = rapport_html(
        titel="Simulatie: basis",
        scenario=Scenario(),
        cohort="Cohort: test",
        schattingen={},
        overleving_png=PNG,
        schendingen_png=PNG,
        manifest={},
    )
    for label in verwacht.values():
        assert f"<td>{html.escape(label)}</td>" in pagina, label
    assert "<pre>" not in pagina  # no raw JSON dump


def test_the_table_shows_the_simulated_number_of_cases_next_to_the_files() -> None:
    rijen = {r.sleutel: r for r in parameterrijen([Scenario()], aantal=300)}
    assert rijen["cohort.aantal"].waarden == (
        "300 gevallen (in het scenariobestand: 1.000 gevallen)",
    )


def test_the_comparison_highlights_the_keys_in_which_the_scenarios_differ() -> None:
    basis = Scenario()
    vroeg = Scenario.model_validate({"beleid": {"spoor2_start": "week", "spoor2_week": 20}})
    rijen = parameterrijen([basis, vroeg])
    assert {r.sleutel for r in rijen if r.anders} == {"beleid.spoor2_start", "beleid.spoor2_week"}
    rij = next(r for r in rijen if r.sleutel == "beleid.spoor2_start")
    assert rij.waarden == ("na eerstejaarsevaluatie", "week")

    niets = {"loonsanctie": Schatting(0.1, 0.1, 0.1, 3)}
    pagina = vergelijking_html(
        titel="Vergelijking",
        basis="basis",
        cohort="Cohort: test",
        scenarios={"basis": basis, "vroeg": vroeg},
        schattingen={"basis": niets, "vroeg": niets},
        verschillen={"vroeg": {"loonsanctie": Schatting(0.0, 0.0, 0.0, 3)}},
        afbeeldingen={"overleving": PNG, "schendingen": PNG, "verschillen": PNG},
        manifest={},
    )
    gemarkeerd = re.findall(r'<tr class="anders"><td>[^<]*</td><td>([^<]*)</td>', pagina)
    # Once in "what sets them apart" and once in the full table.
    assert (
        gemarkeerd == ["Start van het tweede spoor", "Week van de start van het tweede spoor"] * 2
    )


# -- Dutch throughout ----------------------------------------------------------------------------

ENGELS = (
    "cases",
    "case",
    "mean",
    "median",
    "share",
    "survival",
    "violation",
    "violations",
    "baseline",
    "difference",
    "replication",
    "replications",
    "weeks",
    "days",
    "still",
    "sick",
    "default",
    "output",
    "number",
    "the",
    "and",
    "with",
    "per case",
)


def _zichtbaar(pagina: str) -> str:
    """The text a reader sees: no stylesheet, no image data, no tags."""
    pagina = re.sub(r"<style>.*?</style>", " ", pagina, flags=re.S)
    pagina = re.sub(r'src="data:[^"]*"', " ", pagina)
    pagina = re.sub(r"<code>.*?</code>", " ", pagina, flags=re.S)  # file paths, keys, hashes
    return html.unescape(re.sub(r"<[^>]+>", " ", pagina))


def _engels(tekst: str) -> set[str]:
    return {w for w in ENGELS if re.search(rf"\b{re.escape(w)}\b", tekst, flags=re.I)}


def test_the_word_list_catches_english() -> None:
    assert _engels("Share of the cases still sick") == {"share", "the", "cases", "still", "sick"}
    assert _engels("Aandeel gevallen nog ziek; de casemanager") == set()


@pytest.fixture(scope="module")
def vergelijking(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    uit = tmp_path_factory.mktemp("vergelijking") / "uit"
    klein = ("--gevallen", "200", "--replicaties", "2", "--werkers", "1")
    resultaat = spoorwijzer(
        "simuleer", "vergelijk", str(BASIS), str(VROEG), *klein, "--uitvoer", str(uit)
    )
    assert resultaat.exit_code == 0, resultaat.output
    return uit, resultaat.stdout, resultaat.stderr


def test_no_english_in_the_comparison_report_or_its_cli_output(
    vergelijking: tuple[Path, str, str],
) -> None:
    uit, stdout, stderr = vergelijking
    pagina = (uit / "vergelijking.html").read_text(encoding="utf-8")
    assert _engels(_zichtbaar(pagina)) == set()
    assert _engels(stdout) == set()
    assert _engels(stderr.replace(str(uit), "")) == set()


def test_the_comparison_report_states_the_cohort_and_the_scenarios(
    vergelijking: tuple[Path, str, str],
) -> None:
    uit, stdout, _ = vergelijking
    pagina = _zichtbaar((uit / "vergelijking.html").read_text(encoding="utf-8"))
    tekst = cohorttekst(Scenario(), aantal=200, replicaties=2, seed=20261123)
    assert tekst in pagina
    assert tekst in " ".join(stdout.split())
    assert "Start van het tweede spoor" in pagina  # the scenario table, in words
    assert pagina.count("data:image/png") == 0  # images were stripped: they are inlined...
    inhoud = (uit / "vergelijking.html").read_text(encoding="utf-8")
    assert inhoud.count('src="data:image/png;base64,') == 3  # ...three charts


def test_no_english_in_the_run_report(tmp_path: Path) -> None:
    uit = tmp_path / "uit"
    klein = ("--gevallen", "150", "--replicaties", "2", "--werkers", "1")
    resultaat = spoorwijzer("simuleer", "run", str(BASIS), *klein, "--uitvoer", str(uit))
    assert resultaat.exit_code == 0, resultaat.output
    pagina = _zichtbaar((uit / "rapport.html").read_text(encoding="utf-8"))
    assert _engels(pagina) == set()
    assert cohorttekst(Scenario(), aantal=150, replicaties=2, seed=20261123) in pagina
    assert _engels(resultaat.stdout) == set()
    assert re.search(r"\(\d+,\d s simulatie\)", resultaat.stderr)  # a decimal comma


BIBLIOTHEEK = ("[required]", "Show this message and exit.")
"""What typer itself writes in every command's help (not this module's text)."""


@pytest.mark.parametrize("commando", ["run", "vergelijk"])
def test_the_help_is_dutch_and_hides_the_old_option(commando: str) -> None:
    resultaat = spoorwijzer("simuleer", commando, "--help")
    assert resultaat.exit_code == 0
    assert "--gevallen" in resultaat.stdout
    assert "--cases" not in resultaat.stdout
    # The frame is the CLI library's (as in every command); the names are machine names.
    tekst = resultaat.stdout
    for machinaal in (*BIBLIOTHEEK, "cases.csv", "kolommen case,"):
        tekst = tekst.replace(machinaal, "")
    assert _engels(" ".join(tekst.split())) == set()


def test_gevallen_and_its_old_name_together_are_refused(tmp_path: Path) -> None:
    resultaat = spoorwijzer(
        "simuleer",
        "run",
        str(BASIS),
        "--gevallen",
        "10",
        "--cases",
        "10",
        "--uitvoer",
        str(tmp_path / "uit"),
    )
    assert resultaat.exit_code == 2
    assert "niet beide" in resultaat.stderr
    assert not (tmp_path / "uit").exists()  # refused before anything was written
