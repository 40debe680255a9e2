"""The catalogue of step phrases (``docs/stappen.md``), read from the step modules with ast.

Nothing is imported: every ``@given/@when/@then/@step`` decorator in ``tests/bdd/stappen``
is found in the source, also through ``from pytest_bdd import given as ...`` and
``gegeven = functools.partial(given, ...)``.  The phrase is shown readably (``parsers.parse``
fields without their format, ``parsers.re`` named groups as ``{naam}``), with its example
and whether the step takes a data table (a ``datatable`` parameter) or a docstring (a
``docstring`` parameter).

The example comes from the docstring line that starts with ``Voorbeeld:`` (several are
allowed; each phrase gets the first one that matches it, checked with ``parse``/``re`` as
pytest-bdd would), with the table or docstring lines indented under it.  A function with two
phrases and one example gets an example for the other phrase made from the same values.
Steps without a (matching) example are reported, and fail ``--streng``.

The output is sorted (module, kind, phrase), so it can be committed and checked in CI.
"""

from __future__ import annotations

import ast
import difflib
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import parse as parse_lib  # type: ignore[import-untyped]

SOORTEN: dict[str, str] = {
    "given": "Gegeven",
    "when": "Als",
    "then": "Dan",
    "step": "Elke soort (Gegeven, Als of Dan)",
}
"""pytest-bdd decorator -> the Dutch heading, in catalogue order."""

_PARSERS = {"parse", "cfparse", "re", "string"}
_TREFWOORD = re.compile(r"^(?:Gegeven|Stel|Als|Wanneer|Dan|En|Maar|\*)\s+")
_PARSE_TYPEN = {
    "": "tekst",
    "d": "geheel getal",
    "n": "getal",
    "f": "decimaal getal",
    "F": "decimaal getal",
    "e": "decimaal getal",
    "g": "getal",
    "w": "woord",
    "W": "tekens zonder letters of cijfers",
    "s": "witruimte",
    "l": "letters",
    "ti": "datum/tijd (ISO 8601)",
    "te": "datum/tijd (e-mail)",
    "tg": "datum/tijd",
    "ta": "datum/tijd (VS)",
    "tc": "datum/tijd (ctime)",
    "th": "datum/tijd (HTTP)",
    "ts": "datum/tijd (syslog)",
    "tt": "tijd",
}
_VELD = re.compile(r"\{\{|\}\}|\{([^{}:]*)(?::([^{}]*))?\}")


class OnleesbareStapmoduleError(Exception):
    """A step module that cannot be parsed."""


@dataclass(frozen=True)
class Stapdefinitie:
    """One step phrase and what a feature writer needs to know about it."""

    module: str
    soort: str
    parser: str
    patroon: str
    leesbaar: str
    functie: str
    voorbeeld: str | None
    tabel: bool
    docstring: bool
    parameters: tuple[tuple[str, str], ...] = ()
    fixture: str | None = None
    voorbeeld_past: bool | None = None
    """Whether the example matches the pattern (``None``: could not be checked)."""
    voorbeeld_vervolg: tuple[str, ...] = ()
    """The example's data table or docstring lines, if the docstring gives them."""
    voorbeeld_afgeleid: bool = False
    """The example was made from the example of another phrase of the same function."""

    @property
    def sorteersleutel(self) -> tuple[str, int, str, str]:
        """Module, kind (in catalogue order), phrase, function."""
        return (
            self.module,
            list(SOORTEN).index(self.soort),
            self.leesbaar.casefold(),
            self.functie,
        )


@dataclass(frozen=True)
class Stapmodule:
    """A step module with its docstring summary."""

    naam: str
    pad: str
    """The file as found (for messages)."""
    relpad: str
    """The file relative to the step folder (for the catalogue)."""
    samenvatting: str
    stappen: tuple[Stapdefinitie, ...] = field(default=())


# --- readable patterns ------------------------------------------------------------------


def leesbaar_parse(patroon: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """``{uren:d}`` -> ``{uren}`` and the parameter ``(uren, geheel getal)``."""
    parameters: list[tuple[str, str]] = []

    def vervang(m: re.Match[str]) -> str:
        if m.group(0) in {"{{", "}}"}:
            return m.group(0)[0]
        naam = m.group(1) or "…"
        spec = m.group(2) or ""
        parameters.append((naam, _PARSE_TYPEN.get(spec, spec)))
        return "{" + naam + "}"

    return _VELD.sub(vervang, patroon), tuple(parameters)


def _eind_groep(patroon: str, begin: int) -> int:
    """The index just after the group that opens at ``begin`` (escapes and classes aware)."""
    diepte = 0
    i = begin
    in_klasse = False
    while i < len(patroon):
        teken = patroon[i]
        if teken == "\\":
            i += 2
            continue
        if in_klasse:
            in_klasse = teken != "]"
        elif teken == "[":
            in_klasse = True
        elif teken == "(":
            diepte += 1
        elif teken == ")":
            diepte -= 1
            if diepte == 0:
                return i + 1
        i += 1
    return len(patroon)


def leesbaar_re(patroon: str) -> tuple[str, tuple[tuple[str, str], ...], bool]:
    """A regular expression as a phrase: named groups as ``{naam}``, anchors and escapes gone.

    Returns the phrase, the parameters (name, sub-pattern) and whether the phrase is exact
    (``False`` when other regex syntax is left, so the raw pattern should be shown too).
    """
    tekst = patroon.removeprefix("^").removesuffix("$").removesuffix("\\Z")
    delen: list[str] = []
    parameters: list[tuple[str, str]] = []
    exact = True
    i = 0
    while i < len(tekst):
        if tekst.startswith("(?P<", i):
            einde = _eind_groep(tekst, i)
            naam, _, sub = tekst[i + 4 : einde - 1].partition(">")
            parameters.append((naam, f"regex {code(sub)}"))
            delen.append("{" + naam + "}")
            i = einde
        elif tekst[i] == "\\" and i + 1 < len(tekst):
            volgend = tekst[i + 1]
            if volgend.isalnum():
                exact = False
                delen.append(tekst[i : i + 2])
            else:
                delen.append(volgend)
            i += 2
        else:
            if tekst[i] in ".^$*+?()[]{}|":
                exact = False
            delen.append(tekst[i])
            i += 1
    return "".join(delen), tuple(parameters), exact


def _past(parser: str, patroon: str, voorbeeld: str) -> bool | None:
    """Whether the example phrase (without its keyword) matches the step pattern."""
    tekst = _TREFWOORD.sub("", voorbeeld)
    try:
        if parser == "tekst":
            return tekst == patroon
        if parser == "re":
            return re.fullmatch(patroon, tekst) is not None
        if parser == "parse":
            return parse_lib.compile(patroon).parse(tekst) is not None
    except (re.error, ValueError, KeyError, TypeError):
        return None
    return None


# --- "bedoelde u ...?" for a step without a definition -----------------------------------

MAX_STAPLENGTE = 500
"""Longer step texts get no hint (difflib is quadratic in the length)."""

_AANHALING = re.compile(r'"[^"]*"')
_GETAL = re.compile(r"\d+(?:[.,:/-]\d+)*")
_PLEK = re.compile(r"\{[^{}]*\}")


def _vergelijkbaar(tekst: str) -> str:
    """A step text with its values blanked out, to compare with a pattern."""
    tekst = _AANHALING.sub('"…"', tekst)
    return _GETAL.sub("…", tekst).casefold().strip()


def past_op(definitie: Stapdefinitie, tekst: str) -> bool:
    """Whether a step text (keyword optional) matches the definition's pattern."""
    return bool(_past(definitie.parser, definitie.patroon, tekst))


def heeft_definitie(tekst: str, definities: Iterable[Stapdefinitie]) -> bool:
    """Whether any definition matches the step text."""
    return any(past_op(d, tekst) for d in definities)


def bedoelde_stap(tekst: str, definities: Iterable[Stapdefinitie]) -> Stapdefinitie | None:
    """The known step closest to a step text that has no definition (difflib), or None.

    Values in the text (quoted strings, numbers) and placeholders in the patterns are blanked
    out first, so ``de ziekmeldng op "2025-01-06"`` finds ``de ziekmelding op "{datum}"``.
    """
    tekst = _TREFWOORD.sub("", tekst.strip())
    if len(tekst) > MAX_STAPLENGTE:
        return None
    per_vorm: dict[str, Stapdefinitie] = {}
    for d in definities:
        per_vorm.setdefault(_PLEK.sub("…", d.leesbaar).casefold().strip(), d)
    gevonden = difflib.get_close_matches(_vergelijkbaar(tekst), list(per_vorm), n=1, cutoff=0.6)
    return per_vorm[gevonden[0]] if gevonden else None


def bedoelde_u(tekst: str, definities: Sequence[Stapdefinitie]) -> str | None:
    """``bedoelde u: <stap>?`` for a step no pattern matches; None if one does or none is near."""
    if heeft_definitie(tekst, definities):
        return None
    d = bedoelde_stap(tekst, definities)
    if d is None:
        return None
    return f"bedoelde u: {d.leesbaar}?"


# --- reading the source ------------------------------------------------------------------


@dataclass
class _Namen:
    """What the names of one module stand for."""

    soort: dict[str, str] = field(default_factory=dict)
    """Local name of a decorator -> kind."""
    partial_trefwoorden: dict[str, list[ast.keyword]] = field(default_factory=dict)
    parser: dict[str, str] = field(default_factory=dict)
    """Local name of a parser function -> parser kind."""
    parsers_module: set[str] = field(default_factory=lambda: {"parsers"})
    bdd_module: set[str] = field(default_factory=lambda: {"pytest_bdd"})
    partial: set[str] = field(default_factory=lambda: {"partial"})


def _lees_imports(boom: ast.Module) -> _Namen:
    namen = _Namen(soort={k: k for k in SOORTEN})
    for knoop in ast.walk(boom):
        if isinstance(knoop, ast.ImportFrom) and knoop.module == "pytest_bdd":
            for alias in knoop.names:
                lokaal = alias.asname or alias.name
                if alias.name in SOORTEN:
                    namen.soort[lokaal] = alias.name
                elif alias.name == "parsers":
                    namen.parsers_module.add(lokaal)
        elif isinstance(knoop, ast.ImportFrom) and knoop.module == "pytest_bdd.parsers":
            for alias in knoop.names:
                if alias.name in _PARSERS:
                    namen.parser[alias.asname or alias.name] = alias.name
        elif isinstance(knoop, ast.ImportFrom) and knoop.module == "functools":
            namen.partial.update(a.asname or a.name for a in knoop.names if a.name == "partial")
        elif isinstance(knoop, ast.Import):
            for alias in knoop.names:
                if alias.name == "pytest_bdd":
                    namen.bdd_module.add(alias.asname or alias.name)
                elif alias.name == "pytest_bdd.parsers" and alias.asname:
                    namen.parsers_module.add(alias.asname)
    # gegeven = partial(given, target_fixture=...)
    for knoop in boom.body:
        if (
            isinstance(knoop, ast.Assign)
            and len(knoop.targets) == 1
            and isinstance(knoop.targets[0], ast.Name)
            and isinstance(knoop.value, ast.Call)
            and _is_partial(knoop.value.func, namen)
            and knoop.value.args
        ):
            soort = _soort_van(knoop.value.args[0], namen)
            if soort is not None:
                namen.soort[knoop.targets[0].id] = soort
                namen.partial_trefwoorden[knoop.targets[0].id] = list(knoop.value.keywords)
    return namen


def _is_partial(func: ast.expr, namen: _Namen) -> bool:
    if isinstance(func, ast.Name):
        return func.id in namen.partial
    return isinstance(func, ast.Attribute) and func.attr == "partial"


def _soort_van(func: ast.expr, namen: _Namen) -> str | None:
    if isinstance(func, ast.Name):
        return namen.soort.get(func.id)
    if (
        isinstance(func, ast.Attribute)
        and func.attr in SOORTEN
        and isinstance(func.value, ast.Name)
        and func.value.id in namen.bdd_module
    ):
        return func.attr
    return None


def _parser_van(func: ast.expr, namen: _Namen) -> str | None:
    if isinstance(func, ast.Name):
        return namen.parser.get(func.id)
    if isinstance(func, ast.Attribute) and func.attr in _PARSERS:
        waarde = func.value
        if isinstance(waarde, ast.Name) and waarde.id in namen.parsers_module:
            return func.attr
        if (
            isinstance(waarde, ast.Attribute)
            and waarde.attr == "parsers"
            and isinstance(waarde.value, ast.Name)
            and waarde.value.id in namen.bdd_module
        ):
            return func.attr
    return None


def _tekst(knoop: ast.expr) -> str | None:
    try:
        waarde = ast.literal_eval(knoop)
    except (ValueError, SyntaxError, TypeError):
        return None
    return waarde if isinstance(waarde, str) else None


def _patroon(knoop: ast.expr, namen: _Namen) -> tuple[str, str]:
    """(parser, pattern) of a decorator's first argument."""
    tekst = _tekst(knoop)
    if tekst is not None:
        return "tekst", tekst
    if isinstance(knoop, ast.Call) and knoop.args:
        parser = _parser_van(knoop.func, namen)
        argument = _tekst(knoop.args[0])
        if parser is not None and argument is not None:
            return ("tekst" if parser == "string" else parser), argument
    return "onbekend", ast.unparse(knoop)


def _ontdaan(tekst: str) -> str:
    """Without a wrapping pair of backticks (``Voorbeeld: `...` ``)."""
    tekst = tekst.strip()
    if len(tekst) > 1 and tekst[0] == tekst[-1] == "`" and "`" not in tekst[1:-1]:
        return tekst[1:-1].strip()
    return tekst


@dataclass(frozen=True)
class Voorbeeld:
    """An example from a docstring: the step line and what follows it (table, docstring)."""

    zin: str
    vervolg: tuple[str, ...] = ()


def _inspringing(regel: str) -> int:
    return len(regel) - len(regel.lstrip())


def voorbeelden_uit(docstring: str | None) -> list[Voorbeeld]:
    """The examples: each docstring line that starts with ``Voorbeeld:``.

    The phrase is the rest of that line (or, when empty, the next non-empty line).  The lines
    right after it that are indented deeper or start with ``|`` or three quotes (a data table
    or a docstring) are kept as the rest of the example, up to the first blank line.
    """
    if not docstring:
        return []
    regels = docstring.splitlines()
    gevonden = []
    for i, regel in enumerate(regels):
        if not regel.strip().casefold().startswith("voorbeeld:"):
            continue
        basis = _inspringing(regel)
        zin = regel.strip()[len("voorbeeld:") :].strip()
        j = i + 1
        if not zin:
            while j < len(regels) and not regels[j].strip():
                j += 1
            if j == len(regels):
                continue
            zin, basis = regels[j].strip(), _inspringing(regels[j])
            j += 1
        vervolg = []
        while j < len(regels) and regels[j].strip():
            volgende = regels[j]
            if _inspringing(volgende) <= basis and not volgende.strip().startswith(
                ("|", '"""', "```")
            ):
                break
            vervolg.append(volgende)
            j += 1
        marge = min((_inspringing(r) for r in vervolg), default=0)
        gevonden.append(Voorbeeld(_ontdaan(zin), tuple("  " + r[marge:] for r in vervolg)))
    return gevonden


@dataclass(frozen=True)
class _Zin:
    """One decorator of a step function, before its example is chosen."""

    soort: str
    parser: str
    patroon: str
    trefwoorden: list[ast.keyword]


_TREFWOORD_VAN = {"given": "Gegeven", "when": "Als", "then": "Dan"}


def _afgeleid(
    zin: _Zin, andere: Sequence[_Zin], voorbeelden: Sequence[Voorbeeld]
) -> Voorbeeld | None:
    """An example for ``zin`` made from another phrase's example of the same function.

    A function with two phrases (``@given`` "... is vastgelegd" and ``@when`` "... wordt
    vastgelegd") usually has one example; its field values fill the other phrase.
    """
    if zin.parser not in {"parse", "tekst"}:
        return None
    for ander in andere:
        if ander is zin or ander.parser not in {"parse", "tekst"}:
            continue
        for voorbeeld in voorbeelden:
            if not _past(ander.parser, ander.patroon, voorbeeld.zin):
                continue
            tekst = _TREFWOORD.sub("", voorbeeld.zin)
            waarden: dict[str, object] = {}
            if ander.parser == "parse":
                waarden = dict(parse_lib.compile(ander.patroon).parse(tekst).named)
            ingevuld = _vul_in(zin, waarden)
            if ingevuld is None or not _past(zin.parser, zin.patroon, ingevuld):
                continue
            if _TREFWOORD.match(voorbeeld.zin) and zin.soort in _TREFWOORD_VAN:
                ingevuld = f"{_TREFWOORD_VAN[zin.soort]} {ingevuld}"
            return Voorbeeld(ingevuld, voorbeeld.vervolg)
    return None


def _vul_in(zin: _Zin, waarden: dict[str, object]) -> str | None:
    if zin.parser == "tekst":
        return zin.patroon
    ontbreekt = False

    def vervang(m: re.Match[str]) -> str:
        nonlocal ontbreekt
        if m.group(0) in {"{{", "}}"}:
            return m.group(0)[0]
        if m.group(1) not in waarden:
            ontbreekt = True
            return m.group(0)
        return str(waarden[m.group(1)])

    tekst = _VELD.sub(vervang, zin.patroon)
    return None if ontbreekt else tekst


def _kies_voorbeeld(
    zin: _Zin, andere: Sequence[_Zin], voorbeelden: Sequence[Voorbeeld]
) -> tuple[Voorbeeld | None, bool | None, bool]:
    """(example, whether it matches, whether it was derived from another phrase's example)."""
    if not voorbeelden:
        return None, None, False
    oordelen = [(v, _past(zin.parser, zin.patroon, v.zin)) for v in voorbeelden]
    passend = next(((v, p) for v, p in oordelen if p), None)
    if passend is not None:
        return passend[0], passend[1], False
    afgeleid = _afgeleid(zin, andere, voorbeelden)
    if afgeleid is not None:
        return afgeleid, True, True
    return oordelen[0][0], oordelen[0][1], False


def _zinnen(functie: ast.FunctionDef | ast.AsyncFunctionDef, namen: _Namen) -> list[_Zin]:
    zinnen = []
    for decorator in functie.decorator_list:
        if not isinstance(decorator, ast.Call):
            continue
        soort = _soort_van(decorator.func, namen)
        if soort is None:
            continue
        trefwoorden = list(decorator.keywords)
        if isinstance(decorator.func, ast.Name):
            trefwoorden = namen.partial_trefwoorden.get(decorator.func.id, []) + trefwoorden
        if soort == "step":  # step("...", "given") or step("...", type_="given")
            type_ = decorator.args[1] if len(decorator.args) > 1 else None
            type_ = type_ or next((k.value for k in trefwoorden if k.arg == "type_"), None)
            soort = (_tekst(type_) if type_ is not None else None) or "step"
            soort = soort if soort in SOORTEN else "step"
        eerste = decorator.args[0] if decorator.args else None
        eerste = eerste or next((k.value for k in trefwoorden if k.arg == "name"), None)
        if eerste is None:
            continue
        parser, patroon = _patroon(eerste, namen)
        zinnen.append(_Zin(soort, parser, patroon, trefwoorden))
    return zinnen


def _definities(
    functie: ast.FunctionDef | ast.AsyncFunctionDef, module: str, namen: _Namen
) -> Iterator[Stapdefinitie]:
    argumenten = {a.arg for a in functie.args.args + functie.args.kwonlyargs}
    voorbeelden = voorbeelden_uit(ast.get_docstring(functie))
    zinnen = _zinnen(functie, namen)
    for zin in zinnen:
        if zin.parser in {"parse", "cfparse"}:
            leesbaar, parameters = leesbaar_parse(zin.patroon)
        elif zin.parser == "re":
            leesbaar, parameters, _ = leesbaar_re(zin.patroon)
        else:
            leesbaar, parameters = zin.patroon, ()
        omzetters = _omzetters(zin.trefwoorden)
        parameters = tuple(
            (naam, f"{soort_} → {code(omzetters[naam])}" if naam in omzetters else soort_)
            for naam, soort_ in parameters
        )
        voorbeeld, past, afgeleid = _kies_voorbeeld(zin, zinnen, voorbeelden)
        fixture = next(
            (_tekst(k.value) for k in zin.trefwoorden if k.arg == "target_fixture"), None
        )
        yield Stapdefinitie(
            module=module,
            soort=zin.soort,
            parser=zin.parser,
            patroon=zin.patroon,
            leesbaar=leesbaar,
            functie=functie.name,
            voorbeeld=voorbeeld.zin if voorbeeld else None,
            tabel="datatable" in argumenten,
            docstring="docstring" in argumenten,
            parameters=parameters,
            fixture=fixture,
            voorbeeld_past=past,
            voorbeeld_vervolg=voorbeeld.vervolg if voorbeeld else (),
            voorbeeld_afgeleid=afgeleid,
        )


def _omzetters(trefwoorden: Sequence[ast.keyword]) -> dict[str, str]:
    for k in trefwoorden:
        if k.arg == "converters" and isinstance(k.value, ast.Dict):
            return {
                sleutel: ast.unparse(waarde)
                for s, waarde in zip(k.value.keys, k.value.values, strict=True)
                if s is not None and (sleutel := _tekst(s)) is not None
            }
    return {}


def lees_module(pad: Path, naam: str, relpad: str) -> Stapmodule:
    """The step definitions of one module, found by parsing its source."""
    try:
        boom = ast.parse(pad.read_text(encoding="utf-8"), filename=str(pad))
    except (OSError, UnicodeDecodeError, SyntaxError) as fout:
        raise OnleesbareStapmoduleError(f"{pad}: {fout}") from fout
    namen = _lees_imports(boom)
    definities = [
        d
        for knoop in ast.walk(boom)
        if isinstance(knoop, ast.FunctionDef | ast.AsyncFunctionDef)
        for d in _definities(knoop, naam, namen)
    ]
    docstring = ast.get_docstring(boom) or ""
    samenvatting = docstring.strip().splitlines()[0] if docstring.strip() else ""
    return Stapmodule(
        naam,
        pad.as_posix(),
        relpad,
        samenvatting,
        tuple(sorted(definities, key=lambda d: d.sorteersleutel)),
    )


def lees_stappen(map_: Path) -> tuple[Stapmodule, ...]:
    """Every module under ``map_`` (recursively) that defines at least one step, sorted."""
    if not map_.is_dir():
        return ()
    modules = []
    for pad in sorted(map_.rglob("*.py"), key=lambda p: p.relative_to(map_).as_posix()):
        naam = pad.relative_to(map_).with_suffix("").as_posix().replace("/", ".")
        module = lees_module(pad, naam, pad.relative_to(map_).as_posix())
        if module.stappen:
            modules.append(module)
    return tuple(modules)


# --- markdown ---------------------------------------------------------------------------


def code(tekst: str) -> str:
    """Inline markdown code that survives backticks in the text."""
    langste = max((len(m) for m in re.findall(r"`+", tekst)), default=0)
    hek = "`" * (langste + 1)
    opvulling = " " if tekst.startswith("`") or tekst.endswith("`") else ""
    return f"{hek}{opvulling}{tekst}{opvulling}{hek}"


def _regel_van(d: Stapdefinitie) -> list[str]:
    regels = [f"- {code(d.leesbaar)}"]
    if d.voorbeeld:
        noot = ""
        if d.voorbeeld_past is False:
            noot = " ⚠ past niet bij het patroon"
        elif d.voorbeeld_afgeleid:
            noot = " (afgeleid van het voorbeeld van de andere zin)"
        if d.voorbeeld_vervolg:
            blok = [d.voorbeeld, *d.voorbeeld_vervolg]
            regels += [f"  - Voorbeeld{noot}:", "", "    ```gherkin"]
            regels += [f"    {r}".rstrip() for r in blok]
            regels += ["    ```"]
        else:
            regels.append(f"  - Voorbeeld: {code(d.voorbeeld)}{noot}")
    else:
        regels.append("  - Voorbeeld: _(geen; voeg een regel `Voorbeeld:` toe aan de docstring)_")
    if d.parameters:
        regels.append("  - Parameters: " + ", ".join(f"{code(n)} ({s})" for n, s in d.parameters))
    if d.tabel:
        regels.append(
            "  - Met een tabel (parameter `datatable`: lijst van rijen, eerste rij = kop)"
        )
    if d.docstring:
        regels.append('  - Met een tekstblok (`"""`; parameter `docstring`)')
    extra = [f"functie {code(d.functie)}"]
    if d.parser not in {"tekst", "parse"}:  # re, cfparse, or a pattern built in code
        extra.append(f"{d.parser}: {code(d.patroon)}")
    if d.fixture:
        extra.append(f"levert fixture {code(d.fixture)}")
    regels.append("  - " + "; ".join(extra))
    return regels


SCENARIO = ("scenario", "scenario's")
"""Singular and plural, for :func:`aantal`."""


def aantal(n: int, enkelvoud: str, meervoud: str) -> str:
    """``1 stap``, ``2 stappen``."""
    return f"{n} {enkelvoud if n == 1 else meervoud}"


def catalogus(modules: Sequence[Stapmodule], bron: str) -> str:
    """The markdown text of ``docs/stappen.md``."""
    totaal = sum(len(m.stappen) for m in modules)
    regels = [
        "# Stappen",
        "",
        f"Alle stapzinnen die de features in `features/` kunnen gebruiken, per stapmodule in "
        f"`{bron}` en per soort. Gegenereerd door `python -m adapters.levend stappen`; "
        "niet met de hand bewerken.",
        "",
        '`{naam}` is een waarde die je zelf invult (datums als `"2025-01-06"`, tussen '
        "aanhalingstekens). `En` en `Maar` nemen de soort van de vorige stap over.",
        "",
        f"{aantal(totaal, 'stap', 'stappen')} in {aantal(len(modules), 'module', 'modules')}.",
        "",
    ]
    if not modules:
        regels += ["_Nog geen stappen gevonden._", ""]
    for module in modules:
        regels.append(f"- [{module.naam}](#{module.naam.replace('.', '')}) ({len(module.stappen)})")
    if modules:
        regels.append("")
    for module in modules:
        regels += [
            f"## {module.naam}",
            "",
            f"`{bron.rstrip('/')}/{module.relpad}`"
            + (f": {module.samenvatting}" if module.samenvatting else ""),
            "",
        ]
        for soort, kop in SOORTEN.items():
            van_soort = [d for d in module.stappen if d.soort == soort]
            if not van_soort:
                continue
            regels += [f"### {kop}", ""]
            for d in van_soort:
                regels += _regel_van(d)
            regels.append("")
    return "\n".join(regels).rstrip("\n") + "\n"


def waarschuwingen(modules: Sequence[Stapmodule]) -> list[str]:
    """Steps without an example, or whose example does not match the pattern."""
    meldingen = []
    for m in modules:
        for d in m.stappen:
            if not d.voorbeeld:
                meldingen.append(f"{m.pad}: {d.functie}: geen 'Voorbeeld:' in de docstring")
            elif d.voorbeeld_past is False:
                meldingen.append(f"{m.pad}: {d.functie}: voorbeeld past niet bij {d.patroon!r}")
    return meldingen
