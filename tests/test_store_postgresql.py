"""The store on a real PostgreSQL server: migrations to head, one contribution round-tripped.

The first step of the team store: the same services (:class:`Draft`, the
sign-off service) on a database on a server instead of the draft file.
"""

from __future__ import annotations

import sqlalchemy as sa

from pactdesk.db import store
from pactdesk.domain.contribution import (
    answer_key,
    data_key,
    decode_data,
    encode_rows,
    political_key,
    prompt_key,
    references_key,
)
from pactdesk.frameworks import shipped_framework, shipped_framework_bytes
from pactdesk.services import sign_off_roles, sign_offs
from pactdesk.services.drafts import Draft
from pactdesk.services.interchange import canonical_json
from pactdesk.signing import keys
from pactdesk.testing.samples import full_items, sample_data, sample_references
from tests.signing_support import make_ca, make_official


def test_the_migrations_run_to_head_on_postgresql(postgresql_server) -> None:  # type: ignore[no-untyped-def]
    engine = sa.create_engine(postgresql_server.create_database("migrations"))
    try:
        assert store.current_revision(engine) is None
        store.migrate(engine)
        assert store.current_revision(engine) == store.HEAD_REVISION
        tables = set(sa.inspect(engine).get_table_names())
        assert {"meta", "item", "event", "sign_off", "sign_off_role"} <= tables
        with engine.connect() as conn:
            assert conn.scalar(sa.select(sa.func.version())).startswith("PostgreSQL")
    finally:
        engine.dispose()


def test_a_contribution_round_trips_through_postgresql(postgresql_server) -> None:  # type: ignore[no-untyped-def]
    url = postgresql_server.create_database("round_trip")
    framework = shipped_framework("pact-2010")
    commitment = next(framework.commitments())
    prompted = next(c for c in framework.commitments() if c.prompts)
    prompt = prompted.prompts[0]
    # Every kind of answer, in several scripts: assessments, the two answers of
    # a commitment, a prompt's answer, data points (numbers), references.
    answers = full_items(framework, words=60)
    answers[political_key(framework.areas[0].id)] = "Ocena: zażółć gęślą jaźń — αβγ жщ"
    answers[answer_key(commitment.id, "actions_undertaken")] = (
        "Ustawa weszła w życie.\n\nDrugi akapit."
    )
    answers[prompt_key(prompted.id, prompt.id)] = "Odpowiedź na pytanie dodatkowe"
    answers[data_key(commitment.id)] = encode_rows(sample_data(commitment.id))
    answers[references_key(commitment.id)] = encode_rows(sample_references(commitment.id))

    written = Draft.create_at(
        url,
        framework=framework,
        framework_raw=shipped_framework_bytes("pact-2010"),
        member_state="PL",
        cycle=framework.cycle,
        language="pl",
        author="Zofia Żółkiewska",
    )
    try:
        saved = written.save_many(answers, author="Zofia Żółkiewska", source="test")
        assert saved.head.revision == len(answers)
        expected = written.contribution()
        expected_json = canonical_json(written)
        head = written.head()
    finally:
        written.close()

    read = Draft.open_at(url)
    try:
        assert read.info.store_name.startswith("postgresql+psycopg://postgres@127.0.0.1")
        assert read.info.path is None and read.info.member_state == "PL"
        assert read.framework.sha256 == framework.sha256
        got = read.contribution()
        # The same contribution, as DESIGN.md defines it: item by item.
        assert got.political_report == expected.political_report
        for ours, theirs in zip(got.commitments, expected.commitments, strict=True):
            assert ours == theirs
        data = got.commitment(commitment.id).data
        assert data == decode_data(answers[data_key(commitment.id)])
        assert all(isinstance(point.value, int | float | None) for point in data)
        assert got == expected
        assert read.head() == head
        assert canonical_json(read) == expected_json
        assert read.check_history() == []
        assert [e.seq for e in read.events()] == list(range(1, len(answers) + 1))
        # The migration's default role, and a sign-off (bytes in, the same bytes out).
        assert [r.name for r in sign_off_roles.sign_off_roles(read)] == ["approver"]
        make_ca()
        official = make_official("Jan Kowalski")
        made = sign_offs.sign(read, keys.load_signer(official.id, official.passphrase), "approver")
        [stored] = sign_offs.list_sign_offs(read)
        assert stored.holds and stored.signature == made.signature
        assert sign_offs.required_sign_offs_hold(read)
        read.save(answer_key(commitment.id, "developments_planned"), "Zmiana", author="Jan")
        assert not sign_offs.required_sign_offs_hold(read)
        # Two writers on the same database take turns: one unbroken history.
        other = Draft.open_at(url)
        try:
            key = answer_key(commitment.id, "developments_planned")
            for i in range(3):
                read.save(key, f"Jan {i}", author="Jan")
                other.save(key, f"Ewa {i}", author="Ewa")
            assert other.value(key) == read.value(key) == "Ewa 2"
            assert read.check_history() == [] and other.check_history() == []
            assert read.snapshot().head == other.snapshot().head == read.head() == other.head()
        finally:
            other.close()
    finally:
        read.close()
