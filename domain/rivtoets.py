"""The poortwachtertoets: would the dossier pass UWV's test of the re-integratieverslag?

At the WIA application UWV first checks that the re-integratieverslag (RIV) is
complete (Regeling procesgang art. 6 lid 1, parts a to l), then whether the
process was sound: probleemanalyse, plan van aanpak and its bijstellingen,
evaluations, the first-year evaluation, a timely track 2 and whether the work
possibilities were mapped (Wet WIA art. 65; Beleidsregels beoordelingskader
poortwachter par. 3 to 5).  ``toets_riv`` answers both questions from the
current facts and a peildatum, one ``Toetspunt`` per RIV part and per process
step, with the outcome, a concrete reason and the legal source.  Pure like
``domain.termijnen`` and ``domain.stand``: dated process steps take their status
from ``bereken_termijnen`` and never recompute a deadline.

Decisions:

* **The dossier as it stood on the peildatum.**  Facts dated after it are
  ignored.  Something whose moment has not come yet is ``niet_van_toepassing``
  with the reason "nog niet aan de orde" and its latest date, so a young dossier
  in good order is ``compleet`` (so far).  Process steps map the engine's
  statuses: ``tijdig`` and ``te_laat`` stay, ``verlopen`` becomes ``ontbreekt``,
  ``open`` becomes ``niet_van_toepassing`` (not yet due) and the engine's own
  ``niet_van_toepassing`` (recovery, closing, no usable capacity) stays.
* **When the RIV is at issue.**  The RIV parts that depend on the end of the
  case (actueel oordeel, eindevaluatie, parts b, c, d, i, k) are required from
  the moment the RIV is "aan de orde": it was drawn up, a WIA or IVA application
  was filed, or its latest date (day 637) has passed.  The parts that record
  earlier steps (f, g, h) are missing as soon as that step is overdue.  If the
  case recovered or was closed before the RIV was due, no RIV is needed and all
  its parts are ``niet_van_toepassing``.
* **What the exchange format cannot show.**  The vocabulary of contract
  section 3 has no fact for the nature of the business (b), the employee's
  function (c) and skills (d), the quality of the employment relationship (i),
  suitable work at the employer (k) nor for the employee's comment on the RIV
  itself (l, before the 2023 visie).  Those items keep the five outcomes (``aanwezig``
  when some fact at least indicates them, e.g. a trajectplan with a
  persoonsprofiel for d, otherwise ``ontbreekt`` once the RIV is at issue) but
  carry ``uit_vocabulaire=False`` and the reason "niet vast te leggen in het
  uitwisselformaat; handmatig controleren".  The verdict ignores them and they
  never carry a loonsanctie risk: a tool that cannot see a document must not
  call the dossier incomplete because of it, nor complete without saying so.
* **The 2023 visie.**  Where the amended Regeling applies (the engine's test:
  day 1 or the fact on or after 1 July 2023), a plan, bijstelling or
  first-year evaluation without the employer's visie makes part g or h
  ``ontbreekt``, and one without the employee's visie makes part l
  ``ontbreekt`` (the vocabulary's nearest sign of the employee's own view; the
  employee's comment on the RIV itself cannot be recorded).
* **Who carries the risk.**  A missing RIV part risks an *administrative*
  loonsanctie only when the RIV is at issue and the part is the employer's to
  deliver (BBP par. 5: UWV first asks to supplement it).  The employee's own
  view (l) is not attributable to the employer, and a missing visie (g, h or l)
  is said not to lead directly to a loonsanctie, so it makes the dossier
  ``onvolledig`` without a risk.  Process failures (late or missing analysis or plan, evaluation
  gaps, a missing bijstelling after the opschudmoment, a late track 2, no
  arbeidsdeskundig onderzoek after a first-year evaluation without prospects,
  a missing RIV) risk a substantive loonsanctie (Wet WIA art. 25 lid 9), even
  though UWV weighs them by whether they cost chances (BBP par. 4).  A late WIA
  application extends the wage period by the delay (BW 7:629 lid 11 onder a),
  which is not a loonsanctie.  The 42-week notification (a fine, not a
  loonsanctie, and not part of the RIV test) is left out.
* **The adjustment at the opschudmoment** (issue 11).  After a first-year evaluation without
  prospects the plan must be adjusted; an adjustment dated before that evaluation counts when
  track 2 started on or before it and the adjustment lies within the window of the toets rule
  ``BIJSTELLING_MET_SPOOR2`` (42 days before the track-2 start; docs/regels.md section 7).
* **Verdict.**  ``compleet`` when every item the vocabulary can show is
  ``aanwezig``, ``tijdig`` or ``niet_van_toepassing``; otherwise ``onvolledig``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from domain.feiten import Feit
from domain.gebeurtenissen import (
    ActueelOordeelOpgesteld,
    ArbeidsdeskundigOnderzoekUitgevoerd,
    ArbodienstGeinformeerd,
    DossierGebeurtenis,
    EerstejaarsevaluatieGehouden,
    EindevaluatieGehouden,
    EvaluatieGehouden,
    InterventieIngezet,
    IVAAangevraagd,
    PlanVanAanpakBijgesteld,
    PlanVanAanpakOpgesteld,
    ProbleemanalyseOpgesteld,
    ReintegratieverslagOpgesteld,
    Spoor2Gestart,
    TrajectplanOpgesteld,
    WIAAangevraagd,
    ZiekmeldingOntvangen,
)
from domain.regels import (
    BBP,
    BIJSTELLING_MET_SPOOR2,
    REGELS,
    RPG,
    WIA,
    Rechtsbron,
    Regelversie,
    Termijn,
    dagnummer,
    datum_tekst,
    duur_tekst,
)
from domain.termijnen import Termijnoverzicht, Verplichting, bereken_termijnen, visieversie

Uitkomst = Literal["aanwezig", "tijdig", "te_laat", "ontbreekt", "niet_van_toepassing"]
UITKOMSTEN: tuple[Uitkomst, ...] = (
    "aanwezig",
    "tijdig",
    "te_laat",
    "ontbreekt",
    "niet_van_toepassing",
)
IN_ORDE: frozenset[Uitkomst] = frozenset({"aanwezig", "tijdig", "niet_van_toepassing"})

Oordeel = Literal["compleet", "onvolledig"]

HANDMATIG = "niet vast te leggen in het uitwisselformaat; handmatig controleren"
"""The reason every item carries that the exchange format cannot show."""

_ADMINISTRATIEF = (
    "risico: administratieve loonsanctie als de werkgever het verslag niet aanvult "
    "(Beleidsregels beoordelingskader poortwachter par. 5)"
)
_INHOUDELIJK = "risico: loonsanctie tot 52 weken (Wet WIA art. 25 lid 9)"
_VERLENGD = (
    "geen loonsanctie, maar de loondoorbetaling duurt langer met de vertraging "
    "(BW 7:629 lid 11 onder a)"
)


@dataclass(frozen=True, slots=True)
class Toetspunt:
    """One part of the RIV or one process step, as UWV would find it on the peildatum."""

    code: str
    omschrijving: str
    uitkomst: Uitkomst
    reden: str
    bron: Rechtsbron
    loonsanctierisico: bool
    uit_vocabulaire: bool = True
    posities: tuple[int, ...] = ()
    uiterste_datum: date | None = None

    @property
    def in_orde(self) -> bool:
        """Present, on time, or not (yet) applicable."""
        return self.uitkomst in IN_ORDE


@dataclass(frozen=True, slots=True)
class Poortwachtertoets:
    """The RIV readiness check of one dossier as of a peildatum."""

    peildatum: date
    riv_uiterste_datum: date
    riv_aan_de_orde: bool
    punten: tuple[Toetspunt, ...]

    @property
    def oordeel(self) -> Oordeel:
        """``compleet`` when every item the vocabulary can show is in order."""
        if all(p.in_orde for p in self.punten if p.uit_vocabulaire):
            return "compleet"
        return "onvolledig"

    @property
    def risico_loonsanctie(self) -> tuple[Toetspunt, ...]:
        """The items that risk a loonsanctie, in the order of the check."""
        return tuple(p for p in self.punten if p.loonsanctierisico)

    @property
    def handmatig(self) -> tuple[Toetspunt, ...]:
        """The items the exchange format cannot show: check them by hand."""
        return tuple(p for p in self.punten if not p.uit_vocabulaire)

    def punt(self, code: str) -> Toetspunt:
        """The item with this code."""
        for punt in self.punten:
            if punt.code == code:
                return punt
        raise KeyError(code)


@dataclass(frozen=True, slots=True)
class _Punt:
    """What one item of the check is: its code, description, source and visibility."""

    code: str
    omschrijving: str
    bron: Rechtsbron
    uit_vocabulaire: bool = True

    def __call__(
        self,
        uitkomst: Uitkomst,
        reden: str,
        *,
        risico: bool = False,
        posities: Sequence[int] = (),
        uiterste_datum: date | None = None,
    ) -> Toetspunt:
        return Toetspunt(
            self.code,
            self.omschrijving,
            uitkomst,
            reden,
            self.bron,
            loonsanctierisico=risico,
            uit_vocabulaire=self.uit_vocabulaire,
            posities=tuple(posities),
            uiterste_datum=uiterste_datum,
        )


def _eerste_visieversie() -> Regelversie:
    """The first version of the plan rule that requires both visies (the 2023 amendment)."""
    return next(v for v in REGELS["plan_van_aanpak"].versies if v.visie_verplicht)


_VISIE = _eerste_visieversie()
_VISIE_VANAF = datum_tekst(_VISIE.geldig_vanaf)


def _op_dag(termijn: Termijn) -> str:
    """``week 6`` for a deadline at the end of a week, else ``dag 43``."""
    dag = dagnummer(termijn)
    return f"week {dag // 7}" if dag % 7 == 0 else f"dag {dag}"


def _riv_bron(onder: str) -> Rechtsbron:
    return Rechtsbron(
        f"Regeling procesgang eerste en tweede ziektejaar, art. 6 lid 1 onder {onder}; "
        "Wet WIA art. 25 lid 3 en art. 65",
        RPG,
    )


_BBP5 = "Beleidsregels beoordelingskader poortwachter par. 5"

RIV_A = _Punt(
    "riv_a", "administratieve gegevens van werknemer, werkgever en bedrijfsarts", _riv_bron("a")
)
RIV_B = _Punt("riv_b", "aard van het bedrijf van de werkgever", _riv_bron("b"), False)
RIV_C = _Punt("riv_c", "functie van de werknemer", _riv_bron("c"), False)
RIV_D = _Punt("riv_d", "bekwaamheden van de werknemer", _riv_bron("d"), False)
RIV_E = _Punt("riv_e", "eerste dag van ongeschiktheid", _riv_bron("e"))
RIV_F = _Punt("riv_f", "oordeel en advies van de bedrijfsarts (probleemanalyse)", _riv_bron("f"))
RIV_G = _Punt("riv_g", "plan van aanpak en alle bijstellingen", _riv_bron("g"))
RIV_H = _Punt("riv_h", "eerstejaarsevaluatie en meest recente evaluatie", _riv_bron("h"))
RIV_I = _Punt(
    "riv_i", "actueel oordeel over de kwaliteit van de arbeidsrelatie", _riv_bron("i"), False
)
RIV_J = _Punt(
    "riv_j",
    "actueel oordeel van de bedrijfsarts over verloop, beperkingen en mogelijkheden",
    _riv_bron("j"),
)
RIV_K = _Punt(
    "riv_k", "actueel oordeel over passende arbeid bij de werkgever", _riv_bron("k"), False
)
RIV_L = _Punt(
    "riv_l",
    "oordeel van de werknemer over a tot en met k",
    Rechtsbron(
        "Regeling procesgang eerste en tweede ziektejaar, art. 6 lid 1 onder l; visie van de "
        f"werknemer in plan, bijstelling en eerstejaarsevaluatie sinds {_VISIE_VANAF} "
        f"({_VISIE.publicatie})",
        RPG,
    ),
)
RIV_EINDEVALUATIE = _Punt(
    "riv_eindevaluatie",
    "eindevaluatie van werkgever en werknemer",
    Rechtsbron(
        "Regeling procesgang eerste en tweede ziektejaar, art. 6 lid 1 onder h en l "
        f"(eindevaluatie); {_BBP5}",
        RPG,
    ),
)
PROCES_PROBLEEMANALYSE = _Punt(
    "proces_probleemanalyse",
    f"probleemanalyse door de bedrijfsarts ({_op_dag(REGELS['probleemanalyse'].uiterste)})",
    Rechtsbron(
        f"Regeling procesgang art. 2 lid 2; {_BBP5} (eerste probleemanalyse in week 6); "
        "Wet WIA art. 25 lid 9",
        BBP,
    ),
)
PROCES_PLAN = _Punt(
    "proces_plan_van_aanpak",
    f"plan van aanpak ({duur_tekst(REGELS['plan_van_aanpak'].uiterste.dagen)} na de "
    "probleemanalyse)",
    Rechtsbron(f"Regeling procesgang art. 4 lid 1; {_BBP5}; Wet WIA art. 25 lid 2 en lid 9", BBP),
)
PROCES_EVALUATIE = _Punt(
    "proces_evaluatie",
    f"evaluaties van het plan van aanpak (minstens elke "
    f"{duur_tekst(REGELS['evaluatie'].uiterste.dagen)})",
    Rechtsbron(
        f"Regeling procesgang art. 4 lid 2 onder b; UWV: minstens elke zes weken; {_BBP5}", BBP
    ),
)
PROCES_BIJSTELLINGEN = _Punt(
    "proces_bijstellingen",
    "bijstelling van het plan van aanpak",
    Rechtsbron(
        f"Regeling procesgang art. 4 lid 5; {_BBP5} (bijstelling bij het opschudmoment; een "
        "bijstelling voor het tweede spoor kort voor de eerstejaarsevaluatie telt mee)",
        BBP,
    ),
)
PROCES_AD = _Punt(
    "proces_arbeidsdeskundig_onderzoek",
    "arbeidsdeskundig onderzoek",
    Rechtsbron(
        "Beleidsregels beoordelingskader poortwachter par. 4 (arbeidsmogelijkheden voldoende "
        "in kaart); Regeling procesgang art. 7a (aanvullende deskundigheid)",
        BBP,
    ),
)
PROCES_EJE = _Punt(
    "proces_eerstejaarsevaluatie",
    "eerstejaarsevaluatie (opschudmoment)",
    Rechtsbron(f"Regeling procesgang art. 4 lid 2 onder b; {_BBP5} (opschudmoment)", BBP),
)
PROCES_SPOOR2 = _Punt(
    "proces_spoor2",
    "tijdige start van het tweede spoor",
    Rechtsbron(
        "BW 7:658a lid 1; Beleidsregels beoordelingskader poortwachter par. 5 en 8; "
        "UWV Werkwijzer Poortwachter (uiterlijk 6 weken na de eerstejaarsevaluatie)",
        BBP,
    ),
)
PROCES_RIV = _Punt(
    "proces_reintegratieverslag",
    f"re-integratieverslag gereed (dag {dagnummer(REGELS['reintegratieverslag'].uiterste)})",
    Rechtsbron("Wet WIA art. 25 lid 3 en art. 65", WIA),
)
PROCES_WIA = _Punt(
    "proces_wia_aanvraag",
    f"WIA-aanvraag (dag {dagnummer(REGELS['wia_aanvraag'].uiterste)})",
    Rechtsbron("Wet WIA art. 64 lid 3 en art. 65; BW 7:629 lid 11 onder a", WIA),
)


def _waar(feit: Feit) -> str:
    return f"{feit.datum.isoformat()} (positie {feit.positie})"


def _opsomming(feiten: Sequence[Feit]) -> str:
    return ", ".join(_waar(f) for f in feiten)


_VISIE_SINDS = f"verplicht sinds {_VISIE_VANAF}, {_VISIE.publicatie}"
_VISIE_GEVOLG = "leidt volgens de praktijk niet direct tot een loonsanctie"


class _Dossier:
    """The known facts, the deadline overview and the state of the RIV on the peildatum."""

    def __init__(self, feiten: Sequence[Feit], peildatum: date) -> None:
        self.peildatum = peildatum
        ziekmelding = ZiekmeldingOntvangen.__name__
        self.bekend = [f for f in feiten if f.datum <= peildatum or f.type_naam == ziekmelding]
        self.termijnen: Termijnoverzicht = bereken_termijnen(self.bekend, peildatum)
        self.ziekmelding = self.alle(ZiekmeldingOntvangen)[0]
        self.riv = self.stap("reintegratieverslag")
        self.riv_nodig = self.riv.status != "niet_van_toepassing"
        self.aan_de_orde = self._aan_de_orde()

    def alle(self, *soorten: type[DossierGebeurtenis]) -> list[Feit]:
        """The known facts of these types in case order."""
        type_namen = {s.__name__ for s in soorten}
        return sorted(
            (f for f in self.bekend if f.type_naam in type_namen),
            key=lambda f: (f.datum, f.positie),
        )

    def verplichting(self, regel: str) -> Verplichting | None:
        """The single (or last) obligation of a rule, if the engine lists it."""
        gevonden = [v for v in self.termijnen.verplichtingen if v.regel == regel]
        return gevonden[-1] if gevonden else None

    def stap(self, regel: str) -> Verplichting:
        """An obligation the engine always lists."""
        v = self.verplichting(regel)
        if v is None:  # pragma: no cover - the engine lists these for every dossier
            raise ValueError(f"geen verplichting {regel}")
        return v

    def _aan_de_orde(self) -> str | None:
        """Why the RIV is at issue on the peildatum, or None when it is not (yet)."""
        if not self.riv_nodig:
            return None
        verslag = self.alle(ReintegratieverslagOpgesteld)
        if verslag:
            return f"het re-integratieverslag is opgesteld op {_waar(verslag[0])}"
        aanvraag = self.alle(WIAAangevraagd, IVAAangevraagd)
        if aanvraag:
            soort = "WIA" if aanvraag[0].type_naam == WIAAangevraagd.__name__ else "IVA"
            return f"de {soort}-aanvraag is ingediend op {_waar(aanvraag[0])}"
        if self.riv.status == "verlopen":
            return (
                "de uiterste datum voor het re-integratieverslag "
                f"({self.riv.uiterste_datum.isoformat()}) is verstreken"
            )
        return None

    @property
    def nog_niet(self) -> str:
        """The reason for a RIV part whose moment has not come."""
        return (
            "nog niet aan de orde: het re-integratieverslag is uiterlijk "
            f"{self.riv.uiterste_datum.isoformat()} klaar"
        )

    def zonder_visie(self, partij: str, feiten: Sequence[Feit]) -> list[Feit]:
        """The facts under the 2023 rule that lack this party's visie (as the engine decides)."""
        d1: date = self.ziekmelding.velden["eerste_ziektedag"]
        return [
            f
            for f in feiten
            if visieversie(f, d1) is not None and not f.velden.get(f"visie_{partij}")
        ]

    def zonder_perspectief(self) -> Feit | None:
        """The first first-year evaluation that sees no prospects at the own employer."""
        return next(
            (
                f
                for f in self.alle(EerstejaarsevaluatieGehouden)
                if not f.velden["perspectief_eigen_werkgever"]
            ),
            None,
        )


# -- the parts of the re-integratieverslag (RPG art. 6 lid 1 onder a-l) -----------------------


def _document(
    dossier: _Dossier, punt: _Punt, soort: type[DossierGebeurtenis], naam: str
) -> Toetspunt:
    """A RIV part that is a document of its own, required once the RIV is at issue."""
    gevonden = dossier.alle(soort)
    if gevonden:
        return punt("aanwezig", f"{naam} op {_waar(gevonden[-1])}", posities=[gevonden[-1].positie])
    uiterste = dossier.riv.uiterste_datum
    if dossier.aan_de_orde is None:
        return punt(
            "niet_van_toepassing", f"{dossier.nog_niet}; nog geen {naam}", uiterste_datum=uiterste
        )
    return punt(
        "ontbreekt",
        f"geen {soort.__name__} in het dossier, terwijl {dossier.aan_de_orde}; {_ADMINISTRATIEF}",
        risico=True,
        uiterste_datum=uiterste,
    )


def _buiten_vocabulaire(
    dossier: _Dossier,
    punt: _Punt,
    aanwijzingen: Sequence[tuple[Feit, str]] = (),
    toelichting: str = "",
) -> Toetspunt:
    """A RIV part the exchange format cannot hold; a fact may at most indicate it."""
    if aanwijzingen:
        tekst = "; ".join(f"{wat} op {_waar(f)}" for f, wat in aanwijzingen)
        return punt(
            "aanwezig",
            f"aanwijzing: {tekst}; de gegevens zelf zijn {HANDMATIG}",
            posities=[f.positie for f, _ in aanwijzingen],
        )
    if dossier.aan_de_orde is None:
        return punt("niet_van_toepassing", f"{dossier.nog_niet}; {toelichting}{HANDMATIG}")
    return punt("ontbreekt", f"geen enkel feit wijst erop; {toelichting}{HANDMATIG}")


def _voor_stap(dossier: _Dossier, punt: _Punt, stap: Verplichting, naam: str) -> Toetspunt:
    """A RIV part that records an earlier process step which is not in the dossier."""
    if stap.status == "niet_van_toepassing":
        return punt("niet_van_toepassing", "; ".join(stap.opmerkingen) or stap.uitleg)
    uiterste = stap.uiterste_datum
    if dossier.aan_de_orde is None and stap.status != "verlopen":
        return punt(
            "niet_van_toepassing",
            f"nog niet aan de orde: {naam} uiterlijk {uiterste.isoformat()}",
            uiterste_datum=uiterste,
        )
    if dossier.aan_de_orde is None:
        gevolg = (
            "het verslag zelf is pas uiterlijk "
            f"{dossier.riv.uiterste_datum.isoformat()} nodig; zie de processtap"
        )
    else:
        gevolg = f"{dossier.aan_de_orde}; {_ADMINISTRATIEF}"
    return punt(
        "ontbreekt",
        f"geen {naam} in het dossier (uiterlijk {uiterste.isoformat()}); {gevolg}",
        risico=dossier.aan_de_orde is not None,
        uiterste_datum=uiterste,
    )


def _riv_a(dossier: _Dossier) -> Toetspunt:
    zm = dossier.ziekmelding
    partijen = (
        f"werknemer {zm.velden['werknemer']} en werkgever {zm.velden['werkgever']} "
        f"in positie {zm.positie}"
    )
    arbo = next(
        (
            f
            for f in sorted(dossier.bekend, key=lambda f: (f.datum, f.positie))
            if f.type_naam == ArbodienstGeinformeerd.__name__
            or (f.door is not None and f.door.rol == "bedrijfsarts")
        ),
        None,
    )
    if arbo is not None:
        if arbo.door is not None and arbo.door.rol == "bedrijfsarts":
            naam = f"{arbo.door.naam} " if arbo.door.naam else ""
            wie = f"bedrijfsarts {naam}({arbo.type_naam} op {_waar(arbo)})"
        else:
            wie = f"arbodienst geïnformeerd op {_waar(arbo)}"
        return RIV_A("aanwezig", f"{partijen}; {wie}", posities=[zm.positie, arbo.positie])
    analyse = dossier.stap("probleemanalyse")
    if dossier.aan_de_orde is None and analyse.status in ("open", "niet_van_toepassing"):
        return RIV_A(
            "niet_van_toepassing",
            f"{partijen}; bedrijfsarts of arbodienst nog niet aan de orde "
            f"(probleemanalyse uiterlijk {analyse.uiterste_datum.isoformat()})",
            posities=[zm.positie],
        )
    risico = dossier.aan_de_orde is not None
    return RIV_A(
        "ontbreekt",
        f"{partijen}, maar niets toont de bedrijfsarts of arbodienst: geen "
        "ArbodienstGeinformeerd en geen feit door een bedrijfsarts"
        + (f"; {_ADMINISTRATIEF}" if risico else ""),
        risico=risico,
        posities=[zm.positie],
    )


def _riv_e(dossier: _Dossier) -> Toetspunt:
    zm = dossier.ziekmelding
    return RIV_E(
        "aanwezig",
        f"eerste ziektedag {zm.velden['eerste_ziektedag'].isoformat()} in positie {zm.positie}",
        posities=[zm.positie],
    )


def _riv_f(dossier: _Dossier) -> Toetspunt:
    analyses = dossier.alle(ProbleemanalyseOpgesteld)
    if not analyses:
        return _voor_stap(dossier, RIV_F, dossier.stap("probleemanalyse"), "probleemanalyse")
    later = (
        f"later advies: {_opsomming(analyses[1:])}"
        if len(analyses) > 1
        else "geen latere probleemanalyse (bijgesteld advies) vastgelegd"
    )
    return RIV_F(
        "aanwezig",
        f"probleemanalyse op {_waar(analyses[0])}; {later}",
        posities=[f.positie for f in analyses],
    )


def _riv_g(dossier: _Dossier) -> Toetspunt:
    plannen = dossier.alle(PlanVanAanpakOpgesteld)
    if not plannen:
        return _voor_stap(dossier, RIV_G, dossier.stap("plan_van_aanpak"), "plan van aanpak")
    bijstellingen = dossier.alle(PlanVanAanpakBijgesteld)
    welke = (
        f"bijstellingen: {_opsomming(bijstellingen)}" if bijstellingen else "nog geen bijstellingen"
    )
    zonder = dossier.zonder_visie("werkgever", (*plannen, *bijstellingen))
    if zonder:
        return RIV_G(
            "ontbreekt",
            f"plan van aanpak op {_waar(plannen[0])}; {welke}; maar de visie van de werkgever "
            f"ontbreekt in {_opsomming(zonder)} ({_VISIE_SINDS}; {_VISIE_GEVOLG})",
            posities=[f.positie for f in zonder],
        )
    return RIV_G(
        "aanwezig",
        f"plan van aanpak op {_waar(plannen[0])}; {welke}",
        posities=[f.positie for f in (*plannen, *bijstellingen)],
    )


def _riv_h(dossier: _Dossier) -> Toetspunt:
    evaluaties = dossier.alle(EvaluatieGehouden, EerstejaarsevaluatieGehouden)
    recent = (
        f"meest recente evaluatie op {_waar(evaluaties[-1])}"
        if evaluaties
        else "nog geen evaluatie vastgelegd"
    )
    eje = dossier.alle(EerstejaarsevaluatieGehouden)
    if eje and (zonder := dossier.zonder_visie("werkgever", eje)):
        return RIV_H(
            "ontbreekt",
            f"eerstejaarsevaluatie op {_waar(eje[0])}; {recent}; maar de visie van de werkgever "
            f"ontbreekt in {_opsomming(zonder)} ({_VISIE_SINDS}; {_VISIE_GEVOLG})",
            posities=[f.positie for f in zonder],
        )
    if eje:
        return RIV_H(
            "aanwezig",
            f"eerstejaarsevaluatie op {_waar(eje[0])}; {recent}",
            posities=sorted({eje[0].positie, evaluaties[-1].positie}),
        )
    punt = _voor_stap(dossier, RIV_H, dossier.stap("eerstejaarsevaluatie"), "eerstejaarsevaluatie")
    return RIV_H(
        punt.uitkomst,
        f"{punt.reden}; {recent}",
        risico=punt.loonsanctierisico,
        posities=[evaluaties[-1].positie] if evaluaties else [],
        uiterste_datum=punt.uiterste_datum,
    )


def _riv_l(dossier: _Dossier) -> Toetspunt:
    momenten = dossier.alle(
        PlanVanAanpakOpgesteld, PlanVanAanpakBijgesteld, EerstejaarsevaluatieGehouden
    )
    zonder = dossier.zonder_visie("werknemer", momenten)
    met = [f for f in momenten if f.velden.get("visie_werknemer")]
    zelf = f"het oordeel van de werknemer over het verslag zelf is {HANDMATIG}"
    if zonder:
        return RIV_L(
            "ontbreekt",
            f"de visie van de werknemer ontbreekt in {_opsomming(zonder)} "
            f"({_VISIE_SINDS}); dat komt niet voor rekening van de werkgever en "
            f"{_VISIE_GEVOLG}; {zelf}",
            posities=[f.positie for f in zonder],
        )
    if met:
        return RIV_L(
            "aanwezig",
            f"visie van de werknemer in {_opsomming(met)}; {zelf}",
            posities=[f.positie for f in met],
        )
    # Nothing the vocabulary can show: before the 2023 rule the visie was optional.
    return _buiten_vocabulaire(
        dossier,
        replace(RIV_L, uit_vocabulaire=False),
        toelichting=(
            f"geen visie van de werknemer vastgelegd (voor {_VISIE_VANAF} niet verplicht); "
        ),
    )


def _riv_delen(dossier: _Dossier) -> list[Toetspunt]:
    aanwijzingen_d = [
        (f, "trajectplan met persoonsprofiel")
        for f in dossier.alle(TrajectplanOpgesteld)
        if f.velden.get("persoonsprofiel")
    ]
    aanwijzingen_i = [
        (f, f"interventie {f.velden['soort']}")
        for f in dossier.alle(InterventieIngezet)
        if "mediation" in str(f.velden["soort"]).lower()
    ]
    aanwijzingen_k = [
        (
            f,
            "eerstejaarsevaluatie over perspectief bij de eigen werkgever"
            if f.type_naam == EerstejaarsevaluatieGehouden.__name__
            else f"arbeidsdeskundig advies {f.velden['advies']}",
        )
        for f in dossier.alle(EerstejaarsevaluatieGehouden, ArbeidsdeskundigOnderzoekUitgevoerd)
    ]
    delen = [
        _riv_a(dossier),
        _buiten_vocabulaire(dossier, RIV_B),
        _buiten_vocabulaire(dossier, RIV_C),
        _buiten_vocabulaire(dossier, RIV_D, aanwijzingen_d),
        _riv_e(dossier),
        _riv_f(dossier),
        _riv_g(dossier),
        _riv_h(dossier),
        _buiten_vocabulaire(dossier, RIV_I, aanwijzingen_i),
        _document(dossier, RIV_J, ActueelOordeelOpgesteld, "actueel oordeel van de bedrijfsarts"),
        _buiten_vocabulaire(dossier, RIV_K, aanwijzingen_k),
        _riv_l(dossier),
        _document(dossier, RIV_EINDEVALUATIE, EindevaluatieGehouden, "eindevaluatie"),
    ]
    if dossier.riv_nodig:
        return delen
    reden = "geen re-integratieverslag nodig: " + (
        "; ".join(dossier.riv.opmerkingen) or dossier.riv.uitleg
    )
    return [
        replace(p, uitkomst="niet_van_toepassing", reden=reden, loonsanctierisico=False)
        for p in delen
    ]


# -- the process steps UWV looks at ------------------------------------------------------------


def _uit_status(
    punt: _Punt,
    v: Verplichting,
    naam: str,
    *,
    te_laat: tuple[bool, str] = (True, _INHOUDELIJK),
    ontbreekt: tuple[bool, str] = (True, _INHOUDELIJK),
) -> Toetspunt:
    """A dated process step from the engine's status.

    ``te_laat`` and ``ontbreekt`` say, for a late or a missing step, whether it risks a
    loonsanctie and what the consequence is.
    """
    uiterste = v.uiterste_datum.isoformat()
    posities = [v.voldaan_door] if v.voldaan_door is not None else []
    if v.status == "tijdig" and v.voldaan_op is not None:
        return punt(
            "tijdig",
            f"{naam} op {v.voldaan_op.isoformat()} (positie {v.voldaan_door}), "
            f"uiterlijk {uiterste}",
            posities=posities,
            uiterste_datum=v.uiterste_datum,
        )
    if v.status == "open":
        return punt(
            "niet_van_toepassing",
            f"nog niet aan de orde: {naam} uiterlijk {uiterste} ({v.uitleg})",
            uiterste_datum=v.uiterste_datum,
        )
    if v.status == "niet_van_toepassing":
        return punt(
            "niet_van_toepassing",
            "; ".join(v.opmerkingen) or v.uitleg,
            uiterste_datum=v.uiterste_datum,
        )
    if v.status == "te_laat" and v.voldaan_op is not None:
        dagen = (v.voldaan_op - v.uiterste_datum).days
        risico, gevolg = te_laat
        return punt(
            "te_laat",
            f"{naam} pas op {v.voldaan_op.isoformat()} (positie {v.voldaan_door}), {dagen} "
            f"dagen na de uiterste datum {uiterste} ({v.uitleg}); {gevolg}",
            risico=risico,
            posities=posities,
            uiterste_datum=v.uiterste_datum,
        )
    risico, gevolg = ontbreekt
    return punt(
        "ontbreekt",
        f"geen {naam} in het dossier; de uiterste datum {uiterste} is verstreken "
        f"({v.uitleg}); {gevolg}",
        risico=risico,
        uiterste_datum=v.uiterste_datum,
    )


def _evaluaties(dossier: _Dossier) -> Toetspunt:
    lijst = [v for v in dossier.termijnen.verplichtingen if v.regel == "evaluatie"]
    if not lijst:
        plan = dossier.stap("plan_van_aanpak")
        return PROCES_EVALUATIE(
            "niet_van_toepassing",
            "geen plan van aanpak nodig, dus geen evaluaties"
            if plan.status == "niet_van_toepassing"
            else "nog geen plan van aanpak, dus nog geen evaluaties",
        )
    dagen = REGELS["evaluatie"].uiterste.dagen
    gaten = [v for v in lijst if v.status == "te_laat" and v.voldaan_op is not None]
    volgende = next(v for v in lijst if v.voldaan_op is None)
    gat_tekst = "; ".join(
        f"{v.uitleg} ({(v.voldaan_op - v.uiterste_datum).days} dagen te laat)"
        for v in gaten
        if v.voldaan_op is not None
    )
    posities = [v.voldaan_door for v in gaten if v.voldaan_door is not None]
    if volgende.status == "verlopen":
        eerder = f"; eerder te laat: {gat_tekst}" if gat_tekst else ""
        return PROCES_EVALUATIE(
            "ontbreekt",
            f"geen evaluatie binnen {dagen} dagen: {volgende.uitleg}, uiterlijk "
            f"{volgende.uiterste_datum.isoformat()} verstreken{eerder}; {_INHOUDELIJK}",
            risico=True,
            posities=posities,
            uiterste_datum=volgende.uiterste_datum,
        )
    if gaten:
        return PROCES_EVALUATIE(
            "te_laat",
            f"{len(gaten)} keer meer dan {dagen} dagen tussen twee evaluatiemomenten: {gat_tekst}; "
            f"{_INHOUDELIJK}",
            risico=True,
            posities=posities,
            uiterste_datum=gaten[-1].uiterste_datum,
        )
    if volgende.status == "open":
        return PROCES_EVALUATIE(
            "tijdig",
            f"steeds binnen {dagen} dagen geëvalueerd; de volgende uiterlijk "
            f"{volgende.uiterste_datum.isoformat()} ({volgende.uitleg})",
            uiterste_datum=volgende.uiterste_datum,
        )
    return PROCES_EVALUATIE(
        "niet_van_toepassing",
        "; ".join(volgende.opmerkingen) or volgende.uitleg,
        uiterste_datum=volgende.uiterste_datum,
    )


def _bijstellingen(dossier: _Dossier) -> Toetspunt:
    bijstellingen = dossier.alle(PlanVanAanpakBijgesteld)
    zonder = dossier.zonder_perspectief()
    spoor2 = dossier.verplichting("spoor2_start")
    if zonder is not None and spoor2 is not None:
        aanleiding = (
            f"de eerstejaarsevaluatie van {_waar(zonder)} ziet geen perspectief bij de eigen "
            "werkgever"
        )
        uiterste = spoor2.uiterste_datum
        na = [f for f in bijstellingen if f.datum >= zonder.datum]
        if na:
            return PROCES_BIJSTELLINGEN(
                "aanwezig",
                f"{aanleiding}; plan bijgesteld op {_opsomming(na)}",
                posities=[f.positie for f in na],
            )
        met_spoor2 = _bijstelling_met_spoor2(dossier, bijstellingen, zonder)
        if met_spoor2 is not None:
            bijstelling, start = met_spoor2
            return PROCES_BIJSTELLINGEN(
                "aanwezig",
                f"{aanleiding}; het plan is al bijgesteld op {_waar(bijstelling)}, met het "
                f"tweede spoor gestart op {_waar(start)} voor de eerstejaarsevaluatie: die "
                f"bijstelling telt ({BIJSTELLING_MET_SPOOR2.termijn.tekst} tot en met de "
                "eerstejaarsevaluatie)",
                posities=[bijstelling.positie, start.positie],
            )
        if dossier.peildatum <= uiterste:
            return PROCES_BIJSTELLINGEN(
                "niet_van_toepassing",
                f"nog niet aan de orde: {aanleiding}; het plan hoort uiterlijk "
                f"{uiterste.isoformat()} bijgesteld (met het tweede spoor)",
                uiterste_datum=uiterste,
            )
        return PROCES_BIJSTELLINGEN(
            "ontbreekt",
            f"{aanleiding}, maar daarna is het plan van aanpak niet bijgesteld (het tweede spoor "
            f"hoort in het plan, uiterlijk {uiterste.isoformat()}); {_INHOUDELIJK}",
            risico=True,
            posities=[zonder.positie],
            uiterste_datum=uiterste,
        )
    if bijstellingen:
        return PROCES_BIJSTELLINGEN(
            "aanwezig",
            f"plan bijgesteld op {_opsomming(bijstellingen)}",
            posities=[f.positie for f in bijstellingen],
        )
    return PROCES_BIJSTELLINGEN(
        "niet_van_toepassing",
        "geen aanleiding in het dossier (geen eerstejaarsevaluatie zonder perspectief); of "
        f"doelen niet worden gehaald is {HANDMATIG}",
    )


def _bijstelling_met_spoor2(
    dossier: _Dossier, bijstellingen: Sequence[Feit], eje: Feit
) -> tuple[Feit, Feit] | None:
    """The adjustment before ``eje`` that put track 2 in the plan, and the track-2 start.

    Rule ``BIJSTELLING_MET_SPOOR2``: track 2 started on or before the first-year evaluation and
    the plan was adjusted between one evaluation period before that start and the evaluation.
    The latest such adjustment is named.
    """
    starts = [f for f in dossier.alle(Spoor2Gestart) if f.datum <= eje.datum]
    if not starts:
        return None
    start = starts[0]
    vanaf = start.datum + timedelta(days=BIJSTELLING_MET_SPOOR2.termijn.dagen)
    binnen = [f for f in bijstellingen if vanaf <= f.datum < eje.datum]
    return (binnen[-1], start) if binnen else None


def _arbeidsdeskundig(dossier: _Dossier) -> Toetspunt:
    onderzoeken = dossier.alle(ArbeidsdeskundigOnderzoekUitgevoerd)
    if onderzoeken:
        laatste = onderzoeken[-1]
        return PROCES_AD(
            "aanwezig",
            f"arbeidsdeskundig onderzoek op {_waar(laatste)}, advies {laatste.velden['advies']}",
            posities=[f.positie for f in onderzoeken],
        )
    zonder = dossier.zonder_perspectief()
    if zonder is not None:
        return PROCES_AD(
            "ontbreekt",
            f"de eerstejaarsevaluatie van {_waar(zonder)} ziet geen perspectief bij de eigen "
            "werkgever, maar er is geen arbeidsdeskundig onderzoek: UWV verwacht dat de "
            "mogelijkheden in het eerste spoor in kaart zijn gebracht voordat het tweede spoor "
            f"wordt gekozen; {_INHOUDELIJK}",
            risico=True,
            posities=[zonder.positie],
        )
    eje = dossier.alle(EerstejaarsevaluatieGehouden)
    if eje:
        return PROCES_AD(
            "niet_van_toepassing",
            f"de eerstejaarsevaluatie van {_waar(eje[0])} ziet perspectief bij de eigen "
            "werkgever; geen wettelijke stap, dus geen onderzoek nodig om het tweede spoor te "
            "beoordelen",
        )
    verplichting = dossier.stap("eerstejaarsevaluatie")
    wanneer = (
        f" (eerstejaarsevaluatie uiterlijk {verplichting.uiterste_datum.isoformat()})"
        if verplichting.status != "niet_van_toepassing"
        else ""
    )
    return PROCES_AD(
        "niet_van_toepassing",
        "nog niet aan de orde: geen eerstejaarsevaluatie zonder perspectief; een onderzoek is "
        f"gebruikelijk rond de eerstejaarsevaluatie{wanneer}",
    )


def _spoor2(dossier: _Dossier) -> Toetspunt:
    v = dossier.verplichting("spoor2_start")
    if v is not None:
        return _uit_status(PROCES_SPOOR2, v, "start van het tweede spoor")
    return PROCES_SPOOR2(
        "niet_van_toepassing",
        "nog geen eerstejaarsevaluatie, dus nog geen uiterste datum voor het tweede spoor",
    )


def _processtappen(dossier: _Dossier) -> list[Toetspunt]:
    return [
        _uit_status(PROCES_PROBLEEMANALYSE, dossier.stap("probleemanalyse"), "probleemanalyse"),
        _uit_status(PROCES_PLAN, dossier.stap("plan_van_aanpak"), "plan van aanpak"),
        _evaluaties(dossier),
        _bijstellingen(dossier),
        _arbeidsdeskundig(dossier),
        _uit_status(PROCES_EJE, dossier.stap("eerstejaarsevaluatie"), "eerstejaarsevaluatie"),
        _spoor2(dossier),
        _uit_status(
            PROCES_RIV,
            dossier.riv,
            "re-integratieverslag",
            te_laat=(False, "het verslag is er; UWV beoordeelt het bij de aanvraag"),
            ontbreekt=(True, _ADMINISTRATIEF),
        ),
        _uit_status(
            PROCES_WIA,
            dossier.stap("wia_aanvraag"),
            "WIA-aanvraag",
            te_laat=(False, _VERLENGD),
            ontbreekt=(False, _VERLENGD),
        ),
    ]


def toets_riv(feiten: Sequence[Feit], peildatum: date) -> Poortwachtertoets:
    """The poortwachtertoets of these facts as of ``peildatum``."""
    dossier = _Dossier(feiten, peildatum)
    return Poortwachtertoets(
        peildatum=peildatum,
        riv_uiterste_datum=dossier.riv.uiterste_datum,
        riv_aan_de_orde=dossier.aan_de_orde is not None,
        punten=(*_riv_delen(dossier), *_processtappen(dossier)),
    )
