$beforeFailure = 'loaded'
function Invoke-Thrower { throw 'thrown deep inside a function' }
