; Inno Setup script: the Windows installer for the bundle in dist\wplstudio.
; Build the bundle first (python packaging\build_bundle.py), then from the checkout:
;     iscc /DAppVersion=0.1.0 packaging\windows\wplstudio.iss
; The installer lands in dist\wplstudio-setup-VERSION.exe. It installs for the current
; user without administrator rights (or for everyone, when the person chooses so), puts
; wplstudio in the Start menu and leaves the data folder (%LOCALAPPDATA%\wplstudio) alone
; on uninstall.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6C1E0F2A-8E3B-4C55-9F5B-2B7A1D0C9E41}
AppName=wplstudio
AppVersion={#AppVersion}
AppPublisher=wplstudio
DefaultDirName={autopf}\wplstudio
DefaultGroupName=wplstudio
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\..\resources\icons\wplstudio.ico
UninstallDisplayIcon={app}\wplstudio.exe
OutputDir=..\..\dist
OutputBaseFilename=wplstudio-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\..\dist\wplstudio\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\wplstudio"; Filename: "{app}\wplstudio.exe"
Name: "{autodesktop}\wplstudio"; Filename: "{app}\wplstudio.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\wplstudio.exe"; Description: "{cm:LaunchProgram,wplstudio}"; Flags: nowait postinstall skipifsilent
