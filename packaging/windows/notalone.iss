; Not Alone: the Windows installer (Inno Setup 6). A per-user install: no administrator rights, no UAC prompt,
; into %LOCALAPPDATA%\Programs\Not Alone, with a Start-menu entry and an uninstaller.
;
; Built by `python packaging\build.py --target windows`, which makes the PyInstaller bundle and passes:
;   /DAppVersion=0.1.0 /DBundleDir=...\build\windows\bundle\notalone /DIconFile=...\notalone.ico
;   /DOutputDir=...\dist /DOutputBaseName=notalone-0.1.0-windows-setup /DOrganisation=... (branded builds)
;
; Silent install, for NGO staff setting up many computers:
;   notalone-0.1.0-windows-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;   (add /DIR="D:\Not Alone" for another folder, /TASKS="desktopicon" for a desktop shortcut,
;   /LOG="%TEMP%\notalone-setup.log" for a log)
; Silent uninstall (always keeps the family's data):
;   "%LOCALAPPDATA%\Programs\Not Alone\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;
; The family's data is not in the program's folder: it is platformdirs' user data dir,
; %LOCALAPPDATA%\notalone-desktop (database, backups, logs). Uninstalling leaves it unless the user ticks the box
; "Also delete the family's data" in the uninstaller.
;
; Keep this file UTF-8 with its byte-order mark: that is how Inno Setup knows the German texts are not ANSI.

#ifndef AppVersion
  #error Build with packaging\build.py --target windows (it passes /DAppVersion and the folders)
#endif
#ifndef Organisation
  #define Organisation ""
#endif
#define AppName "Not Alone"
#define AppExe "notalone.exe"
; notalone_desktop.APP_ID: the folder platformdirs.user_data_dir(APP_ID, appauthor=False) uses.
#define DataFolder "notalone-desktop"

[Setup]
; Never change AppId: Windows recognises upgrades and the uninstaller by it.
AppId={{6F1D2C3B-8E4A-4D5F-9B7C-2A1E0D9C8B7A}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Not Alone desktop developers
#if Organisation != ""
AppComments=Prepared by {#Organisation}
#endif
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
; Per user, no elevation: {autopf} is %LOCALAPPDATA%\Programs and {autoprograms} the user's Start menu.
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename={#OutputBaseName}
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
; Inno Setup ships no Vietnamese or Indonesian wizard texts; the app itself is in all four languages.
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"

[CustomMessages]
english.KeepDataTitle=Remove Not Alone
english.KeepDataNote=The family's checklists, contacts and backups are kept on this computer (in %1), so that nothing is lost if Not Alone is installed again.
english.KeepDataCheck=Also delete the family's data (this cannot be undone)
german.KeepDataTitle=Not Alone entfernen
german.KeepDataNote=Die Checklisten, Kontakte und Sicherungen der Familie bleiben auf diesem Computer (in %1), damit nichts verloren geht, wenn Not Alone wieder installiert wird.
german.KeepDataCheck=Auch die Daten der Familie löschen (kann nicht rückgängig gemacht werden)

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
var
  DeleteFamilyData: Boolean;

function FamilyDataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\{#DataFolder}');
end;

{ Asks, with a box that is not ticked, whether the family's data goes too. Cancel stops the uninstall. }
function InitializeUninstall(): Boolean;
var
  Form: TSetupForm;
  Note: TNewStaticText;
  Check: TNewCheckBox;
  OkButton, CancelButton: TNewButton;
begin
  Result := True;
  DeleteFamilyData := False;
  if UninstallSilent() or not DirExists(FamilyDataDir()) then
    Exit;
  Form := CreateCustomForm(ScaleX(440), ScaleY(170), False, False);
  try
    Form.Caption := CustomMessage('KeepDataTitle');

    Note := TNewStaticText.Create(Form);
    Note.Parent := Form;
    Note.AutoSize := False;
    Note.WordWrap := True;
    Note.SetBounds(ScaleX(16), ScaleY(16), Form.ClientWidth - ScaleX(32), ScaleY(56));
    Note.Caption := FmtMessage(CustomMessage('KeepDataNote'), [FamilyDataDir()]);

    Check := TNewCheckBox.Create(Form);
    Check.Parent := Form;
    Check.SetBounds(ScaleX(16), ScaleY(84), Form.ClientWidth - ScaleX(32), ScaleY(24));
    Check.Caption := CustomMessage('KeepDataCheck');
    Check.Checked := False;

    OkButton := TNewButton.Create(Form);
    OkButton.Parent := Form;
    OkButton.SetBounds(Form.ClientWidth - ScaleX(184), Form.ClientHeight - ScaleY(40), ScaleX(80), ScaleY(26));
    OkButton.Caption := SetupMessage(msgButtonOK);
    OkButton.ModalResult := mrOk;
    OkButton.Default := True;

    CancelButton := TNewButton.Create(Form);
    CancelButton.Parent := Form;
    CancelButton.SetBounds(Form.ClientWidth - ScaleX(96), Form.ClientHeight - ScaleY(40), ScaleX(80), ScaleY(26));
    CancelButton.Caption := SetupMessage(msgButtonCancel);
    CancelButton.ModalResult := mrCancel;
    CancelButton.Cancel := True;

    Form.ActiveControl := OkButton;
    if Form.ShowModal() = mrOk then
      DeleteFamilyData := Check.Checked
    else
      Result := False;
  finally
    Form.Free();
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { Only after the program's files are gone, and only when the box was ticked. }
  if (CurUninstallStep = usPostUninstall) and DeleteFamilyData then
    DelTree(FamilyDataDir(), True, True, True);
end;
