"""The one place that turns the core's refusals into exit codes and first lines.

A service refuses bad input by raising one of its error types, whose
``str()`` is one sentence for the person.  :func:`exit_code` maps each type
to the exit code of DESIGN.md's conventions (2: the input or the call was
bad, nothing written); :func:`pactdesk.cli.main` applies it to whatever a
handler lets through, and :func:`refusing` adds a handler's closing words
("Nothing was signed.") or a different code where a refusal is a check
that came out negative (1).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from pactdesk.cli import CommandError

#: An error type and its exit code, or a function of the error that says it.
Codes = Sequence[tuple[type[BaseException], int | Callable[[BaseException], int]]]


def _codes() -> Codes:
    # Imported when something went wrong, so that ``pactdesk --help`` stays fast.
    from pactdesk.domain.sign_off import SignOffError
    from pactdesk.export.json_format import ContributionFileError
    from pactdesk.fileio import InputError
    from pactdesk.frameworks import FrameworkError
    from pactdesk.services.bundle import BundleRefused
    from pactdesk.services.drafts import (
        DraftNotWritableError,
        DraftTooNewError,
        DraftWriteError,
        NotADraftError,
        ReadOnlyDraftError,
    )
    from pactdesk.services.identities import KeyStoreError, PassphraseUnavailable
    from pactdesk.services.sign_requests import RequestFileError
    from pactdesk.services.verify import TrustFileError

    return (
        (FileNotFoundError, 2),  # a draft or an input that is not there
        (InputError, 2),  # a named file that cannot be read, or is far too large
        (DraftNotWritableError, 2),  # a read-only disk, no permission, a full disk
        (DraftWriteError, 2),  # a save the disk refused, rolled back
        (ReadOnlyDraftError, 2),
        (NotADraftError, 2),
        (DraftTooNewError, 2),
        (TrustFileError, 2),  # a --trust file that is not a certificate
        (ContributionFileError, 2),  # a contribution file that is not sound (details: where)
        (FrameworkError, 2),  # a framework file that fails its schema (details: where)
        # The draft's state refuses a bundle (1); a bad --supersedes file is bad input (2).
        (BundleRefused, lambda exc: 2 if getattr(exc, "bad_input", False) else 1),
        (RequestFileError, 2),  # not a sound request or answer file
        (SignOffError, 2),  # a role, an identity or a content that does not fit
        (KeyStoreError, 2),  # an identity, certificate, key or CA problem
        (PassphraseUnavailable, 2),  # no passphrase, or a wrong one
    )


def exit_code(exc: BaseException, first: Codes = ()) -> int | None:
    """The exit code for a refusal, or None when ``exc`` is not one (a bug: let it show)."""
    for kind, code in (*first, *_codes()):
        if isinstance(exc, kind):
            return code(exc) if callable(code) else code
    return None


def first_line_and_details(exc: BaseException) -> tuple[str, list[str]]:
    """An error's one line (its ``summary`` where it has one) and the details under it."""
    summary = getattr(exc, "summary", None)
    details = getattr(exc, "details", None) or []
    return str(summary or exc), [str(line) for line in details]


@contextmanager
def refusing(suffix: str = "", *, first: Codes = ()) -> Iterator[None]:
    """Turn a refusal inside the block into a :class:`CommandError`, ``suffix`` appended."""
    try:
        yield
    except CommandError:
        raise
    except Exception as exc:
        code = exit_code(exc, first)
        if code is None:
            raise
        line, details = first_line_and_details(exc)
        message = f"{line} {suffix}".strip() if suffix else line
        raise CommandError(code, message, details) from exc
