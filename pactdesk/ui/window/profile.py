"""Who is writing (the profile asked at the first start) and the language of the window."""

from __future__ import annotations

from pactdesk import settings as settings_module
from pactdesk.ui.i18n import member_state_name, sorted_by_name
from pactdesk.ui.window.base import WindowBase


class ProfileAndLanguage(WindowBase):
    """The author's profile and the window's language."""

    def author(self) -> str:
        return settings_module.default_author(self.settings.profile.name or None)

    def ensure_profile(self) -> None:
        """Ask for the profile once (never in --smoke runs)."""
        if self.smoke or self.settings.profile.complete:
            return
        from pactdesk.ui.dialogs.profile_dialog import ask_profile

        updated = ask_profile(self.settings, member_states=self._member_states(), parent=self)
        if updated is not None:
            self.settings = updated

    def _member_states(self) -> list[tuple[str, str]]:
        from pactdesk import frameworks

        try:
            framework = self.draft.framework if self.draft else frameworks.shipped_framework()
        except frameworks.FrameworkError:
            return []
        named = [(s.code, member_state_name(s.code, s.name)) for s in framework.member_states]
        return sorted_by_name(named, lambda pair: pair[1])

    def edit_profile(self) -> None:
        from pactdesk.ui.dialogs.profile_dialog import ask_profile

        updated = ask_profile(self.settings, member_states=self._member_states(), parent=self)
        if updated is not None:
            self.settings = updated
            if self.editor is not None and self.editor.autosaver is not None:
                self.editor.autosaver.author = self.author()

    def choose_language(self) -> None:
        """View › Language of the window: saved now, used from the next start."""
        from pactdesk.ui.dialogs.language_dialog import ask_language

        updated = ask_language(self.settings, parent=self)
        if updated is not None:
            self.settings = updated
