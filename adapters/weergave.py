"""Presentation of domain results as JSON-ready dicts (CLI ``--json``, the API)."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from domain.feiten import feit_als_uitwisseling, json_waarde

if TYPE_CHECKING:
    # Only named in signatures: a command that shows deadlines loads no more than it shows.
    from datetime import date

    from domain.feiten import Feit
    from domain.rivtoets import Poortwachtertoets, Toetspunt
    from domain.signalen import Signaal
    from domain.stand import Reintegratiestand
    from domain.termijnen import Termijnoverzicht, Verplichting
    from domain.verzuimdossier import Dossierbeeld, Geschiedenisvermelding, Verzuimdossier


def verplichting_json(v: Verplichting) -> dict[str, Any]:
    """One obligation; ``regel``, ``uiterste_datum`` and ``status`` are the contract keys."""
    return {
        "regel": v.regel,
        "uiterste_datum": v.uiterste_datum.isoformat(),
        "status": v.status,
        "voldaan_op": v.voldaan_op.isoformat() if v.voldaan_op else None,
        "voldaan_door_positie": v.voldaan_door,
        "regelversie": v.regelversie,
        "bron": {"artikel": v.bron.artikel, "url": v.bron.url},
        "uitleg": v.uitleg,
        "opmerkingen": list(v.opmerkingen),
    }


def termijnen_json(overzicht: Termijnoverzicht) -> dict[str, Any]:
    """The machine-readable answer of ``spoorwijzer termijnen`` (contract section 5)."""
    return {
        "eerste_ziektedag": overzicht.eerste_ziektedag.isoformat(),
        "einde_wachttijd": overzicht.einde_wachttijd.isoformat(),
        "wia_ingangsdatum": overzicht.wia_ingangsdatum.isoformat(),
        "peildatum": overzicht.peildatum.isoformat(),
        "regelset_versie": overzicht.regelset_versie,
        "uitleg_einde_wachttijd": overzicht.uitleg_einde_wachttijd,
        "verplichtingen": [verplichting_json(v) for v in overzicht.verplichtingen],
    }


def feit_json(feit: Feit) -> dict[str, Any]:
    """A current fact in exchange form, with its position and corrections."""
    regel = feit_als_uitwisseling(feit)
    regel["positie"] = feit.positie
    if feit.gecorrigeerd_bij:
        regel["gecorrigeerd_bij"] = list(feit.gecorrigeerd_bij)
    return regel


def stand_json(stand: Reintegratiestand) -> dict[str, Any]:
    """Where the re-integration stands, for ``dossier toon --json``."""
    return {
        "sporen": list(stand.sporen),
        "trede_eerste_spoor": stand.trede_eerste_spoor,
        "trede_omschrijving": stand.trede_omschrijving,
        "werkhervatting": json_waarde(asdict(stand.werkhervatting))
        if stand.werkhervatting
        else None,
        "werksituatie": json_waarde(asdict(stand.werksituatie)),
        "arbeidsdeskundig_advies": stand.arbeidsdeskundig_advies,
        "bureau": json_waarde(asdict(stand.bureau)) if stand.bureau else None,
        "detachering": json_waarde(asdict(stand.detachering)) if stand.detachering else None,
        "loondoorbetaling": (
            {
                "werkgever": stand.loondoorbetaling.werkgever,
                "tot_en_met": stand.loondoorbetaling.tot_en_met.isoformat(),
                "bron": {
                    "artikel": stand.loondoorbetaling.bron.artikel,
                    "url": stand.loondoorbetaling.bron.url,
                },
            }
            if stand.loondoorbetaling
            else None
        ),
        "laatste_contact": {met: d.isoformat() for met, d in stand.laatste_contact.items()},
        "adviezen": [
            {
                "onderwerp": a.onderwerp,
                "tekst": a.tekst,
                "bron": {"artikel": a.bron.artikel, "url": a.bron.url},
            }
            for a in stand.adviezen
        ],
    }


def dossierbeeld_json(
    dossier: Verzuimdossier, beeld: Dossierbeeld, peildatum: date
) -> dict[str, Any]:
    """A dossier as known at ``beeld``'s moment: facts, obligations on ``peildatum``, state.

    The answer of ``dossier toon --json`` and of ``GET /dossiers/{id}``.
    """
    return {
        "dossier_id": str(dossier.id),
        "versie": len(beeld.registraties),
        "zoals_bekend_op": beeld.zoals_bekend_op.isoformat() if beeld.zoals_bekend_op else None,
        "werknemer": dossier.werknemer,
        "werkgever": dossier.werkgever,
        "feiten": [feit_json(f) for f in beeld.feiten],
        **termijnen_json(beeld.termijnen(peildatum)),
        "stand": stand_json(beeld.stand(peildatum)),
    }


def geschiedenisvermelding_json(regel: Geschiedenisvermelding) -> dict[str, Any]:
    """One recording with its envelope and what later recordings did to it."""
    r = regel.registratie
    return {
        "positie": r.positie,
        "type": r.type_naam,
        "datum": r.datum.isoformat(),
        "velden": json_waarde(dict(r.velden)),
        "door": json_waarde(r.door) if r.door else None,
        "toelichting": r.toelichting,
        "geregistreerd_op": r.geregistreerd_op.isoformat(),
        "herkomst": json_waarde(asdict(r.herkomst)),
        "ketenhash": r.ketenhash,
        "gecorrigeerd_bij": list(regel.gecorrigeerd_bij),
        "ingetrokken_bij": regel.ingetrokken_bij,
        "wijzigingen": [
            {"veld": w.veld, "oud": w.oud, "nieuw": w.nieuw} for w in regel.wijzigingen
        ],
    }


def signaal_json(signaal: Signaal) -> dict[str, Any]:
    """One signal across dossiers."""
    return {
        "dossier_id": str(signaal.dossier_id),
        "werknemer": signaal.werknemer,
        "werkgever": signaal.werkgever,
        **verplichting_json(signaal.verplichting),
    }


def toetspunt_json(punt: Toetspunt) -> dict[str, Any]:
    """One item of the check with all its fields."""
    return {
        "code": punt.code,
        "omschrijving": punt.omschrijving,
        "uitkomst": punt.uitkomst,
        "reden": punt.reden,
        "bron": {"artikel": punt.bron.artikel, "url": punt.bron.url},
        "loonsanctierisico": punt.loonsanctierisico,
        "uit_vocabulaire": punt.uit_vocabulaire,
        "posities": list(punt.posities),
        "uiterste_datum": punt.uiterste_datum.isoformat() if punt.uiterste_datum else None,
    }


def toets_json(toets: Poortwachtertoets) -> dict[str, Any]:
    """The whole check: verdict, risks, items to check by hand, and every item."""
    return {
        "peildatum": toets.peildatum.isoformat(),
        "oordeel": toets.oordeel,
        "riv_uiterste_datum": toets.riv_uiterste_datum.isoformat(),
        "riv_aan_de_orde": toets.riv_aan_de_orde,
        "risico_loonsanctie": [p.code for p in toets.risico_loonsanctie],
        "handmatig": [p.code for p in toets.handmatig],
        "toetspunten": [toetspunt_json(p) for p in toets.punten],
    }
