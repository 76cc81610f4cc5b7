"""One module per ``techgeo-lessons`` sub-command; see :mod:`lessons_lib.cli`."""
