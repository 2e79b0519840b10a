"""The PDF's own (PAdES) signature: found and read with pyHanko, checked like every signature.

The bundle's PDF carries the submitter's PAdES signature (made by
:mod:`pactdesk.services.bundle` with pyHanko's ``signers.sign_pdf``).
:func:`check_pdf_signature` opens the PDF with pyHanko's reader (the
signature dictionary is found through the document's structure, not by
searching the bytes), asks pyHanko whether the signature's byte range
covers the whole file, and checks the CMS inside it with the one CMS check
there is, :func:`pactdesk.signing.cades.verify_detached`, over the bytes
the byte range names.

pyHanko is imported on the first call.  Pure; any thread.
"""

from __future__ import annotations

import enum
import io
from dataclasses import dataclass

from pactdesk.signing.cades import SignatureError, SignatureInfo, verify_detached


class PdfProblem(enum.Enum):
    UNREADABLE = "unreadable"  # not a PDF pyHanko can read
    NOT_SIGNED = "not-signed"  # no signature field with a signature
    NOT_WHOLE_FILE = "not-whole-file"  # bytes were added or changed outside the signature
    DAMAGED = "damaged"  # the signature's CMS cannot be read
    DOES_NOT_VERIFY = "does-not-verify"  # digest, signature value or signing certificate


@dataclass(frozen=True, slots=True)
class PdfSignatureCheck:
    """The last signature of a PDF: ``problem`` None when it holds; ``info`` when it was read."""

    problem: PdfProblem | None
    info: SignatureInfo | None = None
    field_name: str = ""


def check_pdf_signature(pdf: bytes) -> PdfSignatureCheck:
    """Check the PDF's last signature; never raises for a damaged or hostile PDF."""
    from asn1crypto import cms
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=True)
        signatures = reader.embedded_signatures
    except Exception:  # pyHanko's PdfReadError, and the parser's own errors
        return PdfSignatureCheck(PdfProblem.UNREADABLE)
    if not signatures:
        return PdfSignatureCheck(PdfProblem.NOT_SIGNED)
    signature = signatures[-1]
    name = str(signature.field_name or "")
    try:
        coverage = signature.evaluate_signature_coverage()
    except Exception:  # a damaged byte range or cross-reference table
        return PdfSignatureCheck(PdfProblem.NOT_WHOLE_FILE, field_name=name)
    if coverage != SignatureCoverageLevel.ENTIRE_FILE:
        return PdfSignatureCheck(PdfProblem.NOT_WHOLE_FILE, field_name=name)
    try:
        start, first, second, length = (int(n) for n in signature.byte_range)
        # /Contents is padded with zeros after the DER object; asn1crypto
        # reads exactly one object and dump() gives back its own bytes.
        der = cms.ContentInfo.load(signature.pkcs7_content).dump()
        info = verify_detached(der, pdf[start : start + first] + pdf[second : second + length])
    except (SignatureError, ValueError, TypeError):
        return PdfSignatureCheck(PdfProblem.DAMAGED, field_name=name)
    if not info.ok:
        return PdfSignatureCheck(PdfProblem.DOES_NOT_VERIFY, info, name)
    return PdfSignatureCheck(None, info, name)
