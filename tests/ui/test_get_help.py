"""\u201cGet help now\u201d: the family's pinned people and the country's lines, Copy and Call, first steps, offline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton

from notalone_desktop.ui.dialogs.get_help import GetHelpDialog, panel_for

LEFT = Qt.MouseButton.LeftButton


def open_panel(qtbot, context, situation: str = "") -> GetHelpDialog:  # type: ignore[no-untyped-def]
    dialog = panel_for(context, situation)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def label(dialog: GetHelpDialog, name: str) -> QLabel:
    found = dialog.findChild(QLabel, name)
    assert found is not None, name
    return found


def click(qtbot, dialog: GetHelpDialog, accessible_name: str) -> None:  # type: ignore[no-untyped-def]
    button = dialog.button(accessible_name)
    assert button is not None, (
        f"no button {accessible_name!r}; have {[b.accessibleName() for b in dialog.action_buttons]}"
    )
    qtbot.mouseClick(button, LEFT)


def names(dialog: GetHelpDialog) -> list[str]:
    return [b.accessibleName() for b in dialog.action_buttons]


def test_a_vietnamese_family_sees_its_pinned_people_first_then_111(qtbot, demo_services, context) -> None:  # type: ignore[no-untyped-def]
    context.set_language("vi")
    dialog = open_panel(qtbot, context)
    order = names(dialog)

    def call(what: str) -> str:  # the button's name as the Vietnamese interface says it
        return QCoreApplication.translate("GetHelpDialog", "Call %1").replace("%1", what)

    assert call("111") == "Gọi 111"
    pinned = order.index(call("Bà Hoa 0912 345 678"))
    assert order.index(call("Chú Hùng 024 3825 7111")) > pinned
    assert pinned < order.index(call("111")) < order.index(call("Cô Mai 0903 111 222"))  # others after the lines
    copy = QCoreApplication.translate("GetHelpDialog", "Copy %1").replace("%1", "111")
    assert {call("113"), call("114"), call("115"), copy} <= set(order)
    # Content in the family's language.
    assert "Tổng đài quốc gia bảo vệ trẻ em" in label(dialog, "helpline_vn.child-protection").text()
    assert "113" in label(dialog, "policeLine").text()
    # Every line says, in neutral words, when it was last checked, in the Vietnamese medium date format; only the
    # lines whose details are unconfirmed add a calm note, which names the police number.
    child_line = label(dialog, "helpline_vn.child-protection").text()
    assert "Đã kiểm tra 7 thg 12, 2026" in child_line
    english = "Not confirmed recently. If it does not work, call the police on %1."
    note = QCoreApplication.translate("GetHelpDialog", english)
    assert note != english
    assert note.replace("%1", "113") in label(dialog, "helpline_vn.scam-warning-portal").text()
    assert note.replace("%1", "113") not in child_line
    assert "kiểm tra lại" not in child_line


def test_an_indonesian_family_sees_the_indonesian_lines(qtbot, demo_services, context) -> None:  # type: ignore[no-untyped-def]
    demo_services.family.update(country="ID")
    dialog = open_panel(qtbot, context)
    order = names(dialog)
    assert {"Call 129", "Call 112", "Call 110", "Copy 08111 129 129"} <= set(order)
    assert "Call 111" not in order
    # SAPA's WhatsApp line takes messages, not calls: it can be copied, and says so, but offers no Call.
    assert "Call 08111 129 129" not in order
    assert "WhatsApp messages only" in label(dialog, "helpline_id.sapa-whatsapp").text()
    assert "SAPA" in label(dialog, "helpline_id.sapa-129").text()
    assert "call the police: 110" in label(dialog, "policeLine").text()
    # The family's Vietnamese numbers are now numbers from abroad, shown in international form.
    assert "Call Bà Hoa +84 912 345 678" in order


def test_copy_puts_the_number_on_the_clipboard(qtbot, demo_services, context) -> None:  # type: ignore[no-untyped-def]
    dialog = open_panel(qtbot, context)
    QGuiApplication.clipboard().clear()
    click(qtbot, dialog, "Copy 111")
    assert QGuiApplication.clipboard().text() == "111"
    assert dialog.status_label.text() == "Copied 111."
    click(qtbot, dialog, "Copy Bà Hoa 0912 345 678")
    assert QGuiApplication.clipboard().text() == "0912 345 678"
    click(qtbot, dialog, "Copy https://tinnhiemmang.vn")
    assert QGuiApplication.clipboard().text() == "https://tinnhiemmang.vn"


def test_call_hands_a_tel_url_to_the_phone_app(qtbot, demo_services, context, receiver) -> None:  # type: ignore[no-untyped-def]
    dialog = open_panel(qtbot, context)
    click(qtbot, dialog, "Call 111")
    assert receiver.urls == ["tel:111"]
    click(qtbot, dialog, "Call Bà Hoa 0912 345 678")
    assert receiver.urls[-1] == "tel:+84912345678"
    assert dialog.status_label.text() == "Calling 0912 345 678 with your calling app…"


def test_only_tel_urls_are_handed_to_the_phone_app(qtbot, demo_services, context, receiver) -> None:  # type: ignore[no-untyped-def]
    dialog = open_panel(qtbot, context)
    assert dialog.call("https://example.org", "111") is False
    assert receiver.urls == []


def test_open_asks_first_showing_the_address(qtbot, demo_services, context, receiver) -> None:  # type: ignore[no-untyped-def]
    dialog = open_panel(qtbot, context)
    click(qtbot, dialog, "Open https://tinnhiemmang.vn")
    box = dialog.pending_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "https://tinnhiemmang.vn" in box.informativeText()
    assert receiver.urls == []  # nothing opens before the parent says yes
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert receiver.urls == []

    click(qtbot, dialog, "Open https://tinnhiemmang.vn")
    dialog.pending_box.button(QMessageBox.StandardButton.Open).click()
    assert receiver.urls == ["https://tinnhiemmang.vn"]


def test_opening_the_panel_writes_nothing_and_needs_no_orm(qtbot, demo_services, context) -> None:  # type: ignore[no-untyped-def]
    statements: list[str] = []
    with demo_services.database.read() as connection:  # the services' one connection, for reads and writes
        pass
    connection.set_trace_callback(lambda statement: statements.append(statement.split(None, 1)[0].upper()))
    path = demo_services.database.path
    files = {p.name: p.read_bytes() for p in path.parent.glob("notalone.sqlite3*")}
    try:
        dialog = open_panel(qtbot, context, "sextortion")
        dialog.select_situation("money-lost")
        dialog.refresh()
        dialog.close()
    finally:
        connection.set_trace_callback(None)
    assert statements == []  # read with its own read-only sqlite3: it works before the services are open
    assert {p.name: p.read_bytes() for p in path.parent.glob("notalone.sqlite3*")} == files
    assert dialog.button("Call Bà Hoa 0912 345 678") is not None


def test_it_works_with_nothing_set_up(qtbot, services, context) -> None:  # type: ignore[no-untyped-def]
    services.family.update(country="ZZ")  # a country Not Alone has no numbers for
    dialog = open_panel(qtbot, context)
    assert label(dialog, "noContacts").text() == "No trusted contacts yet. Add them in Contacts, and they appear here."
    assert "no helpline numbers for your country (ZZ)" in label(dialog, "noHelplines").text()
    assert label(dialog, "policeLine").text() == "If someone is in danger right now, call your local police."
    assert "Do not send money" in dialog.calm_label.text()
    assert dialog.action_buttons == []  # nothing to call, nothing broken
    assert dialog.situation_list.count() == 6
    assert "Stay calm and do not send any money" in dialog.steps_label.text()


def test_a_fresh_install_shows_the_default_countrys_lines(qtbot, services, context) -> None:  # type: ignore[no-untyped-def]
    dialog = open_panel(qtbot, context)
    assert label(dialog, "noContacts").isVisible()
    assert dialog.button("Call 111") is not None


def test_the_situation_is_preselected_and_can_be_changed(qtbot, demo_services, context) -> None:  # type: ignore[no-untyped-def]
    dialog = open_panel(qtbot, context, "money-lost")
    assert dialog.current_situation() == "money-lost"
    assert "Call your bank at once" in dialog.steps_label.text()
    row = next(n for n in range(dialog.situation_list.count()) if "threatening" in dialog.situation_list.item(n).text())
    dialog.situation_list.setCurrentRow(row)
    assert dialog.current_situation() == "sextortion"
    assert "Do not pay and do not send anything more." in dialog.steps_label.text()
    assert open_panel(qtbot, context, "no-such-thing").current_situation() == "online-kidnapping"


def test_keyboard_and_screen_readers_reach_every_button(qtbot, demo_services, context) -> None:  # type: ignore[no-untyped-def]
    dialog = open_panel(qtbot, context)
    buttons = dialog.findChildren(QPushButton)
    assert buttons and all(b.accessibleName() for b in buttons)
    assert all(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in buttons)
    assert all(name.split(" ", 1)[0] in ("Call", "Copy", "Open") for name in names(dialog))
    assert dialog.situation_list.accessibleName() == "What happened?"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_type_is_large_and_scales_with_the_system_font(qtbot, demo_services, context) -> None:  # type: ignore[no-untyped-def]
    app = QApplication.instance()
    base = app.font()
    dialog = open_panel(qtbot, context)
    number = next(w for w in dialog.findChildren(QLabel) if w.text() == "111")
    normal = number.font().pointSizeF()
    assert normal >= base.pointSizeF() * 1.5
    bigger = QFont(base)
    bigger.setPointSizeF(base.pointSizeF() * 1.5)  # what 150% text scaling does to the system font
    app.setFont(bigger)
    try:
        scaled = next(w for w in open_panel(qtbot, context).findChildren(QLabel) if w.text() == "111")
        assert scaled.font().pointSizeF() == pytest.approx(normal * 1.5)
    finally:
        app.setFont(base)
