function ConvertTo-Slug([string]$Text) { ($Text.ToLowerInvariant() -replace '[^a-z0-9]+', '-').Trim('-') }
