"""The PDF's own signature check (pactdesk.signing.pades) against pyHanko's verdicts.

:func:`pactdesk.signing.pades.check_pdf_signature` finds the signature
fields and checks the byte range's coverage itself (so that ``pactdesk
verify`` never imports pyHanko's signing stack); pyHanko's own
``embedded_signatures`` and ``evaluate_signature_coverage`` are the oracle
here, on a PDF signed the way a bundle's is, and on every way to damage it
that matters: bytes appended (an incremental update), a second signature,
a flipped byte anywhere, a byte range that leaves something out, the
signature removed.
"""

from __future__ import annotations

import io
import re

import pytest
from reportlab.pdfgen import canvas

from pactdesk.signing import cades, certificates
from pactdesk.signing.pades import PdfProblem, check_pdf_signature


def _pdf() -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Wkład Rzeczypospolitej Polskiej — Συνεισφορά")
    page.showPage()
    page.save()
    return out.getvalue()


def _sign(pdf: bytes, signer: object, field: str) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=True)
    out = io.BytesIO()
    signers.sign_pdf(
        writer,
        signers.PdfSignatureMetadata(field_name=field, subfilter=fields.SigSeedSubFilter.PADES),
        signer=signer,  # type: ignore[arg-type]
        output=out,
    )
    return out.getvalue()


@pytest.fixture(scope="module")
def signed() -> tuple[bytes, object]:
    key = certificates.new_key()
    cert = certificates.build_ca_certificate(key, name="Krajowy Punkt Kontaktowy")
    signer = cades.pyhanko_signer(key, cert)
    return _sign(_pdf(), signer, "Submitter"), signer


def _pyhankos_verdict(pdf: bytes) -> PdfProblem | None | str:
    """pyHanko's reading of the last signature, in PactDesk's terms."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    try:
        signatures = PdfFileReader(io.BytesIO(pdf), strict=True).embedded_signatures
    except Exception:
        return PdfProblem.UNREADABLE
    if not signatures:
        return PdfProblem.NOT_SIGNED
    try:
        coverage = signatures[-1].evaluate_signature_coverage()
    except Exception:
        return PdfProblem.NOT_WHOLE_FILE
    if coverage != SignatureCoverageLevel.ENTIRE_FILE:
        return PdfProblem.NOT_WHOLE_FILE
    return "covers the whole file"


def _ours(pdf: bytes) -> PdfProblem | None | str:
    problem = check_pdf_signature(pdf).problem
    if problem in (None, PdfProblem.DAMAGED, PdfProblem.DOES_NOT_VERIFY):
        return "covers the whole file"  # coverage held; the CMS was judged after it
    return problem


def test_a_signed_pdf_holds_and_names_its_field(signed: tuple[bytes, object]) -> None:
    pdf, _signer = signed
    result = check_pdf_signature(pdf)
    assert result.problem is None
    assert result.field_name == "Submitter"
    assert result.info is not None and result.info.signer_name == "Krajowy Punkt Kontaktowy"
    assert _pyhankos_verdict(pdf) == "covers the whole file"


def test_damage_is_judged_as_pyhanko_judges_it(signed: tuple[bytes, object]) -> None:
    pdf, signer = signed
    contents = re.search(rb"/Contents <([0-9a-fA-F]+)>", pdf)
    assert contents is not None
    hole = contents.start(1) - 1
    cases = {
        "an incremental update after the signature": pdf + b"\n1 0 obj\n<<>>\nendobj\n",
        "a byte appended": pdf + b" ",
        "the last byte removed": pdf[:-1],
        "a second signature over the first": _sign(pdf, signer, "Second"),
        "an unsigned PDF": _pdf(),
        "not a PDF": b"PK\x03\x04 not a pdf",
        "the byte range shortened": pdf.replace(b"/ByteRange [0 ", b"/ByteRange [1 ", 1),
        "a byte before the hole": pdf[: hole - 1] + b"X" + pdf[hole:],
    }
    for name, damaged in cases.items():
        assert _ours(damaged) == _pyhankos_verdict(damaged), name
    # Both accept the second signature: it covers the whole file, first signature included.
    assert check_pdf_signature(cases["a second signature over the first"]).field_name == "Second"


def test_every_flipped_byte_is_refused(signed: tuple[bytes, object]) -> None:
    """A flip anywhere: unreadable, not the whole file, or a signature that does not verify."""
    pdf, _signer = signed
    step = max(1, len(pdf) // 1500)
    seen = set()
    for offset in range(0, len(pdf), step):
        damaged = pdf[:offset] + bytes([pdf[offset] ^ 0x01]) + pdf[offset + 1 :]
        result = check_pdf_signature(damaged)
        seen.add(result.problem)
        assert result.problem is not None, offset
    assert {PdfProblem.NOT_WHOLE_FILE, PdfProblem.DAMAGED} <= seen
    assert PdfProblem.DOES_NOT_VERIFY in seen or PdfProblem.UNREADABLE in seen


def test_a_moved_second_part_of_the_byte_range_is_not_the_whole_file(
    signed: tuple[bytes, object],
) -> None:
    """Stricter than pyHanko: its "entire file" adds up lengths, ours also asks where they are.

    [0 a b c] with b moved keeps a + c + the hole equal to the file's length,
    which pyHanko's coverage check counts as the whole file (its digest check
    then fails); PactDesk's says it is not the whole file: the signed bytes
    end before the file does.
    """
    pdf, _signer = signed
    found = re.search(rb"/ByteRange \[0 (\d+) (\d+) (\d+)\]", pdf)
    assert found is not None
    first, second, length = (int(n) for n in found.groups())
    moved = f"/ByteRange [0 {first} {second - 100} {length}]".encode()
    damaged = pdf.replace(found.group(0), moved.ljust(len(found.group(0))), 1)
    assert _pyhankos_verdict(damaged) == "covers the whole file"
    assert check_pdf_signature(damaged).problem is PdfProblem.NOT_WHOLE_FILE


def test_bytes_hidden_in_the_signatures_padding_are_refused(
    signed: tuple[bytes, object],
) -> None:
    """The CMS's outer length grown over the zeros that pad /Contents: refused as damaged."""
    pdf, _signer = signed
    found = re.search(rb"/Contents <3082([0-9A-Fa-f]{4})", pdf)
    assert found is not None
    grown = int(found.group(1), 16) + 16
    damaged = pdf.replace(found.group(0), b"/Contents <3082" + f"{grown:04X}".encode(), 1)
    assert check_pdf_signature(damaged).problem is PdfProblem.DAMAGED


def test_a_form_whose_fields_loop_is_read_once_and_refused_in_a_moment(
    signed: tuple[bytes, object],
) -> None:
    """/Kids that point back at their parent (twice each): walked once, no hang, no crash."""
    import time

    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    pdf, _signer = signed
    writer = IncrementalPdfFileWriter(io.BytesIO(_pdf()))
    field = generic.DictionaryObject({generic.NameObject("/T"): generic.TextStringObject("loop")})
    reference = writer.add_object(field)
    field[generic.NameObject("/Kids")] = generic.ArrayObject([reference, reference])
    writer.root[generic.NameObject("/AcroForm")] = generic.DictionaryObject(
        {generic.NameObject("/Fields"): generic.ArrayObject([reference, reference])}
    )
    writer.update_root()
    out = io.BytesIO()
    writer.write(out)
    started = time.perf_counter()
    assert check_pdf_signature(out.getvalue()).problem is PdfProblem.NOT_SIGNED
    assert time.perf_counter() - started < 5
