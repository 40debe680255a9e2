"""Steps for auditors: recording time, what was known when, provenance and the hash chain."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import orjson
from pytest_bdd import given, parsers, then, when

from adapters.opslag.toegangslog import toegangslog_voor
from adapters.uitwisseling.bundel import maak_sleutel, schrijf_bundel, verifieer_bundel
from adapters.uitwisseling.jsonl import exporteer_lijnen
from domain.regels import REGELSET_VERSIE
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


# -- the access log (NEN 7513) --------------------------------------------------------------


@when(parsers.parse('"{gebruiker}" het dossier leest met doel "{doel}"'))
def leest(wereld: Wereld, gebruiker: str, doel: str) -> None:
    """A read of the dossier, logged with who, when, what and why.

    Voorbeeld: Als "auditor A. de Wit" het dossier leest met doel "audit"
    """
    toegangslog_voor(wereld.dossiers).leg_vast(
        actie="lezen", gebruiker=gebruiker, doel=doel, dossier_id=wereld.id
    )


@then(
    parsers.parse(
        'vermeldt het toegangslog dat "{gebruiker}" het dossier {actie} met doel "{doel}"'
    )
)
def toegang_vermeld(wereld: Wereld, gebruiker: str, actie: str, doel: str) -> None:
    """The access log names who read (las) or exported (exporteerde) the dossier, and why.

    Voorbeeld: Dan vermeldt het toegangslog dat "auditor A. de Wit" het dossier las met doel "audit"
    """
    acties = {"las": "lezen", "exporteerde": "exporteren"}
    assert actie in acties, f'schrijf "las" of "exporteerde", niet {actie!r}'
    regels = toegangslog_voor(wereld.dossiers).voor_dossier(wereld.id)
    gevonden = [(r.gebruiker, r.actie, r.doel) for r in regels]
    assert (gebruiker, acties[actie], doel) in gevonden, f"toegangslog: {gevonden}"


@then(parsers.parse("bevat het toegangslog {aantal:d} regels"))
def aantal_toegangsregels(wereld: Wereld, aantal: int) -> None:
    """How many accesses to the dossier were logged.

    Voorbeeld: Dan bevat het toegangslog 2 regels
    """
    assert len(toegangslog_voor(wereld.dossiers).voor_dossier(wereld.id)) == aantal


# -- the signed bundle -----------------------------------------------------------------------


@when("het dossier wordt geëxporteerd als ondertekende bundel")
def exporteer_bundel(wereld: Wereld, tmp_path: Path) -> None:
    """Export the dossier with its chain, a manifest and an Ed25519 signature.

    Voorbeeld: Als het dossier wordt geëxporteerd als ondertekende bundel
    """
    sleutel = tmp_path / "sleutels" / "spoorwijzer.pem"
    wereld.publieke_sleutel = maak_sleutel(sleutel)
    wereld.bundel = tmp_path / "bundel"
    schrijf_bundel(
        list(exporteer_lijnen(wereld.dossier)),
        wereld.bundel,
        dossier_id=str(wereld.id),
        regelset_versie=REGELSET_VERSIE,
        exporttijd=wereld.klok.nu(),
        sleutel=sleutel,
    )


@when(parsers.parse('iemand in de bundel "{veld}" op regel {regel:d} verandert in "{waarde}"'))
def knoei_in_bundel(wereld: Wereld, veld: str, regel: int, waarde: str) -> None:
    """Simulate tampering with an exported bundle.

    Voorbeeld: Als iemand in de bundel "datum" op regel 2 verandert in "2025-02-01"
    """
    assert wereld.bundel is not None, "exporteer eerst een bundel"
    bestand = wereld.bundel / "gebeurtenissen.jsonl"
    regels = bestand.read_text(encoding="utf-8").splitlines()
    gegevens = orjson.loads(regels[regel - 1])
    gegevens[veld] = waarde
    regels[regel - 1] = orjson.dumps(gegevens).decode()
    bestand.write_text("\n".join(regels) + "\n", encoding="utf-8")


@then("is de bundel geldig")
def bundel_geldig(wereld: Wereld) -> None:
    """The offline verifier accepts the bundle with the expected public key.

    Voorbeeld: Dan is de bundel geldig
    """
    assert wereld.bundel is not None
    uitkomst = verifieer_bundel(wereld.bundel, wereld.publieke_sleutel)
    assert uitkomst.ok, uitkomst.redenen


@then(parsers.parse('is de bundel ongeldig met de melding "{tekst}"'))
def bundel_ongeldig(wereld: Wereld, tekst: str) -> None:
    """The offline verifier refuses the bundle and says why.

    Voorbeeld: Dan is de bundel ongeldig met de melding "regel 2: hash klopt niet"
    """
    assert wereld.bundel is not None
    uitkomst = verifieer_bundel(wereld.bundel, wereld.publieke_sleutel)
    assert not uitkomst.ok
    assert tekst in uitkomst.redenen[0], uitkomst.redenen
