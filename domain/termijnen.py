"""The deadline engine: pure functions from a dossier's facts to its obligations.

Contract section 1 (counting) and section 2 (rules).  ``bereken_termijnen``
takes the current facts and a peildatum and returns every obligation with its
latest date, its status, the date it was met, the rule version and the legal
source.  Only facts whose ``datum`` lies on or before the peildatum count: the
overview is the dossier as it stood in the case on that day.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise
from typing import Literal, NamedTuple

from domain.feiten import Feit
from domain.gebeurtenissen import (
    DossierGebeurtenis,
    DossierGesloten,
    EerstejaarsevaluatieGehouden,
    EvaluatieGehouden,
    HerstelGemeld,
    IVAAangevraagd,
    LoonsanctieOpgelegd,
    PlanVanAanpakBijgesteld,
    PlanVanAanpakOpgesteld,
    ProbleemanalyseOpgesteld,
    ReintegratieverslagOpgesteld,
    Spoor2Gestart,
    WachttijdVrijwilligVerlengd,
    WIAAangevraagd,
    ZiekmeldingOntvangen,
    ZiekmeldingUWVGedaan,
    ZiekteTeruggemeld,
)
from domain.regels import (
    ANKERS,
    EINDE_WACHTTIJD,
    REGELS,
    REGELSET_VERSIE,
    SAMENTELLING,
    Anker,
    Rechtsbron,
    Regelversie,
    Termijn,
    datum_tekst,
    plus_dagen,
    versie_op,
    versie_voor,
)

Status = Literal["tijdig", "te_laat", "verlopen", "open", "niet_van_toepassing"]
STATUSSEN: tuple[Status, ...] = ("tijdig", "te_laat", "verlopen", "open", "niet_van_toepassing")

Soort = type[DossierGebeurtenis]
"""A fact type, named by its event class: a misspelt name is a type error, not an empty list."""

TERMIJN_TYPES = frozenset(
    soort.__name__
    for soort in (
        ZiekmeldingOntvangen,
        ProbleemanalyseOpgesteld,
        PlanVanAanpakOpgesteld,
        EvaluatieGehouden,
        PlanVanAanpakBijgesteld,
        ZiekmeldingUWVGedaan,
        EerstejaarsevaluatieGehouden,
        Spoor2Gestart,
        HerstelGemeld,
        ZiekteTeruggemeld,
        ReintegratieverslagOpgesteld,
        WIAAangevraagd,
        IVAAangevraagd,
        LoonsanctieOpgelegd,
        WachttijdVrijwilligVerlengd,
        DossierGesloten,
    )
)
"""The only fact types the engine reads; a read model may keep just these."""

TERMIJN_VELDEN = frozenset(
    {
        "eerste_ziektedag",
        "benutbare_mogelijkheden",
        "perspectief_eigen_werkgever",
        "weken",
        "nieuwe_einddatum",
        "visie_werkgever",
        "visie_werknemer",
    }
)
"""The only fields of those facts the engine reads."""

_EVALUATIEMOMENTEN: tuple[Soort, ...] = (
    PlanVanAanpakOpgesteld,
    EvaluatieGehouden,
    PlanVanAanpakBijgesteld,
    EerstejaarsevaluatieGehouden,
)
_MET_VISIE: tuple[Soort, ...] = (
    PlanVanAanpakOpgesteld,
    PlanVanAanpakBijgesteld,
    EerstejaarsevaluatieGehouden,
)
_VISIE_REGEL = {
    PlanVanAanpakOpgesteld.__name__: "plan_van_aanpak",
    PlanVanAanpakBijgesteld.__name__: "evaluatie",
    EerstejaarsevaluatieGehouden.__name__: "eerstejaarsevaluatie",
}
"""The rule whose version decides whether a plan, bijstelling or first-year evaluation needs
the visies (they share their versions today)."""

# Type names the engine compares per fact, looked up once.
_ZIEKMELDING = ZiekmeldingOntvangen.__name__
_HERSTEL = HerstelGemeld.__name__
_ZIEKMELDING_UWV = ZiekmeldingUWVGedaan.__name__


class Verplichting(NamedTuple):
    """One obligation of a dossier as of a peildatum (a named tuple: cheap in bulk)."""

    regel: str
    uiterste_datum: date
    status: Status
    voldaan_op: date | None
    voldaan_door: int | None
    regelversie: str
    bron: Rechtsbron
    uitleg: str
    opmerkingen: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Onderbreking:
    """Fit days between a recovery and a relapse within four weeks."""

    eerste_hersteldag: date
    dagen: int

    @property
    def laatste_hersteldag(self) -> date:
        """Last fit day before the relapse."""
        return self.eerste_hersteldag + timedelta(days=self.dagen - 1)


@dataclass(frozen=True, slots=True)
class Ziekteverloop:
    """Day 1, the fit gaps that do not count, and an open recovery if any."""

    eerste_ziektedag: date
    onderbrekingen: tuple[Onderbreking, ...]
    hersteld_op: date | None
    gesloten_op: date | None

    def datum(self, termijn: Termijn, anker: Anker | None = None, op: date | None = None) -> date:
        """The date of ``termijn`` in this case; the fact it counts from is ``anker`` on ``op``.

        Without an anchor the termijn counts from day 1 (in calendar or in sick days).  Raises
        ``ValueError`` when the termijn counts from something else than the caller gives: the
        data and the engine disagree about what a deadline is anchored on, so changing an
        anchor (not a number) needs the engine to change too.
        """
        soort = termijn.anker
        if op is not None:
            if soort == anker:
                return op + timedelta(days=termijn.dagen)
        elif soort == "ziektedag":
            return self.dag(termijn.dagen + 1)
        elif soort == "eerste_ziektedag":
            return self.eerste_ziektedag + timedelta(days=termijn.dagen)
        msg = f"de termijn telt vanaf {soort}, de berekening geeft {anker or 'dag 1'}"
        raise ValueError(msg)

    def uitleg(self, termijn: Termijn) -> str:
        """How a termijn counted from day 1 was computed: ``dag 42 = 2025-01-06 + 41 dagen``."""
        if termijn.anker == "ziektedag":
            return self.uitleg_dag(termijn.dagen + 1)
        if termijn.anker == "eerste_ziektedag":
            return (
                f"dag {termijn.dagen + 1} = {self.eerste_ziektedag.isoformat()} "
                f"{plus_dagen(termijn.dagen)}"
            )
        msg = f"een termijn vanaf {termijn.anker} telt niet vanaf dag 1"
        raise ValueError(msg)

    def dag(self, n: int) -> date:
        """Sick day ``n``: day 1 + (n - 1) days, later by every gap before it."""
        datum = self.eerste_ziektedag + timedelta(days=n - 1)
        for onderbreking in self.onderbrekingen:
            if onderbreking.eerste_hersteldag <= datum:
                datum += timedelta(days=onderbreking.dagen)
        return datum

    def verschuiving_tot(self, datum: date) -> int:
        """Gap days counted before ``datum`` (for explanations)."""
        return sum(o.dagen for o in self.onderbrekingen if o.eerste_hersteldag <= datum)

    def uitleg_dag(self, n: int) -> str:
        """How sick day ``n`` was computed."""
        tekst = f"dag {n} = {self.eerste_ziektedag.isoformat()} + {n - 1} dagen"
        if not self.onderbrekingen:
            return tekst
        datum = self.dag(n)
        meegeteld = [o for o in self.onderbrekingen if o.eerste_hersteldag <= datum]
        if not meegeteld:
            return tekst
        perioden = ", ".join(
            f"{o.eerste_hersteldag.isoformat()} t/m {o.laatste_hersteldag.isoformat()}"
            for o in meegeteld
        )
        verschuiving = sum(o.dagen for o in meegeteld)
        return f"{tekst} + {verschuiving} hersteldagen die niet meetellen ({perioden})"


@dataclass(frozen=True, slots=True)
class Termijnoverzicht:
    """The obligations of one dossier as of a peildatum."""

    peildatum: date
    eerste_ziektedag: date
    einde_wachttijd: date
    verplichtingen: tuple[Verplichting, ...]
    verloop: Ziekteverloop
    uitleg_einde_wachttijd: str
    regelset_versie: str = REGELSET_VERSIE

    @property
    def wia_ingangsdatum(self) -> date:
        """The first day a WIA benefit can start: the day after the waiting period."""
        return self.einde_wachttijd + timedelta(days=1)


class HerstelreeksFout(Exception):  # noqa: N818 - internal signal, turned into a GeweigerdError
    """A relapse without a recovery before it, or four weeks or more after it."""

    def __init__(self, terug: date, hersteld_op: date | None) -> None:
        self.terug = terug
        self.hersteld_op = hersteld_op


def herstelreeks(
    momenten: Iterable[tuple[date, int, bool]],
    *,
    streng: bool = True,
) -> tuple[tuple[Onderbreking, ...], date | None]:
    """Walk recoveries and relapses in date order: the fit gaps, and an open recovery.

    A second recovery while already recovered changes nothing (the first fit day counts).
    Raises ``HerstelreeksFout`` for a relapse without a recovery before it or four weeks or
    more after it (``SAMENTELLING``); with ``streng=False`` such a relapse is skipped instead
    (the engine on stored data).
    """
    onderbrekingen: list[Onderbreking] = []
    hersteld_op: date | None = None
    samentelling = SAMENTELLING.termijn.dagen
    for datum, _, is_herstel in momenten:
        if is_herstel:
            if hersteld_op is None:
                hersteld_op = datum
            continue
        if hersteld_op is None or hersteld_op >= datum:
            if streng:
                raise HerstelreeksFout(datum, None)
            continue
        gat = (datum - hersteld_op).days
        if gat >= samentelling:
            if streng:
                raise HerstelreeksFout(datum, hersteld_op)
            continue
        onderbrekingen.append(Onderbreking(hersteld_op, gat))
        hersteld_op = None
    return tuple(onderbrekingen), hersteld_op


class _Index:
    """The facts by type, each list in case order (datum, then position): one pass, many lookups."""

    def __init__(self, feiten: Iterable[Feit]) -> None:
        self.per_type: dict[str, list[Feit]] = {}
        self._samen: dict[tuple[Soort, ...], list[Feit]] = {}
        for feit in feiten:
            self.per_type.setdefault(feit.type_naam, []).append(feit)
        for lijst in self.per_type.values():
            if len(lijst) > 1:
                lijst.sort(key=_volgorde)

    def alle(self, *soorten: Soort) -> list[Feit]:
        """Facts of these types in case order."""
        if len(soorten) == 1:
            return self.per_type.get(soorten[0].__name__, [])
        samen = self._samen.get(soorten)
        if samen is None:
            lijsten = [self.per_type[s.__name__] for s in soorten if s.__name__ in self.per_type]
            if len(lijsten) == 1:
                samen = lijsten[0]
            else:
                samen = sorted((f for lijst in lijsten for f in lijst), key=_volgorde)
            self._samen[soorten] = samen
        return samen

    def eerste(self, *soorten: Soort) -> Feit | None:
        """The earliest fact of these types."""
        lijst = self.alle(*soorten)
        return lijst[0] if lijst else None

    def laatste(self, *soorten: Soort) -> Feit | None:
        """The latest fact of these types."""
        lijst = self.alle(*soorten)
        return lijst[-1] if lijst else None


def _volgorde(feit: Feit) -> tuple[date, int]:
    return (feit.datum, feit.positie)


def ziekteverloop(feiten: Iterable[Feit]) -> Ziekteverloop:
    """Day 1 and the recovery/relapse history from the (already filtered) facts."""
    return _ziekteverloop(_Index(feiten))


def _ziekteverloop(index: _Index) -> Ziekteverloop:
    eerste = index.eerste(ZiekmeldingOntvangen)
    if eerste is None:
        msg = "een dossier zonder ZiekmeldingOntvangen heeft geen eerste ziektedag"
        raise ValueError(msg)
    onderbrekingen, hersteld_op = herstelreeks(
        (
            (f.datum, f.positie, f.type_naam == _HERSTEL)
            for f in index.alle(HerstelGemeld, ZiekteTeruggemeld)
        ),
        streng=False,
    )
    gesloten = index.eerste(DossierGesloten)
    return Ziekteverloop(
        eerste_ziektedag=eerste.velden["eerste_ziektedag"],
        onderbrekingen=onderbrekingen,
        hersteld_op=hersteld_op,
        gesloten_op=gesloten.datum if gesloten is not None else None,
    )


class _Bouwer:
    """Collects obligations for one overview; knows the peildatum and the course of sickness."""

    def __init__(self, peildatum: date, verloop: Ziekteverloop) -> None:
        self.peildatum = peildatum
        self.verloop = verloop
        self.lijst: list[Verplichting] = []

    def voeg_toe(
        self,
        regel: str,
        uiterste: date,
        voldaan: Feit | None,
        uitleg: str,
        *,
        voldaan_op: date | None = None,
        versie_datum: date | None = None,
        niet_van_toepassing: str | None = None,
        opmerkingen: tuple[str, ...] = (),
    ) -> None:
        if voldaan is not None:
            voldaan_op = voldaan.datum
        status: Status
        if voldaan_op is not None:
            status = "tijdig" if voldaan_op <= uiterste else "te_laat"
        elif niet_van_toepassing is not None:
            status = "niet_van_toepassing"
            opmerkingen = (*opmerkingen, niet_van_toepassing)
        elif (reden := self._vervallen(uiterste)) is not None:
            status = "niet_van_toepassing"
            opmerkingen = (*opmerkingen, reden)
        else:
            status = open_of_verlopen(uiterste, self.peildatum)
        definitie = REGELS[regel]
        # versie_voor written out, as this runs for every obligation of every query.
        versies = definitie.versies
        if len(versies) == 1:
            versie = versies[0]
        else:
            moment = versie_datum or voldaan_op or uiterste
            d1 = self.verloop.eerste_ziektedag
            versie = versie_op(definitie, moment if moment > d1 else d1)
        self.lijst.append(
            Verplichting(
                regel,
                uiterste,
                status,
                voldaan_op,
                voldaan.positie if voldaan is not None else None,
                versie.id,
                definitie.bron,
                uitleg,
                opmerkingen,
            )
        )

    def _vervallen(self, uiterste: date) -> str | None:
        hersteld = self.verloop.hersteld_op
        if hersteld is not None and hersteld <= uiterste:
            return f"hersteld gemeld per {hersteld.isoformat()}, voor de uiterste datum"
        gesloten = self.verloop.gesloten_op
        if gesloten is not None and gesloten <= uiterste:
            return f"dossier gesloten op {gesloten.isoformat()}, voor de uiterste datum"
        return None


def visieversie(feit: Feit, eerste_ziektedag: date) -> Regelversie | None:
    """The rule version that makes both visies required in this fact, if any.

    For a plan, bijstelling or first-year evaluation: the version in force for the case on the
    fact's date (contract section 2, rule versions); None when it asks no visie.
    """
    regel = _VISIE_REGEL.get(feit.type_naam)
    if regel is None:
        return None
    versie = versie_voor(REGELS[regel], eerste_ziektedag, feit.datum)
    return versie if versie.visie_verplicht else None


def _visie_opmerking(feit: Feit | None, verloop: Ziekteverloop) -> tuple[str, ...]:
    if feit is None or (versie := visieversie(feit, verloop.eerste_ziektedag)) is None:
        return ()
    ontbreekt = [
        partij for partij in ("werkgever", "werknemer") if not feit.velden.get(f"visie_{partij}")
    ]
    if not ontbreekt:
        return ()
    wie = " en ".join(ontbreekt)
    return (
        f"visie van {wie} ontbreekt in positie {feit.positie} "
        f"(verplicht sinds {datum_tekst(versie.geldig_vanaf)}, {versie.publicatie}; "
        "leidt niet direct tot loonsanctie)",
    )


def bereken_termijnen(feiten: Sequence[Feit], peildatum: date) -> Termijnoverzicht:
    """All obligations of contract section 2 for these facts as of ``peildatum``.

    Every number comes from ``domain.regels`` when it is asked for, not when this module is
    loaded: a rule changed in the data changes the next overview.
    """
    ziekmelding = _ZIEKMELDING
    bekend = [f for f in feiten if f.datum <= peildatum or f.type_naam == ziekmelding]
    index = _Index(bekend)
    verloop = _ziekteverloop(index)
    d1 = verloop.eerste_ziektedag
    b = _Bouwer(peildatum, verloop)

    # Probleemanalyse: day 42, anchored on the original day 1.
    termijn = REGELS["probleemanalyse"].uiterste
    analyses = index.alle(ProbleemanalyseOpgesteld)
    b.voeg_toe(
        "probleemanalyse",
        verloop.datum(termijn),
        analyses[0] if analyses else None,
        verloop.uitleg(termijn)
        + (
            " (vast op de oorspronkelijke eerste ziektedag)"
            if termijn.anker == "eerste_ziektedag"
            else ""
        ),
    )

    # Plan van aanpak: two weeks after the analysis that sees possibilities; day 56 without one.
    regel = REGELS["plan_van_aanpak"]
    termijn = regel.uiterste
    plannen = index.eerste(PlanVanAanpakOpgesteld)
    mogelijk = next((a for a in analyses if a.velden["benutbare_mogelijkheden"]), None)
    if analyses and mogelijk is None:
        laatste = analyses[-1]
        b.voeg_toe(
            "plan_van_aanpak",
            verloop.datum(termijn, "probleemanalyse", laatste.datum),
            None,
            f"probleemanalyse van {laatste.datum.isoformat()} {plus_dagen(termijn.dagen)}",
            niet_van_toepassing=(
                f"de probleemanalyse (positie {laatste.positie}) ziet geen benutbare "
                "mogelijkheden; geen plan nodig tot dat verandert"
            ),
            opmerkingen=(
                (f"er is toch een plan van aanpak opgesteld op {plannen.datum.isoformat()}",)
                if plannen is not None
                else ()
            ),
        )
    elif mogelijk is not None:
        b.voeg_toe(
            "plan_van_aanpak",
            verloop.datum(termijn, "probleemanalyse", mogelijk.datum),
            plannen,
            f"probleemanalyse van {mogelijk.datum.isoformat()} (positie {mogelijk.positie}) "
            f"{plus_dagen(termijn.dagen)}",
            opmerkingen=_visie_opmerking(plannen, verloop),
        )
    else:
        zonder = _zonder_anker(regel.zonder_anker, regel.naam)
        b.voeg_toe(
            "plan_van_aanpak",
            verloop.datum(zonder),
            plannen,
            f"nog geen probleemanalyse: {verloop.uitleg(zonder)}",
            opmerkingen=_visie_opmerking(plannen, verloop),
        )

    # Evaluations: at most 42 days between moments, from the first plan on.
    if plannen is not None:
        termijn = REGELS["evaluatie"].uiterste
        momenten = [f for f in index.alle(*_EVALUATIEMOMENTEN) if f.datum >= plannen.datum]
        for vorige, volgende in pairwise(momenten):
            uiterste = verloop.datum(termijn, "vorig_moment", vorige.datum)
            if volgende.datum > uiterste:
                b.voeg_toe(
                    "evaluatie",
                    uiterste,
                    volgende,
                    f"{termijn.dagen} dagen na {_moment(vorige)}; volgende moment pas op "
                    f"{volgende.datum.isoformat()}",
                    versie_datum=volgende.datum,
                )
        laatste_moment = momenten[-1]
        b.voeg_toe(
            "evaluatie",
            verloop.datum(termijn, "vorig_moment", laatste_moment.datum),
            None,
            f"{termijn.dagen} dagen na {_moment(laatste_moment)}",
            versie_datum=laatste_moment.datum,
            opmerkingen=_visie_opmerking(index.laatste(*_MET_VISIE), verloop),
        )

    # 42-week notification: sick day 295; an IVA request or a voluntary extension counts too.
    termijn = REGELS["ziekmelding_uwv"].uiterste
    melding = index.eerste(ZiekmeldingUWVGedaan, IVAAangevraagd, WachttijdVrijwilligVerlengd)
    b.voeg_toe(
        "ziekmelding_uwv",
        verloop.datum(termijn),
        melding,
        verloop.uitleg(termijn),
        opmerkingen=(
            (f"{melding.type_naam} geldt als ziekmelding (Ziektewet art. 38 lid 8)",)
            if melding is not None and melding.type_naam != _ZIEKMELDING_UWV
            else ()
        ),
    )

    # First-year evaluation: sick day 364.
    termijn = REGELS["eerstejaarsevaluatie"].uiterste
    eje = index.eerste(EerstejaarsevaluatieGehouden)
    b.voeg_toe(
        "eerstejaarsevaluatie",
        verloop.datum(termijn),
        eje,
        verloop.uitleg(termijn),
        opmerkingen=_visie_opmerking(eje, verloop),
    )

    # Track 2: six weeks after a first-year evaluation without prospects at the own employer.
    if eje is not None:
        termijn = REGELS["spoor2_start"].uiterste
        zonder_perspectief = next(
            (
                f
                for f in index.alle(EerstejaarsevaluatieGehouden)
                if not f.velden["perspectief_eigen_werkgever"]
            ),
            None,
        )
        spoor2 = index.eerste(Spoor2Gestart)
        if zonder_perspectief is not None:
            b.voeg_toe(
                "spoor2_start",
                verloop.datum(termijn, "eerstejaarsevaluatie", zonder_perspectief.datum),
                spoor2,
                f"eerstejaarsevaluatie van {zonder_perspectief.datum.isoformat()} (positie "
                f"{zonder_perspectief.positie}) {plus_dagen(termijn.dagen)}",
            )
        else:
            b.voeg_toe(
                "spoor2_start",
                verloop.datum(termijn, "eerstejaarsevaluatie", eje.datum),
                None,
                f"eerstejaarsevaluatie van {eje.datum.isoformat()} {plus_dagen(termijn.dagen)}",
                niet_van_toepassing=(
                    "de eerstejaarsevaluatie ziet perspectief bij de eigen werkgever"
                ),
                opmerkingen=(
                    (f"het tweede spoor is toch gestart op {spoor2.datum.isoformat()}",)
                    if spoor2 is not None
                    else ()
                ),
            )

    # End of the waiting period, RIV and WIA application.
    verlenging = index.laatste(WachttijdVrijwilligVerlengd)
    if verlenging is not None:
        basis_einde: date = verlenging.velden["nieuwe_einddatum"]
        uitleg_basis = (
            f"nieuwe einddatum {basis_einde.isoformat()} uit de vrijwillige verlenging "
            f"(positie {verlenging.positie})"
        )
    else:
        einde_termijn = EINDE_WACHTTIJD.termijn
        basis_einde = verloop.datum(einde_termijn)
        uitleg_basis = verloop.uitleg(einde_termijn)
    for regel_naam, soort in (
        ("reintegratieverslag", ReintegratieverslagOpgesteld),
        ("wia_aanvraag", WIAAangevraagd),
    ):
        termijn = REGELS[regel_naam].uiterste
        b.voeg_toe(
            regel_naam,
            verloop.datum(termijn, "einde_wachttijd", basis_einde),
            index.eerste(soort),
            f"{ANKERS[termijn.anker]} {plus_dagen(termijn.dagen)}; einde wachttijd: {uitleg_basis}",
        )
    sancties = index.alle(LoonsanctieOpgelegd)
    sanctieweken = sum(int(f.velden["weken"]) for f in sancties)
    einde = basis_einde + timedelta(days=7 * sanctieweken)
    uitleg_einde = uitleg_basis
    if sanctieweken:
        uitleg_einde += f" + {sanctieweken} weken loonsanctie ({len(sancties)} besluit(en))"

    # Appended in contract order (REGELS), each rule's entries by date: no sort needed.
    verplichtingen = b.lijst
    return Termijnoverzicht(
        peildatum=peildatum,
        eerste_ziektedag=d1,
        einde_wachttijd=einde,
        verplichtingen=tuple(verplichtingen),
        verloop=verloop,
        uitleg_einde_wachttijd=uitleg_einde,
    )


def _zonder_anker(termijn: Termijn | None, regel: str) -> Termijn:
    if termijn is None:
        msg = f"regel {regel} heeft geen termijn voor als het anker ontbreekt"
        raise ValueError(msg)
    return termijn


_MOMENTEN = {
    PlanVanAanpakOpgesteld.__name__: "het plan van aanpak",
    EvaluatieGehouden.__name__: "de evaluatie",
    PlanVanAanpakBijgesteld.__name__: "de bijstelling",
    EerstejaarsevaluatieGehouden.__name__: "de eerstejaarsevaluatie",
}


def _moment(feit: Feit) -> str:
    return f"{_MOMENTEN[feit.type_naam]} van {feit.datum.isoformat()} (positie {feit.positie})"


def open_of_verlopen(uiterste: date, peildatum: date) -> Status:
    """An unmet obligation: overdue once the peildatum is past its latest date."""
    return "verlopen" if peildatum > uiterste else "open"


def op_latere_peildatum(verplichting: Verplichting, peildatum: date) -> Verplichting:
    """The obligation on a later peildatum when no fact lies between the two dates.

    Only open/overdue can change then: ``bereken_termijnen(feiten, p)`` equals this applied to
    ``bereken_termijnen(feiten, q)`` for every ``p >= q >= `` the date of the last fact.
    """
    if verplichting.status in ("open", "verlopen"):
        return verplichting._replace(
            status=open_of_verlopen(verplichting.uiterste_datum, peildatum)
        )
    return verplichting


def is_signaal(verplichting: Verplichting, peildatum: date, binnen_dagen: int) -> bool:
    """Overdue, or open and due within ``binnen_dagen`` days of the peildatum."""
    if verplichting.status == "verlopen":
        return True
    return verplichting.status == "open" and verplichting.uiterste_datum <= peildatum + timedelta(
        days=binnen_dagen
    )
