"""The build hook: compiles the translation catalogues (``.ts``) to Qt's ``.qm`` files.

Qt's QTranslator reads only the compiled ``.qm`` files, which are made here rather than kept
in git (resources/translations/*.qm is ignored). hatchling runs `CustomBuildHook` for the
wheel, which then carries them as artifacts, and for the editable install, which leaves them
beside the ``.ts`` files. The tests of a source checkout call `compile_catalogues` too
(tests/gui/conftest.py), so there is one way of making them.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

__all__ = ["CATALOGUES", "CustomBuildHook", "compile_catalogues"]

#: Where the catalogues live, from the root of the repository.
CATALOGUES = Path("resources") / "translations"

# PySide6's own wrapper finds lrelease inside the PySide6 package, so no PATH is needed:
# the build's isolated environment has PySide6 (a build requirement) but may not put its
# scripts on PATH.
_LRELEASE = "from PySide6.scripts.pyside_tool import lrelease; lrelease()"


def compile_catalogues(folder: str | Path) -> list[Path]:
    """Compile each ``*.ts`` of `folder` to the ``.qm`` beside it, if missing or older.

    Returns the ``.qm`` files of `folder` (compiled now or before). `RuntimeError` if
    lrelease fails, with its output.
    """
    made = []
    for source in sorted(Path(folder).glob("*.ts")):
        target = source.with_suffix(".qm")
        if not target.is_file() or target.stat().st_mtime < source.stat().st_mtime:
            result = subprocess.run(
                [sys.executable, "-c", _LRELEASE, "-silent", str(source), "-qm", str(target)],
                capture_output=True, text=True, check=False)
            if result.returncode != 0 or not target.is_file():
                raise RuntimeError(f"lrelease could not compile {source}: "
                                   f"{(result.stdout + result.stderr).strip()}")
        made.append(target)
    return made


class CustomBuildHook(BuildHookInterface):
    """Compiles the catalogues before the wheel (or the editable install) is made."""

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel":  # the sdist carries the .ts files, not the .qm
            return
        made = compile_catalogues(Path(self.root) / CATALOGUES)
        # The .qm files are ignored by git, and so by hatchling unless they are artifacts.
        build_data["artifacts"].extend(
            path.relative_to(self.root).as_posix() for path in made)
