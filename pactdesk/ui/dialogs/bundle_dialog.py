"""Make the submission bundle: the signed file the Commission receives, or a preview of it.

What ``pactdesk bundle DRAFT OUT.asice --identity ID [--preview]
[--supersedes OLD.asice]`` does, in the window: choose where, whether it is
only a preview (unsigned, marked PREVIEW, made whatever the state) or the
real submission (signed by the submitter), and whether it replaces an
earlier submission.  The work is
:func:`pactdesk.services.bundle.write_bundle` on the window's worker, with
progress and Cancel; the submitter's key is opened by the one opener
(:func:`pactdesk.services.identities.open_signer`).  A refusal names what
stands in the way (the errors by name, the missing sign-offs); when it is
done the dialog says so and offers "Show in folder".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pactdesk.services import identities
from pactdesk.services.bundle import BundleRefused, BundleResult, Cancelled, write_bundle
from pactdesk.services.drafts import Draft
from pactdesk.ui.dialogs.signing_widgets import (
    FileField,
    Outcome,
    SignerFields,
    error_text,
    run_job,
)
from pactdesk.ui.i18n import tr
from pactdesk.ui.tasks import BackgroundTask

BUNDLE_FILES = "Submission bundles (*.asice);;All files (*)"
#: How many reasons the refusal names in its message (all are in the details).
NAMED = 6


class BundleDialog(QDialog):
    """Make the signed submission bundle (or a preview), with progress and Show in folder."""

    def __init__(self, draft: Draft, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.result_value: BundleResult | None = None
        self._task: BackgroundTask | None = None
        self.setWindowTitle(tr("Make the submission bundle"))
        self.setObjectName("bundleDialog")
        self.resize(680, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "The bundle is the file you submit to the Commission: the contribution as "
                "JSON, workbook and PDF, every sign-off, and your signature as submitter. It "
                "can be made once every required sign-off holds and no error remains."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.file = FileField(
            tr("&Save as:"),
            accessible=tr("Where to save the bundle"),
            filters=tr(BUNDLE_FILES),
            save=True,
        )
        info = draft.info
        self.file.set_path(Path.home() / f"{info.member_state}-{info.cycle}-contribution.asice")
        layout.addWidget(self.file)
        self.preview = QCheckBox(
            tr("Only a &preview to check (unsigned, marked PREVIEW; it cannot be submitted)")
        )
        self.preview.setAccessibleName(tr("Only a preview"))
        layout.addWidget(self.preview)
        self.replaces = QCheckBox(tr("This &replaces an earlier submission"))
        self.replaces.setAccessibleName(tr("This replaces an earlier submission"))
        layout.addWidget(self.replaces)
        self.old_file = FileField(
            tr("The &earlier bundle:"),
            accessible=tr("The earlier bundle this one replaces"),
            filters=tr(BUNDLE_FILES),
        )
        layout.addWidget(self.old_file)
        self.signer_fields = SignerFields(self, label=tr("Submitted &by:"))
        layout.addWidget(self.signer_fields)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(tr("Progress of the bundle"))
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.outcome = Outcome(self)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.make_button = self.buttons.addButton(
            tr("&Make the bundle"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.make_button.setAccessibleName(tr("Make the bundle"))
        self.make_button.setDefault(True)
        self.cancel_button = QPushButton(tr("S&top"))
        self.cancel_button.setAccessibleName(tr("Stop making the bundle"))
        self.cancel_button.setEnabled(False)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.make_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.buttons)
        for signal in (
            self.preview.toggled,
            self.replaces.toggled,
            self.file.changed,
            self.old_file.changed,
            self.signer_fields.changed,
        ):
            signal.connect(self._update)
        self._update()

    def running(self) -> bool:
        return self._task is not None

    def _update(self) -> None:
        preview = self.preview.isChecked()
        self.signer_fields.setVisible(not preview)
        self.old_file.setVisible(self.replaces.isChecked())
        ready = (
            not self.running()
            and self.file.path() is not None
            and (preview or self.signer_fields.complete())
            and (not self.replaces.isChecked() or self.old_file.path() is not None)
        )
        self.make_button.setEnabled(ready)

    def start(self) -> None:
        target = self.file.path()
        if target is None or self.running():
            return
        preview = self.preview.isChecked()
        old_path = self.old_file.path() if self.replaces.isChecked() else None
        identity_id = self.signer_fields.identity_id()
        asker = self.signer_fields.asker()
        draft = self.draft

        def work(progress: Any, cancelled: Any) -> BundleResult:
            old = old_path.read_bytes() if old_path is not None else None
            signer = None
            if not preview and identity_id is not None:
                signer = identities.open_signer(identity_id, asker=asker)
            return write_bundle(
                draft,
                target,
                signer=signer,
                preview=preview,
                supersedes=old,
                supersedes_name=old_path.name if old_path is not None else "the old bundle",
                progress=progress,
                cancelled=cancelled,
            )

        self.outcome.busy(tr("Making the bundle…"))
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setEnabled(True)
        self._task = run_job(
            work,
            on_done=lambda result: self._done(result, target),
            on_error=self._refused,
            on_progress=self._progressed,
            parent=self,
        )
        self._update()

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

    def _progressed(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 100))
        self.progress.setFormat(tr(message) + " — %p%")

    def _finish(self) -> None:
        self._task = None
        self.progress.setVisible(False)
        self.cancel_button.setEnabled(False)
        self.signer_fields.after_use(ok=True)
        self._update()

    def _done(self, result: BundleResult, target: Path) -> None:
        self._finish()
        self.result_value = result
        if result.preview:
            text = tr(
                "Made a PREVIEW in {path}: unsigned and marked PREVIEW, to check the "
                "contribution; it cannot be submitted."
            ).format(path=target)
        else:
            text = tr(
                "Made the submission bundle in {path}: revision {revision}, %n sign-off(s) "
                "and your signature. Submit this file, and give the recipients the CA's "
                "certificate separately.",
                "",
                result.sign_offs,
            ).format(path=target, revision=result.revision)
            if result.supersedes:
                text += " " + tr("It replaces the earlier submission.")
        self.outcome.done(text, written=target, details=[f"SHA-256 {result.sha256}"])

    def _refused(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, Cancelled):
            self.outcome.refused(tr("Stopped; no bundle was written."))
            return
        if isinstance(exc, BundleRefused):
            named = [f"• {line}" for line in exc.details[:NAMED]]
            more = len(exc.details) - NAMED
            if more > 0:
                named.append(tr("… and {count} more (see the details).").format(count=more))
            why = exc.summary[:1].upper() + exc.summary[1:]
            text = "\n".join([f"{why}.", *named])
            self.outcome.refused(text + "\n" + tr("Nothing was written."), exc.details)
            return
        self.outcome.refused(error_text(exc) + " " + tr("Nothing was written."))
