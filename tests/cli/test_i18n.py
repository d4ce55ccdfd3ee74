"""kernelstudio.i18n: the language a locale names, and the .ts catalogue the command line reads."""

import pytest
from catalogues import use_folder, write_catalogue

from kernelstudio import i18n
from kernelstudio.core import words


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    words.use_translator(None)


@pytest.mark.parametrize(("locale", "language"), [
    ("fr", "fr"), ("fr_FR", "fr"), ("fr_CA.UTF-8", "fr"), ("fr-BE", "fr"), ("FR", "fr"),
    ("ja_JP.eucJP", "ja"), ("ja", "ja"),
    ("zh_CN.UTF-8", "zh_CN"), ("zh_TW", "zh_CN"), ("zh-Hans", "zh_CN"), ("zh", "zh_CN"),
    ("en_GB", "en"), ("de_DE.UTF-8", "en"), ("C", "en"), ("POSIX", "en"), ("", "en"),
    (None, "en"), ("sr_RS@latin", "en"),
])
def test_language_for_a_locale(locale, language):
    assert i18n.language_for(locale) == language


@pytest.mark.parametrize(("environ", "language"), [
    ({}, "en"),
    ({"LANG": "ja_JP.UTF-8"}, "ja"),
    ({"LANG": "ja_JP.UTF-8", "LC_MESSAGES": "fr_FR.UTF-8"}, "fr"),
    ({"LANG": "ja_JP.UTF-8", "LC_MESSAGES": "fr_FR", "LC_ALL": "zh_CN.UTF-8"}, "zh_CN"),
    ({"LC_ALL": "zh_CN.UTF-8", "LANGUAGE": "fr:ja"}, "fr"),  # LANGUAGE's first entry wins
    ({"LANGUAGE": "", "LANG": "ja_JP"}, "ja"),  # an empty variable counts as unset
    ({"LANG": "de_DE.UTF-8"}, "en"),
])
def test_system_language_reads_the_variables_in_gettext_order(environ, language):
    assert i18n.system_language(environ) == language


def test_use_catalogue_installs_finished_entries_only(monkeypatch, tmp_path):
    write_catalogue(tmp_path / "kernelstudio_fr.ts", "fr", [
        ("insight", "keeps brightness", "garde la luminosité"),
        ("insight", "brightens by {percent}%", "éclaircit de {percent} %", "unfinished"),
        ("insight", "darkens by {percent}%", "assombrit de {percent} %", "obsolete"),
        ("cli", "keeps brightness", "même texte, autre contexte"),
    ])
    use_folder(monkeypatch, tmp_path)
    assert i18n.use_catalogue("fr_FR.UTF-8") == "fr"
    assert words.translate("insight", "keeps brightness") == "garde la luminosité"
    assert words.translate("cli", "keeps brightness") == "même texte, autre contexte"
    assert words.translate("insight", "brightens by {percent}%") == "brightens by {percent}%"
    assert words.translate("insight", "darkens by {percent}%") == "darkens by {percent}%"
    assert words.translate("errors", "not in the catalogue") == "not in the catalogue"
    # English again: the hook goes back to the source texts.
    assert i18n.use_catalogue("en") == "en"
    assert words.translate("insight", "keeps brightness") == "keeps brightness"


@pytest.mark.parametrize("content", ["<TS><context><name>cli", "not XML at all", ""])
def test_a_broken_catalogue_falls_back_to_english(monkeypatch, tmp_path, content):
    (tmp_path / "kernelstudio_ja.ts").write_text(content, encoding="utf-8")
    use_folder(monkeypatch, tmp_path)
    words.use_translator(lambda context, text: "stale", ",")  # whatever was there before
    assert i18n.use_catalogue("ja") == "en"
    assert words.translate("cli", "interrupted") == "interrupted"
    assert words.decimal("0.5") == "0.5"


def test_a_missing_catalogue_is_english(monkeypatch, tmp_path):
    use_folder(monkeypatch, tmp_path)
    assert i18n.use_catalogue("zh_CN") == "en"
    assert words.translate("cli", "interrupted") == "interrupted"


def test_an_unknown_language_is_english(monkeypatch, tmp_path):
    use_folder(monkeypatch, tmp_path)
    assert i18n.use_catalogue("de") == "en"


def test_french_writes_a_decimal_comma_in_sentences(monkeypatch, tmp_path):
    write_catalogue(tmp_path / "kernelstudio_fr.ts", "fr", [])
    use_folder(monkeypatch, tmp_path)
    assert words.decimal("0.25") == "0.25"
    i18n.use_catalogue("fr")
    assert words.decimal("0.25") == "0,25"
    assert words.decimal("12") == "12"
    i18n.use_catalogue("ja")  # missing here: English, and its point
    assert words.decimal("0.25") == "0.25"


@pytest.mark.parametrize("language", ["zh_CN", "ja"])
def test_chinese_and_japanese_keep_the_decimal_point(monkeypatch, tmp_path, language):
    write_catalogue(tmp_path / f"kernelstudio_{language}.ts", language, [])
    use_folder(monkeypatch, tmp_path)
    assert i18n.use_catalogue(language) == language
    assert words.decimal("0.25") == "0.25"

