"""The window's face of the one passphrase policy: what the person typed in a dialog.

A dialog collects the passphrase (and, where a secure keyring is usable,
the "Remember the passphrase" box) on the GUI thread, then hands a
:class:`TypedAnswers` to :func:`pactdesk.services.identities.open_signer`
(or another call of :mod:`pactdesk.services.identities`) on the worker.  It
is the :class:`~pactdesk.services.passphrases.Asker` of the window, as
:class:`pactdesk.cli.prompts.TerminalAsker` is the command line's: the policy
— variable, keyring, person; kept only when asked — is the services' alone.

It never blocks and never opens a window from the worker: it only answers
with what was typed.  An empty field means "nothing typed" (the keyring's
passphrase is then used, or the person is told to type one).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from pactdesk.services.passphrases import PassphraseUnavailable


@dataclass(frozen=True)
class TypedAnswers:
    """Passphrases typed in a dialog, by what the prompt asks for, and the remember box."""

    existing_by_prompt: Mapping[str, str] = field(default_factory=dict, repr=False)
    new_passphrase: str = field(default="", repr=False)
    keep: bool = False
    #: Only what starts with this is kept when ``keep`` (the box names one passphrase:
    #: making an identity with the CA here must not keep the CA's passphrase too).
    keep_only: str = ""

    @classmethod
    def one(cls, passphrase: str, *, keep: bool) -> TypedAnswers:
        """One typed passphrase for whichever existing key is opened."""
        return cls({"": passphrase}, keep=keep)

    def existing(self, prompt: str, *, again: bool) -> str | None:
        if again:  # a dialog asks once; a wrong passphrase is said and typed again there
            return None
        for key, value in self.existing_by_prompt.items():
            if (key == "" or prompt.startswith(key)) and value:
                return value
        # Nothing typed and nothing in the keyring: say which passphrase is wanted.
        wanted = prompt.strip().rstrip(":").strip()
        raise PassphraseUnavailable(f"Type the {wanted[:1].lower()}{wanted[1:]}.")

    def new(self, prompt: str) -> str | None:
        return self.new_passphrase or None

    def remember(self, what: str) -> bool:
        return self.keep and what.startswith(self.keep_only)

    def notice(self, text: str) -> None:
        """The dialog says so itself, beside the passphrase field."""
