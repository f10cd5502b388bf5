/**
 * Names PowerShell itself provides, so that the parse stage does not report them as uses of
 * something a fragment must define. Lists taken from pwsh 7.6 (`Get-Variable`, `Get-Alias`, the
 * TypeAccelerators table) plus the Windows-only default aliases.
 */

/**
 * Preference variables, exactly: the ones a clean `pwsh -NoProfile` 7.6 defines (`Get-Variable`
 * lists ConfirmPreference, DebugPreference, ErrorActionPreference, ErrorView,
 * FormatEnumerationLimit, InformationPreference, MaximumHistoryCount, OutputEncoding,
 * ProgressPreference, PSDefaultParameterValues, PSEmailServer, PSNativeCommandArgumentPassing,
 * PSNativeCommandUseErrorActionPreference, PSSession*, PSStyle, VerbosePreference,
 * WarningPreference, WhatIfPreference), plus the documented ones that are not defined until set
 * (about_Preference_Variables: Log*Event, OFS, PSModuleAutoLoadingPreference, Transcript) and
 * Windows PowerShell 5.1's Maximum*Count. Not "any name ending in Preference": `$EditorPreference`
 * is a profile's own variable.
 */
const PREFERENCE_VARIABLES = [
  'ConfirmPreference',
  'DebugPreference',
  'ErrorActionPreference',
  'ErrorView',
  'FormatEnumerationLimit',
  'InformationPreference',
  'LogCommandHealthEvent',
  'LogCommandLifecycleEvent',
  'LogEngineHealthEvent',
  'LogEngineLifecycleEvent',
  'LogProviderHealthEvent',
  'LogProviderLifecycleEvent',
  'MaximumAliasCount',
  'MaximumDriveCount',
  'MaximumErrorCount',
  'MaximumFunctionCount',
  'MaximumHistoryCount',
  'MaximumVariableCount',
  'OFS',
  'OutputEncoding',
  'ProgressPreference',
  'PSDefaultParameterValues',
  'PSEmailServer',
  'PSModuleAutoLoadingPreference',
  'PSNativeCommandArgumentPassing',
  'PSNativeCommandUseErrorActionPreference',
  'PSSessionApplicationName',
  'PSSessionConfigurationName',
  'PSSessionOption',
  'PSStyle',
  'Transcript',
  'VerbosePreference',
  'WarningPreference',
  'WhatIfPreference',
];

/** Automatic and preference variables: never a reference to something a fragment defines. */
const AUTOMATIC_VARIABLES = new Set(
  [
    ...PREFERENCE_VARIABLES,
    '$',
    '?',
    '^',
    '_',
    'args',
    'ConsoleFileName',
    'EnabledExperimentalFeatures',
    'Error',
    'Event',
    'EventArgs',
    'EventSubscriber',
    'ExecutionContext',
    'false',
    'foreach',
    'HOME',
    'Host',
    'input',
    'IsCoreCLR',
    'IsLinux',
    'IsMacOS',
    'IsWindows',
    'LASTEXITCODE',
    'Matches',
    'MyInvocation',
    'NestedPromptLevel',
    'null',
    'PID',
    'PROFILE',
    'PSBoundParameters',
    'PSCmdlet',
    'PSCommandPath',
    'PSCulture',
    'PSDebugContext',
    'PSEdition',
    'PSHOME',
    'PSItem',
    'PSScriptRoot',
    'PSSenderInfo',
    'PSUICulture',
    'PSVersionTable',
    'PWD',
    'Sender',
    'ShellId',
    'StackTrace',
    'switch',
    'this',
    'true',
  ].map((n) => n.toLowerCase()),
);

/**
 * True for PowerShell's automatic and preference variables (`$_`, `$PSScriptRoot`,
 * `$ErrorActionPreference`, `$Event`...), by exact name: `$EditorPreference` or `$EventLog` are
 * not. Case-insensitive; `name` has no `$` and no scope qualifier.
 */
export function isAutomaticVariable(name: string): boolean {
  return AUTOMATIC_VARIABLES.has(name.toLowerCase());
}

/** Default aliases of pwsh on any platform, and the extra ones Windows PowerShell/pwsh define on Windows. */
const BUILTIN_ALIASES = new Set(
  (
    '% ? cd chdir clc clhy cli clp cls clv copy cpi cvpa dbp del dir ebp echo epal epcsv erase etsn ' +
    'exsn fc fhx fl foreach ft fw gal gbp gc gci gcm gcs gdr gerr ghy gi gjb gl gm gmo gp gps gpv group ' +
    'gsn gu gv h history icm iex ihy ii ipal ipcsv ipmo irm iwr md measure mi move mp nal ndr ni nmo ' +
    'nsn nv oh popd pushd pwd r rbp rcjb rcsn rd rdr ren ri rjb rmo rni rnp rp rsn rv rvpa sajb sal ' +
    'saps sbp select set si sl sls sp spjb spps sv type where wjb ' +
    // Windows only
    'ac cat clear compare cp cpp diff gsv gwmi iwmi kill lp ls man mount mv ps rm rmdir rwmi sc sleep ' +
    'sort start swmi tee write'
  ).split(' '),
);

/** True for a default alias of pwsh (any platform). */
export function isBuiltinAlias(name: string): boolean {
  return BUILTIN_ALIASES.has(name.toLowerCase());
}

/** pwsh's type accelerators (`[string]`, `[hashtable]`, `[CmdletBinding]`...): never a profile class. */
const TYPE_ACCELERATORS = new Set(
  (
    'Alias AllowEmptyCollection AllowEmptyString AllowNull ArgumentCompleter ArgumentCompletions ' +
    'CimSession CmdletBinding DscLocalConfigurationManager DscProperty DscResource ExperimentAction ' +
    'Experimental ExperimentalFeature IPEndpoint NoRunspaceAffinity NullString ObjectSecurity OutputType ' +
    'PSDefaultValue PSTypeNameAttribute Parameter PhysicalAddress SupportsWildcards ValidateCount ' +
    'ValidateDrive ValidateLength ValidateNotNull ValidateNotNullOrEmpty ValidateNotNullOrWhiteSpace ' +
    'ValidatePattern ValidateRange ValidateScript ValidateSet ValidateTrustedData ValidateUserDrive ' +
    'WildcardPattern X500DistinguishedName X509Certificate array bigint bool byte char cimclass ' +
    'cimconverter ciminstance cimtype cultureinfo datetime decimal double float guid hashtable ' +
    'initialsessionstate int int16 int32 int64 ipaddress long mailaddress ordered powershell ' +
    'psaliasproperty pscredential pscustomobject pslistmodifier psmoduleinfo psnoteproperty psobject ' +
    'psprimitivedictionary pspropertyexpression psscriptmethod psscriptproperty psvariable ' +
    'psvariableproperty ref regex runspace runspacefactory sbyte scriptblock securestring semver short ' +
    'single string switch timespan type uint uint16 uint32 uint64 ulong uri ushort version void xml ' +
    // System types commonly written without namespace
    'Environment Math Console Convert IO Text Object Exception'
  )
    .split(' ')
    .map((n) => n.toLowerCase()),
);

/** True for a type accelerator or a well-known .NET type name written without namespace. */
export function isBuiltinTypeName(name: string): boolean {
  return TYPE_ACCELERATORS.has(name.toLowerCase());
}

/** PowerShell's approved-verb shape: `Verb-Noun`. Anything else unknown is treated as a program. */
export function isVerbNoun(name: string): boolean {
  return /^[A-Za-z]+-[A-Za-z0-9_.]+$/.test(name);
}
