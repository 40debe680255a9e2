"""Corrections and withdrawals are new facts: the record keeps the original, the current
facts and the obligations use the corrected state.

Every dossier here starts on 2025-01-06, so the probleemanalyse is due on day 42 =
2025-02-16 and, without an analysis, the plan van aanpak on day 56 = 2025-03-02.
"""

from __future__ import annotations

from datetime import date
from uuid import UUID

from adapters.opslag.dossierbestand import Dossierbestand
from domain.invoer import valideer
from domain.termijnen import Verplichting
from tests.application.helpers import ZIEKMELDING, given, recorded, regel
from tests.conftest import HERKOMST

PEILDATUM = date(2025, 4, 1)
PROBLEEMANALYSE = regel("ProbleemanalyseOpgesteld", "2025-02-10", benutbare_mogelijkheden=True)
PLAN = regel("PlanVanAanpakOpgesteld", "2025-02-20", casemanager="M. Bakker", doel="eigen_werk")


def verplichting(dossiers: Dossierbestand, dossier_id: UUID, regelnaam: str) -> Verplichting:
    """The one obligation with this rule name as of ``PEILDATUM``."""
    gevonden = [
        v
        for v in dossiers.dossier(dossier_id).termijnen(PEILDATUM).verplichtingen
        if v.regel == regelnaam
    ]
    assert len(gevonden) == 1
    return gevonden[0]


def feiten(dossiers: Dossierbestand, dossier_id: UUID) -> list[tuple[int, str, date]]:
    return [(f.positie, f.type_naam, f.datum) for f in dossiers.dossier(dossier_id).feiten]


def test_a_corrected_date_is_the_current_fact_while_the_record_keeps_the_original(
    dossiers: Dossierbestand,
) -> None:
    dossier_id = given(dossiers, [ZIEKMELDING, PROBLEEMANALYSE, PLAN])
    assert verplichting(dossiers, dossier_id, "probleemanalyse").status == "tijdig"

    dossiers.registreer(
        dossier_id,
        valideer(
            regel(
                "RegistratieGecorrigeerd",
                "2025-03-05",
                betreft=2,
                reden="analyse was pas op 2025-02-18 af",
                velden={"datum": "2025-02-18"},
            )
        ),
        HERKOMST,
    )

    dossier = dossiers.dossier(dossier_id)
    assert feiten(dossiers, dossier_id) == [
        (1, "ZiekmeldingOntvangen", date(2025, 1, 6)),
        (2, "ProbleemanalyseOpgesteld", date(2025, 2, 18)),
        (3, "PlanVanAanpakOpgesteld", date(2025, 2, 20)),
    ]
    assert dossier.feiten[1].gecorrigeerd_bij == (4,)
    assert recorded(dossiers, dossier_id)[1] == (
        2,
        "ProbleemanalyseOpgesteld",
        date(2025, 2, 10),
        {"benutbare_mogelijkheden": True},
    )
    assert recorded(dossiers, dossier_id)[3] == (
        4,
        "RegistratieGecorrigeerd",
        date(2025, 3, 5),
        {
            "betreft": 2,
            "reden": "analyse was pas op 2025-02-18 af",
            "velden": {"datum": "2025-02-18"},
        },
    )
    analyse = verplichting(dossiers, dossier_id, "probleemanalyse")
    assert (analyse.uiterste_datum, analyse.status, analyse.voldaan_op) == (
        date(2025, 2, 16),
        "te_laat",
        date(2025, 2, 18),
    )
    # The plan is now due two weeks after the corrected analysis: 2025-02-18 + 14 = 2025-03-04.
    assert verplichting(dossiers, dossier_id, "plan_van_aanpak").uiterste_datum == date(2025, 3, 4)


def test_a_corrected_field_changes_which_obligations_apply(dossiers: Dossierbestand) -> None:
    dossier_id = given(dossiers, [ZIEKMELDING, PROBLEEMANALYSE])
    assert verplichting(dossiers, dossier_id, "plan_van_aanpak").status == "verlopen"

    dossiers.registreer(
        dossier_id,
        valideer(
            regel(
                "RegistratieGecorrigeerd",
                "2025-03-05",
                betreft=2,
                reden="bedrijfsarts ziet geen mogelijkheden",
                velden={"benutbare_mogelijkheden": False},
            )
        ),
        HERKOMST,
    )

    assert dossiers.dossier(dossier_id).feiten[1].velden == {"benutbare_mogelijkheden": False}
    assert recorded(dossiers, dossier_id)[1][3] == {"benutbare_mogelijkheden": True}
    assert verplichting(dossiers, dossier_id, "plan_van_aanpak").status == "niet_van_toepassing"


def test_two_corrections_of_one_fact_apply_in_order(dossiers: Dossierbestand) -> None:
    dossier_id = given(
        dossiers,
        [
            ZIEKMELDING,
            regel("WerkHervat", "2025-05-05", percentage=20, soort="eigen_werk"),
            regel(
                "RegistratieGecorrigeerd",
                "2025-05-06",
                betreft=2,
                reden="a",
                velden={"percentage": 40},
            ),
            regel(
                "RegistratieGecorrigeerd",
                "2025-05-07",
                betreft=2,
                reden="b",
                velden={"soort": "aangepast_werk"},
            ),
        ],
    )

    hervat = dossiers.dossier(dossier_id).feiten[1]
    assert (hervat.positie, hervat.velden, hervat.gecorrigeerd_bij) == (
        2,
        {"percentage": 40, "soort": "aangepast_werk"},
        (3, 4),
    )


def test_a_withdrawn_fact_disappears_and_its_obligation_is_unmet_again(
    dossiers: Dossierbestand,
) -> None:
    dossier_id = given(dossiers, [ZIEKMELDING, PROBLEEMANALYSE])
    assert verplichting(dossiers, dossier_id, "probleemanalyse").status == "tijdig"

    dossiers.registreer(
        dossier_id,
        valideer(regel("RegistratieIngetrokken", "2025-03-05", betreft=2, reden="ander dossier")),
        HERKOMST,
    )

    assert feiten(dossiers, dossier_id) == [(1, "ZiekmeldingOntvangen", date(2025, 1, 6))]
    assert [r[:2] for r in recorded(dossiers, dossier_id)] == [
        (1, "ZiekmeldingOntvangen"),
        (2, "ProbleemanalyseOpgesteld"),
        (3, "RegistratieIngetrokken"),
    ]
    analyse = verplichting(dossiers, dossier_id, "probleemanalyse")
    assert (analyse.status, analyse.voldaan_op) == ("verlopen", None)
    # Without an analysis the plan van aanpak is due on day 56 again.
    assert verplichting(dossiers, dossier_id, "plan_van_aanpak").uiterste_datum == date(2025, 3, 2)


def test_withdrawing_a_correction_restores_the_original_value(dossiers: Dossierbestand) -> None:
    dossier_id = given(
        dossiers,
        [
            ZIEKMELDING,
            PROBLEEMANALYSE,
            regel(
                "RegistratieGecorrigeerd",
                "2025-03-05",
                betreft=2,
                reden="verkeerde datum",
                velden={"datum": "2025-02-18"},
            ),
        ],
    )
    assert verplichting(dossiers, dossier_id, "probleemanalyse").status == "te_laat"

    dossiers.registreer(
        dossier_id,
        valideer(regel("RegistratieIngetrokken", "2025-03-06", betreft=3, reden="toch goed")),
        HERKOMST,
    )

    dossier = dossiers.dossier(dossier_id)
    assert feiten(dossiers, dossier_id) == [
        (1, "ZiekmeldingOntvangen", date(2025, 1, 6)),
        (2, "ProbleemanalyseOpgesteld", date(2025, 2, 10)),
    ]
    assert dossier.feiten[1].gecorrigeerd_bij == ()
    analyse = verplichting(dossiers, dossier_id, "probleemanalyse")
    assert (analyse.status, analyse.voldaan_op) == ("tijdig", date(2025, 2, 10))


def test_a_correction_of_eerste_ziektedag_moves_every_deadline(dossiers: Dossierbestand) -> None:
    dossier_id = given(dossiers, [ZIEKMELDING])

    dossiers.registreer(
        dossier_id,
        valideer(
            regel(
                "RegistratieGecorrigeerd",
                "2025-01-20",
                betreft=1,
                reden="eerste ziektedag was vrijdag",
                velden={"datum": "2025-01-03", "eerste_ziektedag": "2025-01-03"},
            )
        ),
        HERKOMST,
    )

    dossier = dossiers.dossier(dossier_id)
    assert dossier.eerste_ziektedag == date(2025, 1, 3)
    overzicht = dossier.termijnen(PEILDATUM)
    # Day 42 = 2025-01-03 + 41 = 2025-02-13; day 728 = 2025-01-03 + 727 = 2026-12-31.
    assert overzicht.verplichtingen[0].uiterste_datum == date(2025, 2, 13)
    assert overzicht.einde_wachttijd == date(2026, 12, 31)
    assert recorded(dossiers, dossier_id)[0][3]["eerste_ziektedag"] == date(2025, 1, 6)


def test_a_correction_is_replayed_from_the_store_the_same_way(dossiers: Dossierbestand) -> None:
    dossier_id = given(
        dossiers,
        [
            ZIEKMELDING,
            PROBLEEMANALYSE,
            regel(
                "RegistratieGecorrigeerd",
                "2025-03-05",
                betreft=2,
                reden="x",
                velden={"datum": "2025-02-18"},
            ),
        ],
    )

    # The read model (used by signalen) is written from the corrected facts too.
    (rij,) = dossiers.overzicht()
    assert [(f.positie, f.datum) for f in rij.feiten()] == [
        (1, date(2025, 1, 6)),
        (2, date(2025, 2, 18)),
    ]
    assert rij.versie == 3
    assert feiten(dossiers, dossier_id)[1] == (2, "ProbleemanalyseOpgesteld", date(2025, 2, 18))


def test_a_correction_in_contract_form_names_the_corrected_fields_at_top_level(
    dossiers: Dossierbestand,
) -> None:
    # Contract section 3: RegistratieGecorrigeerd carries "betreft, the corrected fields,
    # reden" -- the corrected fields as ordinary keys of the line, no "velden" wrapper.
    dossier_id = given(dossiers, [ZIEKMELDING, PROBLEEMANALYSE])

    dossiers.registreer(
        dossier_id,
        valideer(
            {
                "type": "RegistratieGecorrigeerd",
                "datum": "2025-03-05",
                "betreft": 2,
                "reden": "bedrijfsarts ziet geen mogelijkheden",
                "benutbare_mogelijkheden": False,
            }
        ),
        HERKOMST,
    )

    assert dossiers.dossier(dossier_id).feiten[1].velden == {"benutbare_mogelijkheden": False}


def test_an_import_applies_its_corrections_and_withdrawals_in_order(
    dossiers: Dossierbestand,
) -> None:
    dossier_id = dossiers.importeer(
        [
            valideer(ZIEKMELDING),
            valideer(PROBLEEMANALYSE),
            valideer(regel("ContactGehad", "2025-02-11", met="werknemer")),
            valideer(
                regel(
                    "RegistratieGecorrigeerd",
                    "2025-03-01",
                    betreft=2,
                    reden="x",
                    velden={"datum": "2025-02-18"},
                )
            ),
            valideer(regel("RegistratieIngetrokken", "2025-03-02", betreft=3, reden="y")),
        ],
        HERKOMST,
    )

    assert feiten(dossiers, dossier_id) == [
        (1, "ZiekmeldingOntvangen", date(2025, 1, 6)),
        (2, "ProbleemanalyseOpgesteld", date(2025, 2, 18)),
    ]
    assert len(recorded(dossiers, dossier_id)) == 5
