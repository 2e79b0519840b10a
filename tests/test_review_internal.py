"""Comments, review states and assignments are internal: no export of any kind carries them.

A unique marker goes into comments on every item kind (a Part I assessment,
a policy area, a commitment, anchored to a field and a span, and an answer),
into the names of the reviewer and of an assignee; then every export is made
— JSON, workbook, Word document, PDF (DRAFT and the final one in the bundle), the bundle and
its January update with changes.json, a sign-off request — and the marker is
looked for in every file's bytes, every zip member decompressed (and zips in
zips), each PDF's text (pdftotext) and its streams decompressed (qpdf).
Comments that went out in an exchange package and came back through the
contributor's return (answers, new comments, resolutions) are looked for the
same way, in the coordinator's exports and in the contributor's.
"""

from __future__ import annotations

import io
import json
import subprocess
import zipfile
from pathlib import Path

from pactdesk.cli import main as cli_main
from pactdesk.domain.contribution import answer_key
from pactdesk.services import exchange, review, sign_off_requests, sign_offs
from pactdesk.services.drafts import Draft
from tests.bundle_support import make_signed_draft, run_bundle, signer_of

MARKER = "ZQX-INTERNAL-7f3a91"


def _pdf_views(pdf: bytes, folder: Path) -> list[bytes]:
    source = folder / "look.pdf"
    source.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(source), "-"], capture_output=True, check=True).stdout
    qdf = folder / "look-qdf.pdf"
    subprocess.run(
        [
            "qpdf",
            "--qdf",
            "--object-streams=disable",
            "--stream-data=uncompress",
            str(source),
            str(qdf),
        ],
        capture_output=True,
        check=False,  # qpdf exits 3 on warnings (e.g. a signed PDF's incremental update)
    )
    assert qdf.is_file() and qdf.stat().st_size > 0
    return [text, qdf.read_bytes()]


def _views(name: str, data: bytes, folder: Path) -> list[tuple[str, bytes]]:
    """The bytes, and everything inside them a reader could get at."""
    out = [(name, data)]
    if data[:4] == b"PK\x03\x04":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for info in archive.infolist():
                out += _views(f"{name}!{info.filename}", archive.read(info), folder)
    if data[:5] == b"%PDF-":
        out += [(f"{name} (PDF text and streams)", view) for view in _pdf_views(data, folder)]
    return out


def _add_internal_notes(draft: Draft) -> None:
    field = "II.b/actions_undertaken"
    text = draft.value(answer_key("II.b", "actions_undertaken"))
    first = review.add_comment(
        draft, "II.b", f"Check the figure {MARKER}", author="Anna", field=field, span=(0, 10)
    )
    assert first.quote == text[:10]
    review.add_comment(draft, "II.b", f"Answer {MARKER}", author="Jan", reply_to=first.id)
    review.add_comment(draft, "P1.I", f"Part I {MARKER}", author=f"Reviewer {MARKER}")
    review.add_comment(draft, "III", f"Area {MARKER}", author="Anna")
    resolved = review.add_comment(draft, "I.a", f"Resolved {MARKER}", author="Anna")
    review.resolve_comment(draft, resolved.id, author=f"Head {MARKER}")
    review.set_review_state(draft, "II.b", "ready", author="Anna")
    review.set_review_state(draft, "II.b", "approved", author=f"Head {MARKER}")
    review.set_review_state(draft, "P1.I", "ready", author=f"Writer {MARKER}")
    exchange.assign(draft, ["IV"], to=f"Assignee {MARKER}", ministry=MARKER, author="Anna")


def _comments_through_a_package(draft: Draft, folder: Path) -> Path:
    """Send II.b out with its threads; the contributor answers, comments, resolves; merge back."""
    package = folder / "to-contributor.pdx"
    exchange.export_package(draft, package, items=["II.b", "P1.I"], author="Anna")
    opened = exchange.read_package(package.read_bytes(), label=package.name)
    contributor = folder / "contributor.pactdesk"
    exchange.open_package(opened, contributor)
    with Draft.open(contributor) as theirs:
        threads = review.comments(theirs, open_only=True)
        assert any(MARKER in c.text for c in threads)
        first = next(c for c in threads if c.item == "II.b" and c.reply_to is None)
        review.add_comment(
            theirs, "II.b", f"Returned answer {MARKER}", author=f"Contributor {MARKER}",
            reply_to=first.id,
        )  # fmt: skip
        review.add_comment(theirs, "II.b", f"Returned note {MARKER}", author="Maria")
        part_one = next(c for c in threads if c.item == "P1.I")
        review.resolve_comment(theirs, part_one.id, author=f"Resolver {MARKER}")
        back = folder / "back.pdx"
        exchange.export_return(theirs, back, author="Maria")
    plan = exchange.plan_import(draft, exchange.read_package(back.read_bytes(), label=back.name))
    exchange.apply_import(draft, plan, author="Anna")
    came_back = [c for c in review.comments(draft) if "Returned" in c.text]
    assert len(came_back) == 2
    assert any(c.resolved_by == f"Resolver {MARKER}" for c in review.comments(draft))
    return contributor


def test_no_export_carries_comments_review_states_or_assignments(tmp_path: Path) -> None:
    signed = make_signed_draft(tmp_path / "work", sign_via_request=False)
    out = tmp_path / "out"
    out.mkdir()
    with Draft.open(signed.path) as draft:
        _add_internal_notes(draft)
        # Internal notes change nothing a sign-off covers.
        assert sign_offs.summary(draft).complete
        assert len(review.comments(draft)) == 5
    first = out / "PL-2010.asice"
    assert run_bundle(signed, first) == 0
    with Draft.open(signed.path) as draft:
        draft.save(answer_key("I.a", "developments_planned"), "Nowa ustawa, 2010.", author="Anna")
        review.add_comment(draft, "I.a", f"After the change {MARKER}", author="Anna")
        contributor = _comments_through_a_package(draft, tmp_path)
        sign_offs.sign(draft, signer_of(signed.officials[1]), "head-of-unit")
        sign_offs.sign(draft, signer_of(signed.officials[2]), "approver")
        (out / "request.pdsignreq").write_bytes(
            sign_off_requests.export_request(draft, made_by="Anna")
        )
    update = out / "PL-2010-update.asice"
    assert (
        run_bundle(signed, update, "--supersedes", str(first), "--trust", str(signed.ca_pem)) == 0
    )
    for command, name in (
        ("export-json", "pl.json"),
        ("export-xlsx", "pl.xlsx"),
        ("export-pdf", "pl.pdf"),
        ("export-docx", "pl.docx"),
    ):
        assert cli_main([command, str(signed.path), str(out / name)]) == 0, command
    # The contributor's draft holds the threads too: its exports carry none of them.
    for command, name in (("export-json", "contributor.json"), ("export-docx", "contributor.docx")):
        assert cli_main([command, str(contributor), str(out / name)]) == 0, command

    made = sorted(p.name for p in out.iterdir())
    assert made == [
        "PL-2010-update.asice",
        "PL-2010.asice",
        "contributor.docx",
        "contributor.json",
        "pl.docx",
        "pl.json",
        "pl.pdf",
        "pl.xlsx",
        "request.pdsignreq",
    ]
    looked = tmp_path / "looked"
    looked.mkdir()
    seen: list[str] = []
    for path in sorted(out.iterdir()):
        for name, data in _views(path.name, path.read_bytes(), looked):
            seen.append(name)
            assert MARKER.encode() not in data, f"{name} carries an internal note"
            assert MARKER.encode("utf-16-be") not in data, f"{name} carries an internal note"
    assert any(name.endswith("!changes.json") for name in seen)
    assert sum("(PDF text and streams)" in name for name in seen) >= 4  # pl.pdf + in bundles
    # The comments are still in the draft, where they belong.
    with Draft.open(signed.path) as draft:
        assert json.dumps([c.to_json() for c in review.comments(draft)]).count(MARKER) >= 9
