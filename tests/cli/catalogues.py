"""Writing small Qt Linguist catalogues (.ts) for tests, and reading the shipped ones."""

import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from kernelstudio import i18n


def write_catalogue(path: Path, language: str, entries) -> Path:
    """Write a .ts file of `entries`: (context, source, translation[, type]) each, where
    type is "unfinished", "obsolete" or None (a finished entry)."""
    root = ElementTree.Element("TS", version="2.1", language=language)
    contexts: dict[str, ElementTree.Element] = {}
    for context, source, translation, *kind in entries:
        if context not in contexts:
            contexts[context] = ElementTree.SubElement(root, "context")
            ElementTree.SubElement(contexts[context], "name").text = context
        message = ElementTree.SubElement(contexts[context], "message")
        ElementTree.SubElement(message, "source").text = source
        element = ElementTree.SubElement(message, "translation")
        element.text = translation
        if kind and kind[0]:
            element.set("type", kind[0])
    ElementTree.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
    return path


def use_folder(monkeypatch, folder: Path) -> None:
    """Have kernelstudio.i18n read its catalogues from `folder` (this process only)."""
    monkeypatch.setattr(i18n, "catalogue_path", lambda language, suffix=".ts": (
        folder / f"kernelstudio_{language}{suffix}"))


def shipped(language: str) -> dict[tuple[str, str], str]:
    """The finished entries of the catalogue kernelstudio ships for `language`."""
    try:
        return i18n._read_catalogue(language)
    except FileNotFoundError:
        pytest.fail(f"kernelstudio_{language}.ts is not in this installation")


def said(catalogue: dict[tuple[str, str], str], context: str, source: str) -> str:
    """`source`'s translation in `catalogue`, failing the test when it has none yet."""
    text = catalogue.get((context, source))
    assert text, f"no finished translation of {context}/{source!r} in the catalogue"
    return text
