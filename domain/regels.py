"""The deadline rules of contract section 2 as data: anchor and days, legal source, versions.

Every number the law gives is written here once, with its source: each rule's deadline as an
anchor plus a number of days (:class:`Termijn`), the end of the waiting period, the four-week
aggregation and the loonsanctie decision limit (:class:`Wettermijn`), and since when each
version of a rule applies (:class:`Regelversie`, picked by date with :func:`versie_op`).  The
deadline engine (``domain.termijnen``), the poortwachtertoets (``domain.rivtoets``) and the
simulation read the numbers from here, and the prose a person reads (``Regel.termijn``) is
generated from them, so a changed number changes all of them at once.

Every computed obligation names the rule version and the legal source it came from, so a
deadline can always be explained.  A change in any rule here is a functional change: bump
``REGELSET_VERSIE`` and say so in ``CHANGELOG.md``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

REGELSET_VERSIE = "2026.1"
"""Version of this whole rule set (contract 2025 + examples)."""

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
class Rechtsbron:
    """A legal source: article (human readable) and a link to the text."""

    artikel: str
    url: str


Anker = Literal[
    "eerste_ziektedag",
    "ziektedag",
    "herstel",
    "probleemanalyse",
    "vorig_moment",
    "eerstejaarsevaluatie",
    "spoor2_start",
    "einde_wachttijd",
]
"""What a termijn counts from (see :class:`Termijn`)."""

ANKERS: dict[Anker, str] = {
    "eerste_ziektedag": "eerste ziektedag",
    "ziektedag": "eerste ziektedag, in ziektedagen",
    "herstel": "eerste hersteldag",
    "probleemanalyse": "probleemanalyse",
    "vorig_moment": "laatste plan, evaluatie, bijstelling of eerstejaarsevaluatie",
    "eerstejaarsevaluatie": "eerstejaarsevaluatie",
    "spoor2_start": "start tweede spoor",
    "einde_wachttijd": "einde wachttijd",
}
"""How the prose names each anchor."""

DAGTELLING: frozenset[Anker] = frozenset({"eerste_ziektedag", "ziektedag"})
"""The anchors that count from day 1: ``dagen`` days later is day ``dagen + 1`` of the case."""


@dataclass(frozen=True, slots=True)
class Termijn:
    """A date as an anchor plus a number of days (negative: before the anchor).

    * ``eerste_ziektedag``: calendar days after day 1; fit gaps do not move it (contract
      section 1: the probleemanalyse and plan dates stay on the original day 1);
    * ``ziektedag``: days after day 1 counted in sick days: every fit gap of less than four
      weeks that starts before the date moves it later (contract section 1);
    * ``herstel``: days after the first fit day;
    * ``probleemanalyse``, ``vorig_moment`` (the latest evaluation moment),
      ``eerstejaarsevaluatie``, ``spoor2_start``: days after the date of that fact;
    * ``einde_wachttijd``: days after the last day of the waiting period
      (:data:`EINDE_WACHTTIJD`, or a voluntary extension's new end).
    """

    anker: Anker
    dagen: int

    @property
    def vast(self) -> bool:
        """Whether it falls on a fixed day of the case (see :func:`dagnummer`), not after a fact."""
        return self.anker in DAGTELLING or self.anker == "einde_wachttijd"

    @property
    def tekst(self) -> str:
        """The termijn in words: ``dag 42 (eerste ziektedag + 41 dagen)``."""
        if self.anker == "eerste_ziektedag":
            return f"dag {self.dagen + 1} ({ANKERS[self.anker]} {plus_dagen(self.dagen)})"
        if self.anker == "ziektedag":
            return f"dag {self.dagen + 1} in ziektedagen{_in_weken(self.dagen + 1)}"
        tekst = f"{ANKERS[self.anker]} {plus_dagen(self.dagen)}"
        if self.anker == "einde_wachttijd":
            tekst += f" (dag {dagnummer(self)})"
        return tekst


@dataclass(frozen=True, slots=True)
class Wettermijn:
    """A legal period that is not an obligation of its own, with its source."""

    naam: str
    omschrijving: str
    termijn: Termijn
    bron: Rechtsbron


@dataclass(frozen=True, slots=True)
class Regelversie:
    """One version of a rule: identifier, since when, and what it says.

    ``visie_verplicht``: plan, bijstelling and first-year evaluation must record the visie of
    werkgever and werknemer; ``publicatie`` names where the version was published.
    """

    id: str
    geldig_vanaf: date
    omschrijving: str
    visie_verplicht: bool = False
    publicatie: str | None = None


@dataclass(frozen=True, slots=True)
class Regel:
    """A deadline rule of contract section 2.

    ``uiterste`` is the deadline; ``zonder_anker`` the deadline while the fact it counts from
    does not exist yet (the plan van aanpak without an analysis); ``ruim`` a lenient reading
    that is noted but not applied (the literal 'binnen zes weken' of the probleemanalyse).
    ``toelichting`` adds the words that carry no number.  ``versies`` are oldest first.
    """

    naam: str
    titel: str
    bron: Rechtsbron
    uiterste: Termijn
    versies: tuple[Regelversie, ...]
    zonder_anker: Termijn | None = None
    ruim: Termijn | None = None
    toelichting: str = ""

    def __post_init__(self) -> None:
        datums = [v.geldig_vanaf for v in self.versies]
        if not datums or datums != sorted(datums):
            msg = f"regel {self.naam}: versies ontbreken of staan niet op geldig_vanaf"
            raise ValueError(msg)

    @property
    def termijn(self) -> str:
        """The deadline in words, generated from the numbers (``spoorwijzer regels``)."""
        delen = [self.uiterste.tekst]
        if self.ruim is not None:
            delen.append(
                f"de letterlijke lezing 'binnen {duur_tekst(self.ruim.dagen)}' "
                f"(dag {dagnummer(self.ruim)}) geldt als ruim"
            )
        if self.zonder_anker is not None:
            delen.append(
                f"zolang er geen {ANKERS[self.uiterste.anker]} is: "
                f"dag {dagnummer(self.zonder_anker)}"
            )
        if self.toelichting:
            delen.append(self.toelichting)
        return "; ".join(delen)

    def versie(self, id_: str) -> Regelversie:
        """The version with this id."""
        for versie in self.versies:
            if versie.id == id_:
                return versie
        raise KeyError(id_)


def versie_op(regel: Regel, peildatum: date) -> Regelversie:
    """The version of ``regel`` in force on ``peildatum``: the latest that applies by then.

    Before the first version's ``geldig_vanaf`` the first version applies: the rule set judges
    an older case by the oldest version it knows.
    """
    versies = regel.versies
    if len(versies) > 1:
        for versie in reversed(versies):
            if versie.geldig_vanaf <= peildatum:
                return versie
    return versies[0]


def versie_voor(regel: Regel, eerste_ziektedag: date, moment: date) -> Regelversie:
    """The version that governs an obligation of a case.

    It is the version in force on the later of day 1 and the obligation's moment (the fact
    that met it, or else its deadline).  Contract section 2: an amendment applies to cases
    that start on or after its date, and to earlier cases whose fact (the plan or evaluation
    drawn up or revised) falls on or after it.
    """
    return versie_op(regel, moment if moment > eerste_ziektedag else eerste_ziektedag)


def dagnummer(termijn: Termijn) -> int:
    """The day of the case ``termijn`` falls on when no fit gap or extension moves it.

    Day 1 is the first sick day: ``dag 295`` for the 42-week notification.  Raises
    ``ValueError`` for a termijn that counts from a fact: its day depends on the fact.
    """
    if termijn.anker in DAGTELLING:
        return termijn.dagen + 1
    if termijn.anker == "einde_wachttijd":
        return dagnummer(EINDE_WACHTTIJD.termijn) + termijn.dagen
    msg = f"een termijn vanaf {termijn.anker} heeft geen vaste dag"
    raise ValueError(msg)


def plus_dagen(dagen: int) -> str:
    """``+ 14 dagen`` or ``- 91 dagen`` (kept once made: the engine asks it for every query)."""
    tekst = _PLUS_DAGEN.get(dagen)
    if tekst is None:
        tekst = _PLUS_DAGEN[dagen] = f"+ {dagen} dagen" if dagen >= 0 else f"- {-dagen} dagen"
    return tekst


_PLUS_DAGEN: dict[int, str] = {}


_TELWOORDEN = (
    *("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"),
    *("elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien"),
    *("negentien", "twintig"),
)
_MAANDEN = (
    *("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus"),
    *("september", "oktober", "november", "december"),
)


def duur_tekst(dagen: int) -> str:
    """A number of days as people say it: ``zes weken``, ``een week``, ``10 dagen``."""
    if dagen % 7 or not 0 < dagen // 7 < len(_TELWOORDEN):
        return f"{dagen} dagen"
    weken = dagen // 7
    return "een week" if weken == 1 else f"{_TELWOORDEN[weken]} weken"


def datum_tekst(datum: date) -> str:
    """A date in Dutch words: ``1 juli 2023``."""
    return f"{datum.day} {_MAANDEN[datum.month - 1]} {datum.year}"


def _in_weken(dag: int) -> str:
    """Where day ``dag`` falls in weeks, when it is a week's last day or the day after one."""
    if dag % 7 == 0:
        return f" (einde week {dag // 7})"
    if (dag - 1) % 7 == 0:
        return f" (eerste dag na {(dag - 1) // 7} weken ongeschiktheid)"
    return ""


EINDE_WACHTTIJD = Wettermijn(
    "einde_wachttijd",
    "laatste dag van de wachttijd; een WIA-uitkering kan de dag erna ingaan",
    Termijn("ziektedag", 727),
    Rechtsbron(
        "Wet WIA art. 23 en 24; BW 7:629 lid 1 en lid 11 (verlenging en loonsanctie, "
        "Wet WIA art. 25 lid 9)",
        WIA,
    ),
)
"""Day 728 in sick days: the last day of the 104-week waiting period (contract section 2)."""

SAMENTELLING = Wettermijn(
    "samentelling",
    "een terugval op of na deze dag is een nieuw geval; een eerdere telt samen met het vorige",
    Termijn("herstel", 28),
    Rechtsbron("BW 7:629 lid 10; Wet WIA art. 23 lid 3 (minder dan vier weken)", BW7),
)
"""Contract section 1: fit days before a relapse less than 28 days after recovery do not count."""

LOONSANCTIEBESLUIT = Wettermijn(
    "loonsanctiebesluit",
    "UWV beslist uiterlijk op deze dag over een loonsanctie",
    Termijn("einde_wachttijd", -42),
    Rechtsbron("Wet WIA art. 25 lid 10 (uiterlijk zes weken voor de afloop van de wachttijd)", WIA),
)
"""Day 686: the latest day of UWV's loonsanctie decision (the simulation's UWV keeps to it)."""


@dataclass(frozen=True, slots=True)
class Toetsregel:
    """A rule of the poortwachtertoets that is no obligation of its own: a window, source, versions.

    The deadline engine does not read it (it is not in :data:`REGELS`); ``domain.rivtoets`` does.
    ``versies`` are oldest first, as for :class:`Regel`.
    """

    naam: str
    omschrijving: str
    termijn: Termijn
    bron: Rechtsbron
    versies: tuple[Regelversie, ...]

    def __post_init__(self) -> None:
        datums = [v.geldig_vanaf for v in self.versies]
        if not datums or datums != sorted(datums):
            msg = f"toetsregel {self.naam}: versies ontbreken of staan niet op geldig_vanaf"
            raise ValueError(msg)


EINDE_WACHTTIJD_BRON = EINDE_WACHTTIJD.bron
SAMENTELLING_BRON = SAMENTELLING.bron

_VISIE_VANAF = date(2023, 7, 1)
_VISIE_PUBLICATIE = "Stcrt. 2023, 13931"

_RPG_2002 = Regelversie(
    "rpg-2002",
    date(2002, 4, 1),
    "Regeling procesgang eerste en tweede ziektejaar (Wet verbetering poortwachter)",
)
_RPG_2023 = Regelversie(
    "rpg-2023",
    _VISIE_VANAF,
    f"Regeling procesgang, gewijzigd per {datum_tekst(_VISIE_VANAF)} ({_VISIE_PUBLICATIE}): "
    "visie van werkgever en werknemer verplicht",
    visie_verplicht=True,
    publicatie=_VISIE_PUBLICATIE,
)

REGELS: dict[str, Regel] = {
    r.naam: r
    for r in (
        Regel(
            "probleemanalyse",
            "Probleemanalyse door de bedrijfsarts",
            Rechtsbron("Regeling procesgang eerste en tweede ziektejaar, art. 2 lid 2", RPG),
            Termijn("eerste_ziektedag", 41),
            (_RPG_2002,),
            ruim=Termijn("eerste_ziektedag", 42),
        ),
        Regel(
            "plan_van_aanpak",
            "Plan van aanpak",
            Rechtsbron("Regeling procesgang eerste en tweede ziektejaar, art. 4 lid 1", RPG),
            Termijn("probleemanalyse", 14),
            (_RPG_2002, _RPG_2023),
            zonder_anker=Termijn("eerste_ziektedag", 55),
            toelichting="vervalt als de analyse geen benutbare mogelijkheden ziet",
        ),
        Regel(
            "evaluatie",
            "Evaluatie van het plan van aanpak",
            Rechtsbron(
                "Regeling procesgang, art. 4 lid 2 en 4; UWV: minstens elke zes weken",
                UWV_PVA,
            ),
            Termijn("vorig_moment", 42),
            (_RPG_2002, _RPG_2023),
        ),
        Regel(
            "ziekmelding_uwv",
            "Ziekmelding bij UWV (42e-weeksmelding)",
            Rechtsbron("Ziektewet art. 38 lid 1", ZW),
            Termijn("ziektedag", 294),
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
            Rechtsbron("Regeling procesgang eerste en tweede ziektejaar, art. 4 lid 2 sub b", RPG),
            Termijn("ziektedag", 363),
            (_RPG_2002, _RPG_2023),
        ),
        Regel(
            "spoor2_start",
            "Start tweede spoor",
            Rechtsbron(
                "BW 7:658a lid 1; Beleidsregels beoordelingskader poortwachter par. 5; "
                "UWV Werkwijzer Poortwachter (uiterlijk 6 weken na de eerstejaarsevaluatie)",
                BBP,
            ),
            Termijn("eerstejaarsevaluatie", 42),
            (
                Regelversie(
                    "uwv-werkwijzer",
                    date(2002, 4, 1),
                    "UWV-beleid, niet wettelijk: tweede spoor uiterlijk zes weken na de "
                    "eerstejaarsevaluatie",
                ),
            ),
            toelichting="alleen als die geen perspectief bij de eigen werkgever ziet",
        ),
        Regel(
            "reintegratieverslag",
            "Re-integratieverslag gereed",
            Rechtsbron("Wet WIA art. 25 lid 3 (en lid 4 bij vrijwillige verlenging)", WIA),
            Termijn("einde_wachttijd", -91),
            (Regelversie("wia-2006", date(2006, 1, 1), "Wet WIA art. 25"),),
            toelichting="verschuift mee met vrijwillige verlenging",
        ),
        Regel(
            "wia_aanvraag",
            "WIA-aanvraag",
            Rechtsbron("Wet WIA art. 64 lid 3", WIA),
            Termijn("einde_wachttijd", -77),
            (Regelversie("wia-2006", date(2006, 1, 1), "Wet WIA art. 64"),),
            toelichting="verschuift mee met vrijwillige verlenging",
        ),
    )
}
"""The rules in contract order (the order obligations are listed in)."""

BIJSTELLING_MET_SPOOR2 = Toetsregel(
    "bijstelling_met_spoor2",
    "een bijstelling van het plan van aanpak vanaf deze dag tot en met de eerstejaarsevaluatie "
    "telt als de bijstelling bij het opschudmoment, als het tweede spoor uiterlijk op de dag van "
    "de eerstejaarsevaluatie is gestart",
    Termijn("spoor2_start", -REGELS["evaluatie"].uiterste.dagen),
    Rechtsbron(
        "Beleidsregels beoordelingskader poortwachter par. 5 (eerstejaarsevaluatie: de koers "
        "'zo nodig' bijstellen; werk bij een andere werkgever voorbereiden als het eigen bedrijf "
        "geen resultaat geeft); Regeling procesgang art. 4 lid 2 onder b en lid 5 (bijstellen "
        "als de evaluatie daartoe aanleiding geeft, geen vast moment)",
        BBP,
    ),
    (
        Regelversie(
            "opschudmoment-1",
            date(2002, 4, 1),
            "productbesluit: een bijstelling voor het tweede spoor kort voor de "
            "eerstejaarsevaluatie voldoet; venster een evaluatieperiode (zes weken) voor de "
            "start van het tweede spoor",
        ),
    ),
)
"""Issue 11: a track-2 adjustment made before the first-year evaluation satisfies the step.

The window is one evaluation period (42 days, the cadence of rule ``evaluatie``) before track 2
started: an adjustment that close to the start is the one that put track 2 in the plan.  An older
adjustment, or one without track 2 started by the evaluation, does not count (docs/regels.md
section 7).
"""
