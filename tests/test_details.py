"""The contribution's details (ministry, contact point): stored, signed, in the JSON contract."""

from __future__ import annotations

import json
from pathlib import Path

from pactdesk.domain.contribution import ContributionDetails
from pactdesk.export import json_format
from pactdesk.services import details as details_service
from pactdesk.services import interchange
from pactdesk.services.drafts import Draft
from tests.helpers import run_cli

MINISTRY = "Ministerstwo Spraw Wewnętrznych i Administracji"
NAME = "Zofia Żółkiewska"
EMAIL = "zofia.zolkiewska@mswia.example"
PHONE = "+48 22 601 44 27"


def test_the_cli_sets_and_shows_the_details_and_they_are_signed_json(new_draft) -> None:  # type: ignore[no-untyped-def]
    draft = new_draft()
    path = draft.path
    before = interchange.canonical_json(draft)
    assert b'"details"' not in before  # a draft without details: the canonical bytes of before
    draft.close()
    done = run_cli(
        "details", path, "--ministry", MINISTRY, "--contact-name", NAME,
        "--contact-email", EMAIL, "--contact-phone", PHONE,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert MINISTRY in done.stdout and "outdated" in done.stdout
    shown = run_cli("details", path)
    assert shown.returncode == 0
    for value in (MINISTRY, NAME, EMAIL, PHONE):
        assert value in shown.stdout
    with Draft.open(path) as reopened:
        document = json.loads(interchange.canonical_json(reopened))
        assert document["details"] == {
            "ministry": MINISTRY,
            "contact_name": NAME,
            "contact_email": EMAIL,
            "contact_phone": PHONE,
        }
        # The details are a change in the history: a new revision.
        assert document["draft"]["revision"] == 4
        assert reopened.snapshot().contribution.details.contact_name == NAME
    # Only one field given: the others stay.
    again = run_cli("details", path, "--contact-phone", "+48 22 601 00 00")
    assert again.returncode == 0, again.stderr
    with Draft.open(path) as reopened:
        kept = details_service.details_of(reopened)
        assert kept.ministry == MINISTRY and kept.contact_phone == "+48 22 601 00 00"


def test_bad_details_exit_2_and_change_nothing(new_draft) -> None:  # type: ignore[no-untyped-def]
    draft = new_draft()
    path = draft.path
    revision = draft.snapshot().head.revision
    draft.close()
    bad = run_cli("details", path, "--ministry", MINISTRY, "--contact-email", "not an address")
    assert bad.returncode == 2
    first, *_ = bad.stderr.splitlines()
    assert "is not an e-mail address" in first and "Nothing was changed" in first
    both = run_cli("details", path, "--contact-email", "x", "--contact-phone", "call me")
    assert both.returncode == 2
    assert "2 problems" in both.stderr.splitlines()[0]
    assert "telephone" in both.stderr
    with Draft.open(path) as reopened:
        assert reopened.snapshot().head.revision == revision
        assert details_service.details_of(reopened) == ContributionDetails()
    missing = run_cli("details", path.with_name("none.pactdesk"), "--ministry", "M")
    assert missing.returncode == 2


def test_details_pass_the_schema_and_come_back_on_import(new_draft, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import jsonschema

    from pactdesk import paths

    draft = new_draft()
    wanted = ContributionDetails(MINISTRY, NAME, EMAIL, PHONE)
    details_service.save_details(draft, wanted, author="Anna")
    exported = tmp_path / "out.json"
    interchange.export_json(draft, exported)
    schema = json.loads((paths.schemas_dir() / "contribution.schema.json").read_text("utf-8"))
    document = json.loads(exported.read_bytes())
    jsonschema.validate(document, schema)
    # A file without details (as every file made before) still passes.
    del document["details"]
    jsonschema.validate(document, schema)
    # Unknown keys inside details do not.
    bad = dict(document, details={**wanted.to_json(), "fax": "1"})
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(bad))
    other = new_draft("other.pactdesk")
    interchange.import_json(other, exported.read_bytes(), name="out.json", author="Piotr")
    assert details_service.details_of(other) == wanted
    parsed = json_format.parse(exported.read_bytes(), name="out.json", framework=other.framework)
    assert parsed.items["details/contact_email"] == EMAIL


def test_changing_the_details_outdates_a_sign_off(new_draft) -> None:  # type: ignore[no-untyped-def]
    from pactdesk.services import sign_off_roles, sign_offs
    from pactdesk.services.sign_offs import summary
    from pactdesk.testing.officials import signer_of
    from tests.signing_support import make_ca, make_official

    draft = new_draft()
    make_ca()
    sign_off_roles.set_role(draft, "approver", required=True)
    sign_offs.sign(draft, signer_of(make_official("Anna Nowak")), "approver")
    assert summary(draft).chain
    details_service.save_details(draft, ContributionDetails(ministry=MINISTRY), author="Anna")
    after = summary(draft)
    assert not after.chain and after.outdated_required_roles == ["approver"]
