"""The dossier report for people: one self-contained HTML page per dossier (issue 4).

``maak_rapport`` turns a :class:`~domain.verzuimdossier.Verzuimdossier` and a peildatum
into a page with inline CSS and an inline SVG timeline; it needs no external assets and
no JavaScript.  The page shows:

* a header (employee, employer, dossier id, first sick day, end of the waiting period,
  peildatum, rule-set version, when the report was made);
* a timeline from day 1 to the end of the waiting period (or the peildatum, or the last
  fact, whichever is later): one row per obligation rule with its deadline and the date it
  was met, coloured by status; tracks 1 and 2 as parallel lanes with any secondment as a
  band in lane 2; a lane with every current fact, corrected facts hollow with the
  correcting position, withdrawn recordings as a cross; fit periods shaded; a vertical
  line at the peildatum;
* the obligations table and the history of every recording as recorded, where a
  correction shows the old and the new value of each field and a withdrawn recording is
  struck through.

Everything the dossier says is escaped; the SVG is well-formed XML.  The page text is
Dutch, like the rest of the product's output.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from adapters.rapport.html import pagina
from domain.feiten import (
    CORRECTIE,
    INTREKKING,
    Feit,
    Registratie,
    json_waarde,
)
from domain.regels import REGELS
from domain.stand import Reintegratiestand
from domain.termijnen import STATUSSEN, Status, Termijnoverzicht, Verplichting
from domain.verzuimdossier import Dossierbeeld, Verzuimdossier, Wijziging
from domain.waarden import Actor, Herkomst

MAANDEN = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")

STATUS_LABEL: dict[Status, str] = {
    "tijdig": "tijdig",
    "te_laat": "te laat",
    "verlopen": "verlopen",
    "open": "open",
    "niet_van_toepassing": "niet van toepassing",
}

STATUS_KLEUR: dict[Status, str] = {
    "tijdig": "#1a7f37",
    "te_laat": "#e16f00",
    "verlopen": "#cf222e",
    "open": "#0969da",
    "niet_van_toepassing": "#8c959f",
}

KORTE_REGEL = {
    "probleemanalyse": "Probleemanalyse",
    "plan_van_aanpak": "Plan van aanpak",
    "evaluatie": "Evaluaties",
    "ziekmelding_uwv": "42e-weeksmelding UWV",
    "eerstejaarsevaluatie": "Eerstejaarsevaluatie",
    "spoor2_start": "Start tweede spoor",
    "reintegratieverslag": "Re-integratieverslag",
    "wia_aanvraag": "WIA-aanvraag",
}
"""Short labels for the timeline's left column; the full title is in the tooltip."""

CORRECTIEKLEUR = "#bf3989"
SPOOR1 = ("#b6e3ff", "#0a3069")
SPOOR2 = ("#e0ccff", "#3e1f79")
DETACHERING = ("#8250df", "#ffffff")
HERSTELD = "#dafbe1"


# --- small formatting helpers ------------------------------------------------------------


def e(tekst: object) -> str:
    """Escape text for HTML and XML (quotes included)."""
    return html.escape(str(tekst), quote=True)


def kort(datum: date) -> str:
    """A date in Dutch short form: ``6 jan 2025``."""
    return f"{datum.day} {MAANDEN[datum.month - 1]} {datum.year}"


def waarde_tekst(waarde: Any) -> str:
    """A field value for people: ``ja``/``nee``, an actor as ``rol naam``, ``—`` for empty."""
    if isinstance(waarde, Decimal):
        return format(waarde.normalize(), "f") if waarde == waarde.to_integral() else str(waarde)
    waarde = json_waarde(waarde)
    if waarde is None or waarde == "":
        return "—"
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    if isinstance(waarde, Mapping):
        if set(waarde) <= {"rol", "naam"} and "rol" in waarde:
            return " ".join(str(waarde[k]) for k in ("rol", "naam") if waarde.get(k))
        return ", ".join(f"{k}: {waarde_tekst(v)}" for k, v in waarde.items())
    if isinstance(waarde, list):
        return ", ".join(waarde_tekst(v) for v in waarde)
    return str(waarde)


def _woorden(waarde: Any) -> str:
    """A closed-vocabulary value (``aangepast_werk``) as words."""
    return waarde_tekst(waarde).replace("_", " ")


def _door(door: Actor | None) -> str:
    return "" if door is None else waarde_tekst(door)


def _herkomst(herkomst: Herkomst) -> str:
    delen: list[str] = [herkomst.bron]
    if herkomst.geregistreerd_door:
        delen.append(f"door {herkomst.geregistreerd_door}")
    if herkomst.rol:
        delen.append(f"als {herkomst.rol}")
    if herkomst.namens:
        delen.append(f"namens {herkomst.namens}")
    return " · ".join(delen)


def _tijdstip(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def _tijdstip_html(moment: datetime) -> str:
    """ISO date and time on two lines, the full ISO value in ``datetime``."""
    iso = _tijdstip(moment)
    datum, _, tijd = iso.partition("T")
    return f'<time datetime="{e(iso)}">{e(datum)}<br>{e(tijd)}</time>'


def _gemaakt_op(moment: datetime) -> str:
    zone = moment.tzname()
    return f"{kort(moment.date())}, {moment:%H:%M}" + (f" {zone}" if zone else "")


# --- the history: corrections, withdrawals and their diffs -------------------------------


@dataclass(frozen=True, slots=True)
class Correctie:
    """A ``RegistratieGecorrigeerd`` with the field changes it made to its target."""

    positie: int
    betreft: int
    doeltype: str | None
    reden: str
    wijzigingen: tuple[Wijziging, ...]


@dataclass(slots=True)
class Geschiedenis:
    """What the recordings did to each other: corrections with diffs, withdrawals."""

    correcties: dict[int, Correctie] = field(default_factory=dict)
    gecorrigeerd_bij: dict[int, list[int]] = field(default_factory=dict)
    ingetrokken_bij: dict[int, int] = field(default_factory=dict)
    redenen_intrekking: dict[int, str] = field(default_factory=dict)


def lees_geschiedenis(registraties: Sequence[Registratie]) -> Geschiedenis:
    """What the recordings did to each other, from the domain's history (with its diffs)."""
    geschiedenis = Geschiedenis()
    regels = Dossierbeeld(registraties, None).geschiedenis()
    typen = {regel.registratie.positie: regel.registratie.type_naam for regel in regels}
    for regel in regels:
        registratie = regel.registratie
        if registratie.type_naam == INTREKKING:
            betreft = int(registratie.velden["betreft"])
            geschiedenis.ingetrokken_bij.setdefault(betreft, registratie.positie)
            geschiedenis.redenen_intrekking.setdefault(betreft, str(registratie.velden["reden"]))
        elif registratie.type_naam == CORRECTIE:
            betreft = int(registratie.velden["betreft"])
            geschiedenis.correcties[registratie.positie] = Correctie(
                positie=registratie.positie,
                betreft=betreft,
                doeltype=typen.get(betreft),
                reden=str(registratie.velden["reden"]),
                wijzigingen=regel.wijzigingen,
            )
            geschiedenis.gecorrigeerd_bij.setdefault(betreft, []).append(registratie.positie)
    return geschiedenis


# --- the timeline (SVG) ------------------------------------------------------------------

BREEDTE = 1160
KANTLIJN = 196
RECHTS = 28
RIJ = 26
LANE = 30
STAPEL = 12
TEKENBREEDTE = 6.1
"""Approximate width of one character at font-size 11, to decide whether a label fits."""


@dataclass(frozen=True, slots=True)
class Detacheringsband:
    """One secondment: from, until (exclusive, or the end of the tracks), with whom."""

    inlener: str
    van: date
    tot: date | None
    uren_per_week: Any


def _detacheringen(feiten: Sequence[Feit]) -> list[Detacheringsband]:
    starts = sorted(
        (f for f in feiten if f.type_naam == "DetacheringGestart"), key=lambda f: f.datum
    )
    eindes = sorted(f.datum for f in feiten if f.type_naam == "DetacheringBeeindigd")
    banden = []
    for i, start in enumerate(starts):
        volgende = starts[i + 1].datum if i + 1 < len(starts) else None
        einde = next((d for d in eindes if d >= start.datum), None)
        if volgende is not None and (einde is None or einde > volgende):
            einde = volgende
        banden.append(
            Detacheringsband(
                str(start.velden["inlener"]), start.datum, einde, start.velden["uren_per_week"]
            )
        )
    return banden


class Tijdlijn:
    """Builds the timeline SVG for one dossier as of a peildatum."""

    def __init__(
        self,
        dossier: Verzuimdossier,
        overzicht: Termijnoverzicht,
        geschiedenis: Geschiedenis,
    ) -> None:
        self.dossier = dossier
        self.overzicht = overzicht
        self.geschiedenis = geschiedenis
        self.peildatum = overzicht.peildatum
        feiten = dossier.feiten
        datums = [f.datum for f in feiten] + [r.datum for r in dossier.registraties]
        self.begin = min([overzicht.eerste_ziektedag, self.peildatum, *datums])
        self.einde = max([overzicht.einde_wachttijd, self.peildatum, *datums])
        if self.einde <= self.begin:
            self.einde = self.begin + timedelta(days=1)
        self.dagen = (self.einde - self.begin).days
        self.plot = BREEDTE - KANTLIJN - RECHTS
        self.delen: list[str] = []

    def x(self, datum: date) -> float:
        """The horizontal position of a date."""
        return round(KANTLIJN + (datum - self.begin).days / self.dagen * self.plot, 1)

    # -- building ----------------------------------------------------------------------------

    def svg(self) -> str:
        """The whole timeline as one ``<svg>`` element."""
        y: float = 58
        termijnrijen = self._termijnrijen()
        boven_termijnen = y
        y += 18
        regelrijen: list[str] = []
        for i, (regel, lijst) in enumerate(termijnrijen):
            regelrijen.append(self._termijnrij(regel, lijst, y, i))
            y += RIJ
        onder_termijnen = y
        y += 24
        boven_sporen = y
        sporen = self._sporen(y)
        y += 2 * LANE + 30
        feiten, hoogte = self._feitenlaan(y)
        y += hoogte
        onder = y + 6
        wachttijd = self._wachttijd(onder)
        legenda_y = onder + (56 if wachttijd else 32)
        totaal = legenda_y + 40

        kop = self._as(boven_termijnen - 6, onder)
        achter = self._hersteld(boven_termijnen, onder)
        koppen = [
            self._sectiekop("Termijnen", boven_termijnen + 8),
            self._sectiekop("Sporen", boven_sporen - 8),
            self._sectiekop("Feiten", boven_sporen + 2 * LANE + 20),
        ]
        lijnen = self._verticale_lijnen(onder, onder_termijnen)
        titel = (
            f"Tijdlijn van het verzuimdossier van {self.dossier.werknemer} van "
            f"{kort(self.begin)} tot {kort(self.einde)}, peildatum {kort(self.peildatum)}"
        )
        return "".join(
            [
                f'<svg xmlns="http://www.w3.org/2000/svg" class="tijdlijn" role="img" '
                f'viewBox="0 0 {BREEDTE} {totaal}" width="100%" '
                f'aria-labelledby="tijdlijn-titel" font-family="system-ui, sans-serif" '
                f'font-size="11">',
                f'<title id="tijdlijn-titel">{e(titel)}</title>',
                _SVG_STIJL,
                f'<rect x="0" y="0" width="{BREEDTE}" height="{totaal}" fill="#ffffff"/>',
                achter,
                kop,
                *koppen,
                *regelrijen,
                sporen,
                feiten,
                lijnen,
                wachttijd,
                self._legenda(legenda_y),
                "</svg>",
            ]
        )

    def _sectiekop(self, tekst: str, y: float) -> str:
        return (
            f'<text x="8" y="{y}" class="sectie">{e(tekst.upper())}</text>'
            f'<line x1="8" x2="{BREEDTE - RECHTS}" y1="{y + 4}" y2="{y + 4}" '
            f'stroke="#d0d7de" stroke-width="1"/>'
        )

    def _as(self, y: float, onder: float) -> str:
        """Month grid with labels; quarters stronger; years above."""
        delen = []
        maand_px = self.plot * 30.4 / self.dagen
        maand = date(self.begin.year, self.begin.month, 1)
        eerste_jaar = True
        while maand <= self.einde:
            if maand >= self.begin:
                x = self.x(maand)
                kwartaal = maand.month in (1, 4, 7, 10)
                delen.append(
                    f'<line x1="{x}" x2="{x}" y1="{y}" y2="{onder}" '
                    f'stroke="{"#d0d7de" if kwartaal else "#eaeef2"}" stroke-width="1"/>'
                )
                if maand_px >= 26 or kwartaal:
                    delen.append(
                        f'<text x="{x + 3}" y="{y - 4}" class="maand">'
                        f"{MAANDEN[maand.month - 1]}</text>"
                    )
                if maand.month == 1 or eerste_jaar:
                    delen.append(f'<text x="{x + 3}" y="{y - 18}" class="jaar">{maand.year}</text>')
                    eerste_jaar = False
            maand = date(maand.year + maand.month // 12, maand.month % 12 + 1, 1)
        d1 = self.overzicht.eerste_ziektedag
        x0 = self.x(d1)
        # Day 1 is labelled in the left column, or beside its line when the chart starts
        # earlier (a peildatum before day 1).
        delen.append(
            f'<g class="dag1"><title>eerste ziektedag {d1.isoformat()}</title>'
            f'<line x1="{x0}" x2="{x0}" y1="{y - 30}" y2="{onder}" stroke="#57606a" '
            f'stroke-width="1"/>'
        )
        if d1 == self.begin:
            delen.append(
                f'<text x="{x0 - 4}" y="{y - 18}" text-anchor="end" class="jaar">dag 1</text>'
                f'<text x="{x0 - 4}" y="{y - 4}" text-anchor="end" class="maand">'
                f"{e(kort(d1))}</text>"
            )
        else:
            delen.append(
                f'<text x="{x0 + 4}" y="{onder + 14}" class="lijnlabel">dag 1 {e(kort(d1))}</text>'
            )
        delen.append("</g>")
        return f'<g class="as">{"".join(delen)}</g>'

    def _hersteld(self, boven: float, onder: float) -> str:
        """Shade the fit periods: gaps that do not count, and an open recovery."""
        verloop = self.overzicht.verloop
        perioden: list[tuple[date, date, str]] = [
            (
                o.eerste_hersteldag,
                o.eerste_hersteldag + timedelta(days=o.dagen),
                f"hersteld {o.eerste_hersteldag.isoformat()} t/m "
                f"{o.laatste_hersteldag.isoformat()} ({o.dagen} dagen, tellen niet mee)",
            )
            for o in verloop.onderbrekingen
        ]
        if verloop.hersteld_op is not None:
            tot = verloop.gesloten_op or self.einde
            perioden.append(
                (
                    verloop.hersteld_op,
                    max(tot, verloop.hersteld_op),
                    f"hersteld gemeld per {verloop.hersteld_op.isoformat()}",
                )
            )
        delen = []
        for van, tot, uitleg in perioden:
            x1, x2 = self.x(van), self.x(tot)
            breedte = max(x2 - x1, 2)
            delen.append(
                f'<g class="hersteld"><title>{e(uitleg)}</title>'
                f'<rect x="{x1}" y="{boven}" width="{breedte}" height="{onder - boven}" '
                f'fill="{HERSTELD}" fill-opacity="0.8"/>'
                f'<rect x="{x1}" y="{boven}" width="{breedte}" height="{onder - boven}" '
                f'fill="url(#arcering)"/>'
                f'<text x="{x1 + 3}" y="{boven + 10}" class="klein" fill="#116329">hersteld'
                f"</text></g>"
            )
        return "".join(delen)

    def _verticale_lijnen(self, onder: float, onder_termijnen: float) -> str:
        delen = []
        xp = self.x(self.peildatum)
        xe = self.x(self.overzicht.einde_wachttijd)
        gesloten = self.overzicht.verloop.gesloten_op
        delen.append(
            f'<g class="einde-wachttijd"><title>einde wachttijd '
            f"{self.overzicht.einde_wachttijd.isoformat()}: "
            f"{e(self.overzicht.uitleg_einde_wachttijd)}</title>"
            f'<line x1="{xe}" x2="{xe}" y1="22" y2="{onder}" stroke="#24292f" '
            f'stroke-width="1.5" stroke-dasharray="2 3"/>'
            f'<text x="{xe - 4}" y="{onder + 14}" text-anchor="end" class="lijnlabel">'
            f"einde wachttijd {e(kort(self.overzicht.einde_wachttijd))}</text></g>"
        )
        if gesloten is not None:
            xg = self.x(gesloten)
            delen.append(
                f'<g class="gesloten"><title>dossier gesloten op {gesloten.isoformat()}</title>'
                f'<line x1="{xg}" x2="{xg}" y1="40" y2="{onder}" stroke="#57606a" '
                f'stroke-width="2"/><text x="{xg + 4}" y="{onder_termijnen + 14}" '
                f'class="lijnlabel">gesloten {e(kort(gesloten))}</text></g>'
            )
        label = f"peildatum {kort(self.peildatum)}"
        breedte = round(len(label) * 6.9 + 12)
        anker = "end" if xp > BREEDTE - RECHTS - breedte else "start"
        dx = -6 if anker == "end" else 6
        delen.append(
            f'<g class="peildatum"><title>peildatum {self.peildatum.isoformat()}</title>'
            f'<line x1="{xp}" x2="{xp}" y1="6" y2="{onder}" stroke="#cf222e" '
            f'stroke-width="2"/>'
            f'<rect x="{xp - breedte if anker == "end" else xp}" y="4" width="{breedte}" '
            f'height="16" rx="3" fill="#cf222e"/>'
            f'<text x="{xp + dx}" y="16" text-anchor="{anker}" class="peil">'
            f"{e(label)}</text></g>"
        )
        return "".join(delen)

    def _wachttijd(self, onder: float) -> str:
        """Brackets under the chart for a voluntary extension and a loonsanctie, if any."""
        bekend = self._bekend()
        regulier = self.overzicht.verloop.dag(728)
        verlengingen = sorted(
            (f for f in bekend if f.type_naam == "WachttijdVrijwilligVerlengd"),
            key=lambda f: (f.datum, f.positie),
        )
        basis: date = verlengingen[-1].velden["nieuwe_einddatum"] if verlengingen else regulier
        weken = sum(int(f.velden["weken"]) for f in bekend if f.type_naam == "LoonsanctieOpgelegd")
        stukken = []
        if basis != regulier:
            stukken.append(
                (
                    regulier,
                    basis,
                    "vrijwillig verlengd",
                    f"vrijwillige verlenging van de wachttijd: van {regulier.isoformat()} "
                    f"(dag 728) tot {basis.isoformat()}",
                    "#8250df",
                )
            )
        if weken:
            stukken.append(
                (
                    basis,
                    self.overzicht.einde_wachttijd,
                    f"loonsanctie {weken} weken",
                    f"loonsanctie van {weken} weken: einde wachttijd van {basis.isoformat()} "
                    f"naar {self.overzicht.einde_wachttijd.isoformat()}",
                    "#cf222e",
                )
            )
        if not stukken:
            return ""
        y = onder + 30
        delen = []
        for van, tot, label, uitleg, kleur in stukken:
            x1, x2 = self.x(van), self.x(tot)
            midden = (x1 + x2) / 2
            if x2 - x1 > len(label) * TEKENBREEDTE + 4:
                tekst = f'<text x="{midden}" y="{y + 4}" text-anchor="middle" class="klein" '
            else:
                tekst = f'<text x="{x1 - 4}" y="{y + 4}" text-anchor="end" class="klein" '
            delen.append(
                f'<g class="wachttijd"><title>{e(uitleg)}</title>'
                f'<line x1="{x1}" x2="{x1}" y1="22" y2="{y + 6}" stroke="{kleur}" '
                f'stroke-width="1" stroke-dasharray="1 3"/>'
                f'<path d="M{x1} {y - 12}v4H{x2}v-4" fill="none" stroke="{kleur}" '
                f'stroke-width="1.5"/>{tekst}fill="{kleur}">{e(label)}</text></g>'
            )
        return "".join(delen)

    # -- obligations ---------------------------------------------------------------------

    def _termijnrijen(self) -> list[tuple[str, list[Verplichting]]]:
        per_regel: dict[str, list[Verplichting]] = {}
        for v in self.overzicht.verplichtingen:
            per_regel.setdefault(v.regel, []).append(v)
        volgorde = list(REGELS)
        return sorted(per_regel.items(), key=lambda kv: volgorde.index(kv[0]))

    def _termijnrij(self, regel: str, lijst: Sequence[Verplichting], y: float, i: int) -> str:
        midden = y + RIJ / 2
        titel = REGELS[regel].titel if regel in REGELS else regel
        delen = [
            f'<g class="termijnrij" data-regel="{e(regel)}">',
            f'<rect x="0" y="{y}" width="{BREEDTE}" height="{RIJ}" '
            f'fill="{"#f6f8fa" if i % 2 == 0 else "#ffffff"}" fill-opacity="0.55"/>',
            f'<text x="8" y="{midden + 4}" class="label"><title>{e(titel)}</title>'
            f"{e(KORTE_REGEL.get(regel, titel))}</text>",
        ]
        delen.extend(self._termijn(v, midden) for v in lijst)
        delen.append("</g>")
        return "".join(delen)

    def _termijn(self, v: Verplichting, y: float) -> str:
        kleur = STATUS_KLEUR[v.status]
        xd = self.x(v.uiterste_datum)
        xp = self.x(self.peildatum)
        delen: list[str] = []
        tip = [
            f"{REGELS[v.regel].titel if v.regel in REGELS else v.regel}",
            f"uiterste datum {v.uiterste_datum.isoformat()} ({kort(v.uiterste_datum)})",
            f"status: {STATUS_LABEL[v.status]}",
        ]
        ring = ""
        if v.voldaan_op is not None:
            xv = self.x(v.voldaan_op)
            wie = f" (positie {v.voldaan_door})" if v.voldaan_door is not None else ""
            tip.append(f"voldaan op {v.voldaan_op.isoformat()}{wie}")
            correcties = self.geschiedenis.gecorrigeerd_bij.get(v.voldaan_door or -1)
            if correcties:
                tip.append(
                    "dat feit is gecorrigeerd bij positie " + ", ".join(map(str, correcties))
                )
                ring = (
                    f'<circle cx="{xv}" cy="{y}" r="8.5" fill="none" '
                    f'stroke="{CORRECTIEKLEUR}" stroke-width="1.5"/>'
                )
            delen.append(
                f'<line x1="{min(xd, xv)}" x2="{max(xd, xv)}" y1="{y}" y2="{y}" '
                f'stroke="{kleur}" stroke-width="3" stroke-opacity="0.6"/>'
            )
            delen.append(f'<circle cx="{xv}" cy="{y}" r="5" fill="{kleur}"/>{ring}')
            delen.append(_ruit(xd, y, kleur, "none" if abs(xd - xv) < 9 else "#ffffff"))
            if v.status == "te_laat":
                dagen = (v.voldaan_op - v.uiterste_datum).days
                tip.append(f"{dagen} dagen te laat")
                delen.append(
                    f'<text x="{xv + 9}" y="{y + 4}" class="klein" fill="{kleur}">+{dagen} d</text>'
                )
        elif v.status == "verlopen":
            dagen = (self.peildatum - v.uiterste_datum).days
            tip.append(f"{dagen} dagen over tijd op de peildatum")
            delen.append(
                f'<line x1="{xd}" x2="{xp}" y1="{y}" y2="{y}" stroke="{kleur}" '
                f'stroke-width="2" stroke-dasharray="4 3"/>'
            )
            delen.append(_ruit(xd, y, kleur, kleur))
            tekst = f"{dagen} d over tijd"
            if xp - xd > len(tekst) * TEKENBREEDTE + 16:
                delen.append(
                    f'<text x="{(xd + xp) / 2}" y="{y - 5}" text-anchor="middle" class="klein" '
                    f'fill="{kleur}">{tekst}</text>'
                )
            else:
                delen.append(
                    f'<text x="{xp + 6}" y="{y + 4}" class="klein" fill="{kleur}">{tekst}</text>'
                )
        elif v.status == "open":
            dagen = (v.uiterste_datum - self.peildatum).days
            tip.append(f"nog {dagen} dagen vanaf de peildatum")
            if xd > xp:
                delen.append(
                    f'<line x1="{xp}" x2="{xd}" y1="{y}" y2="{y}" stroke="{kleur}" '
                    f'stroke-width="1.5" stroke-opacity="0.5" stroke-dasharray="2 3"/>'
                )
            delen.append(_ruit(xd, y, kleur, "#ddf4ff"))
        else:
            delen.append(_ruit(xd, y, kleur, "#ffffff"))
        tip.extend([v.uitleg, *v.opmerkingen])
        return (
            f'<g class="termijn status-{v.status}"><title>{e(chr(10).join(tip))}</title>'
            f"{''.join(delen)}</g>"
        )

    # -- tracks --------------------------------------------------------------------------

    def _bekend(self) -> list[Feit]:
        return [f for f in self.dossier.feiten if f.datum <= self.peildatum]

    def _sporen_einde(self) -> tuple[date, str]:
        verloop = self.overzicht.verloop
        kandidaten = [(self.overzicht.einde_wachttijd, "einde wachttijd")]
        if verloop.hersteld_op is not None:
            kandidaten.append((verloop.hersteld_op, "hersteld"))
        if verloop.gesloten_op is not None:
            kandidaten.append((verloop.gesloten_op, "gesloten"))
        return min(kandidaten)

    def _zonder_herstel(self, van: date, tot: date) -> list[tuple[date, date]]:
        """The period split around the fit gaps that do not count."""
        stukken = []
        for o in self.overzicht.verloop.onderbrekingen:
            gat_van = o.eerste_hersteldag
            gat_tot = o.eerste_hersteldag + timedelta(days=o.dagen)
            if gat_tot <= van or gat_van >= tot:
                continue
            if gat_van > van:
                stukken.append((van, gat_van))
            van = max(van, gat_tot)
        if tot > van:
            stukken.append((van, tot))
        return stukken

    def _balk(
        self, van: date, tot: date, y: float, hoogte: float, kleuren: tuple[str, str], klasse: str
    ) -> str:
        """A bar, solid up to the peildatum and faded after it."""
        delen = []
        for a, b in self._zonder_herstel(van, tot):
            for deel_van, deel_tot, verwacht in (
                (a, min(b, self.peildatum), False),
                (max(a, self.peildatum), b, True),
            ):
                if deel_tot <= deel_van:
                    continue
                x1, x2 = self.x(deel_van), self.x(deel_tot)
                delen.append(
                    f'<rect class="{klasse}{" verwacht" if verwacht else ""}" x="{x1}" '
                    f'y="{y}" width="{max(x2 - x1, 1)}" height="{hoogte}" rx="3" '
                    f'fill="{kleuren[0]}" fill-opacity="{0.45 if verwacht else 1}" '
                    f'stroke="{kleuren[1]}" stroke-opacity="{0.3 if verwacht else 0.6}"'
                    f"{' stroke-dasharray=' + chr(34) + '4 3' + chr(34) if verwacht else ''}/>"
                )
        return "".join(delen)

    def _sporen(self, y: float) -> str:
        bekend = self._bekend()
        einde, waarom = self._sporen_einde()
        d1 = self.overzicht.eerste_ziektedag
        delen = ['<g class="sporen">']
        # Lane 1: eerste spoor.
        y1 = y
        delen.append(
            f'<g class="laan eerste-spoor"><title>eerste spoor: van {d1.isoformat()} tot '
            f"{einde.isoformat()} ({waarom})</title>"
            f'<text x="8" y="{y1 + LANE / 2 + 4}" class="label">eerste spoor</text>'
            f"{self._balk(d1, einde, y1 + 5, LANE - 10, SPOOR1, 'spoorbalk')}"
        )
        for f in sorted((f for f in bekend if f.type_naam == "WerkHervat"), key=lambda f: f.datum):
            if f.datum >= einde:
                continue
            xw = self.x(f.datum)
            delen.append(
                f'<g class="hervat"><title>{f.datum.isoformat()}: werk hervat, '
                f"{e(f.velden['percentage'])}% {e(_woorden(f.velden['soort']))}</title>"
                f'<line x1="{xw}" x2="{xw}" y1="{y1 + 5}" y2="{y1 + LANE - 5}" '
                f'stroke="{SPOOR1[1]}" stroke-width="1"/>'
                f'<text x="{xw + 2}" y="{y1 + LANE / 2 + 4}" class="klein" fill="{SPOOR1[1]}">'
                f"{e(f.velden['percentage'])}%</text></g>"
            )
        delen.append("</g>")
        # Lane 2: tweede spoor, with any secondment as a band inside it.
        y2 = y + LANE + 6
        start2 = min((f.datum for f in bekend if f.type_naam == "Spoor2Gestart"), default=None)
        delen.append(
            f'<g class="laan tweede-spoor"><text x="8" y="{y2 + LANE / 2 + 4}" class="label">'
            "tweede spoor</text>"
        )
        if start2 is None or start2 >= einde:
            delen.append(
                f'<line x1="{KANTLIJN}" x2="{BREEDTE - RECHTS}" y1="{y2 + LANE / 2}" '
                f'y2="{y2 + LANE / 2}" stroke="#d0d7de" stroke-dasharray="2 4"/>'
                f'<text x="{KANTLIJN + 6}" y="{y2 + LANE / 2 - 4}" class="klein" '
                f'fill="#57606a">niet gestart op de peildatum</text>'
            )
        else:
            delen.append(
                f"<title>tweede spoor: van {start2.isoformat()} tot {einde.isoformat()} "
                f"({waarom})</title>"
                f"{self._balk(start2, einde, y2 + 2, LANE - 4, SPOOR2, 'spoorbalk')}"
            )
            for band in _detacheringen(bekend):
                delen.append(self._detachering(band, einde, y2))
        delen.append("</g></g>")
        return "".join(delen)

    def _detachering(self, band: Detacheringsband, einde: date, y: float) -> str:
        tot = band.tot or einde
        x1, x2 = self.x(band.van), self.x(max(tot, band.van))
        tekst = f"gedetacheerd bij {band.inlener} ({waarde_tekst(band.uren_per_week)} u/week)"
        tip = (
            f"detachering bij {band.inlener} vanaf {band.van.isoformat()}"
            + (f" tot {band.tot.isoformat()}" if band.tot else "")
            + f", {waarde_tekst(band.uren_per_week)} uur per week"
        )
        past = x2 - x1 > len(tekst) * TEKENBREEDTE + 10
        if not past and x2 - x1 > len(band.inlener) * TEKENBREEDTE + 10:
            tekst, past = band.inlener, True
        label = (
            f'<text x="{x1 + 5}" y="{y + LANE / 2 + 4}" class="band">{e(tekst)}</text>'
            if past
            else f'<text x="{x2 + 4}" y="{y + LANE / 2 + 4}" class="klein" '
            f'fill="{DETACHERING[0]}">{e(band.inlener)}</text>'
        )
        xp = min(max(self.x(self.peildatum), x1), x2)
        rechthoeken = "".join(
            f'<rect x="{van}" y="{y + 7}" width="{max(tot_x - van, 2)}" height="{LANE - 14}" '
            f'rx="2" fill="{DETACHERING[0]}" fill-opacity="{dekking}"/>'
            for van, tot_x, dekking in ((x1, xp, 1), (xp, x2, 0.55))
            if tot_x > van or (van == x1 and x2 == x1)
        )
        return (
            f'<g class="detachering" data-inlener="{e(band.inlener)}"><title>{e(tip)}</title>'
            f"{rechthoeken}{label}</g>"
        )

    # -- facts ---------------------------------------------------------------------------

    def _feitenlaan(self, y: float) -> tuple[str, float]:
        """Every current fact as a marker, stacked where they crowd; withdrawn as a cross."""
        g = self.geschiedenis
        voldaan = {v.voldaan_door for v in self.overzicht.verplichtingen if v.voldaan_door}
        registraties = {r.positie: r for r in self.dossier.registraties}
        items: list[tuple[date, int, str, str]] = []  # datum, positie, soort, tooltip
        for f in self.dossier.feiten:
            tip = f"positie {f.positie}: {f.type_naam} op {f.datum.isoformat()}"
            if f.datum > self.peildatum:
                tip += " (na de peildatum)"
            if f.gecorrigeerd_bij:
                tip += "\ngecorrigeerd bij positie " + ", ".join(map(str, f.gecorrigeerd_bij))
                oorspronkelijk = registraties[f.positie].datum
                if oorspronkelijk != f.datum:
                    tip += f" (oorspronkelijk {oorspronkelijk.isoformat()})"
            if f.toelichting:
                tip += f"\n{_afgekort(f.toelichting, 180)}"
            soort = "gecorrigeerd" if f.gecorrigeerd_bij else "feit"
            if f.positie in voldaan and soort == "feit":
                soort = "voldaan"
            items.append((f.datum, f.positie, soort, tip))
        for positie, door in g.ingetrokken_bij.items():
            r = registraties.get(positie)
            if r is None:
                continue
            tip = (
                f"positie {positie}: {r.type_naam} op {r.datum.isoformat()}, ingetrokken bij "
                f"positie {door}: {g.redenen_intrekking.get(positie, '')}"
            )
            items.append((r.datum, positie, "ingetrokken", tip))
        items.sort(key=lambda i: (i[0], i[1]))

        niveaus: list[float] = []  # the right edge taken on each level
        geplaatst: list[tuple[float, int, tuple[date, int, str, str]]] = []
        for item in items:
            x = self.x(item[0])
            rechts = x + 5
            if item[2] == "gecorrigeerd":
                posities = self.geschiedenis.gecorrigeerd_bij.get(item[1], [])
                rechts += 8 + (len(",".join(map(str, posities))) + 1) * 5.6
            niveau = next((n for n, rand in enumerate(niveaus) if x - 5 >= rand + 1), None)
            if niveau is None:
                if len(niveaus) < 6:
                    niveaus.append(rechts)
                    niveau = len(niveaus) - 1
                else:
                    niveau = min(range(len(niveaus)), key=lambda n: niveaus[n])
            niveaus[niveau] = max(niveaus[niveau], rechts)
            geplaatst.append((x, niveau, item))
        hoogte = max(len(niveaus), 1) * STAPEL + 26
        delen = [
            f'<g class="laan feiten"><text x="8" y="{y + 16}" class="label">feiten</text>'
            f'<text x="8" y="{y + 29}" class="klein" fill="#57606a">'
            f"{len(self.dossier.feiten)} huidig, {len(self.dossier.registraties)} vastgelegd"
            "</text>"
        ]
        midden = {positie: (x, y + 12 + n * STAPEL) for x, n, (_, positie, _, _) in geplaatst}
        for f in self.dossier.feiten:
            oorspronkelijk = registraties[f.positie].datum
            if f.gecorrigeerd_bij and oorspronkelijk != f.datum:
                xo = self.x(oorspronkelijk)
                xn, yn = midden[f.positie]
                delen.append(
                    f'<g class="verschoven"><title>positie {f.positie} stond eerst op '
                    f"{oorspronkelijk.isoformat()}</title>"
                    f'<line x1="{xo}" x2="{xn}" y1="{yn}" y2="{yn}" stroke="{CORRECTIEKLEUR}" '
                    f'stroke-width="1" stroke-dasharray="2 2"/>'
                    f'<circle cx="{xo}" cy="{yn}" r="3" fill="none" stroke="{CORRECTIEKLEUR}" '
                    f'stroke-opacity="0.6" stroke-dasharray="1.5 1.5"/></g>'
                )
        for x, niveau, (datum, positie, soort, tip) in geplaatst:
            ym = y + 12 + niveau * STAPEL
            vaag = ' opacity="0.35"' if datum > self.peildatum else ""
            if soort == "ingetrokken":
                vorm = (
                    f'<path d="M{x - 4} {ym - 4}L{x + 4} {ym + 4}M{x - 4} {ym + 4}L{x + 4} '
                    f'{ym - 4}" stroke="#6e7781" stroke-width="1.8"/>'
                )
            elif soort == "gecorrigeerd":
                bij = self.geschiedenis.gecorrigeerd_bij.get(positie, [])
                vorm = (
                    f'<circle cx="{x}" cy="{ym}" r="4.5" fill="#ffffff" '
                    f'stroke="{CORRECTIEKLEUR}" stroke-width="2"/>'
                    f'<text x="{x + 6}" y="{ym + 3.5}" class="corr">'
                    f"↺{e(','.join(map(str, bij)))}</text>"
                )
            elif soort == "voldaan":
                vorm = f'<circle cx="{x}" cy="{ym}" r="4" fill="#24292f"/>'
            else:
                vorm = f'<circle cx="{x}" cy="{ym}" r="3.2" fill="#8c959f"/>'
            delen.append(
                f'<a href="#pos-{positie}"><g class="feit {soort}" data-positie="{positie}"'
                f"{vaag}><title>{e(tip)}</title>{vorm}</g></a>"
            )
        delen.append("</g>")
        return "".join(delen), hoogte

    # -- legend --------------------------------------------------------------------------

    def _legenda(self, y: float) -> str:
        delen = ['<g class="legenda">']
        x = 8.0
        for status in STATUSSEN:
            kleur = STATUS_KLEUR[status]
            delen.append(
                f'<line x1="{x}" x2="{x + 18}" y1="{y}" y2="{y}" stroke="{kleur}" '
                f'stroke-width="3" stroke-opacity="0.6"/><circle cx="{x + 18}" cy="{y}" r="4" '
                f'fill="{kleur}"/><text x="{x + 27}" y="{y + 4}">{STATUS_LABEL[status]}</text>'
            )
            x += 36 + len(STATUS_LABEL[status]) * TEKENBREEDTE + 14
        delen.append(
            f'{_ruit(x + 5, y, "#57606a", "#ffffff", 5)}<text x="{x + 14}" y="{y + 4}">'
            "uiterste datum</text>"
        )
        x += 110
        delen.append(
            f'<circle cx="{x + 4}" cy="{y}" r="4" fill="#57606a"/><text x="{x + 12}" '
            f'y="{y + 4}">voldaan op</text>'
        )
        y2 = y + 20
        x = 8.0
        elementen = [
            (f'<circle cx="{{x}}" cy="{y2}" r="4" fill="#24292f"/>', "voldoet aan een termijn"),
            (f'<circle cx="{{x}}" cy="{y2}" r="3.2" fill="#8c959f"/>', "ander feit"),
            (
                f'<circle cx="{{x}}" cy="{y2}" r="4.5" fill="#ffffff" stroke="{CORRECTIEKLEUR}" '
                f'stroke-width="2"/>',
                "gecorrigeerd (↺ positie van de correctie)",
            ),
            (
                f'<path d="M{{x0}} {y2 - 4}L{{x1}} {y2 + 4}M{{x0}} {y2 + 4}L{{x1}} {y2 - 4}" '
                f'stroke="#6e7781" stroke-width="1.8"/>',
                "ingetrokken registratie",
            ),
            (
                f'<rect x="{{x0}}" y="{y2 - 6}" width="14" height="12" fill="{HERSTELD}" '
                f'stroke="#4ac26b" stroke-opacity="0.5"/>',
                "hersteld (telt niet mee)",
            ),
            (
                f'<rect x="{{x0}}" y="{y2 - 6}" width="14" height="12" fill="{DETACHERING[0]}"/>',
                "detachering",
            ),
            (
                f'<line x1="{{x}}" x2="{{x}}" y1="{y2 - 7}" y2="{y2 + 7}" stroke="#cf222e" '
                f'stroke-width="2"/>',
                "peildatum",
            ),
        ]
        for sjabloon, tekst in elementen:
            vorm = sjabloon.format(x=x + 4, x0=x, x1=x + 8)
            delen.append(f'{vorm}<text x="{x + 16}" y="{y2 + 4}">{e(tekst)}</text>')
            x += 30 + len(tekst) * TEKENBREEDTE
        delen.append("</g>")
        return "".join(delen)


def _ruit(x: float, y: float, lijn: str, vulling: str, r: float = 6.5) -> str:
    return (
        f'<polygon points="{x},{y - r} {x + r},{y} {x},{y + r} {x - r},{y}" fill="{vulling}" '
        f'stroke="{lijn}" stroke-width="2"/>'
    )


def _afgekort(tekst: str, lengte: int) -> str:
    return tekst if len(tekst) <= lengte else tekst[: lengte - 1].rstrip() + "…"


_SVG_STIJL = (
    '<defs><pattern id="arcering" width="6" height="6" patternUnits="userSpaceOnUse" '
    'patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="6" stroke="#4ac26b" '
    'stroke-width="1" stroke-opacity="0.35"/></pattern></defs>'
    "<style>"
    ".sectie{font-size:10px;font-weight:700;fill:#57606a;letter-spacing:.08em}"
    ".label{font-size:12px;fill:#1f2328}"
    ".maand{font-size:10px;fill:#57606a}"
    ".jaar{font-size:11px;font-weight:700;fill:#1f2328}"
    ".klein{font-size:10px}"
    ".corr{font-size:9px;fill:#bf3989;font-weight:700}"
    ".band{font-size:11px;fill:#ffffff;font-weight:600}"
    ".peil{font-size:11px;fill:#ffffff;font-weight:700}"
    ".lijnlabel{font-size:10px;fill:#24292f;font-weight:600}"
    ".legenda text{font-size:11px;fill:#1f2328}"
    "</style>"
)


# --- the page ----------------------------------------------------------------------------

_CSS = """
:root{--lijn:#d0d7de;--grijs:#57606a;--corr:#bf3989}
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;
line-height:1.45;max-width:76rem;margin:0 auto;padding:1.5rem}
a{color:#0969da}
h1{font-size:1.55rem;margin:.2rem 0}h2{font-size:1.2rem;margin:2rem 0 .5rem}
.sub{color:var(--grijs);margin:0 0 .8rem}
dl.kop{display:grid;grid-template-columns:repeat(4,auto);gap:.15rem 1.2rem;margin:.6rem 0;
justify-content:start}
dl.kop div{min-width:9rem}dl.kop dt{color:var(--grijs);font-size:.8rem}
dl.kop dd{margin:0;font-weight:600}
.telling{margin:.6rem 0}.telling .status{margin-right:.3rem}
.status{display:inline-block;padding:0 .55em;border-radius:1em;font-size:.78rem;
font-weight:600;white-space:nowrap}
.status.tijdig{background:#dafbe1;color:#116329}
.status.te_laat{background:#fff1e5;color:#953800}
.status.verlopen{background:#ffebe9;color:#a40e26}
.status.open{background:#ddf4ff;color:#0550ae}
.status.niet_van_toepassing{background:#eaeef2;color:#57606a}
figure{margin:1rem 0;border:1px solid var(--lijn);border-radius:6px;padding:.4rem}
figcaption{color:var(--grijs);font-size:.85rem;padding:.2rem .4rem}
table{border-collapse:collapse;margin:.4rem 0;width:100%;font-size:.86rem}
td,th{border:1px solid var(--lijn);padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa;white-space:nowrap}
td.datum,td.pos{white-space:nowrap}td.pos{text-align:right}
table.geschiedenis td.datum{white-space:normal}
tr.verplichting.verlopen td:first-child{border-left:4px solid #cf222e}
tr.verplichting.te_laat td:first-child{border-left:4px solid #e16f00}
tr.verplichting.tijdig td:first-child{border-left:4px solid #1a7f37}
tr.verplichting.open td:first-child{border-left:4px solid #0969da}
tr.verplichting.niet_van_toepassing td:first-child{border-left:4px solid #8c959f}
.opmerking{color:#953800;font-size:.82rem;margin:.15rem 0 0}
.bron{font-size:.82rem}
ul.velden{list-style:none;margin:0;padding:0}ul.velden li{margin:0}
.veld{color:var(--grijs)}
.toelichting{color:#424a53;font-style:italic;margin:.2rem 0 0}
.herkomst{font-size:.8rem;color:var(--grijs)}
tr.correctie td{background:#fff0f7}
tr.intrekking td{background:#f6f8fa}
tr.ingetrokken td{color:#6e7781}
tr.ingetrokken del{text-decoration:line-through;text-decoration-thickness:1.5px}
.notitie{display:inline-block;margin-top:.2rem;font-size:.75rem;font-weight:600;
border-radius:1em;padding:0 .5em;white-space:nowrap}
.notitie.gecorrigeerd{background:#ffeff7;color:var(--corr);border:1px solid #f4b5d5}
.notitie.ingetrokken{background:#eaeef2;color:#24292f;border:1px solid var(--lijn)}
.oud{background:#ffebe9;color:#82071e;padding:0 .2em;border-radius:3px}
.nieuw{background:#dafbe1;color:#044f1e;padding:0 .2em;border-radius:3px}
ul.diff{margin:.2rem 0 0;padding-left:1.1rem}
:target td{outline:2px solid #0969da;outline-offset:-2px}
ul.stand{margin:.2rem 0;padding-left:1.2rem}
table.geschiedenis{table-layout:fixed}table.geschiedenis th{white-space:normal}
col.c-pos{width:3.2rem}col.c-tijd{width:8.2rem}col.c-herkomst{width:8rem}
col.c-type{width:13.5rem}col.c-datum{width:6.6rem}col.c-door{width:9rem}
table.geschiedenis td{overflow-wrap:anywhere}
footer{margin-top:2.5rem;color:var(--grijs);font-size:.82rem}
@media print{body{max-width:none;padding:0}figure{break-inside:avoid}}
"""


def _pagina(titel: str, inhoud: str) -> str:
    return pagina(titel, _CSS, inhoud)


def _statusbadge(status: Status) -> str:
    return f'<span class="status {status}">{e(STATUS_LABEL[status])}</span>'


def _kop(dossier: Verzuimdossier, overzicht: Termijnoverzicht, gemaakt_op: datetime) -> list[str]:
    tellingen = {s: sum(v.status == s for v in overzicht.verplichtingen) for s in STATUSSEN}
    velden = [
        ("dossier", f"<code>{e(dossier.id)}</code>"),
        ("eerste ziektedag", e(kort(overzicht.eerste_ziektedag))),
        (
            "einde wachttijd",
            f"{e(kort(overzicht.einde_wachttijd))} "
            f'<span class="veld">(WIA vanaf {e(kort(overzicht.wia_ingangsdatum))})</span>',
        ),
        ("peildatum", e(kort(overzicht.peildatum))),
        ("regelset", e(overzicht.regelset_versie)),
        ("registraties", f"{len(dossier.registraties)} (versie {e(dossier.version)})"),
        ("gemaakt op", e(_gemaakt_op(gemaakt_op))),
    ]
    return [
        f"<header><h1>Verzuimdossier {e(dossier.werknemer)}</h1>",
        f'<p class="sub">bij {e(dossier.werkgever)}</p>',
        '<dl class="kop">',
        *(f"<div><dt>{e(naam)}</dt><dd>{waarde}</dd></div>" for naam, waarde in velden),
        "</dl>",
        '<p class="telling">'
        + "".join(f"{_statusbadge(s)}<span>{n}</span> &nbsp; " for s, n in tellingen.items() if n)
        + "</p></header>",
    ]


def _stand(stand: Reintegratiestand) -> list[str]:
    regels = []
    sporen = " en ".join(s.replace("_", " ") for s in stand.sporen) or (
        "geen (hersteld of gesloten)"
    )
    regels.append(f"sporen: {e(sporen)}")
    if stand.trede_omschrijving:
        regels.append(
            f"eerste spoor, trede {stand.trede_eerste_spoor}: {e(stand.trede_omschrijving)}"
        )
    if stand.werkhervatting:
        w = stand.werkhervatting
        regels.append(
            f"werkhervatting {w.percentage}% in {e(_woorden(w.soort))} sinds {w.sinds.isoformat()}"
        )
    if stand.bureau:
        regels.append(
            f"re-integratiebureau {e(stand.bureau.bureau)} (gekozen "
            f"{stand.bureau.gekozen_op.isoformat()})"
        )
    if stand.detachering:
        d = stand.detachering
        einde = f" tot {d.beeindigd_op.isoformat()}" if d.beeindigd_op else ""
        regels.append(
            f"gedetacheerd bij {e(d.inlener)} sinds {d.gestart_op.isoformat()}{einde}, "
            f"{e(waarde_tekst(d.uren_per_week))} uur per week"
        )
    if stand.loondoorbetaling:
        regels.append(
            f"loon betaald door {e(stand.loondoorbetaling.werkgever)} tot en met "
            f"{stand.loondoorbetaling.tot_en_met.isoformat()}"
        )
    for advies in stand.adviezen:
        regels.append(
            f"advies: {e(advies.tekst)} "
            f'<a class="bron" href="{e(advies.bron.url)}">{e(advies.bron.artikel)}</a>'
        )
    return [
        f"<h2>Stand op {e(kort(stand.peildatum))}</h2>",
        '<ul class="stand">',
        *(f"<li>{r}</li>" for r in regels),
        "</ul>",
    ]


def _verplichtingen(overzicht: Termijnoverzicht) -> list[str]:
    rijen = [
        "<h2>Termijnen</h2>",
        '<table class="verplichtingen"><thead><tr><th>regel</th><th>uiterste datum</th>'
        "<th>status</th><th>voldaan op</th><th>uitleg</th><th>bron</th></tr></thead><tbody>",
    ]
    for v in overzicht.verplichtingen:
        titel = REGELS[v.regel].titel if v.regel in REGELS else v.regel
        voldaan = ""
        if v.voldaan_op is not None:
            voldaan = v.voldaan_op.isoformat()
            if v.voldaan_door is not None:
                voldaan += (
                    f' <a href="#pos-{v.voldaan_door}" class="veld">(pos. {v.voldaan_door})</a>'
                )
        opmerkingen = "".join(f'<p class="opmerking">let op: {e(o)}</p>' for o in v.opmerkingen)
        rijen.append(
            f'<tr class="verplichting {v.status}" data-regel="{e(v.regel)}">'
            f'<td><strong>{e(titel)}</strong><br><code class="veld">{e(v.regel)}</code> '
            f'<span class="veld">· {e(v.regelversie)}</span></td>'
            f'<td class="datum">{v.uiterste_datum.isoformat()}</td>'
            f"<td>{_statusbadge(v.status)}</td>"
            f'<td class="datum">{voldaan}</td>'
            f"<td>{e(v.uitleg)}{opmerkingen}</td>"
            f'<td class="bron"><a href="{e(v.bron.url)}">{e(v.bron.artikel)}</a></td></tr>'
        )
    rijen.append(
        f'<tr><td><strong>Einde wachttijd</strong></td><td class="datum">'
        f"{overzicht.einde_wachttijd.isoformat()}</td><td></td><td></td>"
        f"<td>{e(overzicht.uitleg_einde_wachttijd)}</td><td></td></tr>"
    )
    rijen.append("</tbody></table>")
    return rijen


def _velden_html(velden: Iterable[tuple[str, Any]]) -> str:
    items = [
        f'<li><span class="veld">{e(naam)}:</span> {e(waarde_tekst(waarde))}</li>'
        for naam, waarde in velden
        if waarde is not None
    ]
    return f'<ul class="velden">{"".join(items)}</ul>' if items else ""


def _diff_html(correctie: Correctie) -> str:
    items = [
        f'<li><span class="veld">{e(w.veld)}:</span> <span class="oud">{e(waarde_tekst(w.oud))}'
        f'</span> → <span class="nieuw">{e(waarde_tekst(w.nieuw))}</span></li>'
        for w in correctie.wijzigingen
    ]
    return f'<ul class="diff">{"".join(items)}</ul>'


def _geschiedenis(registraties: Sequence[Registratie], g: Geschiedenis) -> list[str]:
    rijen = [
        "<h2>Geschiedenis</h2>",
        '<p class="sub">Elke registratie zoals vastgelegd, in volgorde. Correcties en '
        "intrekkingen zijn nieuwe registraties; niets is overschreven.</p>",
        '<table class="geschiedenis"><colgroup><col class="c-pos"><col class="c-tijd">'
        '<col class="c-herkomst"><col class="c-type"><col class="c-datum"><col class="c-door">'
        "<col></colgroup><thead><tr><th>pos.</th><th>geregistreerd op</th>"
        "<th>herkomst</th><th>type</th><th>datum</th><th>door</th><th>gegevens</th></tr>"
        "</thead><tbody>",
    ]
    for r in registraties:
        klassen = ["registratie"]
        ingetrokken = r.positie in g.ingetrokken_bij
        if r.type_naam == CORRECTIE:
            klassen.append("correctie")
        elif r.type_naam == INTREKKING:
            klassen.append("intrekking")
        if ingetrokken:
            klassen.append("ingetrokken")
        if r.positie in g.gecorrigeerd_bij:
            klassen.append("gecorrigeerd")

        if r.type_naam == CORRECTIE and r.positie in g.correcties:
            c = g.correcties[r.positie]
            doel = f" ({e(c.doeltype)})" if c.doeltype else ""
            gegevens = (
                f'<span class="veld">betreft:</span> <a href="#pos-{c.betreft}">positie '
                f"{c.betreft}</a>{doel}<br>"
                f'<span class="veld">reden:</span> {e(c.reden)}{_diff_html(c)}'
            )
        elif r.type_naam == INTREKKING:
            betreft = int(r.velden["betreft"])
            gegevens = (
                f'<span class="veld">betreft:</span> <a href="#pos-{betreft}">positie '
                f"{betreft}</a><br>"
                f'<span class="veld">reden:</span> {e(r.velden["reden"])}'
            )
        else:
            gegevens = _velden_html(r.velden.items())
        if r.toelichting:
            gegevens += f'<p class="toelichting">{e(r.toelichting)}</p>'

        cellen = [
            _tijdstip_html(r.geregistreerd_op),
            e(_herkomst(r.herkomst)),
            e(r.type_naam),
            r.datum.isoformat(),
            e(_door(r.door)),
            gegevens,
        ]
        if ingetrokken:
            cellen = [f"<del>{c}</del>" if c else c for c in cellen]
        notities = "".join(
            f'<br><span class="notitie gecorrigeerd">gecorrigeerd bij positie {n}</span>'
            for n in g.gecorrigeerd_bij.get(r.positie, [])
        )
        if ingetrokken:
            notities += (
                f'<br><span class="notitie ingetrokken">ingetrokken bij positie '
                f"{g.ingetrokken_bij[r.positie]}</span>"
            )
        cellen[2] += notities
        klassen_attr = " ".join(klassen)
        rijen.append(
            f'<tr id="pos-{r.positie}" class="{klassen_attr}"><td class="pos">{r.positie}</td>'
            f'<td class="datum herkomst">{cellen[0]}</td><td class="herkomst">{cellen[1]}</td>'
            f"<td>{cellen[2]}</td>"
            f'<td class="datum">{cellen[3]}</td><td>{cellen[4]}</td><td>{cellen[5]}</td></tr>'
        )
    rijen.append("</tbody></table>")
    return rijen


def maak_rapport(dossier: Verzuimdossier, peildatum: date, *, gemaakt_op: datetime) -> str:
    """The dossier report as one self-contained HTML page (inline CSS and SVG, no scripts).

    ``gemaakt_op`` is shown as the time the report was made; the report reads no clock.
    """
    overzicht = dossier.termijnen(peildatum)
    registraties = dossier.registraties
    geschiedenis = lees_geschiedenis(registraties)
    tijdlijn = Tijdlijn(dossier, overzicht, geschiedenis)
    inhoud = [
        *_kop(dossier, overzicht, gemaakt_op),
        "<h2>Tijdlijn</h2>",
        "<figure>",
        tijdlijn.svg(),
        "<figcaption>Per termijn de uiterste datum (ruit) en de datum waarop eraan is "
        "voldaan (stip), verbonden en gekleurd naar status; beide sporen als banen; elk "
        "huidig feit als stip, gecorrigeerde feiten open met de positie van de correctie, "
        "ingetrokken registraties als kruis. Beweeg over een element voor de details; een "
        "feit linkt naar zijn regel in de geschiedenis.</figcaption>",
        "</figure>",
        *_stand(dossier.stand(peildatum)),
        *_verplichtingen(overzicht),
        *_geschiedenis(registraties, geschiedenis),
        f"<footer>Spoorwijzer · regelset {e(overzicht.regelset_versie)} · gemaakt op "
        f"{e(_tijdstip(gemaakt_op))} · peildatum {peildatum.isoformat()}. Feiten na de "
        "peildatum tellen niet mee voor de termijnen en staan vaag in de tijdlijn.</footer>",
    ]
    return _pagina(
        f"Verzuimdossier {dossier.werknemer} — {dossier.werkgever} ({peildatum.isoformat()})",
        "\n".join(inhoud),
    )
