r"""Reading a quiz bank's file: bounded bytes, UTF-8 text, then YAML that keeps its line numbers.

The YAML reader refuses what a hand-written bank never needs and a hostile file could use: a key
written twice in one block (YAML would keep the last one silently), keys that are not plain words,
and ``&anchor``/``*alias`` repeats ("billion laughs").

>>> data, lines = read_yaml("lesson: demo\nquestions:\n  - id: q1\n", "demo.yaml")
>>> data["questions"][0], lines[id(data["questions"][0])]
({'id': 'q1'}, 3)
>>> read_yaml("a: 1\na: 2\n", "demo.yaml")  # doctest: +ELLIPSIS
Traceback (most recent call last):
...
lessons_lib.quiz.errors.QuizError: demo.yaml, line 2: ...: the key 'a' appears twice in the same block

A bank is read with libyaml's C parser when PyYAML has it (ten times faster than the pure-Python one:
``quiz.show`` runs in every lesson). Anything it finds wrong, an alias included, is read again with
the Python reader, so a bank's author reads the same message with or without libyaml.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .errors import QuizError, QuizProblem, show

__all__ = ["MAX_BANK_BYTES", "read_bank_file", "read_yaml"]


def read_bank_file(path: Path) -> str:
    """The text of the bank file ``path``: at most :data:`MAX_BANK_BYTES`, UTF-8; else a QuizError."""
    from lessons_lib.reading import Unreadable, read_limited

    try:
        raw = read_limited(path, MAX_BANK_BYTES, "a quiz bank (a YAML file)")
    except Unreadable as err:
        raise QuizError([QuizProblem(path.name, None, f"found {path}; expected {err.expected}")]) from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise QuizError([QuizProblem(path.name, None, f"the file is not UTF-8 text ({err.reason}: "
                                                      f"{raw[err.start: err.start + 4]!r}); save it as UTF-8",
                                     line)]) from None


#: A bank is text a person writes: a larger file is a mistake (the shipped ones are 7 to 15 KB).
MAX_BANK_BYTES = 1 << 20


class _Loader(yaml.SafeLoader):
    lines: dict[int, int]

    def compose_node(self, parent: Any, index: Any) -> Any:
        # An alias (*name) repeats a block written elsewhere (&name): a few lines of them can stand for
        # billions of nodes ("billion laughs"). A bank has no need of them; refuse the first one.
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, f"found the alias *{event.anchor}: a quiz bank may not repeat blocks with "
                "&anchors and *aliases; write the text out where it is needed", event.start_mark)
        return super().compose_node(parent, index)


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, (str, int, float, bool)) and key is not None:
            raise yaml.constructor.ConstructorError(
                None, None, f"a key must be a plain word, not {show(key)}", key_node.start_mark)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"the key {key!r} appears twice in the same block", key_node.start_mark
            )
        seen[key] = key_node.start_mark.line
    mapping = loader.construct_mapping(node, deep=True)
    loader.lines[id(mapping)] = node.start_mark.line + 1
    return mapping


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


_CLoader: Any = None
if getattr(yaml, "__with_libyaml__", False):  # PyYAML built without libyaml: the Python reader alone

    class _CLoader(yaml.CSafeLoader):  # type: ignore[no-redef]
        lines: dict[int, int]

    _CLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _each_node_once(root: Any) -> bool:
    """Whether every node under ``root`` is reached once: an ``*alias`` is a node reached twice (or a cycle)."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            return False
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            stack.extend(part for pair in node.value for part in pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return True


def _read_fast(text: str) -> tuple[Any, dict[int, int]] | None:
    """What :func:`read_yaml` returns, read by libyaml; None when the Python reader must say what is wrong."""
    if _CLoader is None or yaml.reader.Reader.NON_PRINTABLE.search(text):
        return None
    loader = _CLoader(text)
    loader.lines = {}
    try:
        node = loader.get_single_node()
        if node is not None and not _each_node_once(node):
            return None
        return (loader.construct_document(node) if node is not None else None), loader.lines
    except (yaml.YAMLError, RecursionError):
        return None
    finally:
        loader.dispose()


def read_yaml(text: str, file: str) -> tuple[Any, dict[int, int]]:
    """The data of YAML ``text`` and, for each block (by ``id()``), the line it starts on."""
    fast = _read_fast(text)
    if fast is not None:
        return fast
    loader = None
    try:
        loader = _Loader(text)  # a control character is refused here, before any parsing
        loader.lines = {}
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark else None
        column = f", column {mark.column + 1}" if mark else ""
        what = f"this is not valid YAML{column}: {err.problem or err.context}"
        raise QuizError([QuizProblem(file, None, what, line)]) from None
    except yaml.YAMLError as err:
        raise QuizError([QuizProblem(file, None, f"this is not valid YAML: {err}")]) from None
    except RecursionError:
        raise QuizError([QuizProblem(file, None, "this YAML nests lists or blocks thousands deep; "
                                                 "a bank needs a few levels")]) from None
    finally:
        if loader is not None:
            loader.dispose()
    return data, loader.lines
