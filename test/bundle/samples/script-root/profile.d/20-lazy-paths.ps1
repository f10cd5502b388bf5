# Functions only: lazy. Their $PSScriptRoot must still name this fragment's folder.
function Get-LazyRoot { $PSScriptRoot }
function Get-LazyCommand { $PSCommandPath }
function Get-LazyData { [System.IO.File]::ReadAllText("$PSScriptRoot/lib/data.txt").Trim() }
function Import-LazyHelper { . "$PSScriptRoot/lib/helpers.ps1"; Get-HelperRoot }
