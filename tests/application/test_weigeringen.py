"""Every refusal of contract section 4: the right typed error, a message that names the
field (or line) and the rule, and nothing stored.

Single commands are checked against a stored dossier whose version and recordings
must be unchanged afterwards; imports against an empty store that must stay empty.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any
from uuid import UUID

import pytest

from adapters.opslag.dossierbestand import Dossierbestand
from adapters.uitwisseling.jsonl import lees_invoer
from domain.fouten import (
    DatumVoorEersteZiektedagError,
    DetacheringVoorSpoor2Error,
    GeenZiekmeldingError,
    GeweigerdError,
    LoonsanctieWekenError,
    OnbekendePositieError,
    OnbekendTypeError,
    OngeldigeJSONError,
    OngeldigVeldError,
    PlanVoorProbleemanalyseError,
    TerugmeldingNaVierWekenError,
    TerugmeldingZonderHerstelError,
    TweedeZiekmeldingError,
)
from domain.invoer import valideer
from tests.application.helpers import (
    VERPLICHTE_VELDEN,
    VOORBEELDEN,
    ZIEKMELDING,
    given,
    recorded,
    regel,
    registraties,
)
from tests.conftest import HERKOMST

PROBLEEMANALYSE = regel("ProbleemanalyseOpgesteld", "2025-02-10", benutbare_mogelijkheden=True)
PLAN = regel("PlanVanAanpakOpgesteld", "2025-02-20", casemanager="M. Bakker", doel="eigen_werk")
SPOOR2 = regel("Spoor2Gestart", "2026-01-19")
DETACHERING = regel(
    "DetacheringGestart", "2026-03-02", inlener="Gemeente Utrecht", uren_per_week=24
)
HERSTEL = regel("HerstelGemeld", "2025-03-03")
PLAN_DATUM = date(2025, 2, 20)


def weigert(
    dossiers: Dossierbestand,
    dossier_id: UUID,
    gegevens: dict[str, Any],
    fout: type[GeweigerdError],
    *,
    veld: str,
    toets: str,
) -> str:
    """Record one fact, expect exactly ``fout`` naming ``veld`` and ``toets``; nothing stored."""
    voor = registraties(dossiers, dossier_id)
    overzicht_voor = dossiers.overzicht()

    with pytest.raises(GeweigerdError) as info:
        dossiers.registreer(dossier_id, valideer(gegevens), HERKOMST)

    assert type(info.value) is fout
    tekst = str(info.value)
    assert f"veld '{veld}'" in tekst
    assert f"[toets: {toets}]" in tekst
    assert registraties(dossiers, dossier_id) == voor
    assert dossiers.overzicht() == overzicht_voor
    return tekst


def import_weigert(
    dossiers: Dossierbestand,
    regels: Sequence[dict[str, Any] | str],
    fout: type[GeweigerdError],
    *,
    lijnnummer: int,
    toets: str,
    veld: str | None = None,
) -> str:
    """Import these lines, expect exactly ``fout`` naming the line; the store stays empty."""
    tekst_regels = [r if isinstance(r, str) else json.dumps(r) for r in regels]

    with pytest.raises(GeweigerdError) as info:
        dossiers.importeer(lees_invoer(tekst_regels), HERKOMST)

    assert type(info.value) is fout
    tekst = str(info.value)
    assert tekst.startswith(f"regel {lijnnummer}")
    assert f"[toets: {toets}]" in tekst
    if veld is not None:
        assert f"veld '{veld}'" in tekst
    assert dossiers.overzicht() == []
    assert list(dossiers.dossier_ids()) == []
    return tekst


@pytest.fixture
def dossier_id(dossiers: Dossierbestand) -> UUID:
    """A stored dossier holding only the ziekmelding of 2025-01-06."""
    return given(dossiers, [ZIEKMELDING])


# -- the exchange format: JSON and type -------------------------------------------------------


def test_a_line_that_is_not_json_refuses_the_whole_import(dossiers: Dossierbestand) -> None:
    tekst = import_weigert(
        dossiers,
        [ZIEKMELDING, PROBLEEMANALYSE, '{"type": "PlanVanAanpakOpgesteld", "datum": '],
        OngeldigeJSONError,
        lijnnummer=3,
        toets="geldige_json",
    )
    assert "geen geldige JSON" in tekst


def test_a_line_that_is_json_but_not_an_object_is_refused(dossiers: Dossierbestand) -> None:
    tekst = import_weigert(
        dossiers,
        [ZIEKMELDING, '["ContactGehad", "2025-01-13"]'],
        OngeldigeJSONError,
        lijnnummer=2,
        toets="geldige_json",
    )
    assert "list" in tekst


def test_an_unknown_type_refuses_the_whole_import(dossiers: Dossierbestand) -> None:
    tekst = import_weigert(
        dossiers,
        [ZIEKMELDING, PROBLEEMANALYSE, regel("PlanVanAanpakGemaakt", "2025-02-20")],
        OnbekendTypeError,
        lijnnummer=3,
        veld="type",
        toets="bekend_type",
    )
    assert "'PlanVanAanpakGemaakt'" in tekst


def test_a_line_without_a_type_is_refused(dossiers: Dossierbestand) -> None:
    import_weigert(
        dossiers,
        [ZIEKMELDING, {"datum": "2025-01-13", "met": "werknemer"}],
        OnbekendTypeError,
        lijnnummer=2,
        veld="type",
        toets="bekend_type",
    )


def test_an_unknown_type_is_refused_as_a_single_command_too(
    dossiers: Dossierbestand, dossier_id: UUID
) -> None:
    voor = registraties(dossiers, dossier_id)

    with pytest.raises(OnbekendTypeError) as info:
        dossiers.registreer(dossier_id, valideer(regel("Telefoontje", "2025-01-13")), HERKOMST)

    assert "veld 'type'" in str(info.value)
    assert "[toets: bekend_type]" in str(info.value)
    assert registraties(dossiers, dossier_id) == voor


# -- fields: missing, wrong type, malformed dates ---------------------------------------------


VERPLICHT = [(t, v) for t, velden in VERPLICHTE_VELDEN.items() for v in velden]


@pytest.mark.parametrize(("type_naam", "veld"), VERPLICHT, ids=[f"{t}.{v}" for t, v in VERPLICHT])
def test_a_missing_required_field_refuses_the_whole_import(
    dossiers: Dossierbestand, type_naam: str, veld: str
) -> None:
    voorbeeld = VOORBEELDEN[type_naam]
    onvolledig = regel(
        type_naam, voorbeeld.datum, **{k: w for k, w in voorbeeld.velden.items() if k != veld}
    )
    voorgeschiedenis = [] if type_naam == "ZiekmeldingOntvangen" else [ZIEKMELDING]
    voorgeschiedenis += voorbeeld.voorgeschiedenis

    tekst = import_weigert(
        dossiers,
        [*voorgeschiedenis, onvolledig],
        OngeldigVeldError,
        lijnnummer=len(voorgeschiedenis) + 1,
        veld=veld,
        toets="geldig_veld",
    )
    assert "verplicht veld ontbreekt" in tekst


@pytest.mark.parametrize("type_naam", ["ContactGehad", "ProbleemanalyseOpgesteld", "HerstelGemeld"])
def test_a_fact_without_datum_is_refused(
    dossiers: Dossierbestand, dossier_id: UUID, type_naam: str
) -> None:
    gegevens = {"type": type_naam, **VOORBEELDEN[type_naam].velden}
    voor = registraties(dossiers, dossier_id)

    with pytest.raises(OngeldigVeldError) as info:
        dossiers.registreer(dossier_id, valideer(gegevens), HERKOMST)

    assert "veld 'datum': verplicht veld ontbreekt [toets: geldig_veld]" in str(info.value)
    assert registraties(dossiers, dossier_id) == voor


def test_a_missing_required_field_is_refused_as_a_single_command(
    dossiers: Dossierbestand, dossier_id: UUID
) -> None:
    tekst = weigert(
        dossiers,
        dossier_id,
        regel("ProbleemanalyseOpgesteld", "2025-02-10"),
        OngeldigVeldError,
        veld="benutbare_mogelijkheden",
        toets="geldig_veld",
    )
    assert "verplicht veld ontbreekt" in tekst


@pytest.mark.parametrize(
    ("gegevens", "veld", "reden"),
    [
        pytest.param(
            regel("ProbleemanalyseOpgesteld", "2025-02-10", benutbare_mogelijkheden="true"),
            "benutbare_mogelijkheden",
            "verwacht true of false",
            id="bool-as-string",
        ),
        pytest.param(
            regel("ProbleemanalyseOpgesteld", "2025-02-10", benutbare_mogelijkheden=1),
            "benutbare_mogelijkheden",
            "verwacht true of false",
            id="bool-as-number",
        ),
        pytest.param(
            regel("WerkHervat", "2025-05-05", percentage="abc", soort="eigen_werk"),
            "percentage",
            "verwacht een geheel getal",
            id="int-as-text",
        ),
        pytest.param(
            regel("WerkHervat", "2025-05-05", percentage="50", soort="eigen_werk"),
            "percentage",
            "verwacht een geheel getal",
            id="int-as-numeric-string",
        ),
        pytest.param(
            regel("WerkHervat", "2025-05-05", percentage=0, soort="eigen_werk"),
            "percentage",
            "waarde te klein",
            id="percentage-0",
        ),
        pytest.param(
            regel("WerkHervat", "2025-05-05", percentage=101, soort="eigen_werk"),
            "percentage",
            "waarde te groot",
            id="percentage-101",
        ),
        pytest.param(
            regel("ContactGehad", "2025-01-13", met="buurman"),
            "met",
            "ongeldige waarde 'buurman'",
            id="value-outside-vocabulary",
        ),
        pytest.param(
            regel("DeskundigenoordeelOntvangen", "2025-08-12", uitkomst=42),
            "uitkomst",
            "verwacht tekst",
            id="text-as-number",
        ),
        pytest.param(
            regel("DeskundigenoordeelOntvangen", "2025-08-12", uitkomst="   "),
            "uitkomst",
            "mag niet leeg zijn",
            id="blank-text",
        ),
        pytest.param(
            regel("ContactGehad", "2025-01-13", met="werknemer", door={"rol": "buurman"}),
            "door.rol",
            "ongeldige waarde 'buurman'",
            id="door-with-unknown-role",
        ),
        pytest.param(
            regel("ContactGehad", "2025-01-13", met="werknemer", kanaal="telefoon"),
            "kanaal",
            "onbekend veld voor dit type",
            id="unknown-field",
        ),
    ],
)
def test_a_field_of_the_wrong_type_is_refused(
    dossiers: Dossierbestand, dossier_id: UUID, gegevens: dict[str, Any], veld: str, reden: str
) -> None:
    tekst = weigert(
        dossiers, dossier_id, gegevens, OngeldigVeldError, veld=veld, toets="geldig_veld"
    )
    assert reden in tekst


@pytest.mark.parametrize("uren", ["abc", "NaN", True, 0, 169])
def test_a_non_number_or_out_of_range_uren_per_week_is_refused(
    dossiers: Dossierbestand, uren: object
) -> None:
    dossier_id = given(dossiers, [ZIEKMELDING, SPOOR2])
    weigert(
        dossiers,
        dossier_id,
        {**DETACHERING, "uren_per_week": uren},
        OngeldigVeldError,
        veld="uren_per_week",
        toets="geldig_veld",
    )


def test_a_number_as_text_is_refused_for_weken_as_a_wrong_type(
    dossiers: Dossierbestand, dossier_id: UUID
) -> None:
    # "abc" is not a number at all: a wrong-type refusal, not the 1-52 range rule.
    weigert(
        dossiers,
        dossier_id,
        regel("LoonsanctieOpgelegd", "2026-12-01", weken="abc"),
        OngeldigVeldError,
        veld="weken",
        toets="geldig_veld",
    )


@pytest.mark.parametrize(
    ("onjuist", "reden"),
    [("2025-1-13", "verwacht een datum als JJJJ-MM-DD"), ("2025-02-30", "geen bestaande datum")],
)
def test_a_malformed_datum_is_refused(
    dossiers: Dossierbestand, dossier_id: UUID, onjuist: str, reden: str
) -> None:
    tekst = weigert(
        dossiers,
        dossier_id,
        regel("ContactGehad", onjuist, met="werknemer"),
        OngeldigVeldError,
        veld="datum",
        toets="geldig_veld",
    )
    assert reden in tekst
    assert repr(onjuist) in tekst


@pytest.mark.parametrize(
    ("onjuist", "reden"),
    [("2027-7-4", "verwacht een datum als JJJJ-MM-DD"), ("2027-02-29", "geen bestaande datum")],
)
def test_a_malformed_date_field_is_refused(
    dossiers: Dossierbestand, dossier_id: UUID, onjuist: str, reden: str
) -> None:
    tekst = weigert(
        dossiers,
        dossier_id,
        regel("WachttijdVrijwilligVerlengd", "2026-09-01", nieuwe_einddatum=onjuist),
        OngeldigVeldError,
        veld="nieuwe_einddatum",
        toets="geldig_veld",
    )
    assert reden in tekst


@pytest.mark.parametrize("onjuist", ["2025-1-6", "2025-02-30", 20250106])
def test_a_malformed_eerste_ziektedag_refuses_the_import(
    dossiers: Dossierbestand, onjuist: object
) -> None:
    import_weigert(
        dossiers,
        [{**ZIEKMELDING, "eerste_ziektedag": onjuist}, PROBLEEMANALYSE],
        OngeldigVeldError,
        lijnnummer=1,
        veld="eerste_ziektedag",
        toets="geldig_veld",
    )


# -- dates before the first sick day ----------------------------------------------------------


def test_a_datum_before_eerste_ziektedag_is_refused(
    dossiers: Dossierbestand, dossier_id: UUID
) -> None:
    tekst = weigert(
        dossiers,
        dossier_id,
        regel("ContactGehad", "2025-01-05", met="werknemer"),
        DatumVoorEersteZiektedagError,
        veld="datum",
        toets="datum_na_eerste_ziektedag",
    )
    assert "2025-01-05 ligt voor de eerste ziektedag 2025-01-06" in tekst


def test_a_datum_on_eerste_ziektedag_itself_is_accepted(
    dossiers: Dossierbestand, dossier_id: UUID
) -> None:
    dossiers.registreer(
        dossier_id, valideer(regel("ContactGehad", "2025-01-06", met="werknemer")), HERKOMST
    )

    assert [r[1] for r in recorded(dossiers, dossier_id)] == [
        "ZiekmeldingOntvangen",
        "ContactGehad",
    ]


def test_a_date_field_before_eerste_ziektedag_is_refused(
    dossiers: Dossierbestand, dossier_id: UUID
) -> None:
    tekst = weigert(
        dossiers,
        dossier_id,
        regel("WachttijdVrijwilligVerlengd", "2026-09-01", nieuwe_einddatum="2024-12-31"),
        DatumVoorEersteZiektedagError,
        veld="nieuwe_einddatum",
        toets="datum_na_eerste_ziektedag",
    )
    assert "2024-12-31" in tekst


def test_a_ziekmelding_dated_before_its_own_eerste_ziektedag_is_refused(
    dossiers: Dossierbestand,
) -> None:
    import_weigert(
        dossiers,
        [{**ZIEKMELDING, "datum": "2025-01-05"}],
        DatumVoorEersteZiektedagError,
        lijnnummer=1,
        veld="datum",
        toets="datum_na_eerste_ziektedag",
    )


def test_a_date_before_eerste_ziektedag_late_in_an_import_stores_nothing(
    dossiers: Dossierbestand,
) -> None:
    import_weigert(
        dossiers,
        [ZIEKMELDING, PROBLEEMANALYSE, PLAN, regel("EvaluatieGehouden", "2024-12-30")],
        DatumVoorEersteZiektedagError,
        lijnnummer=4,
        veld="datum",
        toets="datum_na_eerste_ziektedag",
    )


@pytest.mark.parametrize("type_naam", ["RegistratieGecorrigeerd", "RegistratieIngetrokken"])
def test_a_correction_or_withdrawal_dated_before_eerste_ziektedag_is_refused(
    dossiers: Dossierbestand, type_naam: str
) -> None:
    dossier_id = given(
        dossiers, [ZIEKMELDING, regel("ContactGehad", "2025-01-13", met="werknemer")]
    )
    velden: dict[str, Any] = {"betreft": 2, "reden": "vergissing"}
    if type_naam == "RegistratieGecorrigeerd":
        velden["velden"] = {"met": "arbodienst"}

    weigert(
        dossiers,
        dossier_id,
        regel(type_naam, "2025-01-05", **velden),
        DatumVoorEersteZiektedagError,
        veld="datum",
        toets="datum_na_eerste_ziektedag",
    )


# -- the order of facts -----------------------------------------------------------------------


def test_a_dossier_that_does_not_open_with_a_ziekmelding_is_refused(
    dossiers: Dossierbestand,
) -> None:
    import_weigert(
        dossiers,
        [regel("ContactGehad", "2025-01-13", met="werknemer"), ZIEKMELDING],
        GeenZiekmeldingError,
        lijnnummer=1,
        veld="type",
        toets="dossier_begint_met_ziekmelding",
    )


def test_a_second_ziekmelding_is_refused(dossiers: Dossierbestand, dossier_id: UUID) -> None:
    voor = registraties(dossiers, dossier_id)

    with pytest.raises(TweedeZiekmeldingError) as info:
        dossiers.registreer(dossier_id, valideer({**ZIEKMELDING, "datum": "2025-04-01"}), HERKOMST)

    assert "(ZiekmeldingOntvangen)" in str(info.value)
    assert "[toets: een_ziekmelding_per_dossier]" in str(info.value)
    assert registraties(dossiers, dossier_id) == voor


def test_a_second_ziekmelding_refuses_the_whole_import(dossiers: Dossierbestand) -> None:
    later = {**ZIEKMELDING, "datum": "2025-09-01", "eerste_ziektedag": "2025-09-01"}

    import_weigert(
        dossiers,
        [ZIEKMELDING, PROBLEEMANALYSE, later],
        TweedeZiekmeldingError,
        lijnnummer=3,
        toets="een_ziekmelding_per_dossier",
    )


def test_a_plan_van_aanpak_before_any_probleemanalyse_is_refused(
    dossiers: Dossierbestand, dossier_id: UUID
) -> None:
    tekst = weigert(
        dossiers,
        dossier_id,
        PLAN,
        PlanVoorProbleemanalyseError,
        veld="datum",
        toets="plan_na_probleemanalyse",
    )
    assert "2025-02-20" in tekst


def test_a_plan_van_aanpak_dated_before_a_later_probleemanalyse_is_refused(
    dossiers: Dossierbestand,
) -> None:
    dossier_id = given(
        dossiers,
        [
            ZIEKMELDING,
            regel("ProbleemanalyseOpgesteld", "2025-02-21", benutbare_mogelijkheden=True),
        ],
    )

    weigert(
        dossiers,
        dossier_id,
        PLAN,
        PlanVoorProbleemanalyseError,
        veld="datum",
        toets="plan_na_probleemanalyse",
    )


def test_a_plan_van_aanpak_on_the_day_of_the_probleemanalyse_is_accepted(
    dossiers: Dossierbestand,
) -> None:
    dossier_id = given(
        dossiers,
        [
            ZIEKMELDING,
            regel("ProbleemanalyseOpgesteld", "2025-02-20", benutbare_mogelijkheden=True),
        ],
    )

    positie = dossiers.registreer(dossier_id, valideer(PLAN), HERKOMST)

    assert positie == 3
    assert recorded(dossiers, dossier_id)[-1][:3] == (3, "PlanVanAanpakOpgesteld", PLAN_DATUM)


def test_a_plan_before_the_probleemanalyse_refuses_the_whole_import(
    dossiers: Dossierbestand,
) -> None:
    import_weigert(
        dossiers,
        [ZIEKMELDING, PLAN, PROBLEEMANALYSE],
        PlanVoorProbleemanalyseError,
        lijnnummer=2,
        veld="datum",
        toets="plan_na_probleemanalyse",
    )


def test_a_detachering_before_spoor2_is_refused(dossiers: Dossierbestand, dossier_id: UUID) -> None:
    weigert(
        dossiers,
        dossier_id,
        DETACHERING,
        DetacheringVoorSpoor2Error,
        veld="datum",
        toets="detachering_na_spoor2",
    )


def test_a_detachering_dated_before_a_later_spoor2_is_refused(dossiers: Dossierbestand) -> None:
    dossier_id = given(dossiers, [ZIEKMELDING, regel("Spoor2Gestart", "2026-03-03")])

    weigert(
        dossiers,
        dossier_id,
        DETACHERING,
        DetacheringVoorSpoor2Error,
        veld="datum",
        toets="detachering_na_spoor2",
    )


def test_a_ziekte_teruggemeld_without_herstel_is_refused(
    dossiers: Dossierbestand, dossier_id: UUID
) -> None:
    weigert(
        dossiers,
        dossier_id,
        regel("ZiekteTeruggemeld", "2025-03-17"),
        TerugmeldingZonderHerstelError,
        veld="datum",
        toets="terugmelding_na_herstel",
    )


def test_a_second_ziekte_teruggemeld_after_one_herstel_is_refused(
    dossiers: Dossierbestand,
) -> None:
    dossier_id = given(dossiers, [ZIEKMELDING, HERSTEL, regel("ZiekteTeruggemeld", "2025-03-17")])

    weigert(
        dossiers,
        dossier_id,
        regel("ZiekteTeruggemeld", "2025-03-24"),
        TerugmeldingZonderHerstelError,
        veld="datum",
        toets="terugmelding_na_herstel",
    )


@pytest.mark.parametrize(
    "terug",
    # HerstelGemeld 2025-03-03: 28 days later is 2025-03-31; 60 days later is 2025-05-02.
    ["2025-03-31", "2025-05-02"],
)
def test_a_ziekte_teruggemeld_28_days_or_more_after_herstel_is_refused(
    dossiers: Dossierbestand, terug: str
) -> None:
    dossier_id = given(dossiers, [ZIEKMELDING, HERSTEL])

    tekst = weigert(
        dossiers,
        dossier_id,
        regel("ZiekteTeruggemeld", terug),
        TerugmeldingNaVierWekenError,
        veld="datum",
        toets="terugmelding_binnen_vier_weken",
    )
    assert "2025-03-03" in tekst


def test_a_ziekte_teruggemeld_27_days_after_herstel_is_accepted(dossiers: Dossierbestand) -> None:
    dossier_id = given(dossiers, [ZIEKMELDING, HERSTEL])

    # 2025-03-03 + 27 days = 2025-03-30.
    positie = dossiers.registreer(
        dossier_id, valideer(regel("ZiekteTeruggemeld", "2025-03-30")), HERKOMST
    )

    assert positie == 3
    assert recorded(dossiers, dossier_id)[-1] == (3, "ZiekteTeruggemeld", date(2025, 3, 30), {})
    verloop = dossiers.dossier(dossier_id).termijnen(date(2025, 4, 1)).verloop
    assert [(o.eerste_hersteldag, o.dagen) for o in verloop.onderbrekingen] == [
        (date(2025, 3, 3), 27)
    ]


def test_a_backdated_herstel_cannot_turn_a_relapse_into_a_gap_of_four_weeks_or_more(
    dossiers: Dossierbestand,
) -> None:
    # Recovered 2025-03-03, sick again 2025-03-17 (14 fit days). A HerstelGemeld recorded
    # afterwards but dated 2025-02-01 makes the relapse of 2025-03-17 come 44 days after a
    # recovery in date order: a new case under contract section 1, refused by section 4.
    dossier_id = given(dossiers, [ZIEKMELDING, HERSTEL, regel("ZiekteTeruggemeld", "2025-03-17")])

    tekst = weigert(
        dossiers,
        dossier_id,
        regel("HerstelGemeld", "2025-02-01"),
        TerugmeldingNaVierWekenError,
        veld="datum",
        toets="terugmelding_binnen_vier_weken",
    )
    assert "44 dagen" in tekst


@pytest.mark.parametrize("weken", [0, 53, -1])
def test_a_loonsanctie_outside_1_to_52_weeks_is_refused(
    dossiers: Dossierbestand, dossier_id: UUID, weken: int
) -> None:
    tekst = weigert(
        dossiers,
        dossier_id,
        regel("LoonsanctieOpgelegd", "2026-12-01", weken=weken),
        LoonsanctieWekenError,
        veld="weken",
        toets="loonsanctie_1_tot_52_weken",
    )
    assert repr(weken) in tekst


@pytest.mark.parametrize("weken", [1, 52])
def test_a_loonsanctie_of_1_or_52_weeks_is_accepted(
    dossiers: Dossierbestand, dossier_id: UUID, weken: int
) -> None:
    dossiers.registreer(
        dossier_id, valideer(regel("LoonsanctieOpgelegd", "2026-12-01", weken=weken)), HERKOMST
    )

    assert recorded(dossiers, dossier_id)[-1][1:] == (
        "LoonsanctieOpgelegd",
        date(2026, 12, 1),
        {"weken": weken},
    )


# -- corrections and withdrawals --------------------------------------------------------------


@pytest.mark.parametrize("betreft", [99, 3])
@pytest.mark.parametrize("type_naam", ["RegistratieGecorrigeerd", "RegistratieIngetrokken"])
def test_a_correction_or_withdrawal_of_a_position_that_does_not_exist_is_refused(
    dossiers: Dossierbestand, type_naam: str, betreft: int
) -> None:
    # The dossier has positions 1 and 2; position 3 would be the correction itself.
    dossier_id = given(dossiers, [ZIEKMELDING, PROBLEEMANALYSE])
    velden: dict[str, Any] = {"betreft": betreft, "reden": "vergissing"}
    if type_naam == "RegistratieGecorrigeerd":
        velden["velden"] = {"datum": "2025-02-11"}

    tekst = weigert(
        dossiers,
        dossier_id,
        regel(type_naam, "2025-03-01", **velden),
        OnbekendePositieError,
        veld="betreft",
        toets="bestaande_positie",
    )
    assert f"positie {betreft} bestaat niet" in tekst


def test_a_correction_naming_a_withdrawn_position_is_refused(dossiers: Dossierbestand) -> None:
    dossier_id = given(
        dossiers,
        [
            ZIEKMELDING,
            regel("ContactGehad", "2025-01-13", met="werknemer"),
            regel("RegistratieIngetrokken", "2025-01-20", betreft=2, reden="ander dossier"),
        ],
    )

    weigert(
        dossiers,
        dossier_id,
        regel(
            "RegistratieGecorrigeerd", "2025-01-21", betreft=2, reden="x", velden={"met": "inlener"}
        ),
        OnbekendePositieError,
        veld="betreft",
        toets="bestaande_positie",
    )


def test_a_correction_that_puts_the_probleemanalyse_after_the_plan_is_refused(
    dossiers: Dossierbestand,
) -> None:
    dossier_id = given(dossiers, [ZIEKMELDING, PROBLEEMANALYSE, PLAN])

    tekst = weigert(
        dossiers,
        dossier_id,
        regel(
            "RegistratieGecorrigeerd",
            "2025-03-01",
            betreft=2,
            reden="datum verkeerd",
            velden={"datum": "2025-02-21"},
        ),
        PlanVoorProbleemanalyseError,
        veld="datum",
        toets="plan_na_probleemanalyse",
    )
    assert "RegistratieGecorrigeerd van positie 2" in tekst


def test_a_correction_that_moves_a_fact_before_eerste_ziektedag_is_refused(
    dossiers: Dossierbestand,
) -> None:
    dossier_id = given(
        dossiers, [ZIEKMELDING, regel("ContactGehad", "2025-01-13", met="werknemer")]
    )

    weigert(
        dossiers,
        dossier_id,
        regel(
            "RegistratieGecorrigeerd",
            "2025-01-20",
            betreft=2,
            reden="tikfout",
            velden={"datum": "2024-01-13"},
        ),
        DatumVoorEersteZiektedagError,
        veld="datum",
        toets="datum_na_eerste_ziektedag",
    )


def test_a_correction_of_eerste_ziektedag_past_later_facts_is_refused(
    dossiers: Dossierbestand,
) -> None:
    dossier_id = given(dossiers, [ZIEKMELDING, PROBLEEMANALYSE])

    weigert(
        dossiers,
        dossier_id,
        regel(
            "RegistratieGecorrigeerd",
            "2025-03-01",
            betreft=1,
            reden="verkeerde dag",
            velden={"datum": "2025-02-17", "eerste_ziektedag": "2025-02-17"},
        ),
        DatumVoorEersteZiektedagError,
        veld="datum",
        toets="datum_na_eerste_ziektedag",
    )


def test_a_correction_that_stretches_a_relapse_to_four_weeks_is_refused(
    dossiers: Dossierbestand,
) -> None:
    dossier_id = given(dossiers, [ZIEKMELDING, HERSTEL, regel("ZiekteTeruggemeld", "2025-03-17")])

    weigert(
        dossiers,
        dossier_id,
        regel(
            "RegistratieGecorrigeerd",
            "2025-03-20",
            betreft=2,
            reden="herstel was eerder",
            velden={"datum": "2025-02-17"},
        ),
        TerugmeldingNaVierWekenError,
        veld="datum",
        toets="terugmelding_binnen_vier_weken",
    )


def test_a_correction_with_a_value_of_the_wrong_type_is_refused(dossiers: Dossierbestand) -> None:
    dossier_id = given(dossiers, [ZIEKMELDING, PROBLEEMANALYSE])

    tekst = weigert(
        dossiers,
        dossier_id,
        regel(
            "RegistratieGecorrigeerd",
            "2025-03-01",
            betreft=2,
            reden="x",
            velden={"benutbare_mogelijkheden": "nee"},
        ),
        OngeldigVeldError,
        veld="benutbare_mogelijkheden",
        toets="geldig_veld",
    )
    assert "correctie van positie 2" in tekst


def test_a_correction_of_a_field_the_type_does_not_have_is_refused(
    dossiers: Dossierbestand,
) -> None:
    dossier_id = given(dossiers, [ZIEKMELDING, PROBLEEMANALYSE])

    weigert(
        dossiers,
        dossier_id,
        regel("RegistratieGecorrigeerd", "2025-03-01", betreft=2, reden="x", velden={"doel": "x"}),
        OngeldigVeldError,
        veld="velden.doel",
        toets="geldig_veld",
    )


def test_a_correction_that_names_no_field_is_refused(dossiers: Dossierbestand) -> None:
    dossier_id = given(dossiers, [ZIEKMELDING, PROBLEEMANALYSE])

    weigert(
        dossiers,
        dossier_id,
        regel("RegistratieGecorrigeerd", "2025-03-01", betreft=2, reden="x", velden={}),
        OngeldigVeldError,
        veld="velden",
        toets="geldig_veld",
    )


def test_withdrawing_the_probleemanalyse_under_a_plan_is_refused(dossiers: Dossierbestand) -> None:
    dossier_id = given(dossiers, [ZIEKMELDING, PROBLEEMANALYSE, PLAN])

    weigert(
        dossiers,
        dossier_id,
        regel("RegistratieIngetrokken", "2025-03-01", betreft=2, reden="verkeerde werknemer"),
        PlanVoorProbleemanalyseError,
        veld="datum",
        toets="plan_na_probleemanalyse",
    )


def test_withdrawing_spoor2_under_a_detachering_is_refused(dossiers: Dossierbestand) -> None:
    dossier_id = given(dossiers, [ZIEKMELDING, SPOOR2, DETACHERING])

    weigert(
        dossiers,
        dossier_id,
        regel("RegistratieIngetrokken", "2026-03-10", betreft=2, reden="vergissing"),
        DetacheringVoorSpoor2Error,
        veld="datum",
        toets="detachering_na_spoor2",
    )


def test_withdrawing_the_herstel_under_a_relapse_is_refused(dossiers: Dossierbestand) -> None:
    dossier_id = given(dossiers, [ZIEKMELDING, HERSTEL, regel("ZiekteTeruggemeld", "2025-03-17")])

    weigert(
        dossiers,
        dossier_id,
        regel("RegistratieIngetrokken", "2025-03-20", betreft=2, reden="vergissing"),
        TerugmeldingZonderHerstelError,
        veld="datum",
        toets="terugmelding_na_herstel",
    )


def test_a_correction_of_a_correction_is_refused(dossiers: Dossierbestand) -> None:
    dossier_id = given(
        dossiers,
        [
            ZIEKMELDING,
            PROBLEEMANALYSE,
            regel(
                "RegistratieGecorrigeerd",
                "2025-03-01",
                betreft=2,
                reden="x",
                velden={"datum": "2025-02-11"},
            ),
        ],
    )

    tekst = weigert(
        dossiers,
        dossier_id,
        regel("RegistratieGecorrigeerd", "2025-03-02", betreft=3, reden="y", velden={"reden": "z"}),
        OnbekendePositieError,
        veld="betreft",
        toets="bestaande_positie",
    )
    assert "corrigeer het oorspronkelijke feit" in tekst


def test_a_withdrawal_of_a_withdrawal_is_refused(dossiers: Dossierbestand) -> None:
    dossier_id = given(
        dossiers,
        [
            ZIEKMELDING,
            regel("ContactGehad", "2025-01-13", met="werknemer"),
            regel("RegistratieIngetrokken", "2025-01-20", betreft=2, reden="ander dossier"),
        ],
    )

    weigert(
        dossiers,
        dossier_id,
        regel("RegistratieIngetrokken", "2025-01-21", betreft=3, reden="toch wel"),
        OnbekendePositieError,
        veld="betreft",
        toets="bestaande_positie",
    )


def test_the_ziekmelding_cannot_be_withdrawn(dossiers: Dossierbestand) -> None:
    dossier_id = given(dossiers, [ZIEKMELDING, PROBLEEMANALYSE])

    weigert(
        dossiers,
        dossier_id,
        regel("RegistratieIngetrokken", "2025-03-01", betreft=1, reden="x"),
        OnbekendePositieError,
        veld="betreft",
        toets="bestaande_positie",
    )


def test_a_correction_naming_a_missing_position_refuses_the_whole_import(
    dossiers: Dossierbestand,
) -> None:
    import_weigert(
        dossiers,
        [
            ZIEKMELDING,
            PROBLEEMANALYSE,
            regel("RegistratieIngetrokken", "2025-03-01", betreft=7, reden="x"),
        ],
        OnbekendePositieError,
        lijnnummer=3,
        veld="betreft",
        toets="bestaande_positie",
    )
