"""The layers: core and the command line never load Qt, OpenCV or scipy."""

import subprocess
import sys

FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "cv2", "scipy")


def loaded_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print('\\n'.join(sys.modules))"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, timeout=60).stdout
    return {name.split(".")[0] for name in output.split()}


def test_core_loads_no_qt_and_no_reference_libraries():
    loaded = loaded_after("import kernelstudio.core")
    assert "numpy" in loaded
    assert "PIL" in loaded
    assert not loaded & set(FORBIDDEN)


def test_command_line_loads_no_qt():
    assert not loaded_after("import kernelstudio.cli") & set(FORBIDDEN)
