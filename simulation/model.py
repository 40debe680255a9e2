"""The SimPy model: one process per case, parties as actors, the real domain as the record.

Dekt: each case from its first sick day until it returns to work or reaches the end of the
waiting period.  The employer (casemanager) reports, asks for the analysis, agrees the plan,
evaluates, notifies UWV, holds the first-year evaluation, starts track 2 and files the report;
the bedrijfsarts and the arbeidsdeskundige serve from capacity-limited resources; a
re-integratiebureau (capacity-limited) looks for work elsewhere, as detachering with an
inlenende werkgever or with a new employer; UWV tests the report and may impose a loonsanctie.

Scenario: *when* things happen is the model's (behaviour, compliance, capacity); *whether that
was on time* is always ``domain.termijnen`` on the recorded dossier.  With ``met_domein=False``
the same flow runs without domain objects (the bare model of the benchmark).
"""

from __future__ import annotations

import math
import statistics
import uuid
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

import simpy

from adapters.uitwisseling.jsonl import lees_invoer
from domain.fouten import GeweigerdError
from domain.gebeurtenissen import (
    ArbeidsdeskundigOnderzoekUitgevoerd,
    ArbodienstGeinformeerd,
    DetacheringGestart,
    DossierGebeurtenis,
    EerstejaarsevaluatieGehouden,
    EvaluatieGehouden,
    HerstelGemeld,
    LoonsanctieOpgelegd,
    PlanVanAanpakOpgesteld,
    ProbleemanalyseOpgesteld,
    ReintegratiebureauGekozen,
    ReintegratieverslagOpgesteld,
    Spoor2Gestart,
    TrajectplanOpgesteld,
    WerkHervat,
    WIAAangevraagd,
    ZiekmeldingOntvangen,
    ZiekmeldingUWVGedaan,
    eigen_velden,
)
from domain.invoer import Invoer
from domain.regels import EINDE_WACHTTIJD, LOONSANCTIEBESLUIT, REGELS, dagnummer
from domain.verzuimdossier import Verzuimdossier, bouw_dossier
from domain.waarden import Actor, Herkomst
from simulation.cohort import Startgeval
from simulation.parameters import Scenario
from simulation.stromen import MAX_EVALUATIES, NALEVING, Trekkingen

UITKOMSTEN = (
    "eigen_werk",
    "aangepast_werk",
    "ander_werk_intern",
    "ander_werkgever",
    "detachering",
    "ziek_na_104_weken",
)
"""Exactly one per case: the route back to work, or still sick at the end of the waiting period."""

Proces = Generator[simpy.events.Event, Any, None]
"""A SimPy process."""

GEDRAG: dict[str, tuple[int, int]] = {
    "plan_van_aanpak": (11, 31),
    "evaluatie": (14, 33),
    "ziekmelding_uwv": (24, 46),
    "eerstejaarsevaluatie": (33, 37),
    "spoor2_start": (35, 108),
    "reintegratieverslag": (36, 44),
    "wia_aanvraag": (13, 50),
}
"""Behaviour, not law: per rule, how many days before its deadline a party that is on time
acts at the earliest, and how many days after it a late party acts at the latest.  The
deadlines themselves come from ``domain.regels`` (see :class:`Venster`).  The probleemanalyse
has no window: the bedrijfsartsen's capacity decides when it comes, and a late one comes 7 to
35 days after the consultation, but never on or before its deadline."""


@dataclass(frozen=True, slots=True)
class Venster:
    """When a party acts for one rule: on time up to its deadline, late from the day after.

    ``uiterste`` is the deadline in simulation days: for a deadline on a fixed day of the case
    (``vast``) the time since the first sick day, otherwise the time since the fact it counts
    from.  A fact recorded at time x is dated day ``int(x) + 1``, so day n runs from time
    n - 1 to n: the on-time window ends at n - 1 and the late window starts at n, the day
    after the deadline.
    """

    uiterste: int
    vast: bool
    vroeg: int
    laat: int

    @property
    def op_tijd(self) -> tuple[int, int]:
        """The days an on-time party acts in: ``vroeg`` days up to the deadline."""
        return (self.uiterste - self.vroeg, self.uiterste)

    @property
    def te_laat(self) -> tuple[int, int]:
        """The days a late party acts in: from the day after the deadline, ``laat`` days on."""
        return (self.uiterste + 1, self.uiterste + self.laat)

    def dag(self, u: float, op_tijd: bool) -> float:
        """The moment for uniform draw ``u``."""
        laag, hoog = self.op_tijd if op_tijd else self.te_laat
        return laag + u * (hoog - laag)


def vensters() -> dict[str, Venster]:
    """Every rule's behaviour window, with the deadlines as ``domain.regels`` has them now."""
    uit = {}
    for regel, (vroeg, laat) in GEDRAG.items():
        termijn = REGELS[regel].uiterste
        uiterste = dagnummer(termijn) - 1 if termijn.vast else termijn.dagen
        uit[regel] = Venster(uiterste, termijn.vast, vroeg, laat)
    return uit


_NORMAAL = statistics.NormalDist()
_NAAMRUIMTE = uuid.UUID("8c3d6b1e-5f0a-4e57-9c1d-73696d756c61")
_ROLLEN = {
    "werkgever": Actor("werkgever", "werkgever"),
    "werknemer": Actor("werknemer", "werknemer"),
    "casemanager": Actor("casemanager", "casemanager"),
    "bedrijfsarts": Actor("bedrijfsarts", "bedrijfsarts"),
    "arbeidsdeskundige": Actor("arbeidsdeskundige", "arbeidsdeskundige"),
    "reintegratiebedrijf": Actor("reintegratiebedrijf", "re-integratiebureau"),
    "uwv": Actor("uwv", "UWV"),
}


@dataclass(slots=True)
class Uitslag:
    """One simulated case: a flat record for ``cases.csv`` and the KPIs."""

    case: int
    eerste_ziektedag: date
    ziekteduur: int
    uitkomst: str
    einddag: int
    wia_aanvraag: bool
    loonsanctie_weken: int
    loonweken: float
    schendingen: tuple[str, ...]
    feiten: int
    dossier: Verzuimdossier | None = None


@dataclass(slots=True)
class _Geval:
    """What one running case knows (shared by its processes)."""

    i: int
    d1: date
    start: float
    duur: int
    klaar: bool = False
    uitkomst: str | None = None
    einddag: int | None = None
    spoor2_gestart: float | None = None
    wia: bool = False
    loonsanctie: int = 0
    late: int = 0
    feiten: list[tuple[str, date]] = field(default_factory=list)
    dossier: Verzuimdossier | None = None
    vanaf: date | None = None
    overgeslagen: int = 0
    afgerond: simpy.events.Event | None = None


class Model:
    """One sub-cohort in one SimPy environment."""

    def __init__(
        self,
        scenario: Scenario,
        trekkingen: Trekkingen,
        eerste_case: int,
        *,
        met_domein: bool = True,
        bewaar_dossiers: bool = False,
        gevallen: Sequence[Startgeval] | None = None,
        id_basis: str | None = None,
    ) -> None:
        self.s = scenario
        self.gevallen = gevallen
        self.id_basis = id_basis
        self.nul = (
            min(g.eerste_ziektedag for g in gevallen) if gevallen else scenario.cohort.startdatum
        )
        self.t = trekkingen
        self.eerste_case = eerste_case
        self.met_domein = met_domein
        self.bewaar_dossiers = bewaar_dossiers
        self.env = simpy.Environment()
        n = len(trekkingen.instroom)
        schaal = n / 1000
        c = scenario.capaciteit
        self.bedrijfsartsen = simpy.Resource(
            self.env, max(1, round(c.bedrijfsartsen_per_1000 * schaal))
        )
        self.arbeidsdeskundigen = simpy.Resource(
            self.env, max(1, round(c.arbeidsdeskundigen_per_1000 * schaal))
        )
        self.bureaus = simpy.Resource(self.env, max(1, round(c.bureaus_per_1000 * schaal)))
        self.uitslagen: list[Uitslag] = []
        self.herkomst = Herkomst(bron="simulatie", geregistreerd_door="simulatie")
        # The legal days the model keeps to, from the rule data as it is now.
        self.vensters = vensters()
        self.einde = dagnummer(EINDE_WACHTTIJD.termijn)
        """Day 728: the waiting period ends at simulation time 728 (the end of that day)."""
        self.besluit_uiterlijk = dagnummer(LOONSANCTIEBESLUIT.termijn)
        """Day 686: UWV decides on a loonsanctie by then (not after simulation time 686)."""
        self.analyse_uiterlijk = dagnummer(REGELS["probleemanalyse"].uiterste)
        """Day 42: an analysis recorded from simulation time 42 on is dated after it (late)."""
        # A long-term case is still sick after the probleemanalyse's day (day 43 on).
        self._drempel = _NORMAAL.cdf(
            (_ln(self.analyse_uiterlijk + 0.5) - scenario.ziekteduur.mu) / scenario.ziekteduur.sigma
        )

    # -- driving ----------------------------------------------------------------------------

    def draai(self) -> list[Uitslag]:
        """Run every case of the sub-cohort to its end."""
        for i in range(len(self.t.instroom)):
            self.env.process(self._geval(i))
        self.env.run()
        return self.uitslagen

    def _ziekteduur(self, i: int, al_ziek: int = 0) -> int:
        """Sick days, drawn conditional on being sick past day 42 (or past ``al_ziek``)."""
        u = float(self.t.duur_u[i])
        drempel = self._drempel if self.s.cohort.alleen_langdurig else 0.0
        if al_ziek > 0:
            mu, sigma = self.s.ziekteduur.mu, self.s.ziekteduur.sigma
            drempel = max(drempel, _NORMAAL.cdf((_ln(al_ziek + 0.5) - mu) / sigma))
        if drempel > 0:
            u = drempel + u * (1 - drempel)
        u = min(max(u, 1e-12), 1 - 1e-12)
        z = _NORMAAL.inv_cdf(u)
        return max(1, round(_exp(self.s.ziekteduur.mu + self.s.ziekteduur.sigma * z)))

    def _vertraging(self, i: int, k: int, gemiddeld: float) -> float:
        u = float(self.t.vertraging[i, k % self.t.vertraging.shape[1]])
        return -gemiddeld * _ln(1 - u) if gemiddeld > 0 else 0.0

    def _op_tijd(self, i: int, verplichting: str) -> bool:
        kans = getattr(self.s.naleving, verplichting)
        return bool(self.t.naleving[i, NALEVING.index(verplichting)] < kans)

    @staticmethod
    def _tussen(u: float, laag: float, hoog: float) -> float:
        return laag + u * (hoog - laag)

    def _wacht_venster(self, g: _Geval, regel: str, u: float, op_tijd: bool) -> Proces:
        """Wait until the moment ``regel``'s window gives for draw ``u``.

        A fixed deadline waits until that day of the case; a deadline after a fact waits
        that many days from now (the fact it counts from has just been recorded).
        """
        venster = self.vensters[regel]
        dag = venster.dag(u, op_tijd)
        if venster.vast:
            yield from self._wacht_tot_dag(g, dag)
        else:
            yield self.env.timeout(dag)

    # -- recording ---------------------------------------------------------------------------

    def _leg_vast(
        self,
        g: _Geval,
        feittype: type[DossierGebeurtenis],
        wie: str | None = None,
        /,
        **velden: Any,
    ) -> None:
        datum = g.d1 + timedelta(days=int(self.env.now - g.start))
        if g.vanaf is not None and datum < g.vanaf:
            return  # a real case's history up to ``vanaf`` is what really happened
        type_naam = feittype.__name__
        g.feiten.append((type_naam, datum))
        if not self.met_domein:
            return
        invoer = Invoer(
            type_naam,
            datum,
            _ROLLEN[wie] if wie else None,
            None,
            {naam: velden.get(naam) for naam in eigen_velden(feittype)},
        )
        tijdstip = datetime.combine(datum, time(9, 0), tzinfo=UTC)
        if g.dossier is None:
            # A stable id per scenario, seed, replication and case: storing twice is idempotent.
            dossier_id = (
                uuid.uuid5(_NAAMRUIMTE, f"{self.id_basis}:{self.eerste_case + g.i}")
                if self.id_basis
                else None
            )
            g.dossier = Verzuimdossier.open(invoer, self.herkomst, tijdstip, dossier_id)
            return
        try:
            g.dossier.registreer(invoer, self.herkomst, tijdstip)
        except GeweigerdError:
            # Only for a real case's history: a step the model would have taken before
            # ``vanaf`` did not happen, so a later step that needs it is not taken either.
            if g.vanaf is None:
                raise
            g.overgeslagen += 1

    def _dag(self, g: _Geval) -> float:
        return self.env.now - g.start

    def _wacht_tot_dag(self, g: _Geval, dag: float) -> Proces:
        if dag > self._dag(g):
            yield self.env.timeout(dag - self._dag(g))

    def _ziek(self, g: _Geval) -> bool:
        return not g.klaar and self._dag(g) < g.duur

    # -- the case -----------------------------------------------------------------------------

    def _geval(self, i: int) -> Proces:
        s, t = self.s, self.t
        if self.gevallen is not None:
            g = self._bekend_geval(i)
            yield self.env.timeout(g.start)
        else:
            start = float(int(t.instroom[i] * s.cohort.instroom_dagen))
            yield self.env.timeout(start)
            g = _Geval(
                i, s.cohort.startdatum + timedelta(days=int(start)), start, self._ziekteduur(i)
            )
        if g.dossier is None:
            self._leg_vast(
                g,
                ZiekmeldingOntvangen,
                "werkgever",
                eerste_ziektedag=g.d1,
                werknemer=self._werknemer(i),
                werkgever=f"werkgever-{(self.eerste_case + i) % 97}",
            )
        self.env.process(self._eerste_spoor(g))
        self.env.process(self._tweede_spoor_starter(g))
        # The case ends at the first of: recovery, day 728, or a placement by track 2.
        yield self.env.timeout(min(g.duur, self.einde))
        if not g.klaar:
            self._sluit(g)

    def _werknemer(self, i: int) -> str:
        if self.gevallen is not None:
            return self.gevallen[i].case
        return f"sim-{self.eerste_case + i}"

    def _bekend_geval(self, i: int) -> _Geval:
        """A case from a file or the store: its known history, the rest drawn."""
        bekend = self.gevallen[i]  # type: ignore[index]
        start = float((bekend.eerste_ziektedag - self.nul).days)
        al_ziek = (bekend.vanaf - bekend.eerste_ziektedag).days + 1 if bekend.vanaf else 0
        duur = bekend.ziekteduur or self._ziekteduur(i, al_ziek)
        g = _Geval(i, bekend.eerste_ziektedag, start, duur, vanaf=bekend.vanaf)
        if bekend.regels:
            # The known history, recorded (in the model) on the morning of its first sick day.
            tijdstip = datetime.combine(bekend.eerste_ziektedag, time(9, 0), tzinfo=UTC)
            dossier = bouw_dossier(lees_invoer(bekend.regels), self.herkomst, tijdstip)
            g.feiten.extend((r.type_naam, r.datum) for r in dossier.registraties)
            if self.met_domein:
                g.dossier = dossier
        return g

    def _sluit(self, g: _Geval) -> None:
        """End the case (natural end or day 728) and judge it with the real engine."""
        i = g.i
        if g.uitkomst is None:
            if g.duur < self.einde:
                g.einddag = g.duur
                volgtijdelijk = self.s.beleid.tweesporen == "volgtijdelijk"
                # Sequential tracks: once track 2 started, only a full recovery brings him back.
                route = (
                    "eigen_werk"
                    if g.spoor2_gestart is not None and volgtijdelijk
                    else self._route(i)
                )
                g.uitkomst = route
                if route == "eigen_werk":
                    self._leg_vast(g, HerstelGemeld)
                else:
                    self._leg_vast(g, WerkHervat, "casemanager", percentage=100, soort=route)
            else:
                g.einddag = self.einde
                g.uitkomst = "ziek_na_104_weken"
        g.klaar = True
        if g.afgerond is not None and not g.afgerond.triggered:
            g.afgerond.succeed()
        self.uitslagen.append(self._uitslag(g))

    def _route(self, i: int) -> str:
        h = self.s.herstel
        totaal = h.eigen_werk + h.aangepast_werk + h.ander_werk_intern
        u = float(self.t.route[i]) * totaal
        if u < h.eigen_werk:
            return "eigen_werk"
        if u < h.eigen_werk + h.aangepast_werk:
            return "aangepast_werk"
        return "ander_werk_intern"

    def _uitslag(self, g: _Geval) -> Uitslag:
        einddag = g.einddag or 0
        einddatum = g.d1 + timedelta(days=max(einddag - 1, 0))
        schendingen: tuple[str, ...] = ()
        if g.dossier is not None:
            overzicht = g.dossier.termijnen(einddatum)
            schendingen = tuple(
                dict.fromkeys(
                    v.regel for v in overzicht.verplichtingen if v.status in ("te_laat", "verlopen")
                )
            )
        # After a detachering or at the end the old employer pays until the end of the waiting
        # period (BW 7:629), plus a sanction; the waiting period is whole weeks (104).
        loonweken: float
        if g.uitkomst == "ziek_na_104_weken":
            loonweken = self.einde // 7 + g.loonsanctie
        elif g.uitkomst == "detachering":
            loonweken = self.einde / 7
        else:
            loonweken = einddag / 7
        return Uitslag(
            case=self.eerste_case + g.i,
            eerste_ziektedag=g.d1,
            ziekteduur=g.duur,
            uitkomst=g.uitkomst or "ziek_na_104_weken",
            einddag=einddag,
            wia_aanvraag=g.wia,
            loonsanctie_weken=g.loonsanctie,
            loonweken=loonweken,
            schendingen=tuple(r for r in REGELS if r in schendingen),
            feiten=len(g.feiten),
            dossier=g.dossier if self.bewaar_dossiers else None,
        )

    # -- track 1: the employer, the bedrijfsarts and the arbeidsdeskundige ------------------------

    def _eerste_spoor(self, g: _Geval) -> Proces:
        s, t, i = self.s, self.t, g.i
        yield self.env.timeout(self._vertraging(i, 0, s.vertraging.arbodienst_informeren))
        if not self._ziek(g):
            return
        self._leg_vast(g, ArbodienstGeinformeerd, "werkgever")
        # Probleemanalyse: asked on a sick day, served from the bedrijfsartsen's capacity.
        yield from self._wacht_tot_dag(g, s.vertraging.analyse_aanvragen_na_dag)
        if not self._ziek(g):
            return
        with self.bedrijfsartsen.request() as verzoek:
            yield verzoek
            yield self.env.timeout(float(t.spreekuur[i]) * s.capaciteit.spreekuur_dagen)
        if not self._op_tijd(i, "probleemanalyse"):
            # Late: 7 to 35 days after the consultation, and in any case after the deadline.
            g.late += 1
            vertraging = self._tussen(float(t.vertraging[i, 1]), 7, 35)
            yield self.env.timeout(max(vertraging, self.analyse_uiterlijk - self._dag(g)))
        if not self._ziek(g):
            return
        self._leg_vast(g, ProbleemanalyseOpgesteld, "bedrijfsarts", benutbare_mogelijkheden=True)
        # Plan van aanpak, two weeks later when on time.
        op_tijd = self._op_tijd(i, "plan_van_aanpak")
        g.late += not op_tijd
        yield from self._wacht_venster(g, "plan_van_aanpak", float(t.vertraging[i, 2]), op_tijd)
        if not self._ziek(g):
            return
        self._leg_vast(
            g,
            PlanVanAanpakOpgesteld,
            "casemanager",
            casemanager="casemanager",
            doel=self._route(i),
        )
        self.env.process(self._evaluaties(g))
        self.env.process(self._uwv_melding(g))
        self.env.process(self._onderzoek(g))
        self.env.process(self._eerstejaarsevaluatie(g))
        self.env.process(self._verslag_en_aanvraag(g))

    def _evaluaties(self, g: _Geval) -> Proces:
        s, t, i = self.s, self.t, g.i
        for k in range(MAX_EVALUATIES):
            op_tijd = bool(t.evaluatie[i, k] < s.naleving.evaluatie)
            u = float(t.vertraging[i, (4 + k) % t.vertraging.shape[1]])
            yield from self._wacht_venster(g, "evaluatie", u, op_tijd)
            if not self._ziek(g) or (
                g.spoor2_gestart is not None and s.beleid.tweesporen == "volgtijdelijk"
            ):
                return
            g.late += not op_tijd
            self._leg_vast(g, EvaluatieGehouden, "casemanager")

    def _uwv_melding(self, g: _Geval) -> Proces:
        i, u = g.i, float(self.t.vertraging[g.i, 24])
        yield from self._wacht_venster(g, "ziekmelding_uwv", u, self._op_tijd(i, "ziekmelding_uwv"))
        if self._ziek(g):
            self._leg_vast(g, ZiekmeldingUWVGedaan, "werkgever")

    def _onderzoek(self, g: _Geval) -> Proces:
        s, t, i = self.s, self.t, g.i
        yield from self._wacht_tot_dag(g, 7 * (s.beleid.onderzoek_week - 1))
        if not self._ziek(g):
            return
        with self.arbeidsdeskundigen.request() as verzoek:
            yield verzoek
            yield self.env.timeout(float(t.onderzoek[i]) * s.capaciteit.onderzoek_dagen)
        if not self._ziek(g):
            return
        self._leg_vast(
            g, ArbeidsdeskundigOnderzoekUitgevoerd, "arbeidsdeskundige", advies=self._advies(g)
        )
        if s.beleid.spoor2_start == "advies_arbeidsdeskundige" and self._advies(g) != "spoor1":
            yield self.env.timeout(self._tussen(float(t.vertraging[i, 25]), 7, 42))
            self._start_spoor2(g)

    def _resterend(self, g: _Geval, ruis: float) -> float:
        """The prognosis: remaining sick days as the professionals estimate them (+-30%)."""
        return (g.duur - self._dag(g)) * (0.7 + 0.6 * ruis)

    def _advies(self, g: _Geval) -> str:
        rest = self._resterend(g, float(self.t.prognose[g.i, 0]))
        return "spoor2" if rest > 180 else ("beide" if rest > 90 else "spoor1")

    def _eerstejaarsevaluatie(self, g: _Geval) -> Proces:
        s, t, i = self.s, self.t, g.i
        u = float(t.vertraging[i, 26])
        op_tijd = self._op_tijd(i, "eerstejaarsevaluatie")
        yield from self._wacht_venster(g, "eerstejaarsevaluatie", u, op_tijd)
        if not self._ziek(g):
            return
        perspectief = self._resterend(g, float(t.prognose[i, 1])) <= 120
        self._leg_vast(
            g,
            EerstejaarsevaluatieGehouden,
            "casemanager",
            perspectief_eigen_werkgever=perspectief,
        )
        if s.beleid.spoor2_start == "na_eerstejaarsevaluatie" and not perspectief:
            u2 = float(t.vertraging[i, 27])
            yield from self._wacht_venster(g, "spoor2_start", u2, self._op_tijd(i, "spoor2_start"))
            self._start_spoor2(g)

    def _verslag_en_aanvraag(self, g: _Geval) -> Proces:
        s, t, i = self.s, self.t, g.i
        u = float(t.vertraging[i, 28])
        op_tijd = self._op_tijd(i, "reintegratieverslag")
        yield from self._wacht_venster(g, "reintegratieverslag", u, op_tijd)
        if not self._ziek(g):
            return
        self._leg_vast(g, ReintegratieverslagOpgesteld, "werkgever")
        u = float(t.vertraging[i, 29])
        yield from self._wacht_venster(g, "wia_aanvraag", u, self._op_tijd(i, "wia_aanvraag"))
        if not self._ziek(g):
            return
        self._leg_vast(g, WIAAangevraagd, "werknemer")
        g.wia = True
        # UWV tests the report; a sanction must be decided by day 686 (WIA art. 25 lid 10).
        yield self.env.timeout(self._vertraging(i, 30, s.vertraging.uwv_besluit))
        if not self._ziek(g) or self._dag(g) > self.besluit_uiterlijk:
            return
        overtredingen = self._overtredingen(g)
        kans = min(
            1.0, s.beleid.loonsanctie_basis + s.beleid.loonsanctie_per_overtreding * overtredingen
        )
        if float(t.uwv[i, 0]) < kans:
            g.loonsanctie = 52
            self._leg_vast(g, LoonsanctieOpgelegd, "uwv", weken=52)

    def _overtredingen(self, g: _Geval) -> int:
        """How many process rules the dossier broke so far: the real engine in domain mode."""
        if g.dossier is None:
            return g.late
        peil = g.d1 + timedelta(days=int(self._dag(g)))
        return len(
            {
                v.regel
                for v in g.dossier.termijnen(peil).verplichtingen
                if v.status in ("te_laat", "verlopen")
            }
        )

    # -- track 2: the re-integratiebureau and the inlenende werkgever ----------------------------

    def _tweede_spoor_starter(self, g: _Geval) -> Proces:
        s = self.s
        if s.beleid.spoor2_start != "week":
            return
        yield from self._wacht_tot_dag(g, 7 * (s.beleid.spoor2_week - 1))
        if self._ziek(g):
            self._start_spoor2(g)

    def _start_spoor2(self, g: _Geval) -> None:
        if g.spoor2_gestart is not None or not self._ziek(g):
            return
        g.spoor2_gestart = self.env.now
        self._leg_vast(g, Spoor2Gestart, "werkgever")
        self.env.process(self._tweede_spoor(g))

    def _tweede_spoor(self, g: _Geval) -> Proces:
        s, t, i = self.s, self.t, g.i
        yield self.env.timeout(self._vertraging(i, 31, s.vertraging.bureau_kiezen))
        if not self._ziek(g):
            return
        g.afgerond = self.env.event()
        self._leg_vast(
            g,
            ReintegratiebureauGekozen,
            "werkgever",
            bureau="re-integratiebureau",
            keurmerk_blik_op_werk=bool(t.bureau[i, 0] < 0.7),
            instemming_werknemer=bool(t.bureau[i, 1] < 0.9),
            ondernemingsraad_geraadpleegd=bool(t.bureau[i, 2] < 0.8),
        )
        with self.bureaus.request() as verzoek:
            yield verzoek
            yield self.env.timeout(self._vertraging(i, 3, s.vertraging.trajectplan))
            if not self._ziek(g):
                return
            self._leg_vast(g, TrajectplanOpgesteld, "reintegratiebedrijf")
            if float(t.plaatsing[i, 0]) >= s.beleid.plaatsing_kans:
                return
            # The bureau searches until it places him or the case ends (recovery, day 728):
            # then the slot goes to the next case.
            zoektijd = -s.vertraging.plaatsing * _ln(1 - float(t.plaatsing[i, 1]))
            yield self.env.any_of([self.env.timeout(zoektijd), g.afgerond])
        if not self._ziek(g) or self._dag(g) >= self.einde:
            return
        g.einddag = round(self._dag(g))
        if float(t.plaatsing[i, 2]) < s.beleid.detachering_kans:
            g.uitkomst = "detachering"
            self._leg_vast(
                g,
                DetacheringGestart,
                "werkgever",
                inlener="inlenende werkgever",
                uren_per_week=Decimal(24),
            )
        else:
            g.uitkomst = "ander_werkgever"
            self._leg_vast(g, WerkHervat, "casemanager", percentage=100, soort="ander_werk_extern")
        self._sluit(g)


def _ln(x: float) -> float:
    return math.log(x)


def _exp(x: float) -> float:
    return math.exp(x)
