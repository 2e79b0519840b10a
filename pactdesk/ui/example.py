"""The fictional example contribution a new user can open to look around.

The example ships as a ``pactdesk.contribution/1`` file in
``resources/examples``; opening it makes a draft in the user's data folder
through the same import service as File › Import (so the example also
proves the import path).  Qt-free; runs on the GUI thread (a few ms).
"""

from __future__ import annotations

import json
from pathlib import Path

from pactdesk import paths

EXAMPLE_AUTHOR = "PactDesk (fictional example)"


def example_source() -> Path:
    """The shipped example (its name says its cycle; the latest one if there are several)."""
    found = sorted((paths.resources_dir() / "examples").glob("fictional-example-*.json"))
    return found[-1] if found else paths.resources_dir() / "examples" / "fictional-example.json"


def example_folder() -> Path:
    return paths.data_dir() / "examples"


def is_example(path: Path) -> bool:
    try:
        return path.resolve().parent == example_folder().resolve()
    except OSError:
        return False


def make_example_draft() -> Path:
    """The example draft, made from the shipped file if it does not exist yet."""
    from pactdesk import frameworks
    from pactdesk.services import interchange
    from pactdesk.services.drafts import Draft

    source = example_source()
    target = example_folder() / f"{source.stem}.pactdesk"
    if target.exists():
        return target
    raw = source.read_bytes()
    document = json.loads(raw)
    framework_id = document["framework"]["id"]
    framework = frameworks.shipped_framework(framework_id)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".making")
    partial.unlink(missing_ok=True)
    draft = Draft.create(
        partial,
        framework=framework,
        framework_raw=frameworks.shipped_framework_bytes(framework_id),
        member_state=document["member_state"],
        cycle=int(document["cycle"]),
        language=document["language"],
        author=EXAMPLE_AUTHOR,
    )
    # The example is written for the framework PactDesk ships under its id, whatever
    # that file's bytes are in this version (a translation added to it changes its
    # digest); the import checks the digest, so the example names this one.
    document["framework"]["sha256"] = framework.sha256
    raw = json.dumps(document, ensure_ascii=False).encode("utf-8")
    try:
        interchange.import_json(draft, raw, name=source.name, author=EXAMPLE_AUTHOR)
    finally:
        draft.close()
    partial.replace(target)
    return target
