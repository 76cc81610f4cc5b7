"""Test configuration shared by the unit tests and the doctests."""

collect_ignore = ["lessons_lib/__main__.py"]
