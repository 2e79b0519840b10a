"""One passphrase stored and read back through a real Secret Service.

The test starts its own private D-Bus session (``dbus-run-session``) with
``gnome-keyring-daemon`` unlocked by a throw-away password, HOME and the XDG
folders in a temporary directory: the developer's own keyring is never
touched.  Skipped only when gnome-keyring is not installed and ``CI`` is not
set; in CI a missing gnome-keyring fails the test.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.signing_support import files_under

PASSPHRASE = "Πασφράση-zażółć-жщ-2010"

SCRIPT = """
import sys
from pactdesk.signing import secrets
assert secrets.secure_keyring_available(), secrets.keyring_description()
print("backend:", secrets.keyring_description())
if sys.argv[1] == "store":
    typed = sys.stdin.readline().rstrip("\\n")
    assert secrets.remember_passphrase("identity:0123456789abcdef", typed)
else:
    print("read:", secrets.stored_passphrase("identity:0123456789abcdef"))
"""


def _tools_present() -> bool:
    return all(shutil.which(t) for t in ("gnome-keyring-daemon", "dbus-run-session"))


@pytest.mark.skipif(
    not _tools_present() and not os.environ.get("CI"),
    reason="gnome-keyring / dbus-run-session not installed (scripts/setup.sh test installs them)",
)
def test_passphrase_round_trip_through_gnome_keyring(tmp_path: Path) -> None:
    assert _tools_present(), "CI must have gnome-keyring and dbus (scripts/setup.sh test)"
    home = tmp_path / "home"
    runtime = tmp_path / "run"
    for folder in (home, runtime):
        folder.mkdir()
        folder.chmod(0o700)
    script = tmp_path / "probe.py"
    script.write_text(SCRIPT, encoding="utf-8")
    env = {
        key: value
        for key, value in os.environ.items()
        if key
        not in (
            "PYTHON_KEYRING_BACKEND",
            "DBUS_SESSION_BUS_ADDRESS",
            "DISPLAY",
            "GNOME_KEYRING_CONTROL",
            "SSH_AUTH_SOCK",
        )
    }
    env.update(
        HOME=str(home),
        XDG_RUNTIME_DIR=str(runtime),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        PACTDESK_HOME=str(home / "pactdesk"),
        PD_PASSPHRASE=PASSPHRASE,
    )
    # The keyring's own unlock password comes on stdin; the passphrase under
    # test is handed to the storing process on its stdin too.  Then the
    # command line, with no terminal and no --passphrase-env on the second
    # and third commands: the passphrases can only come from the keyring.
    py = f'"{sys.executable}"'
    draft = tmp_path / "pl.pactdesk"
    shell = (
        "printf 'throw-away-keyring-password' | gnome-keyring-daemon --unlock "
        "--components=secrets >/dev/null && "
        f'printf "%s\\n" "$PD_PASSPHRASE" | {py} "{script}" store && '
        f'{py} "{script}" read && '
        f"{py} -m pactdesk ca create --name 'MSW CA' --passphrase-env PD_CA "
        "--remember-passphrase && "
        # Kept only because it is asked for: never silently (the one remember policy).
        f"{py} -m pactdesk identity create --name 'Zofia Żółkiewska' --organisation MSW "
        "--email zofia@msw.example.pl --passphrase-env PD_PASSPHRASE --remember-passphrase "
        "> ids.txt && "
        f'{py} -m pactdesk new "{draft}" --member-state PL --cycle 2010 && '
        f'{py} -m pactdesk sign "{draft}" --identity "$(tail -n 1 ids.txt)" --role approver'
    )
    env["PD_CA"] = "ca-" + PASSPHRASE
    result = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", shell],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        stdin=subprocess.DEVNULL,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SecretService" in result.stdout
    assert f"read: {PASSPHRASE}" in result.stdout
    assert "The passphrase is kept in the operating system's keyring" in result.stdout
    assert "Zofia Żółkiewska signed off revision 0 as approver" in result.stdout
    assert "No secure keyring" not in result.stderr
    # gnome-keyring keeps it encrypted: the passphrase is in no file under the home.
    for path in files_under(home, draft):
        if path == script:
            continue
        assert PASSPHRASE.encode("utf-8") not in path.read_bytes(), path
