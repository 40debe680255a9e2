"""``python -m adapters.cli``: the same as the ``spoorwijzer`` script."""

from adapters.cli import main

main()
