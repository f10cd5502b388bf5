if (Get-Command fzf -ErrorAction SilentlyContinue) {
    function global:Select-Fuzzy { param([Parameter(ValueFromPipeline)] $InputObject) begin { $items = @() } process { $items += $InputObject } end { $items | fzf } }
}
else {
    Register-MissingTool -Tool 'fzf' -InstallHint 'a fuzzy finder'
}
