"""Autosaved sessions against a hostile or broken app-data folder: locks that are not lock
files, a signal while the restore question is up, a stack too large to autosave, and an
app-data folder that is a file."""

import json
import os
import stat
import subprocess
import time

import pytest
from conftest import open_window, settle
from harness import finishes
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox
from test_sessions import TWO_STEPS, _start, _the_apps_folder, folder, leave, live_sessions

from kernelstudio.core import RecipeError, Stack, Step
from kernelstudio.gui import identity
from kernelstudio.gui.appdata import data_folder, errorlog, preferences, session
from kernelstudio.gui.appdata.session import (
    LEGACY_NAME,
    Session,
    left_behind,
    set_aside_bad_locks,
    take_session,
)

Yes = QMessageBox.StandardButton.Yes


def _lock_of(path):
    return path.with_suffix(".lock")


def _large(path):
    path.write_bytes(b"")
    os.truncate(path, 4097)  # sparse: a few KB of nothing, not a lock Qt wrote


#: Locks that are not lock files, and what the note says of each.
BAD_LOCKS = {
    "a FIFO": (os.mkfifo, "it is not a regular file"),
    "a link to /dev/zero": (lambda path: os.symlink("/dev/zero", path), "it is a symbolic link"),
    "a folder": (os.mkdir, "it is a folder"),
    "a file of a few KB": (_large, "it is larger than 4 KB"),
}


@pytest.mark.parametrize("case", BAD_LOCKS)
def test_a_lock_that_is_not_a_lock_file_is_set_aside_and_its_session_offered(case):
    make, said = BAD_LOCKS[case]
    path = leave(Session(None, TWO_STEPS, 0))
    lock = _lock_of(path)
    make(lock)
    kind = os.lstat(lock).st_mode
    assert finishes(left_behind) == []  # never handed to Qt: no block, no endless read
    (bad,) = finishes(set_aside_bad_locks)
    assert (bad.session, bad.reason) == (path, said)
    assert bad.aside == folder() / f"{path.stem}.damaged.lock"
    assert os.lstat(bad.aside).st_mode == kind  # renamed, never deleted
    (held,) = finishes(left_behind)
    assert held.read().stack == TWO_STEPS
    held.release()


def test_a_bad_lock_is_never_renamed_over_another_file():
    path = leave(Session(None, TWO_STEPS, 0))
    taken = folder() / f"{path.stem}.damaged.lock"
    taken.write_text("the first")
    os.mkfifo(_lock_of(path))
    (bad,) = finishes(set_aside_bad_locks)
    assert bad.aside.name == f"{path.stem}.damaged-2.lock"
    assert stat.S_ISFIFO(os.lstat(bad.aside).st_mode)
    assert taken.read_text() == "the first"


def test_a_fifo_lock_beside_the_earlier_versions_session_is_set_aside():
    legacy = data_folder() / LEGACY_NAME
    legacy.write_text(json.dumps({"photo": None, "recipe": {"steps": [{"preset": "box"}]}}))
    os.mkfifo(data_folder() / "session.lock")
    (bad,) = finishes(set_aside_bad_locks)
    assert bad.aside == data_folder() / "session.damaged.lock"
    (held,) = finishes(left_behind)
    assert held.path == legacy
    held.release()


def test_a_window_says_which_lock_it_set_aside_then_offers_its_session(qtbot, questions):
    path = leave(Session(None, TWO_STEPS, 1))
    _lock_of(path).mkdir()  # before, the session was hidden for good, without a word
    questions.answers = [Yes]
    window = open_window(qtbot)
    qtbot.waitUntil(lambda: window.messages.dialog is not None)
    assert questions.asked == ["Restore the last session?"]
    assert window.document.stack == TWO_STEPS
    assert window.messages.dialog.text() == (
        f"The lock of the autosaved session {path.name} was not a lock file (it is a "
        f"folder); it was renamed {path.stem}.damaged.lock in {folder()}, and the window "
        "opened as usual.")
    assert (folder() / f"{path.stem}.damaged.lock").is_dir()


def test_a_real_start_with_a_fifo_lock_offers_its_session(qtbot, tmp_path):
    QCoreApplication.setOrganizationName(identity.ORGANIZATION)  # the real app's folder
    assert folder() == _the_apps_folder(tmp_path)
    path = leave(Session(None, TWO_STEPS, 0))
    os.mkfifo(_lock_of(path))
    process = _start(tmp_path, _PROBE.format(signal=False))
    try:
        assert finishes(process.stdout.readline).strip() == "PROMPT Restore the last session?"
        assert stat.S_ISFIFO(os.lstat(folder() / f"{path.stem}.damaged.lock").st_mode)
    finally:
        process.kill()
        process.communicate(timeout=60)


#: Prints each question as it comes up; with `signal`, sends SIGTERM at the first one.
_PROBE = """
import os, signal, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from kernelstudio.gui.app import application

seen = []

def tell():
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible() and widget not in seen:
            seen.append(widget)
            print("PROMPT", widget.windowTitle(), flush=True)
            if {signal} and len(seen) == 1:
                os.kill(os.getpid(), signal.SIGTERM)

application()
timer = QTimer(interval=50, timeout=tell)
timer.start()
from kernelstudio.cli import main
sys.exit(main([]))
"""


def test_a_signal_while_the_restore_question_is_up_keeps_every_session(qtbot, tmp_path):
    QCoreApplication.setOrganizationName(identity.ORGANIZATION)
    now = time.time()
    first = leave(Session(None, TWO_STEPS, 0), now - 100)
    second = leave(Session(None, Stack((Step(preset="box"),)), 0), now - 200)
    kept = first.read_bytes(), second.read_bytes()
    process = _start(tmp_path, _PROBE.format(signal=True))
    try:
        out, err = process.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        process.kill()
        pytest.fail(f"still running after SIGTERM: {process.communicate()}")
    assert process.returncode == 0, err
    assert out.splitlines() == ["PROMPT Restore a session? (1 of 2)"]  # and no other after
    assert (first.read_bytes(), second.read_bytes()) == kept
    assert live_sessions(first, second) == []  # the window's own: closed, and deleted
    offered = left_behind()  # neither lock is held any more
    assert [held.path for held in offered] == [first, second]
    for held in offered:
        held.release()


# --- a stack too large to autosave -----------------------------------------------------------
def test_a_session_too_large_to_read_back_is_not_written(monkeypatch):
    held = take_session()
    small = Session(None, Stack((Step(preset="box"),)), 0)
    held.write(small)
    monkeypatch.setattr(session, "MAX_SESSION_BYTES", held.path.stat().st_size + 10)
    with pytest.raises(RecipeError, match=r"^This stack is too large to autosave \(0\.0 MB; "
                                          r"at most 0 MB\)$"):
        held.write(Session(None, Stack((Step(preset="box"),) * 20), 0))
    assert held.read() == small  # the previous one, whole
    held.remove()


def test_a_stack_too_large_to_autosave_is_said_once_and_the_last_session_kept(
        qtbot, window, monkeypatch):
    window.document.edit(TWO_STEPS, 0, "two steps")
    qtbot.waitUntil(lambda: len(live_sessions()) == 1, timeout=5000)
    (path,) = live_sessions()
    kept = path.read_bytes()
    monkeypatch.setattr(session, "MAX_SESSION_BYTES", len(kept) + 200)
    window.document.edit(Stack((Step(preset="box"),) * 40), 0, "many steps")
    settle(qtbot, window)
    window.autosave.save()
    assert window.statusBar().currentMessage().startswith("This stack is too large to autosave")
    assert path.read_bytes() == kept
    window.statusBar().clearMessage()
    serialized = []
    monkeypatch.setattr(session, "stack_to_dict",
                        lambda stack, _real=session.stack_to_dict: serialized.append(stack)
                        or _real(stack))
    window.autosave.save()
    assert serialized == []  # the same stack is not serialized again, a freeze for nothing
    window.document.edit(Stack((Step(preset="box"),) * 41), 0, "more steps")
    window.autosave.save()
    assert len(serialized) == 1
    assert window.statusBar().currentMessage() == ""  # said once, not at every autosave
    window.document.edit(Stack((Step(preset="emboss"),)), 0, "one step")
    window.autosave.save()
    steps = json.loads(path.read_text())["recipe"]["steps"]
    assert [step["preset"] for step in steps] == ["emboss"]  # fits again: written


# --- an app-data folder that is a file -------------------------------------------------------
def test_an_app_data_folder_that_is_a_file_turns_autosave_off_and_the_window_opens(qtbot):
    where = data_folder()
    where.rmdir()
    where.write_text("not a folder")
    window = open_window(qtbot)
    qtbot.waitUntil(lambda: window.messages.dialog is not None)
    assert window.messages.dialog.text() == (
        f"Autosave is off: {where} cannot be made or written (is a file, not a folder).")
    window.autosave.save()  # nothing to write to, and nothing raised
    assert errorlog.start_log().startswith("the error output (the app-data folder")
    try:
        raise ValueError("a bug in a slot")
    except ValueError as error:
        window.messages.report_exception(type(error), error, error.__traceback__)
    assert "the details are in the error output" in window.messages.dialog.text()
    dialog = preferences.Preferences(window)
    dialog.accept()
    assert where.read_text() == "not a folder"
