"""Autosaved sessions: one a window, never overwritten by another, offered back after a crash
(newest first, nothing lost while the prompt is up), and damaged ones set aside."""

import json
import os
import re
import signal
import stat
import subprocess
import sys
import time

import pytest
from conftest import open_window, settle
from harness import finishes
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from kernelstudio.core import RecipeError, Stack, Step
from kernelstudio.data import SAMPLE_PHOTO, resource_path
from kernelstudio.gui import identity
from kernelstudio.gui.appdata import data_folder
from kernelstudio.gui.appdata.session import (
    LEGACY_NAME,
    MAX_SESSION_BYTES,
    SESSIONS_FOLDER,
    Session,
    left_behind,
    take_session,
)

Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
TWO_STEPS = Stack((Step(preset="unsharp"), Step(preset="emboss", opacity=0.4)))


def folder():
    return data_folder() / SESSIONS_FOLDER


def names(where=None):
    return sorted(path.name for path in (where or folder()).iterdir())


def leave(session: Session, saved: float | None = None):
    """A session as a window that is gone leaves it: written, then its lock let go."""
    held = take_session()
    held.write(session)
    held.release()
    if saved is not None:
        os.utime(held.path, (saved, saved))
    return held.path


def live_sessions(*others, where=None):
    """The session files but `others`: those of the windows open, once each has saved."""
    return [path for path in (where or folder()).glob("session-*.json")
            if path not in others and ".damaged" not in path.name]


# --- one window ------------------------------------------------------------------------------
def test_a_window_autosaves_to_its_own_session_and_deletes_it_on_a_clean_close(qtbot, window):
    window.document.edit(Stack((Step(preset="emboss"),)), 0, "emboss")
    qtbot.waitUntil(lambda: len(live_sessions()) == 1, timeout=5000)
    path = live_sessions()[0]
    saved = json.loads(path.read_text())
    assert saved["photo"] == str(window.document.photo.path)
    assert saved["recipe"]["steps"][0]["preset"] == "emboss"
    assert path.with_suffix(".lock").exists()
    window.close()
    assert names() == []


def test_a_session_is_written_again_only_when_something_changed(qtbot, window, monkeypatch):
    from kernelstudio.gui.appdata.session import SessionFile

    written = []
    real = SessionFile.write
    monkeypatch.setattr(SessionFile, "write",
                        lambda self, session: written.append(session) or real(self, session))
    window.document.edit(Stack((Step(preset="emboss"),)), 0, "emboss")
    window.autosave.save()
    window.autosave.save()  # as the two-minute timer does, with nothing changed
    assert len(written) == 1
    window.document.select(-1)
    window.autosave.save()
    assert [session.selection for session in written] == [0, -1]


def test_after_a_crash_the_next_start_offers_to_restore(qtbot, questions, photo_path):
    old = leave(Session(str(photo_path), TWO_STEPS, 1))
    questions.answers = [Yes]
    window = open_window(qtbot)
    qtbot.waitUntil(lambda: window.document.photo.path == photo_path, timeout=10000)
    assert questions.asked == ["Restore the last session?"]
    assert window.document.stack == TWO_STEPS
    assert window.document.selection == 1
    assert not old.exists()
    (mine,) = live_sessions()  # written at once: a crash now loses nothing
    assert json.loads(mine.read_text())["photo"] == str(photo_path)
    assert len(json.loads(mine.read_text())["recipe"]["steps"]) == 2


def test_declining_the_restore_forgets_the_session(qtbot, questions, photo_path):
    old = leave(Session(str(photo_path), Stack((Step(preset="box"),)), 0))
    questions.answers = [No]
    window = open_window(qtbot)
    qtbot.waitUntil(lambda: questions.asked == ["Restore the last session?"])
    assert window.document.stack == Stack()
    assert not old.exists()
    assert not old.with_suffix(".lock").exists()


def test_a_crash_that_left_nothing_of_the_users_is_not_offered(qtbot, questions):
    old = leave(Session(str(resource_path(SAMPLE_PHOTO)), Stack(), -1))
    window = open_window(qtbot)
    settle(qtbot, window)
    assert questions.asked == []
    assert not old.exists()


def test_a_restored_photo_that_is_gone_is_said_once_the_stack_is_back(qtbot, questions,
                                                                       tmp_path):
    leave(Session(str(tmp_path / "gone.png"), TWO_STEPS, 0))
    questions.answers = [Yes]
    window = open_window(qtbot)
    qtbot.waitUntil(lambda: window.messages.dialog is not None)
    assert "gone.png is gone" in window.messages.dialog.text()
    assert window.document.stack == TWO_STEPS


def test_the_session_of_an_earlier_version_is_offered_once(qtbot, questions, photo_path):
    legacy = data_folder() / LEGACY_NAME
    legacy.write_text(json.dumps({"photo": str(photo_path), "selection": 0, "pid": 0,
                                  "recipe": {"steps": [{"preset": "box"}]}}))
    questions.answers = [No]
    open_window(qtbot)
    qtbot.waitUntil(lambda: questions.asked == ["Restore the last session?"])
    assert not legacy.exists()
    second = open_window(qtbot)
    settle(qtbot, second)
    assert questions.asked == ["Restore the last session?"]


# --- several windows -------------------------------------------------------------------------
def test_two_sessions_in_one_process_hold_separate_locks_and_files():
    first, second = take_session(), take_session()
    first.write(Session(None, Stack((Step(preset="box"),)), 0))
    second.write(Session(None, TWO_STEPS, 1))
    assert first.path != second.path
    assert left_behind() == []  # both alive: neither is anyone's to offer
    assert first.read().stack == Stack((Step(preset="box"),))
    assert second.read().stack == TWO_STEPS
    second.release()
    (gone,) = left_behind()
    assert gone.path == second.path
    first.remove()
    gone.remove()
    assert names() == []


def test_a_second_window_never_overwrites_the_first_ones_session(qtbot, questions, photo_path):
    first = open_window(qtbot, photo_path)
    first.document.edit(TWO_STEPS, 0, "two steps")
    qtbot.waitUntil(lambda: len(live_sessions()) == 1, timeout=5000)
    (path,) = live_sessions()
    kept = path.read_bytes()
    second = open_window(qtbot)
    second.document.edit(Stack((Step(preset="box"),)), 0, "box")
    qtbot.waitUntil(lambda: len(live_sessions()) == 2, timeout=5000)
    assert questions.asked == []  # the first window's session is live: not offered
    assert path.read_bytes() == kept
    (other,) = live_sessions(path)
    assert json.loads(other.read_text())["recipe"]["steps"][0]["preset"] == "box"
    second.close()
    assert path.read_bytes() == kept
    assert not other.exists()


def test_every_session_left_behind_is_offered_newest_first(qtbot, questions):
    now = time.time()
    oldest = leave(Session(None, Stack((Step(preset="box"),)), 0), now - 300)
    newest = leave(Session(None, Stack((Step(preset="emboss"),)), 0), now - 100)
    middle = leave(Session(None, TWO_STEPS, 0), now - 200)
    questions.answers = [No, Yes]
    window = open_window(qtbot)
    qtbot.waitUntil(lambda: window.document.stack == TWO_STEPS)
    assert questions.asked == ["Restore a session? (1 of 3)", "Restore a session? (2 of 3)"]
    assert not newest.exists()
    assert not middle.exists()
    assert oldest.exists()  # not yet answered for: kept, and offered at the next start
    questions.answers = [Yes]
    second = open_window(qtbot)
    qtbot.waitUntil(lambda: second.document.stack == Stack((Step(preset="box"),)))
    assert questions.asked[2:] == ["Restore the last session?"]
    assert not oldest.exists()


def test_a_lock_left_by_a_killed_process_is_stale(qtbot, questions):
    path = leave(Session(None, TWO_STEPS, 0))
    code = ("import os, sys; from PySide6.QtCore import QLockFile; "
            "lock = QLockFile(sys.argv[1]); os._exit(0 if lock.tryLock(0) else 1)")
    subprocess.run([sys.executable, "-c", code, str(path.with_suffix(".lock"))], check=True,
                   timeout=60)
    assert path.with_suffix(".lock").exists()  # left behind, naming a process that is gone
    questions.answers = [Yes]
    window = open_window(qtbot)
    qtbot.waitUntil(lambda: window.document.stack == TWO_STEPS)
    assert not path.exists()
    assert not path.with_suffix(".lock").exists()


# --- damaged and hostile files ---------------------------------------------------------------
def _write(text):
    return lambda path: path.write_bytes(text if isinstance(text, bytes) else text.encode())


def _recipe(steps):
    return json.dumps({"photo": None, "selection": 0, "recipe": {"steps": steps}})


def _huge(path):
    path.write_bytes(b"{")
    os.truncate(path, MAX_SESSION_BYTES + 1)


#: How to make each damaged or hostile file, and what the note says of it.
HOSTILE = {
    "deep nesting": (_write("[" * 100_000 + "]" * 100_000),
                     "the session is nested too deeply to be a session"),
    "a kernel nested 500 deep": (
        _write('{"recipe": {"steps": [{"kernel": ' + "[" * 500 + "1" + "]" * 500 + "}]}}"),
        "step 1: a kernel is a grid (rows × columns), one grid per channel, or one per output "
        "and input channel, whose rows all have"),
    "1e400 as the selection": (
        _write('{"photo": null, "selection": 1e400, "recipe": {"steps": []}}'),
        "'1e400' is not a finite number"),
    "1e400 as a weight": (_write('{"recipe": {"steps": [{"kernel": [[1e400]]}]}}'),
                          "'1e400' is not a finite number"),
    "a number of 5000 digits": (_write('{"selection": ' + "9" * 5000 + "}"),
                                "a whole number of 5000 digits is too long"),
    "a number too large for a float": (
        _write(_recipe([{"preset": "box", "opacity": int("9" * 400)}])),
        "a whole number of 400 digits is too long"),
    "a list": (_write("[1, 2, 3]"), "it is not a JSON object"),
    "a photo that is a number": (_write('{"photo": 5, "recipe": {"steps": []}}'),
                                 "its photo is not a file's path"),
    "a photo with a NUL": (_write('{"photo": "a\\u0000b", "recipe": {"steps": []}}'),
                           "its photo is not a file's path"),
    "a photo with a lone surrogate": (_write('{"photo": "\\ud800x", "recipe": {"steps": []}}'),
                                      "its photo is not a file's path"),
    "a selection that is text": (_write('{"selection": "1", "recipe": {"steps": []}}'),
                                 "its selected step is not a whole number"),
    "a recipe that is text": (_write('{"recipe": "sharpen"}'),
                              "a recipe must be a JSON object"),
    "a step that is a number": (_write(_recipe([7])), "step 1 must be an object"),
    "not UTF-8": (_write(b'{"photo": "\xff\xfe", "recipe": {"steps": []}}'),
                  "it is not UTF-8 text"),
    "not JSON": (_write("{photo: here"), "not valid JSON at line 1, column 2"),
    "empty": (_write(b""), "not valid JSON at line 1, column 1"),
    "a FIFO": (os.mkfifo, "it cannot be read: is a pipe (FIFO), not a file"),
    "a folder": (os.mkdir, "it cannot be read: is a folder"),
    "a huge file": (_huge, f"it is larger than {MAX_SESSION_BYTES // 2**20} MB"),
    "a link to a device": (lambda path: os.symlink("/dev/zero", path),
                           "it cannot be read: is a device, not a file"),
}


@pytest.mark.parametrize("case", HOSTILE)
def test_a_damaged_session_is_set_aside_and_the_window_opens(qtbot, questions, case):
    make, said = HOSTILE[case]
    folder().mkdir()
    path = folder() / "session-hostile.json"
    make(path)
    kind = os.lstat(path).st_mode
    with pytest.raises(RecipeError, match=re.escape(said)):  # and never blocks on a FIFO
        finishes(lambda: _read_once(path))
    window = open_window(qtbot)
    settle(qtbot, window)
    assert questions.asked == []
    assert window.document.photo.path == resource_path(SAMPLE_PHOTO)
    aside = folder() / "session-hostile.damaged.json"
    assert not os.path.lexists(path)
    assert os.lstat(aside).st_mode == kind  # renamed, never deleted
    assert not path.with_suffix(".lock").exists()
    text = window.messages.dialog.text()
    reason = text.split("session-hostile.json could not be read (", 1)[1]
    reason, rest = reason.rsplit("); it was renamed session-hostile.damaged.json in ", 1)
    assert said in reason
    assert rest == f"{folder()}, and the window opened as usual."
    assert len(reason) <= 160  # a long one cut short, on one line
    assert "\n" not in reason


def _read_once(path):
    (held,) = left_behind()
    assert held.path == path
    try:
        return held.read()
    finally:
        held.release()


def test_a_damaged_session_of_an_earlier_version_is_set_aside_too(qtbot, questions):
    legacy = data_folder() / LEGACY_NAME
    legacy.write_text("[" * 100_000)
    window = open_window(qtbot)
    qtbot.waitUntil(lambda: window.messages.dialog is not None)
    assert "the session is nested too deeply" in window.messages.dialog.text()
    assert (data_folder() / "session.damaged.json").read_text() == "[" * 100_000
    assert questions.asked == []


def test_a_second_damaged_file_of_the_same_name_never_replaces_the_first(qtbot):
    folder().mkdir()
    (folder() / "session-x.damaged.json").write_text("the first")
    (folder() / "session-x.json").write_text("the second")
    open_window(qtbot)
    assert (folder() / "session-x.damaged.json").read_text() == "the first"
    assert (folder() / "session-x.damaged-2.json").read_text() == "the second"


def test_a_sessions_folder_that_cannot_be_made_turns_autosave_off_and_says_so(qtbot):
    data_folder().joinpath(SESSIONS_FOLDER).write_text("not a folder")
    window = open_window(qtbot)
    qtbot.waitUntil(lambda: window.messages.dialog is not None)
    assert "Autosave is off" in window.messages.dialog.text()
    window.document.edit(TWO_STEPS, 0, "two steps")
    settle(qtbot, window)
    window.autosave.save()  # nothing to write to, and nothing raised
    assert data_folder().joinpath(SESSIONS_FOLDER).read_text() == "not a folder"


# --- real starts, in processes of their own --------------------------------------------------
def _start(tmp_path, code=None):
    """`python -m kernelstudio` (or `code`) on the offscreen platform, with its settings
    and app data in `tmp_path`."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
       }
    command = ["-c", code] if code else ["-m", "kernelstudio"]
    return subprocess.Popen([sys.executable, *command], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _wait_for(process, ready, what):
    """Poll until `ready()`; fail if the process ends first (or after two minutes)."""
    deadline = time.monotonic() + 120
    while not ready():
        try:
            status = process.wait(timeout=0.2)
        except subprocess.TimeoutExpired:
            if time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"no {what} after two minutes: {process.communicate()[1][-2000:]}")
            continue
        pytest.fail(f"exited {status} before {what}: {process.communicate()[1][-2000:]}")


def _kill(process):
    process.send_signal(signal.SIGKILL)
    _out, err = process.communicate(timeout=60)
    assert process.returncode == -signal.SIGKILL, err  # it was running, not exited
    assert "Traceback" not in err, err


def _the_apps_folder(tmp_path):
    """Where the real application (not the tests' names) keeps its sessions."""
    return tmp_path / "data" / identity.ORGANIZATION / identity.APPLICATION / SESSIONS_FOLDER


def test_a_hostile_session_does_not_stop_a_real_start(tmp_path):
    sessions = _the_apps_folder(tmp_path)
    sessions.mkdir(parents=True)
    (sessions / "session-nested.json").write_text("[" * 100_000)
    os.mkfifo(sessions.parent / LEGACY_NAME)
    process = _start(tmp_path)
    hostile = sessions / "session-nested.json"
    _wait_for(process, lambda: live_sessions(hostile, where=sessions), "its own autosave")
    (own,) = live_sessions(hostile, where=sessions)
    assert json.loads(own.read_text())["photo"] == str(resource_path(SAMPLE_PHOTO))
    assert (sessions / "session-nested.damaged.json").read_text() == "[" * 100_000
    assert stat.S_ISFIFO(os.lstat(sessions.parent / "session.damaged.json").st_mode)
    _kill(process)


_PROMPT_PROBE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from kernelstudio.gui.app import application

def tell():
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            print(widget.windowTitle(), flush=True)
            timer.stop()

application()
timer = QTimer(interval=50, timeout=tell)
timer.start()
from kernelstudio.cli import main
sys.exit(main([]))
"""


def test_a_crash_while_the_prompt_is_up_loses_nothing(qtbot, questions, tmp_path, photo_path):
    QCoreApplication.setOrganizationName(identity.ORGANIZATION)  # the real app's folder
    assert folder() == _the_apps_folder(tmp_path)
    original = leave(Session(str(photo_path), TWO_STEPS, 1))
    kept = original.read_bytes()
    process = _start(tmp_path, _PROMPT_PROBE)
    _wait_for(process, lambda: live_sessions(original), "autosave while the prompt is up")
    assert finishes(process.stdout.readline).strip() == "Restore the last session?"
    assert original.read_bytes() == kept
    _kill(process)
    questions.answers = [Yes]
    window = open_window(qtbot)
    qtbot.waitUntil(lambda: window.document.photo.path == photo_path, timeout=10000)
    assert questions.asked == ["Restore the last session?"]  # the killed one had nothing
    assert window.document.stack == TWO_STEPS
    (mine,) = live_sessions()  # the original's stack, now in this window's own session
    assert len(json.loads(mine.read_text())["recipe"]["steps"]) == 2
