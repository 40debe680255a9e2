"""``docs/uitwisselformaat.md`` against the code, so the description of the format cannot drift.

Checked: every type and every field with its required flag and value (the whole field table),
the common fields, the roles, the envelope and provenance keys, the refusal rules, every type
named anywhere in the text, and every example: a ``jsonl`` block must be accepted as a dossier,
unless ``<!-- geweigerd: toets -->`` stands above it, and then it must be refused by that rule;
the hashes of an exported example must follow the recipe the document gives.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import typing

import pytest

from adapters.opslag.dossierbestand import in_geheugen
from adapters.uitwisseling.jsonl import ENVELOP, lees_invoer, lijnen
from domain.fouten import GeweigerdError
from domain.gebeurtenissen import ALGEMENE_VELDEN, ALLE_TYPES
from domain.waarden import Herkomst, Kanaal, Rol
from tests.conftest import HERKOMST
from tests.docs.markdown import blok, codes, lees, tabelrijen, veldrijen, veldrijen_in, veldtabel

DOC = lees("uitwisselformaat.md")

_VOORBEELD = re.compile(r"(?:<!-- geweigerd: (\w+) -->\n)?```jsonl\n(.*?)```", re.DOTALL)
VOORBEELDEN = [(toets, tekst) for toets, tekst in _VOORBEELD.findall(DOC)]


def _toetsen_van_het_formaat() -> set[str]:
    """The rules of ``domain.fouten`` (the medical notes of the API have rules of their own)."""
    gevonden = {GeweigerdError.toets}
    te_doen = [GeweigerdError]
    while te_doen:
        for sub in te_doen.pop().__subclasses__():
            if sub.__module__ == GeweigerdError.__module__:
                gevonden.add(sub.toets)
            te_doen.append(sub)
    return gevonden


def test_the_field_table_is_the_one_the_code_implies() -> None:
    verwacht = veldrijen()
    geschreven = veldrijen_in(blok(DOC, "velden"))
    assert geschreven == verwacht, (
        "de veldtabel in docs/uitwisselformaat.md wijkt af van de code; dit is de tabel die de "
        f"code oplevert:\n\n{veldtabel(verwacht)}\n"
    )


def test_every_type_named_in_the_text_exists() -> None:
    # A name in CamelCase: letters and digits only, two or more capitals and a small letter.
    genoemd = {
        c
        for c in codes(DOC)
        if re.fullmatch(r"[A-Z][A-Za-z0-9]+", c)
        and len(re.findall(r"[A-Z]", c)) >= 2
        and re.search(r"[a-z]", c)
    }
    assert genoemd - set(ALLE_TYPES) == set()
    assert set(ALLE_TYPES) <= genoemd


def test_the_common_fields_are_those_of_every_line() -> None:
    velden = [rij[0].strip("`") for rij in tabelrijen(blok(DOC, "algemeen"))]
    assert velden == ["type", *ALGEMENE_VELDEN]


def test_the_roles_are_the_code_s_roles() -> None:
    assert codes(blok(DOC, "rollen")) == set(typing.get_args(Rol))


def test_the_envelope_and_provenance_keys_are_the_code_s() -> None:
    envelop = [rij[0].strip("`") for rij in tabelrijen(blok(DOC, "envelop"))]
    assert sorted(envelop) == sorted(ENVELOP)
    herkomst = tabelrijen(blok(DOC, "herkomst"))
    assert [rij[0].strip("`") for rij in herkomst] == [f.name for f in dataclasses.fields(Herkomst)]
    bron = next(rij[1] for rij in herkomst if rij[0] == "`bron`")
    assert codes(bron) == set(typing.get_args(Kanaal))
    rol = next(rij[1] for rij in herkomst if rij[0] == "`rol`")
    assert codes(rol) == {"auditor", "beheerder"}, "de herkomstrol: de rollen, auditor, beheerder"


def test_every_refusal_rule_is_described_and_no_other() -> None:
    beschreven = [rij[0].strip("`") for rij in tabelrijen(blok(DOC, "weigeringen"))]
    assert len(beschreven) == len(set(beschreven))
    assert set(beschreven) == _toetsen_van_het_formaat()


def test_there_are_accepted_refused_and_exported_examples() -> None:
    assert any(toets for toets, _ in VOORBEELDEN)
    assert any(not toets for toets, _ in VOORBEELDEN)
    assert any('"hash"' in tekst for _, tekst in VOORBEELDEN)


@pytest.mark.parametrize(
    ("toets", "tekst"), VOORBEELDEN, ids=[f"voorbeeld-{i}" for i in range(len(VOORBEELDEN))]
)
def test_every_example_is_accepted_or_refused_as_the_document_says(toets: str, tekst: str) -> None:
    dossiers = in_geheugen()
    if not toets:
        dossiers.importeer(lees_invoer(lijnen(tekst)), HERKOMST)
        return
    with pytest.raises(GeweigerdError) as fout:
        dossiers.importeer(lees_invoer(lijnen(tekst)), HERKOMST)
    assert fout.value.toets == toets, str(fout.value)


GEEXPORTEERD = [r for _, tekst in VOORBEELDEN for r in tekst.splitlines() if '"hash"' in r]


@pytest.mark.parametrize(
    "regel", GEEXPORTEERD, ids=[f"geexporteerd-{i}" for i in range(len(GEEXPORTEERD))]
)
def test_the_hash_recipe_of_the_document_gives_the_exported_hashes(regel: str) -> None:
    gegevens = json.loads(regel)
    zonder_hash = {k: v for k, v in gegevens.items() if k != "hash"}
    canoniek = json.dumps(zonder_hash, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert hashlib.sha256(canoniek.encode("utf-8")).hexdigest() == gegevens["hash"]
