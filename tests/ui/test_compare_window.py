"""The Compare contributions window: a folder of bundles in, the grid, side by side, filters.

Driven as a desk officer would: buttons clicked, a folder dropped, keys
pressed; what is checked is what the window shows.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from pactdesk.frameworks import shipped_framework
from pactdesk.services.compile import compile_bundles, load_trust
from pactdesk.testing.bundles import BundleSet
from tests.compile_support import session_bundles

pytestmark = pytest.mark.timeout(900)  # the session's bundles may be made here
WAIT_MS = 180_000  # 30 bundles verified in worker processes on a shared machine


@pytest.fixture(scope="module")
def bundles(tmp_path_factory: pytest.TempPathFactory) -> BundleSet:
    return session_bundles(tmp_path_factory)


@pytest.fixture
def window(qtbot, bundles: BundleSet):
    from pactdesk.ui.compare.window import CompareWindow

    win = CompareWindow(trust_dir=bundles.trust_dir)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    win.cancel()
    if win.side_by_side is not None:
        win.side_by_side.close()


def _click_tab(qtbot, window, index: int) -> None:
    bar = window.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert window.tabs.currentIndex() == index


def _loaded(window) -> bool:
    return window.compilation is not None and not window.busy()


def test_the_grid_models_pass_the_model_tester(qtmodeltester, bundles: BundleSet) -> None:
    from pactdesk.ui.compare.models import DataModel, GridFilter, GridModel, data_index

    framework = shipped_framework()
    trust = load_trust(
        trust_dir=bundles.trust_dir,
        trust=[],
        member_states=[s.code for s in framework.member_states],
    )
    compilation = compile_bundles(bundles.valid, trust, framework=framework)
    model = GridModel()
    model.set_compilation(compilation)
    assert (model.rowCount(), model.columnCount()) == (36, 27)
    qtmodeltester.check(model)
    proxy = GridFilter()
    proxy.setSourceModel(model)
    proxy.set_changed(True)
    qtmodeltester.check(proxy)
    data = DataModel()
    data.set_rows(next(iter(data_index(compilation).values())))
    qtmodeltester.check(data)


def test_load_a_folder_open_side_by_side_and_filter_to_the_changed(
    qtbot, window, bundles: BundleSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = bundles.folder / "bundles"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    qtbot.mouseClick(window.add_folder_button, Qt.MouseButton.LeftButton)
    assert window.progress.isVisible() and window.cancel_button.isVisible()
    qtbot.waitUntil(lambda: _loaded(window), timeout=WAIT_MS)
    grid = window.grid
    assert grid.model().rowCount() == 36 and grid.model().columnCount() == 27
    status = window.status.text()
    assert "27 contributions" in status and "3 rejected" in status
    assert "IT-2010-tampered.asice" in status
    # What the Bundles tab says: which CA each bundle was checked against.
    bundles_text = window.bundles_text.toPlainText()
    assert "checked against PL.pem" in bundles_text
    assert "Rejected: DE-2010-signed-by-FR.asice" in bundles_text

    # Click PL's cell of I.a, and press Enter: the answers side by side.
    model = grid.model()
    pl = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(27)].index("PL\npl")
    index = model.index(0, pl)
    grid.scrollTo(index)
    qtbot.mouseClick(
        grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.visualRect(index).center()
    )
    assert grid.currentIndex() == index
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    view = window.side_by_side
    assert view is not None and view.isVisible()
    assert view.commitment_id == "I.a"
    shown = view.shown_states()
    assert "PL" in shown and len(shown) == 3  # PL and its neighbours in the grid
    column = view.column("PL")
    assert column is not None and column.locale().name().startswith("pl")
    text = column.toPlainText()
    assert "Polski (pl)" in text and "changed in the update" in text
    compiled = window.compilation
    assert compiled.member("PL").contribution.commitment("I.a").actions_undertaken[:60] in text
    assert "The Commission asks:" in view.intro.toPlainText()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not view.isVisible()

    # Only the commitments the January updates changed.
    qtbot.mouseClick(window.changed_filter, Qt.MouseButton.LeftButton)
    assert window.changed_filter.isChecked()
    ids = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert ids == ["I.a", "I.b", "III.a"]
    changed = model.index(0, pl).data(Qt.ItemDataRole.DisplayRole)
    assert changed.endswith("Δ")


def test_a_folder_dropped_on_the_window_is_loaded(qtbot, window, bundles: BundleSet) -> None:
    folder = bundles.folder / "bundles"
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        QPoint(200, 200), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(200, 200), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, drop)
    qtbot.waitUntil(lambda: _loaded(window), timeout=WAIT_MS)
    assert window.grid.model().columnCount() == 27
    # The data tab: a table and a chart of one indicator across Member States.
    _click_tab(qtbot, window, 2)
    assert window.data_model.rowCount() == 27
    kinds = {window.data_model.index(r, 3).data() for r in range(27)}
    assert kinds == {"harmonised", "not comparable"} or kinds == {"not comparable"}
    assert "27 Member States" in window.chart.accessibleDescription()
    # The political assessments of an area, side by side.
    _click_tab(qtbot, window, 1)
    qtbot.mouseClick(window.political_button, Qt.MouseButton.LeftButton)
    view = window.side_by_side
    assert view is not None and view.isVisible() and view.area_id == "I"
    first = window.compilation.included[0]
    column = view.column(first.member_state)
    assert column is not None
    assert first.contribution.assessment("I")[:50] in column.toPlainText()


def test_cancel_stops_the_verification(
    qtbot, window, bundles: BundleSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", lambda *a, **k: str(bundles.folder / "bundles")
    )
    qtbot.mouseClick(window.add_folder_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.busy(), timeout=WAIT_MS)
    assert window.compilation is None
    assert window.status.text() == "Cancelled."


def test_file_menu_opens_the_window(qtbot, make_window) -> None:
    main = make_window()
    action = main.compare_action
    assert action.isEnabled() and "Compare" in action.text()
    file_menu = main.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
    bar = main.menuBar()
    qtbot.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(bar.actions()[0]).center()
    )
    qtbot.waitUntil(file_menu.isVisible)
    qtbot.mouseClick(
        file_menu, Qt.MouseButton.LeftButton, pos=file_menu.actionGeometry(action).center()
    )
    qtbot.waitUntil(lambda: getattr(main, "compare_window", None) is not None)
    compare = main.compare_window
    qtbot.waitUntil(compare.isVisible)
    assert compare.windowTitle().startswith("Compare contributions")
    compare.close()
