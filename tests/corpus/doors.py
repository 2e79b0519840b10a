"""One builder per door: the faults a file of that door can have, by name.

Each table maps a case id (it names the fault) to a :class:`~tests.corpus.Fault`.
The test (tests/test_corpus.py) writes the bad file from one good file of the
door, runs the command, and checks the exit code, the one first line and that
the draft is byte for byte what it was.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pactdesk.domain import limits
from tests.corpus import (
    DEEP_XML,
    ENTITY_BOMB,
    NESTED_JSON,
    OLE,
    PDF,
    TEXT,
    Fault,
    a_folder,
    absolute_path,
    as_symlink,
    duplicate_member,
    empty,
    expansion_bomb,
    many_members,
    path_escape,
    plain_zip,
    renamed,
    replace,
    sparse,
    symlink_member,
    truncated,
    with_member,
    without,
    write,
)

Document = dict[str, Any]


def _json(change: Callable[[Document], None]) -> Callable[[bytes, Path], None]:
    def make(good: bytes, path: Path) -> None:
        document = json.loads(good)
        change(document)
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")

    return make


def _raw_text(
    change: Callable[[Document], None], old: str, new: str
) -> Callable[[bytes, Path], None]:
    """Change the document, then replace ``old`` in its JSON text by ``new`` (raw escapes)."""

    def make(good: bytes, path: Path) -> None:
        document = json.loads(good)
        change(document)
        path.write_text(json.dumps(document).replace(old, new, 1), encoding="utf-8")

    return make


def _first_answer(d: Document, text: str) -> None:
    d["commitments"][0]["actions_undertaken"] = text


# ---------------------------------------------------------------- import-json
CONTRIBUTION_JSON: dict[str, Fault] = {
    "pdf-behind-json": Fault(write(PDF), ("not a contribution", "json")),
    "plain-text": Fault(write(TEXT), ("json",)),
    "empty": Fault(empty, ("empty", "json")),
    "truncated": Fault(truncated, ("json", "cut short", "end")),
    "oversize": Fault(sparse(limits.CONTRIBUTION_JSON.max_bytes + 1), ("more than",)),
    "nested-200000-deep": Fault(write(NESTED_JSON), ("nested more than",)),
    "wrong-type-commitments": Fault(_json(lambda d: d.update(commitments="I.a")), ("commitments",)),
    "wrong-type-value": Fault(
        _json(lambda d: d["commitments"][0]["data"][0].update(value="1234")), ("not a number",)
    ),
    "duplicate-commitment": Fault(
        _json(lambda d: d["commitments"].append(dict(d["commitments"][0]))), ("appears twice",)
    ),
    "foreign-member-state": Fault(
        _json(lambda d: d.update(member_state="XX")), ("not a member state",)
    ),
    "mismatched-framework": Fault(
        _json(lambda d: d["framework"].update(sha256="0" * 64)), ("another version",)
    ),
    "unknown-commitment-id": Fault(
        _json(lambda d: d["commitments"].append({**d["commitments"][0], "id": "IX.z"})), ("ix.z",)
    ),
    "lone-surrogate": Fault(
        _raw_text(lambda d: _first_answer(d, "@@"), '"@@"', '"x\\ud800"'), ("lone surrogate",)
    ),
    "control-character": Fault(
        _json(lambda d: _first_answer(d, "Pasted from a terminal: bell \x07")),
        ("commitments[0].actions_undertaken: it holds a control character (u+0007, bell)",),
    ),
    "a-folder": Fault(a_folder, ("folder",)),
}


# ---------------------------------------------------------------- archives (xlsx, docx)
#: The answer cell of I.a in the workbook (sheet3: area I; column C: main actions).
_ANSWER_CELL = b'<c r="C3"'
#: The answer box of I.a in the Word document.
_ANSWER_BOX = b'w:val="commitment/I.a/actions_undertaken"'


def _in_workbook_answer(escape: bytes) -> Callable[[bytes], bytes]:
    """Excel's escape of a control character (``_x0007_``) put at the start of I.a's answer."""

    def change(xml: bytes) -> bytes:
        at = xml.index(b"<t>", xml.index(_ANSWER_CELL)) + len(b"<t>")
        return xml[:at] + escape + xml[at:]

    return change


def _in_word_answer(symbol: bytes) -> Callable[[bytes], bytes]:
    """A symbol of a control character's code (``<w:sym w:char="0007"/>``) in I.a's answer."""

    def change(xml: bytes) -> bytes:
        at = xml.index(b"<w:t ", xml.index(_ANSWER_BOX))
        return xml[:at] + symbol + xml[at:]

    return change


def _office(kind: str, main_part: str) -> dict[str, Fault]:
    return {
        "pdf-behind-extension": Fault(write(PDF), ("not",)),
        "old-binary-office": Fault(write(OLE), ("not",)),
        "empty": Fault(empty, ("not", "empty")),
        "truncated": Fault(truncated, ("not", "damaged", "cut")),
        "oversize": Fault(sparse(64 * 1024 * 1024 + 1), ("more than",)),
        "expansion-bomb": Fault(expansion_bomb, ("zip bomb", "unpack", "more than")),
        "path-escape": Fault(path_escape, ("will not read", "outside", "unsafe")),
        "absolute-path": Fault(absolute_path, ("will not read", "outside", "unsafe")),
        "symlink-member": Fault(symlink_member, ("link",)),
        "duplicate-member": Fault(duplicate_member, ("twice", "two entries")),
        "ten-thousand-members": Fault(many_members(20_000), ("members", "files")),
        "zip-of-something-else": Fault(plain_zip, ("not",)),
        "entity-bomb": Fault(replace(main_part, lambda _d: ENTITY_BOMB), ("entit", "dtd")),
        "xml-nested-100000-deep": Fault(replace(main_part, lambda _d: DEEP_XML), ("deep", "nest")),
        "main-part-missing": Fault(without(main_part), ("not", "missing")),
        "a-folder": Fault(a_folder, ("folder",)),
    }


WORKBOOK = {
    **_office("workbook", "xl/workbook.xml"),
    "control-character": Fault(
        replace("xl/worksheets/sheet3.xml", _in_workbook_answer(b"_x000C_")),
        (
            "i.a — main actions undertaken at member state level: it holds a control character "
            "(u+000c, page break) at character 1",
        ),
    ),  # fmt: skip
}
WORD = {
    **_office("document", "word/document.xml"),
    "control-character": Fault(
        replace("word/document.xml", _in_word_answer(b'<w:sym w:char="0007"/>')),
        (
            "i.a — main actions undertaken at member state level: it holds a control character "
            "(u+0007, bell) at character 1",
        ),
    ),  # fmt: skip
}


# ---------------------------------------------------------------- exchange packages
def _package_text(text: str) -> Callable[[bytes], bytes]:
    """The package's first field with ``text`` added to its value."""

    def change(data: bytes) -> bytes:
        document = json.loads(data)
        document["fields"][0]["value"] += text
        return json.dumps(document).encode()

    return change


def _package(field: str, value: Any) -> Callable[[bytes], bytes]:
    def change(data: bytes) -> bytes:
        document = json.loads(data)
        document[field] = value
        return json.dumps(document).encode()

    return change


def _package_comment(text: str) -> Callable[[bytes], bytes]:
    """The package's document with one internal comment thread whose text is ``text``."""

    def change(data: bytes) -> bytes:
        document = json.loads(data)
        comment = {"id": "x", "item": "II.a", "author": "Anna", "at": "2026-12-01T10:00:00Z"}
        document["comments"] = {"internal": True, "threads": [{**comment, "text": text}]}
        return json.dumps(document).encode()

    return change


EXCHANGE_PACKAGE: dict[str, Fault] = {
    "pdf-behind-pdx": Fault(write(PDF), ("not an exchange package",)),
    "plain-text": Fault(write(TEXT), ("not an exchange package",)),
    "empty": Fault(empty, ("not an exchange package", "empty")),
    "truncated": Fault(truncated, ("not a zip",)),
    "oversize": Fault(sparse(limits.EXCHANGE_PACKAGE.max_bytes + 1), ("more than",)),
    "expansion-bomb": Fault(expansion_bomb, ("zip bomb", "more than")),
    "path-escape": Fault(path_escape, ("will not read",)),
    "absolute-path": Fault(absolute_path, ("will not read",)),
    "symlink-member": Fault(symlink_member, ("link", "will not read", "not an exchange")),
    "duplicate-member": Fault(duplicate_member, ("twice", "two entries")),
    "nested-json-200000-deep": Fault(
        replace("package.json", lambda _d: NESTED_JSON), ("nested more than",)
    ),
    "wrong-type-items": Fault(replace("package.json", _package("items", "II.a")), ("items",)),
    "foreign-draft-id": Fault(
        replace("package.json", _package("draft_id", "00000000-0000-0000-0000-000000000000")),
        ("another draft", "draft"),
    ),
    "framework-missing": Fault(without("framework.json"), ("framework",)),
    "control-character": Fault(
        replace("package.json", _package_text("\x1b[31m")),
        ("a control character (u+001b, escape)",),
    ),
    "control-character-in-a-comment": Fault(
        replace("package.json", _package_comment("see the table\x07")),
        ("a comment's text: it holds a control character (u+0007, bell)",),
    ),
    "a-folder": Fault(a_folder, ("folder",)),
}


# ---------------------------------------------------------------- sign-off requests and answers
def _signoff(max_bytes: int, manifest: str) -> dict[str, Fault]:
    return {
        "pdf-behind-extension": Fault(write(PDF), ("not",)),
        "plain-text": Fault(write(TEXT), ("not",)),
        "empty": Fault(empty, ("not", "empty")),
        "truncated": Fault(truncated, ("not", "damaged")),
        "oversize": Fault(sparse(max_bytes + 1), ("more than",)),
        "expansion-bomb": Fault(expansion_bomb, ("zip bomb", "more than")),
        "path-escape": Fault(path_escape, ("will not read", "not")),
        "symlink-member": Fault(symlink_member, ("link", "not")),
        "duplicate-member": Fault(duplicate_member, ("twice", "not")),
        "manifest-cut-short": Fault(
            replace(manifest, lambda d: d[: len(d) // 2]), ("damaged", "not")
        ),
        "manifest-entity-bomb": Fault(
            replace(manifest, lambda _d: ENTITY_BOMB), ("not", "damaged")
        ),
        "a-folder": Fault(a_folder, ("folder",)),
    }


def _request_text(field: str, value: str) -> Callable[[bytes], bytes]:
    def change(data: bytes) -> bytes:
        document = json.loads(data)
        document[field] = value
        return json.dumps(document).encode()

    return change


SIGN_OFF_ANSWER = _signoff(limits.SIGN_OFF_ANSWER.max_bytes, "manifest.xml")
SIGN_OFF_ANSWER_IDS = ("another-draft", "older-revision")  # made from real answers by the test
SIGN_OFF_REQUEST = {
    **{
        k: v
        for k, v in _signoff(limits.SIGN_OFF_REQUEST.max_bytes, "").items()
        if "manifest" not in k
    },
    # A request has exactly its four members: a fifth is refused by the count, so the
    # escapes and links take the place of one of them.
    "path-escape": Fault(renamed("contribution.pdf", "../../contribution.pdf"), ("unexpected",)),
    "symlink-member": Fault(renamed("contribution.pdf", as_symlink), ("unexpected", "link")),
    "duplicate-member": Fault(duplicate_member, ("unexpected", "twice")),
    "request-json-cut-short": Fault(
        replace("request.json", lambda d: d[: len(d) // 2]), ("damaged", "not")
    ),
    "request-json-nested-200000": Fault(
        replace("request.json", lambda _d: NESTED_JSON), ("nested more than",)
    ),
    "request-json-wrong-type": Fault(
        replace("request.json", lambda _d: b'["revision", 1]'), ("not", "damaged")
    ),
    "request-json-control-character": Fault(
        replace("request.json", _request_text("made_by", "Coordinator\x08\x08\x08")),
        ("made_by: it holds a control character (u+0008, backspace) at character 12",),
    ),
}


# ---------------------------------------------------------------- bundles (verify: findings are 1)
ASIC_MANIFEST = "META-INF/ASiCManifest001.xml"
BUNDLE: dict[str, Fault] = {
    "pdf-behind-asice": Fault(write(PDF), ("not a valid bundle",)),
    "plain-text": Fault(write(TEXT), ("not a valid bundle",)),
    "empty": Fault(empty, ("not a valid bundle",)),
    "truncated": Fault(truncated, ("not a valid bundle",)),
    "expansion-bomb": Fault(expansion_bomb, ("not a valid bundle",)),
    "path-escape": Fault(path_escape, ("not a valid bundle",)),
    "absolute-path": Fault(absolute_path, ("not a valid bundle",)),
    "symlink-member": Fault(symlink_member, ("not a valid bundle",)),
    "duplicate-member": Fault(duplicate_member, ("not a valid bundle",)),
    "added-unsigned-member": Fault(
        with_member("extra.txt", b"added later"), ("not a valid bundle",)
    ),
    "manifest-entity-bomb": Fault(
        replace(ASIC_MANIFEST, lambda _d: ENTITY_BOMB), ("not a valid bundle",)
    ),
    "contribution-json-changed": Fault(
        replace("contribution.json", lambda d: d.replace(b"PL", b"DE", 1)), ("not a valid bundle",)
    ),
    "mimetype-missing": Fault(without("mimetype"), ("not a valid bundle",)),
}
BUNDLE["oversize"] = Fault(
    sparse(limits.BUNDLE.max_bytes + 1),
    ("is 268,435,457 bytes, more than a submission bundle can be (268,435,456 bytes): "
     "refused without reading it",),
)  # fmt: skip
#: Faults of the call, not of the bundle: exit 2.
BUNDLE_BAD_CALL: dict[str, Fault] = {
    "a-folder": Fault(a_folder, ("folder",)),
}


# ---------------------------------------------------------------- framework files (new --framework)
def _framework(change: Callable[[Document], None]) -> Callable[[bytes, Path], None]:
    return _json(change)


FRAMEWORK: dict[str, Fault] = {
    "pdf-behind-json": Fault(write(PDF), ("json", "not a framework")),
    "empty": Fault(empty, ("json", "empty")),
    "truncated": Fault(truncated, ("json", "damaged")),
    "oversize": Fault(sparse(limits.FRAMEWORK.max_bytes + 1), ("more than a framework",)),
    "nested-200000-deep": Fault(
        write(b'{"format": "pactdesk.framework/1", "x": ' + NESTED_JSON + b"}"),
        ("nested more than",),
    ),
    "wrong-format": Fault(
        _framework(lambda d: d.update(format="pactdesk.contribution/1")), ("format",)
    ),
    "wrong-type-areas": Fault(_framework(lambda d: d.update(areas="I, II")), ("areas",)),
    "duplicate-commitment-id": Fault(
        _framework(
            lambda d: d["areas"][0]["commitments"].append(dict(d["areas"][0]["commitments"][0]))
        ),
        ("two commitments have the id",),
    ),
    "lone-surrogate": Fault(
        _raw_text(lambda d: d.update(title="@@"), '"@@"', '"x\\ud800"'), ("lone surrogate",)
    ),
    "control-character": Fault(
        _framework(lambda d: d.update(title="Pact\x00")),
        ("title: it holds a control character (u+0000, null) at character 5",),
    ),
    "a-folder": Fault(a_folder, ("folder",)),
}


# ------------------------------------------------ the draft file (status, export-json)
def _sql(statement: str, *args: Any) -> Callable[[bytes, Path], None]:
    def make(good: bytes, path: Path) -> None:
        path.write_bytes(good)
        conn = sqlite3.connect(str(path))
        conn.execute(statement, args)
        conn.commit()
        conn.close()
        for suffix in ("-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)

    return make


def _scramble_schema(good: bytes, path: Path) -> None:
    """The first page after SQLite's 100-byte header (the schema's table) scrambled."""
    data = bytearray(good)
    data[100:4096] = bytes(b ^ 0x5A for b in data[100:4096])
    path.write_bytes(bytes(data))


def _another_database(_good: bytes, path: Path) -> None:
    conn = sqlite3.connect(str(path))
    conn.execute("CREATE TABLE holidays (day TEXT)")
    conn.commit()
    conn.close()


DRAFT_FILE: dict[str, Fault] = {
    "pdf-behind-pactdesk": Fault(write(PDF), ("not a pactdesk draft", "not a draft")),
    "plain-text": Fault(write(TEXT), ("not a pactdesk draft", "not a draft")),
    "empty": Fault(empty, ("empty", "not a pactdesk draft", "not a draft")),
    "truncated": Fault(truncated, ("damaged", "not a pactdesk draft")),
    "another-sqlite-database": Fault(_another_database, ("not a pactdesk draft", "not a draft")),
    "schema-page-scrambled": Fault(_scramble_schema, ("damaged",)),
    "framework-copy-not-json": Fault(
        _sql("UPDATE framework_copy SET content = ?", b"{not json"), ("damaged",)
    ),
    "framework-copy-nested-200000": Fault(
        _sql("UPDATE framework_copy SET content = ?", NESTED_JSON), ("damaged",)
    ),
    "framework-copy-fields-missing": Fault(
        _sql("UPDATE framework_copy SET content = ?", b'{"format": "pactdesk.framework/1"}'),
        ("damaged",),
    ),
    "a-folder": Fault(a_folder, ("folder",)),
}
