"""Independent references for the convolution core: OpenCV, scipy and a float64 loop.

None of these share code with kernelstudio: OpenCV and scipy are other libraries, and the
loop pads with NumPy's own `np.pad` modes and sums every pixel's window explicitly.
"""

import cv2
import numpy as np
from scipy import ndimage

CV_BORDERS = {
    "reflect101": cv2.BORDER_REFLECT_101,
    "reflect": cv2.BORDER_REFLECT,
    "replicate": cv2.BORDER_REPLICATE,
    "wrap": cv2.BORDER_WRAP,
    "constant": cv2.BORDER_CONSTANT,
}
NP_PAD_MODES = {
    "reflect101": "reflect",
    "reflect": "symmetric",
    "replicate": "edge",
    "wrap": "wrap",
    "constant": "constant",
}
SCIPY_MODES = {
    "reflect101": "mirror",
    "reflect": "reflect",
    "replicate": "nearest",
    "wrap": "wrap",
    "constant": "constant",
}


def opencv(image, kernel, border="reflect101", cval=0.0, anchor=None):
    """OpenCV's filter2D in the image's own type (so with OpenCV's own rounding).

    filter2D has no wrap border and no fill value, so those go through copyMakeBorder and a
    filter2D over the padded image whose middle is kept. ``valid`` is the part of a padded
    result where the kernel lies inside the image.
    """
    image = np.asarray(image)
    kernel = np.asarray(kernel, dtype=np.float64)
    kh, kw = kernel.shape
    ay, ax = (kh // 2, kw // 2) if anchor is None else anchor
    if border == "valid":
        full = opencv(image, kernel, "reflect101", anchor=(ay, ax))
        return full[ay : ay + image.shape[0] - kh + 1, ax : ax + image.shape[1] - kw + 1]
    if border == "wrap" or (border == "constant" and cval != 0):
        padded = cv2.copyMakeBorder(
            image, ay, kh - 1 - ay, ax, kw - 1 - ax, CV_BORDERS[border], value=[cval] * 4
        )
        out = cv2.filter2D(padded, -1, kernel, anchor=(0, 0), borderType=cv2.BORDER_CONSTANT)
        out = out[: image.shape[0], : image.shape[1]]
    else:
        out = cv2.filter2D(image, -1, kernel, anchor=(ax, ay), borderType=CV_BORDERS[border])
    # OpenCV drops a trailing channel axis of length 1.
    return out if out.ndim == image.ndim else out[..., None]


def random_image(rng, shape, dtype):
    """Random pixels over a type's whole range (0 to 1 for float types)."""
    if np.dtype(dtype).kind == "f":
        return rng.random(shape).astype(dtype)
    return rng.integers(0, np.iinfo(dtype).max, shape, endpoint=True).astype(dtype)


def padded(image, kernel_shape, border="reflect101", cval=0.0, anchor=None):
    """The image in float64 with np.pad's border, so output (r, c) reads ``[r:r + kh, c:c + kw]``.

    ``valid`` pads nothing; `cval` is used as given (saturate it first for integer images).
    """
    planes = np.asarray(image, dtype=np.float64)
    if border == "valid":
        return planes
    kh, kw = kernel_shape
    ay, ax = (kh // 2, kw // 2) if anchor is None else anchor
    widths = ((ay, kh - 1 - ay), (ax, kw - 1 - ax)) + ((0, 0),) * (planes.ndim - 2)
    extra = {"constant_values": cval} if border == "constant" else {}
    return np.pad(planes, widths, mode=NP_PAD_MODES[border], **extra)


def loop(image, kernel, border="reflect101", cval=0.0, anchor=None):
    """Float64 correlation by an explicit loop over output pixels (for small images)."""
    image = np.asarray(image, dtype=np.float64)
    kernel = np.asarray(kernel, dtype=np.float64)
    flat = image.ndim == 2
    planes = image[..., None] if flat else image
    kh, kw = kernel.shape
    padded_planes = padded(planes, kernel.shape, border, cval, anchor)
    out_h, out_w = padded_planes.shape[0] - kh + 1, padded_planes.shape[1] - kw + 1
    out = np.zeros((out_h, out_w, planes.shape[2]))
    for r in range(out_h):
        for c in range(out_w):
            window = padded_planes[r : r + kh, c : c + kw]
            out[r, c] = np.einsum("ijk,ij->k", window, kernel)
    return out[..., 0] if flat else out


def scipy_correlate(image, kernel, border="reflect101", cval=0.0):
    """scipy.ndimage.correlate per channel (its centre n // 2 is OpenCV's default anchor)."""
    image = np.asarray(image, dtype=np.float64)
    kernel = np.asarray(kernel, dtype=np.float64)
    planes = image[..., None] if image.ndim == 2 else image
    out = np.stack(
        [
            ndimage.correlate(planes[..., k], kernel, mode=SCIPY_MODES[border], cval=cval)
            for k in range(planes.shape[2])
        ],
        axis=-1,
    )
    return out[..., 0] if image.ndim == 2 else out


def round_saturate(values, dtype):
    """Round to nearest and saturate to an integer dtype's range."""
    info = np.iinfo(dtype)
    return np.clip(np.rint(values), info.min, info.max)
