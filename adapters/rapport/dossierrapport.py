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

The page is the template ``dossierrapport.html.j2`` on the shared layout (see
:mod:`adapters.rapport.sjablonen`), with its stylesheet ``static/dossierrapport.css``.  The
timeline's geometry is computed here and drawn with :func:`adapters.rapport.svg.element`;
it enters the template as markup.  Everything the dossier says is escaped (by the template,
or by ``element`` in the SVG); the SVG is well-formed XML.  The page text is Dutch, like
the rest of the product's output.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from markupsafe import Markup

from adapters.rapport.sjablonen import css, render
from adapters.rapport.svg import element, samen
from domain.feiten import (
    CORRECTIE,
    INTREKKING,
    Feit,
    Registratie,
    json_waarde,
)
from domain.regels import REGELS
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


def _gemaakt_op(moment: datetime) -> str:
    zone = moment.tzname()
    return f"{kort(moment.date())}, {moment:%H:%M}" + (f" {zone}" if zone else "")


def regeltitel(regel: str) -> str:
    """The title of a deadline rule, or its key when the rule is unknown."""
    return REGELS[regel].titel if regel in REGELS else regel


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
    """Builds the timeline SVG for one dossier as of a peildatum.

    Every shape is made with :func:`adapters.rapport.svg.element`, which escapes each value
    it is given, so text from the dossier (names, reasons, toelichtingen) stays text.
    """

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

    def x(self, datum: date) -> float:
        """The horizontal position of a date."""
        return round(KANTLIJN + (datum - self.begin).days / self.dagen * self.plot, 1)

    # -- building ----------------------------------------------------------------------------

    def svg(self) -> Markup:
        """The whole timeline as one ``<svg>`` element."""
        y: float = 58
        termijnrijen = self._termijnrijen()
        boven_termijnen = y
        y += 18
        regelrijen: list[Markup] = []
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
        return element(
            "svg",
            element("title", titel, id="tijdlijn-titel"),
            _svg_stijl(),
            element("rect", x=0, y=0, width=BREEDTE, height=totaal, fill="#ffffff"),
            achter,
            kop,
            *koppen,
            *regelrijen,
            sporen,
            feiten,
            lijnen,
            wachttijd,
            self._legenda(legenda_y),
            xmlns="http://www.w3.org/2000/svg",
            class_="tijdlijn",
            role="img",
            viewBox=f"0 0 {BREEDTE} {totaal}",
            width="100%",
            aria_labelledby="tijdlijn-titel",
            font_family="system-ui, sans-serif",
            font_size=11,
        )

    def _sectiekop(self, tekst: str, y: float) -> Markup:
        return samen(
            element("text", tekst.upper(), x=8, y=y, class_="sectie"),
            _lijn(8, BREEDTE - RECHTS, y + 4, y + 4, "#d0d7de", stroke_width=1),
        )

    def _as(self, y: float, onder: float) -> Markup:
        """Month grid with labels; quarters stronger; years above."""
        delen: list[Markup] = []
        maand_px = self.plot * 30.4 / self.dagen
        maand = date(self.begin.year, self.begin.month, 1)
        eerste_jaar = True
        while maand <= self.einde:
            if maand >= self.begin:
                x = self.x(maand)
                kwartaal = maand.month in (1, 4, 7, 10)
                delen.append(
                    _lijn(x, x, y, onder, "#d0d7de" if kwartaal else "#eaeef2", stroke_width=1)
                )
                if maand_px >= 26 or kwartaal:
                    delen.append(
                        element("text", MAANDEN[maand.month - 1], x=x + 3, y=y - 4, class_="maand")
                    )
                if maand.month == 1 or eerste_jaar:
                    delen.append(element("text", maand.year, x=x + 3, y=y - 18, class_="jaar"))
                    eerste_jaar = False
            maand = date(maand.year + maand.month // 12, maand.month % 12 + 1, 1)
        d1 = self.overzicht.eerste_ziektedag
        x0 = self.x(d1)
        # Day 1 is labelled in the left column, or beside its line when the chart starts
        # earlier (a peildatum before day 1).
        if d1 == self.begin:
            label = samen(
                element("text", "dag 1", x=x0 - 4, y=y - 18, text_anchor="end", class_="jaar"),
                element("text", kort(d1), x=x0 - 4, y=y - 4, text_anchor="end", class_="maand"),
            )
        else:
            label = element("text", f"dag 1 {kort(d1)}", x=x0 + 4, y=onder + 14, class_="lijnlabel")
        delen.append(
            element(
                "g",
                element("title", f"eerste ziektedag {d1.isoformat()}"),
                _lijn(x0, x0, y - 30, onder, "#57606a", stroke_width=1),
                label,
                class_="dag1",
            )
        )
        return element("g", *delen, class_="as")

    def _hersteld(self, boven: float, onder: float) -> Markup:
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
            vlak = {"x": x1, "y": boven, "width": max(x2 - x1, 2), "height": onder - boven}
            delen.append(
                element(
                    "g",
                    element("title", uitleg),
                    element("rect", **vlak, fill=HERSTELD, fill_opacity=0.8),
                    element("rect", **vlak, fill="url(#arcering)"),
                    element(
                        "text", "hersteld", x=x1 + 3, y=boven + 10, class_="klein", fill="#116329"
                    ),
                    class_="hersteld",
                )
            )
        return samen(*delen)

    def _verticale_lijnen(self, onder: float, onder_termijnen: float) -> Markup:
        delen = []
        xp = self.x(self.peildatum)
        xe = self.x(self.overzicht.einde_wachttijd)
        gesloten = self.overzicht.verloop.gesloten_op
        delen.append(
            element(
                "g",
                element(
                    "title",
                    f"einde wachttijd {self.overzicht.einde_wachttijd.isoformat()}: "
                    f"{self.overzicht.uitleg_einde_wachttijd}",
                ),
                _lijn(xe, xe, 22, onder, "#24292f", stroke_width=1.5, stroke_dasharray="2 3"),
                element(
                    "text",
                    f"einde wachttijd {kort(self.overzicht.einde_wachttijd)}",
                    x=xe - 4,
                    y=onder + 14,
                    text_anchor="end",
                    class_="lijnlabel",
                ),
                class_="einde-wachttijd",
            )
        )
        if gesloten is not None:
            xg = self.x(gesloten)
            delen.append(
                element(
                    "g",
                    element("title", f"dossier gesloten op {gesloten.isoformat()}"),
                    _lijn(xg, xg, 40, onder, "#57606a", stroke_width=2),
                    element(
                        "text",
                        f"gesloten {kort(gesloten)}",
                        x=xg + 4,
                        y=onder_termijnen + 14,
                        class_="lijnlabel",
                    ),
                    class_="gesloten",
                )
            )
        label = f"peildatum {kort(self.peildatum)}"
        breedte = round(len(label) * 6.9 + 12)
        anker = "end" if xp > BREEDTE - RECHTS - breedte else "start"
        dx = -6 if anker == "end" else 6
        delen.append(
            element(
                "g",
                element("title", f"peildatum {self.peildatum.isoformat()}"),
                _lijn(xp, xp, 6, onder, "#cf222e", stroke_width=2),
                element(
                    "rect",
                    x=xp - breedte if anker == "end" else xp,
                    y=4,
                    width=breedte,
                    height=16,
                    rx=3,
                    fill="#cf222e",
                ),
                element("text", label, x=xp + dx, y=16, text_anchor=anker, class_="peil"),
                class_="peildatum",
            )
        )
        return samen(*delen)

    def _wachttijd(self, onder: float) -> Markup:
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
        y = onder + 30
        delen = []
        for van, tot, label, uitleg, kleur in stukken:
            x1, x2 = self.x(van), self.x(tot)
            if x2 - x1 > len(label) * TEKENBREEDTE + 4:
                tekst = element(
                    "text",
                    label,
                    x=(x1 + x2) / 2,
                    y=y + 4,
                    text_anchor="middle",
                    class_="klein",
                    fill=kleur,
                )
            else:
                tekst = element(
                    "text", label, x=x1 - 4, y=y + 4, text_anchor="end", class_="klein", fill=kleur
                )
            delen.append(
                element(
                    "g",
                    element("title", uitleg),
                    _lijn(x1, x1, 22, y + 6, kleur, stroke_width=1, stroke_dasharray="1 3"),
                    element(
                        "path",
                        d=f"M{x1} {y - 12}v4H{x2}v-4",
                        fill="none",
                        stroke=kleur,
                        stroke_width=1.5,
                    ),
                    tekst,
                    class_="wachttijd",
                )
            )
        return samen(*delen)

    # -- obligations ---------------------------------------------------------------------

    def _termijnrijen(self) -> list[tuple[str, list[Verplichting]]]:
        per_regel: dict[str, list[Verplichting]] = {}
        for v in self.overzicht.verplichtingen:
            per_regel.setdefault(v.regel, []).append(v)
        volgorde = list(REGELS)
        return sorted(per_regel.items(), key=lambda kv: volgorde.index(kv[0]))

    def _termijnrij(self, regel: str, lijst: Sequence[Verplichting], y: float, i: int) -> Markup:
        midden = y + RIJ / 2
        titel = regeltitel(regel)
        return element(
            "g",
            element(
                "rect",
                x=0,
                y=y,
                width=BREEDTE,
                height=RIJ,
                fill="#f6f8fa" if i % 2 == 0 else "#ffffff",
                fill_opacity=0.55,
            ),
            element(
                "text",
                element("title", titel),
                KORTE_REGEL.get(regel, titel),
                x=8,
                y=midden + 4,
                class_="label",
            ),
            *(self._termijn(v, midden) for v in lijst),
            class_="termijnrij",
            data_regel=regel,
        )

    def _termijn(self, v: Verplichting, y: float) -> Markup:
        kleur = STATUS_KLEUR[v.status]
        xd = self.x(v.uiterste_datum)
        xp = self.x(self.peildatum)
        delen: list[Markup] = []
        tip = [
            regeltitel(v.regel),
            f"uiterste datum {v.uiterste_datum.isoformat()} ({kort(v.uiterste_datum)})",
            f"status: {STATUS_LABEL[v.status]}",
        ]
        if v.voldaan_op is not None:
            xv = self.x(v.voldaan_op)
            wie = f" (positie {v.voldaan_door})" if v.voldaan_door is not None else ""
            tip.append(f"voldaan op {v.voldaan_op.isoformat()}{wie}")
            correcties = self.geschiedenis.gecorrigeerd_bij.get(v.voldaan_door or -1)
            ring = None
            if correcties:
                tip.append(
                    "dat feit is gecorrigeerd bij positie " + ", ".join(map(str, correcties))
                )
                ring = element(
                    "circle",
                    cx=xv,
                    cy=y,
                    r=8.5,
                    fill="none",
                    stroke=CORRECTIEKLEUR,
                    stroke_width=1.5,
                )
            delen.append(
                _lijn(min(xd, xv), max(xd, xv), y, y, kleur, stroke_width=3, stroke_opacity=0.6)
            )
            delen.append(samen(element("circle", cx=xv, cy=y, r=5, fill=kleur), ring))
            delen.append(_ruit(xd, y, kleur, "none" if abs(xd - xv) < 9 else "#ffffff"))
            if v.status == "te_laat":
                dagen = (v.voldaan_op - v.uiterste_datum).days
                tip.append(f"{dagen} dagen te laat")
                delen.append(
                    element("text", f"+{dagen} d", x=xv + 9, y=y + 4, class_="klein", fill=kleur)
                )
        elif v.status == "verlopen":
            dagen = (self.peildatum - v.uiterste_datum).days
            tip.append(f"{dagen} dagen over tijd op de peildatum")
            delen.append(_lijn(xd, xp, y, y, kleur, stroke_width=2, stroke_dasharray="4 3"))
            delen.append(_ruit(xd, y, kleur, kleur))
            tekst = f"{dagen} d over tijd"
            if xp - xd > len(tekst) * TEKENBREEDTE + 16:
                delen.append(
                    element(
                        "text",
                        tekst,
                        x=(xd + xp) / 2,
                        y=y - 5,
                        text_anchor="middle",
                        class_="klein",
                        fill=kleur,
                    )
                )
            else:
                delen.append(element("text", tekst, x=xp + 6, y=y + 4, class_="klein", fill=kleur))
        elif v.status == "open":
            dagen = (v.uiterste_datum - self.peildatum).days
            tip.append(f"nog {dagen} dagen vanaf de peildatum")
            if xd > xp:
                delen.append(
                    _lijn(
                        xp,
                        xd,
                        y,
                        y,
                        kleur,
                        stroke_width=1.5,
                        stroke_opacity=0.5,
                        stroke_dasharray="2 3",
                    )
                )
            delen.append(_ruit(xd, y, kleur, "#ddf4ff"))
        else:
            delen.append(_ruit(xd, y, kleur, "#ffffff"))
        tip.extend([v.uitleg, *v.opmerkingen])
        return element(
            "g", element("title", "\n".join(tip)), *delen, class_=f"termijn status-{v.status}"
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
    ) -> Markup:
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
                    element(
                        "rect",
                        class_=f"{klasse} verwacht" if verwacht else klasse,
                        x=x1,
                        y=y,
                        width=max(x2 - x1, 1),
                        height=hoogte,
                        rx=3,
                        fill=kleuren[0],
                        fill_opacity=0.45 if verwacht else 1,
                        stroke=kleuren[1],
                        stroke_opacity=0.3 if verwacht else 0.6,
                        stroke_dasharray="4 3" if verwacht else None,
                    )
                )
        return samen(*delen)

    def _sporen(self, y: float) -> Markup:
        bekend = self._bekend()
        einde, waarom = self._sporen_einde()
        d1 = self.overzicht.eerste_ziektedag
        # Lane 1: eerste spoor.
        y1 = y
        hervattingen = []
        for f in sorted((f for f in bekend if f.type_naam == "WerkHervat"), key=lambda f: f.datum):
            if f.datum >= einde:
                continue
            xw = self.x(f.datum)
            percentage = str(f.velden["percentage"])
            hervattingen.append(
                element(
                    "g",
                    element(
                        "title",
                        f"{f.datum.isoformat()}: werk hervat, {percentage}% "
                        f"{_woorden(f.velden['soort'])}",
                    ),
                    _lijn(xw, xw, y1 + 5, y1 + LANE - 5, SPOOR1[1], stroke_width=1),
                    element(
                        "text",
                        f"{percentage}%",
                        x=xw + 2,
                        y=y1 + LANE / 2 + 4,
                        class_="klein",
                        fill=SPOOR1[1],
                    ),
                    class_="hervat",
                )
            )
        eerste = element(
            "g",
            element(
                "title",
                f"eerste spoor: van {d1.isoformat()} tot {einde.isoformat()} ({waarom})",
            ),
            element("text", "eerste spoor", x=8, y=y1 + LANE / 2 + 4, class_="label"),
            self._balk(d1, einde, y1 + 5, LANE - 10, SPOOR1, "spoorbalk"),
            *hervattingen,
            class_="laan eerste-spoor",
        )
        # Lane 2: tweede spoor, with any secondment as a band inside it.
        y2 = y + LANE + 6
        start2 = min((f.datum for f in bekend if f.type_naam == "Spoor2Gestart"), default=None)
        naam = element("text", "tweede spoor", x=8, y=y2 + LANE / 2 + 4, class_="label")
        if start2 is None or start2 >= einde:
            inhoud = samen(
                _lijn(
                    KANTLIJN,
                    BREEDTE - RECHTS,
                    y2 + LANE / 2,
                    y2 + LANE / 2,
                    "#d0d7de",
                    stroke_dasharray="2 4",
                ),
                element(
                    "text",
                    "niet gestart op de peildatum",
                    x=KANTLIJN + 6,
                    y=y2 + LANE / 2 - 4,
                    class_="klein",
                    fill="#57606a",
                ),
            )
        else:
            inhoud = samen(
                element(
                    "title",
                    f"tweede spoor: van {start2.isoformat()} tot {einde.isoformat()} ({waarom})",
                ),
                self._balk(start2, einde, y2 + 2, LANE - 4, SPOOR2, "spoorbalk"),
                *(self._detachering(band, einde, y2) for band in _detacheringen(bekend)),
            )
        tweede = element("g", naam, inhoud, class_="laan tweede-spoor")
        return element("g", eerste, tweede, class_="sporen")

    def _detachering(self, band: Detacheringsband, einde: date, y: float) -> Markup:
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
            element("text", tekst, x=x1 + 5, y=y + LANE / 2 + 4, class_="band")
            if past
            else element(
                "text",
                band.inlener,
                x=x2 + 4,
                y=y + LANE / 2 + 4,
                class_="klein",
                fill=DETACHERING[0],
            )
        )
        xp = min(max(self.x(self.peildatum), x1), x2)
        rechthoeken = [
            element(
                "rect",
                x=van,
                y=y + 7,
                width=max(tot_x - van, 2),
                height=LANE - 14,
                rx=2,
                fill=DETACHERING[0],
                fill_opacity=dekking,
            )
            for van, tot_x, dekking in ((x1, xp, 1), (xp, x2, 0.55))
            if tot_x > van or (van == x1 and x2 == x1)
        ]
        return element(
            "g",
            element("title", tip),
            *rechthoeken,
            label,
            class_="detachering",
            data_inlener=band.inlener,
        )

    # -- facts ---------------------------------------------------------------------------

    def _feitenlaan(self, y: float) -> tuple[Markup, float]:
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
            element("text", "feiten", x=8, y=y + 16, class_="label"),
            element(
                "text",
                f"{len(self.dossier.feiten)} huidig, {len(self.dossier.registraties)} vastgelegd",
                x=8,
                y=y + 29,
                class_="klein",
                fill="#57606a",
            ),
        ]
        midden = {positie: (x, y + 12 + n * STAPEL) for x, n, (_, positie, _, _) in geplaatst}
        for f in self.dossier.feiten:
            oorspronkelijk = registraties[f.positie].datum
            if f.gecorrigeerd_bij and oorspronkelijk != f.datum:
                xo = self.x(oorspronkelijk)
                xn, yn = midden[f.positie]
                delen.append(
                    element(
                        "g",
                        element(
                            "title",
                            f"positie {f.positie} stond eerst op {oorspronkelijk.isoformat()}",
                        ),
                        _lijn(
                            xo, xn, yn, yn, CORRECTIEKLEUR, stroke_width=1, stroke_dasharray="2 2"
                        ),
                        element(
                            "circle",
                            cx=xo,
                            cy=yn,
                            r=3,
                            fill="none",
                            stroke=CORRECTIEKLEUR,
                            stroke_opacity=0.6,
                            stroke_dasharray="1.5 1.5",
                        ),
                        class_="verschoven",
                    )
                )
        for x, niveau, (datum, positie, soort, tip) in geplaatst:
            ym = y + 12 + niveau * STAPEL
            if soort == "ingetrokken":
                vorm = _kruis(x - 4, x + 4, ym, 4)
            elif soort == "gecorrigeerd":
                bij = self.geschiedenis.gecorrigeerd_bij.get(positie, [])
                vorm = samen(
                    element(
                        "circle",
                        cx=x,
                        cy=ym,
                        r=4.5,
                        fill="#ffffff",
                        stroke=CORRECTIEKLEUR,
                        stroke_width=2,
                    ),
                    element(
                        "text",
                        "↺" + ",".join(map(str, bij)),
                        x=x + 6,
                        y=ym + 3.5,
                        class_="corr",
                    ),
                )
            elif soort == "voldaan":
                vorm = element("circle", cx=x, cy=ym, r=4, fill="#24292f")
            else:
                vorm = element("circle", cx=x, cy=ym, r=3.2, fill="#8c959f")
            delen.append(
                element(
                    "a",
                    element(
                        "g",
                        element("title", tip),
                        vorm,
                        class_=f"feit {soort}",
                        data_positie=positie,
                        opacity="0.35" if datum > self.peildatum else None,
                    ),
                    href=f"#pos-{positie}",
                )
            )
        return element("g", *delen, class_="laan feiten"), hoogte

    # -- legend --------------------------------------------------------------------------

    def _legenda(self, y: float) -> Markup:
        delen = []
        x = 8.0
        for status in STATUSSEN:
            kleur = STATUS_KLEUR[status]
            delen.append(
                samen(
                    _lijn(x, x + 18, y, y, kleur, stroke_width=3, stroke_opacity=0.6),
                    element("circle", cx=x + 18, cy=y, r=4, fill=kleur),
                    element("text", STATUS_LABEL[status], x=x + 27, y=y + 4),
                )
            )
            x += 36 + len(STATUS_LABEL[status]) * TEKENBREEDTE + 14
        delen.append(
            samen(
                _ruit(x + 5, y, "#57606a", "#ffffff", 5),
                element("text", "uiterste datum", x=x + 14, y=y + 4),
            )
        )
        x += 110
        delen.append(
            samen(
                element("circle", cx=x + 4, cy=y, r=4, fill="#57606a"),
                element("text", "voldaan op", x=x + 12, y=y + 4),
            )
        )
        y2 = y + 20
        x = 8.0
        elementen: list[tuple[Callable[[float], Markup], str]] = [
            (
                lambda x: element("circle", cx=x + 4, cy=y2, r=4, fill="#24292f"),
                "voldoet aan een termijn",
            ),
            (lambda x: element("circle", cx=x + 4, cy=y2, r=3.2, fill="#8c959f"), "ander feit"),
            (
                lambda x: element(
                    "circle",
                    cx=x + 4,
                    cy=y2,
                    r=4.5,
                    fill="#ffffff",
                    stroke=CORRECTIEKLEUR,
                    stroke_width=2,
                ),
                "gecorrigeerd (↺ positie van de correctie)",
            ),
            (lambda x: _kruis(x, x + 8, y2, 4), "ingetrokken registratie"),
            (
                lambda x: element(
                    "rect",
                    x=x,
                    y=y2 - 6,
                    width=14,
                    height=12,
                    fill=HERSTELD,
                    stroke="#4ac26b",
                    stroke_opacity=0.5,
                ),
                "hersteld (telt niet mee)",
            ),
            (
                lambda x: element("rect", x=x, y=y2 - 6, width=14, height=12, fill=DETACHERING[0]),
                "detachering",
            ),
            (
                lambda x: _lijn(x + 4, x + 4, y2 - 7, y2 + 7, "#cf222e", stroke_width=2),
                "peildatum",
            ),
        ]
        for vorm, tekst in elementen:
            delen.append(samen(vorm(x), element("text", tekst, x=x + 16, y=y2 + 4)))
            x += 30 + len(tekst) * TEKENBREEDTE
        return element("g", *delen, class_="legenda")


def _lijn(
    x1: float, x2: float, y1: float, y2: float, kleur: str, **opmaak: str | float | None
) -> Markup:
    """A line from (x1, y1) to (x2, y2); ``opmaak`` adds stroke attributes."""
    return element("line", x1=x1, x2=x2, y1=y1, y2=y2, stroke=kleur, **opmaak)


def _ruit(x: float, y: float, lijn: str, vulling: str, r: float = 6.5) -> Markup:
    return element(
        "polygon",
        points=f"{x},{y - r} {x + r},{y} {x},{y + r} {x - r},{y}",
        fill=vulling,
        stroke=lijn,
        stroke_width=2,
    )


def _kruis(x0: float, x1: float, y: float, r: float) -> Markup:
    """A cross from x0 to x1 around height y (a withdrawn recording)."""
    return element(
        "path",
        d=f"M{x0} {y - r}L{x1} {y + r}M{x0} {y + r}L{x1} {y - r}",
        stroke="#6e7781",
        stroke_width=1.8,
    )


def _afgekort(tekst: str, lengte: int) -> str:
    return tekst if len(tekst) <= lengte else tekst[: lengte - 1].rstrip() + "…"


def _svg_stijl() -> Markup:
    """The hatching pattern of fit periods and the timeline's own stylesheet."""
    return samen(
        element(
            "defs",
            element(
                "pattern",
                element(
                    "line",
                    x1=0,
                    y1=0,
                    x2=0,
                    y2=6,
                    stroke="#4ac26b",
                    stroke_width=1,
                    stroke_opacity=0.35,
                ),
                id="arcering",
                width=6,
                height=6,
                patternUnits="userSpaceOnUse",
                patternTransform="rotate(45)",
            ),
        ),
        element("style", css("tijdlijn.css")),
    )


# --- the page ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Geschiedenisvermelding:
    """One row of the history table: a recording and what later recordings did to it."""

    registratie: Registratie
    klassen: str
    herkomst: str
    door: str
    velden: tuple[tuple[str, str], ...]
    """The recording's own fields as text (``None`` left out)."""
    correctie: Correctie | None
    """The diff, when this recording is a correction."""
    gecorrigeerd_bij: tuple[int, ...]
    ingetrokken_bij: int | None

    @property
    def intrekking(self) -> bool:
        """Whether this recording withdraws another."""
        return self.registratie.type_naam == INTREKKING

    @property
    def betreft(self) -> int:
        """The position a correction or withdrawal points at."""
        return int(self.registratie.velden["betreft"])


def _geschiedenisregels(
    registraties: Sequence[Registratie], g: Geschiedenis
) -> list[Geschiedenisvermelding]:
    regels = []
    for r in registraties:
        klassen = ["registratie"]
        if r.type_naam == CORRECTIE:
            klassen.append("correctie")
        elif r.type_naam == INTREKKING:
            klassen.append("intrekking")
        if r.positie in g.ingetrokken_bij:
            klassen.append("ingetrokken")
        if r.positie in g.gecorrigeerd_bij:
            klassen.append("gecorrigeerd")
        regels.append(
            Geschiedenisvermelding(
                registratie=r,
                klassen=" ".join(klassen),
                herkomst=_herkomst(r.herkomst),
                door=_door(r.door),
                velden=tuple(
                    (naam, waarde_tekst(waarde))
                    for naam, waarde in r.velden.items()
                    if waarde is not None
                ),
                correctie=g.correcties.get(r.positie) if r.type_naam == CORRECTIE else None,
                gecorrigeerd_bij=tuple(g.gecorrigeerd_bij.get(r.positie, ())),
                ingetrokken_bij=g.ingetrokken_bij.get(r.positie),
            )
        )
    return regels


def maak_rapport(dossier: Verzuimdossier, peildatum: date, *, gemaakt_op: datetime) -> str:
    """The dossier report as one self-contained HTML page (inline CSS and SVG, no scripts).

    ``gemaakt_op`` is shown as the time the report was made; the report reads no clock.
    The page is the template ``dossierrapport.html.j2`` on the shared layout; the timeline
    is drawn here and enters it as markup.
    """
    overzicht = dossier.termijnen(peildatum)
    registraties = dossier.registraties
    geschiedenis = lees_geschiedenis(registraties)
    tijdlijn = Tijdlijn(dossier, overzicht, geschiedenis)
    return render(
        "dossierrapport.html.j2",
        titel=(
            f"Verzuimdossier {dossier.werknemer} — {dossier.werkgever} ({peildatum.isoformat()})"
        ),
        dossier=dossier,
        overzicht=overzicht,
        peildatum=peildatum,
        gemaakt_op=_gemaakt_op(gemaakt_op),
        gemaakt_op_iso=_tijdstip(gemaakt_op),
        tellingen=[
            (s, n) for s in STATUSSEN if (n := sum(v.status == s for v in overzicht.verplichtingen))
        ],
        tijdlijn=tijdlijn.svg(),
        stand=dossier.stand(peildatum),
        geschiedenis=_geschiedenisregels(registraties, geschiedenis),
        statuslabel=STATUS_LABEL,
        regeltitel=regeltitel,
        kort=kort,
        woorden=_woorden,
        waarde_tekst=waarde_tekst,
        tijdstip=_tijdstip,
    )
