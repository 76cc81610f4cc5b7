"""``python -m lessons_lib`` runs the ``techgeo-lessons`` command."""

from lessons_lib.cli import main

raise SystemExit(main())
