"""The PDF's own (PAdES) signature: found and read with pyHanko, checked like every signature.

The bundle's PDF carries the submitter's PAdES signature (made by
:mod:`pactdesk.services.bundle` with pyHanko's ``signers.sign_pdf``).
:func:`check_pdf_signature` opens the PDF with pyHanko's reader (the
signature dictionary is found through the document's structure — the
form's signature fields — not by searching the bytes), checks that the
signature's byte range covers the whole file but the signature itself, and
checks the CMS inside it with the one CMS check there is,
:func:`pactdesk.signing.cades.verify_detached`, over the bytes the byte
range names.  Only ``pyhanko.pdf_utils`` is used: anything under
``pyhanko.sign`` loads pyHanko's signing stack and aiohttp (0.2–0.3 s of
every ``pactdesk verify``); the field walk and the coverage arithmetic it
would have done are a few lines here, and ``tests/test_verify_pdf_signature.py``
holds them to pyHanko's own verdicts.

pyHanko is imported on the first call.  Pure; any thread.
"""

from __future__ import annotations

import enum
import io
from dataclasses import dataclass
from typing import Any

from pactdesk.signing.cades import (
    SignatureError,
    SignatureInfo,
    cms_structure_problems,
    verify_detached,
)


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


#: The SubFilters of a detached CMS signature (ISO 32000-1 12.8.3.3; ETSI EN 319 142-1).
DETACHED_SUBFILTERS = frozenset({"/adbe.pkcs7.detached", "/ETSI.CAdES.detached"})
#: How deep form fields may nest (/Kids), and how many there may be: far more than any
#: real form, and a hostile PDF's loops and fan-outs end there.
MAX_FIELD_DEPTH = 32
MAX_FIELDS = 10_000


@dataclass(frozen=True, slots=True)
class _Signature:
    field_name: str
    byte_range: tuple[int, ...]
    contents: bytes
    subfilter: str


def check_pdf_signature(pdf: bytes) -> PdfSignatureCheck:
    """Check the PDF's last signature; never raises for a damaged or hostile PDF."""
    from asn1crypto import cms
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=True)
        signatures = _signatures(reader)
    except Exception:  # pyHanko's PdfReadError, and the parser's own errors
        return PdfSignatureCheck(PdfProblem.UNREADABLE)
    if not signatures:
        return PdfSignatureCheck(PdfProblem.NOT_SIGNED)
    signature = signatures[-1]
    name = signature.field_name
    if not _covers_the_whole_file(signature, pdf):
        return PdfSignatureCheck(PdfProblem.NOT_WHOLE_FILE, field_name=name)
    try:
        _start, first, second, length = signature.byte_range
        # /Contents is padded with zeros after the DER object; asn1crypto
        # reads exactly one object and dump() gives back its own bytes.
        der = cms.ContentInfo.load(signature.contents).dump()
        if signature.contents[len(der) :].strip(b"\0"):
            # Stricter than PAdES validators: the padding after the CMS is
            # zeros, so that no byte of the hole can change unnoticed either.
            return PdfSignatureCheck(PdfProblem.DAMAGED, field_name=name)
        info = verify_detached(der, pdf[:first] + pdf[second : second + length])
    except (SignatureError, ValueError, TypeError):
        return PdfSignatureCheck(PdfProblem.DAMAGED, field_name=name)
    if not info.ok:
        return PdfSignatureCheck(PdfProblem.DOES_NOT_VERIFY, info, name)
    if cms_structure_problems(der, info.certificate):
        # Bytes of the CMS no signature covers (a length, a version …) changed.
        return PdfSignatureCheck(PdfProblem.DAMAGED, info, name)
    return PdfSignatureCheck(None, info, name)


def _signatures(reader: Any) -> list[_Signature]:
    """The filled signature fields of the document's form, in the order they were signed.

    Found as pyHanko's ``collect_embedded_signatures`` finds them: the
    AcroForm's fields and their /Kids, a field of type /Sig (inherited) with
    a value, a detached-CMS SubFilter; ordered by where their signed bytes
    end (each later signature covers the revisions before it).
    """
    acroform = reader.root.get("/AcroForm")
    if acroform is None:
        return []
    found: list[_Signature] = []
    seen: set[tuple[int, int]] = set()

    def walk(reference: Any, parent: str, field_type: Any, depth: int) -> None:
        if depth > MAX_FIELD_DEPTH or len(seen) > MAX_FIELDS:
            raise ValueError("the form's fields nest too deeply or are too many")
        number = getattr(reference, "idnum", None)
        if number is not None:
            if (number, reference.generation) in seen:
                return  # a field listed twice, or a /Kids loop: walked once
            seen.add((number, reference.generation))
        field = reference.get_object()
        partial = str(field.get("/T", ""))
        name = f"{parent}.{partial}" if parent and partial else (partial or parent)
        field_type = field.get("/FT", field_type)
        if field_type == "/Sig" and "/V" in field:
            value = field["/V"].get_object()
            subfilter = str(value.get("/SubFilter", ""))
            if subfilter in DETACHED_SUBFILTERS:
                found.append(
                    _Signature(
                        field_name=name,
                        byte_range=tuple(int(n) for n in value["/ByteRange"]),
                        contents=bytes(value["/Contents"]),
                        subfilter=subfilter,
                    )
                )
        for kid in field.get("/Kids", ()):
            walk(kid, name, field_type, depth + 1)

    for reference in acroform.get_object().get("/Fields", ()):
        walk(reference, "", None, 0)
    return sorted(found, key=lambda s: sum(s.byte_range[2:]) if len(s.byte_range) == 4 else 0)


def _covers_the_whole_file(signature: _Signature, pdf: bytes) -> bool:
    """The byte range is [0, a, b, c]: the whole file but the /Contents string, ``<hex>``.

    pyHanko's "entire file" coverage level: nothing was added after the
    signature (no incremental update) and nothing is outside the signed bytes
    but the hole that holds the signature itself.
    """
    if len(signature.byte_range) != 4:
        return False
    start, first, second, length = signature.byte_range
    hole = pdf[first:second] if 0 <= first <= second else b""
    return (
        start == 0
        and second + length == len(pdf)
        and length >= 0
        and len(hole) == 2 * len(signature.contents) + 2
        and hole[:1] == b"<"
        and hole[-1:] == b">"
        and _hex(hole[1:-1]) == signature.contents
    )


def _hex(text: bytes) -> bytes | None:
    try:
        return bytes.fromhex(text.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        return None
