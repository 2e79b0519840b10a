"""The desktop integration and the Windows installer script, read and validated.

The Inno Setup script cannot be compiled here (Windows only): it is read for
what IT relies on — a per-user install, per-user file associations, and an
uninstaller that leaves the user's drafts alone. The Linux files are checked
with the freedesktop tools themselves.
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "installer" / "linux"
APP_ID = "eu.pactdesk.PactDesk"
EXTENSIONS = (".pactdesk", ".asice", ".pdx")


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is missing (scripts/setup.sh test installs it)")
        pytest.skip(f"{name} is missing (scripts/setup.sh test)")
    return found


def test_the_desktop_entry_is_valid_and_opens_every_file_type() -> None:
    entry = LINUX / f"{APP_ID}.desktop"
    done = subprocess.run(
        [_tool("desktop-file-validate"), str(entry)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
    parsed = configparser.ConfigParser(interpolation=None)
    parsed.optionxform = str  # type: ignore[assignment,method-assign]
    parsed.read(entry, encoding="utf-8")
    desktop = parsed["Desktop Entry"]
    assert desktop["Exec"] == "pactdesk %f" and desktop["Icon"] == APP_ID
    types = set(filter(None, desktop["MimeType"].split(";")))
    assert types == {
        "application/x-pactdesk-draft",
        "application/vnd.etsi.asic-e+zip",
        "application/x-pactdesk-exchange",
    }


def test_the_appstream_metainfo_is_valid() -> None:
    done = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_mime_types_register_and_name_each_extension(tmp_path: Path) -> None:
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(LINUX / f"{APP_ID}.mime.xml", packages)
    done = subprocess.run(
        [_tool("update-mime-database"), str(tmp_path / "mime")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and "error" not in done.stderr.lower(), done.stderr
    globs = (tmp_path / "mime" / "globs2").read_text(encoding="utf-8")
    for extension, mime in zip(
        EXTENSIONS,
        (
            "application/x-pactdesk-draft",
            "application/vnd.etsi.asic-e+zip",
            "application/x-pactdesk-exchange",
        ),
        strict=True,
    ):
        assert f":{mime}:*{extension}" in globs


def _iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in (ROOT / "installer" / "pactdesk.iss").read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        match = re.fullmatch(r"\[(\w+)\]", line)
        if match:
            current = match.group(1)
            continue
        sections.setdefault(current, []).append(line)
    return sections


def test_the_windows_installer_is_per_user_without_administrator_rights() -> None:
    setup = dict(line.split("=", 1) for line in _iss_sections()["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{userpf}")
    assert setup["ChangesAssociations"] == "yes"
    icons = _iss_sections()["Icons"]
    assert any(line.startswith('Name: "{group}\\{#AppName}"') for line in icons)  # Start menu


def test_the_windows_file_associations_are_per_user_and_removed_on_uninstall() -> None:
    registry = _iss_sections()["Registry"]
    assert registry and all(line.startswith("Root: HKCU;") for line in registry)
    for extension in EXTENSIONS:
        (key,) = [line for line in registry if f'Subkey: "Software\\Classes\\{extension}"' in line]
        assert "Flags: uninsdeletevalue" in key
        prog_id = re.search(r'ValueData: "([^"]+)"', key).group(1)  # type: ignore[union-attr]
        opens = [
            line
            for line in registry
            if f"Software\\Classes\\{prog_id}\\shell\\open\\command" in line
        ]
        assert opens and '\\{#AppExe}"" ""%1"""' in opens[0]
        assert any(
            f'Subkey: "Software\\Classes\\{prog_id}";' in line and "uninsdeletekey" in line
            for line in registry
        )


def test_the_windows_uninstaller_leaves_the_users_drafts_and_settings() -> None:
    sections = _iss_sections()
    user_places = ("{userdocs}", "{userappdata}", "{localappdata}", "{userprofile}", "{%")
    for line in sections.get("UninstallDelete", []) + sections.get("InstallDelete", []):
        assert "{app}" in line and not any(place in line for place in user_places), line
    assert "UninstallRun" not in sections
