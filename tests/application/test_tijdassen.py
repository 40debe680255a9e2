"""Two time axes and the history: case dates (peildatum) and recording times (zoals bekend op)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from adapters.klok import VasteKlok
from adapters.opslag.dossierbestand import in_geheugen
from domain.invoer import valideer
from tests.conftest import HERKOMST, feit, ziekmelding

MAART_1 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)


def _dossiers_met_correctie():  # type: ignore[no-untyped-def]
    # Recorded on 10 February: an analysis dated 2025-02-20 (late). On 10 March the date is
    # corrected to 2025-02-14 (on time): the file said "late" until then.
    klok = VasteKlok(datetime(2025, 2, 10, 9, 0, tzinfo=UTC))
    dossiers = in_geheugen(klok)
    dossier_id = dossiers.importeer(
        [
            ziekmelding("2025-01-06"),
            feit("ProbleemanalyseOpgesteld", "2025-02-20", benutbare_mogelijkheden=True),
        ],
        HERKOMST,
    )
    klok.tijd = datetime(2025, 3, 10, 9, 0, tzinfo=UTC)
    correctie = valideer(
        {
            "type": "RegistratieGecorrigeerd",
            "datum": "2025-03-10",
            "betreft": 2,
            "reden": "datum verkeerd overgenomen uit de brief van de arbodienst",
            "velden": {"datum": "2025-02-14"},
        }
    )
    dossiers.registreer(dossier_id, correctie, HERKOMST)
    return dossiers, dossier_id


def test_what_the_file_said_on_1_march_about_15_february() -> None:
    dossiers, dossier_id = _dossiers_met_correctie()
    dossier = dossiers.dossier(dossier_id)

    toen = dossier.beeld(MAART_1).termijnen(date(2025, 2, 15))
    later = dossier.beeld(MAART_1).termijnen(date(2025, 3, 1))
    nu = dossier.beeld().termijnen(date(2025, 3, 1))

    # On 15 February (case time), as known on 1 March, no analysis had been made yet.
    assert [v.status for v in toen.verplichtingen if v.regel == "probleemanalyse"] == ["open"]
    assert [v.status for v in later.verplichtingen if v.regel == "probleemanalyse"] == ["te_laat"]
    assert [v.status for v in nu.verplichtingen if v.regel == "probleemanalyse"] == ["tijdig"]


def test_the_view_before_the_correction_shows_the_original() -> None:
    dossiers, dossier_id = _dossiers_met_correctie()
    dossier = dossiers.dossier(dossier_id)

    assert dossier.beeld(MAART_1).feiten[1].datum == date(2025, 2, 20)
    assert dossier.beeld().feiten[1].datum == date(2025, 2, 14)
    assert dossier.beeld(datetime(2025, 1, 1, tzinfo=UTC)).registraties == ()


def test_the_history_shows_original_correction_diff_and_reason_side_by_side() -> None:
    dossiers, dossier_id = _dossiers_met_correctie()

    regels = dossiers.dossier(dossier_id).beeld().geschiedenis()

    origineel, correctie = regels[1], regels[2]
    assert origineel.registratie.datum == date(2025, 2, 20)
    assert origineel.gecorrigeerd_bij == (3,)
    assert [(w.veld, w.oud, w.nieuw) for w in correctie.wijzigingen] == [
        ("datum", "2025-02-20", "2025-02-14")
    ]
    assert "brief van de arbodienst" in correctie.registratie.velden["reden"]
    assert correctie.registratie.geregistreerd_op == datetime(2025, 3, 10, 9, 0, tzinfo=UTC)


def test_a_withdrawal_is_marked_on_the_withdrawn_recording() -> None:
    klok = VasteKlok(datetime(2025, 2, 10, 9, 0, tzinfo=UTC), stap=timedelta(minutes=5))
    dossiers = in_geheugen(klok)
    dossier_id = dossiers.importeer(
        [ziekmelding("2025-01-06"), feit("ContactGehad", "2025-01-20", met="werknemer")],
        HERKOMST,
    )
    dossiers.registreer(
        dossier_id,
        valideer(
            {
                "type": "RegistratieIngetrokken",
                "datum": "2025-02-11",
                "betreft": 2,
                "reden": "dubbel",
            }
        ),
        HERKOMST,
    )

    regels = dossiers.dossier(dossier_id).beeld().geschiedenis()

    assert regels[1].ingetrokken_bij == 3
    assert [f.positie for f in dossiers.dossier(dossier_id).feiten] == [1]
