"""The field reference of the exchange format, derived from the event classes: one source.

Both ``spoorwijzer types`` (:mod:`adapters.cli.naslag`) and the generated section of
``docs/uitwisselformaat.md`` (``python -m adapters.levend uitwisselformaat``) describe the types
with :func:`beschrijf_type`, so the command and the document cannot tell different stories.
What is derived from the code: the types (``domain.gebeurtenissen.ALLE_TYPES``), their fields in
declaration order, required or optional (the input models of :mod:`domain.invoer`), the JSON
value with its limits (``Annotated`` metadata: ranges, maximum length, not blank; ``Literal``
values), and who may record a type (``domain.bevoegdheden.BEVOEGDHEDEN``).  What is written
here, in Dutch, is what code cannot say: a one-line description per type and per field, and a
sample value for the example line.  A type or field without a description is an error
(:class:`OntbrekendeBeschrijvingError`), so a new field cannot slip into the format unexplained.
Every example line is validated by the real reader (:func:`domain.invoer.valideer`).

This module needs only the domain; it is shared by the installed CLI and the dev tooling.
"""

from __future__ import annotations

import difflib
import json
import re
import types
import typing
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from domain.bevoegdheden import BEVOEGDHEDEN, CORRECTIES
from domain.gebeurtenissen import ALLE_TYPES, ZiekmeldingOntvangen, eigen_velden
from domain.invoer import valideer, verplichte_velden

DOCUMENT = "docs/uitwisselformaat.md"
"""The document the reference is generated into (relative to the repository root)."""

BEGIN = "<!-- veldreferentie: gegenereerd door `python -m adapters.levend uitwisselformaat` -->"
EINDE = "<!-- /veldreferentie -->"
KOP = "Veldreferentie per type"
"""The heading above the generated section (its anchor is :data:`KOPANKER_REFERENTIE`)."""


class OntbrekendeBeschrijvingError(LookupError):
    """A type or field has no Dutch description (or no sample value) here."""


OMSCHRIJVING_TYPE: dict[str, str] = {
    "ZiekmeldingOntvangen": "De ziekmelding: opent het dossier en staat altijd op positie 1.",
    "ArbodienstGeinformeerd": "De werkgever heeft de arbodienst of bedrijfsarts ingeschakeld.",
    "ProbleemanalyseOpgesteld": "De bedrijfsarts heeft de probleemanalyse opgesteld.",
    "PlanVanAanpakOpgesteld": "Werkgever en werknemer hebben een plan van aanpak afgesproken.",
    "EvaluatieGehouden": "Het plan van aanpak is (periodiek) geevalueerd.",
    "PlanVanAanpakBijgesteld": "Het plan van aanpak is bijgesteld.",
    "ArbeidsdeskundigOnderzoekUitgevoerd": "Een arbeidsdeskundige adviseerde over de sporen.",
    "ZiekmeldingUWVGedaan": "De ziekmelding bij UWV in week 42 is gedaan.",
    "EerstejaarsevaluatieGehouden": "De eerstejaarsevaluatie is gehouden.",
    "Spoor2Gestart": "Het tweede spoor (werk bij een andere werkgever) is gestart.",
    "ReintegratiebureauGekozen": "Voor het tweede spoor is een re-integratiebureau gekozen.",
    "TrajectplanOpgesteld": "Het re-integratiebureau heeft het trajectplan opgesteld.",
    "DetacheringGestart": "De werknemer is gedetacheerd bij een inlener (tweede spoor).",
    "DetacheringBeeindigd": "De detachering is beeindigd.",
    "WerkHervat": "De werknemer heeft het werk (gedeeltelijk) hervat; de ziekte loopt door.",
    "InterventieIngezet": "Er is een interventie ingezet (bijvoorbeeld jobcoaching of scholing).",
    "ContactGehad": "Er was contact met de werknemer, de arbodienst, het bureau of de inlener.",
    "HerstelGemeld": "De werknemer is volledig hersteld; datum is de eerste dag beter.",
    "ZiekteTeruggemeld": "De werknemer is binnen vier weken na herstel opnieuw ziek.",
    "DeskundigenoordeelAangevraagd": "Bij UWV is een deskundigenoordeel aangevraagd.",
    "DeskundigenoordeelOntvangen": "Het deskundigenoordeel van UWV is ontvangen.",
    "ActueelOordeelOpgesteld": "De bedrijfsarts heeft het actueel oordeel opgesteld.",
    "EindevaluatieGehouden": "De eindevaluatie voor het re-integratieverslag is gehouden.",
    "ReintegratieverslagOpgesteld": "Het re-integratieverslag is compleet.",
    "WIAAangevraagd": "De WIA-uitkering is aangevraagd.",
    "IVAAangevraagd": "Een vervroegde IVA-uitkering is aangevraagd (verkorte wachttijd).",
    "LoonsanctieOpgelegd": "UWV heeft de loondoorbetaling verlengd (loonsanctie).",
    "WachttijdVrijwilligVerlengd": "Werkgever en werknemer verlengden de wachttijd vrijwillig.",
    "DossierGesloten": "Het dossier is gesloten, met een uitkomst.",
    "RegistratieGecorrigeerd": "Een correctie van velden van een eerder feit (positie betreft).",
    "RegistratieIngetrokken": "Een intrekking van een eerder feit (positie betreft).",
}
"""A Dutch one-line description of every type."""

OMSCHRIJVING_VELD: dict[str, str] = {
    "eerste_ziektedag": "dag 1 van de ziekte: de eerste dag niet gewerkt door ziekte",
    "werknemer": "verwijzing naar de werknemer (geen medische of andere persoonsgegevens)",
    "werkgever": "naam van de werkgever",
    "benutbare_mogelijkheden": "heeft de werknemer benutbare mogelijkheden om te werken",
    "casemanager": "naam van de casemanager die het plan begeleidt",
    "doel": "het re-integratiedoel van het plan",
    "visie_werkgever": "de visie van de werkgever",
    "visie_werknemer": "de visie van de werknemer",
    "reden": "waarom",
    "advies": "het advies over de sporen",
    "perspectief_eigen_werkgever": "is terugkeer bij de eigen werkgever in zicht",
    "bureau": "naam van het re-integratiebureau",
    "keurmerk_blik_op_werk": "heeft het bureau het keurmerk Blik op Werk",
    "instemming_werknemer": "stemt de werknemer in met de keuze",
    "ondernemingsraad_geraadpleegd": "is de ondernemingsraad geraadpleegd",
    "bezwaar_werknemer": "het bezwaar van de werknemer tegen de keuze, als dat er is",
    "persoonsprofiel": "het persoonsprofiel uit het trajectplan (geen medische gegevens)",
    "inlener": "naam van de inlener",
    "uren_per_week": "uren per week bij de inlener",
    "inleenvergoeding_per_uur": "vergoeding per uur die de inlener betaalt, in euro",
    "percentage": "percentage van de uren dat weer gewerkt wordt",
    "soort": "de soort",
    "met": "met wie er contact was",
    "aanvrager": "wie het deskundigenoordeel aanvraagt",
    "vraag": "de vraag aan UWV",
    "uitkomst": "de uitkomst",
    "weken": "aantal weken dat de loondoorbetaling wordt verlengd",
    "nieuwe_einddatum": "de laatste dag van de verlengde wachttijd",
    "betreft": "de positie van het feit dat wordt gecorrigeerd of ingetrokken",
    "velden": "de gecorrigeerde velden, als ze niet op het hoogste niveau staan",
}
"""A Dutch description per field name (a name means one thing in every type)..."""

OMSCHRIJVING_PER_TYPE: dict[tuple[str, str], str] = {
    ("WerkHervat", "soort"): "in wat voor werk de werknemer hervat",
    ("InterventieIngezet", "soort"): "de soort interventie, vrije tekst (bijv. jobcoaching)",
    ("PlanVanAanpakBijgesteld", "reden"): "waarom het plan is bijgesteld",
    ("DetacheringBeeindigd", "reden"): "waarom de detachering is beeindigd",
    ("RegistratieGecorrigeerd", "reden"): "waarom het eerdere feit wordt gecorrigeerd",
    ("RegistratieIngetrokken", "reden"): "waarom het eerdere feit wordt ingetrokken",
    ("DeskundigenoordeelOntvangen", "uitkomst"): "de uitkomst van het deskundigenoordeel",
    ("DossierGesloten", "uitkomst"): "hoe de zaak is afgelopen",
}
"""...except where one type gives a field a more precise meaning."""

VOORBEELDWAARDE: dict[str, Any] = {
    "eerste_ziektedag": "2025-01-06",
    "werknemer": "W-001",
    "werkgever": "Hoveniersbedrijf De Linde",
    "casemanager": "M. Bakker",
    "visie_werkgever": "terug naar eigen werk in vier maanden",
    "visie_werknemer": "eerst halve dagen, dan opbouwen",
    "reden": "advies arbeidsdeskundige",
    "bureau": "Bureau Werkpad",
    "bezwaar_werknemer": "liever een bureau in de eigen regio",
    "persoonsprofiel": "ervaren chauffeur, rijbewijs C",
    "inlener": "Taxi Centraal",
    "uren_per_week": 16,
    "inleenvergoeding_per_uur": "21.50",
    "percentage": 50,
    "vraag": "zijn de re-integratie-inspanningen voldoende?",
    "uitkomst": "voldoende",
    "weken": 12,
    "nieuwe_einddatum": "2027-03-31",
    "betreft": 2,
    "velden": {"datum": "2025-02-10"},
}
"""Sample values for the example lines; a field not named here gets one from its type."""

VOORBEELD_PER_TYPE: dict[tuple[str, str], Any] = {
    ("InterventieIngezet", "soort"): "jobcoaching",
    ("DossierGesloten", "uitkomst"): "werk hervat in eigen functie",
}

VOORBEELDDATUM = "2025-03-03"
"""The ``datum`` of every example line but the ziekmelding's (on or after its day 1)."""


@dataclass(frozen=True)
class Veldbeschrijving:
    """One field of a type, described for people."""

    naam: str
    verplicht: bool
    soort: str
    """The JSON value in Dutch words, with its limits (``tekst, niet leeg, ...``)."""
    toegestaan: tuple[str, ...]
    """The allowed values of a closed vocabulary; empty when any value of the kind goes."""
    omschrijving: str


@dataclass(frozen=True)
class Typebeschrijving:
    """One type of the exchange format, described for people."""

    naam: str
    woorden: str
    """The type as words: ``ZiekmeldingOntvangen`` -> ``ziekmelding ontvangen``."""
    omschrijving: str
    velden: tuple[Veldbeschrijving, ...]
    rollen: tuple[str, ...]
    """The roles that may record it as a single fact (sorted)."""
    rollen_toelichting: str | None
    """For a correction or withdrawal: who may record it instead of a fixed list."""
    voorbeeld: dict[str, Any]
    """An example line (validated by the real reader)."""

    @property
    def kopanker(self) -> str:
        """The anchor of the type's section in the document."""
        return kopanker(f"`{self.naam}`")

    def voorbeeldregel(self) -> str:
        """The example as one line of the exchange format."""
        return json.dumps(self.voorbeeld, ensure_ascii=False)

    def als_json(self) -> dict[str, Any]:
        """The description as plain JSON data (``spoorwijzer types TYPE --json``)."""
        return {
            "type": self.naam,
            "woorden": self.woorden,
            "omschrijving": self.omschrijving,
            "velden": [
                {
                    "naam": v.naam,
                    "verplicht": v.verplicht,
                    "soort": v.soort,
                    "toegestaan": list(v.toegestaan),
                    "omschrijving": v.omschrijving,
                }
                for v in self.velden
            ],
            "rollen": list(self.rollen),
            "rollen_toelichting": self.rollen_toelichting,
            "voorbeeld": self.voorbeeld,
            "documentatie": f"{DOCUMENT}#{self.kopanker}",
        }


# --- deriving from the annotations --------------------------------------------------------


def _ontleed(hint: Any) -> tuple[Any, dict[str, Any]]:
    """The base type of an annotation and its limits (``Optional`` and ``Annotated`` off)."""
    grenzen: dict[str, Any] = {}
    while True:
        origin = get_origin(hint)
        if origin is Annotated:
            basis, *meta = get_args(hint)
            for m in meta:
                for deel in (m, *getattr(m, "metadata", ())):
                    for sleutel in ("gt", "ge", "lt", "le", "max_length", "pattern"):
                        waarde = getattr(deel, sleutel, None)
                        if waarde is not None:
                            grenzen[sleutel] = waarde
            hint = basis
        elif origin in (Union, types.UnionType):
            hint = next(a for a in get_args(hint) if a is not type(None))
        else:
            return hint, grenzen


def _getal(waarde: Any) -> str:
    return f"{waarde:,}".replace(",", ".")


def soort_van(hint: Any) -> tuple[str, tuple[str, ...]]:
    """The JSON value an annotation takes, in Dutch words, and its allowed values (if closed)."""
    basis, grenzen = _ontleed(hint)
    if get_origin(basis) is Literal:
        waarden = tuple(str(w) for w in get_args(basis))
        return "een van de toegestane waarden", waarden
    if basis is date:
        return "datum (JJJJ-MM-DD)", ()
    if basis is bool:
        return "true of false", ()
    if basis is str:
        delen = ["tekst"]
        if "pattern" in grenzen:
            delen.append("niet leeg")
        if "max_length" in grenzen:
            delen.append(f"hoogstens {_getal(grenzen['max_length'])} tekens")
        return ", ".join(delen), ()
    if basis in (int, Decimal):
        soort = "geheel getal" if basis is int else 'getal (JSON-getal of tekst als "21.50")'
        if "ge" in grenzen and "le" in grenzen:
            return f"{soort} van {_getal(grenzen['ge'])} tot en met {_getal(grenzen['le'])}", ()
        bereik = [
            f"{teken} {_getal(grenzen[sleutel])}"
            for sleutel, teken in (("gt", ">"), ("ge", ">="), ("lt", "<"), ("le", "<="))
            if sleutel in grenzen
        ]
        return (f"{soort} {' en '.join(bereik)}" if bereik else soort), ()
    if get_origin(basis) is dict or basis is dict:
        return "object", ()
    msg = f"geen beschrijving voor de annotatie {hint!r}: breid adapters/levend/formaat.py uit"
    raise OntbrekendeBeschrijvingError(msg)


def _voorbeeldwaarde(type_naam: str, veld: str, hint: Any) -> Any:
    if (type_naam, veld) in VOORBEELD_PER_TYPE:
        return VOORBEELD_PER_TYPE[(type_naam, veld)]
    if veld in VOORBEELDWAARDE:
        return VOORBEELDWAARDE[veld]
    basis, grenzen = _ontleed(hint)
    if get_origin(basis) is Literal:
        return get_args(basis)[0]
    if basis is bool:
        return True
    if basis is int:
        return int(grenzen.get("ge", 1))
    msg = f"geen voorbeeldwaarde voor {type_naam}.{veld}: vul VOORBEELDWAARDE aan"
    raise OntbrekendeBeschrijvingError(msg)


_WOORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")


def als_woorden(type_naam: str) -> str:
    """``ZiekmeldingUWVGedaan`` -> ``ziekmelding UWV gedaan`` (acronyms keep their capitals)."""
    woorden = _WOORD.findall(type_naam)
    return " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in woorden)


def kopanker(kop: str) -> str:
    """The anchor GitHub (and most Markdown renderers) give a heading."""
    tekst = kop.strip().lower()
    tekst = re.sub(r"[^\w\- ]", "", tekst)
    return tekst.replace(" ", "-")


KOPANKER_REFERENTIE = kopanker(KOP)


def _omschrijving_veld(type_naam: str, veld: str) -> str:
    if (type_naam, veld) in OMSCHRIJVING_PER_TYPE:
        return OMSCHRIJVING_PER_TYPE[(type_naam, veld)]
    if veld in OMSCHRIJVING_VELD:
        return OMSCHRIJVING_VELD[veld]
    msg = f"geen omschrijving voor het veld {type_naam}.{veld}: vul OMSCHRIJVING_VELD aan"
    raise OntbrekendeBeschrijvingError(msg)


def beschrijf_type(type_naam: str) -> Typebeschrijving:
    """Describe one type (its exact name, see :func:`zoek_type` for a person's spelling).

    Raises:
        KeyError: no such type.
        OntbrekendeBeschrijvingError: a description or sample value is missing here.
        domain.fouten.GeweigerdError: the example line is refused by the real reader.
    """
    cls = ALLE_TYPES[type_naam]
    if type_naam not in OMSCHRIJVING_TYPE:
        msg = f"geen omschrijving voor het type {type_naam}: vul OMSCHRIJVING_TYPE aan"
        raise OntbrekendeBeschrijvingError(msg)
    hints = typing.get_type_hints(cls, include_extras=True)
    verplicht = set(verplichte_velden(type_naam))
    velden = []
    voorbeeld: dict[str, Any] = {"type": type_naam, "datum": VOORBEELDDATUM}
    for veld in eigen_velden(cls):
        soort, toegestaan = soort_van(hints[veld])
        velden.append(
            Veldbeschrijving(
                naam=veld,
                verplicht=veld in verplicht,
                soort=soort,
                toegestaan=toegestaan,
                omschrijving=_omschrijving_veld(type_naam, veld),
            )
        )
        voorbeeld[veld] = _voorbeeldwaarde(type_naam, veld, hints[veld])
    if cls is ZiekmeldingOntvangen:
        voorbeeld["datum"] = voorbeeld["eerste_ziektedag"]
    valideer(voorbeeld)
    correctie = type_naam in CORRECTIES
    return Typebeschrijving(
        naam=type_naam,
        woorden=als_woorden(type_naam),
        omschrijving=OMSCHRIJVING_TYPE[type_naam],
        velden=tuple(velden),
        rollen=() if correctie else tuple(sorted(BEVOEGDHEDEN.get(type_naam, frozenset()))),
        rollen_toelichting=(
            "wie het type van het gecorrigeerde of ingetrokken feit mag vastleggen"
            if correctie
            else None
        ),
        voorbeeld=voorbeeld,
    )


def alle_typen() -> tuple[Typebeschrijving, ...]:
    """Every type, in the order of ``ALLE_TYPES``."""
    return tuple(beschrijf_type(naam) for naam in ALLE_TYPES)


MAX_ZOEKLENGTE = 200
"""Longer input gets no ``bedoelde u`` hint (difflib is quadratic; the names are short)."""


def zoek_type(invoer: str) -> str | None:
    """The exact type name a person meant: case-insensitive, also as words; None if unknown."""
    sleutel = re.sub(r"[\s_-]+", "", invoer).casefold()
    for naam in ALLE_TYPES:
        if naam.casefold() == sleutel:
            return naam
    return None


def bedoeld_type(invoer: str) -> str | None:
    """The type closest to a misspelt name (for ``bedoelde u ...?``), or None."""
    if len(invoer) > MAX_ZOEKLENGTE:
        return None
    sleutel = re.sub(r"[\s_-]+", "", invoer).casefold()
    per_sleutel = {naam.casefold(): naam for naam in ALLE_TYPES}
    gevonden = difflib.get_close_matches(sleutel, list(per_sleutel), n=1, cutoff=0.6)
    return per_sleutel[gevonden[0]] if gevonden else None


# --- the generated section of docs/uitwisselformaat.md ------------------------------------


def _cel(tekst: str) -> str:
    return tekst.replace("|", "\\|")


def _waarde_cel(v: Veldbeschrijving) -> str:
    if v.toegestaan:
        return "een van " + ", ".join(f"`{w}`" for w in v.toegestaan)
    return v.soort


def referentie() -> str:
    """The Markdown of the generated section, markers included."""
    regels = [
        BEGIN,
        "",
        "Dit deel is gegenereerd uit de code (`domain/gebeurtenissen.py`, `domain/invoer.py`,",
        "`domain/bevoegdheden.py`; de omschrijvingen staan in `adapters/levend/formaat.py`).",
        "Niet met de hand bewerken: voer `make docs` uit. `spoorwijzer types TYPE` toont",
        "hetzelfde op de opdrachtregel.",
        "",
        "Elk type heeft ook de velden die elke regel heeft (`type`, `datum`, `door`,",
        "`toelichting`, zie [Fields every line has](#fields-every-line-has)). Een optioneel veld",
        "mag ontbreken of `null` zijn. Het voorbeeld is een enkele regel zoals",
        "`spoorwijzer registreer` hem aanneemt; in een dossierbestand gelden ook de regels",
        "die van eerdere feiten afhangen.",
        "",
        "| type | in woorden | omschrijving |",
        "|---|---|---|",
    ]
    typen = alle_typen()
    for t in typen:
        regels.append(f"| [`{t.naam}`](#{t.kopanker}) | {t.woorden} | {_cel(t.omschrijving)} |")
    for t in typen:
        regels += [
            "",
            f"### `{t.naam}`",
            "",
            f"{t.woorden[:1].upper()}{t.woorden[1:]}. {t.omschrijving}",
            "",
        ]
        if t.rollen_toelichting:
            regels.append(f"Vastleggen mag: {t.rollen_toelichting}.")
        elif t.rollen:
            regels.append("Vastleggen mag: " + ", ".join(f"`{r}`" for r in t.rollen) + ".")
        else:
            regels.append("Vastleggen mag: niemand als los feit (alleen via een import).")
        regels.append("")
        if t.velden:
            regels += ["| veld | | waarde | omschrijving |", "|---|---|---|---|"]
            for v in t.velden:
                nodig = "verplicht" if v.verplicht else "optioneel"
                regels.append(
                    f"| `{v.naam}` | {nodig} | {_cel(_waarde_cel(v))} | {_cel(v.omschrijving)} |"
                )
        else:
            regels.append("Geen eigen velden.")
        regels += ["", "```json", t.voorbeeldregel(), "```"]
    regels += ["", EINDE]
    return "\n".join(regels) + "\n"


class GeenMarkeringenError(ValueError):
    """The document lacks the markers of the generated section (exactly one pair)."""


def vervang_referentie(document: str) -> str:
    """The document with its generated section replaced by the current one.

    Raises:
        GeenMarkeringenError: the markers are missing, doubled or in the wrong order.
    """
    begin = document.find(BEGIN)
    einde = document.find(EINDE)
    if begin < 0 or einde < begin or document.count(BEGIN) != 1 or document.count(EINDE) != 1:
        msg = (
            f"{DOCUMENT} moet precies een keer {BEGIN!r} en daarna {EINDE!r} bevatten, "
            "op een eigen regel"
        )
        raise GeenMarkeringenError(msg)
    return document[:begin] + referentie() + document[einde + len(EINDE) + 1 :]
