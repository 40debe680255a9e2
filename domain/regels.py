"""The deadline rules of contract section 2 as data: legal source, versions, explanation.

Every computed obligation names the rule version and the legal source it came
from, so a deadline can always be explained.  A change in any rule here is a
functional change: bump ``REGELSET_VERSIE`` and say so in ``CHANGELOG.md``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

REGELSET_VERSIE = "2026.1"
"""Version of this whole rule set (contract 2025 + examples)."""

GRENS_VISIE_2023 = date(2023, 7, 1)
"""Stcrt. 2023, 13931: both parties' visie in plan, bijstelling and eerstejaarsevaluatie."""

RPG = "https://wetten.overheid.nl/BWBR0013540"
RPG_2023 = "https://zoek.officielebekendmakingen.nl/stcrt-2023-13931.html"
ZW = "https://wetten.overheid.nl/BWBR0001888"
WIA = "https://wetten.overheid.nl/BWBR0019057"
BW7 = "https://wetten.overheid.nl/BWBR0005290"
BBP = "https://wetten.overheid.nl/BWBR0014375"
UWV_PVA = (
    "https://www.uwv.nl/en/employers/forms/"
    "creating-an-action-plan-to-help-your-employee-return-to-work"
)


@dataclass(frozen=True, slots=True)
class Bron:
    """A legal source: article (human readable) and a link to the text."""

    artikel: str
    url: str


@dataclass(frozen=True, slots=True)
class Regelversie:
    """One version of a rule: identifier, since when, and what it says."""

    id: str
    geldig_vanaf: date
    omschrijving: str


@dataclass(frozen=True, slots=True)
class Regel:
    """A deadline rule of contract section 2."""

    naam: str
    titel: str
    bron: Bron
    termijn: str
    versies: tuple[Regelversie, ...]

    def versie(self, id_: str) -> Regelversie:
        """The version with this id."""
        for versie in self.versies:
            if versie.id == id_:
                return versie
        raise KeyError(id_)


_RPG_2002 = Regelversie(
    "rpg-2002",
    date(2002, 4, 1),
    "Regeling procesgang eerste en tweede ziektejaar (Wet verbetering poortwachter)",
)
_RPG_2023 = Regelversie(
    "rpg-2023",
    GRENS_VISIE_2023,
    "Regeling procesgang, gewijzigd per 1 juli 2023 (Stcrt. 2023, 13931): "
    "visie van werkgever en werknemer verplicht",
)

REGELS: dict[str, Regel] = {
    r.naam: r
    for r in (
        Regel(
            "probleemanalyse",
            "Probleemanalyse door de bedrijfsarts",
            Bron("Regeling procesgang eerste en tweede ziektejaar, art. 2 lid 2", RPG),
            "dag 42 (eerste ziektedag + 41 dagen); de letterlijke lezing 'binnen zes weken' "
            "(dag 43) geldt als ruim",
            (_RPG_2002,),
        ),
        Regel(
            "plan_van_aanpak",
            "Plan van aanpak",
            Bron("Regeling procesgang eerste en tweede ziektejaar, art. 4 lid 1", RPG),
            "probleemanalyse + 14 dagen; zolang er geen analyse is: dag 56; "
            "vervalt als de analyse geen benutbare mogelijkheden ziet",
            (_RPG_2002, _RPG_2023),
        ),
        Regel(
            "evaluatie",
            "Evaluatie van het plan van aanpak",
            Bron(
                "Regeling procesgang, art. 4 lid 2 en 4; UWV: minstens elke zes weken",
                UWV_PVA,
            ),
            "laatste plan, evaluatie, bijstelling of eerstejaarsevaluatie + 42 dagen",
            (_RPG_2002, _RPG_2023),
        ),
        Regel(
            "ziekmelding_uwv",
            "Ziekmelding bij UWV (42e-weeksmelding)",
            Bron("Ziektewet art. 38 lid 1", ZW),
            "dag 295 in ziektedagen (eerste dag na 42 weken ongeschiktheid)",
            (
                Regelversie(
                    "zw-2008",
                    date(2008, 11, 1),
                    "Ziektewet art. 38: melding na 42 weken (sinds 1 november 2008)",
                ),
            ),
        ),
        Regel(
            "eerstejaarsevaluatie",
            "Eerstejaarsevaluatie",
            Bron("Regeling procesgang eerste en tweede ziektejaar, art. 4 lid 2 sub b", RPG),
            "dag 364 in ziektedagen (einde week 52)",
            (_RPG_2002, _RPG_2023),
        ),
        Regel(
            "spoor2_start",
            "Start tweede spoor",
            Bron(
                "BW 7:658a lid 1; Beleidsregels beoordelingskader poortwachter par. 5; "
                "UWV Werkwijzer Poortwachter (uiterlijk 6 weken na de eerstejaarsevaluatie)",
                BBP,
            ),
            "eerstejaarsevaluatie + 42 dagen, als die geen perspectief bij de eigen werkgever ziet",
            (
                Regelversie(
                    "uwv-werkwijzer",
                    date(2002, 4, 1),
                    "UWV-beleid, niet wettelijk: tweede spoor uiterlijk zes weken na de "
                    "eerstejaarsevaluatie",
                ),
            ),
        ),
        Regel(
            "reintegratieverslag",
            "Re-integratieverslag gereed",
            Bron("Wet WIA art. 25 lid 3 (en lid 4 bij vrijwillige verlenging)", WIA),
            "einde wachttijd - 91 dagen (dag 637); verschuift mee met vrijwillige verlenging",
            (Regelversie("wia-2006", date(2006, 1, 1), "Wet WIA art. 25"),),
        ),
        Regel(
            "wia_aanvraag",
            "WIA-aanvraag",
            Bron("Wet WIA art. 64 lid 3", WIA),
            "einde wachttijd - 77 dagen (dag 651); verschuift mee met vrijwillige verlenging",
            (Regelversie("wia-2006", date(2006, 1, 1), "Wet WIA art. 64"),),
        ),
    )
}
"""The rules in contract order (the order obligations are listed in)."""

EINDE_WACHTTIJD_BRON = Bron(
    "Wet WIA art. 23 en 24; BW 7:629 lid 1 en lid 11 (verlenging en loonsanctie, "
    "Wet WIA art. 25 lid 9)",
    WIA,
)
SAMENTELLING_BRON = Bron("BW 7:629 lid 10; Wet WIA art. 23 lid 3 (minder dan vier weken)", BW7)
