"""The PDF's metadata: the document information dictionary and the same facts as XMP.

The Info dictionary (title, author, subject, keywords, creator, producer)
and an XMP packet (``/Metadata`` of the catalogue: ``dc:title``,
``dc:creator``, ``dc:description``, ``dc:language``, ``pdf:Keywords``,
``pdf:Producer``, ``xmp:CreatorTool``) say the same things, so that a
reader of either gets the title and one producer.  The producer names
PactDesk and the libraries that wrote the file; a bundle's PDF is signed
by pyHanko afterwards, and its producer says so from the start
(:func:`producer`), which is what the signing step keeps
(:func:`pactdesk.services.bundle._sign_pdf`).
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from pactdesk.export.pdf.report import AnnexReport

CREATOR = "PactDesk"


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:  # running from a source tree without metadata
        return "unknown"


def producer(*, signed_with: str = "") -> str:
    """ "PactDesk 0.1.0 (ReportLab 5.1.0)", and "; pyHanko 0.38.0" when pyHanko signs it."""
    import reportlab

    text = f"PactDesk {_version('pactdesk')} (ReportLab {reportlab.Version})"
    return f"{text}; {signed_with}" if signed_with else text


def document_info(report: AnnexReport) -> dict[str, str]:
    """The document information of ``report``, as reportlab's document template takes it."""
    state = report.member_state_name
    cycle = report.contribution.cycle
    return {
        "title": f"{state} — contribution on the European Pact on Immigration and Asylum, {cycle}",
        "author": report.author,
        "subject": f"{report.framework.title} ({report.framework.source}): "
        f"{state}, {cycle} cycle, revision {report.revision}"
        + ("" if report.final else " — DRAFT"),
        "creator": CREATOR,
        "producer": report.producer or producer(),
        "keywords": f"European Pact on Immigration and Asylum, "
        f"{report.contribution.member_state}, {cycle}",
        "lang": report.contribution.language,
    }


def xmp_packet(info: dict[str, str]) -> str:
    """The XMP packet of :func:`document_info`'s facts (an uncompressed ``/Metadata`` stream)."""
    e = {key: escape(value) for key, value in info.items()}
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about=""'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"'
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/">\n'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{e["title"]}</rdf:li></rdf:Alt>'
        "</dc:title>\n"
        f"<dc:creator><rdf:Seq><rdf:li>{e['author']}</rdf:li></rdf:Seq></dc:creator>\n"
        f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{e["subject"]}</rdf:li>'
        "</rdf:Alt></dc:description>\n"
        f"<dc:language><rdf:Bag><rdf:li>{e['lang']}</rdf:li></rdf:Bag></dc:language>\n"
        "<dc:format>application/pdf</dc:format>\n"
        f"<pdf:Keywords>{e['keywords']}</pdf:Keywords>\n"
        f"<pdf:Producer>{e['producer']}</pdf:Producer>\n"
        f"<xmp:CreatorTool>{e['creator']}</xmp:CreatorTool>\n"
        "</rdf:Description>\n"
        "</rdf:RDF>\n"
        "</x:xmpmeta>\n"
        '<?xpacket end="w"?>'
    )
