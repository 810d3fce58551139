"""First-run setup: language at once, country, children; skippable; never shown again once done."""

from __future__ import annotations

from notalone_desktop.ui.dialogs.first_run import FirstRunWizard


def test_wizard_sets_up_the_family(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    wizard = FirstRunWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.language_page
    page.language.setCurrentIndex(page.language.findData("vi"))
    page.language.activated.emit(page.language.currentIndex())
    assert context.language == "vi"
    # The wizard itself switches language (LanguageChange arrives through the event loop).
    qtbot.waitUntil(lambda: wizard.language_page.title() == "Chào mừng" or wizard.language_page.title() != "Welcome")
    assert wizard.windowTitle() != "Welcome to Not Alone"
    wizard.next()
    wizard.country_page.country.setCurrentIndex(wizard.country_page.country.findData("ID"))
    wizard.next()
    children = wizard.children_page
    children.add_child()  # empty nickname: refused with a message
    assert children.error.isVisible() and children.children_list.count() == 0
    children.nickname.setText("Putri")
    children.birth_year.setValue(children.birth_year.maximum() - 12)
    children.add_child()
    assert children.children_list.count() == 1 and children.nickname.text() == ""
    wizard.accept()
    info = context.services.family.info()
    assert info.setup_done and info.country == "ID" and info.language == "vi"
    assert [c.nickname for c in context.services.family.children()] == ["Putri"]


def test_skipping_keeps_defaults_and_does_not_ask_again(qtbot, context) -> None:  # type: ignore[no-untyped-def]
    wizard = FirstRunWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.skip()
    assert context.services.family.info().setup_done
    assert context.services.family.children() == []
