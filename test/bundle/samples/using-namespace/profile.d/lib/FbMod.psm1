class FbModThing { [string] Hi() { return 'hi from module class' } }
function Get-FbModValue { 'module value' }
