"""The window in other languages: every text it shows goes through the translator, longer
texts still fit at 1280×720, and zh_CN, fr and ja come from their catalogues.

A pseudo-locale stands in for a language nobody has translated yet: it wraps each text in
⟦…⟧ and makes it about 40% longer, as French often is, so an unwrapped text or a label too
narrow for a longer one shows at once.
"""

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from conftest import CHECKOUT, _build_hook, open_window, steps_of, type_into, wait_result
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QScrollArea,
    QTabBar,
    QWidget,
)

from kernelstudio import i18n
from kernelstudio.core import BORDERS, PRESETS, words
from kernelstudio.core.code import TARGETS
from kernelstudio.gui import translation
from kernelstudio.gui.window import help as help_pages

LANGUAGES = ["zh_CN", "fr", "ja"]
SCREEN = "1280x720"
AT_SCREEN = os.environ.get("KERNELSTUDIO_TEST_SCREEN") == SCREEN


class Pseudo(QTranslator):
    """Every source text, marked and about 40% longer: "Open" -> "⟦Open··⟧"."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if not source:
            return source
        return "⟦" + source + "·" * (len(source) * 2 // 5) + "⟧"

    def isEmpty(self):
        return False


def _speaking_through(qapp, translator: QTranslator):
    """`translator` for the window and the core while a test runs (a fixture's body)."""
    qapp.installTranslator(translator)
    words.use_translator(QCoreApplication.translate)
    yield translator
    qapp.removeTranslator(translator)
    words.use_translator(None)


@pytest.fixture
def pseudo(qapp):
    """The pseudo-locale, for the window and the core, while the test runs."""
    yield from _speaking_through(qapp, Pseudo(qapp))


_ROW_WORDS = re.compile(r"\{[^{}]*\}|row|column")  # placeholders are kept as they are
_RENAMED = {"row": "ligne", "column": "colonne"}


class Renamed(Pseudo):
    """"row" and "column" in other words, as a language would say them: nothing may find the
    row at fault by reading the message."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return _ROW_WORDS.sub(lambda word: _RENAMED.get(word[0], word[0]), source or "")


@pytest.fixture
def renamed(qapp):
    """`Renamed`, for the window and the core, while the test runs."""
    yield from _speaking_through(qapp, Renamed(qapp))


@pytest.fixture
def dialogs(monkeypatch):
    """QMessageBox.about, which blocks, records what it would show instead."""
    shown = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(
        lambda parent, title, text: shown.append((title, text))))
    return shown


# Texts that are data, not words: numbers with their units and signs ("100%", "5×5",
# "−0.25", "1/16"), kernel weights, "—" for a figure not worked out yet, and the names
# and paths of files the user chose or the test made.
_NUMERIC = re.compile(r"^[\s\d.,:;+\-−×x/%()\[\]=·…—]*$")
_FILES = re.compile(r"^[\w./\\:\-]*[\w.\-]+\.(png|jpg|jpeg|tif|tiff|webp|avif|bmp|heic|json|acf|"
                    r"txt)$", re.IGNORECASE)
#: Names that are the same in every language: OpenCV's border names (as recipes and the
#: command line write them), the libraries Copy as code writes for, and each language in
#: the Language box by its own name.
NAMES = {*BORDERS, *(target.title for target in TARGETS.values()), *i18n.LANGUAGES.values()}


def is_data(text: str) -> bool:
    return bool(_NUMERIC.match(text) or _FILES.match(text) or text in NAMES)


def texts_of(widget: QWidget) -> list[tuple[str, str]]:
    """(where, text) for each text a person can see or hear on `widget` itself."""
    name = f"{type(widget).__name__}#{widget.objectName()}"
    found = [(f"{name}.{what}", getattr(widget, what)())
             for what in ("toolTip", "statusTip", "whatsThis", "accessibleName",
                          "accessibleDescription")]
    if widget.isWindow() or widget.inherits("QDockWidget"):
        found.append((f"{name}.windowTitle", widget.windowTitle()))
    if isinstance(widget, QLabel) and not widget.pixmap():
        found.append((f"{name}.text", widget.text()))
    if isinstance(widget, QAbstractButton):
        found.append((f"{name}.text", widget.text()))
    if isinstance(widget, QGroupBox):
        found.append((f"{name}.title", widget.title()))
    if isinstance(widget, QLineEdit) and not isinstance(widget.parent(), QAbstractSpinBox):
        found.append((f"{name}.placeholderText", widget.placeholderText()))
    if isinstance(widget, QAbstractSpinBox):
        found += [(f"{name}.suffix", widget.suffix()), (f"{name}.prefix", widget.prefix()),
                  (f"{name}.specialValueText", widget.specialValueText())]
    if isinstance(widget, QTabBar):
        for index in range(widget.count()):
            found += [(f"{name}.tab{index}", widget.tabText(index)),
                      (f"{name}.tabToolTip{index}", widget.tabToolTip(index))]
    if isinstance(widget, QComboBox) and not widget.isEditable():
        found += [(f"{name}.item{index}", widget.itemText(index))
                  for index in range(widget.count())]
    if isinstance(widget, QMenu):
        found.append((f"{name}.title", widget.title()))
    return found


def texts_of_action(action: QAction) -> list[tuple[str, str]]:
    name = f"QAction#{action.objectName() or action.text()}"
    if action.isSeparator():
        return []
    return [(f"{name}.{what}", getattr(action, what)()) for what in ("text", "toolTip",
                                                                        "statusTip")]


def untranslated(top: QWidget) -> list[str]:
    """Texts under `top` (widgets, their actions, menus) that did not pass the translator."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        found += texts_of(widget)
        for action in widget.actions():
            found += texts_of_action(action)
    return sorted({f"{where}: {text!r}" for where, text in found
                   if text and "⟦" not in text and not is_data(text.strip())})


def open_everything(qtbot, window) -> list[QWidget]:
    """The dialogs the window opens from its menus and docks, open."""
    window.kernel_dock.findChild(QAbstractButton, "preset-sharpen").click()
    qtbot.waitUntil(lambda: window.document.current_step is not None)
    opened = []
    for key, attribute in (("preferences", "preferences_dialog"),
                           ("learn_kernel", "learn_dialog"), ("copy_stack_code", "code_dialog"),
                           ("getting_started", "help_page")):
        window.qactions[key].trigger()
        opened.append(getattr(window, attribute))
    window.qactions["shortcuts"].trigger()
    opened.append(window.help_page)
    window.kernel_dock.tools.edit_text()
    opened.append(window.kernel_dock.tools.text_dialog)
    window.kernel_dock._ask_size(window.document.current_step)
    opened.append(window.kernel_dock.size_dialog)
    window.qactions["about"].trigger()
    return [dialog for dialog in opened if dialog is not None]


def test_every_text_of_the_window_and_its_dialogs_goes_through_the_translator(
        qtbot, photo_path, pseudo, dialogs):
    window = open_window(qtbot, photo_path)
    opened = open_everything(qtbot, window)
    assert {type(dialog).__name__ for dialog in opened} >= {
        "Preferences", "LearnDialog", "CodeDialog", "HelpPage", "KernelTextDialog",
        "SizeDialog"}
    missed = untranslated(window)
    for dialog in opened:
        missed += untranslated(dialog)
        for tab in range(getattr(dialog, "tabs", QTabBar()).count()):
            dialog.tabs.setCurrentIndex(tab)  # the Train tab builds its view when shown
            missed += untranslated(dialog)
    for title, text in dialogs:
        missed += [f"about: {part!r}" for part in (title, text) if "⟦" not in part]
    missed += [f"status bar: {window.statusBar().currentMessage()!r}"
               for _ in [0] if window.statusBar().currentMessage()
               and "⟦" not in window.statusBar().currentMessage()]
    missed = sorted(set(missed))
    assert not missed, f"{len(missed)} texts not translated:\n" + "\n".join(missed)


def test_the_language_chosen_in_preferences_is_saved_for_the_next_start(qtbot, window):
    window.qactions["preferences"].trigger()
    dialog = window.preferences_dialog
    box = dialog.language
    assert [box.itemData(index) for index in range(box.count())] == ["", *i18n.LANGUAGES]
    assert box.itemText(2) == "简体中文"
    assert "next time" in dialog.language_note.text()
    box.setCurrentIndex(box.findData("fr"))
    dialog.accept()
    assert translation.saved_language() == "fr"
    assert translation.start_language() == "fr"
    assert translation.start_language("ja_JP") == "ja"


def _tiny_catalogue(folder: Path, language: str) -> None:
    """A catalogue of two texts, compiled as the build compiles them."""
    (folder / f"kernelstudio_{language}.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{language}">'
        "<context><name>insight</name><message><source>brightens by {percent}%</source>"
        "<translation>éclaircit de {percent} %</translation></message></context>"
        "<context><name>Actions</name><message><source>&amp;File</source>"
        "<translation>&amp;Fichier</translation></message></context></TS>\n",
        encoding="utf-8")
    _build_hook().compile_catalogues(folder)


def test_install_gives_qt_and_the_core_the_catalogue_and_the_decimal_point(
        qapp, monkeypatch, tmp_path, speaking):
    _tiny_catalogue(tmp_path, "fr")
    monkeypatch.setattr(i18n, "catalogue_path", lambda language, suffix=".ts": (
        tmp_path / f"kernelstudio_{language}{suffix}"))
    assert speaking("fr_CA") == "fr"
    assert QCoreApplication.translate("Actions", "&File") == "&Fichier"
    assert words.translate("insight", "brightens by {percent}%") == "éclaircit de {percent} %"
    assert words.decimal("0.25") == "0,25"
    assert QLocale().decimalPoint() == ","
    # Qt's own words come from PySide6's qtbase_fr.qm.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    assert speaking("en") == "en"
    assert QCoreApplication.translate("Actions", "&File") == "&File"
    assert words.decimal("0.25") == "0.25"


def test_getting_started_is_in_the_language_where_it_ships(monkeypatch, tmp_path):
    (tmp_path / "getting-started.html").write_text("English", encoding="utf-8")
    (tmp_path / "getting-started.fr.html").write_text("Français", encoding="utf-8")
    monkeypatch.setattr(help_pages, "resource_path", lambda name: _existing(tmp_path / name))
    assert help_pages.getting_started_path("fr_FR").read_text(encoding="utf-8") == "Français"
    assert help_pages.getting_started_path("ja_JP").read_text(encoding="utf-8") == "English"


def _existing(path: Path) -> Path:
    if not path.is_file():
        raise FileNotFoundError(path)
    return path


def test_a_missing_catalogue_is_english_without_an_error(qapp, monkeypatch, tmp_path):
    monkeypatch.setattr(i18n, "catalogue_path", lambda language, suffix=".ts": (
        tmp_path / f"kernelstudio_{language}{suffix}"))
    assert translation.install(qapp, "fr") == "en"
    assert words.translate("insight", "brightens by {percent}%") == "brightens by {percent}%"


# The window in a real language ---------------------------------------------------------------

def catalogue(language: str) -> dict[tuple[str, str], str]:
    """What `language`'s catalogue says, finished entries only (the CLI's own reader)."""
    return i18n._read_catalogue(language)


@pytest.fixture
def speaking(qapp):
    """Install a language for the window and the core; English again afterwards."""
    installed = []

    def speak(language: str) -> str:
        installed.append(translation.install(qapp, language))
        return installed[-1]

    yield speak
    translation.install(qapp, "en")


def sample_texts(window) -> list[tuple[str, str, str]]:
    """(context, English source, what the window shows) for a sample of its texts."""
    menu = window.menus
    return [
        ("Actions", "&File", menu["file"].title()),
        ("Actions", "&Open…", window.qactions["open"].text()),
        ("Actions", "Export the full-resolution result", window.qactions["export"].toolTip()),
        ("KernelDock", "Kernel", window.kernel_dock.windowTitle()),
        ("StackDock", "Stack", window.stack_dock.windowTitle()),
        ("presets", "Sharpen",
         window.kernel_dock.findChild(QAbstractButton, "preset-sharpen").text()),
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_window_speaks_what_the_catalogue_says(qtbot, photo_path, speaking, language):
    assert speaking(language) == language, f"kernelstudio_{language}.qm is missing"
    window = open_window(qtbot, photo_path)
    said = catalogue(language)
    for context, source, shown in sample_texts(window):
        assert (context, source) in said, f"{language}: {context} {source!r} is not translated"
        assert shown == said[context, source]


def test_every_message_of_every_catalogue_is_translated():
    """Fails until the translators have finished; it says which texts are left."""
    left = []
    for language in LANGUAGES:
        path = CHECKOUT / "resources" / "translations" / f"kernelstudio_{language}.ts"
        assert path.is_file(), f"{path.name} is missing"
        for context in ElementTree.parse(path).getroot().iter("context"):
            for message in context.iter("message"):
                translation_ = message.find("translation")
                if (translation_ is None or translation_.get("type") == "unfinished"
                        or not (translation_.text or "").strip()):
                    left.append(f"{language} {context.findtext('name')}: "
                                f"{message.findtext('source')!r}")
    assert not left, f"{len(left)} messages not translated yet:\n" + "\n".join(left[:40])


# Fitting at 1280×720 -------------------------------------------------------------------------

def cut(top: QWidget) -> list[str]:
    """Visible one-line texts wider than the widget that shows them."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        metrics, room = widget.fontMetrics(), widget.contentsRect().width()
        name = f"{type(widget).__name__}#{widget.objectName()}"
        if isinstance(widget, QLabel) and not widget.wordWrap() and not widget.pixmap() \
                and widget.textFormat() != 1 and "<" not in widget.text():
            texts = [line for line in widget.text().split("\n")]
        elif isinstance(widget, QAbstractButton) and widget.text():
            # A button's text has the style's margins and maybe an icon beside it.
            hint = widget.sizeHint().width()
            if hint > widget.width() + 1:
                found.append(f"{name}: {widget.text()!r} needs {hint}, has {widget.width()}")
            continue
        elif isinstance(widget, QGroupBox):
            texts = [widget.title()]
        elif isinstance(widget, QComboBox):
            hint = widget.minimumSizeHint().width()
            if hint > widget.width() + 1 and widget.sizeAdjustPolicy() != \
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon:
                found.append(f"{name}: {widget.currentText()!r} needs {hint}, "
                             f"has {widget.width()}")
            continue
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                need = metrics.horizontalAdvance(widget.tabText(index).replace("&", ""))
                have = widget.tabRect(index).width()
                if need > have:
                    found.append(f"{name}: tab {widget.tabText(index)!r} needs {need}, "
                                 f"has {have}")
            continue
        else:
            continue
        for text in texts:
            need = metrics.horizontalAdvance(text.replace("&", ""))
            if text and need > room:
                found.append(f"{name}: {text!r} needs {need}, has {room}")
    return found


def _fits(qtbot, window, opened) -> list[str]:
    """What does not fit: texts cut, windows wider than the screen, panels that scroll
    sideways (their contents wider than the room they have)."""
    qtbot.wait(0)  # let posted layout requests run before measuring
    screen = window.screen().availableGeometry()
    found = []
    for top in (window, *opened):
        found += cut(top)
        if top.frameGeometry().width() > screen.width():
            found.append(f"{type(top).__name__} is {top.frameGeometry().width()} wide")
        found += [f"{type(top).__name__}: {scroll.parent().objectName()} scrolls sideways"
                  for scroll in top.findChildren(QScrollArea)
                  if scroll.isVisible() and scroll.horizontalScrollBar().isVisible()]
    return found


if AT_SCREEN:  # these run in the process that test_long_texts_fit_at_1280x720 starts

    def test_at_screen_pseudo_texts_fit(qtbot, photo_path, pseudo, dialogs):
        window = open_window(qtbot, photo_path)  # the first start's size on this screen
        opened = open_everything(qtbot, window)
        assert _fits(qtbot, window, opened) == []

    @pytest.mark.parametrize("language", LANGUAGES)
    def test_at_screen_each_language_fits(qtbot, photo_path, speaking, dialogs, language):
        assert speaking(language) == language, f"kernelstudio_{language}.qm is missing"
        window = open_window(qtbot, photo_path)
        opened = open_everything(qtbot, window)
        assert _fits(qtbot, window, opened) == []


@pytest.mark.parametrize("which", ["pseudo", *LANGUAGES])
def test_long_texts_fit_at_1280x720(which, tmp_path):
    """Run the tests above in a process whose offscreen screen is 1280×720."""
    env = {**os.environ, "KERNELSTUDIO_TEST_SCREEN": SCREEN}
    selected = "pseudo_texts_fit" if which == "pseudo" else f"each_language_fits and {which}"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(Path(__file__)),
         "-k", f"at_screen and {selected}", "--basetemp", str(tmp_path)],
        env=env, capture_output=True, text=True, timeout=600, cwd=CHECKOUT)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert " passed" in result.stdout



# (kernel text, the line at fault, counted from 0): a short row after a blank line, a word
# in a cell, a row longer than a kernel may be.
@pytest.mark.parametrize(("text", "line"), [("1 2 1\n\n2 4 2\n1 2", 3),
                                            ("1 2 1\n2 x 2\n1 2 1", 1),
                                            ("1 2\n" + " ".join(["1"] * 40), 1)])
def test_the_kernel_text_dialog_marks_the_row_at_fault_whatever_the_words(
        qtbot, window, renamed, text, line):
    window.findChild(QAction, "action-editText").trigger()
    dialog = window.kernel_dock.tools.text_dialog
    dialog.editor.setPlainText(text)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert "ligne" in dialog.error.text()
    assert "row" not in dialog.error.text()
    marked = dialog.editor.extraSelections()
    assert [mark.cursor.block().blockNumber() for mark in marked] == [line]
    assert dialog.editor.textCursor().blockNumber() == line


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_preset_parameter_and_choice_has_its_words_in_the_catalogue(language):
    said = catalogue(language)
    words_of = {word for preset in PRESETS.values() for param in preset.params
                for word in (param.name, *param.choices)}
    assert sorted(word for word in words_of if ("presets", word) not in said) == []


def test_parameters_speak_french_and_keep_the_english_names_the_command_line_takes(
        qtbot, photo_path, speaking):
    assert speaking("fr") == "fr"
    window = open_window(qtbot, photo_path)
    said = catalogue("fr")
    dock = window.kernel_dock
    wait_result(qtbot, window, window.findChild(QAbstractButton, "preset-sobel").click)
    for name, control in dock.param_controls.items():
        shown = said["presets", name]
        assert dock.params_layout.labelForField(control).text() == shown
        assert control.toolTip().startswith(shown)
        assert (f"({name})" in control.toolTip()) == (shown != name)
    direction = dock.param_controls["direction"].editor
    assert [direction.itemText(index) for index in range(direction.count())] == [
        said["presets", choice] for choice in ("top", "bottom", "left", "right")]
    assert direction.itemData(2, Qt.ItemDataRole.ToolTipRole) == "left"
    wait_result(qtbot, window, lambda: direction.setCurrentIndex(2))
    assert steps_of(window)[0].params["direction"] == "left"  # the core keeps its own words


def test_in_french_number_boxes_write_commas_and_the_kernel_keeps_its_points(
        qtbot, photo_path, speaking):
    assert speaking("fr") == "fr"
    window = open_window(qtbot, photo_path)
    dock = window.kernel_dock
    wait_result(qtbot, window, window.findChild(QAbstractButton, "preset-unsharp").click)
    assert dock.divisor.text() == "1,0000"
    assert dock.param_controls["amount"].editor.spin.text() == "1,000"
    wait_result(qtbot, window, lambda: type_into(qtbot, dock.divisor, "2,5"))
    assert steps_of(window)[0].divisor == 2.5
    wait_result(qtbot, window, lambda: type_into(qtbot, dock.divisor, "0.5"))  # "." too
    assert steps_of(window)[0].divisor == 0.5
    assert dock.divisor.text() == "0,5000"
    model = dock.table.model()
    wait_result(qtbot, window, lambda: model.setData(model.index(0, 0), "0.3"))
    # The kernel table writes weights as the kernel text does, with ".".
    assert model.data(model.index(0, 0)) == "0.3"
