"""The loaders return the same dtypes and the same reprs whether or not pyarrow (an optional engine
of pandas) is installed: text columns are Python-backed strings on every machine, so the lessons'
stored outputs do not depend on it.

The same tables are loaded in two fresh processes, one where ``import pyarrow`` fails; where
pyarrow is installed the other one can use it. (Checked on the development machine with pyarrow
26 installed beside pandas 3.1: the same output.)
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

PROBE = """
import json, sys
if sys.argv[1] == "without":
    sys.modules["pyarrow"] = None  # import pyarrow fails, as on a machine without it
from lessons_lib import data, schema
out = {"pyarrow": "pyarrow" in sys.modules and sys.modules["pyarrow"] is not None}
for name in schema.table_names():
    frame = data.load_table(name)
    out[name] = [[c, str(t)] for c, t in frame.dtypes.items()]
    out[name + " repr"] = repr(frame.head(3)) + "\\n" + repr(frame.iloc[:, 2].value_counts().head(3))
print(json.dumps(out))
"""


def load(mode: str) -> dict:
    done = subprocess.run([sys.executable, "-c", PROBE, mode], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


@pytest.mark.slow
def test_tables_are_the_same_with_and_without_pyarrow():
    without, default = load("without"), load("default")
    assert not without.pop("pyarrow")
    default.pop("pyarrow")
    assert without == default
    assert ["id", "str"] in default["events"] or ["id", "string"] in default["events"]
