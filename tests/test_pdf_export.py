"""The PDF export, read back the way a person (and poppler) reads it.

Every check runs poppler's own tools on the bytes PactDesk wrote: pdftotext
for the words, pdffonts for the embedding, pdfinfo for the metadata.  Text
is compared with whitespace normalised; an answer that runs over a page
break must appear as consecutive pieces on consecutive pages.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from pactdesk.domain.contribution import (
    answer_key,
    decode_data,
    decode_references,
    prompt_key,
    text_keys,
)
from pactdesk.export.pdf import FONT_FILES, PdfSection
from pactdesk.paths import fonts_dir
from pactdesk.services.jobs import Cancelled
from pactdesk.services.pdf_export import export_pdf, render_pdf
from pactdesk.testing.drafts import create_draft
from pactdesk.testing.samples import full_items

assert shutil.which("pdftotext"), "poppler-utils is needed: ./run-tests installs it"


# -- reading a PDF back ----------------------------------------------------------


def norm(text: str) -> str:
    return " ".join(text.split())


def pdf_pages(path: Path) -> list[str]:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    count = int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))  # type: ignore[union-attr]
    raw = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = [norm(page) for page in raw.split("\f")][:count]
    assert len(pages) == count
    return pages


def _longest_prefix_in(rest: str, page: str) -> int:
    low, high = 0, len(rest)
    while low < high:
        mid = (low + high + 1) // 2
        if rest[:mid] in page:
            low = mid
        else:
            high = mid - 1
    return low


def printed(pages: list[str], text: str) -> bool:
    """``text`` is in the PDF: whole on one page, or in pieces on consecutive pages."""
    text = norm(text)
    if not text:
        return True
    head = text[: min(30, len(text))]
    for start, page in enumerate(pages):
        if head not in page:
            continue
        rest, index = text, start
        while index < len(pages):
            got = _longest_prefix_in(rest, pages[index])
            if got == len(rest):
                return True
            if got < min(15, len(rest)):
                break
            rest, index = rest[got:].strip(), index + 1
    return False


def expected_value(value: float | int) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return repr(value) if isinstance(value, float) else str(value)


# -- a full draft, rendered once for the module -------------------------------------


@pytest.fixture(scope="module")
def full_pdf(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, str]]]:
    from pactdesk.frameworks import shipped_framework

    folder = tmp_path_factory.mktemp("fullpdf")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PACTDESK_HOME", str(folder / "home"))
        items = full_items(shipped_framework("pact-2010"))
        draft = create_draft(folder / "full.pactdesk", items=items)
        target = folder / "full.pdf"
        export_pdf(draft, target)
        draft.close()
        yield target, items


def test_full_draft_prints_every_answer_prompt_answer_value_and_reference(
    full_pdf: tuple[Path, dict[str, str]], framework
) -> None:  # type: ignore[no-untyped-def]
    path, items = full_pdf
    pages = pdf_pages(path)
    missing = []
    for key in text_keys(framework):
        for paragraph in items[key].split("\n\n"):
            if not printed(pages, paragraph):
                missing.append((key, paragraph[:60]))
    assert not missing, f"{len(missing)} paragraphs not printed, e.g. {missing[:3]}"
    whole = " ".join(pages)
    for commitment in framework.commitments():
        for point in decode_data(items[f"commitment/{commitment.id}/data"]):
            assert point.value is not None
            assert expected_value(point.value) in whole, (commitment.id, point)
            assert norm(point.indicator) in whole
            assert norm(point.source) in whole
        for ref in decode_references(items[f"commitment/{commitment.id}/references"]):
            assert printed(pages, f"{ref.source} — {ref.citation}"), (commitment.id, ref)
    # The scripts the bar names, spelled right (not as boxes or look-alikes).
    everything = " ".join(items.values())
    for word in (
        "zażółć",
        "gęślą",
        "jaźń",
        "łączenie",
        "świadczenia",
        "μετανάστευση",
        "сътрудничество",
    ):
        assert word in everything, f"the sample no longer has {word}"
        assert word in whole, word


def test_layout_follows_the_annex(full_pdf: tuple[Path, dict[str, str]], framework) -> None:  # type: ignore[no-untyped-def]
    path, _items = full_pdf
    pages = pdf_pages(path)
    total = len(pages)
    cover = pages[0]
    assert "Poland" in cover and "2010" in cover and "DRAFT" in cover
    assert re.search(r"Revision \d+", cover)
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {total}" in page
        assert "DRAFT" in page
        if number > 1:
            assert "Poland · contribution to the 2010 cycle" in page
    whole = " ".join(pages)
    assert "Contents" in pages[1]
    for title in (
        framework.column_commitment,
        framework.column_actions,
        framework.column_developments,
    ):
        assert norm(title) in whole
    # Every commitment paragraph of the Pact, continuation paragraphs included.
    for commitment in framework.commitments():
        for paragraph in commitment.paragraphs:
            assert printed(pages, paragraph), (commitment.id, paragraph[:50])
        for prompt in commitment.prompts:
            assert printed(pages, prompt.text), prompt.id
    assert "Not comparable" in whole and "not comparable (not harmonised)" in whole
    assert "Harmonised" in whole
    # The chart's axis: the monthly periods of the series.
    assert "2009-01" in whole and "2009-06" in whole


def _pages_with_the_draft_mark(path: Path) -> set[int]:
    out = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout
    return {
        int(line.split()[0])
        for line in out.splitlines()[2:]
        if line.split()[2] == "image" and line.split()[3:5] == ["1000", "1000"]
    }


def _pink_share(path: Path, page: int, tmp: Path) -> float:
    """The share of reddish pixels in the middle of a page, as a person sees it."""
    from PIL import Image

    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "30",
            "-f",
            str(page),
            "-l",
            str(page),
            str(path),
            str(tmp / "mark"),
        ],
        check=True,
    )
    image = Image.open(next(tmp.glob("mark*.png"))).convert("RGB")
    w, h = image.size
    middle = image.crop((w // 4, h // 4, 3 * w // 4, 3 * h // 4))
    # Pillow 12 deprecates getdata() for get_flattened_data(); take whichever this Pillow has.
    flattened = getattr(middle, "get_flattened_data", middle.getdata)
    pixels = list(flattened())
    pink = sum(1 for r, g, b in pixels if r > g + 12 and r > b + 12)
    for file in tmp.glob("mark*.png"):
        file.unlink()
    return pink / len(pixels)


def test_the_draft_mark_is_on_every_page_and_only_on_drafts(
    full_pdf: tuple[Path, dict[str, str]], new_draft, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path, _items = full_pdf
    pages = pdf_pages(path)
    assert _pages_with_the_draft_mark(path) == set(range(1, len(pages) + 1))
    assert _pink_share(path, 5, tmp_path) > 0.03
    final = tmp_path / "final.pdf"
    final.write_bytes(render_pdf(new_draft(), final=True))
    assert _pages_with_the_draft_mark(final) == set()
    assert _pink_share(final, 5, tmp_path) < 0.001


def test_contents_give_the_right_pages(full_pdf: tuple[Path, dict[str, str]], framework) -> None:  # type: ignore[no-untyped-def]
    path, _items = full_pdf
    pages = pdf_pages(path)
    layout = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", "-f", "2", "-l", "4", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    listed: dict[str, int] = {}
    for line in layout.splitlines():
        match = re.match(r"\s*(\S+) (.*?)[ .…]*\s(\d+)\s*$", line)
        if match:
            listed.setdefault(match.group(1), int(match.group(3)))
    for commitment in framework.commitments():
        assert commitment.id in listed, f"{commitment.id} is not in the contents"
        page = listed[commitment.id]
        start = norm(commitment.paragraphs[0])[:40]
        assert start in pages[page - 1], f"{commitment.id}: the contents say page {page}"
        if page > 1:
            assert start not in pages[page - 2], f"{commitment.id} starts before page {page}"
    contents = " ".join(pages[1:4])
    for area in framework.areas:
        assert f"{area.id}. {area.title}" in contents


def test_every_font_is_embedded(full_pdf: tuple[Path, dict[str, str]]) -> None:
    path, _items = full_pdf
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = out.stdout.splitlines()[2:]
    assert len(rows) >= 3
    for row in rows:
        # name type encoding emb sub uni object ID: "emb" is the 4th field from the end
        fields = row.split()
        assert fields[-5] == "yes", f"font not embedded: {row}"
        assert "DejaVu" in fields[0], row


def _font_cmaps() -> dict[str, set[int]]:
    from reportlab.pdfbase.ttfonts import TTFontFile

    return {
        name: set(TTFontFile(str(fonts_dir() / filename)).charToGlyph)
        for name, filename in FONT_FILES.items()
    }


def _uncovered(text: str, cmaps: dict[str, set[int]]) -> dict[str, set[str]]:
    chars = {ch for ch in text if not ch.isspace()}
    return {
        name: {ch for ch in chars if ord(ch) not in cmap}
        for name, cmap in cmaps.items()
        if any(ord(ch) not in cmap for ch in chars)
    }


def test_the_embedded_fonts_have_a_glyph_for_every_character(framework) -> None:  # type: ignore[no-untyped-def]
    items = full_items(framework)
    content = "".join(items.values())
    content += "".join(
        p for c in framework.commitments() for p in (*c.paragraphs, *(q.text for q in c.prompts))
    )
    content += "".join(s.name for s in framework.member_states)
    cmaps = _font_cmaps()
    assert _uncovered(content, cmaps) == {}
    # Every letter of the EU's alphabets, not only the sample's.
    alphabets = (
        "ĄąĆćĘęŁłŃńÓóŚśŹźŻż ÄäÖöÜüß ČčĎďĚěŇňŘřŠšŤťŮůŽž ĂăÂâÎîȘșȚț ŐőŰű ĀāĒēĢģĪīĶķĻļŅņŪū "
        "ĖėĮįŲų ÕõÅåÆæØø ÇçÀàÉéÈèÊêËëÎîÏïÔôŒœÙùÛûŸÿ ÑñÁáÍíÚú ĊċĠġĦħ "
        "ΑαΒβΓγΔδΕεΖζΗηΘθΙιΚκΛλΜμΝνΞξΟοΠπΡρΣσςΤτΥυΦφΧχΨψΩω άέήίόύώϊϋΐΰ "
        "АаБбВвГгДдЕеЖжЗзИиЙйКкЛлМмНнОоПпРрСсТтУуФфХхЦцЧчШшЩщЪъЬьЮюЯя „“‘’–—…€"
    )
    assert _uncovered(alphabets, cmaps) == {}
    # The check itself can fail: a character DejaVu does not have is caught.
    assert _uncovered("漢", cmaps) != {}


def test_user_markup_prints_literally(new_draft) -> None:  # type: ignore[no-untyped-def]
    draft = new_draft()
    tricky = 'Budget <b>not bold</b> & "quotes" < 5 > 3 &amp; <br/> <font size=40>x</font>'
    draft.save(answer_key("I.a", "actions_undertaken"), tricky, author="t")
    draft.save(
        prompt_key("I.a", draft.framework.commitment("I.a").prompts[0].id),
        "line one\nline two & <i>three</i>",
        author="t",
    )
    path = draft.path.with_suffix(".pdf")
    path.write_bytes(render_pdf(draft))
    pages = pdf_pages(path)
    assert printed(pages, tricky)
    assert printed(pages, "line one line two & <i>three</i>")


def test_final_has_no_draft_mark_and_metadata_is_set(new_draft, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    draft = new_draft(member_state="EL", language="el")
    draft.save(answer_key("I.a", "actions_undertaken"), "Μετανάστευση και άσυλο.", author="t")
    final = tmp_path / "final.pdf"
    final.write_bytes(render_pdf(draft, final=True))
    pages = pdf_pages(final)
    assert not any("DRAFT" in page for page in pages)
    assert "Greece" in pages[0]
    info = subprocess.run(["pdfinfo", str(final)], capture_output=True, text=True, check=True)
    assert "Title:" in info.stdout and "Greece" in info.stdout
    assert re.search(r"Author:\s+Greece, national contact point", info.stdout)
    assert re.search(r"Subject:\s+.*Greece", info.stdout)
    assert b"/Lang (el)" in final.read_bytes()


def test_extra_sections_follow_part_two(new_draft, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    draft = new_draft()
    section = PdfSection(
        "Changes since the previous bundle",
        ("I.a — Main actions undertaken: changed (łączenie).", "Nothing else."),
    )
    path = tmp_path / "extra.pdf"
    path.write_bytes(render_pdf(draft, extra_sections=[section]))
    pages = pdf_pages(path)
    last_commitment = max(i for i, p in enumerate(pages) if "V.h" in p or "V.g" in p)
    at = max(i for i, p in enumerate(pages) if "Changes since the previous bundle" in p)
    assert at >= last_commitment
    assert "I.a — Main actions undertaken: changed (łączenie)." in pages[at]


def test_many_extra_sections_fit_the_contents(new_draft, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    sections = [PdfSection(f"Change report part {n}", (f"Paragraph {n}.",)) for n in range(60)]
    path = tmp_path / "many.pdf"
    path.write_bytes(render_pdf(new_draft(), extra_sections=sections))
    pages = pdf_pages(path)
    layout = subprocess.run(
        ["pdftotext", "-layout", "-f", "2", "-l", "5", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for n in (0, 30, 59):
        match = re.search(rf"Change report part {n} [ .]*(\d+)", layout)
        assert match, n
        assert f"Paragraph {n}." in pages[int(match.group(1)) - 1]
    # No contents line runs into the footer: every contents page ends with its footer.
    for page in pages[1:4]:
        assert re.search(r"Page \d+ of \d+$", page)


def test_a_long_answer_splits_across_pages(new_draft, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pactdesk.testing.samples import sample_text

    draft = new_draft()
    long = sample_text("long", words=6000)
    draft.save(answer_key("II.b", "developments_planned"), long, author="t")
    path = tmp_path / "long.pdf"
    path.write_bytes(render_pdf(draft))
    pages = pdf_pages(path)
    holding = [
        i for i, p in enumerate(pages) if any(norm(part)[:40] in p for part in long.split("\n\n"))
    ]
    assert max(holding) - min(holding) >= 4, "6000 words in one column span several pages"
    for part in long.split("\n\n"):
        assert printed(pages, part), part[:60]


def test_progress_runs_to_the_end(new_draft, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    draft = new_draft()
    seen: list[tuple[float, str]] = []
    export_pdf(draft, tmp_path / "p.pdf", progress=lambda f, label: seen.append((f, label)))
    fractions = [f for f, _ in seen]
    assert fractions == sorted(fractions)
    assert fractions[-1] == 1.0 and len(seen) > 20
    assert any("I.a" in label for _, label in seen)


def test_cancelling_raises_and_writes_nothing(new_draft, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    draft = new_draft()
    draft.save_many(full_items(draft.framework), author="t")
    target = tmp_path / "cancelled.pdf"
    calls: list[float] = []

    def cancelled() -> bool:
        return len(calls) >= 10

    with pytest.raises(Cancelled):
        export_pdf(draft, target, progress=lambda f, _l: calls.append(f), cancelled=cancelled)
    assert 0 < max(calls) < 0.8, "stopped in the middle of the layout"
    assert not target.exists()
    assert list(tmp_path.glob("*.pdf*")) == []
    assert draft.known_heads() == []


def test_export_records_the_head(new_draft, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    draft = new_draft()
    draft.save(answer_key("I.a", "actions_undertaken"), "x", author="t")
    head = export_pdf(draft, tmp_path / "r.pdf")
    assert head == draft.head()
    assert [k.head for k in draft.known_heads()][0] == head


# -- the command line ---------------------------------------------------------------


def run_cli(*args: str) -> tuple[int, str, str]:
    import os
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "pactdesk", *args],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=120,
    )
    return result.returncode, result.stdout, result.stderr


def test_cli_export_pdf(new_draft, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    draft = new_draft()
    draft.save(answer_key("I.a", "actions_undertaken"), "Współpraca z urzędem.", author="t")
    draft.close()
    out = tmp_path / "out.pdf"
    code, stdout, stderr = run_cli("export-pdf", str(draft.path), str(out))
    assert code == 0, stderr
    assert "Wrote" in stdout and out.read_bytes().startswith(b"%PDF")
    assert printed(pdf_pages(out), "Współpraca z urzędem.")


def test_cli_export_pdf_missing_draft(tmp_path: Path) -> None:
    out = tmp_path / "out.pdf"
    code, _stdout, stderr = run_cli("export-pdf", str(tmp_path / "none.pactdesk"), str(out))
    assert code == 2
    assert len(stderr.strip().splitlines()) == 1 and "none.pactdesk" in stderr
    assert not out.exists()


def test_cli_export_pdf_not_a_draft(tmp_path: Path) -> None:
    bogus = tmp_path / "letter.pactdesk"
    bogus.write_text("Dear colleagues, please find attached…", encoding="utf-8")
    out = tmp_path / "out.pdf"
    code, _stdout, stderr = run_cli("export-pdf", str(bogus), str(out))
    assert code == 2
    assert len(stderr.strip().splitlines()) == 1 and "letter.pactdesk" in stderr
    assert not out.exists()
    assert bogus.read_text(encoding="utf-8").startswith("Dear colleagues")


def test_cli_export_pdf_into_missing_folder(new_draft, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    draft = new_draft()
    draft.close()
    code, _stdout, stderr = run_cli(
        "export-pdf", str(draft.path), str(tmp_path / "no" / "such" / "out.pdf")
    )
    assert code == 2 and len(stderr.strip().splitlines()) == 1


def test_a_10x_draft_prints_every_answer_across_pages(new_draft, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Answers ten times as long run over many pages and come back whole."""
    draft = new_draft()
    items = full_items(draft.framework, scale=10)
    draft.save_many(items, author="t")
    path = tmp_path / "ten.pdf"
    path.write_bytes(render_pdf(draft))
    pages = pdf_pages(path)
    assert len(pages) > 500
    missing = [
        key
        for key in text_keys(draft.framework)
        for paragraph in items[key].split("\n\n")
        if not printed(pages, paragraph)
    ]
    assert not missing, f"{len(missing)} paragraphs not printed, e.g. {missing[:3]}"
