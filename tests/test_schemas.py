"""Every JSON schema PactDesk ships is a valid JSON Schema 2020-12 document.

The schemas are not checked against their metaschema when PactDesk loads
them (that would cost every start and every ``pactdesk verify``); this test
does it once, with jsonschema and with check-jsonschema's own metaschema check.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from pactdesk import paths

SCHEMAS = sorted(paths.schemas_dir().glob("*.schema.json"))


def test_there_are_schemas() -> None:
    names = {path.name for path in SCHEMAS}
    assert {"contribution.schema.json", "framework.schema.json"} <= names


@pytest.mark.parametrize("schema", SCHEMAS, ids=lambda p: p.name)
def test_each_schema_follows_the_metaschema(schema: Path) -> None:
    document = json.loads(schema.read_text("utf-8"))
    assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(document)


def test_check_jsonschema_accepts_every_schema() -> None:
    tool = shutil.which("check-jsonschema") or str(
        Path(sys.executable).with_name("check-jsonschema")
    )
    done = subprocess.run(
        [tool, "--check-metaschema", *map(str, SCHEMAS)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
