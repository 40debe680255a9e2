"""The traceability map legal source -> Regel -> scenario -> event type."""

from __future__ import annotations

from pathlib import Path

import pytest

from adapters.levend.__main__ import main
from adapters.levend.features import Bronvermelding, lees_features, vind_bronnen
from adapters.levend.herleiding import gebeurtenistypen, herleiding
from tests.levend.cucumber import schrijf_feature

PROBLEEMANALYSE = """\
# language: nl
# Bron: https://wetten.overheid.nl/BWBR0013540
@probleemanalyse
Functionaliteit: Probleemanalyse
  Als casemanager
  Wil ik weten wanneer de probleemanalyse klaar moet zijn
  Zodat ik de termijn haal

  Achtergrond:
    Gegeven een dossier met "ZiekmeldingOntvangen"

  Regel: Analyse in week 6 (Regeling procesgang eerste en tweede ziektejaar, art. 2 lid 2)
    # Bron: https://wetten.overheid.nl/BWBR0013540

    Scenario: Op tijd
      Als de bedrijfsarts vastlegt:
        | type                     | datum      |
        | ProbleemanalyseOpgesteld | 2025-02-10 |
      Dan is de termijn voldaan

    Abstract Scenario: Correctie van <type>
      Als "<type>" wordt gecorrigeerd
      Dan geldt "RegistratieGecorrigeerd"

      Voorbeelden:
        | type                     |
        | ProbleemanalyseOpgesteld |
        | ArbodienstGeinformeerd   |

  Regel: De werkgever mag de analyse laten bijstellen
    Een praktijkregel; ProbleemanalyseOpgesteldX is geen gebeurtenistype.
    # Bron: praktijk (seed "Bijstellen": de bedrijfsarts stelt de analyse bij
    #   als de situatie verandert)
    # ⚠ Dit commentaar noemt par. 6 maar is geen bronregel.

    Scenario: Bijstelling
      Als de casemanager "ProbleemanalyseOpgesteldX" noemt
      Dan is er niets

  Regel: Een regel zonder bron

    Scenario: Niets
      Dan is er niets
"""

HERSTEL = """\
# language: nl
Functionaliteit: Herstel

  Scenario: Herstel sluit het dossier
    Gegeven een dossier met "ZiekmeldingOntvangen"
    Als "HerstelGemeld" wordt vastgelegd
    Dan is het dossier gesloten
"""


@pytest.fixture
def features(tmp_path: Path) -> Path:
    map_ = tmp_path / "features"
    schrijf_feature(map_, "probleemanalyse", PROBLEEMANALYSE)
    schrijf_feature(map_, "herstel", HERSTEL)
    return map_


def test_de_herleiding_verbindt_bron_regel_scenario_en_gebeurtenis(features: Path) -> None:
    tekst = herleiding(lees_features(features), gebeurtenistypen(), "features")

    assert tekst == (Path(__file__).parent / "verwacht_herleiding.md").read_text(encoding="utf-8")


def test_regels_en_functionaliteiten_zonder_bron_zijn_een_waarschuwing(features: Path) -> None:
    tekst = herleiding(lees_features(features), gebeurtenistypen(), "features")

    waarschuwingen = tekst.split("## Waarschuwingen: geen wetsbron")[1]
    _, geen, ander = waarschuwingen.split("###")
    assert geen.strip().splitlines()[2:] == [
        "- `features/herstel/herstel.feature`: functionaliteit Herstel heeft geen `Regel:`-blok",
        "- `features/herstel/herstel.feature`: functionaliteit Herstel noemt nergens een bron",
        "- `features/probleemanalyse/probleemanalyse.feature:40`: Regel Een regel zonder bron",
    ]
    assert ander.strip().splitlines()[2:] == [
        "- `features/probleemanalyse/probleemanalyse.feature:30`: Regel De werkgever mag de "
        'analyse laten bijstellen (bron: praktijk (seed "Bijstellen": de bedrijfsarts stelt de '
        "analyse bij als de situatie verandert))",
    ]


def test_controleer_meldt_een_verouderde_herleiding(
    features: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    uit = tmp_path / "docs" / "traceability.md"
    argumenten = ["herleiding", "--features", str(features), "--uit", str(uit)]

    assert main(argumenten) == 0
    assert main([*argumenten, "--controleer"]) == 0
    (features / "herstel" / "herstel.feature").write_text(HERSTEL.replace("gesloten", "dicht"))
    assert main([*argumenten, "--controleer"]) == 0  # no source, rule or type changed...
    (features / "herstel" / "herstel.feature").write_text(HERSTEL.replace("Herstel s", "Ziek s"))
    assert main([*argumenten, "--controleer"]) == 1  # ...but a scenario name did
    assert "is verouderd" in capsys.readouterr().err


def test_een_onleesbare_feature_is_een_invoerfout(
    features: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (features / "herstel" / "herstel.feature").write_text(
        "# language: nl\nFunctionaliteit: X\n  Scenario: Y\n    Gegeven a\n  Onzin: z\n"
    )

    code = main(["herleiding", "--features", str(features), "--uit", str(tmp_path / "t.md")])

    assert code == 4
    assert "herstel.feature" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("regels", "bronnen"),
    [
        (
            ["Analyse in week 6 (Regeling procesgang eerste en tweede ziektejaar, art. 2 lid 2)"],
            [Bronvermelding("Regeling procesgang eerste en tweede ziektejaar, art. 2 lid 2", None)],
        ),
        (
            ["Samentelling: BW 7:629 lid 10; Wet WIA art. 23 lid 3 (minder dan vier weken)"],
            [
                Bronvermelding("BW 7:629 lid 10", None),
                Bronvermelding("Wet WIA art. 23 lid 3", None),
            ],
        ),
        (
            ["De 42e-weeksmelding (Ziektewet art. 38 lid 1)", "Bron: https://wetten.nl/ZW."],
            [Bronvermelding("Ziektewet art. 38 lid 1", "https://wetten.nl/ZW")],
        ),
        (
            ["[Ziektewet art. 38](https://a.nl/zw) en [WIA art. 25](https://a.nl/wia)"],
            [
                Bronvermelding("Ziektewet art. 38", "https://a.nl/zw"),
                Bronvermelding("WIA art. 25", "https://a.nl/wia"),
            ],
        ),
        (
            ["De analyse volgt volgens artikel 2 lid 2 RPG."],
            [Bronvermelding("artikel 2 lid 2 RPG", None)],
        ),
        (
            ["Om 7:00 uur begint het spreekuur", "zie ECLI:NL:CRVB:2020:123"],
            [Bronvermelding("ECLI:NL:CRVB:2020:123", None)],
        ),
        (["Een regel zonder bron, in 6 weken"], []),
        (
            [
                "Titel met art. 9 (wordt genegeerd naast een Bronvermelding-regel)",
                "Bron: Beleidsregels beoordelingskader poortwachter par. 5 (https://w.nl/b)",
                'Bron: praktijk (seed "X": eerst eigen werk)',
            ],
            [
                Bronvermelding(
                    "Beleidsregels beoordelingskader poortwachter par. 5", "https://w.nl/b"
                ),
                Bronvermelding('praktijk (seed "X": eerst eigen werk)', None),
            ],
        ),
    ],
)
def test_wetsbronnen_in_titel_beschrijving_en_commentaar(
    regels: list[str], bronnen: list[Bronvermelding]
) -> None:
    assert list(vind_bronnen(regels)) == bronnen


def test_wet_en_regelgeving_is_een_wetsbron_praktijk_niet() -> None:
    assert Bronvermelding("BW 7:629 lid 10", None).wettelijk
    assert Bronvermelding(None, "https://wetten.overheid.nl/BWBR0005290").wettelijk
    assert Bronvermelding("Beleidsregels par. 6", "https://www.uwv.nl/x").wettelijk
    assert not Bronvermelding("praktijk (seed)", None).wettelijk
    assert not Bronvermelding("productcontract, sectie 3", "https://www.uwv.nl/x").wettelijk
