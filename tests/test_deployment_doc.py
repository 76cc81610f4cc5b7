"""docs/deployment.md: every techgeo-lessons command in it is one the CLI accepts, and the Zero to JupyterHub
values agree with what the hub test measured and ran."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import yaml

from lessons_lib.cli import build_parser

DOC = (Path(__file__).resolve().parent.parent / "docs" / "deployment.md").read_text(encoding="utf-8")

# measured by tests/test_hub.py and the probe (docs/deployment.md, "What a hub needs")
LEARNER_MIB = 250         # JupyterLab + one lesson kernel, RSS (224 here, 249 in the probe)
SERVER_MIB, LESSON_KERNEL_MIB = 140, 145


def commands() -> list[str]:
    found = re.findall(r"(?m)^\s*(techgeo-lessons [^#\n]*?)\s*(?:#.*)?$", DOC)          # in code blocks
    found += re.findall(r"`(techgeo-lessons [^`]+)`", DOC)                             # inline
    return sorted({c.strip() for c in found})


@pytest.mark.parametrize("command", commands())
def test_every_command_in_the_deployment_doc_is_accepted_by_the_cli(command: str) -> None:
    words = [w.replace("*.csv", "a.csv") for w in shlex.split(command)[1:] if w not in ("...", "PATHS...")]
    try:
        args = build_parser().parse_args(words)
    except SystemExit:
        pytest.fail(f"docs/deployment.md shows a command the CLI refuses: {command}")
    assert getattr(args, "handler", None) is not None, command


def test_the_doc_shows_the_commands_a_teacher_needs() -> None:
    found = commands()
    for needed in ("techgeo-lessons results collect /srv/techgeo-results -o class.csv",
                   "techgeo-lessons results class /srv/techgeo-results",
                   "techgeo-lessons results export --output results.csv"):
        assert needed in found, needed
    assert 'techgeo-lessons lab --copy-only --dir "$HOME/techgeo-lessons"' in DOC


def _size(text: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)([MG])", str(text)).groups()
    return float(number) * (1024 if unit == "G" else 1)


def test_the_zero_to_jupyterhub_values_agree_with_the_measured_figures_and_the_tested_command() -> None:
    block = DOC.split("# values.yaml (Zero to JupyterHub 4.x)\n", 1)[1].split("```", 1)[0]
    values = yaml.safe_load(block)
    single = values["singleuser"]
    assert single["lifecycleHooks"]["postStart"]["exec"]["command"] == [
        "techgeo-lessons", "lab", "--copy-only", "--dir", "/home/jovyan/techgeo-lessons"]
    assert _size(single["memory"]["guarantee"]) >= LEARNER_MIB
    assert _size(single["memory"]["limit"]) >= SERVER_MIB + 4 * LESSON_KERNEL_MIB
    assert single["startTimeout"] >= 180  # 30 servers of ~2.2 s of CPU each on a small node
    assert single["extraEnv"]["TECHGEO_RESULTS_DIR"] == single["storage"]["extraVolumeMounts"][0]["mountPath"]
    assert single["storage"]["extraVolumeMounts"][0]["subPath"] == "{username}"
    assert 'c.Spawner.args = ["--KernelManager.transport=ipc"]' in values["hub"]["extraConfig"]["techgeo"]
    assert values["cull"]["enabled"] is True
    for placeholder in ("REGISTRY/techgeo-lessons", "TAG", "OWNER/REPO", "TEACHER"):
        assert f"`{placeholder}`" in DOC, f"the placeholder {placeholder} is not explained"
