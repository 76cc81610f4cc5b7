"""Test configuration shared by the unit tests and the doctests."""

collect_ignore = ["lessons_lib/__main__.py"]

# lesson sources are notebooks written as text: never import them as test modules
collect_ignore_glob = ["notebooks/src/*", "notebooks/teacher/src/*", "tools/*", "benchmarks/*", "binder/*"]
