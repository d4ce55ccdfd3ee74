"""A non-editable install carries resources/ (and the compiled catalogues); CI builds a bundle
that brings its xcb libraries."""

import ast
import os
import re
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from kernelstudio.startup import PACKAGES

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_ships_resources_and_finds_the_sample_photo(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", tmp_path / "dist", ROOT],
        check=True, timeout=300, capture_output=True,
    )
    (wheel,) = (tmp_path / "dist").glob("kernelstudio-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "kernelstudio/resources/coffee.png" in names
    assert "kernelstudio/resources/README.md" in names
    assert "kernelstudio/resources/org.kernelstudio.KernelStudio.desktop" in names
    for icon in ("kernelstudio.svg", "kernelstudio-16.png", "kernelstudio-512.png",
                 "kernelstudio.ico", "kernelstudio.icns"):
        assert f"kernelstudio/resources/icons/{icon}" in names
    # Compiled by hatch_build.py although git ignores them.
    for language in ("zh_CN", "fr", "ja"):
        assert f"kernelstudio/resources/translations/kernelstudio_{language}.qm" in names

    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target",
                    target, wheel], check=True, timeout=300, capture_output=True)
    code = ("import kernelstudio.data as d, kernelstudio.core as c; p = d.resource_path("
            "d.SAMPLE_PHOTO); print(p); print(c.load_image(p).pixels.shape); "
            "from PySide6.QtCore import QTranslator; import kernelstudio.i18n as i; "
            "print(QTranslator().load(str(i.catalogue_path('fr', '.qm'))))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(target)},
                            check=True, timeout=60)
    path, shape, loaded = result.stdout.splitlines()
    assert Path(path).is_relative_to(target)
    assert shape == "(400, 600, 3)"
    assert loaded == "True"


def test_ci_installs_what_the_bundle_must_bring_and_runs_it_on_xcb():
    """The spec refuses to build without the xcb-util libraries; .ci/run installs them."""
    spec = (ROOT / "packaging" / "kernelstudio.spec").read_text(encoding="utf-8")
    brought = ast.literal_eval(re.search(r"^XCB_BROUGHT = (\[.*?\])", spec, re.S | re.M)[1])
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    installed = re.search(r"apt-get install -y (.*?)>/dev/null", ci, re.S)[1].split()
    assert {PACKAGES[name][0] for name in brought} <= set(installed)
    assert {"xvfb", "xauth"} <= set(installed)
    assert ci.index("apt-get install") < ci.index("packaging/build")
    assert 'QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --selftest' in ci


BUNDLED_CODECS = textwrap.dedent("""
    import sys
    import numpy as np
    import tifffile
    kept, folder = set(sys.argv[1].split(",")), sys.argv[2]

    class LeftOut:  # as in the bundle: imagecodecs' other extension modules are not there
        def find_spec(self, name, path=None, target=None):
            if name.startswith("imagecodecs._") and name not in kept:
                raise ImportError(f"{name} is not in the bundle")

    sys.meta_path.insert(0, LeftOut())
    from kernelstudio.core import load_image, save_image
    pixels = np.random.default_rng(1).integers(0, 65536, (30, 40, 3), dtype=np.uint16)
    for name in ("out.tif", "out.png"):
        save_image(f"{folder}/{name}", pixels)
        assert np.array_equal(load_image(f"{folder}/{name}").pixels, pixels), name
    for compression in ("adobe_deflate", "packbits", None):
        tifffile.imwrite(f"{folder}/in.tif", pixels, photometric="rgb",
                         compression=compression, predictor=compression == "adobe_deflate")
        assert np.array_equal(load_image(f"{folder}/in.tif").pixels, pixels), compression
    print("ok")
""")


def test_the_imagecodecs_modules_the_bundle_keeps_are_all_16_bit_files_need(tmp_path):
    spec = (ROOT / "packaging" / "kernelstudio.spec").read_text(encoding="utf-8")
    kept = ast.literal_eval(re.search(r"^IMAGECODECS_KEPT = (\[.*?\])", spec, re.S | re.M)[1])
    result = subprocess.run([sys.executable, "-c", BUNDLED_CODECS, ",".join(kept), tmp_path],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.stdout.strip() == "ok", result.stderr[-2000:]
