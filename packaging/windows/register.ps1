# Register the built app for the current user on Windows (no administrator rights needed): a Start-menu shortcut,
# the .banthao file type (double-click opens the project) and "Open with Bản Thảo" for Word drafts (.docx).
#   python packaging\build.py ; powershell -ExecutionPolicy Bypass -File packaging\windows\register.ps1
# The same keys under HKLM\Software\Classes make a machine-wide install; remove them with -Unregister.
param([switch]$Unregister)
$ErrorActionPreference = "Stop"
$repo = Resolve-Path "$PSScriptRoot\..\.."
$source = Join-Path $repo "dist\banthao"
$target = Join-Path $env:LOCALAPPDATA "Programs\BanThao"
$classes = "HKCU:\Software\Classes"
$progId = "BanThao.Project"
if ($Unregister) {
  Remove-Item -Recurse -Force "$classes\$progId", "$classes\.banthao", "$classes\Applications\banthao.exe" -ErrorAction SilentlyContinue
  Remove-ItemProperty "$classes\.docx\OpenWithProgids" -Name $progId -ErrorAction SilentlyContinue
  Remove-Item -Force "$env:APPDATA\Microsoft\Windows\Start Menu\Programs\Bản Thảo.lnk" -ErrorAction SilentlyContinue
  Remove-Item -Recurse -Force $target -ErrorAction SilentlyContinue
  exit 0
}
if (-not (Test-Path "$source\banthao.exe")) { throw "no build in dist\banthao: run python packaging\build.py first" }
if (Test-Path $target) { Remove-Item -Recurse -Force $target }
Copy-Item -Recurse $source $target
$exe = Join-Path $target "banthao.exe"
$open = "`"$exe`" `"%1`""
New-Item -Force "$classes\$progId" -Value "Dự án Bản Thảo" | Out-Null
New-Item -Force "$classes\$progId\DefaultIcon" -Value "`"$exe`",0" | Out-Null
New-Item -Force "$classes\$progId\shell\open\command" -Value $open | Out-Null
New-Item -Force "$classes\.banthao" -Value $progId | Out-Null
New-Item -Force "$classes\.docx\OpenWithProgids" | Out-Null
New-ItemProperty -Force "$classes\.docx\OpenWithProgids" -Name $progId -Value "" -PropertyType String | Out-Null
New-Item -Force "$classes\Applications\banthao.exe\shell\open\command" -Value $open | Out-Null
New-Item -Force "$classes\Applications\banthao.exe\SupportedTypes" | Out-Null
foreach ($ext in ".banthao", ".docx", ".json") {
  New-ItemProperty -Force "$classes\Applications\banthao.exe\SupportedTypes" -Name $ext -Value "" | Out-Null
}
$shell = New-Object -ComObject WScript.Shell
$link = $shell.CreateShortcut("$env:APPDATA\Microsoft\Windows\Start Menu\Programs\Bản Thảo.lnk")
$link.TargetPath = $exe; $link.IconLocation = "$exe,0"; $link.Save()
Write-Output "Bản Thảo installed in $target"
