"""``pactdesk compile``: 27 contributions and 3 updates in, verified, compared; hostile ones out."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import jsonschema
import pytest
from openpyxl import load_workbook

from pactdesk.cli import main as cli_main
from pactdesk.domain.contribution import ACTIONS, answer_key
from pactdesk.frameworks import shipped_framework
from pactdesk.services.compile import compile_bundles, load_trust
from pactdesk.testing.bundles import HOSTILE_MARKER, BundleSet
from tests.compile_support import session_bundles

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT / "pactdesk" / "schemas" / "compilation.schema.json"
pytestmark = pytest.mark.timeout(900)  # the session's bundles are made in the first test


@pytest.fixture(scope="module")
def bundles(tmp_path_factory: pytest.TempPathFactory) -> BundleSet:
    return session_bundles(tmp_path_factory)


@pytest.fixture(scope="module")
def compiled(bundles: BundleSet, tmp_path_factory: pytest.TempPathFactory):
    """compile over the 27 + 3 updates + the 3 hostile bundles, once for the module."""
    out = tmp_path_factory.mktemp("desk") / "out"
    code, err = _run(
        [
            "compile",
            str(bundles.folder / "bundles"),
            "--trust-dir",
            str(bundles.trust_dir),
            "--out",
            str(out),
        ]
    )
    return code, err, out


def _run(args: list[str]) -> tuple[int, str]:
    import contextlib
    import io

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = cli_main(args)
    return code, err.getvalue()


def _framework():
    return shipped_framework("pact-2010")


def test_the_set_has_27_member_states_each_with_its_own_ca(bundles: BundleSet) -> None:
    codes = [s.code for s in _framework().member_states]
    assert sorted(bundles.originals) == sorted(codes) and len(codes) == 27
    assert sorted(p.stem for p in bundles.trust_dir.glob("*.pem")) == sorted(codes)
    subjects = {p.read_bytes() for p in bundles.trust_dir.glob("*.pem")}
    assert len(subjects) == 27  # 27 different CAs
    assert sorted(bundles.updates) == ["BG", "PL", "SE"]


def test_rejected_bundles_make_exit_1_and_are_listed_with_reasons(compiled) -> None:
    code, err, out = compiled
    assert code == 1
    first = err.splitlines()[0]
    assert first == "pactdesk compile: 3 bundles were rejected and left out of the comparison"
    document = json.loads((out / "compilation.json").read_text("utf-8"))
    reasons = {r["file"]: " ".join(r["reasons"]) for r in document["rejected"]}
    assert set(reasons) == {
        "IT-2010-tampered.asice",
        "AT-2010-untrusted-ca.asice",
        "DE-2010-signed-by-FR.asice",
    }
    assert "changed after signing" in reasons["IT-2010-tampered.asice"]
    assert "not issued by a trusted CA" in reasons["AT-2010-untrusted-ca.asice"]
    assert "signed under FR's CA" in reasons["DE-2010-signed-by-FR.asice"]
    # The workbook and the PDF list them too.
    rejected = load_workbook(out / "comparison.xlsx", read_only=True)["Rejected"]
    files = {row[0] for row in rejected.iter_rows(min_row=3, values_only=True)}
    assert set(reasons) <= files
    text = subprocess.run(
        ["pdftotext", str(out / "overview.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "DE-2010-signed-by-FR.asice" in text and "signed under FR's CA" in text.replace(
        "\n", " "
    )


def test_no_output_holds_anything_of_a_rejected_bundle(compiled, bundles: BundleSet) -> None:
    _code, _err, out = compiled
    # The hostile bundles do carry the marker: the check below can fail.
    for path in bundles.hostile.values():
        with zipfile.ZipFile(path) as archive:
            assert HOSTILE_MARKER in archive.read("contribution.json").decode("utf-8")
    assert HOSTILE_MARKER not in (out / "compilation.json").read_text("utf-8")
    with zipfile.ZipFile(out / "comparison.xlsx") as workbook:
        for name in workbook.namelist():
            assert HOSTILE_MARKER.encode() not in workbook.read(name), name
    text = subprocess.run(
        ["pdftotext", str(out / "overview.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert HOSTILE_MARKER[:12] not in text


def test_every_answer_is_in_the_workbook_and_updates_replace_their_predecessors(
    compiled, bundles: BundleSet
) -> None:
    _code, _err, out = compiled
    framework = _framework()
    trust = load_trust(
        trust_dir=bundles.trust_dir,
        trust=[],
        member_states=[s.code for s in framework.member_states],
    )
    newest = [bundles.updates.get(code, path) for code, path in bundles.originals.items()]
    expected = compile_bundles(newest, trust, framework=framework)
    novembers = compile_bundles(
        list(bundles.updates.values()) and [bundles.originals[c] for c in bundles.updates],
        trust,
        framework=framework,
    )
    book = load_workbook(out / "comparison.xlsx", read_only=True)
    cells: set[str] = set()
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            cells.update(v for v in row if isinstance(v, str))
    count = 0
    for entry in expected.included:
        contribution = entry.contribution
        for area, text in contribution.political_report:
            assert text in cells, (entry.member_state, area)
            count += 1
        for answer in contribution.commitments:
            for text in (
                answer.actions_undertaken,
                answer.developments_planned,
                *(t for _, t in answer.prompts),
            ):
                if text:
                    assert text in cells, (entry.member_state, answer.commitment_id)
                    count += 1
    assert count > 27 * 80
    # What the updates replaced is gone: the November texts they rewrote appear nowhere.
    for entry in novembers.included:
        old = entry.contribution.commitment("I.a").actions_undertaken
        new = expected.member(entry.member_state).contribution.commitment("I.a").actions_undertaken
        assert old != new and old not in cells and new in cells
    document = json.loads((out / "compilation.json").read_text("utf-8"))
    replaced = {r["file"]: r["replaced_by"]["file"] for r in document["replaced"]}
    assert replaced == {
        f"{c}-2010-november.asice": f"{c}-2010-january-update.asice" for c in ("BG", "PL", "SE")
    }
    included = {e["member_state"]: e for e in document["included"]}
    assert len(included) == 27
    assert included["PL"]["replaces"]["sha256"] == _sha(bundles.originals["PL"])
    assert "PL.pem" in included["PL"]["checked_against"]


def _sha(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_cells_the_update_changed_are_marked(compiled) -> None:
    _code, _err, out = compiled
    framework = _framework()
    book = load_workbook(out / "comparison.xlsx")
    area = framework.areas[0]
    sheet = next(ws for ws in book.worksheets if ws.title.startswith(f"{area.id} "))
    header = [c.value for c in sheet[2]]
    column = {str(v).split()[0]: i for i, v in enumerate(header) if v}
    row = next(
        r
        for r in sheet.iter_rows(min_row=3)
        if r[0].value == "I.a (a)" and r[1].value == framework.column_actions
    )
    marked = {
        code
        for code, i in column.items()
        if row[i].fill is not None and row[i].fill.fgColor.rgb.endswith("F8CBAD")
    }
    assert marked == {"BG", "PL", "SE"}
    changes = book["Changes in updates"]
    keyed = {(r[0], r[3]) for r in changes.iter_rows(min_row=3, values_only=True)}
    assert {("PL", "I.a"), ("BG", "III.a"), ("SE", "Political report I")} <= keyed
    assert answer_key("I.a", ACTIONS) in json.dumps(
        json.loads((out / "compilation.json").read_text("utf-8"))["included"]
    )


def test_compilation_json_follows_its_schema(compiled) -> None:
    _code, _err, out = compiled
    schema = json.loads(SCHEMA.read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    ).validate(json.loads((out / "compilation.json").read_text("utf-8")))


def test_the_pdf_overview_embeds_its_fonts_and_has_a_page_per_commitment(compiled) -> None:
    _code, _err, out = compiled
    fonts = subprocess.run(
        ["pdffonts", str(out / "overview.pdf")], capture_output=True, text=True, check=True
    ).stdout
    assert "DejaVu" in fonts and all(
        line.split()[-5] == "yes" for line in fonts.splitlines()[2:] if line.strip()
    )
    text = subprocess.run(
        ["pdftotext", str(out / "overview.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = text.split("\f")
    for commitment in _framework().commitments():
        assert any(
            page.lstrip().startswith(f"{commitment.id} ({commitment.letter})") for page in pages
        ), commitment.id
    assert "Completeness per Member State" in text and "Data across Member States" in text
    assert "not comparable" in text


def test_all_valid_is_exit_0(bundles: BundleSet, tmp_path: Path) -> None:
    code, err = _run(
        [
            "compile",
            *map(str, bundles.valid),
            "--trust-dir",
            str(bundles.trust_dir),
            "--out",
            str(tmp_path / "out"),
        ]
    )
    assert code == 0, err
    document = json.loads((tmp_path / "out" / "compilation.json").read_text("utf-8"))
    assert document["all_verified"] and not document["rejected"]


def test_an_update_without_its_predecessor_is_listed(bundles: BundleSet, tmp_path: Path) -> None:
    code, err = _run(
        [
            "compile",
            str(bundles.updates["PL"]),
            str(bundles.originals["FR"]),
            "--trust",
            f"PL={bundles.trust_dir / 'PL.pem'}",
            "--trust",
            f"FR={bundles.trust_dir / 'FR.pem'}",
            "--out",
            str(tmp_path),
        ]
    )
    assert code == 0, err
    document = json.loads((tmp_path / "compilation.json").read_text("utf-8"))
    pl = next(e for e in document["included"] if e["member_state"] == "PL")
    assert pl["predecessor_missing"] is True and pl["replaces"] is None


def test_a_ca_without_a_country_is_trusted_for_all_and_says_so(
    bundles: BundleSet, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # FR's CA given for every Member State: the DE bundle FR's ministry signed now passes.
    code = cli_main(
        [
            "compile",
            str(bundles.hostile["wrong-country"]),
            "--trust",
            str(bundles.trust_dir / "FR.pem"),
            "--out",
            str(tmp_path),
        ]
    )
    printed = capsys.readouterr().out
    assert code == 0
    assert "trusted for every Member State" in printed


@pytest.mark.parametrize(
    "extra",
    [[], ["--trust-dir", "MISSING"], ["--trust", "XX=ca.pem"]],
    ids=["no-trust", "missing-trust-dir", "unknown-country"],
)
def test_bad_calls_are_exit_2_and_write_nothing(
    bundles: BundleSet, tmp_path: Path, extra: list[str]
) -> None:
    out = tmp_path / "out"
    code, err = _run(["compile", str(bundles.originals["PL"]), *extra, "--out", str(out)])
    assert code == 2
    assert len(err.splitlines()[0]) < 200 and err.startswith("pactdesk compile: ")
    assert not out.exists()


def test_out_may_not_be_an_input(bundles: BundleSet, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(bundles.originals["PL"], folder)
    code, err = _run(
        ["compile", str(folder), "--trust-dir", str(bundles.trust_dir), "--out", str(folder)]
    )
    assert code == 2 and "one of the inputs" in err
    assert sorted(p.name for p in folder.iterdir()) == ["PL-2010-november.asice"]


def test_compare_opens_no_window_on_a_bad_call(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pactdesk.__main__ import main

    assert main(["compare", str(tmp_path / "missing")]) == 2
    err = capsys.readouterr().err
    assert err.splitlines()[0] == f"pactdesk compare: {tmp_path / 'missing'} does not exist"


def test_this_thread_and_the_worker_each_verify_part_and_the_results_keep_their_order(
    bundles: BundleSet,
) -> None:
    from pactdesk.services.compile import verify_all

    framework = _framework()
    trust = load_trust(
        trust_dir=bundles.trust_dir,
        trust=[],
        member_states=[s.code for s in framework.member_states],
    )
    paths = sorted(bundles.valid)[:9] + sorted(bundles.hostile.values())
    seen: list[str] = []
    waited: list[bool] = []
    checked = verify_all(
        paths,
        trust,
        framework,
        workers=2,
        progress=lambda _f, message: seen.append(message),
        while_waiting=lambda: waited.append(True),
    )
    assert [c.check.file for c in checked] == [p.name for p in paths]
    assert [c.check.valid for c in checked] == [True] * 9 + [False] * len(bundles.hostile)
    assert all(c.contribution is not None and c.cells for c in checked[:9])
    counts = [int(m.split()[1]) for m in seen]
    assert counts == list(range(1, len(paths) + 1)) and waited == [True]
    # Verified one after another on this thread, the same checks.
    alone = verify_all(paths, trust, framework, workers=1)
    assert [c.check for c in alone] == [c.check for c in checked]
