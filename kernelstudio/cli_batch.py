"""``kernelstudio apply`` over many photos: reading, filtering and writing overlap.

Decoding and encoding a photo take longer than filtering it with a small kernel, and
Pillow's codecs let other threads run. So a thread reads the photo after the one being
filtered (which the calling thread filters on every core, with the engine's own threads)
while another writes the one before: the engine never runs more threads than there are
cores, and the batch holds at most four photos' pixels (the next input, this input and
its result, and the previous result being written).

Each photo is reported in order, once it is written or has failed, before the next one
starts; a photo that fails at any stage is skipped and the batch goes on.
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import numpy as np

from kernelstudio.core import Stack, load_image, save_image
from kernelstudio.core.frames import frames_kept
from kernelstudio.core.imageio import reuse_image_memory
from kernelstudio.core.passes import channel_indices
from kernelstudio.core.saving import check_output
from kernelstudio.core.words import translate
from kernelstudio.progress import BatchProgress

__all__ = ["apply_all"]


@dataclasses.dataclass
class _Photo:
    """What is kept of a photo read for filtering: the frames the output can hold, what
    saving needs of the rest, and the notes for the user."""

    frames: list[np.ndarray | None]
    timing: object
    icc: bytes | None
    exif: bytes | None
    notes: list[str]


def _read(source: Path, target: Path, stack: Stack, max_pixels: int, keep: bool) -> _Photo:
    photo = load_image(source, max_pixels=max_pixels)
    kind = check_output(target, photo.pixels.shape)
    notes = list(photo.notes)
    kept, told = frames_kept(kind, str(target), 1 + len(photo.more_frames))
    notes += told
    count = 1 if photo.pixels.ndim == 2 else photo.pixels.shape[2]
    for number, step in enumerate(stack.enabled_steps, 1):
        if not channel_indices(step.channels, count):
            notes.append(translate("cli", "{file} has no alpha channel, so step {number} "
                                          "(channels {channels}) leaves it as it is")
                         .format(file=source, number=number, channels=repr(step.channels)))
    return _Photo([photo.pixels, *photo.more_frames][:kept], photo.timing,
                  photo.icc_profile if keep else None, photo.exif if keep else None, notes)


def _filter(photo: _Photo, stack: Stack, report: BatchProgress) -> list[np.ndarray]:
    """Every frame filtered; each input's memory is let go as soon as it is done."""
    frames, results = photo.frames, []
    for index in range(len(frames)):
        def progress(fraction, index=index):
            report.advance((index + fraction) / len(frames))

        results.append(stack.apply(frames[index], progress=progress))
        frames[index] = None
    return results


def _write(target: Path, results: list[np.ndarray], photo: _Photo, quality: int) -> list[str]:
    return list(save_image(target, results[0], more_frames=tuple(results[1:]),
                           timing=photo.timing, quality=quality, icc_profile=photo.icc,
                           exif=photo.exif))


def apply_all(inputs: Sequence[Path], targets: Sequence[Path], stack: Stack, *,
              max_pixels: int, keep_metadata: bool, quality: int, report: BatchProgress,
              note: Callable[[str], None], failed: Callable[[Path, Exception], None]) -> None:
    """Filter each of `inputs` with `stack` into its target, reporting each to `report`
    (and its notes to `note`, its failure to ``failed(source, error)``) in order.

    Ctrl+C and the stopping signals arrive in the calling thread, which stops at once; a
    photo already being written is finished (the file is whole, never partial).
    """
    pairs = list(zip(inputs, targets, strict=True))
    if len(pairs) > 1:
        reuse_image_memory()
    writer = ThreadPoolExecutor(1, thread_name_prefix="kernelstudio-write")

    def read(index: int) -> Future | None:
        if index >= len(pairs):
            return None
        source, target = pairs[index]
        return _in_background(_read, source, target, stack, max_pixels, keep_metadata)

    def wait_for(writing: tuple[Path, Future] | None) -> None:
        if writing is None:
            return
        source, future = writing
        try:
            notes = future.result()
        except Exception as exc:  # whatever stops one file, the batch goes on
            failed(source, exc)
            return
        for text in notes:
            note(text)
        report.finished(written=True)

    writing = None
    try:
        upcoming = read(0)
        for index, (source, target) in enumerate(pairs):
            current, upcoming = upcoming, read(index + 1)
            # The previous photo is reported first (its writing overlapped the reading of
            # this one): the progress line names the photo being filtered.
            wait_for(writing)
            writing = None
            report.start(source.name)
            try:
                photo = current.result()
                for text in photo.notes:
                    note(text)
                results = _filter(photo, stack, report)
            except Exception as exc:
                photo = results = None  # let this photo go while the next is filtered
                failed(source, exc)
                continue
            writing = source, writer.submit(_write, target, results, photo, quality)
            del photo, results
        wait_for(writing)
        writing = None
    finally:
        # Stopped (Ctrl+C, a signal) with a photo being written: it is finished, and
        # counted. A photo being read is left to its thread, which nothing waits for.
        if writing is not None and not writing[1].cancel():
            with contextlib.suppress(Exception):
                writing[1].result()
                report.finished(written=True)
        writer.shutdown(wait=True, cancel_futures=True)


def _in_background(function, *args) -> Future:
    """``function(*args)`` run on a daemon thread: a read that hangs (a stalled network
    folder) neither holds up Ctrl+C nor keeps the process from ending."""
    future: Future = Future()

    def run() -> None:
        if future.set_running_or_notify_cancel():
            try:
                future.set_result(function(*args))
            except BaseException as exc:  # handed to whoever waits for the result
                future.set_exception(exc)

    threading.Thread(target=run, name="kernelstudio-read", daemon=True).start()
    return future
