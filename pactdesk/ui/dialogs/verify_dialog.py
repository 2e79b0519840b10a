"""The verify dialog: a desk officer picks a bundle and sees whether it is valid and who signed.

The check itself is :func:`pactdesk.services.verify.verify_bundle`; it runs on
a worker thread (a :class:`QRunnable` on Qt's global pool: it reads only the
bundle file, never a draft, so it need not queue behind draft work), and its
report comes back by a signal to the GUI thread, where the widgets are
filled in.  Nothing is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pactdesk.ui import formats
from pactdesk.ui.i18n import tr

if TYPE_CHECKING:  # the verify service (and cryptography) load when a check starts
    from pactdesk.services.verify import BundleReport

_BOX = "QLabel {{ background: {}; color: {}; border: 1px solid {}; padding: 8px; }}"
VALID_STYLE = _BOX.format("#e3f4e1", "#1d5c1a", "#7fbf7b")
INVALID_STYLE = _BOX.format("#fbe3e1", "#8a1c12", "#d9827a")
UNCHECKED_STYLE = _BOX.format("#fff4d6", "#6b4d00", "#d9b44a")


class _Signals(QObject):
    """The job's way back to the GUI thread (created there, so its slots run there)."""

    done = Signal(object)
    failed = Signal(str)
    progressed = Signal(float, str)


_LIVE: set[_VerifyJob] = set()


class _VerifyJob(QRunnable):
    """Runs on a pool thread: verify one bundle, hand the report back by signal."""

    def __init__(self, path: Path, trust_paths: list[Path]) -> None:
        super().__init__()
        self.signals = _Signals()
        self._path = path
        self._trust_paths = trust_paths

    def run(self) -> None:
        from pactdesk.services.verify import TrustFileError, load_trust_anchors, verify_bundle

        try:
            anchors = load_trust_anchors(self._trust_paths)
            report = verify_bundle(
                self._path,
                trust=anchors,
                progress=lambda f, m: self.signals.progressed.emit(float(f), str(m)),
            )
        except FileNotFoundError as exc:
            self.signals.failed.emit(
                tr("The file {} does not exist.").format(exc.filename or self._path)
            )
        except TrustFileError as exc:
            self.signals.failed.emit(str(exc))
        except OSError as exc:
            self.signals.failed.emit(tr("The file cannot be read: {}.").format(exc.strerror or exc))
        except Exception as exc:  # noqa: BLE001 - one clear line, never a crash
            self.signals.failed.emit(tr("The bundle could not be checked: {}").format(exc))
        else:
            self.signals.done.emit(report)


def role_label(signer: Any) -> str:
    """The role a signature was made in, as its own manifest names it.

    A sign-off names its role (an approver's sign-off on a preview stays
    "approver"); only the final signature over the whole bundle is the
    submitter's.
    """
    role = str(signer.role or "")
    if role and role != "submitter":
        return role
    return tr("submitter") if signer.kind == "submission" else tr("(no role named)")


def _who(signer: Any) -> str:
    return tr("{name} ({role})").format(
        name=signer.name or tr("an unknown signer"), role=role_label(signer)
    )


def plain_words(report: BundleReport) -> list[str]:
    """What the result means, for a desk officer: no file names, no jargon."""
    if report.preview:
        return [
            tr(
                "This file is a preview, made by the Member State to check the contribution "
                "before submitting it. Nobody signed it for submission, so it is not a "
                "contribution the Commission can accept: ask for the signed bundle."
            )
        ]
    out: list[str] = []
    changed = [s for s in report.signers if not s.content_ok]
    broken = [s for s in report.signers if not s.signature_ok]
    untrusted = [s for s in report.signers if s.trusted is False]
    if changed:
        out.append(
            tr(
                "Part of the bundle was changed after it was signed by {who}: what is in it "
                "now is not what was signed. Ask the sender for a fresh copy."
            ).format(who=", ".join(_who(s) for s in changed))
        )
    if broken:
        out.append(
            tr(
                "The signature of {who} does not check out: the file was damaged or altered "
                "after signing."
            ).format(who=", ".join(_who(s) for s in broken))
        )
    if untrusted:
        out.append(
            tr(
                "The certificate of {who} does not come from a CA you trust, or cannot be "
                "used for this signature (expired, or not meant for signing). Check that you "
                "added the ministry's CA certificate the Member State sent you."
            ).format(who=", ".join(_who(s) for s in untrusted))
        )
    if not report.valid and not out:
        out.append(
            tr(
                "The file is not a sound submission bundle, so it cannot be relied on. Ask the "
                "sender for the bundle again; the technical details say what is wrong."
            )
        )
    if report.valid and report.trust_checked:
        out.append(
            tr(
                "Nothing in the bundle changed since it was signed, and every signature comes "
                "from a certificate of a CA you trust."
            )
        )
    elif report.valid:
        out.append(
            tr(
                "Nothing in the bundle changed since it was signed, but who signed it was not "
                "checked: add the ministry's CA certificate (sent to you separately) under "
                "Trusted CA certificates and verify again."
            )
        )
    return out


class VerifyDialog(QDialog):
    """Pick a bundle (and the CA certificates you trust), verify it, read the result."""

    verified = Signal(object)  # the BundleReport, for whoever wants it (and tests)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Verify a submission bundle"))
        self.setObjectName("verifyDialog")
        self.resize(860, 600)
        self.report: BundleReport | None = None
        self._job: _VerifyJob | None = None

        layout = QVBoxLayout(self)

        row = QHBoxLayout()
        bundle_label = QLabel(tr("&Bundle:"))
        self.bundle_edit = QLineEdit()
        self.bundle_edit.setPlaceholderText(tr("The .asice file you received"))
        self.bundle_edit.setAccessibleName(tr("Bundle file"))
        bundle_label.setBuddy(self.bundle_edit)
        self.browse_button = QPushButton(tr("C&hoose…"))
        self.browse_button.setAccessibleName(tr("Choose the bundle file"))
        self.browse_button.clicked.connect(self._choose_bundle)
        row.addWidget(bundle_label)
        row.addWidget(self.bundle_edit, 1)
        row.addWidget(self.browse_button)
        layout.addLayout(row)

        trust_row = QHBoxLayout()
        trust_label = QLabel(tr("&Trusted CA certificates:"))
        self.trust_list = QListWidget()
        self.trust_list.setAccessibleName(tr("Trusted CA certificates"))
        self.trust_list.setMaximumHeight(70)
        trust_label.setBuddy(self.trust_list)
        buttons = QVBoxLayout()
        self.add_trust_button = QPushButton(tr("&Add…"))
        self.add_trust_button.setAccessibleName(tr("Add a trusted CA certificate"))
        self.add_trust_button.clicked.connect(self._choose_trust)
        self.remove_trust_button = QPushButton(tr("&Remove"))
        self.remove_trust_button.setAccessibleName(tr("Remove the selected CA certificate"))
        self.remove_trust_button.clicked.connect(self._remove_trust)
        buttons.addWidget(self.add_trust_button)
        buttons.addWidget(self.remove_trust_button)
        trust_row.addWidget(trust_label)
        trust_row.addWidget(self.trust_list, 1)
        trust_row.addLayout(buttons)
        layout.addLayout(trust_row)

        action_row = QHBoxLayout()
        self.verify_button = QPushButton(tr("&Verify"))
        self.verify_button.setAccessibleName(tr("Verify the bundle"))
        self.verify_button.setDefault(True)
        self.verify_button.clicked.connect(self.start)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(tr("Progress of the check"))
        self.progress.setVisible(False)
        action_row.addWidget(self.verify_button)
        action_row.addWidget(self.progress, 1)
        action_row.addStretch(0)
        self.verify_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout.addLayout(action_row)

        self.verdict = QLabel(tr("Choose a bundle, then press Verify."))
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(tr("Result"))
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.verdict.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.verdict.setFont(font)
        self.verdict.setMinimumHeight(self.verdict.fontMetrics().height() * 2 + 20)
        layout.addWidget(self.verdict)

        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(tr("About the contribution"))
        layout.addWidget(self.summary)

        self.explanation = QLabel("")
        self.explanation.setWordWrap(True)
        self.explanation.setAccessibleName(tr("What the result means"))
        layout.addWidget(self.explanation)

        signers_label = QLabel(tr("&Signatures, in the order they were made:"))
        self.signers = QTableWidget(0, 7)
        self.signers.setHorizontalHeaderLabels(
            [
                tr("Who"),
                tr("Role"),
                tr("Signed at"),
                tr("Revision"),
                tr("Signature"),
                tr("Signed files"),
                tr("Identity"),
            ]
        )
        self.signers.setAccessibleName(tr("Signatures"))
        self.signers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.signers.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.signers.verticalHeader().setVisible(False)
        header = self.signers.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 7):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        signers_label.setBuddy(self.signers)
        layout.addWidget(signers_label)
        layout.addWidget(self.signers, 2)

        # Plain words first; the checker's own (technical) wording one click away.
        self.details_button = QPushButton(tr("Technical &details"))
        self.details_button.setCheckable(True)
        self.details_button.setAccessibleName(tr("Show the technical details of the check"))
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(tr("Details of the check"))
        self.details.setVisible(False)
        self.details_button.toggled.connect(self.details.setVisible)
        self.details_button.setVisible(False)
        layout.addWidget(self.details_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details, 1)

        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    # -- choosing files

    def trust_paths(self) -> list[Path]:
        return [Path(self.trust_list.item(i).text()) for i in range(self.trust_list.count())]

    def add_trust(self, path: Path) -> None:
        if str(path) not in [str(p) for p in self.trust_paths()]:
            self.trust_list.addItem(str(path))

    @Slot()
    def _choose_bundle(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr("Choose a bundle"),
            "",
            tr("Submission bundles (*.asice *.sce *.zip);;All files (*)"),
        )
        if name:
            self.bundle_edit.setText(name)

    @Slot()
    def _choose_trust(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            tr("Choose CA certificates you trust"),
            "",
            tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"),
        )
        for name in names:
            self.add_trust(Path(name))

    @Slot()
    def _remove_trust(self) -> None:
        for item in self.trust_list.selectedItems():
            self.trust_list.takeItem(self.trust_list.row(item))

    # -- running the check

    def verify_path(self, path: Path, trust: list[Path] | None = None) -> None:
        """Set the bundle (and trusted CAs) and start the check."""
        self.bundle_edit.setText(str(path))
        for item in trust or []:
            self.add_trust(item)
        self.start()

    @Slot()
    def start(self) -> None:
        text = self.bundle_edit.text().strip()
        if not text:
            self._show_error(tr("Choose a bundle first."))
            return
        self.verify_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.verdict.setStyleSheet("")
        self.verdict.setText(tr("Checking…"))
        self.signers.setRowCount(0)
        self.details.clear()
        self.explanation.clear()
        job = _VerifyJob(Path(text), self.trust_paths())
        # The job outlives this dialog if the dialog is closed while it runs.
        _LIVE.add(job)
        job.signals.done.connect(lambda _report: _LIVE.discard(job))
        job.signals.failed.connect(lambda _message: _LIVE.discard(job))
        job.signals.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        job.signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        job.signals.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._job = job
        job.setAutoDelete(False)
        QThreadPool.globalInstance().start(job)

    def busy(self) -> bool:
        return not self.verify_button.isEnabled()

    @Slot(float, str)
    def _on_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 100))
        self.progress.setFormat(message)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._finish()
        self._show_error(message)

    def _show_error(self, message: str) -> None:
        self.verdict.setStyleSheet(INVALID_STYLE)
        self.verdict.setText(message)

    def _finish(self) -> None:
        self.verify_button.setEnabled(True)
        self.progress.setVisible(False)
        self._job = None

    @Slot(object)
    def _on_done(self, report: Any) -> None:
        self._finish()
        self.show_report(report)
        self.verified.emit(report)

    # -- showing the result

    def show_report(self, report: BundleReport) -> None:
        self.report = report
        if report.valid and report.trust_checked:
            style, mark = VALID_STYLE, "✔"
        elif report.valid:
            style, mark = UNCHECKED_STYLE, "✔"
        else:
            style, mark = INVALID_STYLE, "✘"
        self.verdict.setStyleSheet(style)
        self.verdict.setText(f"{mark} {report.verdict}")
        about = []
        if report.member_state:
            about.append(
                tr("Contribution of {} for the {} cycle, in {}, revision {}.").format(
                    report.member_state, report.cycle, report.language, report.revision
                )
            )
        if report.supersedes:
            about.append(
                tr("It replaces the bundle with SHA-256 {}….").format(report.supersedes[:16])
            )
        if report.pdf_signed_by:
            about.append(tr("The PDF carries {}'s signature.").format(report.pdf_signed_by))
        self.summary.setText(" ".join(about))

        self.signers.setRowCount(len(report.signers))
        for row, signer in enumerate(report.signers):
            who = signer.name + (f" — {signer.organisation}" if signer.organisation else "")
            when = formats.datetime_text(signer.signed_at) if signer.signed_at else "—"
            role = role_label(signer)
            revision = "" if signer.revision is None else str(signer.revision)
            state = tr("valid") if signer.signature_ok else tr("NOT valid")
            content = tr("unchanged") if signer.content_ok else tr("CHANGED")
            trust = {None: tr("not checked"), True: tr("trusted"), False: tr("NOT trusted")}[
                signer.trusted
            ]
            for column, text in enumerate((who, role, when, revision, state, content, trust)):
                item = QTableWidgetItem(text)
                tip = signer.problems or (signer.email, signer.issuer)
                item.setToolTip("\n".join(tip))
                self.signers.setItem(row, column, item)

        lines: list[str] = []
        if report.problems:
            lines.append(tr("Why it is not valid:"))
            lines += [f"  • {problem}" for problem in report.problems]
            lines.append("")
        lines += [
            note.replace(
                "(use --trust CA.pem)",
                tr("(add the ministry's CA certificate under Trusted CA certificates)"),
            )
            for note in report.notes
        ]
        lines += list(report.limits)
        lines.append("")
        lines.append(tr("SHA-256 of the bundle: {}").format(report.sha256))
        self.details.setPlainText("\n".join(lines))
        self.explanation.setText("\n".join(plain_words(report)))
        self.details_button.setVisible(True)
