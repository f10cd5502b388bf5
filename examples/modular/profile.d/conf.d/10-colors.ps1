$global:ProfileColors = @{ Accent = 'Cyan'; Warning = 'Yellow' }
