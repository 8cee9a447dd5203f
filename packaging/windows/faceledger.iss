; Inno Setup 6 script: FaceLedger installer for Windows (x64). Runs ON WINDOWS ONLY; it has never been
; compiled on the Linux machine where this project is developed.
;
;   py -3.11 -m venv .venv
;   .venv\Scripts\pip install -e ".[package]"
;   .venv\Scripts\python tools\build_translations.py
;   .venv\Scripts\pyinstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\pyinstaller\faceledger.spec
;   for /f %v in ('.venv\Scripts\python -c "import app; print(app.__version__)"') do set FL_VERSION=%v
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=%FL_VERSION% packaging\windows\faceledger.iss
;
; Output: dist\FaceLedger-<version>-windows-x64-setup.exe. The version is never written here: it comes
; from app/__init__.py through /DAppVersion (tests/unit/test_packaging_metadata.py checks).
; Per-user install by default (no administrator rights needed); "Install for all users" is offered.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z (python -c "import app; print(app.__version__)")
#endif
#define AppId "org.faceledger.FaceLedger"
#define AppName "FaceLedger"
#define AppExe "FaceLedger.exe"
#define SourceDir "..\..\dist\FaceLedger"

[Setup]
; The reverse-DNS id doubles as the uninstall key, so upgrades replace the old version in place.
AppId={#AppId}
AppName={#AppName}
AppVerName={#AppName} {#AppVersion}
AppVersion={#AppVersion}
VersionInfoVersion={#AppVersion}
AppPublisher=FaceLedger contributors
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
OutputDir=..\..\dist
OutputBaseFilename=FaceLedger-{#AppVersion}-windows-x64-setup
SetupIconFile=faceledger.ico
; The GPL-3.0 is shown before installing; the LGPL-3.0 and third-party notices are installed with the
; program ({app}\_internal\licenses\, put there by the PyInstaller spec).
LicenseFile=..\..\LICENSE
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Closes a running FaceLedger before replacing its files (it locks its vault on close).
CloseApplications=yes
RestartApplications=no

[Languages]
; Recent Inno Setup 6 releases ship ChineseSimplified.isl; if yours does not, put the translation from the Inno Setup
; site into its Languages folder. Traditional Chinese is only an unofficial translation there; add
;   Name: "chinesetraditional"; MessagesFile: "compiler:Languages\ChineseTraditional.isl"
; once that file is installed on the build machine.
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller one-folder bundle: FaceLedger.exe (windowed), faceledger-cli.exe, _internal\.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade must not leave modules of the old version next to the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon; AppUserModelID: "{#AppId}"

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Uninstalling removes only the program folder. Vaults, backups and settings live in the user's
; AppData (platformdirs) and are kept: losing them would lose a person's evidence.
