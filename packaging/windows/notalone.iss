; Not Alone: the Windows installer (Inno Setup 6). A per-user install: no administrator rights, no UAC prompt,
; into %LOCALAPPDATA%\Programs\Not Alone, with a Start-menu entry and an uninstaller.
;
; Built by `python packaging\build.py --target windows`, which makes the PyInstaller bundle and passes:
;   /DAppVersion=0.1.0 /DBundleDir=...\build\windows\bundle\notalone /DIconFile=...\notalone.ico
;   /DOutputDir=...\dist /DOutputBaseName=notalone-0.1.0-windows-setup /DOrganisation=... (branded builds)
;
; Per user by default (no administrator rights, no UAC prompt, into %LOCALAPPDATA%\Programs\Not Alone); for all
; users of the computer on request: the wizard asks, or /ALLUSERS on the command line (then into
; C:\Program Files\Not Alone, with the Start-menu entry for everyone; needs administrator rights or SYSTEM).
;
; Silent install and removal, for deployment tools (Intune, SCCM/ConfigMgr, PDQ Deploy; packaging/README.md has the
; detection rule and the exit codes):
;   notalone-0.1.0-windows-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /ALLUSERS /LOG="%TEMP%\notalone-setup.log"
;   notalone-0.1.0-windows-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART /CURRENTUSER
;   (add /DIR="D:\Not Alone" for another folder, /TASKS="desktopicon" for a desktop shortcut)
;   "C:\Program Files\Not Alone\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; A silent uninstall keeps the family's data unless /DELETEFAMILYDATA is given as well.
;
; The family's data is not in the program's folder: it is platformdirs' user data dir of each Windows user,
; %LOCALAPPDATA%\notalone-desktop (database, backups, logs), and the parent PIN's verifier is in that user's
; Windows Credential Manager (keyring: service notalone-desktop, user pin:<16 hex of the SHA-256 of the data dir's
; path>, and recovery:<same>). Uninstalling leaves both unless the user ticks "Also delete the family's data"
; (or /DELETEFAMILYDATA): then the uninstaller first runs the program's own `notalone erase --yes`, which removes
; the data and both credentials exactly as the app names them, and then deletes what is left of the folder.
;
; Keep this file UTF-8 with its byte-order mark: that is how Inno Setup knows the German texts are not ANSI.

#ifndef AppVersion
  #error Build with packaging\build.py --target windows (it passes /DAppVersion and the folders)
#endif
#ifndef Organisation
  #define Organisation ""
#endif
#ifndef ProfileKey
  #define ProfileKey ""
#endif
#define AppName "Not Alone"
#define AppExe "notalone.exe"
; notalone_desktop.APP_ID: the folder platformdirs.user_data_dir(APP_ID, appauthor=False) uses.
#define DataFolder "notalone-desktop"
#define KeyringService "notalone-desktop"
#if Organisation != ""
  ; A branded build is its own product: its own entry in Apps & features, its own folder, the NGO in its name.
  #define FullName AppName + " (" + Organisation + ")"
  #define AppIdValue "{{6F1D2C3B-8E4A-4D5F-9B7C-2A1E0D9C8B7A}_" + ProfileKey
#else
  #define FullName AppName
  #define AppIdValue "{{6F1D2C3B-8E4A-4D5F-9B7C-2A1E0D9C8B7A}"
#endif

[Setup]
; Never change AppId: Windows recognises upgrades and the uninstaller by it.
AppId={#AppIdValue}
AppName={#FullName}
AppVersion={#AppVersion}
AppVerName={#FullName} {#AppVersion}
AppPublisher=Not Alone desktop developers
#if Organisation != ""
AppComments=Prepared by {#Organisation}
#endif
DefaultDirName={autopf}\{#FullName}
DefaultGroupName={#FullName}
DisableProgramGroupPage=yes
DisableDirPage=auto
; Per user by default, no elevation: {autopf} is %LOCALAPPDATA%\Programs and {autoprograms} the user's Start menu.
; All users on request (the wizard's question, or /ALLUSERS): {autopf} is Program Files, {autoprograms} everyone's.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline dialog
UsePreviousPrivileges=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename={#OutputBaseName}
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#FullName}
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#FullName}
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
Name: "{autoprograms}\{#FullName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#FullName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
var
  DeleteFamilyData: Boolean;

function FamilyDataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\{#DataFolder}');
end;

{ /DELETEFAMILYDATA on the uninstaller's command line: a silent uninstall that removes the data too. }
function DeleteDataSwitch(): Boolean;
var
  I: Integer;
begin
  Result := False;
  for I := 1 to ParamCount() do
    if CompareText(ParamStr(I), '/DELETEFAMILYDATA') = 0 then
      Result := True;
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
  DeleteFamilyData := DeleteDataSwitch();
  if UninstallSilent() or DeleteFamilyData or not DirExists(FamilyDataDir()) then
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

{ The keyring's user name for a data dir (services/security.py keyring_user): kind + ':' + the first 16 hex digits
  of the SHA-256 of the path's UTF-8 bytes. Inno Setup hashes ANSI strings only, so this is used for paths in plain
  ASCII; `notalone erase` (run first) handles every path. }
function KeyringUser(Kind: String): String;
var
  I: Integer;
  Path: String;
begin
  Result := '';
  Path := FamilyDataDir();
  for I := 1 to Length(Path) do
    if Ord(Path[I]) > 127 then
      Exit;
  Result := Kind + ':' + Copy(GetSHA256OfString(AnsiString(Path)), 1, 16);
end;

{ keyring's Windows backend keeps an entry under the target "<user>@<service>" (and the newest under the bare
  service name, which `notalone erase` removes). }
procedure ForgetCredential(Kind: String);
var
  ResultCode: Integer;
  User: String;
begin
  User := KeyringUser(Kind);
  if User <> '' then
    Exec(ExpandConstant('{sys}\cmdkey.exe'), '/delete:' + User + '@{#KeyringService}', '', SW_HIDE,
      ewWaitUntilTerminated, ResultCode);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  ResultCode: Integer;
begin
  if not DeleteFamilyData then
    Exit;
  { While the program is still there: its own erase removes the database, backups, logs and both credentials. }
  if (CurUninstallStep = usUninstall) and DirExists(FamilyDataDir()) then
  begin
    if not Exec(ExpandConstant('{app}\{#AppExe}'), 'erase --yes --data-dir "' + FamilyDataDir() + '"', '',
        SW_HIDE, ewWaitUntilTerminated, ResultCode) or (ResultCode <> 0) then
      Log(Format('notalone erase did not finish (exit code %d); removing the folder and credentials directly', [ResultCode]));
    ForgetCredential('pin');
    ForgetCredential('recovery');
  end;
  { Only after the program's files are gone: whatever erase left (files the app did not make) goes too. }
  if CurUninstallStep = usPostUninstall then
    DelTree(FamilyDataDir(), True, True, True);
end;
