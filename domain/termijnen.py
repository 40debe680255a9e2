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
from domain.regels import (
    GRENS_VISIE_2023,
    REGELS,
    REGELSET_VERSIE,
    Bron,
)

Status = Literal["tijdig", "te_laat", "verlopen", "open", "niet_van_toepassing"]
STATUSSEN: tuple[Status, ...] = ("tijdig", "te_laat", "verlopen", "open", "niet_van_toepassing")

# Contract section 1: fit days between recovery and a relapse less than 28 days later do not count.
SAMENTELLING_DAGEN = 28

TERMIJN_TYPES = frozenset(
    {
        "ZiekmeldingOntvangen",
        "ProbleemanalyseOpgesteld",
        "PlanVanAanpakOpgesteld",
        "EvaluatieGehouden",
        "PlanVanAanpakBijgesteld",
        "ZiekmeldingUWVGedaan",
        "EerstejaarsevaluatieGehouden",
        "Spoor2Gestart",
        "HerstelGemeld",
        "ZiekteTeruggemeld",
        "ReintegratieverslagOpgesteld",
        "WIAAangevraagd",
        "IVAAangevraagd",
        "LoonsanctieOpgelegd",
        "WachttijdVrijwilligVerlengd",
        "DossierGesloten",
    }
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

_EVALUATIEMOMENTEN = (
    "PlanVanAanpakOpgesteld",
    "EvaluatieGehouden",
    "PlanVanAanpakBijgesteld",
    "EerstejaarsevaluatieGehouden",
)
_MET_VISIE = ("PlanVanAanpakOpgesteld", "PlanVanAanpakBijgesteld", "EerstejaarsevaluatieGehouden")


class Verplichting(NamedTuple):
    """One obligation of a dossier as of a peildatum (a named tuple: cheap in bulk)."""

    regel: str
    uiterste_datum: date
    status: Status
    voldaan_op: date | None
    voldaan_door: int | None
    regelversie: str
    bron: Bron
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
    """A relapse without a recovery before it, or 28 or more days after it."""

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
    Raises ``HerstelreeksFout`` for a relapse without a recovery before it or 28+ days after
    it; with ``streng=False`` such a relapse is skipped instead (the engine on stored data).
    """
    onderbrekingen: list[Onderbreking] = []
    hersteld_op: date | None = None
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
        if gat >= SAMENTELLING_DAGEN:
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
        self._samen: dict[tuple[str, ...], list[Feit]] = {}
        for feit in feiten:
            self.per_type.setdefault(feit.type_naam, []).append(feit)
        for lijst in self.per_type.values():
            if len(lijst) > 1:
                lijst.sort(key=_volgorde)

    def alle(self, *type_namen: str) -> list[Feit]:
        """Facts of these types in case order."""
        if len(type_namen) == 1:
            return self.per_type.get(type_namen[0], [])
        samen = self._samen.get(type_namen)
        if samen is None:
            lijsten = [self.per_type[t] for t in type_namen if t in self.per_type]
            if len(lijsten) == 1:
                samen = lijsten[0]
            else:
                samen = sorted((f for lijst in lijsten for f in lijst), key=_volgorde)
            self._samen[type_namen] = samen
        return samen

    def eerste(self, *type_namen: str) -> Feit | None:
        """The earliest fact of these types."""
        lijst = self.alle(*type_namen)
        return lijst[0] if lijst else None

    def laatste(self, *type_namen: str) -> Feit | None:
        """The latest fact of these types."""
        lijst = self.alle(*type_namen)
        return lijst[-1] if lijst else None


def _volgorde(feit: Feit) -> tuple[date, int]:
    return (feit.datum, feit.positie)


def ziekteverloop(feiten: Iterable[Feit]) -> Ziekteverloop:
    """Day 1 and the recovery/relapse history from the (already filtered) facts."""
    return _ziekteverloop(_Index(feiten))


def _ziekteverloop(index: _Index) -> Ziekteverloop:
    eerste = index.eerste("ZiekmeldingOntvangen")
    if eerste is None:
        msg = "een dossier zonder ZiekmeldingOntvangen heeft geen eerste ziektedag"
        raise ValueError(msg)
    onderbrekingen, hersteld_op = herstelreeks(
        ((f.datum, f.positie, f.type_naam == "HerstelGemeld") for f in index.alle(*_HERSTEL)),
        streng=False,
    )
    gesloten = index.eerste("DossierGesloten")
    return Ziekteverloop(
        eerste_ziektedag=eerste.velden["eerste_ziektedag"],
        onderbrekingen=onderbrekingen,
        hersteld_op=hersteld_op,
        gesloten_op=gesloten.datum if gesloten is not None else None,
    )


_HERSTEL = ("HerstelGemeld", "ZiekteTeruggemeld")


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
        peil = versie_datum or voldaan_op or uiterste
        if len(definitie.versies) > 1 and (
            self.verloop.eerste_ziektedag >= GRENS_VISIE_2023 or peil >= GRENS_VISIE_2023
        ):
            versie = definitie.versies[-1].id
        else:
            versie = definitie.versies[0].id
        self.lijst.append(
            Verplichting(
                regel,
                uiterste,
                status,
                voldaan_op,
                voldaan.positie if voldaan is not None else None,
                versie,
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


def _visie_opmerking(feit: Feit | None, verloop: Ziekteverloop) -> tuple[str, ...]:
    if feit is None or feit.type_naam not in _MET_VISIE:
        return ()
    if verloop.eerste_ziektedag < GRENS_VISIE_2023 and feit.datum < GRENS_VISIE_2023:
        return ()
    ontbreekt = [
        partij for partij in ("werkgever", "werknemer") if not feit.velden.get(f"visie_{partij}")
    ]
    if not ontbreekt:
        return ()
    wie = " en ".join(ontbreekt)
    return (
        f"visie van {wie} ontbreekt in positie {feit.positie} "
        "(verplicht sinds 1 juli 2023, Stcrt. 2023, 13931; leidt niet direct tot loonsanctie)",
    )


def bereken_termijnen(feiten: Sequence[Feit], peildatum: date) -> Termijnoverzicht:
    """All obligations of contract section 2 for these facts as of ``peildatum``."""
    bekend = [f for f in feiten if f.datum <= peildatum or f.type_naam == "ZiekmeldingOntvangen"]
    index = _Index(bekend)
    verloop = _ziekteverloop(index)
    d1 = verloop.eerste_ziektedag
    b = _Bouwer(peildatum, verloop)

    # Probleemanalyse: day 42, anchored on the original day 1.
    analyses = index.alle("ProbleemanalyseOpgesteld")
    b.voeg_toe(
        "probleemanalyse",
        d1 + timedelta(days=41),
        analyses[0] if analyses else None,
        f"dag 42 = {d1.isoformat()} + 41 dagen (vast op de oorspronkelijke eerste ziektedag)",
    )

    # Plan van aanpak: two weeks after the analysis that sees possibilities; day 56 without one.
    plannen = index.eerste("PlanVanAanpakOpgesteld")
    mogelijk = next((a for a in analyses if a.velden["benutbare_mogelijkheden"]), None)
    if analyses and mogelijk is None:
        laatste = analyses[-1]
        b.voeg_toe(
            "plan_van_aanpak",
            laatste.datum + timedelta(days=14),
            None,
            f"probleemanalyse van {laatste.datum.isoformat()} + 14 dagen",
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
            mogelijk.datum + timedelta(days=14),
            plannen,
            f"probleemanalyse van {mogelijk.datum.isoformat()} (positie {mogelijk.positie}) "
            "+ 14 dagen",
            opmerkingen=_visie_opmerking(plannen, verloop),
        )
    else:
        b.voeg_toe(
            "plan_van_aanpak",
            d1 + timedelta(days=55),
            plannen,
            f"nog geen probleemanalyse: dag 56 = {d1.isoformat()} + 55 dagen",
            opmerkingen=_visie_opmerking(plannen, verloop),
        )

    # Evaluations: at most 42 days between moments, from the first plan on.
    if plannen is not None:
        momenten = [f for f in index.alle(*_EVALUATIEMOMENTEN) if f.datum >= plannen.datum]
        for vorige, volgende in pairwise(momenten):
            uiterste = vorige.datum + timedelta(days=42)
            if volgende.datum > uiterste:
                b.voeg_toe(
                    "evaluatie",
                    uiterste,
                    volgende,
                    f"42 dagen na {_moment(vorige)}; volgende moment pas op "
                    f"{volgende.datum.isoformat()}",
                    versie_datum=volgende.datum,
                )
        laatste_moment = momenten[-1]
        b.voeg_toe(
            "evaluatie",
            laatste_moment.datum + timedelta(days=42),
            None,
            f"42 dagen na {_moment(laatste_moment)}",
            versie_datum=laatste_moment.datum,
            opmerkingen=_visie_opmerking(index.laatste(*_MET_VISIE), verloop),
        )

    # 42-week notification: sick day 295; an IVA request or a voluntary extension counts too.
    melding = index.eerste("ZiekmeldingUWVGedaan", "IVAAangevraagd", "WachttijdVrijwilligVerlengd")
    b.voeg_toe(
        "ziekmelding_uwv",
        verloop.dag(295),
        melding,
        verloop.uitleg_dag(295),
        opmerkingen=(
            (f"{melding.type_naam} geldt als ziekmelding (Ziektewet art. 38 lid 8)",)
            if melding is not None and melding.type_naam != "ZiekmeldingUWVGedaan"
            else ()
        ),
    )

    # First-year evaluation: sick day 364.
    eje = index.eerste("EerstejaarsevaluatieGehouden")
    b.voeg_toe(
        "eerstejaarsevaluatie",
        verloop.dag(364),
        eje,
        verloop.uitleg_dag(364),
        opmerkingen=_visie_opmerking(eje, verloop),
    )

    # Track 2: six weeks after a first-year evaluation without prospects at the own employer.
    if eje is not None:
        zonder = next(
            (
                f
                for f in index.alle("EerstejaarsevaluatieGehouden")
                if not f.velden["perspectief_eigen_werkgever"]
            ),
            None,
        )
        spoor2 = index.eerste("Spoor2Gestart")
        if zonder is not None:
            b.voeg_toe(
                "spoor2_start",
                zonder.datum + timedelta(days=42),
                spoor2,
                f"eerstejaarsevaluatie van {zonder.datum.isoformat()} (positie "
                f"{zonder.positie}) + 42 dagen",
            )
        else:
            b.voeg_toe(
                "spoor2_start",
                eje.datum + timedelta(days=42),
                None,
                f"eerstejaarsevaluatie van {eje.datum.isoformat()} + 42 dagen",
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
    verlenging = index.laatste("WachttijdVrijwilligVerlengd")
    if verlenging is not None:
        basis_einde: date = verlenging.velden["nieuwe_einddatum"]
        uitleg_basis = (
            f"nieuwe einddatum {basis_einde.isoformat()} uit de vrijwillige verlenging "
            f"(positie {verlenging.positie})"
        )
    else:
        basis_einde = verloop.dag(728)
        uitleg_basis = verloop.uitleg_dag(728)
    b.voeg_toe(
        "reintegratieverslag",
        basis_einde - timedelta(days=91),
        index.eerste("ReintegratieverslagOpgesteld"),
        f"einde wachttijd - 91 dagen; einde wachttijd: {uitleg_basis}",
    )
    b.voeg_toe(
        "wia_aanvraag",
        basis_einde - timedelta(days=77),
        index.eerste("WIAAangevraagd"),
        f"einde wachttijd - 77 dagen; einde wachttijd: {uitleg_basis}",
    )
    sancties = index.alle("LoonsanctieOpgelegd")
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


def _moment(feit: Feit) -> str:
    namen = {
        "PlanVanAanpakOpgesteld": "het plan van aanpak",
        "EvaluatieGehouden": "de evaluatie",
        "PlanVanAanpakBijgesteld": "de bijstelling",
        "EerstejaarsevaluatieGehouden": "de eerstejaarsevaluatie",
    }
    return f"{namen[feit.type_naam]} van {feit.datum.isoformat()} (positie {feit.positie})"


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
