"""Steps for auditors: recording time, what was known when, provenance and the hash chain."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import orjson
from pytest_bdd import given, parsers, then, when

from domain.waarden import Herkomst
from tests.bdd.wereld import Wereld

NL = ZoneInfo("Europe/Amsterdam")


def _moment(tekst: str) -> datetime:
    """A moment as written in a scenario: a date (end of that day) or 'YYYY-MM-DD HH:MM', Dutch time."""
    if len(tekst) == 10:
        return datetime.combine(date.fromisoformat(tekst), time.max, tzinfo=NL)
    moment = datetime.fromisoformat(tekst)
    return moment if moment.tzinfo else moment.replace(tzinfo=NL)


@given(parsers.parse('het is nu "{moment}"'))
@when(parsers.parse('het is nu "{moment}"'))
def het_is_nu(wereld: Wereld, moment: str) -> None:
    """Set the clock that stamps recordings (the recording time, not a case date).

    Voorbeeld: Gegeven het is nu "2025-02-10 09:00"
    """
    wereld.klok.tijd = _moment(moment)


@given(parsers.parse('wie vastlegt is "{gebruiker}" namens "{namens}"'))
def wie_vastlegt(wereld: Wereld, gebruiker: str, namens: str) -> None:
    """Who records the following facts, and on whose behalf.

    Voorbeeld: Gegeven wie vastlegt is "casemanager M. Bakker" namens "Hoveniersbedrijf De Linde"
    """
    wereld.herkomst = Herkomst(bron="api", geregistreerd_door=gebruiker, namens=namens)


@then(
    parsers.parse(
        'is de status van "{regel}" op "{peildatum}" zoals bekend op "{moment}" "{status}"'
    )
)
def status_zoals_bekend_op(
    wereld: Wereld, regel: str, peildatum: str, moment: str, status: str
) -> None:
    """What the file said at a moment (recording time) about a day in the case (peildatum).

    Voorbeeld: Dan is de status van "probleemanalyse" op "2025-02-15" zoals bekend op "2025-03-01" "open"
    """
    beeld = wereld.dossier.beeld(_moment(moment))
    gevonden = [
        v for v in beeld.termijnen(date.fromisoformat(peildatum)).verplichtingen if v.regel == regel
    ]
    assert gevonden, f"geen verplichting {regel!r} in het dossier zoals bekend op {moment}"
    assert gevonden[-1].status == status, f"{regel}: {gevonden[-1].status}, verwacht {status}"


@then(parsers.parse('kende het dossier op "{moment}" {aantal:d} registraties'))
def registraties_zoals_bekend_op(wereld: Wereld, moment: str, aantal: int) -> None:
    """How many recordings had been made by a moment.

    Voorbeeld: Dan kende het dossier op "2025-03-01" 2 registraties
    """
    assert len(wereld.dossier.beeld(_moment(moment)).registraties) == aantal


@then(
    parsers.parse(
        'toont de geschiedenis bij positie {positie:d} de wijziging van "{veld}" van "{oud}" '
        'naar "{nieuw}"'
    )
)
def wijziging(wereld: Wereld, positie: int, veld: str, oud: str, nieuw: str) -> None:
    """A correction's diff: the field's value before and after, side by side.

    Voorbeeld: Dan toont de geschiedenis bij positie 3 de wijziging van "datum" van "2025-02-20" naar "2025-02-14"
    """
    regel = wereld.dossier.beeld().geschiedenis()[positie - 1]
    paren = [(w.veld, str(w.oud).lower(), str(w.nieuw).lower()) for w in regel.wijzigingen]
    assert (veld, oud.lower(), nieuw.lower()) in paren, f"wijzigingen: {paren}"


@then(
    parsers.parse(
        'vermeldt de geschiedenis bij positie {positie:d} vastgelegd door "{gebruiker}" '
        'namens "{namens}"'
    )
)
def vastgelegd_door(wereld: Wereld, positie: int, gebruiker: str, namens: str) -> None:
    """Provenance of a recording: who recorded it and on whose behalf.

    Voorbeeld: Dan vermeldt de geschiedenis bij positie 2 vastgelegd door "casemanager M. Bakker" namens "Hoveniersbedrijf De Linde"
    """
    herkomst = wereld.dossier.registraties[positie - 1].herkomst
    assert (herkomst.geregistreerd_door, herkomst.namens) == (gebruiker, namens)


@then(parsers.parse('is positie {positie:d} vastgelegd op "{moment}"'))
def vastgelegd_op(wereld: Wereld, positie: int, moment: str) -> None:
    """The recording time of a position (Dutch time, to the minute).

    Voorbeeld: Dan is positie 3 vastgelegd op "2025-03-10 09:00"
    """
    geregistreerd = wereld.dossier.registraties[positie - 1].geregistreerd_op.astimezone(NL)
    assert f"{geregistreerd:%Y-%m-%d %H:%M}" == moment, f"{geregistreerd:%Y-%m-%d %H:%M}"


@then("is de hashketen van het dossier in orde")
def keten_in_orde(wereld: Wereld) -> None:
    """Recomputing every recording's hash from the store finds no break.

    Voorbeeld: Dan is de hashketen van het dossier in orde
    """
    controle = wereld.dossier.verifieer()
    assert controle.in_orde, controle.reden
    assert controle.aantal == len(wereld.dossier.registraties)


@when(parsers.parse('iemand in de opslag "{veld}" van positie {positie:d} verandert in "{waarde}"'))
def knoei_in_opslag(wereld: Wereld, veld: str, positie: int, waarde: str) -> None:
    """Simulate tampering: change a stored field behind the application's back.

    Voorbeeld: Als iemand in de opslag "datum" van positie 2 verandert in "2025-02-01"
    """
    recorder = wereld.dossiers.recorder
    opgeslagen = recorder._stored_events  # type: ignore[attr-defined]  # the in-memory store
    for index, rij in enumerate(opgeslagen):
        if rij.originator_id == wereld.id and rij.originator_version == positie:
            toestand = orjson.loads(rij.state)
            toestand[veld] = waarde
            opgeslagen[index] = dataclasses.replace(rij, state=orjson.dumps(toestand))
            return
    raise AssertionError(f"positie {positie} staat niet in de opslag")


@then(parsers.parse("meldt de verificatie een breuk op positie {positie:d}"))
def breuk(wereld: Wereld, positie: int) -> None:
    """The chain check names the first position that no longer fits.

    Voorbeeld: Dan meldt de verificatie een breuk op positie 2
    """
    controle = wereld.dossier.verifieer()
    assert controle.eerste_breuk == positie, controle.reden
