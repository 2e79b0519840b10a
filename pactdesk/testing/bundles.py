"""Submission bundles of the 2010 cycle for all 27 Member States: for tests, bench and docs.

What the Commission's desk receives in mid-November and mid-January, made
the way ministries make it: each Member State has its own ministry and
sign-off CA (its own ``PACTDESK_HOME``), an approver who signs off a full
draft, and a submitter who makes the bundle with the bundle service.  Some
Member States leave a few of the Commission's extra requests unanswered; the
data differ between Member States (national monthly figures, not
harmonised; a Eurostat figure, harmonised for most).  Three Member States
send a January update (``supersedes`` the November bundle) that rewrites
answers, answers a request left open and adds a data point.

With ``hostile``, three bundles that the desk must reject are added, each
carrying :data:`HOSTILE_MARKER` in its text so that a test can prove their
content reaches no output: one *tampered* after signing, one signed by a CA
nobody trusts, and one whose ``member_state`` is not its CA's country.

``trust/XX.pem`` holds each ministry's CA certificate, as exchanged out of
band.  Member States are made in parallel processes (each in its own home);
30 bundles take about 20 s on two cores.  ``scripts/make-bundles.py`` is the
command-line door.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import zipfile
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from pactdesk.domain.contribution import (
    ACTIONS,
    DEVELOPMENTS,
    DataPoint,
    answer_key,
    data_key,
    decode_data,
    encode_rows,
    political_key,
    prompt_key,
)
from pactdesk.domain.framework import Framework
from pactdesk.domain.languages import default_language

#: Every answer of the bundles the desk must reject contains this.
HOSTILE_MARKER = "ZURÜCKGEWIESEN-Ω-REJECTED-CONTENT"
#: The Member States that send a January update unless told otherwise.
DEFAULT_UPDATES = ("BG", "PL", "SE")
#: Member States that leave some of the Commission's extra requests unanswered in November.
LEAVE_PROMPTS_OPEN = ("BG", "EE", "PL", "LT", "MT", "SK")
#: The hostile bundles: the Member State each claims to be.
UNTRUSTED_FOR = "AT"  # a CA nobody sent the desk
WRONG_COUNTRY = ("FR", "DE")  # FR's ministry signs a contribution that says it is DE's
TAMPERED_FROM = "IT"  # IT's bundle with an answer changed after signing

APPROVER_ROLE = "approver"


@dataclass(frozen=True)
class BundleSet:
    """Where the generated bundles are."""

    folder: Path
    trust_dir: Path
    originals: dict[str, Path]  # Member State -> November bundle
    updates: dict[str, Path]  # Member State -> January update
    hostile: dict[str, Path] = field(default_factory=dict)  # tampered / untrusted / wrong-country

    @property
    def valid(self) -> list[Path]:
        return [*self.originals.values(), *self.updates.values()]

    @property
    def all(self) -> list[Path]:
        return [*self.valid, *self.hostile.values()]


@dataclass(frozen=True)
class _Task:
    folder: Path
    member_state: str
    language: str
    index: int
    update: bool
    wrong_country: str | None = None  # also sign a contribution claiming this Member State
    untrusted: bool = False  # a CA whose certificate is not given to the desk


def _ministry(member_state: str) -> str:
    return f"Ministry of the Interior ({member_state})"


def _varied_items(framework: Framework, member_state: str, index: int) -> dict[str, str]:
    """A full draft's items, with this Member State's own figures and open requests."""
    from pactdesk.domain.contribution import text_keys
    from pactdesk.testing.samples import full_items, sample_text

    items = full_items(framework)
    # Each Member State writes its own texts (full_items is the same for every draft).
    items.update({key: sample_text(f"{member_state}:{key}") for key in text_keys(framework)})
    factor = 0.55 + 0.06 * index
    for commitment in framework.commitments():
        points = []
        for point in decode_data(items[data_key(commitment.id)]):
            value = point.value if point.value is not None else 0
            harmonised = point.harmonised and index % 4 != 3
            points.append(
                DataPoint(
                    point.indicator,
                    point.period,
                    round(value * factor, 1) if isinstance(value, float) else round(value * factor),
                    point.unit,
                    point.source,
                    harmonised,
                )
            )
        items[data_key(commitment.id)] = encode_rows(tuple(points))
    if member_state in LEAVE_PROMPTS_OPEN:
        for key in _open_prompt_keys(framework):
            items[key] = ""
    return items


def _open_prompt_keys(framework: Framework) -> list[str]:
    with_prompts = [c for c in framework.commitments() if c.prompts][:2]
    return [prompt_key(c.id, c.prompts[0].id) for c in with_prompts]


def _update_items(
    framework: Framework, member_state: str, before: dict[str, str]
) -> dict[str, str]:
    """What a January update changes: two answers rewritten, open requests answered, a figure."""
    from pactdesk.testing.samples import sample_text

    first = next(framework.commitments())
    third_area = framework.areas[2].commitments[0]
    changed = {
        answer_key(first.id, ACTIONS): sample_text(f"update:{member_state}:{first.id}", words=420),
        answer_key(third_area.id, DEVELOPMENTS): sample_text(
            f"update:{member_state}:{third_area.id}", words=380
        ),
        political_key(framework.areas[0].id): sample_text(f"update:{member_state}:political"),
    }
    for key in _open_prompt_keys(framework):
        if not before.get(key, "").strip():
            changed[key] = sample_text(f"update:{member_state}:{key}", words=150)
    points = decode_data(before[data_key(first.id)])
    changed[data_key(first.id)] = encode_rows(
        (
            *points,
            DataPoint(
                points[0].indicator, "2009-07", 4321, points[0].unit, points[0].source, False
            ),
        )
    )
    return changed


def _make_member_state(task: _Task) -> dict[str, str]:
    """One ministry, in its own home: CA, approver, draft, bundle (and update). Runs in a worker."""
    from cryptography.hazmat.primitives.serialization import Encoding

    from pactdesk.frameworks import shipped_framework
    from pactdesk.services import sign_offs
    from pactdesk.services.bundle import write_bundle
    from pactdesk.testing.drafts import create_draft
    from pactdesk.testing.officials import make_ca, make_official, signer_of

    code = task.member_state
    label = f"untrusted-{code}" if task.untrusted else code
    home = task.folder / "homes" / label
    if home.exists():
        shutil.rmtree(home)
    os.environ["PACTDESK_HOME"] = str(home)
    framework = shipped_framework("pact-2010")
    ca = make_ca(f"{_ministry(code)} sign-off CA", organisation=_ministry(code))
    approver = make_official(
        f"Approver {label}",
        organisation=_ministry(code),
        email=f"approver@{label.lower()}.example.eu",
    )
    signer = signer_of(approver)
    out: dict[str, str] = {}
    if task.untrusted:
        trust_copy = task.folder / "untrusted-ca" / f"{code}.pem"
    else:
        trust_copy = task.folder / "trust" / f"{code}.pem"
    trust_copy.parent.mkdir(parents=True, exist_ok=True)
    trust_copy.write_bytes(ca.certificate.public_bytes(Encoding.PEM))

    def one_bundle(member_state: str, items: dict[str, str], name: str) -> Path:
        draft_path = home / f"{name}.pactdesk"
        draft = create_draft(
            draft_path,
            member_state=member_state,
            language=default_language(member_state),
            author=f"Coordinator {member_state}",
            items=items,
        )
        try:
            sign_offs.sign(draft, signer, APPROVER_ROLE)
            target = task.folder / "bundles" / f"{name}.asice"
            write_bundle(draft, target, signer=signer)
        finally:
            draft.close()
        return target

    items = _varied_items(framework, code, task.index)
    if task.untrusted:
        marked = {key: f"{HOSTILE_MARKER} {value}" for key, value in items.items() if "/" in key}
        marked.update({k: v for k, v in items.items() if k.endswith(("/data", "/references"))})
        out["untrusted"] = str(one_bundle(code, marked, f"{code}-2010-untrusted-ca"))
        return out
    draft_path = home / f"{code}-2010.pactdesk"
    draft = create_draft(
        draft_path,
        member_state=code,
        language=task.language,
        author=f"Coordinator {code}",
        items=items,
    )
    try:
        sign_offs.sign(draft, signer, APPROVER_ROLE)
        november = task.folder / "bundles" / f"{code}-2010-november.asice"
        write_bundle(draft, november, signer=signer)
        out["original"] = str(november)
        if task.update:
            draft.save_many(_update_items(framework, code, items), author=f"Coordinator {code}")
            sign_offs.sign(draft, signer, APPROVER_ROLE)
            january = task.folder / "bundles" / f"{code}-2010-january-update.asice"
            write_bundle(
                draft,
                january,
                signer=signer,
                supersedes=november.read_bytes(),
                supersedes_name=november.name,
                trust=[ca.certificate],
            )
            out["update"] = str(january)
    finally:
        draft.close()
    if task.wrong_country:
        claimed = task.wrong_country
        wrong = {key: f"{HOSTILE_MARKER} {value}" for key, value in items.items()}
        wrong.update({k: v for k, v in items.items() if k.endswith(("/data", "/references"))})
        out["wrong-country"] = str(one_bundle(claimed, wrong, f"{claimed}-2010-signed-by-{code}"))
    return out


def replace_member(raw: bytes, name: str, data: bytes) -> bytes:
    """The container with one member's bytes replaced, as a tamperer would rezip it."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as source, zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            member = zipfile.ZipInfo(info.filename)
            member.compress_type = zipfile.ZIP_STORED
            target.writestr(member, data if info.filename == name else source.read(info))
    return buffer.getvalue()


def _tamper(original: Path, target: Path) -> Path:
    """``original`` with one answer of its contribution.json changed after signing."""
    raw = original.read_bytes()
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        document = json.loads(archive.read("contribution.json"))
    document["commitments"][0]["actions_undertaken"] = f"{HOSTILE_MARKER} changed after signing"
    changed = json.dumps(document, ensure_ascii=False, sort_keys=True).encode("utf-8")
    target.write_bytes(replace_member(raw, "contribution.json", changed))
    return target


def make_bundles(
    folder: Path,
    *,
    member_states: Sequence[str] | None = None,
    updates: Iterable[str] = DEFAULT_UPDATES,
    hostile: bool = False,
    workers: int | None = None,
) -> BundleSet:
    """Bundles for ``member_states`` (all of the 2010 cycle by default) under ``folder``.

    ``folder/bundles`` receives the bundles, ``folder/trust`` each ministry's
    CA as ``XX.pem``; ``folder/homes`` the ministries' own key stores (their
    keys and drafts).  Blocks until every bundle is written.
    """
    from pactdesk.frameworks import shipped_framework

    framework = shipped_framework("pact-2010")
    codes = [s.code for s in framework.member_states]
    chosen = list(member_states) if member_states is not None else codes
    wanted_updates = set(updates)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "bundles").mkdir(exist_ok=True)
    tasks = [
        _Task(
            folder,
            code,
            default_language(code),
            codes.index(code),
            code in wanted_updates,
            wrong_country=WRONG_COUNTRY[1] if hostile and code == WRONG_COUNTRY[0] else None,
        )
        for code in chosen
    ]
    if hostile:
        tasks.append(
            _Task(
                folder,
                UNTRUSTED_FOR,
                default_language(UNTRUSTED_FOR),
                codes.index(UNTRUSTED_FOR),
                False,
                untrusted=True,
            )
        )
    # Spawned, not forked: the caller may be a process with Qt's threads running.
    count = workers or min(len(tasks), os.cpu_count() or 1)
    before = os.environ.get("PACTDESK_HOME")
    try:
        if count <= 1:
            results = [_make_member_state(task) for task in tasks]
        else:
            with ProcessPoolExecutor(count, mp_context=get_context("spawn")) as pool:
                results = list(pool.map(_make_member_state, tasks))
    finally:
        if before is None:
            os.environ.pop("PACTDESK_HOME", None)
        else:
            os.environ["PACTDESK_HOME"] = before
    originals: dict[str, Path] = {}
    update_paths: dict[str, Path] = {}
    hostile_paths: dict[str, Path] = {}
    for task, result in zip(tasks, results, strict=True):
        if "original" in result:
            originals[task.member_state] = Path(result["original"])
        if "update" in result:
            update_paths[task.member_state] = Path(result["update"])
        for kind in ("untrusted", "wrong-country"):
            if kind in result:
                hostile_paths[kind] = Path(result[kind])
    if hostile and TAMPERED_FROM in originals:
        hostile_paths["tampered"] = _tamper(
            originals[TAMPERED_FROM], folder / "bundles" / f"{TAMPERED_FROM}-2010-tampered.asice"
        )
    return BundleSet(folder, folder / "trust", originals, update_paths, hostile_paths)
