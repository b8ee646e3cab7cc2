"""The Project page's Generation group: server, token, cost rates, overspend margin and first-frame chaining,
each typed or clicked as a user would, one undo step each, and a bad address or token refused."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit

from shotgraph.ui.editors.generation_settings import GenerationSettings


def generation(qtbot, window) -> GenerationSettings:
    window.project_menu.entries["project"].trigger()
    editor = window.project_menu.editor
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor.project_page.generation


def type_into(qtbot, widget: QLineEdit | QAbstractSpinBox, text: str) -> None:
    widget.setFocus()
    line = widget if isinstance(widget, QLineEdit) else widget.lineEdit()
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_the_server_address_is_typed_and_undone_as_one_step(qtbot, window):
    group = generation(qtbot, window)
    server = group.fields["server"].widget
    assert server.text() == "http://127.0.0.1:8188"
    steps = window.bridge.undo_stack.count()
    type_into(qtbot, server, "http://192.168.1.20:8188")
    assert window.project.generation.server == "http://192.168.1.20:8188"
    assert window.bridge.undo_stack.count() == steps + 1
    window.bridge.undo_stack.undo()
    assert window.project.generation.server == "http://127.0.0.1:8188" and server.text() == "http://127.0.0.1:8188"


def test_an_address_that_is_not_http_is_refused_and_the_field_shows_the_old_one(qtbot, window):
    group = generation(qtbot, window)
    server = group.fields["server"].widget
    steps = window.bridge.undo_stack.count()
    type_into(qtbot, server, "192.168.1.20:8188")
    assert window.project.generation.server == "http://127.0.0.1:8188" and server.text() == "http://127.0.0.1:8188"
    assert window.bridge.undo_stack.count() == steps
    assert "not an http:// or https:// address" in window.project_menu.editor.message.text()


def test_the_token_is_masked_and_kept_only_when_it_is_printable_ascii(qtbot, window):
    token = generation(qtbot, window).fields["token"].widget
    assert token.echoMode() == QLineEdit.EchoMode.Password
    type_into(qtbot, token, "sk-Comfy_2026!")
    assert window.project.generation.token == "sk-Comfy_2026!"
    token.setFocus()
    token.selectAll()
    token.insert("密钥")
    qtbot.keyClick(token, Qt.Key.Key_Return)
    assert window.project.generation.token == "sk-Comfy_2026!" and token.text() == "sk-Comfy_2026!"
    assert "ASCII" in window.project_menu.editor.message.text()


def test_rates_and_the_margin_as_a_percentage_are_typed_and_undone(qtbot, window):
    group = generation(qtbot, window)
    type_into(qtbot, group.fields["cost_per_compute_second"].widget, "0.0125")
    type_into(qtbot, group.fields["cost_per_generated_second"].widget, "1.5")
    type_into(qtbot, group.fields["expected_compute_seconds"].widget, "90")
    margin = group.fields["overspend_margin"].widget
    assert margin.value() == 20 and margin.suffix() == " %"
    type_into(qtbot, margin, "35")
    settings = window.project.generation
    assert (settings.cost_per_compute_second, settings.cost_per_generated_second) == (0.0125, 1.5)
    assert (settings.expected_compute_seconds, settings.overspend_margin) == (90, 0.35)
    window.bridge.undo_stack.undo()
    assert window.project.generation.overspend_margin == 0.2 and margin.value() == 20


def test_chaining_the_first_frame_is_one_click_and_one_undo(qtbot, window):
    box = generation(qtbot, window).fields["chain_first_frame"].widget
    assert box.text() == "Chain the first frame to the previous shot's chosen take" and not box.isChecked()
    window.project_menu.editor.project_page.ensureWidgetVisible(box)
    on_the_box = QPoint(8, box.height() // 2)  # a check box takes clicks on its square and words only
    qtbot.waitUntil(lambda: box.visibleRegion().contains(on_the_box))
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=on_the_box)
    assert window.project.generation.chain_first_frame
    window.bridge.undo_stack.undo()
    assert not window.project.generation.chain_first_frame and not box.isChecked()
