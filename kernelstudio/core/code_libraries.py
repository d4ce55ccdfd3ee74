"""Each library's ``correlate`` for the Python scripts of `kernelstudio.core.code`.

``correlate(planes, weights, anchor, border[, fill])`` sums weights × neighbours for every
pixel of every channel of a float64 (rows, cols, channels) array, with kernelstudio's
anchor (row, col) and border names, in the library's own terms. Only the borders the
steps use are written.
"""

from __future__ import annotations

__all__ = ["correlate"]

#: kernelstudio's borders in each library's words, where its filter takes them by name.
#: OpenCV's filter2D has no wrap border and fills a constant one with 0 only; F.pad has no
#: border repeating the edge pixel: those are padded by a branch of their own.
_NAMES = {
    "opencv": {"reflect101": "cv2.BORDER_REFLECT_101", "reflect": "cv2.BORDER_REFLECT",
               "replicate": "cv2.BORDER_REPLICATE", "constant": "cv2.BORDER_CONSTANT"},
    "scipy": {"reflect101": '"mirror"', "reflect": '"reflect"', "replicate": '"nearest"',
              "wrap": '"wrap"', "constant": '"constant"'},
    "pytorch": {"reflect101": '"reflect"', "replicate": '"replicate"', "wrap": '"circular"',
                "constant": '"constant"'},
}
_TABLE = {"opencv": ("BORDERS", "kernelstudio's border names, and OpenCV's"),
          "scipy": ("MODES", "kernelstudio's border names, and SciPy's"),
          "pytorch": ("PADDING", "kernelstudio's border names, and F.pad's (whose \"reflect\" "
                      "is kernelstudio's reflect101)")}


def correlate(target: str, borders: frozenset[str], fill: bool) -> str:
    """The table of border names and the ``correlate`` function of `target`, for steps
    using `borders`; `fill` when a constant border fills with something other than 0."""
    named = [border for border in _NAMES[target] if border in borders
             and not (border == "constant" and fill and target != "scipy")]
    parts = []
    if named:
        table, about = _TABLE[target]
        parts.append("\n".join([f"# {about}.", f"{table} = {{",
                                *(f'    "{border}": {_NAMES[target][border]},' for border in named),
                                "}"]))
    writer = {"opencv": _opencv, "scipy": _scipy, "pytorch": _pytorch}[target]
    parts.append(writer(borders, fill, named))
    return "\n\n\n".join(parts)


def _signature(fill: bool) -> str:
    return f"def correlate(planes, weights, anchor, border{', fill' if fill else ''}):"


def _branches(cases: list[tuple[str | None, list[str]]]) -> list[str]:
    """``if``/``elif``/``else`` over `cases` ((condition, body lines) pairs, None last for
    the rest), indented for a function body; a single case is written without a test."""
    if len(cases) == 1:
        return ["    " + line for line in cases[0][1]]
    lines = []
    for index, (test, body) in enumerate(cases):
        head = "else:" if test is None else f"{'if' if index == 0 else 'elif'} {test}:"
        lines += ["    " + head, *("        " + line for line in body)]
    return lines


def _in(names: list[str]) -> str:
    """The condition that `border` is one of `names`."""
    if len(names) == 1:
        return f'border == "{names[0]}"'
    return "border in (" + ", ".join(f'"{name}"' for name in names) + ")"


def _opencv(borders, fill, named) -> str:
    cases = []
    if "valid" in borders:
        cases.append(('border == "valid"', [
            "# Any border will do: the pixels it reaches are cut off.",
            "sums = cv2.filter2D(planes, -1, weights, anchor=(col, row))",
            "sums = inside(sums, weights.shape, anchor)"]))
    padded = [name for name in ("wrap", "constant") if name in borders and name not in named]
    if padded:
        kind = {"wrap": "cv2.BORDER_WRAP", "constant": "cv2.BORDER_CONSTANT"}
        how = (kind[padded[0]] if len(padded) == 1
               else 'cv2.BORDER_WRAP if border == "wrap" else cv2.BORDER_CONSTANT')
        value = ", value=(fill,) * 4" if fill else ""
        cases.append((_in(padded), [
            "# filter2D has no wrap border, and fills a constant one with 0: pad first.",
            "kh, kw = weights.shape",
            f"kind = {how}",
            "padded = cv2.copyMakeBorder(planes, row, kh - 1 - row, col, kw - 1 - col,",
            f"                            kind{value})",
            "sums = cv2.filter2D(padded, -1, weights, anchor=(0, 0))",
            "sums = sums[: planes.shape[0], : planes.shape[1]]"]))
    if named:
        cases.append((None, [
            "sums = cv2.filter2D(planes, -1, weights, anchor=(col, row),",
            "                    borderType=BORDERS[border])"]))
    return "\n".join([
        _signature(fill),
        '    """Each channel of `planes` (rows, cols, channels) correlated with `weights`.',
        "",
        "    cv2.filter2D correlates (it does not turn the kernel round), as kernelstudio does;",
        "    its anchor is (x, y), that is (col, row).",
        '    """',
        "    row, col = anchor",
        *_branches(cases),
        "    return sums.reshape(sums.shape[0], sums.shape[1], -1)  "
        "# OpenCV drops a last axis of 1",
    ])


def _scipy(borders, fill, named) -> str:
    if "valid" in borders and named:
        mode = ['    # "valid": any mode will do, the pixels it reaches are cut off.',
                '    mode = "mirror" if border == "valid" else MODES[border]']
    elif named:
        mode = ["    mode = MODES[border]"]
    else:
        mode = ['    mode = "mirror"  # any mode will do: "valid" cuts off the pixels it reaches']
    cval = ", cval=fill" if fill else ""
    lines = [
        _signature(fill),
        '    """Each channel of `planes` (rows, cols, channels) correlated with `weights`.',
        "",
        "    ndimage.correlate does not turn the kernel round, as kernelstudio does not; its",
        "    origin counts from the kernel's centre (rows // 2, cols // 2), not from its corner.",
        '    """',
        "    origin = (anchor[0] - weights.shape[0] // 2, anchor[1] - weights.shape[1] // 2)",
        *mode,
        "    sums = np.dstack([",
        f"        ndimage.correlate(planes[..., channel], weights, mode=mode{cval}, origin=origin)",
        "        for channel in range(planes.shape[2])",
        "    ])",
    ]
    if "valid" in borders:
        lines += ['    if border == "valid":', "        sums = inside(sums, weights.shape, anchor)"]
    return "\n".join([*lines, "    return sums"])


def _pytorch(borders, fill, named) -> str:
    lines = [
        _signature(fill),
        '    """Each channel of `planes` (rows, cols, channels) correlated with `weights`.',
        "",
        "    F.conv2d, like every convolution layer of a CNN, correlates: it does not turn the",
        "    kernel round, as kernelstudio does not.",
        '    """',
        "    kh, kw = weights.shape",
    ]
    if borders - {"valid"}:  # some border pads
        lines += ["    row, col = anchor",
                  "    top, bottom, left, right = row, kh - 1 - row, col, kw - 1 - col  "
                  "# beyond each edge"]
    if "reflect" in borders:
        lines += ['    if border == "reflect":  # F.pad cannot, NumPy\'s "symmetric" does',
                  "        planes = np.pad(planes, ((top, bottom), (left, right), (0, 0)), "
                  'mode="symmetric")']
    lines.append("    batch = torch.from_numpy(planes).permute(2, 0, 1).unsqueeze(0)  "
                 "# (1, channels, rows, cols)")
    cases = []
    if fill and "constant" in borders:
        cases.append(('border == "constant"',
                      ["batch = F.pad(batch, (left, right, top, bottom), value=fill)"]))
    if named:
        cases.append(("border in PADDING",
                      ["batch = F.pad(batch, (left, right, top, bottom), mode=PADDING[border])"]))
    for index, (test, body) in enumerate(cases):
        lines += [f"    {'elif' if index else 'if'} {test}:", *("        " + line for line in body)]
    return "\n".join([
        *lines,
        "    # One kernel per channel: the weight tensor's shape is (out, in / groups, kh, kw),",
        "    # here (channels, 1, kh, kw) with groups=channels, so each channel is filtered alone.",
        "    channels = planes.shape[2]",
        "    kernel = torch.from_numpy(weights).reshape(1, 1, kh, kw).repeat(channels, 1, 1, 1)",
        "    sums = F.conv2d(batch, kernel, groups=channels)  # no padding of its own",
        "    return sums[0].permute(1, 2, 0).numpy()",
    ])
