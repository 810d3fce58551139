"""Answering the question a dialog asks before it throws away what was typed (asked window-modal, on screen)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox


def answer(holder, button: QMessageBox.StandardButton, asked: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Click `button` on the question `holder` (a form dialog or the wizard) is asking now; No must be the
    default, so that Enter keeps what was typed. The question's text is added to `asked`."""
    box = holder.active_question
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    asked.append(box.text())
    box.button(button).click()
