"""Where a re-integration stands on a peildatum: tracks, step of track 1, bureau, secondment, wages.

Pure functions over the current facts, like the deadline engine.  Besides
legal deadlines (``domain.termijnen``), practice expects things the law does
not date: the order of track 1, choosing a bureau together with the employee,
regular contact during track 2.  Those come out as *adviezen*: sourced advice
that never changes a deadline's status.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Literal

from domain.feiten import Feit
from domain.gebeurtenissen import (
    ActueelOordeelOpgesteld,
    ArbeidsdeskundigOnderzoekUitgevoerd,
    ContactGehad,
    DetacheringBeeindigd,
    DetacheringGestart,
    DossierGebeurtenis,
    DossierGesloten,
    EerstejaarsevaluatieGehouden,
    EvaluatieGehouden,
    HerstelGemeld,
    PlanVanAanpakBijgesteld,
    PlanVanAanpakOpgesteld,
    ProbleemanalyseOpgesteld,
    ReintegratiebureauGekozen,
    Spoor2Gestart,
    WerkHervat,
    ZiekmeldingOntvangen,
    ZiekteTeruggemeld,
)
from domain.regels import BBP, BW7, Rechtsbron
from domain.termijnen import bereken_termijnen

TREDEN = {
    "eigen_werk": (1, "eigen werk"),
    "aangepast_werk": (2, "eigen werk, aangepast"),
    "ander_werk_intern": (3, "ander werk bij de eigen werkgever"),
}
"""Track 1 in the order UWV expects (BBP par. 5 and 9; BW 7:658a lid 1)."""

_CONTACTMOMENTEN = {
    EvaluatieGehouden.__name__: "werknemer",
    PlanVanAanpakBijgesteld.__name__: "werknemer",
    EerstejaarsevaluatieGehouden.__name__: "werknemer",
    ProbleemanalyseOpgesteld.__name__: "arbodienst",
    ActueelOordeelOpgesteld.__name__: "arbodienst",
}
"""Facts that are themselves contact with the employee or the arbodienst."""

CONTACT_WERKNEMER_DAGEN = 42
CONTACT_ARBODIENST_DAGEN = 31

_VOLGORDE_BRON = Rechtsbron(
    "BW 7:658a lid 1; Beleidsregels beoordelingskader poortwachter par. 5 en 9", BBP
)
_BUREAU_BRON = Rechtsbron(
    "Beleidsregels beoordelingskader poortwachter par. 6 en 9 (keuze en begeleiding "
    "re-integratiebedrijf); praktijk: stappenplan tweede spoor",
    BBP,
)
_OR_BRON = Rechtsbron(
    "Wet op de ondernemingsraden art. 27 lid 1 sub d (instemming verzuim- en "
    "re-integratiebeleid); voor een keuze in een enkel geval niet bevestigd",
    "https://wetten.overheid.nl/BWBR0002747",
)
_CONTACT_BRON = Rechtsbron(
    "Beleidsregels beoordelingskader poortwachter par. 6 (werkgever volgt het traject); "
    "praktijk: regelmatig contact met werknemer, maandelijks met de arbodienst",
    BBP,
)
_LOON_BRON = Rechtsbron("BW 7:629 lid 1 en lid 12 (loon doorbetalen, ook bij passend werk)", BW7)


@dataclass(frozen=True, slots=True)
class Advies:
    """Sourced practice advice; it never changes a deadline's status."""

    onderwerp: str
    tekst: str
    bron: Rechtsbron


@dataclass(frozen=True, slots=True)
class Bureaukeuze:
    """The chosen re-integratiebureau and how it was chosen."""

    bureau: str
    gekozen_op: date
    keurmerk_blik_op_werk: bool
    instemming_werknemer: bool
    ondernemingsraad_geraadpleegd: bool | None
    bezwaar_werknemer: str | None


@dataclass(frozen=True, slots=True)
class Detachering:
    """A secondment to an inlener (track-2 route); the old employer stays the employer."""

    inlener: str
    gestart_op: date
    uren_per_week: Decimal
    inleenvergoeding_per_uur: Decimal | None
    beeindigd_op: date | None


@dataclass(frozen=True, slots=True)
class Loondoorbetaling:
    """Who pays the wages, until when, and why."""

    werkgever: str
    tot_en_met: date
    bron: Rechtsbron


@dataclass(frozen=True, slots=True)
class Werkhervatting:
    """The current (partial) return to work: the latest, while no later fact ended it."""

    percentage: int
    soort: str
    sinds: date


Werksituatiesoort = Literal["geen_werk", "werkhervatting", "detachering", "hersteld", "gesloten"]
"""The kinds of current work situation (docs/regels.md section 9)."""


@dataclass(frozen=True, slots=True)
class Werksituatie:
    """What the employee does now, derived from the latest fact that changes it.

    ``sinds`` and ``positie`` name that fact (None when there is none); ``omschrijving`` is the
    Dutch sentence a person reads.
    """

    soort: Werksituatiesoort
    sinds: date | None
    positie: int | None
    omschrijving: str


@dataclass(frozen=True, slots=True)
class Reintegratiestand:
    """Where the re-integration stands on ``peildatum``."""

    peildatum: date
    sporen: tuple[str, ...]
    trede_eerste_spoor: int | None
    trede_omschrijving: str | None
    werkhervatting: Werkhervatting | None
    werksituatie: Werksituatie
    arbeidsdeskundig_advies: str | None
    bureau: Bureaukeuze | None
    detachering: Detachering | None
    loondoorbetaling: Loondoorbetaling | None
    laatste_contact: dict[str, date]
    adviezen: tuple[Advies, ...]


def _in_volgorde(feiten: Sequence[Feit], *soorten: type[DossierGebeurtenis]) -> list[Feit]:
    return _op_volgorde(feiten, {s.__name__ for s in soorten})


def _op_volgorde(feiten: Sequence[Feit], type_namen: Collection[str]) -> list[Feit]:
    return sorted(
        (f for f in feiten if f.type_naam in type_namen), key=lambda f: (f.datum, f.positie)
    )


_ZIEKMELDING = ZiekmeldingOntvangen.__name__
_CONTACT = ContactGehad.__name__


def bepaal_stand(feiten: Sequence[Feit], peildatum: date) -> Reintegratiestand:
    """The state of the re-integration from the facts known on ``peildatum``."""
    bekend = [f for f in feiten if f.datum <= peildatum or f.type_naam == _ZIEKMELDING]
    termijnen = bereken_termijnen(bekend, peildatum)
    werkgever = str(next(f for f in bekend if f.type_naam == _ZIEKMELDING).velden["werkgever"])
    hersteld = termijnen.verloop.hersteld_op is not None
    gesloten = termijnen.verloop.gesloten_op is not None

    spoor2 = _in_volgorde(bekend, Spoor2Gestart)
    sporen: tuple[str, ...] = ()
    if not hersteld and not gesloten:
        sporen = ("eerste_spoor", "tweede_spoor") if spoor2 else ("eerste_spoor",)

    richtingen = _in_volgorde(bekend, PlanVanAanpakOpgesteld, WerkHervat)
    treden = [
        (f, TREDEN[doel])
        for f in richtingen
        if (doel := str(f.velden.get("doel") or f.velden.get("soort"))) in TREDEN
    ]
    trede, omschrijving = treden[-1][1] if treden else (None, None)

    werksituatie, laatste_werk = _werksituatie(bekend)
    werkhervatting = (
        Werkhervatting(
            int(laatste_werk.velden["percentage"]),
            str(laatste_werk.velden["soort"]),
            laatste_werk.datum,
        )
        if laatste_werk is not None and werksituatie.soort == "werkhervatting"
        else None
    )
    onderzoeken = _in_volgorde(bekend, ArbeidsdeskundigOnderzoekUitgevoerd)
    ad_advies = str(onderzoeken[-1].velden["advies"]) if onderzoeken else None

    keuzes = _in_volgorde(bekend, ReintegratiebureauGekozen)
    bureau = None
    if keuzes:
        k = keuzes[-1]
        bureau = Bureaukeuze(
            bureau=str(k.velden["bureau"]),
            gekozen_op=k.datum,
            keurmerk_blik_op_werk=bool(k.velden["keurmerk_blik_op_werk"]),
            instemming_werknemer=bool(k.velden["instemming_werknemer"]),
            ondernemingsraad_geraadpleegd=k.velden.get("ondernemingsraad_geraadpleegd"),
            bezwaar_werknemer=k.velden.get("bezwaar_werknemer"),
        )

    detachering = _detachering(bekend)
    loon = None
    if not hersteld and not gesloten:
        loon = Loondoorbetaling(werkgever, termijnen.einde_wachttijd, _LOON_BRON)

    contact: dict[str, date] = {}
    for f in _op_volgorde(bekend, {_CONTACT, *_CONTACTMOMENTEN}):
        met = str(f.velden["met"]) if f.type_naam == _CONTACT else _CONTACTMOMENTEN[f.type_naam]
        contact[met] = f.datum

    adviezen = _adviezen(treden, onderzoeken, bureau, spoor2, contact, peildatum, sporen)
    return Reintegratiestand(
        peildatum=peildatum,
        sporen=sporen,
        trede_eerste_spoor=trede,
        trede_omschrijving=omschrijving,
        werkhervatting=werkhervatting,
        werksituatie=werksituatie,
        arbeidsdeskundig_advies=ad_advies,
        bureau=bureau,
        detachering=detachering,
        loondoorbetaling=loon,
        laatste_contact=contact,
        adviezen=adviezen,
    )


_WERKSITUATIE = {
    s.__name__
    for s in (
        WerkHervat,
        DetacheringGestart,
        DetacheringBeeindigd,
        HerstelGemeld,
        ZiekteTeruggemeld,
        DossierGesloten,
    )
}
"""The facts that change the current work situation."""


def _soort_tekst(soort: object) -> str:
    """A kind of work in words: the step of track 1, or the code without underscores."""
    code = str(soort)
    return TREDEN[code][1] if code in TREDEN else code.replace("_", " ")


def _werksituatie(bekend: Sequence[Feit]) -> tuple[Werksituatie, Feit | None]:
    """The current work situation, and the fact it comes from.

    The facts are replayed in case order (date, then position); each one replaces the situation
    before it, so the latest fact wins and an ended situation is not current:

    * ``WerkHervat``: a (partial) return to work, replacing any earlier one or a secondment;
    * ``DetacheringGestart``: a secondment; the work before it (at the own employer) has stopped;
    * ``DetacheringBeeindigd``: ends the running secondment; nothing earlier comes back, so
      without a new fact there is no work (it ends nothing when no secondment runs);
    * ``HerstelGemeld``: recovered, back in the own work; ``ZiekteTeruggemeld``: sick again,
      without work until a new fact says otherwise; ``DossierGesloten``: closed.
    """
    situatie = Werksituatie(
        "geen_werk", None, None, "geen werkhervatting of detachering vastgelegd"
    )
    bron: Feit | None = None
    for f in _op_volgorde(bekend, _WERKSITUATIE):
        naam = f.type_naam
        if naam == WerkHervat.__name__:
            tekst = (
                f"werkhervatting {f.velden['percentage']}% ({_soort_tekst(f.velden['soort'])}) "
                f"sinds {f.datum.isoformat()}"
            )
            situatie = Werksituatie("werkhervatting", f.datum, f.positie, tekst)
        elif naam == DetacheringGestart.__name__:
            tekst = (
                f"gedetacheerd bij {f.velden['inlener']} sinds {f.datum.isoformat()}, "
                f"{f.velden['uren_per_week']} uur per week"
            )
            situatie = Werksituatie("detachering", f.datum, f.positie, tekst)
        elif naam == DetacheringBeeindigd.__name__:
            if situatie.soort != "detachering":
                continue
            tekst = (
                f"geen werk: de detachering is beëindigd op {f.datum.isoformat()} en daarna is "
                "geen werkhervatting of detachering vastgelegd"
            )
            situatie = Werksituatie("geen_werk", f.datum, f.positie, tekst)
        elif naam == HerstelGemeld.__name__:
            if situatie.soort == "hersteld":
                continue
            tekst = f"hersteld per {f.datum.isoformat()}: terug in het eigen werk"
            situatie = Werksituatie("hersteld", f.datum, f.positie, tekst)
        elif naam == ZiekteTeruggemeld.__name__:
            tekst = (
                f"geen werk: opnieuw ziek sinds {f.datum.isoformat()} en daarna is geen "
                "werkhervatting of detachering vastgelegd"
            )
            situatie = Werksituatie("geen_werk", f.datum, f.positie, tekst)
        else:
            tekst = f"dossier gesloten op {f.datum.isoformat()}"
            situatie = Werksituatie("gesloten", f.datum, f.positie, tekst)
        bron = f
    return situatie, bron


def _detachering(bekend: Sequence[Feit]) -> Detachering | None:
    """The latest secondment, with the end that belongs to it (a later ``DetacheringBeeindigd``).

    An ending recorded before the latest start (earlier date, or the same date and an earlier
    position) belongs to an earlier secondment.
    """
    gestart = _in_volgorde(bekend, DetacheringGestart)
    if not gestart:
        return None
    laatste = gestart[-1]
    einde = next(
        (
            f.datum
            for f in _in_volgorde(bekend, DetacheringBeeindigd)
            if (f.datum, f.positie) > (laatste.datum, laatste.positie)
        ),
        None,
    )
    return Detachering(
        inlener=str(laatste.velden["inlener"]),
        gestart_op=laatste.datum,
        uren_per_week=laatste.velden["uren_per_week"],
        inleenvergoeding_per_uur=laatste.velden.get("inleenvergoeding_per_uur"),
        beeindigd_op=einde,
    )


def _adviezen(
    treden: list[tuple[Feit, tuple[int, str]]],
    onderzoeken: list[Feit],
    bureau: Bureaukeuze | None,
    spoor2: list[Feit],
    contact: dict[str, date],
    peildatum: date,
    sporen: tuple[str, ...],
) -> tuple[Advies, ...]:
    adviezen: list[Advies] = []
    if treden and treden[0][1][0] == 3 and not onderzoeken:
        eerste = treden[0][0]
        adviezen.append(
            Advies(
                "volgorde_eerste_spoor",
                f"positie {eerste.positie} richt zich op ander werk bij de eigen werkgever "
                "zonder dat terugkeer in het eigen werk of het aangepaste eigen werk is "
                "onderzocht; UWV verwacht die volgorde (of een arbeidsdeskundig onderzoek)",
                _VOLGORDE_BRON,
            )
        )
    if bureau is not None:
        if not bureau.instemming_werknemer:
            adviezen.append(
                Advies(
                    "bureau_samen_met_werknemer",
                    f"de keuze voor {bureau.bureau} is niet samen met de werknemer gemaakt",
                    _BUREAU_BRON,
                )
            )
        if not bureau.ondernemingsraad_geraadpleegd:
            adviezen.append(
                Advies(
                    "bureau_ondernemingsraad",
                    f"leg de keuze voor {bureau.bureau} voor aan de ondernemingsraad "
                    "(of medezeggenschapsraad)",
                    _OR_BRON,
                )
            )
        if not bureau.keurmerk_blik_op_werk:
            adviezen.append(
                Advies(
                    "bureau_keurmerk",
                    f"{bureau.bureau} heeft geen Blik op Werk-keurmerk; dat is vrijwillig, maar "
                    "een gangbaar kwaliteitscriterium (UWV toetst de activiteiten, niet het "
                    "keurmerk)",
                    _BUREAU_BRON,
                )
            )
        if bureau.bezwaar_werknemer:
            adviezen.append(
                Advies(
                    "bezwaar_werknemer",
                    f"de werknemer heeft bezwaar tegen {bureau.bureau}: "
                    f"{bureau.bezwaar_werknemer}; bespreek dit voordat het traject loopt",
                    _BUREAU_BRON,
                )
            )
    if spoor2 and "tweede_spoor" in sporen:
        vanaf = spoor2[0].datum
        for met, dagen in (
            ("werknemer", CONTACT_WERKNEMER_DAGEN),
            ("arbodienst", CONTACT_ARBODIENST_DAGEN),
        ):
            laatst = max(contact.get(met, vanaf), vanaf)
            if peildatum - laatst > timedelta(days=dagen):
                adviezen.append(
                    Advies(
                        f"contact_{met}",
                        f"geen contact met de {met} sinds {laatst.isoformat()} "
                        f"({(peildatum - laatst).days} dagen; in het tweede spoor hoort dat "
                        f"minstens elke {dagen} dagen)",
                        _CONTACT_BRON,
                    )
                )
    return tuple(adviezen)
