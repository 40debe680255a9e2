"""Documents for people, and the machinery every generated page shares.

:mod:`adapters.rapport.sjablonen` holds the one Jinja2 environment (:func:`omgeving`,
:func:`render`) with the base layout ``templates/basis.html.j2`` and the stylesheets in
``static/``; :mod:`adapters.rapport.svg` builds escaped markup in Python for drawings;
:mod:`adapters.rapport.dossierrapport` is the dossier report.
"""

from adapters.rapport.sjablonen import css, omgeving, render

__all__ = ["css", "omgeving", "render"]
