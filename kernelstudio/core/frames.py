"""Animations and multi-page files: how their frames are played, and written back.

Frames are kept as Pillow composes them: each one the whole picture as shown, so an
output needs no disposal or blending of its own to play the same.
"""

from __future__ import annotations

from dataclasses import dataclass

from .words import translate

__all__ = ["MAX_FRAMES", "MULTI_FRAME_FORMATS", "Timing", "frame_options", "frames_kept"]

#: Output formats that hold several frames: animated PNG, WebP and AVIF, multi-page TIFF.
MULTI_FRAME_FORMATS = ("PNG", "WEBP", "AVIF", "TIFF")

#: The most frames a photo is read with: 40 s of a 25-frame-a-second animation, more pages
#: than a scanned document has. Pillow's TIFF writer takes time that grows as the square
#: of the pages (1000 pages in 1.5 s, 2000 in 4.5 s): the limit keeps any save short.
MAX_FRAMES = 1000

#: The longest WebP frame, in milliseconds: its duration has 24 bits.
_WEBP_LONGEST = 0xFFFFFF
#: The longest WebP animation, in milliseconds: libwebp's timestamps are C ints.
_WEBP_TOTAL = 2**31 - 1


@dataclass(frozen=True)
class Timing:
    """How an animation plays: each frame's duration and how many times it loops."""

    #: Milliseconds each frame is shown, the first frame's first.
    durations: tuple[float, ...]
    #: Times the animation plays; 0 is forever.
    loop: int = 0


def frame_options(kind: str, count: int, timing: Timing | None) -> dict:
    """Pillow's save options for `count` frames in the format `kind` (one of
    `MULTI_FRAME_FORMATS`)."""
    options: dict = {"save_all": True}
    if kind == "TIFF":
        return options
    durations = list(timing.durations) if timing is not None else []
    if len(durations) != count:
        durations = [100.0] * count  # no timing, or not for these frames: 10 per second
    if kind == "WEBP":  # longer frames are shown for as long as WebP can say
        durations = [round(min(value if value > 0 else 0, _WEBP_LONGEST)) for value in durations]
        total = sum(durations)
        if total > _WEBP_TOTAL:
            durations = [value * _WEBP_TOTAL // total for value in durations]
    if kind == "AVIF":  # whole milliseconds; Pillow gives AVIF no loop count
        options["duration"] = [round(max(value, 0)) for value in durations]
        return options
    options["duration"] = durations
    loop = timing.loop if timing is not None else 0
    # WebP counts loops in 16 bits (APNG in 32); a longer count is as good as forever.
    options["loop"] = loop if kind != "WEBP" or loop <= 0xFFFF else 0
    if kind == "PNG":
        options["default_image"] = False
    return options


def frames_kept(kind: str, name: str, count: int) -> tuple[int, tuple[str, ...]]:
    """How many of `count` frames a file `name` in the format `kind` holds, and the note
    for the user when that is fewer.

    >>> frames_kept("PNG", "out.png", 12)
    (12, ())
    >>> frames_kept("JPEG", "out.jpg", 12)
    (1, ('out.jpg holds one frame; only the first of 12 was written',))
    >>> frames_kept("TIFF", "out.tif", 1200)
    (1000, ('out.tif: only the first 1000 of 1200 frames were written',))
    """
    if count > MAX_FRAMES and kind in MULTI_FRAME_FORMATS:
        return MAX_FRAMES, (translate("notes", "{name}: only the first {max_frames} of {count} "
                                               "frames were written")
                            .format(name=name, max_frames=MAX_FRAMES, count=count),)
    if count <= 1 or kind in MULTI_FRAME_FORMATS:
        return count, ()
    return 1, (translate("notes", "{name} holds one frame; only the first of {count} was written")
               .format(name=name, count=count),)
