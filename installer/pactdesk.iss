; Inno Setup script for PactDesk on Windows: a per-user install that needs no
; administrator rights, a Start-menu entry, file associations for drafts
; (.pactdesk), submission bundles (.asice) and exchange packages (.pdx), and an
; uninstaller that removes the program and its associations and leaves the
; user's drafts, settings and signing identities alone.
;
; Build (on Windows, after installer\build.ps1 has made dist\PactDesk):
;   iscc installer\pactdesk.iss      -> dist\PactDesk-0.1.0-setup.exe
; Written and checked by tests/test_installer_files.py; not run on Linux.

#define AppName "PactDesk"
#define AppVersion "0.1.0"
#define AppPublisher "PactDesk"
#define AppExe "pactdesk.exe"

[Setup]
AppId={{6A1F2C0E-5B8D-4C21-9E1A-3D7F0B9C4E52}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher={#AppPublisher}
AppVerName={#AppName} {#AppVersion}
; Per user: no administrator rights, installed under the user's own programs folder.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={userpf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
OutputDir=..\dist
OutputBaseFilename=PactDesk-{#AppVersion}-setup
SetupIconFile=..\build\pyinstaller\pactdesk\generated\icons\pactdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "de"; MessagesFile: "compiler:Languages\German.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The one-folder build, as made by installer\build.ps1.
Source: "..\dist\PactDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Draft, sign off and submit the contribution on the European Pact on Immigration and Asylum"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; File associations for this user only (HKCU\Software\Classes), removed on uninstall.
Root: HKCU; Subkey: "Software\Classes\.pactdesk"; ValueType: string; ValueName: ""; ValueData: "PactDesk.Draft"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\PactDesk.Draft"; ValueType: string; ValueName: ""; ValueData: "PactDesk draft contribution"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\PactDesk.Draft\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\PactDesk.Draft\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\.asice"; ValueType: string; ValueName: ""; ValueData: "PactDesk.Bundle"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\PactDesk.Bundle"; ValueType: string; ValueName: ""; ValueData: "Signed submission bundle (ASiC-E)"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\PactDesk.Bundle\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\PactDesk.Bundle\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\.pdx"; ValueType: string; ValueName: ""; ValueData: "PactDesk.Exchange"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\PactDesk.Exchange"; ValueType: string; ValueName: ""; ValueData: "PactDesk exchange package"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\PactDesk.Exchange\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\PactDesk.Exchange\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Parameters: "--self-check"; Description: "Check the installation (pactdesk --self-check)"; Flags: postinstall skipifsilent unchecked runhidden
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the installer itself put in the program folder. The user's drafts
; (in Documents), settings (%APPDATA%\PactDesk), data and identities
; (%LOCALAPPDATA%\PactDesk) and keyring entries are deliberately left alone.
Type: filesandordirs; Name: "{app}\_internal"
