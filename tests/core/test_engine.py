"""The engine's methods, threads, cancellation and memory, beyond plain agreement."""

import threading
import tracemalloc
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pytest
from references import loop, opencv, round_saturate

from kernelstudio.core import (
    METHODS,
    Cancelled,
    ImageError,
    Stack,
    Step,
    convolve,
    engine,
    gaussian_kernel,
    get_preset,
)
from kernelstudio.core.methods import choose, low_rank

RNG = np.random.default_rng(99)
PHOTO = RNG.integers(0, 256, (600, 800, 3), dtype=np.uint8)


@pytest.mark.parametrize(
    ("kernel", "path"),
    [
        (RNG.normal(size=(3, 3)), "direct"),
        (RNG.normal(size=(5, 5)), "direct"),
        (gaussian_kernel(15), "separable"),
        (get_preset("motion_blur").kernel(length=31), "separable"),
        (get_preset("box").kernel(size=31), "separable"),
        (RNG.normal(size=(31, 31)), "fft"),
    ],
    ids=["dense 3", "dense 5", "gaussian 15", "motion 1x31", "box 31", "dense 31"],
)
def test_auto_picks_the_path_the_docs_promise(kernel, path):
    assert choose(kernel, np.dtype(np.float32), 3000, 4000).name == path


@pytest.mark.parametrize(
    "kernel",
    [np.array([[0.5]]), np.ones((3, 3)) / 9, gaussian_kernel(7), get_preset("unsharp").kernel(),
     get_preset("sobel").kernel(direction="left")],
    ids=["half", "box", "gaussian", "unsharp", "sobel"],
)
def test_low_rank_factors_preset_kernels_exactly(kernel):
    columns, rows = low_rank(kernel)
    np.testing.assert_array_equal(np.einsum("ti,tj->ij", columns, rows), kernel)
    assert len(columns) <= 2


@pytest.mark.parametrize(("kernel", "rank"), [(RNG.normal(size=(6, 9)), 6),
                                              (get_preset("laplacian").kernel(size=7), 2)])
def test_low_rank_finds_the_rank_and_reconstructs(kernel, rank):
    columns, rows = low_rank(kernel)
    assert len(columns) == rank
    np.testing.assert_allclose(np.einsum("ti,tj->ij", columns, rows), kernel, atol=1e-13)


def test_exact_ties_round_to_even_on_every_path():
    image = np.full((40, 40), 255, np.uint8)
    for method in METHODS:
        assert (convolve(image, [[0.5]], method=method) == 128).all(), method
        assert (convolve(image, np.full((3, 3), 0.5 / 9), method=method) == 128).all(), method


@pytest.mark.parametrize("dtype", [np.uint8, np.uint16])
def test_fft_stays_within_one_with_large_cancelling_weights(dtype):
    # A 31×31 Laplacian sums to zero from weights of ±960: float32 FFTs would drift.
    kernel = get_preset("laplacian").kernel(size=31)
    image = (RNG.random((300, 280, 3)) * np.iinfo(dtype).max).astype(dtype)
    ours = convolve(image, kernel, method="fft")
    exact = round_saturate(opencv(image.astype(np.float64), kernel), dtype)
    assert np.abs(ours.astype(np.int64) - exact).max() <= 1


@pytest.mark.parametrize("method", METHODS)
def test_cancel_stops_a_long_job_early_on_every_path(method):
    image = np.zeros((2400, 1600, 3), np.uint8)
    kernel = RNG.normal(size=(25, 25))
    height, width, channels = image.shape
    path = choose(engine.trim_kernel(kernel)[0], engine.work_dtype(image.dtype), height, width,
                  method)
    block_h, block_w = path.block_shape(height, width, channels)
    blocks = -(-height // block_h) * -(-width // block_w)
    threads = engine.thread_count()
    assert blocks > 2 * threads  # else stopping early could not be told from finishing
    cancel = threading.Event()
    seen = []

    def stop_after_first(fraction):
        seen.append(fraction)
        cancel.set()

    with pytest.raises(Cancelled):
        convolve(image, kernel, method=method, cancel=cancel, progress=stop_after_first)
    # The first block sets the flag; every other thread finishes at most the block it holds.
    assert 1 <= len(seen) <= threads
    assert max(seen) <= len(seen) * block_h * block_w / (height * width)


def test_an_error_in_one_block_propagates_and_stops_the_others():
    calls = []

    def finish(values, rows, cols):
        calls.append(rows.start)
        if rows.start > 0:
            raise RuntimeError("boom")
        return values

    # Random weights: the direct method's strips cut this photo into 5 blocks (the integer
    # sums of ones, or the separable method, would make 3: too few to tell stopping from
    # finishing).
    kernel = np.random.default_rng(4).normal(size=(3, 3))
    with pytest.raises(RuntimeError, match="boom"):
        engine.correlate(PHOTO, kernel, border="reflect101", anchor=(1, 1),
                         out_dtype=np.dtype(np.uint8), finish=finish)
    path = choose(kernel, np.dtype(np.float32), *PHOTO.shape[:2], "auto", PHOTO.shape[2],
                  PHOTO.dtype, 0.0)
    blocks = len(range(0, PHOTO.shape[0], path.block_shape(*PHOTO.shape[:2], 3)[0]))
    assert blocks == 5
    assert len(calls) < blocks


def test_concurrent_callers_get_their_own_correct_results():
    kernels = [RNG.normal(size=(size, size)) for size in (3, 7, 15, 27)]
    expected = [opencv(PHOTO, kernel) for kernel in kernels]
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda k: convolve(PHOTO, k), kernels * 2))
    for result, reference in zip(results, expected * 2, strict=True):
        assert np.abs(result.astype(int) - reference).max() <= 1


def test_steps_run_their_finishing_in_worker_threads_correctly():
    step = Step(kernel=RNG.normal(size=(31, 31)), absolute=True, offset=20, opacity=0.5,
                channels="rb")
    ours = Stack((step,)).apply(PHOTO)
    raw = opencv(PHOTO.astype(np.float64), step.kernel)
    mixed = PHOTO + 0.5 * (np.abs(raw) + 20 - PHOTO)
    expected = PHOTO.copy()
    expected[..., [0, 2]] = round_saturate(mixed, np.uint8)[..., [0, 2]]
    assert np.abs(ours.astype(int) - expected).max() <= 1


def extra_memory(image, kernel) -> int:
    convolve(image[:32, :32], kernel)  # start the worker threads outside the measurement
    tracemalloc.start()
    try:
        result = convolve(image, kernel)
        return tracemalloc.get_traced_memory()[1] - result.nbytes
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("kernel", [RNG.normal(size=(3, 3)), gaussian_kernel(21),
                                    RNG.normal(size=(31, 31))], ids=["direct", "separable", "fft"])
def test_memory_beyond_the_output_is_a_fixed_budget_per_thread(kernel):
    # Buffers are per worker thread and per block (at most about 40 MiB a thread, for FFT
    # tiles), whatever the photo's size; a float copy of this photo alone would be 72 MB.
    image = RNG.integers(0, 256, (3000, 2000, 3), dtype=np.uint8)
    assert extra_memory(image, kernel) < engine.thread_count() * 40 * 2**20


def test_correlate_writes_into_an_out_it_is_given_and_finish_may_read_it():
    image = np.random.default_rng(8).integers(0, 256, (40, 30, 1)).astype(np.uint8)
    kernel = np.random.default_rng(9).normal(size=(3, 3))
    out = np.full((40, 30, 1), 7.0, np.float32)

    def add(values, rows, cols):
        values += out[rows, cols]
        return values

    returned = engine.correlate(image, kernel, border="wrap", anchor=(1, 1), out_dtype=np.float32,
                         finish=add, out=out)
    assert returned is out
    expected = loop(image, kernel, "wrap") + 7
    np.testing.assert_allclose(out, expected, atol=1e-3)
    with pytest.raises(ImageError, match=r"out must be float32 of shape \(40, 30, 1\)"):
        engine.correlate(image, kernel, border="wrap", anchor=(1, 1), out_dtype=np.float32,
                  out=np.empty((40, 30, 1), np.float64))
