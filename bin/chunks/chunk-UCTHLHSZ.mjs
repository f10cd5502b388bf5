import { createRequire as __fragbundleCreateRequire } from 'node:module'; const require = __fragbundleCreateRequire(import.meta.url);

// dist/src/parse/walk/definers.js
var BUILTIN_DEFINERS = [
  { command: "Set-AgentModeAlias", kind: "alias", nameParameter: "Name", namePosition: 0, targetParameter: "Target" },
  { command: "Set-AgentModeFunction", kind: "function", nameParameter: "Name", namePosition: 0, bodyParameter: "Body" },
  {
    command: "Register-LazyFunction",
    kind: "function",
    nameParameter: "Name",
    namePosition: 0,
    bodyParameter: "Initializer",
    aliasParameter: "Alias"
  },
  { command: "Register-ToolWrapper", kind: "function", nameParameter: "FunctionName", targetParameter: "CommandName" },
  { command: "Set-ProfileFunction", kind: "function", nameParameter: "Name", namePosition: 0, bodyParameter: "Body" },
  { command: "Set-ProfileAlias", kind: "alias", nameParameter: "Name", namePosition: 0, targetParameter: "Target" }
];

export {
  BUILTIN_DEFINERS
};
