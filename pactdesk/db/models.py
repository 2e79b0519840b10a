"""Tables of a draft store (a ``.pactdesk`` file, or a PostgreSQL database).

The migrations in ``migrations/versions`` create these tables; the models
here declare them once, typed, and every query of the services is built from
them (:mod:`pactdesk.db.repository`).  ``create_all`` is never used: a new
store is migrated from empty, so migrations run on every test that makes a
draft, and ``tests/test_store_schema.py`` checks that models and migrations
agree.

No ``from __future__ import annotations`` here: SQLAlchemy would then have
to evaluate every ``Mapped[...]`` string, which costs a few milliseconds
while the window opens a draft.
"""

from sqlalchemy import Boolean, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


class Meta(Base):
    """Key/value facts about the draft: id, Member State, cycle, language."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class FrameworkCopy(Base):
    """The exact bytes of the framework the draft was made from."""

    __tablename__ = "framework_copy"
    framework_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(LargeBinary)


class Item(Base):
    """The current value of one item (see ``domain.contribution`` for the keys)."""

    __tablename__ = "item"
    key: Mapped[str] = mapped_column(String(256), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    revision: Mapped[int] = mapped_column(Integer)


class Event(Base):
    """One change: hash-chained, append-only.

    A merge event (``item`` is ``merge``) carries all its field changes in
    ``changes`` (JSON ``[[item, before, after], …]``) and names both parents
    in ``parents`` (JSON); both are NULL for a plain event.
    """

    __tablename__ = "event"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[str] = mapped_column(String(40))
    author: Mapped[str] = mapped_column(Text)
    item: Mapped[str] = mapped_column(String(256), index=True)
    before: Mapped[str | None] = mapped_column(Text, nullable=True)
    after: Mapped[str | None] = mapped_column(Text, nullable=True)
    source: Mapped[str | None] = mapped_column(Text, nullable=True)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    changes: Mapped[str | None] = mapped_column(Text, nullable=True)
    parents: Mapped[str | None] = mapped_column(Text, nullable=True)


class ExportRecord(Base):
    """Every export, with the history head it carried."""

    __tablename__ = "export_record"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[str] = mapped_column(String(40))
    kind: Mapped[str] = mapped_column(String(32))
    target: Mapped[str] = mapped_column(Text)
    revision: Mapped[int] = mapped_column(Integer)
    head_hash: Mapped[str] = mapped_column(String(64))


class SignOffRole(Base):
    """A sign-off role of this contribution (``approver`` …) and whether it is required."""

    __tablename__ = "sign_off_role"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    required: Mapped[bool] = mapped_column(Boolean)
    position: Mapped[int] = mapped_column(Integer)


class SignOff(Base):
    """One sign-off, kept unchanged: the ASiC manifest and the CAdES signature over it,
    or (``signature_form`` "xades") one XAdES signature file and no manifest.

    ``content_sha256`` is the SHA-256 of the canonical JSON the manifest
    names; the sign-off holds while the draft's canonical JSON still has
    that digest.  ``sequence`` is the sign-off's place in the chain of its
    revision (1, 2, …); each names the previous one's signature.
    """

    __tablename__ = "sign_off"
    __table_args__ = (
        UniqueConstraint("content_sha256", "sequence", name="uq_sign_off_sequence"),
        UniqueConstraint("content_sha256", "role", name="uq_sign_off_role"),
        UniqueConstraint("content_sha256", "identity_id", name="uq_sign_off_identity"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    sequence: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(64))
    identity_id: Mapped[str] = mapped_column(String(64))
    signer_name: Mapped[str] = mapped_column(Text)
    certificate: Mapped[bytes] = mapped_column(LargeBinary)
    revision: Mapped[int] = mapped_column(Integer)
    history_head: Mapped[str] = mapped_column(String(64))
    content_sha256: Mapped[str] = mapped_column(String(64), index=True)
    manifest: Mapped[bytes] = mapped_column(LargeBinary)
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    signature_sha256: Mapped[str] = mapped_column(String(64))
    previous_signature_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    signed_at: Mapped[str] = mapped_column(String(40))
    recorded_at: Mapped[str] = mapped_column(String(40))
    source: Mapped[str] = mapped_column(String(32))
    #: "cades" (an ASiC manifest and a CMS signature) or "xades" (one XML signature file)
    signature_form: Mapped[str] = mapped_column(String(16), server_default="cades")


# -- exchange with other ministries (assignments, packages, conflicts) ---------------


class Assignment(Base):
    """Who writes an item (``II.b``, ``P1.I``): a person and their ministry."""

    __tablename__ = "assignment"
    item: Mapped[str] = mapped_column(String(64), primary_key=True)
    assignee: Mapped[str] = mapped_column(Text)
    ministry: Mapped[str] = mapped_column(Text)
    assigned_at: Mapped[str] = mapped_column(String(40))
    assigned_by: Mapped[str] = mapped_column(Text)


class ExchangeRecord(Base):
    """One exchange package this draft sent, opened from, or imported.

    ``direction`` is ``sent`` (the coordinator exported it), ``opened`` (this
    draft was made from it: ``document`` is the package, kept for the
    return) or ``imported`` (a return merged into this draft).  An imported
    record names both parents of the merge: ``ours_*`` (this draft's head
    before) and ``theirs_*`` (the contributor's head); the merge's events
    are ``first_seq`` … ``last_seq``.
    """

    __tablename__ = "exchange_record"
    __table_args__ = (UniqueConstraint("package_id", "direction", name="uq_exchange_package"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    package_id: Mapped[str] = mapped_column(String(64), index=True)
    direction: Mapped[str] = mapped_column(String(16))
    at: Mapped[str] = mapped_column(String(40))
    author: Mapped[str] = mapped_column(Text)
    assignee: Mapped[str] = mapped_column(Text)
    items: Mapped[str] = mapped_column(Text)
    file_name: Mapped[str] = mapped_column(Text)
    file_sha256: Mapped[str] = mapped_column(String(64))
    sender: Mapped[str] = mapped_column(Text)
    sender_certificate: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    in_reply_to: Mapped[str | None] = mapped_column(String(64), nullable=True)
    ours_revision: Mapped[int | None] = mapped_column(Integer, nullable=True)
    ours_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    theirs_revision: Mapped[int | None] = mapped_column(Integer, nullable=True)
    theirs_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    first_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    last_seq: Mapped[int | None] = mapped_column(Integer, nullable=True)
    changed: Mapped[int] = mapped_column(Integer)
    conflicts: Mapped[int] = mapped_column(Integer)
    document: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class MergeConflict(Base):
    """A field both sides changed: ours stayed in the draft, theirs is kept here until resolved."""

    __tablename__ = "merge_conflict"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    field: Mapped[str] = mapped_column(String(256), index=True)
    key: Mapped[str] = mapped_column(String(256))
    origin: Mapped[str] = mapped_column(Text)
    exchange_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    theirs_author: Mapped[str] = mapped_column(Text)
    base: Mapped[str] = mapped_column(Text)
    ours: Mapped[str] = mapped_column(Text)
    theirs: Mapped[str] = mapped_column(Text)
    details: Mapped[str] = mapped_column(Text)
    opened_at: Mapped[str] = mapped_column(String(40))
    resolved_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    resolution: Mapped[str | None] = mapped_column(String(16), nullable=True)
    resolved_by: Mapped[str | None] = mapped_column(Text, nullable=True)


# -- internal review: comments and review states (never exported) --------------------


class Comment(Base):
    """An internal comment on an item, maybe on one field and a span of its text.

    A reply names the comment it answers (``reply_to``); a thread is resolved
    by resolving its first comment.
    """

    __tablename__ = "comment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    item: Mapped[str] = mapped_column(String(64), index=True)
    field: Mapped[str | None] = mapped_column(String(256), nullable=True)
    span_start: Mapped[int | None] = mapped_column(Integer, nullable=True)
    span_end: Mapped[int | None] = mapped_column(Integer, nullable=True)
    quote: Mapped[str | None] = mapped_column(Text, nullable=True)
    reply_to: Mapped[int | None] = mapped_column(Integer, nullable=True)
    author: Mapped[str] = mapped_column(Text)
    at: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    resolved_at: Mapped[str | None] = mapped_column(String(40), nullable=True)
    resolved_by: Mapped[str | None] = mapped_column(Text, nullable=True)


class ReviewState(Base):
    """Where an item is in its review, who put it there and when (no row: drafting)."""

    __tablename__ = "review_state"
    item: Mapped[str] = mapped_column(String(64), primary_key=True)
    state: Mapped[str] = mapped_column(String(32))
    by: Mapped[str] = mapped_column(Text)
    at: Mapped[str] = mapped_column(String(40))
