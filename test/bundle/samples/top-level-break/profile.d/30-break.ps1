# A top-level `break`: a one-by-one loader stops loading fragments here.
function Get-BeforeBreak { 'before break' }
break
function Get-AfterBreak { 'never' }
