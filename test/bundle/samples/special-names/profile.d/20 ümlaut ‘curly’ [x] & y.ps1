# Typographic single quotes delimit strings in PowerShell too: they must survive embedding.
function Get-Curly { ‘it’’s curly’ + " and 'straight' ‛odd‚" }
function Get-CurlyPath { $PSCommandPath }
