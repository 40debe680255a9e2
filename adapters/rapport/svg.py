"""Markup built in Python, escaped by construction: one element at a time.

For drawings whose geometry is computed in Python (the SVG timeline of the dossier report).
:func:`element` escapes every attribute value and every piece of text it is given; only
:class:`markupsafe.Markup` (an element made here, or a package stylesheet) passes unchanged.
There is no way to put raw text into an element except by making it ``Markup`` first, so a
name, a reason or a toelichting from a dossier cannot become markup.  The result is
``Markup`` and enters a template as is.
"""

from __future__ import annotations

import re

from markupsafe import Markup

Waarde = str | int | float
"""An attribute value or a piece of text: numbers print as Python prints them."""

_NAAM = re.compile(r"[A-Za-z][A-Za-z0-9_]*")


def _attribuutnaam(naam: str) -> str:
    """``class_`` -> ``class``, ``stroke_width`` -> ``stroke-width``; ``viewBox`` stays."""
    if not _NAAM.fullmatch(naam):
        raise ValueError(f"geen attribuutnaam: {naam!r}")
    return naam.removesuffix("_").replace("_", "-")


def element(naam: str, *inhoud: Waarde | Markup | None, **attributen: Waarde | None) -> Markup:
    """One element: ``<naam a="v">inhoud</naam>``, or ``<naam a="v"/>`` without content.

    Attribute values and text are escaped (quotes included); ``Markup`` content is kept; an
    attribute or a content item that is ``None`` is left out.  Attribute names are Python
    names: a trailing underscore is dropped (``class_``) and other underscores become
    hyphens (``stroke_width``, ``data_regel``, ``aria_labelledby``).
    """
    if not _NAAM.fullmatch(naam):
        raise ValueError(f"geen elementnaam: {naam!r}")
    kop = Markup("").join(
        Markup(' {}="{}"').format(Markup(_attribuutnaam(a)), w)  # noqa: S704 - a checked name
        for a, w in attributen.items()
        if w is not None
    )
    tag = Markup(naam)  # noqa: S704 - a checked name
    delen = [i for i in inhoud if i is not None and i != ""]
    if not delen:
        return Markup("<{}{}/>").format(tag, kop)
    return Markup("<{}{}>{}</{}>").format(tag, kop, samen(*delen), tag)


def samen(*delen: Waarde | Markup | None) -> Markup:
    """Pieces side by side, each escaped unless it is ``Markup``; ``None`` is left out."""
    return Markup("").join(d if isinstance(d, str) else str(d) for d in delen if d is not None)
