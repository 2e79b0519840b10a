"""Loading framework files: the ones PactDesk ships and the ones a user picks.

A framework file is JSON in the ``pactdesk.framework/1`` format (see
:mod:`pactdesk.domain.framework` for what it holds).  Whatever is wrong with
a file -- it is empty, binary, not JSON, has a key twice, is some other
PactDesk format, breaks the schema ``pactdesk/schemas/framework.schema.json``
or gives two commitments the same id -- loading it raises one
:class:`FrameworkError` whose message is a single line an official can act
on; ``details`` lists every problem found.

This module lives outside :mod:`pactdesk.domain` because it uses
``jsonschema``.  That library is imported, and the schema read, on the first
validation only, so that importing this module costs the start-up nothing.
"""

from __future__ import annotations

import ast
import dataclasses
import functools
import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources as importlib_resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pactdesk.domain import limits
from pactdesk.domain.framework import (
    FRAMEWORK_FORMAT,
    Framework,
    framework_from_document,
    in_language,
    texts_of,
)
from pactdesk.paths import resources_dir

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError
    from jsonschema.protocols import Validator

__all__ = [
    "default_framework_id",
    "MAX_FRAMEWORK_BYTES",
    "FrameworkError",
    "clear_shipped_frameworks",
    "load_framework_bytes",
    "load_framework_file",
    "shipped_framework",
    "shipped_framework_bytes",
    "shipped_framework_ids",
    "shown_in",
]

# A real framework is some tens of kilobytes; refuse anything absurd before reading it.
MAX_FRAMEWORK_BYTES = limits.FRAMEWORK.max_bytes
_SCHEMA_FILE = "framework.schema.json"
_FRAMEWORK_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_MAX_SHOWN = 60

_Where = tuple[str | int, ...]  # a place in the document: ("areas", 2, "commitments", 0, "id")


class FrameworkError(ValueError):
    """A framework file that PactDesk cannot use.

    ``str(error)`` is one line saying what is wrong, e.g. "The framework file
    'x.json' is not valid: two commitments have the id 'I.a'".  ``details``
    holds every problem found (at least the one in the message).
    """

    def __init__(self, message: str, details: Sequence[str] = ()) -> None:
        message = _one_line(message)
        super().__init__(message)
        self.message = message
        self.details: list[str] = [_one_line(d) for d in details] or [message]


# --------------------------------------------------------------------------- loading


def load_framework_bytes(raw: bytes, *, origin: str) -> Framework:
    """Check ``raw`` (a framework file's exact bytes) and build the framework.

    ``origin`` names the file in messages (usually its name).  Raises
    :class:`FrameworkError`.
    """
    subject = f"The framework file '{_shown_text(origin)}'"
    document = _parse(raw, subject)
    _check_format(document, subject)
    problems = _schema_problems(document)
    if not problems:
        problems = _consistency_problems(document)
    if problems:
        more = len(problems) - 1
        suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        raise FrameworkError(f"{subject} is not valid: {problems[0]}{suffix}", problems)
    try:
        return framework_from_document(document, raw)
    except (KeyError, TypeError, ValueError) as exc:  # the schema should have caught it
        raise FrameworkError(f"{subject} is not valid: {exc!r}") from exc


def load_framework_file(path: str | os.PathLike[str]) -> Framework:
    """Read and check the framework file at ``path``.  Raises :class:`FrameworkError`."""
    path = Path(path)
    subject = f"The framework file '{_shown_text(path.name)}'"
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise FrameworkError(f"{subject} is a folder, not a file", [str(path)])
        if size > MAX_FRAMEWORK_BYTES:
            raise FrameworkError(
                f"{subject} is too large to be a framework ({size} bytes)", [str(path)]
            )
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise FrameworkError(f"{subject} does not exist", [f"looked for {path}"]) from exc
    except PermissionError as exc:
        raise FrameworkError(f"{subject} cannot be read: permission denied", [str(path)]) from exc
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise FrameworkError(f"{subject} cannot be read: {reason}", [str(path)]) from exc
    return load_framework_bytes(raw, origin=path.name)


def shipped_framework_ids() -> tuple[str, ...]:
    """The ids of the frameworks in ``resources/frameworks``, sorted."""
    folder = resources_dir() / "frameworks"
    if not folder.is_dir():
        return ()
    return tuple(sorted(p.stem for p in folder.glob("*.json") if _FRAMEWORK_ID.match(p.stem)))


def default_framework_id() -> str:
    """The framework a new draft gets unless told otherwise: the shipped one of the latest cycle.

    The one place the default is decided (the command line's ``new``, the
    window's member-state list and the test drafts ask here); it is read
    from the shipped files, so shipping a later cycle's file changes it.
    """
    return _default_framework_id(str(resources_dir()))


@functools.lru_cache(maxsize=4)
def _default_framework_id(folder: str) -> str:
    best: tuple[int, str] | None = None
    for framework_id in shipped_framework_ids():
        try:
            cycle = json.loads(_shipped_path(framework_id).read_bytes())["cycle"]
        except (OSError, ValueError, KeyError, TypeError):
            continue  # a damaged file is refused when it is loaded, with its own message
        if isinstance(cycle, int) and (best is None or (cycle, framework_id) > best):
            best = (cycle, framework_id)
    if best is None:
        raise FrameworkError(
            "PactDesk comes with no framework (the installation may be damaged)",
            [f"looked in {Path(folder) / 'frameworks'}"],
        )
    return best[1]


def shipped_framework_bytes(framework_id: str | None = None) -> bytes:
    """The exact bytes of a shipped framework (a draft keeps them as its copy)."""
    framework_id = framework_id or default_framework_id()
    path = _shipped_path(framework_id)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise FrameworkError(
            f"The framework '{framework_id}' that comes with PactDesk cannot be read "
            "(the installation may be damaged)",
            [f"{path}: {exc.strerror or type(exc).__name__}"],
        ) from exc


def shipped_framework(framework_id: str | None = None) -> Framework:
    """A framework that comes with PactDesk, checked like any other, loaded once.

    Every call for the same id, with or without the default, returns the same
    object; :func:`clear_shipped_frameworks` forgets them (tests that point
    ``PACTDESK_RESOURCES`` elsewhere).
    """
    return _load_shipped_framework(framework_id or default_framework_id())


def shown_in(framework: Framework, language: str) -> Framework:
    """A draft's framework as the window shows it in ``language`` (see ``in_language``).

    A draft keeps the copy of the framework file it was made from (its digest
    and sign-offs stay as they were), with the translations that edition had,
    or none.  When the shipped framework of the same id has exactly the same
    texts and is that copy's own edition or a later one (it lists the copy's
    digest among its earlier editions) or the copy has no translation into
    ``language``, the shipped translations are shown for it: the newest words
    for the same texts.  Otherwise the copy's own translations.
    """
    if language == framework.language:
        return framework
    own = language in framework.translations
    try:
        shipped = shipped_framework(framework.id)
    except FrameworkError:
        shipped = None
    if (
        shipped is not None
        and language in shipped.translations
        and (not own or framework.sha256 in shipped.earlier_editions)
        and texts_of(shipped) == texts_of(framework)
    ):
        borrowed = dataclasses.replace(framework, translations=shipped.translations)
        return in_language(borrowed, language)
    return in_language(framework, language) if own else framework


def clear_shipped_frameworks() -> None:
    """Forget the shipped frameworks loaded so far (and which one is the default)."""
    _load_shipped_framework.cache_clear()
    _default_framework_id.cache_clear()


@functools.lru_cache(maxsize=8)
def _load_shipped_framework(framework_id: str) -> Framework:
    raw = shipped_framework_bytes(framework_id)
    framework = load_framework_bytes(raw, origin=_shipped_path(framework_id).name)
    if framework.id != framework_id:
        raise FrameworkError(
            f"The framework file '{framework_id}.json' that comes with PactDesk holds the "
            f"framework '{framework.id}' (the installation may be damaged)"
        )
    return framework


def _shipped_path(framework_id: str) -> Path:
    if not isinstance(framework_id, str) or not _FRAMEWORK_ID.match(framework_id):
        raise FrameworkError(f"'{_shown_text(str(framework_id))}' is not a framework id")
    path = resources_dir() / "frameworks" / f"{framework_id}.json"
    if not path.is_file():
        available = ", ".join(shipped_framework_ids()) or "none"
        raise FrameworkError(
            f"PactDesk has no framework '{framework_id}' (it comes with: {available})",
            [f"looked for {path}"],
        )
    return path


# --------------------------------------------------------------------------- parsing


class _DuplicateKeys(dict[str, Any]):
    """A JSON object in which a key appeared more than once (the later value wins)."""

    duplicates: list[str]


def _object_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj: dict[str, Any] = {}
    duplicates: list[str] = []
    for key, value in pairs:
        if key in obj and key not in duplicates:
            duplicates.append(key)
        obj[key] = value
    if not duplicates:
        return obj
    marked = _DuplicateKeys(obj)
    marked.duplicates = duplicates
    return marked


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON value")


def _parse(raw: bytes, subject: str) -> dict[str, Any]:
    if not isinstance(raw, bytes | bytearray):
        raise TypeError("raw must be bytes")
    if len(raw) > MAX_FRAMEWORK_BYTES:
        raise FrameworkError(f"{subject} is too large to be a framework ({len(raw)} bytes)")
    if not raw.strip():
        raise FrameworkError(f"{subject} is empty")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise FrameworkError(f"{subject} is saved as UTF-16 text; it must be saved as UTF-8")
    if b"\x00" in raw:
        raise FrameworkError(f"{subject} is not a text file (it holds binary data)")
    try:
        text = bytes(raw).decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FrameworkError(
            f"{subject} is not readable text: it is not saved as UTF-8 "
            f"(the byte at position {exc.start})",
            [f"byte {exc.start}: {exc.reason}"],
        ) from exc
    depth = limits.json_depth_problem(text)
    if depth is not None:
        raise FrameworkError(f"{subject} is not a framework: {depth}")
    try:
        document = json.loads(
            text, object_pairs_hook=_object_pairs, parse_constant=_reject_constant
        )
    except json.JSONDecodeError as exc:
        raise FrameworkError(
            f"{subject} is not JSON (line {exc.lineno}, column {exc.colno})",
            [f"line {exc.lineno}, column {exc.colno}: {exc.msg}"],
        ) from exc
    except ValueError as exc:  # NaN, Infinity
        raise FrameworkError(f"{subject} is not JSON ({exc})") from exc
    except RecursionError as exc:
        raise FrameworkError(f"{subject} is nested too deeply to be a framework") from exc
    duplicates = list(_duplicate_keys(document))
    if duplicates:
        details = [
            f"{_at(w, 'the file')} has the key '{_shown_text(k)}' twice" for w, k in duplicates
        ]
        first = details[0]
        more = len(duplicates) - 1
        suffix = f" (and {more} more repeated key{'s' if more > 1 else ''})" if more else ""
        raise FrameworkError(f"{subject} is not valid: {first}{suffix}", details)
    texts = limits.json_text_problems(document)
    if texts:
        others = f" (and {len(texts) - 1} more)" if len(texts) > 1 else ""
        raise FrameworkError(f"{subject} is not valid: {texts[0]}{others}", texts)
    if not isinstance(document, dict):
        raise FrameworkError(
            f"{subject} is not a PactDesk framework (it holds {_json_kind(document)}, "
            "not a JSON object)"
        )
    return document


def _duplicate_keys(document: Any) -> Iterator[tuple[_Where, str]]:
    """Every repeated key, in the file's order (iterative: a file may nest deeply)."""
    stack: list[tuple[_Where, Any]] = [((), document)]
    while stack:
        where, node = stack.pop()
        if isinstance(node, _DuplicateKeys):
            for key in node.duplicates:
                yield where, key
        if isinstance(node, dict):
            stack.extend(((*where, k), v) for k, v in reversed(node.items()))
        elif isinstance(node, list):
            stack.extend(((*where, i), v) for i, v in reversed(list(enumerate(node))))


def _check_format(document: dict[str, Any], subject: str) -> None:
    tag = document.get("format")
    if tag == FRAMEWORK_FORMAT:
        return
    if tag is None:
        raise FrameworkError(
            f"{subject} is not a PactDesk framework: it has no 'format' field "
            f'(a framework says "format": "{FRAMEWORK_FORMAT}")'
        )
    if isinstance(tag, str) and tag.startswith("pactdesk.framework/"):
        raise FrameworkError(
            f"{subject} is a framework in the format '{_shown_text(tag)}', which this version "
            f"of PactDesk cannot read (it reads '{FRAMEWORK_FORMAT}')"
        )
    raise FrameworkError(
        f"{subject} is not a PactDesk framework: its format is {_shown(tag)}, "
        f"expected '{FRAMEWORK_FORMAT}'"
    )


# --------------------------------------------------------------------------- the schema


@functools.cache
def _validator() -> Validator:
    """The schema's validator, built on first use (jsonschema is slow to import)."""
    from jsonschema import Draft202012Validator

    schema_file = importlib_resources.files("pactdesk") / "schemas" / _SCHEMA_FILE
    text = schema_file.read_text(encoding="utf-8")
    schema = json.loads(text)  # checked against its metaschema by tests/test_schemas.py
    validator: Validator = Draft202012Validator(
        schema, format_checker=Draft202012Validator.FORMAT_CHECKER
    )
    return validator


def _schema_problems(document: dict[str, Any]) -> list[str]:
    from jsonschema.exceptions import relevance

    # relevance ranks the most telling error highest (it is what best_match picks).
    errors = sorted(_validator().iter_errors(document), key=relevance, reverse=True)
    return [_describe(error) for error in errors]


_TYPE_WORDS = {
    "object": "an object ({…})",
    "array": "a list ([…])",
    "string": "text in quotes",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "null",
}

_PATTERN_WORDS = {
    r"^[IVX]+\.[a-z]$": "an area numeral, a dot and a letter, e.g. 'III.a'",
    r"^[IVX]+\.[a-z]\.[a-z0-9]+(-[a-z0-9]+)*$": (
        "a commitment id, a dot and a short name in small letters, e.g. 'I.b.data-students'"
    ),
    r"^(?=[IVX])X{0,3}(IX|IV|V?I{0,3})$": "a Roman numeral, e.g. 'IV'",
    r"^[a-z0-9]+(-[a-z0-9]+)*$": "small letters, digits and hyphens, e.g. 'pact-report'",
    r"^[a-z]$": "one small letter",
    r"^[A-Z]{2}$": "two capital letters, e.g. 'EL'",
    r"^[a-z]{2}$": "a two-letter language code, e.g. 'en'",
    r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$": "a date written YYYY-MM-DD",
    r"^[0-9]{4}(-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$": "a period: a year (YYYY), a half "
    "(YYYY-H1), a quarter (YYYY-Q3) or a month (YYYY-06)",
}


def _describe(error: ValidationError) -> str:
    """One sentence for one schema violation, naming where it is."""
    where = tuple(error.absolute_path)
    path = _at(where, "")
    instance = error.instance
    kind = error.validator
    value = error.validator_value
    if kind == "required":
        # One error per missing field; its message is "'<name>' is a required property".
        named = re.match(r"^(.*) is a required property$", error.message)
        missing = [n for n in value if isinstance(instance, dict) and n not in instance]
        name = _literal(named.group(1)) if named else (missing[0] if missing else "?")
        return f"the field '{name}' is missing" + (f" from {path}" if path else "")
    if kind == "additionalProperties":
        known = set(error.schema.get("properties", {}))
        extra = [k for k in instance if k not in known] if isinstance(instance, dict) else []
        name = _shown_text(extra[0]) if extra else "?"
        return f"{path or 'the file'} has an unknown field '{name}'"
    subject = path or "the file"
    if kind == "type":
        expected = value if isinstance(value, str) else " or ".join(value)
        words = _TYPE_WORDS.get(expected, expected)
        return f"{subject} should be {words}, not {_json_kind(instance)} ({_shown(instance)})"
    if kind == "pattern":
        words = _PATTERN_WORDS.get(value, f"the pattern {value}")
        return f"{subject} {_shown(instance)} does not match the expected form: {words}"
    if kind == "enum":
        choices = ", ".join(_shown(v) for v in value)
        return f"{subject} {_shown(instance)} is not one of {choices}"
    if kind == "const":
        return f"{subject} should be {_shown(value)}, not {_shown(instance)}"
    if kind == "format" and value == "date":
        return f"{subject} {_shown(instance)} is not a real date (YYYY-MM-DD)"
    if kind in ("minItems", "minLength") and not instance:
        return f"{subject} is empty"
    if kind == "minItems":
        return f"{subject} has {len(instance)} items, at least {value} are needed"
    if kind == "minimum":
        return f"{subject} is {_shown(instance)}, it should be at least {value}"
    if kind == "maximum":
        return f"{subject} is {_shown(instance)}, it should be at most {value}"
    return f"{subject}: {error.message}"


# --------------------------------------------------------------------------- beyond the schema


def _consistency_problems(document: dict[str, Any]) -> list[str]:
    """What the schema cannot say: unique ids, ids that agree with their place."""
    problems: list[str] = []
    area_ids: set[str] = set()
    commitment_ids: set[str] = set()
    prompt_ids: set[str] = set()
    for a, area in enumerate(document["areas"]):
        area_id = area["id"]
        problems += _repeat(area_ids, area_id, "two areas have the id")
        for c, commitment in enumerate(area["commitments"]):
            at = ("areas", a, "commitments", c)
            cid, letter = commitment["id"], commitment["letter"]
            problems += _repeat(commitment_ids, cid, "two commitments have the id")
            expected = f"{area_id}.{letter}"
            if cid != expected:
                if not cid.startswith(f"{area_id}."):
                    problems.append(
                        f"{_at((*at, 'id'), '')} '{cid}' is not in area '{area_id}' "
                        f"(it should be '{expected}')"
                    )
                else:
                    problems.append(
                        f"{_at((*at, 'id'), '')} '{cid}' does not end with its letter "
                        f"'{letter}' (it should be '{expected}')"
                    )
            paragraphs = len(commitment["paragraphs"])
            for p, prompt in enumerate(commitment.get("prompts", [])):
                pat = (*at, "prompts", p)
                pid = prompt["id"]
                problems += _repeat(prompt_ids, pid, "two prompts have the id")
                if not pid.startswith(f"{cid}."):
                    problems.append(
                        f"{_at((*pat, 'id'), '')} '{pid}' does not belong to commitment '{cid}' "
                        f"(it should start with '{cid}.')"
                    )
                index = prompt.get("paragraph", 0)
                if index >= paragraphs:
                    problems.append(
                        f"{_at((*pat, 'paragraph'), '')} is {index}, but commitment '{cid}' has "
                        f"only {paragraphs} paragraph{'s' if paragraphs > 1 else ''} "
                        f"(counted from 0)"
                    )
    codes: set[str] = set()
    for state in document["member_states"]:
        problems += _repeat(codes, state["code"], "two Member States have the code")
    rows: set[str] = set()
    for deadline in document.get("timetable", []):
        problems += _repeat(rows, deadline["id"], "two timetable rows have the id")
    indicators: set[str] = set()
    for indicator in document.get("indicators", []):
        problems += _repeat(indicators, indicator["id"], "two indicators have the id")
    problems += _translation_problems(document)
    return problems


def _translation_problems(document: dict[str, Any]) -> list[str]:
    """Translations of texts the file has, with as many paragraphs, into another language."""
    problems: list[str] = []
    own = document.get("language", "en")
    areas = {area["id"] for area in document["areas"]}
    commitments = {c["id"]: c for area in document["areas"] for c in area["commitments"]}
    prompts = {p["id"] for c in commitments.values() for p in c.get("prompts", [])}
    deadlines = {d["id"] for d in document.get("timetable", [])}
    for language, translation in document.get("translations", {}).items():
        at = ("translations", language)
        if language == own:
            problems.append(f"{_at(at, '')} translates the file into its own language '{own}'")
        for area_id in translation.get("areas", {}):
            if area_id not in areas:
                problems.append(f"{_at((*at, 'areas', area_id), '')}: there is no area '{area_id}'")
        for cid, commitment in translation.get("commitments", {}).items():
            where = _at((*at, "commitments", cid), "")
            if cid not in commitments:
                problems.append(f"{where}: there is no commitment '{cid}'")
                continue
            have, given = len(commitments[cid]["paragraphs"]), len(commitment["paragraphs"])
            if have != given:
                problems.append(
                    f"{where} has {given} paragraph{'s' if given != 1 else ''}, but commitment "
                    f"'{cid}' has {have}"
                )
        for pid in translation.get("prompts", {}):
            if pid not in prompts:
                problems.append(f"{_at((*at, 'prompts', pid), '')}: there is no prompt '{pid}'")
        for did in translation.get("timetable", {}):
            if did not in deadlines:
                problems.append(
                    f"{_at((*at, 'timetable', did), '')}: the timetable has no row '{did}'"
                )
    return problems


def _repeat(seen: set[str], value: str, words: str) -> list[str]:
    if value in seen:
        return [f"{words} '{_shown_text(value)}'"]
    seen.add(value)
    return []


# --------------------------------------------------------------------------- wording


def _at(where: Iterable[str | int], top: str) -> str:
    """``('areas', 2, 'commitments', 0, 'id')`` -> ``areas[2].commitments[0].id``."""
    out = ""
    for part in where:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{_shown_text(part)}" if out else _shown_text(part)
    return out or top


def _shown_text(text: str) -> str:
    text = _one_line(text)
    return text if len(text) <= _MAX_SHOWN else text[: _MAX_SHOWN - 1] + "…"


def _shown(value: Any) -> str:
    if isinstance(value, str):
        return f"'{_shown_text(value)}'"
    if isinstance(value, dict):
        return "{…}"
    if isinstance(value, list):
        return "[…]"
    return _shown_text(json.dumps(value))


def _literal(text: str) -> str:
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return _shown_text(text)
    return _shown_text(str(value))


def _json_kind(value: Any) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "text"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a number"
    return "null"


def _one_line(text: str) -> str:
    """Control characters (line breaks above all) shown as spaces: a message is one line."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
