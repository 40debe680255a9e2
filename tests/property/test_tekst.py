"""Any text survives export -> file -> import, and refusals name the physical line of the file.

A file is split on newlines only (:func:`adapters.uitwisseling.jsonl.lijnen`): JSON may carry
U+2028, U+2029, U+0085 and other separators unescaped inside a string, and the export writes
them as they are, so splitting on them would break a line in two.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from adapters.uitwisseling.jsonl import exporteer_lijnen, lees_invoer, lijnen
from domain.fouten import GeweigerdError
from domain.verzuimdossier import bouw_dossier
from tests.conftest import HERKOMST

T0 = datetime(2026, 1, 1, 12, tzinfo=UTC)
SCHEIDERS = "\u2028\u2029\u0085\x0b\x0c\x1c\x1d\x1e\r"
"""Characters ``str.splitlines()`` splits on besides the newline (``\\r`` inside a text too)."""

tekst = st.text(
    alphabet=st.one_of(st.sampled_from(SCHEIDERS + '\n\t é€😀 <>&"'), st.characters()),
    min_size=1,
    max_size=40,
).filter(lambda t: t.strip() != "")

ZIEKMELDING = {
    "type": "ZiekmeldingOntvangen",
    "datum": "2025-01-06",
    "eerste_ziektedag": "2025-01-06",
    "werknemer": "W-001",
    "werkgever": "Hoveniersbedrijf De Linde",
}


@given(toelichting=tekst, werknemer=tekst, inlener=tekst, reden=tekst)
def test_elke_tekst_overleeft_export_en_import(
    toelichting: str, werknemer: str, inlener: str, reden: str
) -> None:
    regels = [
        {**ZIEKMELDING, "werknemer": werknemer, "toelichting": toelichting},
        {"type": "Spoor2Gestart", "datum": "2025-09-01"},
        {"type": "DetacheringGestart", "datum": "2025-10-01", "inlener": inlener,
         "uren_per_week": 24},
        {"type": "DetacheringBeeindigd", "datum": "2025-11-01", "reden": reden},
    ]  # fmt: skip
    bestand = "\n".join(json.dumps(r, ensure_ascii=False) for r in regels) + "\n"
    origineel = bouw_dossier(lees_invoer(lijnen(bestand)), HERKOMST, T0)
    export = "".join(r + "\n" for r in exporteer_lijnen(origineel))

    kopie = bouw_dossier(lees_invoer(lijnen(export)), HERKOMST, T0 + timedelta(days=1))

    assert len(lijnen(export)) == len(regels) + 1  # one line per fact, and the final newline
    assert kopie.feiten == origineel.feiten
    assert kopie.werknemer == werknemer
    assert kopie.ziekmelding.toelichting == toelichting


def test_een_lijnscheider_in_de_tekst_breekt_de_regel_niet() -> None:
    regel = json.dumps({**ZIEKMELDING, "toelichting": "a\u2028b\u0085c"}, ensure_ascii=False)
    assert len(regel.splitlines()) == 3  # what the old reader did
    assert lijnen(regel) == [regel]


@pytest.mark.parametrize(
    ("bestand", "lijn", "toets"),
    [
        (["", json.dumps(ZIEKMELDING), "", "", '{"type": "Onzin", "datum": "2025-01-07"}'], 5,
         "bekend_type"),
        ([json.dumps(ZIEKMELDING), "", "",
          '{"type": "PlanVanAanpakOpgesteld", "datum": "2025-02-01", "casemanager": "M",'
          ' "doel": "eigen_werk"}'], 4, "plan_na_probleemanalyse"),
        ([json.dumps(ZIEKMELDING), "  ", '{"type": "ZiekteTeruggemeld", "datum": "2025-02-01"}'],
         3, "terugmelding_na_herstel"),
        ([json.dumps(ZIEKMELDING), "", json.dumps(ZIEKMELDING)], 3,
         "een_ziekmelding_per_dossier"),
    ],
    ids=["veldfout", "domeinregel", "witruimte", "tweede-ziekmelding"],
)  # fmt: skip
def test_een_weigering_noemt_de_fysieke_regel(bestand: list[str], lijn: int, toets: str) -> None:
    with pytest.raises(GeweigerdError) as fout:
        bouw_dossier(lees_invoer(lijnen("\n".join(bestand))), HERKOMST, T0)
    assert (fout.value.lijnnummer, fout.value.toets) == (lijn, toets)
    assert str(fout.value).startswith(f"regel {lijn} ")


def test_een_lege_regel_voor_de_ziekmelding_mag() -> None:
    bestand = "\n" + json.dumps(ZIEKMELDING) + "\n\n"
    dossier = bouw_dossier(lees_invoer(lijnen(bestand)), HERKOMST, T0)
    assert dossier.version == 1
