"""The examples in the core's docstrings run, and print what they say."""

import doctest
import importlib
import pkgutil
import re

import pytest

import kernelstudio.core

#: How NumPy 2 writes a scalar, such as np.float64(1.0), where NumPy 1 wrote 1.0.
SCALAR_REPR = re.compile(r"np\.(u?int|float|complex|bool|str_|bytes_|datetime|timedelta)\w*\(")
MODULES = sorted(f"kernelstudio.core.{info.name}"
                 for info in pkgutil.iter_modules(kernelstudio.core.__path__))


@pytest.mark.parametrize("name", ["kernelstudio.core", *MODULES])
def test_docstring_examples(name):
    module = importlib.import_module(name)
    results = doctest.testmod(module, optionflags=doctest.NORMALIZE_WHITESPACE, report=False)
    assert results.failed == 0, f"{results.failed} of {results.attempted} examples failed"


def test_examples_print_no_numpy_scalar_reprs():
    # Examples must print the same on every NumPy the project allows (1.24 and 2.x), so they
    # convert scalars with float(), int() or .tolist().
    finder = doctest.DocTestFinder()
    for name in MODULES:
        for test in finder.find(importlib.import_module(name)):
            for example in test.examples:
                assert not SCALAR_REPR.search(example.want), f"{test.name}: {example.want!r}"
