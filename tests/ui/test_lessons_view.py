"""The lessons view: search as you type, a reader that opens nothing by itself and loads nothing from outside
the lesson's folder, and progress that survives a restart."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QColor, QDesktopServices, QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from notalone_desktop.paths import resources_dir
from notalone_desktop.services import Services, open_services
from notalone_desktop.services.content import ContentCatalog
from notalone_desktop.services.lessons import HIGHLIGHT_START
from notalone_desktop.ui.context import AppContext
from notalone_desktop.ui.i18n import Translations
from notalone_desktop.ui.labels import not_translated_marker
from notalone_desktop.ui.main_window import MainWindow
from notalone_desktop.ui.views.lessons import LessonsView
from notalone_desktop.ui.widgets.lesson_browser import SAFE_IMAGE_SCHEME
from notalone_desktop.ui.widgets.lesson_item import KEY_ROLE, META_ROLE, SNIPPET_ROLE, snippet_html

FORBIDDEN_SCHEMES = ("http", "file", "javascript", "data", "mailto", "ftp")
MakeView = Callable[..., LessonsView]  # (services, lang="en") -> a shown LessonsView


class Receiver(QObject):
    """Stands in for the system's browser: QDesktopServices hands it every URL it is asked to open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def browser_stand_in() -> Iterator[Receiver]:
    receiver = Receiver()
    for scheme in ("https", *FORBIDDEN_SCHEMES):
        QDesktopServices.setUrlHandler(scheme, receiver, "open")
    yield receiver
    for scheme in ("https", *FORBIDDEN_SCHEMES):
        QDesktopServices.unsetUrlHandler(scheme)


def _image(path: Path, width: int, height: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(path))


def _lesson_text(key: str, title: str, body: str, related: str) -> str:
    return (
        f'+++\nkey = "{key}"\ntitle = "{title}"\nsummary = "Summary of {key}."\ntopic = "privacy"\n'
        'age_bands = ["13-15"]\nminutes = 6\nversion = 1\nsources = ["https://example.org/source"]\n'
        f"related = [{related}]\n+++\n\n{body}\n"
    )


@pytest.fixture
def content_root(tmp_path: Path) -> Path:
    """Content with the shipped checklists and two lessons: one full of links and pictures (English only),
    one in English and Vietnamese."""
    root = tmp_path / "content"
    shutil.copytree(resources_dir() / "checklists", root / "checklists")
    (root / "scenarios").mkdir()
    item = ContentCatalog(root).checklists.items[0].key
    (root / "lessons" / "vi").mkdir(parents=True)
    _image(root / "lessons" / "en" / "pics" / "ok.png", 5, 7)
    _image(root / "lessons" / "outside.png", 9, 9)  # in resources/lessons/, but not in the lesson's folder
    _image(tmp_path / "elsewhere.png", 9, 9)
    body = f"""First paragraph with a [help page](https://example.org/help?a=1) to read.

![remote](http://example.com/x.png)

![secret](file:///etc/passwd)

![elsewhere]({tmp_path / "elsewhere.png"})

![parent](../outside.png)

![inline](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==)

![shipped](pics/ok.png)

Links: [local file](file:///etc/passwd), [script](javascript:alert(1)), [plain](http://example.com/),
[inline page](data:text/html,hello), [mail](mailto:someone@example.org).
"""
    (root / "lessons" / "en" / "links-and-pictures.md").write_text(
        _lesson_text("links-and-pictures", "Links and pictures", body, f'"{item}"'), encoding="utf-8"
    )
    (root / "lessons" / "en" / "two-languages.md").write_text(
        _lesson_text("two-languages", "In two languages", "English text about a wallaby.", ""), encoding="utf-8"
    )
    (root / "lessons" / "vi" / "two-languages.md").write_text(
        _lesson_text("two-languages", "Bằng hai thứ tiếng", "Bài viết tiếng Việt về lừa đảo.", ""),
        encoding="utf-8",
    )
    return root


def _context(services: Services, lang: str) -> AppContext:
    translations = Translations()
    translations.install(lang)
    return AppContext(services, translations)


@pytest.fixture
def own_services(data_dir: Path, content_root: Path) -> Iterator[Services]:
    opened = open_services(data_dir, content=ContentCatalog(content_root))
    opened.lessons.sync()
    yield opened
    opened.close()


@pytest.fixture
def make_view(qtbot: QtBot) -> MakeView:
    def make(services: Services, lang: str = "en") -> LessonsView:
        view = LessonsView(_context(services, lang))
        qtbot.addWidget(view)
        view.resize(1000, 700)
        view.show()
        return view

    return make


def _answer_next_question(button: QMessageBox.StandardButton, questions: list[str]) -> None:
    """Answer the next modal question (the link confirmation) as the family would, once it is on screen."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            questions.append(f"{box.text()}\n{box.informativeText()}")
            box.button(button).click()
        elif box is not None:
            box.close()  # never leave an unexpected modal open: the test would hang

    QTimer.singleShot(0, answer)


def _no_question_expected(seen: list[object]) -> None:
    def check() -> None:
        box = QApplication.activeModalWidget()
        seen.append(box)
        if box is not None:
            box.close()

    QTimer.singleShot(0, check)


def _click_link(view: LessonsView, href: str, qtbot: QtBot) -> None:
    """Click with the mouse in the middle of the link to `href`, as a reader would."""
    document = view.lesson.reader.document()
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(document)
                cursor.setPosition(fragment.position() + fragment.length() // 2)
                rect = view.lesson.reader.cursorRect(cursor)
                qtbot.mouseClick(
                    view.lesson.reader.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.x(), rect.center().y())
                )
                return
            fragments += 1
        block = block.next()
    raise AssertionError(f"no link to {href} in the lesson")


# Links -------------------------------------------------------------------------------------------------------


def test_https_link_opens_only_after_the_family_confirms_the_address(
    own_services: Services,
    make_view: MakeView,
    browser_stand_in: Receiver,
    qtbot: QtBot,
) -> None:
    view = make_view(own_services)
    view.open_lesson("links-and-pictures")
    questions: list[str] = []

    _answer_next_question(QMessageBox.StandardButton.Cancel, questions)
    _click_link(view, "https://example.org/help?a=1", qtbot)
    assert browser_stand_in.urls == []
    assert len(questions) == 1 and "https://example.org/help?a=1" in questions[0]

    _answer_next_question(QMessageBox.StandardButton.Open, questions)
    _click_link(view, "https://example.org/help?a=1", qtbot)
    assert browser_stand_in.urls == ["https://example.org/help?a=1"]
    assert len(questions) == 2


def test_the_confirmation_defaults_to_cancel_and_shows_a_lookalike_address_as_it_is(
    own_services: Services,
    make_view: MakeView,
) -> None:
    view = make_view(own_services)
    box = view.lesson.reader.confirmation(QUrl("https://xn--vietcmbank-0ob.vn/login"))
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert box.escapeButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert "https://xn--vietcmbank-0ob.vn/login" in box.informativeText()


@pytest.mark.parametrize(
    "href",
    [
        "file:///etc/passwd",
        "javascript:alert(1)",
        "http://example.com/",
        "data:text/html,hello",
        "mailto:someone@example.org",
    ],
)
def test_links_of_other_schemes_never_open_and_ask_nothing(
    own_services: Services,
    make_view: MakeView,
    browser_stand_in: Receiver,
    qtbot: QtBot,
    href: str,
) -> None:
    view = make_view(own_services)
    view.open_lesson("links-and-pictures")
    seen: list[object] = []
    _no_question_expected(seen)
    _click_link(view, href, qtbot)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [None]
    assert browser_stand_in.urls == []
    assert view.lesson.link_message.isVisible() and "cannot be opened" in view.lesson.link_message.text()


@pytest.mark.parametrize(
    "address", ["file:///etc/passwd", "javascript:alert(1)", "HTTP://example.com", "https:///no-host", "//x.org"]
)
def test_a_forged_anchor_signal_opens_nothing_either(
    own_services: Services, make_view: MakeView, browser_stand_in: Receiver, qtbot: QtBot, address: str
) -> None:
    view = make_view(own_services)
    view.open_lesson("links-and-pictures")
    seen: list[object] = []
    _no_question_expected(seen)  # closes and records a question, should one wrongly appear
    view.lesson.reader.anchorClicked.emit(QUrl(address))
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [None]
    assert browser_stand_in.urls == []


# Pictures ----------------------------------------------------------------------------------------------------


def _nothing(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, QImage):
        return value.isNull()
    if isinstance(value, bytes | bytearray):
        return len(value) == 0
    return hasattr(value, "isEmpty") and value.isEmpty()  # QByteArray


def test_only_pictures_from_the_lessons_folder_are_loaded(
    own_services: Services,
    make_view: MakeView,
    tmp_path: Path,
) -> None:
    view = make_view(own_services)
    view.open_lesson("links-and-pictures")
    view.grab()  # lay out and paint the lesson, as on screen
    reader = view.lesson.reader
    image = QTextDocument.ResourceType.ImageResource.value
    refused = [
        "http://example.com/x.png",
        "file:///etc/passwd",
        str(tmp_path / "elsewhere.png"),
        QUrl.fromLocalFile(str(tmp_path / "elsewhere.png")).toString(),
        "../outside.png",
        "pics/../../outside.png",
        "data:image/png;base64,iVBORw0KGgo=",
    ]
    for address in refused:
        assert _nothing(reader.loadResource(image, QUrl(address))), address
        assert _nothing(reader.document().resource(image, QUrl(address))), address
    shipped = reader.loadResource(image, QUrl("pics/ok.png"))
    assert isinstance(shipped, QImage) and (shipped.width(), shipped.height()) == (5, 7)
    assert _nothing(reader.loadResource(QTextDocument.ResourceType.StyleSheetResource.value, QUrl("pics/ok.png")))

    # What the page shows: the one shipped picture, the others only as their alt text.
    names, document = [], reader.document()
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            char_format = fragments.fragment().charFormat()
            if char_format.isImageFormat():
                names.append(char_format.toImageFormat().name())
            fragments += 1
        block = block.next()
    assert len(names) == 1 and names[0].startswith(f"{SAFE_IMAGE_SCHEME}:")
    shown = document.resource(image, QUrl(names[0]))
    assert isinstance(shown, QImage) and (shown.width(), shown.height()) == (5, 7)
    text = document.toPlainText()
    for alt in ("[remote]", "[secret]", "[elsewhere]", "[parent]", "[inline]"):
        assert alt in text


# Reading -----------------------------------------------------------------------------------------------------


def test_a_lesson_shown_in_english_is_marked_not_yet_translated(
    own_services: Services,
    make_view: MakeView,
) -> None:
    view = make_view(own_services, "vi")
    view.open_lesson("links-and-pictures")
    # The marker is in the family's language (here Vietnamese): the lesson text is the English one.
    assert (
        view.lesson.translation_marker.isVisible() and view.lesson.translation_marker.text() == not_translated_marker()
    )
    assert not_translated_marker() == "chưa được dịch"
    view.open_lesson("two-languages")
    assert view.lesson.lesson_title.text() == "Bằng hai thứ tiếng"
    assert not view.lesson.translation_marker.isVisible()
    row = next(
        i for i in range(view.library.list.count()) if view.library.list.item(i).data(KEY_ROLE) == "links-and-pictures"
    )
    assert not_translated_marker() in view.library.list.item(row).data(META_ROLE)


def test_related_checklist_steps_are_links_to_the_checklist(
    own_services: Services,
    make_view: MakeView,
    qtbot: QtBot,
) -> None:
    view = make_view(own_services)
    view.open_lesson("links-and-pictures")
    item = own_services.content.checklists.items[0]
    button = view.lesson.related_links[0]
    assert button.accessibleName() == item.title.get("en")
    with qtbot.waitSignal(view.context.navigate) as signal:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert signal.args == ["checklist", item.key]


def test_text_size_buttons_and_shortcuts_change_the_reader_and_are_remembered(
    own_services: Services,
    make_view: MakeView,
    qtbot: QtBot,
) -> None:
    view = make_view(own_services)
    view.open_lesson("two-languages")
    start = view.lesson.reader.font().pointSizeF()
    qtbot.mouseClick(view.lesson.larger_button, Qt.MouseButton.LeftButton)
    assert view.lesson.reader.font().pointSizeF() == start + 1
    view.lesson.reader.setFocus()
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.lesson.reader)
    qtbot.keyClick(view.lesson.reader, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.lesson.reader.font().pointSizeF() == start + 2
    qtbot.keyClick(view.lesson.reader, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(view.lesson.smaller_button, Qt.MouseButton.LeftButton)
    assert view.lesson.reader.font().pointSizeF() == start
    qtbot.mouseClick(view.lesson.larger_button, Qt.MouseButton.LeftButton)
    again = make_view(own_services)
    assert again.lesson.reader.font().pointSizeF() == start + 1


def test_the_lesson_follows_a_language_switch(own_services: Services, make_view: MakeView) -> None:
    view = make_view(own_services, "en")
    view.open_lesson("two-languages")
    assert view.lesson.lesson_title.text() == "In two languages"
    view.context.set_language("vi")
    assert view.lesson.lesson_title.text() == "Bằng hai thứ tiếng"
    assert "lừa đảo" in view.lesson.reader.document().toPlainText()


def test_print_sheet_holds_the_lesson_and_no_pictures(own_services: Services) -> None:
    from notalone_desktop.ui.sheets.lesson_sheet import build_html

    html = build_html(own_services, "en", "links-and-pictures")
    assert "<h1>Links and pictures</h1>" in html
    assert "<img" not in html.lower()
    assert own_services.content.checklists.items[0].title.get("en") in html
    assert "https://example.org/source" in html


# Search and filters ------------------------------------------------------------------------------------------


def test_search_as_you_type_shows_bold_snippets(services: Services, make_view: MakeView, qtbot: QtBot) -> None:
    view = make_view(services, "vi")
    total = view.library.list.count()
    assert total >= 14
    qtbot.keyClicks(view.library.search, "lua dao")
    hits = services.lessons.search("lua dao", "vi")
    assert view.library.list.count() == len(hits) > 0
    assert [view.library.list.item(i).data(KEY_ROLE) for i in range(view.library.list.count())] == [
        hit.key for hit in hits
    ]
    snippet = view.library.list.item(0).data(SNIPPET_ROLE)
    assert HIGHLIGHT_START in snippet and "<b>" in snippet_html(snippet)
    found = QCoreApplication.translate("LessonsView", "%n lesson(s) found", None, len(hits))
    assert view.library.count_label.text() == found and str(len(hits)) in found  # in Vietnamese, with the count
    view.grab()  # the rows with snippets paint
    view.library.search.clear()
    assert view.library.list.count() == total


def test_snippets_are_escaped_and_only_the_hits_are_bold() -> None:
    assert snippet_html("a < b & \x02scam\x03 <i>") == "a &lt; b &amp; <b>scam</b> &lt;i&gt;"


def test_no_result_says_so(services: Services, make_view: MakeView, qtbot: QtBot) -> None:
    view = make_view(services)
    qtbot.keyClicks(view.library.search, "xylophonequartet")
    assert view.library.list.count() == 0
    assert view.library.empty_label.isVisible() and "No lesson matches" in view.library.empty_label.text()


def test_topic_and_favourite_filters(services: Services, make_view: MakeView, qtbot: QtBot) -> None:
    view = make_view(services)
    index = view.library.topic.findData("money")
    assert index > 0
    view.library.topic.setCurrentIndex(index)
    money = {s.key for s in services.lessons.summaries("en") if s.topic == "money"}
    shown = {view.library.list.item(i).data(KEY_ROLE) for i in range(view.library.list.count())}
    assert shown == money and money
    view.library.topic.setCurrentIndex(0)
    services.lessons.set_favourite("grooming", True)
    view.refresh()
    view.library.favourites_only.setChecked(True)
    assert [view.library.list.item(i).data(KEY_ROLE) for i in range(view.library.list.count())] == ["grooming"]


def test_enter_in_the_list_opens_the_lesson(services: Services, make_view: MakeView, qtbot: QtBot) -> None:
    view = make_view(services)
    qtbot.keyClicks(view.library.search, "online kidnapping")
    qtbot.keyClick(view.library.search, Qt.Key.Key_Down)
    assert view.library.list.hasFocus() or view.library.list.currentRow() == 0
    qtbot.keyClick(view.library.list, Qt.Key.Key_Return)
    assert view.current_key() == view.library.list.item(0).data(KEY_ROLE)
    qtbot.mouseClick(view.lesson.back_button, Qt.MouseButton.LeftButton)
    assert view.current_key() == ""
    view.open_lesson("grooming")
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.lesson.reader)
    qtbot.keyClick(view.lesson.reader, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert view.current_key() == "" and view.library.search.hasFocus()


# Progress ----------------------------------------------------------------------------------------------------


def test_read_favourite_and_note_survive_a_restart(data_dir: Path, make_view: MakeView, qtbot: QtBot) -> None:
    first = open_services(data_dir)
    first.lessons.sync()
    view = make_view(first)
    view.open_lesson("online-kidnapping")
    qtbot.mouseClick(view.lesson.read_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.lesson.favourite_button, Qt.MouseButton.LeftButton)
    view.lesson.note.setFocus()
    qtbot.keyClicks(view.lesson.note, "We agreed on a code word.")
    qtbot.waitUntil(lambda: view.lesson.note_status.text() == "Saved", timeout=3000)  # saved as it is typed
    view.close()
    first.close()

    second = open_services(data_dir)
    try:
        again = make_view(second)
        row = next(
            i
            for i in range(again.library.list.count())
            if again.library.list.item(i).data(KEY_ROLE) == "online-kidnapping"
        )
        meta = again.library.list.item(row).data(META_ROLE)
        assert "Read" in meta and "Favourite" in meta
        again.open_lesson("online-kidnapping")
        assert again.lesson.read_button.isChecked() and again.lesson.favourite_button.isChecked()
        assert again.lesson.note.toPlainText() == "We agreed on a code word."
        qtbot.mouseClick(again.lesson.read_button, Qt.MouseButton.LeftButton)
        info = second.lessons.lesson("online-kidnapping", "en")
        assert info is not None and not info.read and info.favourite
    finally:
        second.close()


def test_leaving_the_lesson_saves_the_note(services: Services, make_view: MakeView, qtbot: QtBot) -> None:
    view = make_view(services)
    view.open_lesson("grooming")
    view.lesson.note.setFocus()
    qtbot.keyClicks(view.lesson.note, "Ask again next week")
    qtbot.mouseClick(view.lesson.back_button, Qt.MouseButton.LeftButton)
    info = services.lessons.lesson("grooming", "en")
    assert info is not None and info.note == "Ask again next week"


def test_navigation_from_home_opens_the_lesson_of_the_week(window: MainWindow, qtbot: QtBot) -> None:
    home = window.view("home")
    window.show_view("home")
    expected = home._lesson_key
    assert expected
    qtbot.mouseClick(home.lesson_button, Qt.MouseButton.LeftButton)
    lessons = window.view("lessons")
    assert window.current_view_name() == "lessons" and lessons.current_key() == expected
