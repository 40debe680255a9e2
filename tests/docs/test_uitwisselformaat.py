"""``docs/uitwisselformaat.md`` against the code, so the description of the format cannot drift.

Checked: the generated field reference is the one the code gives now (``python -m
adapters.levend uitwisselformaat``), and names every type and every field with its required
flag (read back from the Markdown, not from the generator); every anchor a refusal message
names exists in the document; the common fields, the roles, the envelope and provenance keys,
the refusal rules, every type named anywhere in the text, and every example: a ``jsonl`` block
must be accepted as a dossier, unless ``<!-- geweigerd: toets -->`` stands above it, and then
it must be refused by that rule; the hashes of an exported example must follow the recipe the
document gives.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import typing

import pytest

from adapters.levend import formaat
from adapters.opslag.dossierbestand import in_geheugen
from adapters.uitwisseling.jsonl import ENVELOP, lees_invoer, lijnen
from domain.fouten import GeweigerdError
from domain.gebeurtenissen import ALGEMENE_VELDEN, ALLE_TYPES, eigen_velden
from domain.invoer import valideer, verplichte_velden
from domain.waarden import Herkomst, Kanaal, Rol
from tests.conftest import HERKOMST
from tests.docs.markdown import DOCS, blok, codes, lees, tabelrijen

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


def _referentie() -> str:
    begin = DOC.index(formaat.BEGIN)
    return DOC[begin : DOC.index(formaat.EINDE, begin)]


def _per_type(tekst: str) -> dict[str, str]:
    """The text under every ``### `Type``` heading of the generated section."""
    delen = re.split(r"^### `(\w+)`\n", tekst, flags=re.MULTILINE)
    return dict(zip(delen[1::2], delen[2::2], strict=True))


def test_the_generated_field_reference_is_current() -> None:
    assert formaat.vervang_referentie(DOC) == DOC, (
        "de veldreferentie in docs/uitwisselformaat.md is verouderd; voer "
        "`python -m adapters.levend uitwisselformaat` (of `make docs`) uit"
    )


def test_the_reference_has_a_section_per_type_with_every_field_and_its_flag() -> None:
    secties = _per_type(_referentie())
    assert list(secties) == list(ALLE_TYPES)
    for naam, sectie in secties.items():
        rijen = {r[0].strip("`"): r[1] for r in tabelrijen(sectie)}
        verplicht = set(verplichte_velden(naam))
        assert set(rijen) == set(eigen_velden(ALLE_TYPES[naam])), naam
        for veld, nodig in rijen.items():
            assert nodig == ("verplicht" if veld in verplicht else "optioneel"), (naam, veld)


def test_the_allowed_values_of_a_closed_vocabulary_are_listed() -> None:
    secties = _per_type(_referentie())
    doel = {r[0].strip("`"): r[2] for r in tabelrijen(secties["PlanVanAanpakOpgesteld"])}["doel"]
    assert codes(doel) == {"eigen_werk", "aangepast_werk", "ander_werk_intern", "ander_werk_extern"}
    weken = {r[0].strip("`"): r[2] for r in tabelrijen(secties["LoonsanctieOpgelegd"])}["weken"]
    assert weken == "geheel getal van 1 tot en met 52"


def test_every_type_s_example_line_is_accepted_by_the_reader() -> None:
    for naam, sectie in _per_type(_referentie()).items():
        voorbeelden = re.findall(r"```json\n(.*?)\n```", sectie, re.DOTALL)
        assert len(voorbeelden) == 1, naam
        invoer = valideer(json.loads(voorbeelden[0]))
        assert invoer.type_naam == naam


def _kopankers(tekst: str) -> set[str]:
    koppen = re.findall(r"^#{1,6} (.+)$", re.sub(r"```.*?```", "", tekst, flags=re.DOTALL), re.M)
    return {formaat.kopanker(k) for k in koppen}


def test_every_anchor_named_in_the_code_exists_in_the_document() -> None:
    kopankers = _kopankers(DOC)
    wortel = DOCS.parent
    genoemd: set[str] = set()
    for map_ in ("domain", "adapters"):
        for pad in (wortel / map_).rglob("*.py"):
            genoemd |= set(re.findall(r"uitwisselformaat\.md#([\w-]+)", pad.read_text("utf-8")))
    genoemd |= {t.kopanker for t in formaat.alle_typen()} | {formaat.KOPANKER_REFERENTIE}
    assert genoemd - kopankers == set()


def test_a_refusal_of_an_unknown_type_points_to_the_reference() -> None:
    with pytest.raises(GeweigerdError) as fout:
        valideer({"type": "Ziekmelding", "datum": "2025-01-06"})
    gevonden = re.search(r"uitwisselformaat\.md#([\w-]+)", str(fout.value))
    assert gevonden is not None, str(fout.value)
    assert gevonden.group(1) in _kopankers(DOC)


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


def test_a_refusal_of_an_unknown_field_points_to_the_type_s_section() -> None:
    with pytest.raises(GeweigerdError) as fout:
        valideer({"type": "ContactGehad", "datum": "2025-01-13", "met": "werknemer", "kanaal": "x"})
    gevonden = re.search(r"uitwisselformaat\.md#([\w-]+)", str(fout.value))
    assert gevonden is not None, str(fout.value)
    assert gevonden.group(1) == formaat.beschrijf_type("ContactGehad").kopanker
    assert gevonden.group(1) in _kopankers(DOC)


def test_every_link_within_the_document_has_its_heading() -> None:
    verwijzingen = set(re.findall(r"\]\(#([\w-]+)\)", DOC))
    assert verwijzingen
    assert verwijzingen - _kopankers(DOC) == set()
