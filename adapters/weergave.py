"""Presentation of domain results as JSON-ready dicts (CLI ``--json``, later the API)."""

from __future__ import annotations

from typing import Any

from domain.feiten import Feit, feit_als_uitwisseling
from domain.termijnen import Termijnoverzicht, Verplichting
from domain.toepassing import Signaal


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


def signaal_json(signaal: Signaal) -> dict[str, Any]:
    """One signal across dossiers."""
    return {
        "dossier_id": str(signaal.dossier_id),
        "werknemer": signaal.werknemer,
        "werkgever": signaal.werkgever,
        **verplichting_json(signaal.verplichting),
    }
