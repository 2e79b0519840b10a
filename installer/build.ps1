# Builds the installable PactDesk for Windows: dist\PactDesk (one folder), then,
# if Inno Setup's compiler (iscc) is on PATH, dist\PactDesk-VERSION-setup.exe.
# Run from a PowerShell prompt at the repository root with Python 3.11:
#   powershell -ExecutionPolicy Bypass -File installer\build.ps1
# Written alongside installer/build.sh (which runs in CI); not run on Linux.
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

py -3.11 -m venv build\installer-venv
build\installer-venv\Scripts\python -m pip install -q --upgrade pip
build\installer-venv\Scripts\python -m pip install -q . "pyinstaller>=6.5"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

# The spec renders the icons from resources\icons\pactdesk.svg and compiles the
# translations (.qm) into build\pyinstaller\pactdesk\generated first.
build\installer-venv\Scripts\pyinstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller installer\pactdesk.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# The installer check: the frozen program checks itself in a temporary folder.
dist\PactDesk\pactdesk.exe --self-check
if ($LASTEXITCODE -ne 0) { throw "the built program failed its self-check" }

$iscc = Get-Command iscc -ErrorAction SilentlyContinue
if ($iscc) {
    & $iscc.Source installer\pactdesk.iss
    if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
} else {
    Write-Host "Inno Setup (iscc) not found: dist\PactDesk is built; the setup program is not."
}
