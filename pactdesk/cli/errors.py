"""The one place that turns the core's refusals into exit codes and first lines.

A service refuses bad input by raising one of its error types, whose
``str()`` (or ``summary``) is one sentence for the person.  :func:`exit_code`
maps each type to the exit code of the command line's conventions (README,
"The command line": 2, the input or the call was bad, nothing written);
:func:`pactdesk.cli.main` applies it to whatever a handler lets through, so
a handler catches nothing it only passes on.  :func:`refusing` adds a
handler's closing words ("Nothing was signed.") or a different code where a
refusal is a check that came out negative (1).  Files the user named are
read with :func:`pactdesk.fileio.read_input` (one reader, limits first),
whose :class:`~pactdesk.fileio.InputError` is mapped here like any refusal.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from pactdesk.cli import CommandError

#: An error type and its exit code, or a function of the error that says it.
Codes = Sequence[tuple[type[BaseException], int | Callable[[BaseException], int]]]


def _codes() -> Codes:
    # Imported when something went wrong, so that ``pactdesk --help`` stays fast.
    from pactdesk.container import ContainerError
    from pactdesk.domain.fields import UnknownNameError
    from pactdesk.domain.limits import TooDeepError
    from pactdesk.domain.sign_off import SignOffError
    from pactdesk.export.json_format import ContributionFileError
    from pactdesk.fileio import InputError
    from pactdesk.frameworks import FrameworkError
    from pactdesk.outputs import OutputError
    from pactdesk.services.bundle import BundleRefused
    from pactdesk.services.compile import CompileInputError
    from pactdesk.services.details import DetailsError
    from pactdesk.services.drafts import (
        DraftLockedError,
        DraftNotWritableError,
        DraftTooNewError,
        DraftWriteError,
        LockedItemError,
        NotADraftError,
        ReadOnlyDraftError,
        TextRefusedError,
        UnknownItemError,
    )
    from pactdesk.services.exchange import ExchangeError
    from pactdesk.services.exchange_package import PackageError
    from pactdesk.services.identities import KeyStoreError, PassphraseUnavailable
    from pactdesk.services.review import ReviewError
    from pactdesk.services.sign_requests import RequestFileError
    from pactdesk.services.verify import TrustFileError
    from pactdesk.services.word import WordError
    from pactdesk.services.workbook import WorkbookError

    return (
        (FileNotFoundError, 2),  # a draft or an input that is not there
        (InputError, 2),  # a named file that cannot be read, or is far too large
        (TooDeepError, 2),  # JSON nested deeper than any PactDesk file
        (DraftNotWritableError, 2),  # a read-only disk, no permission, a full disk
        (DraftWriteError, 2),  # a save the disk refused, rolled back
        (OutputError, 2),  # a file the user named cannot be written there
        (NotADraftError, 2),
        (DraftTooNewError, 2),
        (DraftLockedError, 2),  # another PactDesk has the draft open for writing
        (ReadOnlyDraftError, 2),  # a change to a draft opened read-only
        (UnknownItemError, 2),  # an item the draft's framework does not have
        (UnknownNameError, 2),  # an ITEM or FIELD name the framework does not have
        (LockedItemError, 2),  # an item a contributor's draft holds read-only
        (TextRefusedError, 2),  # a text with a control character no export can carry
        (TrustFileError, 2),  # a --trust file that is not a certificate
        (ContributionFileError, 2),  # a contribution file that is not sound (details: where)
        (FrameworkError, 2),  # a framework file that fails its schema (details: where)
        (ContainerError, 2),  # a ZIP that is not a container PactDesk reads
        (WorkbookError, 2),  # a workbook that cannot be imported
        (WordError, 2),  # a Word document that cannot be imported
        (CompileInputError, 2),  # the compile call was bad (trust, inputs)
        (ExchangeError, 2),  # an exchange call or package that is wrong
        (PackageError, 2),  # not an exchange package PactDesk reads
        (ReviewError, 2),  # a comment, review state or revision that does not fit
        (DetailsError, 2),  # a ministry, contact name, e-mail or telephone that does not fit
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


#: A line that already says what was not done ("… Nothing was imported.") gets no suffix.
_SAYS_NOTHING_DONE = re.compile(r"\bnothing was\b", re.IGNORECASE)


@contextmanager
def refusing(suffix: str = "", *, first: Codes = ()) -> Iterator[None]:
    """Turn a refusal inside the block into a :class:`CommandError`, ``suffix`` appended.

    ``suffix`` says what the command did not do ("Nothing was changed."); it is
    left off a line that says so already.  ``first`` maps error types before
    the core's map (a refusal that is a negative check: exit 1).
    """
    try:
        yield
    except CommandError:
        raise
    except Exception as exc:
        code = exit_code(exc, first)
        if code is None:
            raise
        line, details = first_line_and_details(exc)
        if suffix and not _SAYS_NOTHING_DONE.search(line):
            line = f"{line} {suffix}"
        raise CommandError(code, line, details) from exc
