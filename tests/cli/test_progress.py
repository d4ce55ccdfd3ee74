"""The progress line and summary of a batch, on a clock the test turns by hand."""

import io

import pytest

from kernelstudio.progress import BatchProgress, duration_left


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self):
        return self.now


def report(total=4, **options):
    clock, stream = Clock(), io.StringIO()
    return BatchProgress(total, prog="ks", stream=stream, clock=clock, **options), clock, stream


def test_the_time_left_is_the_time_per_file_so_far_times_the_files_left():
    progress, clock, _ = report(live=True)
    progress.start("a.png")
    assert progress.line() == "ks: 0/4 done, now a.png, estimating the time left"
    clock.now += 2
    progress.advance(0.5)  # half a file in 2 s: 3.5 files to go at 4 s each
    assert progress.line() == "ks: 0/4 done, now a.png 50%, about 14 s left"
    progress.finished(written=True)
    progress.start("b.png")
    assert progress.line() == "ks: 1/4 done, now b.png, about 6 s left"


def test_redraws_overwrite_the_line_and_the_summary_comes_after_a_wipe():
    progress, clock, stream = report(total=2, live=True)
    with progress:
        progress.start("a.png")
        clock.now += 1
        progress.advance(0.1)
        progress.finished(written=False)
        progress.say("ks: a.png is damaged")
        progress.start("b.png")
        progress.finished(written=True)
        clock.now += 0.25
        progress.finish()
    drawn = "ks: 0/2 done, now a.png, estimating the time left"
    again = "ks: 0/2 done, now a.png 10%, about 19 s left"
    after = "ks: 1/2 done, now b.png, about 1 s left"
    assert stream.getvalue() == (
        f"\r{drawn}\r{again.ljust(len(drawn))}\r{' ' * len(again)}\r"
        "ks: a.png is damaged\n"
        f"\r{after}\r{' ' * len(after)}\r"
        "ks: 1 written, 1 skipped in 1.2 s\n")


def test_redraws_within_a_file_are_spaced_out():
    progress, clock, stream = report(live=True)
    progress.start("a.png")
    for _ in range(50):
        progress.advance(0.5)  # no time passes: no redraw
    assert stream.getvalue().count("\r") == 1
    clock.now += 1
    progress.advance(0.6)
    assert stream.getvalue().count("\r") == 2


def test_not_on_a_terminal_only_the_summary_is_written():
    progress, _, stream = report(total=1)  # a StringIO is no terminal
    with progress:
        progress.start("a.png")
        progress.advance(0.5)
        progress.finished(written=True)
        progress.finish()
    assert stream.getvalue() == "ks: 1 written, 0 skipped in 0.0 s\n"


def test_quiet_writes_nothing_but_what_is_said():
    progress, _, stream = report(live=True, quiet=True)
    with progress:
        progress.start("a.png")
        progress.say("ks: an error")
        progress.finish()
    assert stream.getvalue() == "ks: an error\n"


def test_an_interrupted_batch_wipes_its_line_and_says_how_far_it_got():
    progress, _, stream = report(total=3, live=True)

    def batch():
        with progress:
            progress.start("a.png")
            progress.finished(written=True)
            progress.start("b.png")
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        batch()
    assert stream.getvalue().endswith(" \rks: 1 written, 0 skipped, 2 not done in 0.0 s\n")


@pytest.mark.parametrize(("seconds", "text"), [
    (0.01, "about 1 s left"), (59.2, "about 60 s left"), (60, "about 1 min left"),
    (61, "about 2 min left"), (3600, "about 1 h 0 min left"), (7322, "about 2 h 3 min left"),
])
def test_duration_left(seconds, text):
    assert duration_left(seconds) == text
