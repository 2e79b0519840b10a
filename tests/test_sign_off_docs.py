"""docs/sign-off.md shows every sign-off dialog, and every picture it links is there."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_sign_off_screenshot_is_linked_and_present() -> None:
    text = (ROOT / "docs" / "sign-off.md").read_text("utf-8")
    linked = set(re.findall(r"\]\((screenshots/sign-off-[a-z-]+\.png)\)", text))
    present = {
        f"screenshots/{p.name}" for p in (ROOT / "docs" / "screenshots").glob("sign-off-*.png")
    }
    assert linked == present, (sorted(linked - present), sorted(present - linked))
    # One per dialog the Sign-off menu opens, at least.
    for stem in (
        "ca",
        "identities",
        "new-identity",
        "install-certificate",
        "import-identity",
        "roles",
        "sign-warning",
        "panel",
        "request-export",
        "request-sign",
        "request-import",
        "bundle-refused",
        "verify-preview",
    ):
        assert f"screenshots/sign-off-{stem}.png" in linked, stem
