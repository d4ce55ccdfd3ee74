"""Every command-line test gets its own app-data folder, so the user's presets stay out."""

import pytest


@pytest.fixture(autouse=True)
def app_data(tmp_path_factory, monkeypatch):
    """The app-data folder of this test (for this process and every `kernelstudio` it runs)."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))  # macOS: ~/Library/Application Support
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("APPDATA", str(home / "AppData"))
    from kernelstudio.core import app_data_folder

    return app_data_folder()
