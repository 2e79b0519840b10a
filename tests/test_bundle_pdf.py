"""The bundle's PDF as the Commission reads it: who signed, what changed, a visible signature.

Checked with tools PactDesk did not write: poppler's pdftotext (the text a
reader and a screen reader get), pdfsig (the signature and its field),
pdftoppm elsewhere for the eye; jsonschema for ``changes.json``.  One full
draft, signed off by three officials and submitted; then the January update
changes one answer and replaces it.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from pactdesk import paths
from pactdesk.domain.contribution import ContributionDetails, answer_key
from pactdesk.services import details as details_service
from pactdesk.services import sign_offs
from pactdesk.services.drafts import Draft
from tests.bundle_support import (
    SignedDraft,
    make_signed_draft,
    pactdesk_home,
    run_bundle,
    signer_of,
)

HEX64 = re.compile(r"(?<![0-9a-fA-F])[0-9a-fA-F]{64}(?![0-9a-fA-F])")
BEFORE = (
    "Ustawa o cudzoziemcach weszła w życie w maju 2009 roku i objęła wszystkie urzędy wojewódzkie."
)
AFTER = (
    "Ustawa o cudzoziemcach weszła w życie w czerwcu 2009 roku i objęła także "
    "ośrodki dla osób ubiegających się o ochronę międzynarodową."
)
DETAILS = ContributionDetails(
    ministry="Ministerstwo Spraw Wewnętrznych i Administracji",
    contact_name="Zofia Krajowa",
    contact_email="kpk@msw.example.pl",
    contact_phone="+48 22 601 44 27",
)
ROLE_WORDS = {"author": "author", "head-of-unit": "head of unit", "approver": "approver"}


@dataclass
class Built:
    signed: SignedDraft
    first: Path
    update: Path
    folder: Path


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    home = tmp_path_factory.mktemp("bundle-pdf-home")
    with pactdesk_home(home):
        signed = make_signed_draft(home / "work", sign_via_request=False)
        draft = Draft.open(signed.path)
        details_service.save_details(draft, DETAILS, author="Test Coordinator")
        draft.save(answer_key("I.a", "actions_undertaken"), BEFORE, author="Test Official")
        for official, role in zip(signed.officials, ROLE_WORDS, strict=True):
            sign_offs.sign(draft, signer_of(official), role)
        draft.close()
        first = home / "PL-2010.asice"
        assert run_bundle(signed, first) == 0
        # January: one answer changes, and is signed off again.
        draft = Draft.open(signed.path)
        draft.save(answer_key("I.a", "actions_undertaken"), AFTER, author="Test Official")
        sign_offs.sign(draft, signer_of(signed.officials[1]), "head-of-unit")
        sign_offs.sign(draft, signer_of(signed.officials[2]), "approver")
        draft.close()
        update = home / "PL-2010-update.asice"
        assert (
            run_bundle(signed, update, "--supersedes", str(first), "--trust", str(signed.ca_pem))
            == 0
        )
    return Built(signed, first, update, home)


def member(bundle: Path, name: str) -> bytes:
    with zipfile.ZipFile(bundle) as archive:
        return archive.read(name)


def pdf_of(bundle: Path, folder: Path) -> Path:
    target = folder / f"{bundle.stem}.pdf"
    target.write_bytes(member(bundle, "contribution.pdf"))
    return target


def pages_text(pdf: Path) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return out.stdout.split("\f")


def test_the_pdf_names_every_signer_and_role_and_the_submitter(built: Built) -> None:
    pages = pages_text(pdf_of(built.first, built.folder))
    text = "\n".join(pages)
    flat = " ".join(text.split())
    for official, role in zip(built.signed.officials, ROLE_WORDS.values(), strict=True):
        assert official.identity.name in text, official.identity.name
        assert role in flat
    assert built.signed.submitter.identity.name in text
    # The sign-off page is listed in the contents, and comes right after them.
    signoff_page = next(
        i
        for i, page in enumerate(pages)
        if page.lstrip().startswith(("Poland", "Polska"))
        and "Sign-offs" in page
        and "Submitted by" in page
    )
    assert any("Sign-offs" in page and ". ." in page for page in pages[1:signoff_page])
    page = pages[signoff_page]
    assert "head of unit" in page and "Krajowy Punkt Kontaktowy" in page
    # Dates and times in the contribution's language (Polish), from CLDR.
    months = "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października"
    assert re.search(
        rf"\d{{1,2}} ({months}|listopada|grudnia) \d{{4}}, \d{{2}}:\d{{2}} UTC",
        page,
    ), page


def test_page_one_holds_no_digest_and_says_who_signed_off(built: Built) -> None:
    pages = pages_text(pdf_of(built.first, built.folder))
    cover = pages[0]
    assert not HEX64.search(cover.replace(" ", "")), cover
    flat = " ".join(cover.split())
    assert DETAILS.ministry in flat and DETAILS.contact_name in flat
    assert DETAILS.contact_email in flat and DETAILS.contact_phone in flat
    names = [o.identity.name for o in built.signed.officials]
    assert (
        f"Final — signed off by {names[0]} (author), {names[1]} (head of unit) and "
        f"{names[2]} (approver); submitted by {built.signed.submitter.identity.name}"
    ) in flat
    # The identifiers moved to the last page.
    last = " ".join(pages[-2 if not pages[-1].strip() else -1].split())
    assert "Technical details" in last
    with Draft.open(built.signed.path) as draft:
        framework_sha = draft.framework.sha256
    assert framework_sha in last.replace(" ", "")
    content_sha = hashlib.sha256(member(built.first, "contribution.json")).hexdigest()
    assert content_sha in last.replace(" ", "")


def test_pdfsig_shows_a_visible_signature_on_the_sign_off_page(built: Built) -> None:
    pdf = pdf_of(built.first, built.folder)
    shown = subprocess.run(["pdfsig", str(pdf)], capture_output=True, text=True)
    assert "Signature #1" in shown.stdout, shown.stdout + shown.stderr
    assert "Signature Validation: Signature is Valid." in shown.stdout, shown.stdout
    # pdfsig (poppler 22.12) does not print a field's rectangle: qpdf reads the field.
    acroform = json.loads(
        subprocess.run(
            ["qpdf", "--json", "--json-key=acroform", str(pdf)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )["acroform"]
    (field,) = [f for f in acroform["fields"] if f["fieldtype"] == "/Sig"]
    assert field["fullname"] == "Submission"
    number = field["annotation"]["object"].split()[0]
    objects = json.loads(
        subprocess.run(
            ["qpdf", "--json", "--json-key=qpdf", f"--json-object={number}", str(pdf)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )["qpdf"][1]
    widget = objects[f"obj:{number} 0 R"]["value"]
    x1, y1, x2, y2 = widget["/Rect"]
    assert x2 - x1 > 100 and y2 - y1 > 30, widget["/Rect"]
    assert widget["/AP"]["/N"]  # an appearance to show
    # On the sign-off page, over the box that names the submitter.
    pages = pages_text(pdf)
    on = field["pageposfrom1"]
    assert "Signed electronically for submission by" in pages[on - 1]
    assert built.signed.submitter.identity.name in pages[on - 1]


def test_the_update_shows_old_and_new_words_and_says_what_it_replaces(built: Built) -> None:
    import jsonschema

    pages = pages_text(pdf_of(built.update, built.folder))
    text = " ".join("\n".join(pages).split())
    cover = " ".join(pages[0].split())
    old_at = json.loads(member(built.update, "changes.json"))["supersedes"]["submitted_at"]
    assert old_at
    assert "Update of the submission of" in cover
    # A removed and an added phrase of the changed answer.
    assert "w maju 2009 roku i objęła wszystkie urzędy wojewódzkie" in text
    assert "w czerwcu 2009 roku i objęła także ośrodki dla osób ubiegających się" in text
    old_sha = hashlib.sha256(built.first.read_bytes()).hexdigest()
    assert old_sha in " ".join(pages[-2 if not pages[-1].strip() else -1].split()).replace(" ", "")
    assert old_sha not in pages[0].replace(" ", "")
    # Labels say where and what once each.
    assert "Political report I: Political report" not in text
    changes = json.loads(member(built.update, "changes.json"))
    schema = json.loads((paths.schemas_dir() / "changes.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker()).validate(
        changes
    )
    (section,) = changes["changes"]
    assert section["section"] == "I.a"
    (field,) = section["fields"]
    assert field["before"] == BEFORE and field["after"] == AFTER
    assert field["where"] == "I.a" and "I.a" not in field["field"]
    # The schema refuses what it should.
    bad = dict(changes, changes=[{"section": "I.a", "fields": [dict(field, change="edited")]}])
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(bad))


def _fonts(pdf: Path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True)
    return [row.split() for row in out.stdout.splitlines()[2:]]


def _xmp_and_info(pdf: Path) -> tuple[str, dict[str, str]]:
    meta = subprocess.run(
        ["pdfinfo", "-meta", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    info = {}
    for line in subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return meta, info


def test_every_subset_has_its_own_tag_and_xmp_agrees_with_info(built: Built) -> None:
    from xml.etree import ElementTree

    for bundle in (built.first, built.update):
        pdf = pdf_of(bundle, built.folder)
        rows = _fonts(pdf)
        names = [row[0] for row in rows]
        assert len(names) >= 5
        tags = [name.split("+", 1)[0] for name in names]
        assert all(re.fullmatch(r"[A-Z]{6}", tag) for tag in tags), names
        assert len(set(tags)) == len(tags), names  # ISO 32000-1, 9.6.4
        assert all(row[-5] == "yes" for row in rows), rows  # every font embedded
        meta, info = _xmp_and_info(pdf)
        start = meta.index("<x:xmpmeta")
        root = ElementTree.fromstring(
            meta[start : meta.rindex("</x:xmpmeta>") + len("</x:xmpmeta>")]
        )
        ns = {
            "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "dc": "http://purl.org/dc/elements/1.1/",
            "pdf": "http://ns.adobe.com/pdf/1.3/",
        }
        title = root.find(".//dc:title/rdf:Alt/rdf:li", ns)
        assert title is not None and title.text == info["Title"]
        producer = root.find(".//pdf:Producer", ns)
        if producer is None:  # written as an attribute by pyHanko's serialiser
            described = root.find(".//rdf:Description", ns)
            assert described is not None
            value = described.get(f"{{{ns['pdf']}}}Producer")
        else:
            value = producer.text
        assert value == info["Producer"], (value, info["Producer"])
        assert "PactDesk" in value and "pyHanko" in value
    check = subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
