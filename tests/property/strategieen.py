"""Hypothesis strategies for valid dossiers in the exchange format (contract sections 3 and 4).

A generated dossier is a list of JSON-ready dicts, one line each, oldest first:
a ``ZiekmeldingOntvangen`` with ``eerste_ziektedag`` in 2015-2030, then facts
in chronological order that respect every refusal rule of contract section 4:
a probleemanalyse before the plan van aanpak, ``Spoor2Gestart`` before
``DetacheringGestart``, every ``HerstelGemeld`` followed by a
``ZiekteTeruggemeld`` 1-27 days later (optionally one final recovery without
relapse), dates on or after the first sick day, a voluntary extension past the
regular end of the waiting period, loonsanctie weeks in 1-52, and corrections
and withdrawals that name an existing, still valid earlier position.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, get_args

from hypothesis import strategies as st

from domain.waarden import Doel, Rol

ROLLEN = get_args(Rol)
DOELEN = get_args(Doel)

# A required text (``Tekst``): at least one visible character, then anything.
tekst = st.builds(
    lambda begin, rest: begin + rest,
    st.sampled_from(["A", "z", "é", "Ω", "€", "7"]),
    st.text(max_size=8),
)
vrije_tekst = st.text(max_size=10)
door = st.none() | st.builds(
    lambda rol, naam: {"rol": rol} if naam is None else {"rol": rol, "naam": naam},
    st.sampled_from(ROLLEN),
    # An empty name is left out: export drops it (see test_lege_naam_overleeft_export).
    st.none() | st.text(min_size=1, max_size=10),
)


def decimaal(minimum: str, maximum: str) -> st.SearchStrategy[Any]:
    """A decimal as the exchange format allows it: a JSON number or a string."""
    getal = st.decimals(Decimal(minimum), Decimal(maximum), places=2, allow_nan=False)
    return getal.flatmap(lambda d: st.sampled_from([str(d), float(d)]))


# Facts without ordering constraints, with a strategy for their own fields.
VRIJE_FEITEN: dict[str, st.SearchStrategy[dict[str, Any]]] = {
    "ArbodienstGeinformeerd": st.just({}),
    "ProbleemanalyseOpgesteld": st.fixed_dictionaries({"benutbare_mogelijkheden": st.booleans()}),
    "ArbeidsdeskundigOnderzoekUitgevoerd": st.fixed_dictionaries(
        {"advies": st.sampled_from(["spoor1", "spoor2", "beide"])}
    ),
    "ZiekmeldingUWVGedaan": st.just({}),
    "EerstejaarsevaluatieGehouden": st.fixed_dictionaries(
        {"perspectief_eigen_werkgever": st.booleans()},
        optional={"visie_werkgever": vrije_tekst, "visie_werknemer": vrije_tekst},
    ),
    "Spoor2Gestart": st.just({}),
    "ReintegratiebureauGekozen": st.fixed_dictionaries(
        {
            "bureau": tekst,
            "keurmerk_blik_op_werk": st.booleans(),
            "instemming_werknemer": st.booleans(),
        },
        optional={"ondernemingsraad_geraadpleegd": st.booleans(), "bezwaar_werknemer": vrije_tekst},
    ),
    "TrajectplanOpgesteld": st.fixed_dictionaries({}, optional={"persoonsprofiel": vrije_tekst}),
    "WerkHervat": st.fixed_dictionaries(
        {"percentage": st.integers(1, 100), "soort": st.sampled_from(DOELEN)}
    ),
    "InterventieIngezet": st.fixed_dictionaries({"soort": tekst}),
    "ContactGehad": st.fixed_dictionaries(
        {"met": st.sampled_from(["werknemer", "arbodienst", "reintegratiebedrijf", "inlener"])}
    ),
    "DeskundigenoordeelAangevraagd": st.fixed_dictionaries(
        {"aanvrager": st.sampled_from(["werkgever", "werknemer"]), "vraag": tekst}
    ),
    "DeskundigenoordeelOntvangen": st.fixed_dictionaries({"uitkomst": tekst}),
    "ActueelOordeelOpgesteld": st.just({}),
    "EindevaluatieGehouden": st.just({}),
    "ReintegratieverslagOpgesteld": st.just({}),
    "WIAAangevraagd": st.just({}),
    "IVAAangevraagd": st.just({}),
    "LoonsanctieOpgelegd": st.fixed_dictionaries({"weken": st.integers(1, 52)}),
}

PLAN = st.fixed_dictionaries(
    {"casemanager": tekst, "doel": st.sampled_from(DOELEN)},
    optional={"visie_werkgever": vrije_tekst, "visie_werknemer": vrije_tekst},
)
BIJSTELLING = st.fixed_dictionaries(
    {"reden": tekst},
    optional={"visie_werkgever": vrije_tekst, "visie_werknemer": vrije_tekst},
)
DETACHERING = st.fixed_dictionaries(
    {"inlener": tekst, "uren_per_week": decimaal("0.25", "168")},
    optional={"inleenvergoeding_per_uur": decimaal("0", "250")},
)

# Facts a withdrawal may take away without breaking an ordering rule of section 4.
INTREKBAAR = frozenset(
    {
        "ArbodienstGeinformeerd",
        "ArbeidsdeskundigOnderzoekUitgevoerd",
        "ContactGehad",
        "InterventieIngezet",
        "WerkHervat",
        "EvaluatieGehouden",
        "ZiekmeldingUWVGedaan",
    }
)


VAAK = frozenset(
    {
        "ProbleemanalyseOpgesteld",
        "PlanVanAanpakOpgesteld",
        "EvaluatieGehouden",
        "EerstejaarsevaluatieGehouden",
        "Spoor2Gestart",
        "ZiekmeldingUWVGedaan",
        "terugval",
    }
)


@dataclass
class Schets:
    """A generated dossier: its first sick day and its lines (JSON-ready dicts)."""

    eerste_ziektedag: date
    regels: list[dict[str, Any]] = field(default_factory=list)

    def jsonl(self) -> list[str]:
        """The dossier as JSON Lines."""
        return [json.dumps(regel, ensure_ascii=False) for regel in self.regels]

    def met(self, *regels: dict[str, Any]) -> Schets:
        """The same dossier with extra lines at the end."""
        return Schets(self.eerste_ziektedag, [*self.regels, *regels])

    def dag(self, n: int) -> date:
        """Day ``n`` of the case without any gap (day 1 is the first sick day)."""
        return self.eerste_ziektedag + timedelta(days=n - 1)


def regel(type_naam: str, datum: date, **velden: Any) -> dict[str, Any]:
    """One line of the exchange format."""
    return {"type": type_naam, "datum": datum.isoformat(), **velden}


@st.composite
def geldige_dossiers(
    draw: st.DrawFn,
    *,
    max_feiten: int = 14,
    terugval: bool = True,
    verlenging: bool = True,
    einde: bool = True,
    registraties: bool = True,
) -> Schets:
    """A valid dossier (see the module docstring).

    ``terugval`` allows recovery/relapse pairs and a final recovery, ``verlenging``
    a voluntary extension, ``einde`` a closing ``DossierGesloten`` and
    ``registraties`` corrections and withdrawals.
    """
    eerste = draw(st.dates(date(2015, 1, 1), date(2030, 12, 31)))
    schets = Schets(eerste)
    datum = eerste + timedelta(days=draw(st.integers(0, 7)))

    def voeg_toe(type_naam: str, op: date, velden: dict[str, Any]) -> None:
        extra: dict[str, Any] = {}
        wie = draw(door)
        if wie is not None:
            extra["door"] = wie
        toelichting = draw(st.none() | vrije_tekst)
        if toelichting is not None:
            extra["toelichting"] = toelichting
        schets.regels.append(regel(type_naam, op, **velden, **extra))

    voeg_toe(
        "ZiekmeldingOntvangen",
        datum,
        {
            "eerste_ziektedag": eerste.isoformat(),
            "werknemer": draw(tekst),
            "werkgever": draw(tekst),
        },
    )
    analyse = plan = spoor2 = detachering = False
    hersteldagen = 0
    verlengd_tot = eerste
    ingetrokken: set[int] = set()

    for _ in range(draw(st.integers(0, max_feiten))):
        datum += timedelta(days=draw(st.integers(0, 70)))
        keuzes = list(VRIJE_FEITEN)
        if analyse and not plan:
            keuzes.append("PlanVanAanpakOpgesteld")
        if plan:
            keuzes += ["EvaluatieGehouden", "PlanVanAanpakBijgesteld"]
        if spoor2 and not detachering:
            keuzes.append("DetacheringGestart")
        if detachering:
            keuzes.append("DetacheringBeeindigd")
        if terugval:
            keuzes.append("terugval")
        if verlenging:
            keuzes.append("WachttijdVrijwilligVerlengd")
        if registraties:
            keuzes += ["RegistratieGecorrigeerd", "RegistratieIngetrokken"]
        # The facts the deadline rules read come up more often than the rest.
        keuzes += [k for k in keuzes if k in VAAK]
        soort = draw(st.sampled_from(keuzes))

        if soort in VRIJE_FEITEN:
            voeg_toe(soort, datum, draw(VRIJE_FEITEN[soort]))
            analyse = analyse or soort == "ProbleemanalyseOpgesteld"
            spoor2 = spoor2 or soort == "Spoor2Gestart"
        elif soort == "PlanVanAanpakOpgesteld":
            voeg_toe(soort, datum, draw(PLAN))
            plan = True
        elif soort == "EvaluatieGehouden":
            voeg_toe(soort, datum, {})
        elif soort == "PlanVanAanpakBijgesteld":
            voeg_toe(soort, datum, draw(BIJSTELLING))
        elif soort == "DetacheringGestart":
            voeg_toe(soort, datum, draw(DETACHERING))
            detachering = True
        elif soort == "DetacheringBeeindigd":
            voeg_toe(soort, datum, {"reden": draw(tekst)})
            detachering = False
        elif soort == "terugval":
            gat = draw(st.integers(1, 27))
            voeg_toe("HerstelGemeld", datum, {})
            datum += timedelta(days=gat)
            voeg_toe("ZiekteTeruggemeld", datum, {})
            hersteldagen += gat
        elif soort == "WachttijdVrijwilligVerlengd":
            # Later than day 728 however the gaps so far fall (each can only move it later).
            # A further extension extends further: the latest one counts (contract section 2).
            regulier = max(eerste + timedelta(days=727 + hersteldagen), verlengd_tot)
            nieuw = regulier + timedelta(days=draw(st.integers(1, 365)))
            verlengd_tot = nieuw
            voeg_toe(soort, datum, {"nieuwe_einddatum": nieuw.isoformat()})
        elif soort == "RegistratieGecorrigeerd":
            kandidaten = [
                i
                for i, r in enumerate(schets.regels, start=1)
                if not r["type"].startswith("Registratie") and i not in ingetrokken
            ]
            betreft = draw(st.sampled_from(kandidaten))
            velden = draw(
                st.one_of(
                    st.fixed_dictionaries({"toelichting": st.none() | vrije_tekst}),
                    st.fixed_dictionaries({"door": door.filter(lambda d: d is not None)}),
                )
            )
            voeg_toe(soort, datum, {"betreft": betreft, "reden": draw(tekst), "velden": velden})
        else:  # RegistratieIngetrokken
            kandidaten = [
                i
                for i, r in enumerate(schets.regels, start=1)
                if r["type"] in INTREKBAAR and i not in ingetrokken
            ]
            if not kandidaten:
                continue
            betreft = draw(st.sampled_from(kandidaten))
            ingetrokken.add(betreft)
            voeg_toe(soort, datum, {"betreft": betreft, "reden": draw(tekst)})

    if terugval and draw(st.integers(0, 9)) == 0:
        datum += timedelta(days=draw(st.integers(0, 30)))
        voeg_toe("HerstelGemeld", datum, {})
    if einde and draw(st.integers(0, 9)) == 0:
        datum += timedelta(days=draw(st.integers(0, 30)))
        voeg_toe("DossierGesloten", datum, {"uitkomst": draw(tekst)})
    return schets


def peildata(schets: Schets, aantal: int = 4) -> st.SearchStrategy[list[date]]:
    """A few peildata in increasing order: around the facts' dates and up to after the wachttijd."""
    rond_feiten = st.sampled_from(
        sorted(
            {(date.fromisoformat(r["datum"]) - schets.eerste_ziektedag).days for r in schets.regels}
        )
    ).flatmap(lambda dag: st.integers(dag - 1, dag + 1))
    return st.lists(
        st.integers(-10, 1200) | rond_feiten, min_size=2, max_size=aantal, unique=True
    ).map(lambda offsets: [schets.eerste_ziektedag + timedelta(days=o) for o in sorted(offsets)])


def met_peildata(
    dossiers: st.SearchStrategy[Schets], aantal: int = 4
) -> st.SearchStrategy[tuple[Schets, list[date]]]:
    """A dossier together with a few increasing peildata for it."""
    return dossiers.flatmap(lambda schets: st.tuples(st.just(schets), peildata(schets, aantal)))
