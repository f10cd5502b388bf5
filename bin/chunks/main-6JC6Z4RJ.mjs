import { createRequire as __fragbundleCreateRequire } from 'node:module'; const require = __fragbundleCreateRequire(import.meta.url);
import {
  cacheSalt,
  openSymbolCache,
  runningParseCode
} from "./chunk-PZGP24XK.mjs";
import {
  NOT_REGULAR_REASON,
  codeIdentity,
  colourOutput,
  defaultCacheDir,
  describeReadError,
  describeWriteError,
  existsSync,
  fileState,
  journaled,
  lstatSync,
  memoKey,
  readFileStamped,
  readFileSync,
  readMemo,
  readRegularFile,
  readdirSync,
  realpathSync,
  recordFile,
  saveReplay,
  statSync,
  tempStem,
  writeFileAtomic,
  writeMemo
} from "./chunk-262CMB7W.mjs";
import {
  BUILTIN_DEFINERS
} from "./chunk-UCTHLHSZ.mjs";
import {
  DIAGNOSTIC_RULES,
  LineIndex,
  TOKEN_RECOVERY,
  blockEnd,
  compareDiagnostics,
  countLineBreaks,
  diagnostic,
  formatDiagnostic,
  grammarPath,
  knownStubBlocker,
  recoveredLines,
  skipGroup,
  splitLines,
  splitLinesKeepingBreaks,
  unknownFragment
} from "./chunk-4BYWBKKX.mjs";
import {
  dropStandbyWorker
} from "./chunk-GPSSJTSR.mjs";
import {
  __commonJS,
  __toESM,
  at,
  last,
  packageRoot,
  parseStageFiles
} from "./chunk-OXIFI4C2.mjs";

// node_modules/emoji-regex/index.js
var require_emoji_regex = __commonJS({
  "node_modules/emoji-regex/index.js"(exports, module) {
    module.exports = () => {
      return /[#*0-9]\uFE0F?\u20E3|[\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23ED-\u23EF\u23F1\u23F2\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB\u25FC\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692\u2694-\u2697\u2699\u269B\u269C\u26A0\u26A7\u26AA\u26B0\u26B1\u26BD\u26BE\u26C4\u26C8\u26CF\u26D1\u26E9\u26F0-\u26F5\u26F7\u26F8\u26FA\u2702\u2708\u2709\u270F\u2712\u2714\u2716\u271D\u2721\u2733\u2734\u2744\u2747\u2757\u2763\u27A1\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B55\u3030\u303D\u3297\u3299]\uFE0F?|[\u261D\u270C\u270D](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\u270A\u270B](?:\uD83C[\uDFFB-\uDFFF])?|[\u23E9-\u23EC\u23F0\u23F3\u25FD\u2693\u26A1\u26AB\u26C5\u26CE\u26D4\u26EA\u26FD\u2705\u2728\u274C\u274E\u2753-\u2755\u2795-\u2797\u27B0\u27BF\u2B50]|\u26D3\uFE0F?(?:\u200D\uD83D\uDCA5)?|\u26F9(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\u2764\uFE0F?(?:\u200D(?:\uD83D\uDD25|\uD83E\uDE79))?|\uD83C(?:[\uDC04\uDD70\uDD71\uDD7E\uDD7F\uDE02\uDE37\uDF21\uDF24-\uDF2C\uDF36\uDF7D\uDF96\uDF97\uDF99-\uDF9B\uDF9E\uDF9F\uDFCD\uDFCE\uDFD4-\uDFDF\uDFF5\uDFF7]\uFE0F?|[\uDF85\uDFC2\uDFC7](?:\uD83C[\uDFFB-\uDFFF])?|[\uDFC4\uDFCA](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDFCB\uDFCC](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDCCF\uDD8E\uDD91-\uDD9A\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF43\uDF45-\uDF4A\uDF4C-\uDF7C\uDF7E-\uDF84\uDF86-\uDF93\uDFA0-\uDFC1\uDFC5\uDFC6\uDFC8\uDFC9\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF8-\uDFFF]|\uDDE6\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF]|\uDDE7\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF]|\uDDE8\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF7\uDDFA-\uDDFF]|\uDDE9\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF]|\uDDEA\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA]|\uDDEB\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7]|\uDDEC\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE]|\uDDED\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA]|\uDDEE\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9]|\uDDEF\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5]|\uDDF0\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF]|\uDDF1\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE]|\uDDF2\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF]|\uDDF3\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF]|\uDDF4\uD83C\uDDF2|\uDDF5\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE]|\uDDF6\uD83C\uDDE6|\uDDF7\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC]|\uDDF8\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF]|\uDDF9\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF]|\uDDFA\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF]|\uDDFB\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA]|\uDDFC\uD83C[\uDDEB\uDDF8]|\uDDFD\uD83C\uDDF0|\uDDFE\uD83C[\uDDEA\uDDF9]|\uDDFF\uD83C[\uDDE6\uDDF2\uDDFC]|\uDF44(?:\u200D\uD83D\uDFEB)?|\uDF4B(?:\u200D\uD83D\uDFE9)?|\uDFC3(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDFF3\uFE0F?(?:\u200D(?:\u26A7\uFE0F?|\uD83C\uDF08))?|\uDFF4(?:\u200D\u2620\uFE0F?|\uDB40\uDC67\uDB40\uDC62\uDB40(?:\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDC73\uDB40\uDC63\uDB40\uDC74|\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F)?)|\uD83D(?:[\uDC3F\uDCFD\uDD49\uDD4A\uDD6F\uDD70\uDD73\uDD76-\uDD79\uDD87\uDD8A-\uDD8D\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA\uDECB\uDECD-\uDECF\uDEE0-\uDEE5\uDEE9\uDEF0\uDEF3]\uFE0F?|[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDC8F\uDC91\uDCAA\uDD7A\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC](?:\uD83C[\uDFFB-\uDFFF])?|[\uDC6E-\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4\uDEB5](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD74\uDD90](?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?|[\uDC00-\uDC07\uDC09-\uDC14\uDC16-\uDC25\uDC27-\uDC3A\uDC3C-\uDC3E\uDC40\uDC44\uDC45\uDC51-\uDC65\uDC6A\uDC79-\uDC7B\uDC7D-\uDC80\uDC84\uDC88-\uDC8E\uDC90\uDC92-\uDCA9\uDCAB-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDDA4\uDDFB-\uDE2D\uDE2F-\uDE34\uDE37-\uDE41\uDE43\uDE44\uDE48-\uDE4A\uDE80-\uDEA2\uDEA4-\uDEB3\uDEB7-\uDEBF\uDEC1-\uDEC5\uDED0-\uDED2\uDED5-\uDED8\uDEDC-\uDEDF\uDEEB\uDEEC\uDEF4-\uDEFC\uDFE0-\uDFEB\uDFF0]|\uDC08(?:\u200D\u2B1B)?|\uDC15(?:\u200D\uD83E\uDDBA)?|\uDC26(?:\u200D(?:\u2B1B|\uD83D\uDD25))?|\uDC3B(?:\u200D\u2744\uFE0F?)?|\uDC41\uFE0F?(?:\u200D\uD83D\uDDE8\uFE0F?)?|\uDC68(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDC68\uDC69]\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?)|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFC-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFD-\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFD\uDFFF]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?\uDC68\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDD1D\uDEEF]\u200D\uD83D\uDC68\uD83C[\uDFFB-\uDFFE]|[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3])))?))?|\uDC69(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:\uDC8B\u200D\uD83D)?[\uDC68\uDC69]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?|\uDC69\u200D\uD83D(?:\uDC66(?:\u200D\uD83D\uDC66)?|\uDC67(?:\u200D\uD83D[\uDC66\uDC67])?))|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFC-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFD-\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFD\uDFFF]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D\uD83D(?:[\uDC68\uDC69]|\uDC8B\u200D\uD83D[\uDC68\uDC69])\uD83C[\uDFFB-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3]|\uDD1D\u200D\uD83D[\uDC68\uDC69]\uD83C[\uDFFB-\uDFFE]|\uDEEF\u200D\uD83D\uDC69\uD83C[\uDFFB-\uDFFE])))?))?|\uDD75(?:\uD83C[\uDFFB-\uDFFF]|\uFE0F)?(?:\u200D[\u2640\u2642]\uFE0F?)?|\uDE2E(?:\u200D\uD83D\uDCA8)?|\uDE35(?:\u200D\uD83D\uDCAB)?|\uDE36(?:\u200D\uD83C\uDF2B\uFE0F?)?|\uDE42(?:\u200D[\u2194\u2195]\uFE0F?)?|\uDEB6(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?)|\uD83E(?:[\uDD0C\uDD0F\uDD18-\uDD1F\uDD30-\uDD34\uDD36\uDD77\uDDB5\uDDB6\uDDBB\uDDD2\uDDD3\uDDD5\uDEC3-\uDEC5\uDEF0\uDEF2-\uDEF8](?:\uD83C[\uDFFB-\uDFFF])?|[\uDD26\uDD35\uDD37-\uDD39\uDD3C-\uDD3E\uDDB8\uDDB9\uDDCD\uDDCF\uDDD4\uDDD6-\uDDDD](?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDDDE\uDDDF](?:\u200D[\u2640\u2642]\uFE0F?)?|[\uDD0D\uDD0E\uDD10-\uDD17\uDD20-\uDD25\uDD27-\uDD2F\uDD3A\uDD3F-\uDD45\uDD47-\uDD76\uDD78-\uDDB4\uDDB7\uDDBA\uDDBC-\uDDCC\uDDD0\uDDE0-\uDDFF\uDE70-\uDE7C\uDE80-\uDE8A\uDE8E-\uDEC2\uDEC6\uDEC8\uDECD-\uDEDC\uDEDF-\uDEEA\uDEEF]|\uDDCE(?:\uD83C[\uDFFB-\uDFFF])?(?:\u200D(?:[\u2640\u2642]\uFE0F?(?:\u200D\u27A1\uFE0F?)?|\u27A1\uFE0F?))?|\uDDD1(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1|\uDDD1\u200D\uD83E\uDDD2(?:\u200D\uD83E\uDDD2)?|\uDDD2(?:\u200D\uD83E\uDDD2)?))|\uD83C(?:\uDFFB(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFC-\uDFFF])))?|\uDFFC(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFD-\uDFFF])))?|\uDFFD(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])))?|\uDFFE(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFD\uDFFF])))?|\uDFFF(?:\u200D(?:[\u2695\u2696\u2708]\uFE0F?|\u2764\uFE0F?\u200D(?:\uD83D\uDC8B\u200D)?\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE]|\uD83C[\uDF3E\uDF73\uDF7C\uDF84\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D(?:[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uDC30\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])|\uD83E(?:[\uDDAF\uDDBC\uDDBD](?:\u200D\u27A1\uFE0F?)?|[\uDDB0-\uDDB3\uDE70]|\uDD1D\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFF]|\uDEEF\u200D\uD83E\uDDD1\uD83C[\uDFFB-\uDFFE])))?))?|\uDEF1(?:\uD83C(?:\uDFFB(?:\u200D\uD83E\uDEF2\uD83C[\uDFFC-\uDFFF])?|\uDFFC(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFD-\uDFFF])?|\uDFFD(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])?|\uDFFE(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFD\uDFFF])?|\uDFFF(?:\u200D\uD83E\uDEF2\uD83C[\uDFFB-\uDFFE])?))?)/g;
    };
  }
});

// node_modules/get-caller-file/index.js
var require_get_caller_file = __commonJS({
  "node_modules/get-caller-file/index.js"(exports, module) {
    "use strict";
    module.exports = function getCallerFile2(position) {
      if (position === void 0) {
        position = 2;
      }
      if (position >= Error.stackTraceLimit) {
        throw new TypeError("getCallerFile(position) requires position be less then Error.stackTraceLimit but position was: `" + position + "` and Error.stackTraceLimit was: `" + Error.stackTraceLimit + "`");
      }
      var oldPrepareStackTrace = Error.prepareStackTrace;
      Error.prepareStackTrace = function(_, stack2) {
        return stack2;
      };
      var stack = new Error().stack;
      Error.prepareStackTrace = oldPrepareStackTrace;
      if (stack !== null && typeof stack === "object") {
        return stack[position] ? stack[position].getFileName() : void 0;
      }
    };
  }
});

// node_modules/graphology-utils/is-graph.js
var require_is_graph = __commonJS({
  "node_modules/graphology-utils/is-graph.js"(exports, module) {
    module.exports = function isGraph(value) {
      return value !== null && typeof value === "object" && typeof value.addUndirectedEdgeWithKey === "function" && typeof value.dropNode === "function" && typeof value.multi === "boolean";
    };
  }
});

// node_modules/graphology-dag/has-cycle.js
var require_has_cycle = __commonJS({
  "node_modules/graphology-dag/has-cycle.js"(exports, module) {
    var isGraph = require_is_graph();
    var WHITE = void 0;
    var GREY = 0;
    var BLACK = 1;
    module.exports = function hasCycle(graph) {
      if (!isGraph(graph))
        throw new Error(
          "graphology-dag/has-cycle: the given graph is not a valid graphology instance."
        );
      if (graph.size === 0) return false;
      if (graph.selfLoopCount !== 0) return true;
      const labels = {};
      const stack = [];
      function neighborCallback(neighbor) {
        const neighborLabel = labels[neighbor];
        if (neighborLabel === WHITE) stack.push(neighbor);
        else if (neighborLabel === GREY) return true;
        return false;
      }
      return graph.someNode((node) => {
        if (labels[node] === BLACK) return false;
        stack.push(node);
        while (stack.length !== 0) {
          const current = stack[stack.length - 1];
          const currentLabel = labels[current];
          if (currentLabel !== GREY) {
            labels[current] = GREY;
            const shouldStop = graph.someOutboundNeighbor(
              current,
              neighborCallback
            );
            if (shouldStop) return true;
          } else if (currentLabel === GREY) {
            stack.pop();
            labels[current] = BLACK;
          }
        }
        return false;
      });
    };
  }
});

// node_modules/graphology-dag/will-create-cycle.js
var require_will_create_cycle = __commonJS({
  "node_modules/graphology-dag/will-create-cycle.js"(exports, module) {
    var isGraph = require_is_graph();
    module.exports = function willCreateCycle(graph, source, target) {
      if (!isGraph(graph))
        throw new Error(
          "graphology-dag/will-create-cycle: the given graph is not a valid graphology instance."
        );
      source = "" + source;
      target = "" + target;
      if (source === target) return true;
      if (!graph.hasNode(source) || !graph.hasNode(target)) return false;
      if (graph.hasDirectedEdge(source, target)) return false;
      if (graph.hasDirectedEdge(target, source)) return true;
      const stack = graph.outNeighbors(target);
      function push2(neighbor) {
        stack.push(neighbor);
      }
      while (stack.length !== 0) {
        const node = stack.pop();
        if (node === source) return true;
        graph.forEachOutNeighbor(node, push2);
      }
      return false;
    };
  }
});

// node_modules/obliterator/support.js
var require_support = __commonJS({
  "node_modules/obliterator/support.js"(exports) {
    exports.ARRAY_BUFFER_SUPPORT = typeof ArrayBuffer !== "undefined";
    exports.SYMBOL_SUPPORT = typeof Symbol !== "undefined";
  }
});

// node_modules/obliterator/foreach.js
var require_foreach = __commonJS({
  "node_modules/obliterator/foreach.js"(exports, module) {
    var support = require_support();
    var ARRAY_BUFFER_SUPPORT = support.ARRAY_BUFFER_SUPPORT;
    var SYMBOL_SUPPORT = support.SYMBOL_SUPPORT;
    module.exports = function forEach(iterable, callback) {
      var iterator, k, i, l, s;
      if (!iterable) throw new Error("obliterator/forEach: invalid iterable.");
      if (typeof callback !== "function")
        throw new Error("obliterator/forEach: expecting a callback.");
      if (Array.isArray(iterable) || ARRAY_BUFFER_SUPPORT && ArrayBuffer.isView(iterable) || typeof iterable === "string" || iterable.toString() === "[object Arguments]") {
        for (i = 0, l = iterable.length; i < l; i++) callback(iterable[i], i);
        return;
      }
      if (typeof iterable.forEach === "function") {
        iterable.forEach(callback);
        return;
      }
      if (SYMBOL_SUPPORT && Symbol.iterator in iterable && typeof iterable.next !== "function") {
        iterable = iterable[Symbol.iterator]();
      }
      if (typeof iterable.next === "function") {
        iterator = iterable;
        i = 0;
        while (s = iterator.next(), s.done !== true) {
          callback(s.value, i);
          i++;
        }
        return;
      }
      for (k in iterable) {
        if (iterable.hasOwnProperty(k)) {
          callback(iterable[k], k);
        }
      }
      return;
    };
  }
});

// node_modules/mnemonist/utils/typed-arrays.js
var require_typed_arrays = __commonJS({
  "node_modules/mnemonist/utils/typed-arrays.js"(exports) {
    var MAX_8BIT_INTEGER = Math.pow(2, 8) - 1;
    var MAX_16BIT_INTEGER = Math.pow(2, 16) - 1;
    var MAX_32BIT_INTEGER = Math.pow(2, 32) - 1;
    var MAX_SIGNED_8BIT_INTEGER = Math.pow(2, 7) - 1;
    var MAX_SIGNED_16BIT_INTEGER = Math.pow(2, 15) - 1;
    var MAX_SIGNED_32BIT_INTEGER = Math.pow(2, 31) - 1;
    exports.getPointerArray = function(size) {
      var maxIndex = size - 1;
      if (maxIndex <= MAX_8BIT_INTEGER)
        return Uint8Array;
      if (maxIndex <= MAX_16BIT_INTEGER)
        return Uint16Array;
      if (maxIndex <= MAX_32BIT_INTEGER)
        return Uint32Array;
      throw new Error("mnemonist: Pointer Array of size > 4294967295 is not supported.");
    };
    exports.getSignedPointerArray = function(size) {
      var maxIndex = size - 1;
      if (maxIndex <= MAX_SIGNED_8BIT_INTEGER)
        return Int8Array;
      if (maxIndex <= MAX_SIGNED_16BIT_INTEGER)
        return Int16Array;
      if (maxIndex <= MAX_SIGNED_32BIT_INTEGER)
        return Int32Array;
      return Float64Array;
    };
    exports.getNumberType = function(value) {
      if (value === (value | 0)) {
        if (Math.sign(value) === -1) {
          if (value <= 127 && value >= -128)
            return Int8Array;
          if (value <= 32767 && value >= -32768)
            return Int16Array;
          return Int32Array;
        } else {
          if (value <= 255)
            return Uint8Array;
          if (value <= 65535)
            return Uint16Array;
          return Uint32Array;
        }
      }
      return Float64Array;
    };
    var TYPE_PRIORITY = {
      Uint8Array: 1,
      Int8Array: 2,
      Uint16Array: 3,
      Int16Array: 4,
      Uint32Array: 5,
      Int32Array: 6,
      Float32Array: 7,
      Float64Array: 8
    };
    exports.getMinimalRepresentation = function(array, getter) {
      var maxType = null, maxPriority = 0, p, t, v, i, l;
      for (i = 0, l = array.length; i < l; i++) {
        v = getter ? getter(array[i]) : array[i];
        t = exports.getNumberType(v);
        p = TYPE_PRIORITY[t.name];
        if (p > maxPriority) {
          maxPriority = p;
          maxType = t;
        }
      }
      return maxType;
    };
    exports.isTypedArray = function(value) {
      return typeof ArrayBuffer !== "undefined" && ArrayBuffer.isView(value);
    };
    exports.concat = function() {
      var length = 0, i, o, l;
      for (i = 0, l = arguments.length; i < l; i++)
        length += arguments[i].length;
      var array = new arguments[0].constructor(length);
      for (i = 0, o = 0; i < l; i++) {
        array.set(arguments[i], o);
        o += arguments[i].length;
      }
      return array;
    };
    exports.indices = function(length) {
      var PointerArray = exports.getPointerArray(length);
      var array = new PointerArray(length);
      for (var i = 0; i < length; i++)
        array[i] = i;
      return array;
    };
  }
});

// node_modules/mnemonist/utils/iterables.js
var require_iterables = __commonJS({
  "node_modules/mnemonist/utils/iterables.js"(exports) {
    var forEach = require_foreach();
    var typed = require_typed_arrays();
    function isArrayLike(target) {
      return Array.isArray(target) || typed.isTypedArray(target);
    }
    function guessLength(target) {
      if (typeof target.length === "number")
        return target.length;
      if (typeof target.size === "number")
        return target.size;
      return;
    }
    function toArray(target) {
      var l = guessLength(target);
      var array = typeof l === "number" ? new Array(l) : [];
      var i = 0;
      forEach(target, function(value) {
        array[i++] = value;
      });
      return array;
    }
    function toArrayWithIndices(target) {
      var l = guessLength(target);
      var IndexArray = typeof l === "number" ? typed.getPointerArray(l) : Array;
      var array = typeof l === "number" ? new Array(l) : [];
      var indices = typeof l === "number" ? new IndexArray(l) : [];
      var i = 0;
      forEach(target, function(value) {
        array[i] = value;
        indices[i] = i++;
      });
      return [array, indices];
    }
    exports.isArrayLike = isArrayLike;
    exports.guessLength = guessLength;
    exports.toArray = toArray;
    exports.toArrayWithIndices = toArrayWithIndices;
  }
});

// node_modules/obliterator/iterator.js
var require_iterator = __commonJS({
  "node_modules/obliterator/iterator.js"(exports, module) {
    function Iterator(next) {
      if (typeof next !== "function")
        throw new Error("obliterator/iterator: expecting a function!");
      this.next = next;
    }
    if (typeof Symbol !== "undefined")
      Iterator.prototype[Symbol.iterator] = function() {
        return this;
      };
    Iterator.of = function() {
      var args = arguments, l = args.length, i = 0;
      return new Iterator(function() {
        if (i >= l) return { done: true };
        return { done: false, value: args[i++] };
      });
    };
    Iterator.empty = function() {
      var iterator = new Iterator(function() {
        return { done: true };
      });
      return iterator;
    };
    Iterator.fromSequence = function(sequence) {
      var i = 0, l = sequence.length;
      return new Iterator(function() {
        if (i >= l) return { done: true };
        return { done: false, value: sequence[i++] };
      });
    };
    Iterator.is = function(value) {
      if (value instanceof Iterator) return true;
      return typeof value === "object" && value !== null && typeof value.next === "function";
    };
    module.exports = Iterator;
  }
});

// node_modules/mnemonist/fixed-deque.js
var require_fixed_deque = __commonJS({
  "node_modules/mnemonist/fixed-deque.js"(exports, module) {
    var iterables = require_iterables();
    var Iterator = require_iterator();
    function FixedDeque(ArrayClass, capacity) {
      if (arguments.length < 2)
        throw new Error("mnemonist/fixed-deque: expecting an Array class and a capacity.");
      if (typeof capacity !== "number" || capacity <= 0)
        throw new Error("mnemonist/fixed-deque: `capacity` should be a positive number.");
      this.ArrayClass = ArrayClass;
      this.capacity = capacity;
      this.items = new ArrayClass(this.capacity);
      this.clear();
    }
    FixedDeque.prototype.clear = function() {
      this.start = 0;
      this.size = 0;
    };
    FixedDeque.prototype.push = function(item) {
      if (this.size === this.capacity)
        throw new Error("mnemonist/fixed-deque.push: deque capacity (" + this.capacity + ") exceeded!");
      var index = this.start + this.size;
      if (index >= this.capacity)
        index -= this.capacity;
      this.items[index] = item;
      return ++this.size;
    };
    FixedDeque.prototype.unshift = function(item) {
      if (this.size === this.capacity)
        throw new Error("mnemonist/fixed-deque.unshift: deque capacity (" + this.capacity + ") exceeded!");
      var index = this.start - 1;
      if (this.start === 0)
        index = this.capacity - 1;
      this.items[index] = item;
      this.start = index;
      return ++this.size;
    };
    FixedDeque.prototype.pop = function() {
      if (this.size === 0)
        return;
      this.size--;
      var index = this.start + this.size;
      if (index >= this.capacity)
        index -= this.capacity;
      return this.items[index];
    };
    FixedDeque.prototype.shift = function() {
      if (this.size === 0)
        return;
      var index = this.start;
      this.size--;
      this.start++;
      if (this.start === this.capacity)
        this.start = 0;
      return this.items[index];
    };
    FixedDeque.prototype.peekFirst = function() {
      if (this.size === 0)
        return;
      return this.items[this.start];
    };
    FixedDeque.prototype.peekLast = function() {
      if (this.size === 0)
        return;
      var index = this.start + this.size - 1;
      if (index >= this.capacity)
        index -= this.capacity;
      return this.items[index];
    };
    FixedDeque.prototype.get = function(index) {
      if (this.size === 0 || index >= this.capacity)
        return;
      index = this.start + index;
      if (index >= this.capacity)
        index -= this.capacity;
      return this.items[index];
    };
    FixedDeque.prototype.forEach = function(callback, scope) {
      scope = arguments.length > 1 ? scope : this;
      var c = this.capacity, l = this.size, i = this.start, j = 0;
      while (j < l) {
        callback.call(scope, this.items[i], j, this);
        i++;
        j++;
        if (i === c)
          i = 0;
      }
    };
    FixedDeque.prototype.toArray = function() {
      var offset = this.start + this.size;
      if (offset < this.capacity)
        return this.items.slice(this.start, offset);
      var array = new this.ArrayClass(this.size), c = this.capacity, l = this.size, i = this.start, j = 0;
      while (j < l) {
        array[j] = this.items[i];
        i++;
        j++;
        if (i === c)
          i = 0;
      }
      return array;
    };
    FixedDeque.prototype.values = function() {
      var items = this.items, c = this.capacity, l = this.size, i = this.start, j = 0;
      return new Iterator(function() {
        if (j >= l)
          return {
            done: true
          };
        var value = items[i];
        i++;
        j++;
        if (i === c)
          i = 0;
        return {
          value,
          done: false
        };
      });
    };
    FixedDeque.prototype.entries = function() {
      var items = this.items, c = this.capacity, l = this.size, i = this.start, j = 0;
      return new Iterator(function() {
        if (j >= l)
          return {
            done: true
          };
        var value = items[i];
        i++;
        if (i === c)
          i = 0;
        return {
          value: [j++, value],
          done: false
        };
      });
    };
    if (typeof Symbol !== "undefined")
      FixedDeque.prototype[Symbol.iterator] = FixedDeque.prototype.values;
    FixedDeque.prototype.inspect = function() {
      var array = this.toArray();
      array.type = this.ArrayClass.name;
      array.capacity = this.capacity;
      Object.defineProperty(array, "constructor", {
        value: FixedDeque,
        enumerable: false
      });
      return array;
    };
    if (typeof Symbol !== "undefined")
      FixedDeque.prototype[Symbol.for("nodejs.util.inspect.custom")] = FixedDeque.prototype.inspect;
    FixedDeque.from = function(iterable, ArrayClass, capacity) {
      if (arguments.length < 3) {
        capacity = iterables.guessLength(iterable);
        if (typeof capacity !== "number")
          throw new Error("mnemonist/fixed-deque.from: could not guess iterable length. Please provide desired capacity as last argument.");
      }
      var deque = new FixedDeque(ArrayClass, capacity);
      if (iterables.isArrayLike(iterable)) {
        var i, l;
        for (i = 0, l = iterable.length; i < l; i++)
          deque.items[i] = iterable[i];
        deque.size = l;
        return deque;
      }
      iterables.forEach(iterable, function(value) {
        deque.push(value);
      });
      return deque;
    };
    module.exports = FixedDeque;
  }
});

// node_modules/graphology-dag/topological-sort.js
var require_topological_sort = __commonJS({
  "node_modules/graphology-dag/topological-sort.js"(exports) {
    var isGraph = require_is_graph();
    var FixedDeque = require_fixed_deque();
    function simpleInDegree(graph, node) {
      let degree = 0;
      graph.forEachInNeighbor(node, () => {
        degree++;
      });
      return degree;
    }
    function forEachNodeInTopologicalOrder(graph, callback) {
      if (!isGraph(graph))
        throw new Error(
          "graphology-dag/topological-sort: the given graph is not a valid graphology instance."
        );
      if (graph.type === "undirected" || graph.undirectedSize !== 0)
        throw new Error(
          "graphology-dag/topological-sort: cannot work if graph is not directed."
        );
      if (graph.order === 0) return;
      const queue = new FixedDeque(Array, graph.order);
      const inDegrees = {};
      let total = 0;
      graph.forEachNode((node, attr) => {
        const inDegree = graph.multi ? simpleInDegree(graph, node) : graph.inDegree(node);
        if (inDegree === 0) {
          queue.push([node, attr, 0]);
        } else {
          inDegrees[node] = inDegree;
          total += inDegree;
        }
      });
      let currentGeneration = 0;
      function neighborCallback(neighbor, attr) {
        const neighborInDegree = --inDegrees[neighbor];
        total--;
        if (neighborInDegree === 0)
          queue.push([neighbor, attr, currentGeneration + 1]);
        inDegrees[neighbor] = neighborInDegree;
      }
      while (queue.size !== 0) {
        const [node, attr, gen] = queue.shift();
        currentGeneration = gen;
        callback(node, attr, gen);
        graph.forEachOutNeighbor(node, neighborCallback);
      }
      if (total !== 0)
        throw new Error(
          "graphology-dag/topological-sort: given graph is not acyclic."
        );
    }
    function topologicalSort(graph) {
      if (!isGraph(graph))
        throw new Error(
          "graphology-dag/topological-sort: the given graph is not a valid graphology instance."
        );
      const sortedNodes = new Array(graph.order);
      let i = 0;
      forEachNodeInTopologicalOrder(graph, (node) => {
        sortedNodes[i++] = node;
      });
      return sortedNodes;
    }
    function forEachTopologicalGeneration(graph, callback) {
      if (!isGraph(graph))
        throw new Error(
          "graphology-dag/topological-generations: the given graph is not a valid graphology instance."
        );
      if (graph.order === 0) return;
      let lastGenLevel = 0;
      let lastGen = [];
      forEachNodeInTopologicalOrder(graph, (node, _, gen) => {
        if (gen > lastGenLevel) {
          callback(lastGen);
          lastGenLevel = gen;
          lastGen = [];
        }
        lastGen.push(node);
      });
      callback(lastGen);
    }
    function topologicalGenerations2(graph) {
      if (!isGraph(graph))
        throw new Error(
          "graphology-dag/topological-generations: the given graph is not a valid graphology instance."
        );
      const generations = [];
      forEachTopologicalGeneration(graph, (generation) => {
        generations.push(generation);
      });
      return generations;
    }
    exports.topologicalSort = topologicalSort;
    exports.forEachNodeInTopologicalOrder = forEachNodeInTopologicalOrder;
    exports.topologicalGenerations = topologicalGenerations2;
    exports.forEachTopologicalGeneration = forEachTopologicalGeneration;
  }
});

// node_modules/graphology-dag/index.js
var require_graphology_dag = __commonJS({
  "node_modules/graphology-dag/index.js"(exports) {
    exports.hasCycle = require_has_cycle();
    exports.willCreateCycle = require_will_create_cycle();
    var sort = require_topological_sort();
    exports.forEachNodeInTopologicalOrder = sort.forEachNodeInTopologicalOrder;
    exports.topologicalSort = sort.topologicalSort;
    exports.topologicalGenerations = sort.topologicalGenerations;
    exports.forEachTopologicalGeneration = sort.forEachTopologicalGeneration;
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path16, { windows } = {}) => {
      const segs = path16.split(windows ? /[\\/]/ : "/");
      const last2 = segs[segs.length - 1];
      if (last2 === "") {
        return segs[segs.length - 2];
      }
      return last2;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern2, requireEnd = true) => {
      if (pattern2[0] !== "+" && pattern2[0] !== "*" || pattern2[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern2.length; i++) {
        const ch = pattern2[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern2.length - 1) {
              return;
            }
            return {
              type: pattern2[0],
              body: pattern2.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern2) => {
      let index = 0;
      const chars = [];
      while (index < pattern2.length) {
        const match = parseRepeatedExtglob(pattern2.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern2) => {
      let depth = 0;
      let value = pattern2.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse3 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment2 = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push2 = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment2("parens");
        push2({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push2({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push2({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse3(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push2({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push2({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push2({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push2({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment2("parens");
          push2({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push2({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment2("brackets");
          }
          push2({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push2({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment2("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push2(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push2({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push2({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push2({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push2({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push2({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push2({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push2({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push2({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push2({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push2({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push2({ type: "plus", value });
            continue;
          }
          push2({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push2({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push2({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push2({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before2 = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before2 && (before2.type === "star" || before2.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push2({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push2({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push2({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push2(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push2(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push2(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push2({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse3.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse3;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse3 = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch2 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex2 = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex2.state;
      delete regex2.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex2, options, { glob, posix });
        const result = { glob, state, regex: regex2, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch2.test = (input, regex2, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format4 = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format4 ? format4(input) : input;
      if (match === false) {
        output = format4 ? format4(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex2, options, posix);
        } else {
          match = regex2.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex2 = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex2.test(utils.basename(input, { windows: posix }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern2, options) => {
      if (Array.isArray(pattern2)) return pattern2.map((p) => picomatch2.parse(p, options));
      return parse3(pattern2, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex2 = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex2.state = state;
      }
      return regex2;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed2 = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed2.output = parse3.fastpaths(input, options);
      }
      if (!parsed2.output) {
        parsed2 = parse3(input, options);
      }
      return picomatch2.compileRe(parsed2, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// node_modules/yargs/lib/platform-shims/esm.mjs
import { notStrictEqual, strictEqual } from "assert";

// node_modules/cliui/build/lib/index.js
var align = {
  right: alignRight,
  center: alignCenter
};
var top = 0;
var right = 1;
var bottom = 2;
var left = 3;
var UI = class {
  constructor(opts) {
    var _a2;
    this.width = opts.width;
    this.wrap = (_a2 = opts.wrap) !== null && _a2 !== void 0 ? _a2 : true;
    this.rows = [];
  }
  span(...args) {
    const cols = this.div(...args);
    cols.span = true;
  }
  resetOutput() {
    this.rows = [];
  }
  div(...args) {
    if (args.length === 0) {
      this.div("");
    }
    if (this.wrap && this.shouldApplyLayoutDSL(...args) && typeof args[0] === "string") {
      return this.applyLayoutDSL(args[0]);
    }
    const cols = args.map((arg) => {
      if (typeof arg === "string") {
        return this.colFromString(arg);
      }
      return arg;
    });
    this.rows.push(cols);
    return cols;
  }
  shouldApplyLayoutDSL(...args) {
    return args.length === 1 && typeof args[0] === "string" && /[\t\n]/.test(args[0]);
  }
  applyLayoutDSL(str) {
    const rows = str.split("\n").map((row) => row.split("	"));
    let leftColumnWidth = 0;
    rows.forEach((columns) => {
      if (columns.length > 1 && mixin.stringWidth(columns[0]) > leftColumnWidth) {
        leftColumnWidth = Math.min(Math.floor(this.width * 0.5), mixin.stringWidth(columns[0]));
      }
    });
    rows.forEach((columns) => {
      this.div(...columns.map((r, i) => {
        return {
          text: r.trim(),
          padding: this.measurePadding(r),
          width: i === 0 && columns.length > 1 ? leftColumnWidth : void 0
        };
      }));
    });
    return this.rows[this.rows.length - 1];
  }
  colFromString(text) {
    return {
      text,
      padding: this.measurePadding(text)
    };
  }
  measurePadding(str) {
    const noAnsi = mixin.stripAnsi(str);
    return [0, noAnsi.match(/\s*$/)[0].length, 0, noAnsi.match(/^\s*/)[0].length];
  }
  toString() {
    const lines = [];
    this.rows.forEach((row) => {
      this.rowToString(row, lines);
    });
    return lines.filter((line) => !line.hidden).map((line) => line.text).join("\n");
  }
  rowToString(row, lines) {
    this.rasterize(row).forEach((rrow, r) => {
      let str = "";
      rrow.forEach((col, c) => {
        const { width } = row[c];
        const wrapWidth = this.negatePadding(row[c]);
        let ts = col;
        if (wrapWidth > mixin.stringWidth(col)) {
          ts += " ".repeat(wrapWidth - mixin.stringWidth(col));
        }
        if (row[c].align && row[c].align !== "left" && this.wrap) {
          const fn = align[row[c].align];
          ts = fn(ts, wrapWidth);
          if (mixin.stringWidth(ts) < wrapWidth) {
            ts += " ".repeat((width || 0) - mixin.stringWidth(ts) - 1);
          }
        }
        const padding = row[c].padding || [0, 0, 0, 0];
        if (padding[left]) {
          str += " ".repeat(padding[left]);
        }
        str += addBorder(row[c], ts, "| ");
        str += ts;
        str += addBorder(row[c], ts, " |");
        if (padding[right]) {
          str += " ".repeat(padding[right]);
        }
        if (r === 0 && lines.length > 0) {
          str = this.renderInline(str, lines[lines.length - 1]);
        }
      });
      lines.push({
        text: str.replace(/ +$/, ""),
        span: row.span
      });
    });
    return lines;
  }
  // if the full 'source' can render in
  // the target line, do so.
  renderInline(source, previousLine) {
    const match = source.match(/^ */);
    const leadingWhitespace = match ? match[0].length : 0;
    const target = previousLine.text;
    const targetTextWidth = mixin.stringWidth(target.trimRight());
    if (!previousLine.span) {
      return source;
    }
    if (!this.wrap) {
      previousLine.hidden = true;
      return target + source;
    }
    if (leadingWhitespace < targetTextWidth) {
      return source;
    }
    previousLine.hidden = true;
    return target.trimRight() + " ".repeat(leadingWhitespace - targetTextWidth) + source.trimLeft();
  }
  rasterize(row) {
    const rrows = [];
    const widths = this.columnWidths(row);
    let wrapped;
    row.forEach((col, c) => {
      col.width = widths[c];
      if (this.wrap) {
        wrapped = mixin.wrap(col.text, this.negatePadding(col), { hard: true }).split("\n");
      } else {
        wrapped = col.text.split("\n");
      }
      if (col.border) {
        wrapped.unshift("." + "-".repeat(this.negatePadding(col) + 2) + ".");
        wrapped.push("'" + "-".repeat(this.negatePadding(col) + 2) + "'");
      }
      if (col.padding) {
        wrapped.unshift(...new Array(col.padding[top] || 0).fill(""));
        wrapped.push(...new Array(col.padding[bottom] || 0).fill(""));
      }
      wrapped.forEach((str, r) => {
        if (!rrows[r]) {
          rrows.push([]);
        }
        const rrow = rrows[r];
        for (let i = 0; i < c; i++) {
          if (rrow[i] === void 0) {
            rrow.push("");
          }
        }
        rrow.push(str);
      });
    });
    return rrows;
  }
  negatePadding(col) {
    let wrapWidth = col.width || 0;
    if (col.padding) {
      wrapWidth -= (col.padding[left] || 0) + (col.padding[right] || 0);
    }
    if (col.border) {
      wrapWidth -= 4;
    }
    return wrapWidth;
  }
  columnWidths(row) {
    if (!this.wrap) {
      return row.map((col) => {
        return col.width || mixin.stringWidth(col.text);
      });
    }
    let unset = row.length;
    let remainingWidth = this.width;
    const widths = row.map((col) => {
      if (col.width) {
        unset--;
        remainingWidth -= col.width;
        return col.width;
      }
      return void 0;
    });
    const unsetWidth = unset ? Math.floor(remainingWidth / unset) : 0;
    return widths.map((w, i) => {
      if (w === void 0) {
        return Math.max(unsetWidth, _minWidth(row[i]));
      }
      return w;
    });
  }
};
function addBorder(col, ts, style) {
  if (col.border) {
    if (/[.']-+[.']/.test(ts)) {
      return "";
    }
    if (ts.trim().length !== 0) {
      return style;
    }
    return "  ";
  }
  return "";
}
function _minWidth(col) {
  const padding = col.padding || [];
  const minWidth = 1 + (padding[left] || 0) + (padding[right] || 0);
  if (col.border) {
    return minWidth + 4;
  }
  return minWidth;
}
function getWindowWidth() {
  if (typeof process === "object" && process.stdout && process.stdout.columns) {
    return process.stdout.columns;
  }
  return 80;
}
function alignRight(str, width) {
  str = str.trim();
  const strWidth = mixin.stringWidth(str);
  if (strWidth < width) {
    return " ".repeat(width - strWidth) + str;
  }
  return str;
}
function alignCenter(str, width) {
  str = str.trim();
  const strWidth = mixin.stringWidth(str);
  if (strWidth >= width) {
    return str;
  }
  return " ".repeat(width - strWidth >> 1) + str;
}
var mixin;
function cliui(opts, _mixin) {
  mixin = _mixin;
  return new UI({
    width: (opts === null || opts === void 0 ? void 0 : opts.width) || getWindowWidth(),
    wrap: opts === null || opts === void 0 ? void 0 : opts.wrap
  });
}

// node_modules/ansi-regex/index.js
var ST = String.raw`(?:\u001B\u005C|\u009C)`;
var stringControls = String.raw`\u0018\u001A\u001B\u0080-\u009F`;
var osc = String.raw`(?:\u001B\]|\u009D)[^\u0007${stringControls}]*(?:\u0007|${ST})`;
var controlString = String.raw`(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^${stringControls}]*${ST}`;
var linuxPalette = String.raw`\u001B\](?:P[\dA-Fa-f]{7}|R)(?:\u0007|${ST})?`;
var csi = String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]`;
var escape = String.raw`\u001B(?:[\u0020-\u002F]+[\u0030-\u007E]|[\dA-PR-TZcf-oq-uy=><~|}])`;
var pattern = `${linuxPalette}|${osc}|${controlString}|${csi}|${escape}`;
function ansiRegex({ onlyFirst = false } = {}) {
  return new RegExp(pattern, onlyFirst ? void 0 : "g");
}

// node_modules/strip-ansi/index.js
var regex = ansiRegex();
function stripAnsi(string) {
  if (typeof string !== "string") {
    throw new TypeError(`Expected a \`string\`, got \`${typeof string}\``);
  }
  if (!string.includes("\x1B") && !string.includes("\x9B")) {
    return string;
  }
  return string.replace(regex, "");
}

// node_modules/get-east-asian-width/lookup-data.js
var ambiguousMinimalCodePoint = 161;
var ambiguousMaximumCodePoint = 1114109;
var ambiguousRanges = [161, 161, 164, 164, 167, 168, 170, 170, 173, 174, 176, 180, 182, 186, 188, 191, 198, 198, 208, 208, 215, 216, 222, 225, 230, 230, 232, 234, 236, 237, 240, 240, 242, 243, 247, 250, 252, 252, 254, 254, 257, 257, 273, 273, 275, 275, 283, 283, 294, 295, 299, 299, 305, 307, 312, 312, 319, 322, 324, 324, 328, 331, 333, 333, 338, 339, 358, 359, 363, 363, 462, 462, 464, 464, 466, 466, 468, 468, 470, 470, 472, 472, 474, 474, 476, 476, 593, 593, 609, 609, 708, 708, 711, 711, 713, 715, 717, 717, 720, 720, 728, 731, 733, 733, 735, 735, 768, 879, 913, 929, 931, 937, 945, 961, 963, 969, 1025, 1025, 1040, 1103, 1105, 1105, 8208, 8208, 8211, 8214, 8216, 8217, 8220, 8221, 8224, 8226, 8228, 8231, 8240, 8240, 8242, 8243, 8245, 8245, 8251, 8251, 8254, 8254, 8308, 8308, 8319, 8319, 8321, 8324, 8364, 8364, 8451, 8451, 8453, 8453, 8457, 8457, 8467, 8467, 8470, 8470, 8481, 8482, 8486, 8486, 8491, 8491, 8531, 8532, 8539, 8542, 8544, 8555, 8560, 8569, 8585, 8585, 8592, 8601, 8632, 8633, 8658, 8658, 8660, 8660, 8679, 8679, 8704, 8704, 8706, 8707, 8711, 8712, 8715, 8715, 8719, 8719, 8721, 8721, 8725, 8725, 8730, 8730, 8733, 8736, 8739, 8739, 8741, 8741, 8743, 8748, 8750, 8750, 8756, 8759, 8764, 8765, 8776, 8776, 8780, 8780, 8786, 8786, 8800, 8801, 8804, 8807, 8810, 8811, 8814, 8815, 8834, 8835, 8838, 8839, 8853, 8853, 8857, 8857, 8869, 8869, 8895, 8895, 8978, 8978, 9312, 9449, 9451, 9547, 9552, 9587, 9600, 9615, 9618, 9621, 9632, 9633, 9635, 9641, 9650, 9651, 9654, 9655, 9660, 9661, 9664, 9665, 9670, 9672, 9675, 9675, 9678, 9681, 9698, 9701, 9711, 9711, 9733, 9734, 9737, 9737, 9742, 9743, 9756, 9756, 9758, 9758, 9792, 9792, 9794, 9794, 9824, 9825, 9827, 9829, 9831, 9834, 9836, 9837, 9839, 9839, 9886, 9887, 9919, 9919, 9926, 9933, 9935, 9939, 9941, 9953, 9955, 9955, 9960, 9961, 9963, 9969, 9972, 9972, 9974, 9977, 9979, 9980, 9982, 9983, 10045, 10045, 10102, 10111, 11094, 11097, 12872, 12879, 57344, 63743, 65024, 65039, 65533, 65533, 127232, 127242, 127248, 127277, 127280, 127337, 127344, 127373, 127375, 127376, 127387, 127404, 917760, 917999, 983040, 1048573, 1048576, 1114109];
var fullwidthMinimalCodePoint = 12288;
var fullwidthMaximumCodePoint = 65510;
var fullwidthRanges = [12288, 12288, 65281, 65376, 65504, 65510];
var wideMinimalCodePoint = 4352;
var wideMaximumCodePoint = 262141;
var wideRanges = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];

// node_modules/get-east-asian-width/utilities.js
var isInRange = (ranges, codePoint) => {
  let low = 0;
  let high = Math.floor(ranges.length / 2) - 1;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const i = mid * 2;
    if (codePoint < ranges[i]) {
      high = mid - 1;
    } else if (codePoint > ranges[i + 1]) {
      low = mid + 1;
    } else {
      return true;
    }
  }
  return false;
};

// node_modules/get-east-asian-width/lookup.js
var commonCjkCodePoint = 19968;
var [wideFastPathStart, wideFastPathEnd] = /* @__PURE__ */ findWideFastPathRange(wideRanges);
function findWideFastPathRange(ranges) {
  let fastPathStart = ranges[0];
  let fastPathEnd = ranges[1];
  for (let index = 0; index < ranges.length; index += 2) {
    const start = ranges[index];
    const end = ranges[index + 1];
    if (commonCjkCodePoint >= start && commonCjkCodePoint <= end) {
      return [start, end];
    }
    if (end - start > fastPathEnd - fastPathStart) {
      fastPathStart = start;
      fastPathEnd = end;
    }
  }
  return [fastPathStart, fastPathEnd];
}
var isAmbiguous = (codePoint) => {
  if (codePoint < ambiguousMinimalCodePoint || codePoint > ambiguousMaximumCodePoint) {
    return false;
  }
  return isInRange(ambiguousRanges, codePoint);
};
var isFullwidth = (codePoint) => {
  if (codePoint < fullwidthMinimalCodePoint || codePoint > fullwidthMaximumCodePoint) {
    return false;
  }
  return isInRange(fullwidthRanges, codePoint);
};
var isWide = (codePoint) => {
  if (codePoint >= wideFastPathStart && codePoint <= wideFastPathEnd) {
    return true;
  }
  if (codePoint < wideMinimalCodePoint || codePoint > wideMaximumCodePoint) {
    return false;
  }
  return isInRange(wideRanges, codePoint);
};

// node_modules/get-east-asian-width/index.js
function validate(codePoint) {
  if (!Number.isSafeInteger(codePoint)) {
    throw new TypeError(`Expected a code point, got \`${typeof codePoint}\`.`);
  }
}
function eastAsianWidth(codePoint, { ambiguousAsWide = false } = {}) {
  validate(codePoint);
  if (isFullwidth(codePoint) || isWide(codePoint) || ambiguousAsWide && isAmbiguous(codePoint)) {
    return 2;
  }
  return 1;
}

// node_modules/cliui/node_modules/string-width/index.js
var import_emoji_regex = __toESM(require_emoji_regex(), 1);
var full;
function setUp() {
  const segmenter = new Intl.Segmenter();
  const defaultIgnorableCodePointRegex = new RegExp("^\\p{Default_Ignorable_Code_Point}$", "u");
  function stringWidth(string, options = {}) {
    if (typeof string !== "string" || string.length === 0) {
      return 0;
    }
    const {
      ambiguousIsNarrow = true,
      countAnsiEscapeCodes = false
    } = options;
    if (!countAnsiEscapeCodes) {
      string = stripAnsi(string);
    }
    if (string.length === 0) {
      return 0;
    }
    let width = 0;
    const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
    for (const { segment: character } of segmenter.segment(string)) {
      const codePoint = character.codePointAt(0);
      if (codePoint <= 31 || codePoint >= 127 && codePoint <= 159) {
        continue;
      }
      if (codePoint >= 8203 && codePoint <= 8207 || codePoint === 65279) {
        continue;
      }
      if (codePoint >= 768 && codePoint <= 879 || codePoint >= 6832 && codePoint <= 6911 || codePoint >= 7616 && codePoint <= 7679 || codePoint >= 8400 && codePoint <= 8447 || codePoint >= 65056 && codePoint <= 65071) {
        continue;
      }
      if (codePoint >= 55296 && codePoint <= 57343) {
        continue;
      }
      if (codePoint >= 65024 && codePoint <= 65039) {
        continue;
      }
      if (defaultIgnorableCodePointRegex.test(character)) {
        continue;
      }
      if ((0, import_emoji_regex.default)().test(character)) {
        width += 2;
        continue;
      }
      width += eastAsianWidth(codePoint, eastAsianWidthOptions);
    }
    return width;
  }
  return stringWidth;
}
function asciiFirstStringWidth(string, options) {
  if (typeof string === "string" && /^[\x20-\x7e]*$/.test(string)) return string.length;
  full ??= setUp();
  return full(string, options);
}

// node_modules/wrap-ansi/node_modules/string-width/index.js
var import_emoji_regex2 = __toESM(require_emoji_regex(), 1);
var full2;
function setUp2() {
  const segmenter = new Intl.Segmenter();
  const defaultIgnorableCodePointRegex = new RegExp("^\\p{Default_Ignorable_Code_Point}$", "u");
  function stringWidth(string, options = {}) {
    if (typeof string !== "string" || string.length === 0) {
      return 0;
    }
    const {
      ambiguousIsNarrow = true,
      countAnsiEscapeCodes = false
    } = options;
    if (!countAnsiEscapeCodes) {
      string = stripAnsi(string);
    }
    if (string.length === 0) {
      return 0;
    }
    let width = 0;
    const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
    for (const { segment: character } of segmenter.segment(string)) {
      const codePoint = character.codePointAt(0);
      if (codePoint <= 31 || codePoint >= 127 && codePoint <= 159) {
        continue;
      }
      if (codePoint >= 8203 && codePoint <= 8207 || codePoint === 65279) {
        continue;
      }
      if (codePoint >= 768 && codePoint <= 879 || codePoint >= 6832 && codePoint <= 6911 || codePoint >= 7616 && codePoint <= 7679 || codePoint >= 8400 && codePoint <= 8447 || codePoint >= 65056 && codePoint <= 65071) {
        continue;
      }
      if (codePoint >= 55296 && codePoint <= 57343) {
        continue;
      }
      if (codePoint >= 65024 && codePoint <= 65039) {
        continue;
      }
      if (defaultIgnorableCodePointRegex.test(character)) {
        continue;
      }
      if ((0, import_emoji_regex2.default)().test(character)) {
        width += 2;
        continue;
      }
      width += eastAsianWidth(codePoint, eastAsianWidthOptions);
    }
    return width;
  }
  return stringWidth;
}
function asciiFirstStringWidth2(string, options) {
  if (typeof string === "string" && /^[\x20-\x7e]*$/.test(string)) return string.length;
  full2 ??= setUp2();
  return full2(string, options);
}

// node_modules/ansi-styles/index.js
var ANSI_BACKGROUND_OFFSET = 10;
var wrapAnsi16 = (offset = 0) => (code) => `\x1B[${code + offset}m`;
var wrapAnsi256 = (offset = 0) => (code) => `\x1B[${38 + offset};5;${code}m`;
var wrapAnsi16m = (offset = 0) => (red, green, blue) => `\x1B[${38 + offset};2;${red};${green};${blue}m`;
var styles = {
  modifier: {
    reset: [0, 0],
    // 21 isn't widely supported and 22 does the same thing
    bold: [1, 22],
    dim: [2, 22],
    italic: [3, 23],
    underline: [4, 24],
    overline: [53, 55],
    inverse: [7, 27],
    hidden: [8, 28],
    strikethrough: [9, 29]
  },
  color: {
    black: [30, 39],
    red: [31, 39],
    green: [32, 39],
    yellow: [33, 39],
    blue: [34, 39],
    magenta: [35, 39],
    cyan: [36, 39],
    white: [37, 39],
    // Bright color
    blackBright: [90, 39],
    gray: [90, 39],
    // Alias of `blackBright`
    grey: [90, 39],
    // Alias of `blackBright`
    redBright: [91, 39],
    greenBright: [92, 39],
    yellowBright: [93, 39],
    blueBright: [94, 39],
    magentaBright: [95, 39],
    cyanBright: [96, 39],
    whiteBright: [97, 39]
  },
  bgColor: {
    bgBlack: [40, 49],
    bgRed: [41, 49],
    bgGreen: [42, 49],
    bgYellow: [43, 49],
    bgBlue: [44, 49],
    bgMagenta: [45, 49],
    bgCyan: [46, 49],
    bgWhite: [47, 49],
    // Bright color
    bgBlackBright: [100, 49],
    bgGray: [100, 49],
    // Alias of `bgBlackBright`
    bgGrey: [100, 49],
    // Alias of `bgBlackBright`
    bgRedBright: [101, 49],
    bgGreenBright: [102, 49],
    bgYellowBright: [103, 49],
    bgBlueBright: [104, 49],
    bgMagentaBright: [105, 49],
    bgCyanBright: [106, 49],
    bgWhiteBright: [107, 49]
  }
};
var modifierNames = Object.keys(styles.modifier);
var foregroundColorNames = Object.keys(styles.color);
var backgroundColorNames = Object.keys(styles.bgColor);
var colorNames = [...foregroundColorNames, ...backgroundColorNames];
function assembleStyles() {
  const codes = /* @__PURE__ */ new Map();
  for (const [groupName, group] of Object.entries(styles)) {
    for (const [styleName, style] of Object.entries(group)) {
      styles[styleName] = {
        open: `\x1B[${style[0]}m`,
        close: `\x1B[${style[1]}m`
      };
      group[styleName] = styles[styleName];
      codes.set(style[0], style[1]);
    }
    Object.defineProperty(styles, groupName, {
      value: group,
      enumerable: false
    });
  }
  Object.defineProperty(styles, "codes", {
    value: codes,
    enumerable: false
  });
  styles.color.close = "\x1B[39m";
  styles.bgColor.close = "\x1B[49m";
  styles.color.ansi = wrapAnsi16();
  styles.color.ansi256 = wrapAnsi256();
  styles.color.ansi16m = wrapAnsi16m();
  styles.bgColor.ansi = wrapAnsi16(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi256 = wrapAnsi256(ANSI_BACKGROUND_OFFSET);
  styles.bgColor.ansi16m = wrapAnsi16m(ANSI_BACKGROUND_OFFSET);
  Object.defineProperties(styles, {
    rgbToAnsi256: {
      value(red, green, blue) {
        if (red === green && green === blue) {
          if (red < 8) {
            return 16;
          }
          if (red > 248) {
            return 231;
          }
          return Math.round((red - 8) / 247 * 24) + 232;
        }
        return 16 + 36 * Math.round(red / 255 * 5) + 6 * Math.round(green / 255 * 5) + Math.round(blue / 255 * 5);
      },
      enumerable: false
    },
    hexToRgb: {
      value(hex) {
        const matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
        if (!matches) {
          return [0, 0, 0];
        }
        let [colorString] = matches;
        if (colorString.length === 3) {
          colorString = [...colorString].map((character) => character + character).join("");
        }
        const integer = Number.parseInt(colorString, 16);
        return [
          /* eslint-disable no-bitwise */
          integer >> 16 & 255,
          integer >> 8 & 255,
          integer & 255
          /* eslint-enable no-bitwise */
        ];
      },
      enumerable: false
    },
    hexToAnsi256: {
      value: (hex) => styles.rgbToAnsi256(...styles.hexToRgb(hex)),
      enumerable: false
    },
    ansi256ToAnsi: {
      value(code) {
        if (code < 8) {
          return 30 + code;
        }
        if (code < 16) {
          return 90 + (code - 8);
        }
        let red;
        let green;
        let blue;
        if (code >= 232) {
          red = ((code - 232) * 10 + 8) / 255;
          green = red;
          blue = red;
        } else {
          code -= 16;
          const remainder = code % 36;
          red = Math.floor(code / 36) / 5;
          green = Math.floor(remainder / 6) / 5;
          blue = remainder % 6 / 5;
        }
        const value = Math.max(red, green, blue) * 2;
        if (value === 0) {
          return 30;
        }
        let result = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
        if (value === 2) {
          result += 60;
        }
        return result;
      },
      enumerable: false
    },
    rgbToAnsi: {
      value: (red, green, blue) => styles.ansi256ToAnsi(styles.rgbToAnsi256(red, green, blue)),
      enumerable: false
    },
    hexToAnsi: {
      value: (hex) => styles.ansi256ToAnsi(styles.hexToAnsi256(hex)),
      enumerable: false
    }
  });
  return styles;
}
var ansiStyles = assembleStyles();
var ansi_styles_default = ansiStyles;

// node_modules/wrap-ansi/index.js
var ESCAPES = /* @__PURE__ */ new Set([
  "\x1B",
  "\x9B"
]);
var END_CODE = 39;
var ANSI_ESCAPE_BELL = "\x07";
var ANSI_CSI = "[";
var ANSI_OSC = "]";
var ANSI_SGR_TERMINATOR = "m";
var ANSI_ESCAPE_LINK = `${ANSI_OSC}8;;`;
var wrapAnsiCode = (code) => `${ESCAPES.values().next().value}${ANSI_CSI}${code}${ANSI_SGR_TERMINATOR}`;
var wrapAnsiHyperlink = (url) => `${ESCAPES.values().next().value}${ANSI_ESCAPE_LINK}${url}${ANSI_ESCAPE_BELL}`;
var wordLengths = (string) => string.split(" ").map((character) => asciiFirstStringWidth2(character));
var wrapWord = (rows, word, columns) => {
  const characters = [...word];
  let isInsideEscape = false;
  let isInsideLinkEscape = false;
  let visible = asciiFirstStringWidth2(stripAnsi(rows.at(-1)));
  for (const [index, character] of characters.entries()) {
    const characterLength = asciiFirstStringWidth2(character);
    if (visible + characterLength <= columns) {
      rows[rows.length - 1] += character;
    } else {
      rows.push(character);
      visible = 0;
    }
    if (ESCAPES.has(character)) {
      isInsideEscape = true;
      const ansiEscapeLinkCandidate = characters.slice(index + 1, index + 1 + ANSI_ESCAPE_LINK.length).join("");
      isInsideLinkEscape = ansiEscapeLinkCandidate === ANSI_ESCAPE_LINK;
    }
    if (isInsideEscape) {
      if (isInsideLinkEscape) {
        if (character === ANSI_ESCAPE_BELL) {
          isInsideEscape = false;
          isInsideLinkEscape = false;
        }
      } else if (character === ANSI_SGR_TERMINATOR) {
        isInsideEscape = false;
      }
      continue;
    }
    visible += characterLength;
    if (visible === columns && index < characters.length - 1) {
      rows.push("");
      visible = 0;
    }
  }
  if (!visible && rows.at(-1).length > 0 && rows.length > 1) {
    rows[rows.length - 2] += rows.pop();
  }
};
var stringVisibleTrimSpacesRight = (string) => {
  const words = string.split(" ");
  let last2 = words.length;
  while (last2 > 0) {
    if (asciiFirstStringWidth2(words[last2 - 1]) > 0) {
      break;
    }
    last2--;
  }
  if (last2 === words.length) {
    return string;
  }
  return words.slice(0, last2).join(" ") + words.slice(last2).join("");
};
var exec = (string, columns, options = {}) => {
  if (options.trim !== false && string.trim() === "") {
    return "";
  }
  let returnValue = "";
  let escapeCode;
  let escapeUrl;
  const lengths = wordLengths(string);
  let rows = [""];
  for (const [index, word] of string.split(" ").entries()) {
    if (options.trim !== false) {
      rows[rows.length - 1] = rows.at(-1).trimStart();
    }
    let rowLength = asciiFirstStringWidth2(rows.at(-1));
    if (index !== 0) {
      if (rowLength >= columns && (options.wordWrap === false || options.trim === false)) {
        rows.push("");
        rowLength = 0;
      }
      if (rowLength > 0 || options.trim === false) {
        rows[rows.length - 1] += " ";
        rowLength++;
      }
    }
    if (options.hard && lengths[index] > columns) {
      const remainingColumns = columns - rowLength;
      const breaksStartingThisLine = 1 + Math.floor((lengths[index] - remainingColumns - 1) / columns);
      const breaksStartingNextLine = Math.floor((lengths[index] - 1) / columns);
      if (breaksStartingNextLine < breaksStartingThisLine) {
        rows.push("");
      }
      wrapWord(rows, word, columns);
      continue;
    }
    if (rowLength + lengths[index] > columns && rowLength > 0 && lengths[index] > 0) {
      if (options.wordWrap === false && rowLength < columns) {
        wrapWord(rows, word, columns);
        continue;
      }
      rows.push("");
    }
    if (rowLength + lengths[index] > columns && options.wordWrap === false) {
      wrapWord(rows, word, columns);
      continue;
    }
    rows[rows.length - 1] += word;
  }
  if (options.trim !== false) {
    rows = rows.map((row) => stringVisibleTrimSpacesRight(row));
  }
  const preString = rows.join("\n");
  const pre = [...preString];
  let preStringIndex = 0;
  for (const [index, character] of pre.entries()) {
    returnValue += character;
    if (ESCAPES.has(character)) {
      const { groups } = new RegExp(`(?:\\${ANSI_CSI}(?<code>\\d+)m|\\${ANSI_ESCAPE_LINK}(?<uri>.*)${ANSI_ESCAPE_BELL})`).exec(preString.slice(preStringIndex)) || { groups: {} };
      if (groups.code !== void 0) {
        const code2 = Number.parseFloat(groups.code);
        escapeCode = code2 === END_CODE ? void 0 : code2;
      } else if (groups.uri !== void 0) {
        escapeUrl = groups.uri.length === 0 ? void 0 : groups.uri;
      }
    }
    const code = ansi_styles_default.codes.get(Number(escapeCode));
    if (pre[index + 1] === "\n") {
      if (escapeUrl) {
        returnValue += wrapAnsiHyperlink("");
      }
      if (escapeCode && code) {
        returnValue += wrapAnsiCode(code);
      }
    } else if (character === "\n") {
      if (escapeCode && code) {
        returnValue += wrapAnsiCode(escapeCode);
      }
      if (escapeUrl) {
        returnValue += wrapAnsiHyperlink(escapeUrl);
      }
    }
    preStringIndex += character.length;
  }
  return returnValue;
};
function wrapAnsi(string, columns, options) {
  return String(string).normalize().replaceAll("\r\n", "\n").split("\n").map((line) => exec(line, columns, options)).join("\n");
}

// node_modules/cliui/index.mjs
function ui(opts) {
  return cliui(opts, {
    stringWidth: asciiFirstStringWidth,
    stripAnsi,
    wrap: wrapAnsi
  });
}

// node_modules/escalade/sync/index.mjs
import { dirname, resolve } from "path";
import { readdirSync as readdirSync2, statSync as statSync2 } from "fs";
function sync_default(start, callback) {
  let dir = resolve(".", start);
  let tmp, stats = statSync2(dir);
  if (!stats.isDirectory()) {
    dir = dirname(dir);
  }
  while (true) {
    tmp = callback(dir, readdirSync2(dir));
    if (tmp) return resolve(dir, tmp);
    dir = dirname(tmp = dir);
    if (tmp === dir) break;
  }
}

// node_modules/yargs/lib/platform-shims/esm.mjs
import { inspect } from "util";
import { fileURLToPath } from "url";

// node_modules/yargs-parser/build/lib/index.js
import { format } from "util";
import { normalize, resolve as resolve2 } from "path";

// node_modules/yargs-parser/build/lib/string-utils.js
function camelCase(str) {
  const isCamelCase = str !== str.toLowerCase() && str !== str.toUpperCase();
  if (!isCamelCase) {
    str = str.toLowerCase();
  }
  if (str.indexOf("-") === -1 && str.indexOf("_") === -1) {
    return str;
  } else {
    let camelcase = "";
    let nextChrUpper = false;
    const leadingHyphens = str.match(/^-+/);
    for (let i = leadingHyphens ? leadingHyphens[0].length : 0; i < str.length; i++) {
      let chr = str.charAt(i);
      if (nextChrUpper) {
        nextChrUpper = false;
        chr = chr.toUpperCase();
      }
      if (i !== 0 && (chr === "-" || chr === "_")) {
        nextChrUpper = true;
      } else if (chr !== "-" && chr !== "_") {
        camelcase += chr;
      }
    }
    return camelcase;
  }
}
function decamelize(str, joinString) {
  const lowercase = str.toLowerCase();
  joinString = joinString || "-";
  let notCamelcase = "";
  for (let i = 0; i < str.length; i++) {
    const chrLower = lowercase.charAt(i);
    const chrString = str.charAt(i);
    if (chrLower !== chrString && i > 0) {
      notCamelcase += `${joinString}${lowercase.charAt(i)}`;
    } else {
      notCamelcase += chrString;
    }
  }
  return notCamelcase;
}
function looksLikeNumber(x) {
  if (x === null || x === void 0)
    return false;
  if (typeof x === "number")
    return true;
  if (/^0x[0-9a-f]+$/i.test(x))
    return true;
  if (/^0[^.]/.test(x))
    return false;
  return /^[-]?(?:\d+(?:\.\d*)?|\.\d+)(e[-+]?\d+)?$/.test(x);
}

// node_modules/yargs-parser/build/lib/tokenize-arg-string.js
function tokenizeArgString(argString) {
  if (Array.isArray(argString)) {
    return argString.map((e) => typeof e !== "string" ? e + "" : e);
  }
  argString = argString.trim();
  let i = 0;
  let prevC = null;
  let c = null;
  let opening = null;
  const args = [];
  for (let ii = 0; ii < argString.length; ii++) {
    prevC = c;
    c = argString.charAt(ii);
    if (c === " " && !opening) {
      if (!(prevC === " ")) {
        i++;
      }
      continue;
    }
    if (c === opening) {
      opening = null;
    } else if ((c === "'" || c === '"') && !opening) {
      opening = c;
    }
    if (!args[i])
      args[i] = "";
    args[i] += c;
  }
  return args;
}

// node_modules/yargs-parser/build/lib/yargs-parser-types.js
var DefaultValuesForTypeKey;
(function(DefaultValuesForTypeKey2) {
  DefaultValuesForTypeKey2["BOOLEAN"] = "boolean";
  DefaultValuesForTypeKey2["STRING"] = "string";
  DefaultValuesForTypeKey2["NUMBER"] = "number";
  DefaultValuesForTypeKey2["ARRAY"] = "array";
})(DefaultValuesForTypeKey || (DefaultValuesForTypeKey = {}));

// node_modules/yargs-parser/build/lib/yargs-parser.js
var mixin2;
var YargsParser = class {
  constructor(_mixin) {
    mixin2 = _mixin;
  }
  parse(argsInput, options) {
    const opts = Object.assign({
      alias: void 0,
      array: void 0,
      boolean: void 0,
      config: void 0,
      configObjects: void 0,
      configuration: void 0,
      coerce: void 0,
      count: void 0,
      default: void 0,
      envPrefix: void 0,
      narg: void 0,
      normalize: void 0,
      string: void 0,
      number: void 0,
      __: void 0,
      key: void 0
    }, options);
    const args = tokenizeArgString(argsInput);
    const inputIsString = typeof argsInput === "string";
    const aliases = combineAliases(Object.assign(/* @__PURE__ */ Object.create(null), opts.alias));
    const configuration = Object.assign({
      "boolean-negation": true,
      "camel-case-expansion": true,
      "combine-arrays": false,
      "dot-notation": true,
      "duplicate-arguments-array": true,
      "flatten-duplicate-arrays": true,
      "greedy-arrays": true,
      "halt-at-non-option": false,
      "nargs-eats-options": false,
      "negation-prefix": "no-",
      "parse-numbers": true,
      "parse-positional-numbers": true,
      "populate--": false,
      "set-placeholder-key": false,
      "short-option-groups": true,
      "strip-aliased": false,
      "strip-dashed": false,
      "unknown-options-as-args": false
    }, opts.configuration);
    const defaults = Object.assign(/* @__PURE__ */ Object.create(null), opts.default);
    const configObjects = opts.configObjects || [];
    const envPrefix = opts.envPrefix;
    const notFlagsOption = configuration["populate--"];
    const notFlagsArgv = notFlagsOption ? "--" : "_";
    const newAliases = /* @__PURE__ */ Object.create(null);
    const defaulted = /* @__PURE__ */ Object.create(null);
    const __ = opts.__ || mixin2.format;
    const flags = {
      aliases: /* @__PURE__ */ Object.create(null),
      arrays: /* @__PURE__ */ Object.create(null),
      bools: /* @__PURE__ */ Object.create(null),
      strings: /* @__PURE__ */ Object.create(null),
      numbers: /* @__PURE__ */ Object.create(null),
      counts: /* @__PURE__ */ Object.create(null),
      normalize: /* @__PURE__ */ Object.create(null),
      configs: /* @__PURE__ */ Object.create(null),
      nargs: /* @__PURE__ */ Object.create(null),
      coercions: /* @__PURE__ */ Object.create(null),
      keys: []
    };
    const negative = /^-([0-9]+(\.[0-9]+)?|\.[0-9]+)$/;
    const negatedBoolean = new RegExp("^--" + configuration["negation-prefix"] + "(.+)");
    [].concat(opts.array || []).filter(Boolean).forEach(function(opt) {
      const key = typeof opt === "object" ? opt.key : opt;
      const assignment = Object.keys(opt).map(function(key2) {
        const arrayFlagKeys = {
          boolean: "bools",
          string: "strings",
          number: "numbers"
        };
        return arrayFlagKeys[key2];
      }).filter(Boolean).pop();
      if (assignment) {
        flags[assignment][key] = true;
      }
      flags.arrays[key] = true;
      flags.keys.push(key);
    });
    [].concat(opts.boolean || []).filter(Boolean).forEach(function(key) {
      flags.bools[key] = true;
      flags.keys.push(key);
    });
    [].concat(opts.string || []).filter(Boolean).forEach(function(key) {
      flags.strings[key] = true;
      flags.keys.push(key);
    });
    [].concat(opts.number || []).filter(Boolean).forEach(function(key) {
      flags.numbers[key] = true;
      flags.keys.push(key);
    });
    [].concat(opts.count || []).filter(Boolean).forEach(function(key) {
      flags.counts[key] = true;
      flags.keys.push(key);
    });
    [].concat(opts.normalize || []).filter(Boolean).forEach(function(key) {
      flags.normalize[key] = true;
      flags.keys.push(key);
    });
    if (typeof opts.narg === "object") {
      Object.entries(opts.narg).forEach(([key, value]) => {
        if (typeof value === "number") {
          flags.nargs[key] = value;
          flags.keys.push(key);
        }
      });
    }
    if (typeof opts.coerce === "object") {
      Object.entries(opts.coerce).forEach(([key, value]) => {
        if (typeof value === "function") {
          flags.coercions[key] = value;
          flags.keys.push(key);
        }
      });
    }
    if (typeof opts.config !== "undefined") {
      if (Array.isArray(opts.config) || typeof opts.config === "string") {
        ;
        [].concat(opts.config).filter(Boolean).forEach(function(key) {
          flags.configs[key] = true;
        });
      } else if (typeof opts.config === "object") {
        Object.entries(opts.config).forEach(([key, value]) => {
          if (typeof value === "boolean" || typeof value === "function") {
            flags.configs[key] = value;
          }
        });
      }
    }
    extendAliases(opts.key, aliases, opts.default, flags.arrays);
    Object.keys(defaults).forEach(function(key) {
      (flags.aliases[key] || []).forEach(function(alias) {
        defaults[alias] = defaults[key];
      });
    });
    let error = null;
    checkConfiguration();
    let notFlags = [];
    const argv = Object.assign(/* @__PURE__ */ Object.create(null), { _: [] });
    const argvReturn = {};
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      const truncatedArg = arg.replace(/^-{3,}/, "---");
      let broken;
      let key;
      let letters;
      let m;
      let next;
      let value;
      if (arg !== "--" && /^-/.test(arg) && isUnknownOptionAsArg(arg)) {
        pushPositional(arg);
      } else if (truncatedArg.match(/^---+(=|$)/)) {
        pushPositional(arg);
        continue;
      } else if (arg.match(/^--.+=/) || !configuration["short-option-groups"] && arg.match(/^-.+=/)) {
        m = arg.match(/^--?([^=]+)=([\s\S]*)$/);
        if (m !== null && Array.isArray(m) && m.length >= 3) {
          if (checkAllAliases(m[1], flags.arrays)) {
            i = eatArray(i, m[1], args, m[2]);
          } else if (checkAllAliases(m[1], flags.nargs) !== false) {
            i = eatNargs(i, m[1], args, m[2]);
          } else {
            setArg(m[1], m[2], true);
          }
        }
      } else if (arg.match(negatedBoolean) && configuration["boolean-negation"]) {
        m = arg.match(negatedBoolean);
        if (m !== null && Array.isArray(m) && m.length >= 2) {
          key = m[1];
          setArg(key, checkAllAliases(key, flags.arrays) ? [false] : false);
        }
      } else if (arg.match(/^--.+/) || !configuration["short-option-groups"] && arg.match(/^-[^-]+/)) {
        m = arg.match(/^--?(.+)/);
        if (m !== null && Array.isArray(m) && m.length >= 2) {
          key = m[1];
          if (checkAllAliases(key, flags.arrays)) {
            i = eatArray(i, key, args);
          } else if (checkAllAliases(key, flags.nargs) !== false) {
            i = eatNargs(i, key, args);
          } else {
            next = args[i + 1];
            if (next !== void 0 && (!next.match(/^-/) || next.match(negative)) && !checkAllAliases(key, flags.bools) && !checkAllAliases(key, flags.counts)) {
              setArg(key, next);
              i++;
            } else if (/^(true|false)$/.test(next)) {
              setArg(key, next);
              i++;
            } else {
              setArg(key, defaultValue(key));
            }
          }
        }
      } else if (arg.match(/^-.\..+=/)) {
        m = arg.match(/^-([^=]+)=([\s\S]*)$/);
        if (m !== null && Array.isArray(m) && m.length >= 3) {
          setArg(m[1], m[2]);
        }
      } else if (arg.match(/^-.\..+/) && !arg.match(negative)) {
        next = args[i + 1];
        m = arg.match(/^-(.\..+)/);
        if (m !== null && Array.isArray(m) && m.length >= 2) {
          key = m[1];
          if (next !== void 0 && !next.match(/^-/) && !checkAllAliases(key, flags.bools) && !checkAllAliases(key, flags.counts)) {
            setArg(key, next);
            i++;
          } else {
            setArg(key, defaultValue(key));
          }
        }
      } else if (arg.match(/^-[^-]+/) && !arg.match(negative)) {
        letters = arg.slice(1, -1).split("");
        broken = false;
        for (let j = 0; j < letters.length; j++) {
          next = arg.slice(j + 2);
          if (letters[j + 1] && letters[j + 1] === "=") {
            value = arg.slice(j + 3);
            key = letters[j];
            if (checkAllAliases(key, flags.arrays)) {
              i = eatArray(i, key, args, value);
            } else if (checkAllAliases(key, flags.nargs) !== false) {
              i = eatNargs(i, key, args, value);
            } else {
              setArg(key, value);
            }
            broken = true;
            break;
          }
          if (next === "-") {
            setArg(letters[j], next);
            continue;
          }
          if (/[A-Za-z]/.test(letters[j]) && /^-?\d+(\.\d*)?(e-?\d+)?$/.test(next) && checkAllAliases(next, flags.bools) === false) {
            setArg(letters[j], next);
            broken = true;
            break;
          }
          if (letters[j + 1] && letters[j + 1].match(/\W/)) {
            setArg(letters[j], next);
            broken = true;
            break;
          } else {
            setArg(letters[j], defaultValue(letters[j]));
          }
        }
        key = arg.slice(-1)[0];
        if (!broken && key !== "-") {
          if (checkAllAliases(key, flags.arrays)) {
            i = eatArray(i, key, args);
          } else if (checkAllAliases(key, flags.nargs) !== false) {
            i = eatNargs(i, key, args);
          } else {
            next = args[i + 1];
            if (next !== void 0 && (!/^(-|--)[^-]/.test(next) || next.match(negative)) && !checkAllAliases(key, flags.bools) && !checkAllAliases(key, flags.counts)) {
              setArg(key, next);
              i++;
            } else if (/^(true|false)$/.test(next)) {
              setArg(key, next);
              i++;
            } else {
              setArg(key, defaultValue(key));
            }
          }
        }
      } else if (arg.match(/^-[0-9]$/) && arg.match(negative) && checkAllAliases(arg.slice(1), flags.bools)) {
        key = arg.slice(1);
        setArg(key, defaultValue(key));
      } else if (arg === "--") {
        notFlags = args.slice(i + 1);
        break;
      } else if (configuration["halt-at-non-option"]) {
        notFlags = args.slice(i);
        break;
      } else {
        pushPositional(arg);
      }
    }
    applyEnvVars(argv, true);
    applyEnvVars(argv, false);
    setConfig(argv);
    setConfigObjects();
    applyDefaultsAndAliases(argv, flags.aliases, defaults, true);
    applyCoercions(argv);
    if (configuration["set-placeholder-key"])
      setPlaceholderKeys(argv);
    Object.keys(flags.counts).forEach(function(key) {
      if (!hasKey(argv, key.split(".")))
        setArg(key, 0);
    });
    if (notFlagsOption && notFlags.length)
      argv[notFlagsArgv] = [];
    notFlags.forEach(function(key) {
      argv[notFlagsArgv].push(key);
    });
    if (configuration["camel-case-expansion"] && configuration["strip-dashed"]) {
      Object.keys(argv).filter((key) => key !== "--" && key.includes("-")).forEach((key) => {
        delete argv[key];
      });
    }
    if (configuration["strip-aliased"]) {
      ;
      [].concat(...Object.keys(aliases).map((k) => aliases[k])).forEach((alias) => {
        if (configuration["camel-case-expansion"] && alias.includes("-")) {
          delete argv[alias.split(".").map((prop) => camelCase(prop)).join(".")];
        }
        delete argv[alias];
      });
    }
    function pushPositional(arg) {
      const maybeCoercedNumber = maybeCoerceNumber("_", arg);
      if (typeof maybeCoercedNumber === "string" || typeof maybeCoercedNumber === "number") {
        argv._.push(maybeCoercedNumber);
      }
    }
    function eatNargs(i, key, args2, argAfterEqualSign) {
      let ii;
      let toEat = checkAllAliases(key, flags.nargs);
      toEat = typeof toEat !== "number" || isNaN(toEat) ? 1 : toEat;
      if (toEat === 0) {
        if (!isUndefined(argAfterEqualSign)) {
          error = Error(__("Argument unexpected for: %s", key));
        }
        setArg(key, defaultValue(key));
        return i;
      }
      let available = isUndefined(argAfterEqualSign) ? 0 : 1;
      if (configuration["nargs-eats-options"]) {
        if (args2.length - (i + 1) + available < toEat) {
          error = Error(__("Not enough arguments following: %s", key));
        }
        available = toEat;
      } else {
        for (ii = i + 1; ii < args2.length; ii++) {
          if (!args2[ii].match(/^-[^0-9]/) || args2[ii].match(negative) || isUnknownOptionAsArg(args2[ii]))
            available++;
          else
            break;
        }
        if (available < toEat)
          error = Error(__("Not enough arguments following: %s", key));
      }
      let consumed = Math.min(available, toEat);
      if (!isUndefined(argAfterEqualSign) && consumed > 0) {
        setArg(key, argAfterEqualSign);
        consumed--;
      }
      for (ii = i + 1; ii < consumed + i + 1; ii++) {
        setArg(key, args2[ii]);
      }
      return i + consumed;
    }
    function eatArray(i, key, args2, argAfterEqualSign) {
      let argsToSet = [];
      let next = argAfterEqualSign || args2[i + 1];
      const nargsCount = checkAllAliases(key, flags.nargs);
      if (checkAllAliases(key, flags.bools) && !/^(true|false)$/.test(next)) {
        argsToSet.push(true);
      } else if (isUndefined(next) || isUndefined(argAfterEqualSign) && /^-/.test(next) && !negative.test(next) && !isUnknownOptionAsArg(next)) {
        if (defaults[key] !== void 0) {
          const defVal = defaults[key];
          argsToSet = Array.isArray(defVal) ? defVal : [defVal];
        }
      } else {
        if (!isUndefined(argAfterEqualSign)) {
          argsToSet.push(processValue(key, argAfterEqualSign, true));
        }
        for (let ii = i + 1; ii < args2.length; ii++) {
          if (!configuration["greedy-arrays"] && argsToSet.length > 0 || nargsCount && typeof nargsCount === "number" && argsToSet.length >= nargsCount)
            break;
          next = args2[ii];
          if (/^-/.test(next) && !negative.test(next) && !isUnknownOptionAsArg(next))
            break;
          i = ii;
          argsToSet.push(processValue(key, next, inputIsString));
        }
      }
      if (typeof nargsCount === "number" && (nargsCount && argsToSet.length < nargsCount || isNaN(nargsCount) && argsToSet.length === 0)) {
        error = Error(__("Not enough arguments following: %s", key));
      }
      setArg(key, argsToSet);
      return i;
    }
    function setArg(key, val, shouldStripQuotes = inputIsString) {
      if (/-/.test(key) && configuration["camel-case-expansion"]) {
        const alias = key.split(".").map(function(prop) {
          return camelCase(prop);
        }).join(".");
        addNewAlias(key, alias);
      }
      const value = processValue(key, val, shouldStripQuotes);
      const splitKey = key.split(".");
      setKey(argv, splitKey, value);
      if (flags.aliases[key]) {
        flags.aliases[key].forEach(function(x) {
          const keyProperties = x.split(".");
          setKey(argv, keyProperties, value);
        });
      }
      if (splitKey.length > 1 && configuration["dot-notation"]) {
        ;
        (flags.aliases[splitKey[0]] || []).forEach(function(x) {
          let keyProperties = x.split(".");
          const a = [].concat(splitKey);
          a.shift();
          keyProperties = keyProperties.concat(a);
          if (!(flags.aliases[key] || []).includes(keyProperties.join("."))) {
            setKey(argv, keyProperties, value);
          }
        });
      }
      if (checkAllAliases(key, flags.normalize) && !checkAllAliases(key, flags.arrays)) {
        const keys = [key].concat(flags.aliases[key] || []);
        keys.forEach(function(key2) {
          Object.defineProperty(argvReturn, key2, {
            enumerable: true,
            get() {
              return val;
            },
            set(value2) {
              val = typeof value2 === "string" ? mixin2.normalize(value2) : value2;
            }
          });
        });
      }
    }
    function addNewAlias(key, alias) {
      if (!(flags.aliases[key] && flags.aliases[key].length)) {
        flags.aliases[key] = [alias];
        newAliases[alias] = true;
      }
      if (!(flags.aliases[alias] && flags.aliases[alias].length)) {
        addNewAlias(alias, key);
      }
    }
    function processValue(key, val, shouldStripQuotes) {
      if (shouldStripQuotes) {
        val = stripQuotes(val);
      }
      if (checkAllAliases(key, flags.bools) || checkAllAliases(key, flags.counts)) {
        if (typeof val === "string")
          val = val === "true";
      }
      let value = Array.isArray(val) ? val.map(function(v) {
        return maybeCoerceNumber(key, v);
      }) : maybeCoerceNumber(key, val);
      if (checkAllAliases(key, flags.counts) && (isUndefined(value) || typeof value === "boolean")) {
        value = increment();
      }
      if (checkAllAliases(key, flags.normalize) && checkAllAliases(key, flags.arrays)) {
        if (Array.isArray(val))
          value = val.map((val2) => {
            return mixin2.normalize(val2);
          });
        else
          value = mixin2.normalize(val);
      }
      return value;
    }
    function maybeCoerceNumber(key, value) {
      if (!configuration["parse-positional-numbers"] && key === "_")
        return value;
      if (!checkAllAliases(key, flags.strings) && !checkAllAliases(key, flags.bools) && !Array.isArray(value)) {
        const shouldCoerceNumber = looksLikeNumber(value) && configuration["parse-numbers"] && Number.isSafeInteger(Math.floor(parseFloat(`${value}`)));
        if (shouldCoerceNumber || !isUndefined(value) && checkAllAliases(key, flags.numbers)) {
          value = Number(value);
        }
      }
      return value;
    }
    function setConfig(argv2) {
      const configLookup = /* @__PURE__ */ Object.create(null);
      applyDefaultsAndAliases(configLookup, flags.aliases, defaults);
      Object.keys(flags.configs).forEach(function(configKey) {
        const configPath = argv2[configKey] || configLookup[configKey];
        if (configPath) {
          try {
            let config = null;
            const resolvedConfigPath = mixin2.resolve(mixin2.cwd(), configPath);
            const resolveConfig2 = flags.configs[configKey];
            if (typeof resolveConfig2 === "function") {
              try {
                config = resolveConfig2(resolvedConfigPath);
              } catch (e) {
                config = e;
              }
              if (config instanceof Error) {
                error = config;
                return;
              }
            } else {
              config = mixin2.require(resolvedConfigPath);
            }
            setConfigObject(config);
          } catch (ex) {
            if (ex.name === "PermissionDenied")
              error = ex;
            else if (argv2[configKey])
              error = Error(__("Invalid JSON config file: %s", configPath));
          }
        }
      });
    }
    function setConfigObject(config, prev) {
      Object.keys(config).forEach(function(key) {
        const value = config[key];
        const fullKey = prev ? prev + "." + key : key;
        if (typeof value === "object" && value !== null && !Array.isArray(value) && configuration["dot-notation"]) {
          setConfigObject(value, fullKey);
        } else {
          if (!hasKey(argv, fullKey.split(".")) || checkAllAliases(fullKey, flags.arrays) && configuration["combine-arrays"]) {
            setArg(fullKey, value);
          }
        }
      });
    }
    function setConfigObjects() {
      if (typeof configObjects !== "undefined") {
        configObjects.forEach(function(configObject) {
          setConfigObject(configObject);
        });
      }
    }
    function applyEnvVars(argv2, configOnly) {
      if (typeof envPrefix === "undefined")
        return;
      const prefix = typeof envPrefix === "string" ? envPrefix : "";
      const env2 = mixin2.env();
      Object.keys(env2).forEach(function(envVar) {
        if (prefix === "" || envVar.lastIndexOf(prefix, 0) === 0) {
          const keys = envVar.split("__").map(function(key, i) {
            if (i === 0) {
              key = key.substring(prefix.length);
            }
            return camelCase(key);
          });
          if ((configOnly && flags.configs[keys.join(".")] || !configOnly) && !hasKey(argv2, keys)) {
            setArg(keys.join("."), env2[envVar]);
          }
        }
      });
    }
    function applyCoercions(argv2) {
      let coerce;
      const applied = /* @__PURE__ */ new Set();
      Object.keys(argv2).forEach(function(key) {
        if (!applied.has(key)) {
          coerce = checkAllAliases(key, flags.coercions);
          if (typeof coerce === "function") {
            try {
              const value = maybeCoerceNumber(key, coerce(argv2[key]));
              [].concat(flags.aliases[key] || [], key).forEach((ali) => {
                applied.add(ali);
                argv2[ali] = value;
              });
            } catch (err) {
              error = err;
            }
          }
        }
      });
    }
    function setPlaceholderKeys(argv2) {
      flags.keys.forEach((key) => {
        if (~key.indexOf("."))
          return;
        if (typeof argv2[key] === "undefined")
          argv2[key] = void 0;
      });
      return argv2;
    }
    function applyDefaultsAndAliases(obj, aliases2, defaults2, canLog = false) {
      Object.keys(defaults2).forEach(function(key) {
        if (!hasKey(obj, key.split("."))) {
          setKey(obj, key.split("."), defaults2[key]);
          if (canLog)
            defaulted[key] = true;
          (aliases2[key] || []).forEach(function(x) {
            if (hasKey(obj, x.split(".")))
              return;
            setKey(obj, x.split("."), defaults2[key]);
          });
        }
      });
    }
    function hasKey(obj, keys) {
      let o = obj;
      if (!configuration["dot-notation"])
        keys = [keys.join(".")];
      keys.slice(0, -1).forEach(function(key2) {
        o = o[key2] || {};
      });
      const key = keys[keys.length - 1];
      if (typeof o !== "object")
        return false;
      else
        return key in o;
    }
    function setKey(obj, keys, value) {
      let o = obj;
      if (!configuration["dot-notation"])
        keys = [keys.join(".")];
      keys.slice(0, -1).forEach(function(key2) {
        key2 = sanitizeKey(key2);
        if (typeof o === "object" && o[key2] === void 0) {
          o[key2] = {};
        }
        if (typeof o[key2] !== "object" || Array.isArray(o[key2])) {
          if (Array.isArray(o[key2])) {
            o[key2].push({});
          } else {
            o[key2] = [o[key2], {}];
          }
          o = o[key2][o[key2].length - 1];
        } else {
          o = o[key2];
        }
      });
      const key = sanitizeKey(keys[keys.length - 1]);
      const isTypeArray = checkAllAliases(keys.join("."), flags.arrays);
      const isValueArray = Array.isArray(value);
      let duplicate = configuration["duplicate-arguments-array"];
      if (!duplicate && checkAllAliases(key, flags.nargs)) {
        duplicate = true;
        if (!isUndefined(o[key]) && flags.nargs[key] === 1 || Array.isArray(o[key]) && o[key].length === flags.nargs[key]) {
          o[key] = void 0;
        }
      }
      if (value === increment()) {
        o[key] = increment(o[key]);
      } else if (Array.isArray(o[key])) {
        if (duplicate && isTypeArray && isValueArray) {
          o[key] = configuration["flatten-duplicate-arrays"] ? o[key].concat(value) : (Array.isArray(o[key][0]) ? o[key] : [o[key]]).concat([value]);
        } else if (!duplicate && Boolean(isTypeArray) === Boolean(isValueArray)) {
          o[key] = value;
        } else {
          o[key] = o[key].concat([value]);
        }
      } else if (o[key] === void 0 && isTypeArray) {
        o[key] = isValueArray ? value : [value];
      } else if (duplicate && !(o[key] === void 0 || checkAllAliases(key, flags.counts) || checkAllAliases(key, flags.bools))) {
        o[key] = [o[key], value];
      } else {
        o[key] = value;
      }
    }
    function extendAliases(...args2) {
      args2.forEach(function(obj) {
        Object.keys(obj || {}).forEach(function(key) {
          if (flags.aliases[key])
            return;
          flags.aliases[key] = [].concat(aliases[key] || []);
          flags.aliases[key].concat(key).forEach(function(x) {
            if (/-/.test(x) && configuration["camel-case-expansion"]) {
              const c = camelCase(x);
              if (c !== key && flags.aliases[key].indexOf(c) === -1) {
                flags.aliases[key].push(c);
                newAliases[c] = true;
              }
            }
          });
          flags.aliases[key].concat(key).forEach(function(x) {
            if (x.length > 1 && /[A-Z]/.test(x) && configuration["camel-case-expansion"]) {
              const c = decamelize(x, "-");
              if (c !== key && flags.aliases[key].indexOf(c) === -1) {
                flags.aliases[key].push(c);
                newAliases[c] = true;
              }
            }
          });
          flags.aliases[key].forEach(function(x) {
            flags.aliases[x] = [key].concat(flags.aliases[key].filter(function(y) {
              return x !== y;
            }));
          });
        });
      });
    }
    function checkAllAliases(key, flag) {
      const toCheck = [].concat(flags.aliases[key] || [], key);
      const keys = Object.keys(flag);
      const setAlias = toCheck.find((key2) => keys.includes(key2));
      return setAlias ? flag[setAlias] : false;
    }
    function hasAnyFlag(key) {
      const flagsKeys = Object.keys(flags);
      const toCheck = [].concat(flagsKeys.map((k) => flags[k]));
      return toCheck.some(function(flag) {
        return Array.isArray(flag) ? flag.includes(key) : flag[key];
      });
    }
    function hasFlagsMatching(arg, ...patterns) {
      const toCheck = [].concat(...patterns);
      return toCheck.some(function(pattern2) {
        const match = arg.match(pattern2);
        return match && hasAnyFlag(match[1]);
      });
    }
    function hasAllShortFlags(arg) {
      if (arg.match(negative) || !arg.match(/^-[^-]+/)) {
        return false;
      }
      let hasAllFlags = true;
      let next;
      const letters = arg.slice(1).split("");
      for (let j = 0; j < letters.length; j++) {
        next = arg.slice(j + 2);
        if (!hasAnyFlag(letters[j])) {
          hasAllFlags = false;
          break;
        }
        if (letters[j + 1] && letters[j + 1] === "=" || next === "-" || /[A-Za-z]/.test(letters[j]) && /^-?\d+(\.\d*)?(e-?\d+)?$/.test(next) || letters[j + 1] && letters[j + 1].match(/\W/)) {
          break;
        }
      }
      return hasAllFlags;
    }
    function isUnknownOptionAsArg(arg) {
      return configuration["unknown-options-as-args"] && isUnknownOption(arg);
    }
    function isUnknownOption(arg) {
      arg = arg.replace(/^-{3,}/, "--");
      if (arg.match(negative)) {
        return false;
      }
      if (hasAllShortFlags(arg)) {
        return false;
      }
      const flagWithEquals = /^-+([^=]+?)=[\s\S]*$/;
      const normalFlag = /^-+([^=]+?)$/;
      const flagEndingInHyphen = /^-+([^=]+?)-$/;
      const flagEndingInDigits = /^-+([^=]+?\d+)$/;
      const flagEndingInNonWordCharacters = /^-+([^=]+?)\W+.*$/;
      return !hasFlagsMatching(arg, flagWithEquals, negatedBoolean, normalFlag, flagEndingInHyphen, flagEndingInDigits, flagEndingInNonWordCharacters);
    }
    function defaultValue(key) {
      if (!checkAllAliases(key, flags.bools) && !checkAllAliases(key, flags.counts) && `${key}` in defaults) {
        return defaults[key];
      } else {
        return defaultForType(guessType2(key));
      }
    }
    function defaultForType(type) {
      const def = {
        [DefaultValuesForTypeKey.BOOLEAN]: true,
        [DefaultValuesForTypeKey.STRING]: "",
        [DefaultValuesForTypeKey.NUMBER]: void 0,
        [DefaultValuesForTypeKey.ARRAY]: []
      };
      return def[type];
    }
    function guessType2(key) {
      let type = DefaultValuesForTypeKey.BOOLEAN;
      if (checkAllAliases(key, flags.strings))
        type = DefaultValuesForTypeKey.STRING;
      else if (checkAllAliases(key, flags.numbers))
        type = DefaultValuesForTypeKey.NUMBER;
      else if (checkAllAliases(key, flags.bools))
        type = DefaultValuesForTypeKey.BOOLEAN;
      else if (checkAllAliases(key, flags.arrays))
        type = DefaultValuesForTypeKey.ARRAY;
      return type;
    }
    function isUndefined(num) {
      return num === void 0;
    }
    function checkConfiguration() {
      Object.keys(flags.counts).find((key) => {
        if (checkAllAliases(key, flags.arrays)) {
          error = Error(__("Invalid configuration: %s, opts.count excludes opts.array.", key));
          return true;
        } else if (checkAllAliases(key, flags.nargs)) {
          error = Error(__("Invalid configuration: %s, opts.count excludes opts.narg.", key));
          return true;
        }
        return false;
      });
    }
    return {
      aliases: Object.assign({}, flags.aliases),
      argv: Object.assign(argvReturn, argv),
      configuration,
      defaulted: Object.assign({}, defaulted),
      error,
      newAliases: Object.assign({}, newAliases)
    };
  }
};
function combineAliases(aliases) {
  const aliasArrays = [];
  const combined = /* @__PURE__ */ Object.create(null);
  let change = true;
  Object.keys(aliases).forEach(function(key) {
    aliasArrays.push([].concat(aliases[key], key));
  });
  while (change) {
    change = false;
    for (let i = 0; i < aliasArrays.length; i++) {
      for (let ii = i + 1; ii < aliasArrays.length; ii++) {
        const intersect = aliasArrays[i].filter(function(v) {
          return aliasArrays[ii].indexOf(v) !== -1;
        });
        if (intersect.length) {
          aliasArrays[i] = aliasArrays[i].concat(aliasArrays[ii]);
          aliasArrays.splice(ii, 1);
          change = true;
          break;
        }
      }
    }
  }
  aliasArrays.forEach(function(aliasArray) {
    aliasArray = aliasArray.filter(function(v, i, self) {
      return self.indexOf(v) === i;
    });
    const lastAlias = aliasArray.pop();
    if (lastAlias !== void 0 && typeof lastAlias === "string") {
      combined[lastAlias] = aliasArray;
    }
  });
  return combined;
}
function increment(orig) {
  return orig !== void 0 ? orig + 1 : 1;
}
function sanitizeKey(key) {
  if (key === "__proto__")
    return "___proto___";
  return key;
}
function stripQuotes(val) {
  return typeof val === "string" && (val[0] === "'" || val[0] === '"') && val[val.length - 1] === val[0] ? val.substring(1, val.length - 1) : val;
}

// node_modules/yargs-parser/build/lib/index.js
import { readFileSync as readFileSync2 } from "fs";
import { createRequire } from "node:module";
var _a;
var _b;
var _c;
var minNodeVersion = process && process.env && process.env.YARGS_MIN_NODE_VERSION ? Number(process.env.YARGS_MIN_NODE_VERSION) : 20;
var nodeVersion = (_b = (_a = process === null || process === void 0 ? void 0 : process.versions) === null || _a === void 0 ? void 0 : _a.node) !== null && _b !== void 0 ? _b : (_c = process === null || process === void 0 ? void 0 : process.version) === null || _c === void 0 ? void 0 : _c.slice(1);
if (nodeVersion) {
  const major = Number(nodeVersion.match(/^([^.]+)/)[1]);
  if (major < minNodeVersion) {
    throw Error(`yargs parser supports a minimum Node.js version of ${minNodeVersion}. Read our version support policy: https://github.com/yargs/yargs-parser#supported-nodejs-versions`);
  }
}
var env = process ? process.env : {};
var require2 = createRequire ? createRequire(import.meta.url) : void 0;
var parser = new YargsParser({
  cwd: process.cwd,
  env: () => {
    return env;
  },
  format,
  normalize,
  resolve: resolve2,
  require: (path16) => {
    if (typeof require2 !== "undefined") {
      return require2(path16);
    } else if (path16.match(/\.json$/)) {
      return JSON.parse(readFileSync2(path16, "utf8"));
    } else {
      throw Error("only .json config files are supported in ESM");
    }
  }
});
var yargsParser = function Parser(args, opts) {
  const result = parser.parse(args.slice(), opts);
  return result.argv;
};
yargsParser.detailed = function(args, opts) {
  return parser.parse(args.slice(), opts);
};
yargsParser.camelCase = camelCase;
yargsParser.decamelize = decamelize;
yargsParser.looksLikeNumber = looksLikeNumber;
var lib_default = yargsParser;

// node_modules/yargs/lib/platform-shims/esm.mjs
import { basename, dirname as dirname2, extname, relative, resolve as resolve4, join } from "path";

// node_modules/yargs/build/lib/utils/process-argv.js
function getProcessArgvBinIndex() {
  if (isBundledElectronApp())
    return 0;
  return 1;
}
function isBundledElectronApp() {
  return isElectronApp() && !process.defaultApp;
}
function isElectronApp() {
  return !!process.versions.electron;
}
function getProcessArgvBin() {
  return process.argv[getProcessArgvBinIndex()];
}

// node_modules/string-width/index.js
var full3;
function setUp3() {
  const segmenter = new Intl.Segmenter();
  const visibleCharacterRegex = new RegExp("[^\\p{Default_Ignorable_Code_Point}\\p{Control}\\p{Format}\\p{Nonspacing_Mark}\\p{Enclosing_Mark}\\p{Surrogate}]", "v");
  const spacingMarkRegex = new RegExp("\\p{Spacing_Mark}", "v");
  const rgiEmojiRegex = new RegExp("^\\p{RGI_Emoji}$", "v");
  const unqualifiedKeycapRegex = /^[\d#*]\u20E3$/;
  const extendedPictographicRegex = new RegExp("\\p{Extended_Pictographic}", "gu");
  function isDoubleWidthNonRgiEmojiSequence(segment) {
    if (segment.length > 50) {
      return false;
    }
    if (unqualifiedKeycapRegex.test(segment)) {
      return true;
    }
    if (segment.includes("\u200D")) {
      const pictographics = segment.match(extendedPictographicRegex);
      return pictographics !== null && pictographics.length >= 2;
    }
    return false;
  }
  function baseVisible(segment) {
    const index = segment.search(visibleCharacterRegex);
    return index === -1 ? void 0 : segment.slice(index);
  }
  function isHangulLeadingJamo(codePoint) {
    return codePoint >= 4352 && codePoint <= 4447 || codePoint >= 43360 && codePoint <= 43388;
  }
  function isHangulVowelJamo(codePoint) {
    return codePoint >= 4448 && codePoint <= 4519 || codePoint >= 55216 && codePoint <= 55238;
  }
  function isHangulTrailingJamo(codePoint) {
    return codePoint >= 4520 && codePoint <= 4607 || codePoint >= 55243 && codePoint <= 55291;
  }
  function isHangulJamo(codePoint) {
    return isHangulLeadingJamo(codePoint) || isHangulVowelJamo(codePoint) || isHangulTrailingJamo(codePoint);
  }
  function hangulClusterWidth(visibleSegment, eastAsianWidthOptions) {
    const codePoints = [];
    for (const character of visibleSegment) {
      if (!visibleCharacterRegex.test(character)) {
        continue;
      }
      codePoints.push(character.codePointAt(0));
    }
    if (codePoints.length === 0) {
      return void 0;
    }
    let width = 0;
    for (let index = 0; index < codePoints.length; index++) {
      const codePoint = codePoints[index];
      if (!isHangulJamo(codePoint)) {
        if (width === 0) {
          return void 0;
        }
        for (let remaining = index; remaining < codePoints.length; remaining++) {
          width += eastAsianWidth(codePoints[remaining], eastAsianWidthOptions);
        }
        return width;
      }
      if (isHangulLeadingJamo(codePoint) && isHangulVowelJamo(codePoints[index + 1])) {
        width += 2;
        index += isHangulTrailingJamo(codePoints[index + 2]) ? 2 : 1;
        continue;
      }
      width += eastAsianWidth(codePoint, eastAsianWidthOptions);
    }
    return width;
  }
  function trailingWidth(visibleSegment, eastAsianWidthOptions) {
    let extra = 0;
    let first = true;
    for (const character of visibleSegment) {
      if (first) {
        first = false;
        continue;
      }
      if (spacingMarkRegex.test(character) || character >= "\uFF00" && character <= "\uFFEF") {
        extra += eastAsianWidth(character.codePointAt(0), eastAsianWidthOptions);
      }
    }
    return extra;
  }
  function stringWidth(input, options = {}) {
    if (typeof input !== "string" || input.length === 0) {
      return 0;
    }
    const {
      ambiguousIsNarrow = true,
      countAnsiEscapeCodes = false
    } = options;
    let string = input;
    if (!countAnsiEscapeCodes && (string.includes("\x1B") || string.includes("\x9B"))) {
      string = stripAnsi(string);
    }
    if (string.length === 0) {
      return 0;
    }
    if (/^[\u0020-\u007E]*$/.test(string)) {
      return string.length;
    }
    let width = 0;
    const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
    for (const { segment } of segmenter.segment(string)) {
      const visibleSegment = baseVisible(segment);
      if (visibleSegment === void 0) {
        continue;
      }
      if (rgiEmojiRegex.test(segment) || isDoubleWidthNonRgiEmojiSequence(segment)) {
        width += 2;
        continue;
      }
      const hangulWidth = hangulClusterWidth(visibleSegment, eastAsianWidthOptions);
      if (hangulWidth !== void 0) {
        width += hangulWidth;
        continue;
      }
      const codePoint = visibleSegment.codePointAt(0);
      width += eastAsianWidth(codePoint, eastAsianWidthOptions);
      width += trailingWidth(visibleSegment, eastAsianWidthOptions);
    }
    return width;
  }
  return stringWidth;
}
function asciiFirstStringWidth3(string, options) {
  if (typeof string === "string" && /^[\x20-\x7e]*$/.test(string)) return string.length;
  full3 ??= setUp3();
  return full3(string, options);
}

// node_modules/y18n/build/lib/platform-shims/node.js
import { readFileSync as readFileSync3, statSync as statSync3, writeFile } from "fs";
import { format as format2 } from "util";
import { resolve as resolve3 } from "path";
var node_default = {
  fs: {
    readFileSync: readFileSync3,
    writeFile
  },
  format: format2,
  resolve: resolve3,
  exists: (file) => {
    try {
      return statSync3(file).isFile();
    } catch (err) {
      return false;
    }
  }
};

// node_modules/y18n/build/lib/index.js
var shim;
var Y18N = class {
  constructor(opts) {
    opts = opts || {};
    this.directory = opts.directory || "./locales";
    this.updateFiles = typeof opts.updateFiles === "boolean" ? opts.updateFiles : true;
    this.locale = opts.locale || "en";
    this.fallbackToLanguage = typeof opts.fallbackToLanguage === "boolean" ? opts.fallbackToLanguage : true;
    this.cache = /* @__PURE__ */ Object.create(null);
    this.writeQueue = [];
  }
  __(...args) {
    if (typeof arguments[0] !== "string") {
      return this._taggedLiteral(arguments[0], ...arguments);
    }
    const str = args.shift();
    let cb = function() {
    };
    if (typeof args[args.length - 1] === "function")
      cb = args.pop();
    cb = cb || function() {
    };
    if (!this.cache[this.locale])
      this._readLocaleFile();
    if (!this.cache[this.locale][str] && this.updateFiles) {
      this.cache[this.locale][str] = str;
      this._enqueueWrite({
        directory: this.directory,
        locale: this.locale,
        cb
      });
    } else {
      cb();
    }
    return shim.format.apply(shim.format, [this.cache[this.locale][str] || str].concat(args));
  }
  __n() {
    const args = Array.prototype.slice.call(arguments);
    const singular = args.shift();
    const plural = args.shift();
    const quantity = args.shift();
    let cb = function() {
    };
    if (typeof args[args.length - 1] === "function")
      cb = args.pop();
    if (!this.cache[this.locale])
      this._readLocaleFile();
    let str = quantity === 1 ? singular : plural;
    if (this.cache[this.locale][singular]) {
      const entry = this.cache[this.locale][singular];
      str = entry[quantity === 1 ? "one" : "other"];
    }
    if (!this.cache[this.locale][singular] && this.updateFiles) {
      this.cache[this.locale][singular] = {
        one: singular,
        other: plural
      };
      this._enqueueWrite({
        directory: this.directory,
        locale: this.locale,
        cb
      });
    } else {
      cb();
    }
    const values = [str];
    if (~str.indexOf("%d"))
      values.push(quantity);
    return shim.format.apply(shim.format, values.concat(args));
  }
  setLocale(locale) {
    this.locale = locale;
  }
  getLocale() {
    return this.locale;
  }
  updateLocale(obj) {
    if (!this.cache[this.locale])
      this._readLocaleFile();
    for (const key in obj) {
      if (Object.prototype.hasOwnProperty.call(obj, key)) {
        this.cache[this.locale][key] = obj[key];
      }
    }
  }
  _taggedLiteral(parts, ...args) {
    let str = "";
    parts.forEach(function(part, i) {
      const arg = args[i + 1];
      str += part;
      if (typeof arg !== "undefined") {
        str += "%s";
      }
    });
    return this.__.apply(this, [str].concat([].slice.call(args, 1)));
  }
  _enqueueWrite(work) {
    this.writeQueue.push(work);
    if (this.writeQueue.length === 1)
      this._processWriteQueue();
  }
  _processWriteQueue() {
    const _this = this;
    const work = this.writeQueue[0];
    const directory = work.directory;
    const locale = work.locale;
    const cb = work.cb;
    const languageFile = this._resolveLocaleFile(directory, locale);
    const serializedLocale = JSON.stringify(this.cache[locale], null, 2);
    shim.fs.writeFile(languageFile, serializedLocale, "utf-8", function(err) {
      _this.writeQueue.shift();
      if (_this.writeQueue.length > 0)
        _this._processWriteQueue();
      cb(err);
    });
  }
  _readLocaleFile() {
    let localeLookup = {};
    const languageFile = this._resolveLocaleFile(this.directory, this.locale);
    try {
      if (shim.fs.readFileSync) {
        localeLookup = JSON.parse(shim.fs.readFileSync(languageFile, "utf-8"));
      }
    } catch (err) {
      if (err instanceof SyntaxError) {
        err.message = "syntax error in " + languageFile;
      }
      if (err.code === "ENOENT")
        localeLookup = {};
      else
        throw err;
    }
    this.cache[this.locale] = localeLookup;
  }
  _resolveLocaleFile(directory, locale) {
    let file = shim.resolve(directory, "./", locale + ".json");
    if (this.fallbackToLanguage && !this._fileExistsSync(file) && ~locale.lastIndexOf("_")) {
      const languageFile = shim.resolve(directory, "./", locale.split("_")[0] + ".json");
      if (this._fileExistsSync(languageFile))
        file = languageFile;
    }
    return file;
  }
  _fileExistsSync(file) {
    return shim.exists(file);
  }
};
function y18n(opts, _shim) {
  shim = _shim;
  const y18n3 = new Y18N(opts);
  return {
    __: y18n3.__.bind(y18n3),
    __n: y18n3.__n.bind(y18n3),
    setLocale: y18n3.setLocale.bind(y18n3),
    getLocale: y18n3.getLocale.bind(y18n3),
    updateLocale: y18n3.updateLocale.bind(y18n3),
    locale: y18n3.locale
  };
}

// node_modules/y18n/index.mjs
var y18n2 = (opts) => {
  return y18n(opts, node_default);
};
var y18n_default = y18n2;

// node_modules/yargs/lib/platform-shims/esm.mjs
var import_get_caller_file = __toESM(require_get_caller_file(), 1);
import { createRequire as createRequire2 } from "node:module";
import { readFileSync as readFileSync4, readdirSync as readdirSync3 } from "node:fs";
var __dirname = fileURLToPath(import.meta.url);
var mainFilename = __dirname.substring(0, __dirname.lastIndexOf("node_modules"));
var require3 = createRequire2(import.meta.url);
var esm_default = {
  assert: {
    notStrictEqual,
    strictEqual
  },
  cliui: ui,
  findUp: sync_default,
  getEnv: (key) => {
    return process.env[key];
  },
  inspect,
  getProcessArgvBin,
  mainFilename: mainFilename || process.cwd(),
  Parser: lib_default,
  path: {
    basename,
    dirname: dirname2,
    extname,
    relative,
    resolve: resolve4,
    join
  },
  process: {
    argv: () => process.argv,
    cwd: process.cwd,
    emitWarning: (warning, type) => process.emitWarning(warning, type),
    execPath: () => process.execPath,
    exit: (code) => {
      process.exit(code);
    },
    nextTick: process.nextTick,
    stdColumns: typeof process.stdout.columns !== "undefined" ? process.stdout.columns : null
  },
  readFileSync: readFileSync4,
  readdirSync: readdirSync3,
  require: require3,
  getCallerFile: () => {
    const callerFile = (0, import_get_caller_file.default)(3);
    return callerFile.match(/^file:\/\//) ? fileURLToPath(callerFile) : callerFile;
  },
  stringWidth: asciiFirstStringWidth3,
  y18n: y18n_default({
    directory: resolve4(__dirname, "../../../locales"),
    updateFiles: false
  })
};

// node_modules/yargs/build/lib/typings/common-types.js
function assertNotStrictEqual(actual, expected, shim3, message) {
  shim3.assert.notStrictEqual(actual, expected, message);
}
function assertSingleKey(actual, shim3) {
  shim3.assert.strictEqual(typeof actual, "string");
}
function objectKeys(object) {
  return Object.keys(object);
}

// node_modules/yargs/build/lib/utils/is-promise.js
function isPromise(maybePromise) {
  return !!maybePromise && !!maybePromise.then && typeof maybePromise.then === "function";
}

// node_modules/yargs/build/lib/yerror.js
var YError = class _YError extends Error {
  constructor(msg) {
    super(msg || "yargs error");
    this.name = "YError";
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, _YError);
    }
  }
};

// node_modules/yargs/build/lib/parse-command.js
function parseCommand(cmd) {
  const extraSpacesStrippedCommand = cmd.replace(/\s{2,}/g, " ");
  const splitCommand = extraSpacesStrippedCommand.split(/\s+(?![^[]*]|[^<]*>)/);
  const bregex = /\.*[\][<>]/g;
  const firstCommand = splitCommand.shift();
  if (!firstCommand)
    throw new Error(`No command found in: ${cmd}`);
  const parsedCommand = {
    cmd: firstCommand.replace(bregex, ""),
    demanded: [],
    optional: []
  };
  splitCommand.forEach((cmd2, i) => {
    let variadic = false;
    cmd2 = cmd2.replace(/\s/g, "");
    if (/\.+[\]>]/.test(cmd2) && i === splitCommand.length - 1)
      variadic = true;
    if (/^\[/.test(cmd2)) {
      parsedCommand.optional.push({
        cmd: cmd2.replace(bregex, "").split("|"),
        variadic
      });
    } else {
      parsedCommand.demanded.push({
        cmd: cmd2.replace(bregex, "").split("|"),
        variadic
      });
    }
  });
  return parsedCommand;
}

// node_modules/yargs/build/lib/argsert.js
var positionName = ["first", "second", "third", "fourth", "fifth", "sixth"];
function argsert(arg1, arg2, arg3) {
  function parseArgs() {
    return typeof arg1 === "object" ? [{ demanded: [], optional: [] }, arg1, arg2] : [
      parseCommand(`cmd ${arg1}`),
      arg2,
      arg3
    ];
  }
  try {
    let position = 0;
    const [parsed2, callerArguments, _length] = parseArgs();
    const args = [].slice.call(callerArguments);
    while (args.length && args[args.length - 1] === void 0)
      args.pop();
    const length = _length || args.length;
    if (length < parsed2.demanded.length) {
      throw new YError(`Not enough arguments provided. Expected ${parsed2.demanded.length} but received ${args.length}.`);
    }
    const totalCommands = parsed2.demanded.length + parsed2.optional.length;
    if (length > totalCommands) {
      throw new YError(`Too many arguments provided. Expected max ${totalCommands} but received ${length}.`);
    }
    parsed2.demanded.forEach((demanded) => {
      const arg = args.shift();
      const observedType = guessType(arg);
      const matchingTypes = demanded.cmd.filter((type) => type === observedType || type === "*");
      if (matchingTypes.length === 0)
        argumentTypeError(observedType, demanded.cmd, position);
      position += 1;
    });
    parsed2.optional.forEach((optional) => {
      if (args.length === 0)
        return;
      const arg = args.shift();
      const observedType = guessType(arg);
      const matchingTypes = optional.cmd.filter((type) => type === observedType || type === "*");
      if (matchingTypes.length === 0)
        argumentTypeError(observedType, optional.cmd, position);
      position += 1;
    });
  } catch (err) {
    console.warn(err.stack);
  }
}
function guessType(arg) {
  if (Array.isArray(arg)) {
    return "array";
  } else if (arg === null) {
    return "null";
  }
  return typeof arg;
}
function argumentTypeError(observedType, allowedTypes, position) {
  throw new YError(`Invalid ${positionName[position] || "manyith"} argument. Expected ${allowedTypes.join(" or ")} but received ${observedType}.`);
}

// node_modules/yargs/build/lib/middleware.js
var GlobalMiddleware = class {
  constructor(yargs) {
    this.globalMiddleware = [];
    this.frozens = [];
    this.yargs = yargs;
  }
  addMiddleware(callback, applyBeforeValidation, global = true, mutates = false) {
    argsert("<array|function> [boolean] [boolean] [boolean]", [callback, applyBeforeValidation, global], arguments.length);
    if (Array.isArray(callback)) {
      for (let i = 0; i < callback.length; i++) {
        if (typeof callback[i] !== "function") {
          throw Error("middleware must be a function");
        }
        const m = callback[i];
        m.applyBeforeValidation = applyBeforeValidation;
        m.global = global;
      }
      Array.prototype.push.apply(this.globalMiddleware, callback);
    } else if (typeof callback === "function") {
      const m = callback;
      m.applyBeforeValidation = applyBeforeValidation;
      m.global = global;
      m.mutates = mutates;
      this.globalMiddleware.push(callback);
    }
    return this.yargs;
  }
  addCoerceMiddleware(callback, option) {
    const aliases = this.yargs.getAliases();
    this.globalMiddleware = this.globalMiddleware.filter((m) => {
      const toCheck = [...aliases[option] || [], option];
      if (!m.option)
        return true;
      else
        return !toCheck.includes(m.option);
    });
    callback.option = option;
    return this.addMiddleware(callback, true, true, true);
  }
  getMiddleware() {
    return this.globalMiddleware;
  }
  freeze() {
    this.frozens.push([...this.globalMiddleware]);
  }
  unfreeze() {
    const frozen = this.frozens.pop();
    if (frozen !== void 0)
      this.globalMiddleware = frozen;
  }
  reset() {
    this.globalMiddleware = this.globalMiddleware.filter((m) => m.global);
  }
};
function commandMiddlewareFactory(commandMiddleware) {
  if (!commandMiddleware)
    return [];
  return commandMiddleware.map((middleware) => {
    middleware.applyBeforeValidation = false;
    return middleware;
  });
}
function applyMiddleware(argv, yargs, middlewares, beforeValidation) {
  return middlewares.reduce((acc, middleware) => {
    if (middleware.applyBeforeValidation !== beforeValidation) {
      return acc;
    }
    if (middleware.mutates) {
      if (middleware.applied)
        return acc;
      middleware.applied = true;
    }
    if (isPromise(acc)) {
      return acc.then((initialObj) => Promise.all([initialObj, middleware(initialObj, yargs)])).then(([initialObj, middlewareObj]) => Object.assign(initialObj, middlewareObj));
    } else {
      const result = middleware(acc, yargs);
      return isPromise(result) ? result.then((middlewareObj) => Object.assign(acc, middlewareObj)) : Object.assign(acc, result);
    }
  }, argv);
}

// node_modules/yargs/build/lib/utils/maybe-async-result.js
function maybeAsyncResult(getResult, resultHandler, errorHandler = (err) => {
  throw err;
}) {
  try {
    const result = isFunction(getResult) ? getResult() : getResult;
    return isPromise(result) ? result.then((result2) => resultHandler(result2)) : resultHandler(result);
  } catch (err) {
    return errorHandler(err);
  }
}
function isFunction(arg) {
  return typeof arg === "function";
}

// node_modules/yargs/build/lib/command.js
var DEFAULT_MARKER = /(^\*)|(^\$0)/;
var CommandInstance = class {
  constructor(usage2, validation2, globalMiddleware, shim3) {
    this.requireCache = /* @__PURE__ */ new Set();
    this.handlers = {};
    this.aliasMap = {};
    this.frozens = [];
    this.shim = shim3;
    this.usage = usage2;
    this.globalMiddleware = globalMiddleware;
    this.validation = validation2;
  }
  addDirectory(dir, req, callerFile, opts) {
    opts = opts || {};
    this.requireCache.add(callerFile);
    const fullDirPath = this.shim.path.resolve(this.shim.path.dirname(callerFile), dir);
    const files = this.shim.readdirSync(fullDirPath, {
      recursive: opts.recurse ? true : false
    });
    if (!Array.isArray(opts.extensions))
      opts.extensions = ["js"];
    const visit2 = typeof opts.visit === "function" ? opts.visit : (o) => o;
    for (const fileb of files) {
      const file = fileb.toString();
      if (opts.exclude) {
        let exclude = false;
        if (typeof opts.exclude === "function") {
          exclude = opts.exclude(file);
        } else {
          exclude = opts.exclude.test(file);
        }
        if (exclude)
          continue;
      }
      if (opts.include) {
        let include = false;
        if (typeof opts.include === "function") {
          include = opts.include(file);
        } else {
          include = opts.include.test(file);
        }
        if (!include)
          continue;
      }
      let supportedExtension = false;
      for (const ext of opts.extensions) {
        if (file.endsWith(ext))
          supportedExtension = true;
      }
      if (supportedExtension) {
        const joined = this.shim.path.join(fullDirPath, file);
        const module = req(joined);
        const extendableModule = Object.create(null, Object.getOwnPropertyDescriptors({ ...module }));
        const visited = visit2(extendableModule, joined, file);
        if (visited) {
          if (this.requireCache.has(joined))
            continue;
          else
            this.requireCache.add(joined);
          if (!extendableModule.command) {
            extendableModule.command = this.shim.path.basename(joined, this.shim.path.extname(joined));
          }
          this.addHandler(extendableModule);
        }
      }
    }
  }
  addHandler(cmd, description, builder, handler, commandMiddleware, deprecated) {
    let aliases = [];
    const middlewares = commandMiddlewareFactory(commandMiddleware);
    handler = handler || (() => {
    });
    if (Array.isArray(cmd)) {
      if (isCommandAndAliases(cmd)) {
        [cmd, ...aliases] = cmd;
      } else {
        for (const command2 of cmd) {
          this.addHandler(command2);
        }
      }
    } else if (isCommandHandlerDefinition(cmd)) {
      let command2 = Array.isArray(cmd.command) || typeof cmd.command === "string" ? cmd.command : null;
      if (command2 === null) {
        throw new Error(`No command name given for module: ${this.shim.inspect(cmd)}`);
      }
      if (cmd.aliases)
        command2 = [].concat(command2).concat(cmd.aliases);
      this.addHandler(command2, this.extractDesc(cmd), cmd.builder, cmd.handler, cmd.middlewares, cmd.deprecated);
      return;
    } else if (isCommandBuilderDefinition(builder)) {
      this.addHandler([cmd].concat(aliases), description, builder.builder, builder.handler, builder.middlewares, builder.deprecated);
      return;
    }
    if (typeof cmd === "string") {
      const parsedCommand = parseCommand(cmd);
      aliases = aliases.map((alias) => parseCommand(alias).cmd);
      let isDefault = false;
      const parsedAliases = [parsedCommand.cmd].concat(aliases).filter((c) => {
        if (DEFAULT_MARKER.test(c)) {
          isDefault = true;
          return false;
        }
        return true;
      });
      if (parsedAliases.length === 0 && isDefault)
        parsedAliases.push("$0");
      if (isDefault) {
        parsedCommand.cmd = parsedAliases[0];
        aliases = parsedAliases.slice(1);
        cmd = cmd.replace(DEFAULT_MARKER, parsedCommand.cmd);
      }
      aliases.forEach((alias) => {
        this.aliasMap[alias] = parsedCommand.cmd;
      });
      if (description !== false) {
        this.usage.command(cmd, description, isDefault, aliases, deprecated);
      }
      this.handlers[parsedCommand.cmd] = {
        original: cmd,
        description,
        handler,
        builder: builder || {},
        middlewares,
        deprecated,
        demanded: parsedCommand.demanded,
        optional: parsedCommand.optional
      };
      if (isDefault)
        this.defaultCommand = this.handlers[parsedCommand.cmd];
    }
  }
  getCommandHandlers() {
    return this.handlers;
  }
  getCommands() {
    return Object.keys(this.handlers).concat(Object.keys(this.aliasMap));
  }
  hasDefaultCommand() {
    return !!this.defaultCommand;
  }
  runCommand(command2, yargs, parsed2, commandIndex, helpOnly, helpOrVersionSet) {
    const commandHandler = this.handlers[command2] || this.handlers[this.aliasMap[command2]] || this.defaultCommand;
    const currentContext = yargs.getInternalMethods().getContext();
    const parentCommands = currentContext.commands.slice();
    const isDefaultCommand = !command2;
    if (command2) {
      currentContext.commands.push(command2);
      currentContext.fullCommands.push(commandHandler.original);
    }
    const builderResult = this.applyBuilderUpdateUsageAndParse(isDefaultCommand, commandHandler, yargs, parsed2.aliases, parentCommands, commandIndex, helpOnly, helpOrVersionSet);
    return isPromise(builderResult) ? builderResult.then((result) => this.applyMiddlewareAndGetResult(isDefaultCommand, commandHandler, result.innerArgv, currentContext, helpOnly, result.aliases, yargs)) : this.applyMiddlewareAndGetResult(isDefaultCommand, commandHandler, builderResult.innerArgv, currentContext, helpOnly, builderResult.aliases, yargs);
  }
  applyBuilderUpdateUsageAndParse(isDefaultCommand, commandHandler, yargs, aliases, parentCommands, commandIndex, helpOnly, helpOrVersionSet) {
    const builder = commandHandler.builder;
    let innerYargs = yargs;
    if (isCommandBuilderCallback(builder)) {
      yargs.getInternalMethods().getUsageInstance().freeze();
      const builderOutput = builder(yargs.getInternalMethods().reset(aliases), helpOrVersionSet);
      if (isPromise(builderOutput)) {
        return builderOutput.then((output) => {
          innerYargs = isYargsInstance(output) ? output : yargs;
          return this.parseAndUpdateUsage(isDefaultCommand, commandHandler, innerYargs, parentCommands, commandIndex, helpOnly);
        });
      }
    } else if (isCommandBuilderOptionDefinitions(builder)) {
      yargs.getInternalMethods().getUsageInstance().freeze();
      innerYargs = yargs.getInternalMethods().reset(aliases);
      Object.keys(commandHandler.builder).forEach((key) => {
        innerYargs.option(key, builder[key]);
      });
    }
    return this.parseAndUpdateUsage(isDefaultCommand, commandHandler, innerYargs, parentCommands, commandIndex, helpOnly);
  }
  parseAndUpdateUsage(isDefaultCommand, commandHandler, innerYargs, parentCommands, commandIndex, helpOnly) {
    if (isDefaultCommand)
      innerYargs.getInternalMethods().getUsageInstance().unfreeze(true);
    if (this.shouldUpdateUsage(innerYargs)) {
      innerYargs.getInternalMethods().getUsageInstance().usage(this.usageFromParentCommandsCommandHandler(parentCommands, commandHandler), commandHandler.description);
    }
    const innerArgv = innerYargs.getInternalMethods().runYargsParserAndExecuteCommands(null, void 0, true, commandIndex, helpOnly);
    return isPromise(innerArgv) ? innerArgv.then((argv) => ({
      aliases: innerYargs.parsed.aliases,
      innerArgv: argv
    })) : {
      aliases: innerYargs.parsed.aliases,
      innerArgv
    };
  }
  shouldUpdateUsage(yargs) {
    return !yargs.getInternalMethods().getUsageInstance().getUsageDisabled() && yargs.getInternalMethods().getUsageInstance().getUsage().length === 0;
  }
  usageFromParentCommandsCommandHandler(parentCommands, commandHandler) {
    const c = DEFAULT_MARKER.test(commandHandler.original) ? commandHandler.original.replace(DEFAULT_MARKER, "").trim() : commandHandler.original;
    const pc = parentCommands.filter((c2) => {
      return !DEFAULT_MARKER.test(c2);
    });
    pc.push(c);
    return `$0 ${pc.join(" ")}`;
  }
  handleValidationAndGetResult(isDefaultCommand, commandHandler, innerArgv, currentContext, aliases, yargs, middlewares, positionalMap) {
    if (!yargs.getInternalMethods().getHasOutput()) {
      const validation2 = yargs.getInternalMethods().runValidation(aliases, positionalMap, yargs.parsed.error, isDefaultCommand);
      innerArgv = maybeAsyncResult(innerArgv, (result) => {
        validation2(result);
        return result;
      });
    }
    if (commandHandler.handler && !yargs.getInternalMethods().getHasOutput()) {
      yargs.getInternalMethods().setHasOutput();
      const populateDoubleDash = !!yargs.getOptions().configuration["populate--"];
      yargs.getInternalMethods().postProcess(innerArgv, populateDoubleDash, false, false);
      innerArgv = applyMiddleware(innerArgv, yargs, middlewares, false);
      innerArgv = maybeAsyncResult(innerArgv, (result) => {
        const handlerResult = commandHandler.handler(result);
        return isPromise(handlerResult) ? handlerResult.then(() => result) : result;
      });
      if (!isDefaultCommand) {
        yargs.getInternalMethods().getUsageInstance().cacheHelpMessage();
      }
      if (isPromise(innerArgv) && !yargs.getInternalMethods().hasParseCallback()) {
        innerArgv.catch((error) => {
          try {
            yargs.getInternalMethods().getUsageInstance().fail(null, error);
          } catch (_err) {
          }
        });
      }
    }
    if (!isDefaultCommand) {
      currentContext.commands.pop();
      currentContext.fullCommands.pop();
    }
    return innerArgv;
  }
  applyMiddlewareAndGetResult(isDefaultCommand, commandHandler, innerArgv, currentContext, helpOnly, aliases, yargs) {
    let positionalMap = {};
    if (helpOnly)
      return innerArgv;
    if (!yargs.getInternalMethods().getHasOutput()) {
      positionalMap = this.populatePositionals(commandHandler, innerArgv, currentContext, yargs);
    }
    const middlewares = this.globalMiddleware.getMiddleware().slice(0).concat(commandHandler.middlewares);
    const maybePromiseArgv = applyMiddleware(innerArgv, yargs, middlewares, true);
    return isPromise(maybePromiseArgv) ? maybePromiseArgv.then((resolvedInnerArgv) => this.handleValidationAndGetResult(isDefaultCommand, commandHandler, resolvedInnerArgv, currentContext, aliases, yargs, middlewares, positionalMap)) : this.handleValidationAndGetResult(isDefaultCommand, commandHandler, maybePromiseArgv, currentContext, aliases, yargs, middlewares, positionalMap);
  }
  populatePositionals(commandHandler, argv, context, yargs) {
    argv._ = argv._.slice(context.commands.length);
    const demanded = commandHandler.demanded.slice(0);
    const optional = commandHandler.optional.slice(0);
    const positionalMap = {};
    this.validation.positionalCount(demanded.length, argv._.length);
    while (demanded.length) {
      const demand = demanded.shift();
      this.populatePositional(demand, argv, positionalMap);
    }
    while (optional.length) {
      const maybe = optional.shift();
      this.populatePositional(maybe, argv, positionalMap);
    }
    argv._ = context.commands.concat(argv._.map((a) => "" + a));
    this.postProcessPositionals(argv, positionalMap, this.cmdToParseOptions(commandHandler.original), yargs);
    return positionalMap;
  }
  populatePositional(positional, argv, positionalMap) {
    const cmd = positional.cmd[0];
    if (positional.variadic) {
      positionalMap[cmd] = argv._.splice(0).map(String);
    } else {
      if (argv._.length)
        positionalMap[cmd] = [String(argv._.shift())];
    }
  }
  cmdToParseOptions(cmdString) {
    const parseOptions = {
      array: [],
      default: {},
      alias: {},
      demand: {}
    };
    const parsed2 = parseCommand(cmdString);
    parsed2.demanded.forEach((d) => {
      const [cmd, ...aliases] = d.cmd;
      if (d.variadic) {
        parseOptions.array.push(cmd);
        parseOptions.default[cmd] = [];
      }
      parseOptions.alias[cmd] = aliases;
      parseOptions.demand[cmd] = true;
    });
    parsed2.optional.forEach((o) => {
      const [cmd, ...aliases] = o.cmd;
      if (o.variadic) {
        parseOptions.array.push(cmd);
        parseOptions.default[cmd] = [];
      }
      parseOptions.alias[cmd] = aliases;
    });
    return parseOptions;
  }
  postProcessPositionals(argv, positionalMap, parseOptions, yargs) {
    const options = Object.assign({}, yargs.getOptions());
    options.default = Object.assign(parseOptions.default, options.default);
    for (const key of Object.keys(parseOptions.alias)) {
      options.alias[key] = (options.alias[key] || []).concat(parseOptions.alias[key]);
    }
    options.array = options.array.concat(parseOptions.array);
    options.config = {};
    const unparsed = [];
    Object.keys(positionalMap).forEach((key) => {
      positionalMap[key].map((value) => {
        if (options.configuration["unknown-options-as-args"])
          options.key[key] = true;
        unparsed.push(`--${key}`);
        unparsed.push(value);
      });
    });
    if (!unparsed.length)
      return;
    const config = Object.assign({}, options.configuration, {
      "populate--": false
    });
    const parsed2 = this.shim.Parser.detailed(unparsed, Object.assign({}, options, {
      configuration: config
    }));
    if (parsed2.error) {
      yargs.getInternalMethods().getUsageInstance().fail(parsed2.error.message, parsed2.error);
    } else {
      const positionalKeys = Object.keys(positionalMap);
      Object.keys(positionalMap).forEach((key) => {
        positionalKeys.push(...parsed2.aliases[key]);
      });
      Object.keys(parsed2.argv).forEach((key) => {
        if (positionalKeys.includes(key)) {
          if (!positionalMap[key])
            positionalMap[key] = parsed2.argv[key];
          if (!this.isInConfigs(yargs, key) && !this.isDefaulted(yargs, key) && Object.prototype.hasOwnProperty.call(argv, key) && Object.prototype.hasOwnProperty.call(parsed2.argv, key) && (Array.isArray(argv[key]) || Array.isArray(parsed2.argv[key]))) {
            argv[key] = [].concat(argv[key], parsed2.argv[key]);
          } else {
            argv[key] = parsed2.argv[key];
          }
        }
      });
    }
  }
  isDefaulted(yargs, key) {
    const { default: defaults } = yargs.getOptions();
    return Object.prototype.hasOwnProperty.call(defaults, key) || Object.prototype.hasOwnProperty.call(defaults, this.shim.Parser.camelCase(key));
  }
  isInConfigs(yargs, key) {
    const { configObjects } = yargs.getOptions();
    return configObjects.some((c) => Object.prototype.hasOwnProperty.call(c, key)) || configObjects.some((c) => Object.prototype.hasOwnProperty.call(c, this.shim.Parser.camelCase(key)));
  }
  runDefaultBuilderOn(yargs) {
    if (!this.defaultCommand)
      return;
    if (this.shouldUpdateUsage(yargs)) {
      const commandString = DEFAULT_MARKER.test(this.defaultCommand.original) ? this.defaultCommand.original : this.defaultCommand.original.replace(/^[^[\]<>]*/, "$0 ");
      yargs.getInternalMethods().getUsageInstance().usage(commandString, this.defaultCommand.description);
    }
    const builder = this.defaultCommand.builder;
    if (isCommandBuilderCallback(builder)) {
      return builder(yargs, true);
    } else if (!isCommandBuilderDefinition(builder)) {
      Object.keys(builder).forEach((key) => {
        yargs.option(key, builder[key]);
      });
    }
    return void 0;
  }
  extractDesc({ describe: describe3, description, desc }) {
    for (const test of [describe3, description, desc]) {
      if (typeof test === "string" || test === false)
        return test;
      assertNotStrictEqual(test, true, this.shim);
    }
    return false;
  }
  freeze() {
    this.frozens.push({
      handlers: this.handlers,
      aliasMap: this.aliasMap,
      defaultCommand: this.defaultCommand
    });
  }
  unfreeze() {
    const frozen = this.frozens.pop();
    assertNotStrictEqual(frozen, void 0, this.shim);
    ({
      handlers: this.handlers,
      aliasMap: this.aliasMap,
      defaultCommand: this.defaultCommand
    } = frozen);
  }
  reset() {
    this.handlers = {};
    this.aliasMap = {};
    this.defaultCommand = void 0;
    this.requireCache = /* @__PURE__ */ new Set();
    return this;
  }
};
function command(usage2, validation2, globalMiddleware, shim3) {
  return new CommandInstance(usage2, validation2, globalMiddleware, shim3);
}
function isCommandBuilderDefinition(builder) {
  return typeof builder === "object" && !!builder.builder && typeof builder.handler === "function";
}
function isCommandAndAliases(cmd) {
  return cmd.every((c) => typeof c === "string");
}
function isCommandBuilderCallback(builder) {
  return typeof builder === "function";
}
function isCommandBuilderOptionDefinitions(builder) {
  return typeof builder === "object";
}
function isCommandHandlerDefinition(cmd) {
  return typeof cmd === "object" && !Array.isArray(cmd);
}

// node_modules/yargs/build/lib/utils/obj-filter.js
function objFilter(original = {}, filter = () => true) {
  const obj = {};
  objectKeys(original).forEach((key) => {
    if (filter(key, original[key])) {
      obj[key] = original[key];
    }
  });
  return obj;
}

// node_modules/yargs/build/lib/utils/set-blocking.js
function setBlocking(blocking) {
  if (typeof process === "undefined")
    return;
  [process.stdout, process.stderr].forEach((_stream) => {
    const stream = _stream;
    if (stream._handle && stream.isTTY && typeof stream._handle.setBlocking === "function") {
      stream._handle.setBlocking(blocking);
    }
  });
}

// node_modules/yargs/build/lib/usage.js
function isBoolean(fail2) {
  return typeof fail2 === "boolean";
}
function usage(yargs, shim3) {
  const __ = shim3.y18n.__;
  const self = {};
  const fails = [];
  self.failFn = function failFn(f) {
    fails.push(f);
  };
  let failMessage = null;
  let globalFailMessage = null;
  let showHelpOnFail = true;
  self.showHelpOnFail = function showHelpOnFailFn(arg1 = true, arg2) {
    const [enabled, message] = typeof arg1 === "string" ? [true, arg1] : [arg1, arg2];
    if (yargs.getInternalMethods().isGlobalContext()) {
      globalFailMessage = message;
    }
    failMessage = message;
    showHelpOnFail = enabled;
    return self;
  };
  let failureOutput = false;
  self.fail = function fail2(msg, err) {
    const logger = yargs.getInternalMethods().getLoggerInstance();
    if (fails.length) {
      for (let i = fails.length - 1; i >= 0; --i) {
        const fail3 = fails[i];
        if (isBoolean(fail3)) {
          if (err)
            throw err;
          else if (msg)
            throw Error(msg);
        } else {
          fail3(msg, err, self);
        }
      }
    } else {
      if (yargs.getExitProcess())
        setBlocking(true);
      if (!failureOutput) {
        failureOutput = true;
        if (showHelpOnFail) {
          yargs.showHelp("error");
          logger.error();
        }
        if (msg || err)
          logger.error(msg || err);
        const globalOrCommandFailMessage = failMessage || globalFailMessage;
        if (globalOrCommandFailMessage) {
          if (msg || err)
            logger.error("");
          logger.error(globalOrCommandFailMessage);
        }
      }
      err = err || new YError(msg);
      if (yargs.getExitProcess()) {
        return yargs.exit(1);
      } else if (yargs.getInternalMethods().hasParseCallback()) {
        return yargs.exit(1, err);
      } else {
        throw err;
      }
    }
  };
  let usages = [];
  let usageDisabled = false;
  self.usage = (msg, description) => {
    if (msg === null) {
      usageDisabled = true;
      usages = [];
      return self;
    }
    usageDisabled = false;
    usages.push([msg, description || ""]);
    return self;
  };
  self.getUsage = () => {
    return usages;
  };
  self.getUsageDisabled = () => {
    return usageDisabled;
  };
  self.getPositionalGroupName = () => {
    return __("Positionals:");
  };
  let examples = [];
  self.example = (cmd, description) => {
    examples.push([cmd, description || ""]);
  };
  let commands = [];
  self.command = function command2(cmd, description, isDefault, aliases, deprecated = false) {
    if (isDefault) {
      commands = commands.map((cmdArray) => {
        cmdArray[2] = false;
        return cmdArray;
      });
    }
    commands.push([cmd, description || "", isDefault, aliases, deprecated]);
  };
  self.getCommands = () => commands;
  let descriptions = {};
  self.describe = function describe3(keyOrKeys, desc) {
    if (Array.isArray(keyOrKeys)) {
      keyOrKeys.forEach((k) => {
        self.describe(k, desc);
      });
    } else if (typeof keyOrKeys === "object") {
      Object.keys(keyOrKeys).forEach((k) => {
        self.describe(k, keyOrKeys[k]);
      });
    } else {
      descriptions[keyOrKeys] = desc;
    }
  };
  self.getDescriptions = () => descriptions;
  let epilogs = [];
  self.epilog = (msg) => {
    epilogs.push(msg);
  };
  let wrapSet = false;
  let wrap;
  self.wrap = (cols) => {
    wrapSet = true;
    wrap = cols;
  };
  self.getWrap = () => {
    if (shim3.getEnv("YARGS_DISABLE_WRAP")) {
      return null;
    }
    if (!wrapSet) {
      wrap = windowWidth();
      wrapSet = true;
    }
    return wrap;
  };
  const deferY18nLookupPrefix = "__yargsString__:";
  self.deferY18nLookup = (str) => deferY18nLookupPrefix + str;
  self.help = function help() {
    if (cachedHelpMessage)
      return cachedHelpMessage;
    normalizeAliases();
    const base$0 = yargs.customScriptName ? yargs.$0 : shim3.path.basename(yargs.$0);
    const demandedOptions = yargs.getDemandedOptions();
    const demandedCommands = yargs.getDemandedCommands();
    const deprecatedOptions = yargs.getDeprecatedOptions();
    const groups = yargs.getGroups();
    const options = yargs.getOptions();
    let keys = [];
    keys = keys.concat(Object.keys(descriptions));
    keys = keys.concat(Object.keys(demandedOptions));
    keys = keys.concat(Object.keys(demandedCommands));
    keys = keys.concat(Object.keys(options.default));
    keys = keys.filter(filterHiddenOptions);
    keys = Object.keys(keys.reduce((acc, key) => {
      if (key !== "_")
        acc[key] = true;
      return acc;
    }, {}));
    const theWrap = self.getWrap();
    const ui2 = shim3.cliui({
      width: theWrap,
      wrap: !!theWrap
    });
    if (!usageDisabled) {
      if (usages.length) {
        usages.forEach((usage2) => {
          ui2.div({ text: `${usage2[0].replace(/\$0/g, base$0)}` });
          if (usage2[1]) {
            ui2.div({ text: `${usage2[1]}`, padding: [1, 0, 0, 0] });
          }
        });
        ui2.div();
      } else if (commands.length) {
        let u = null;
        if (demandedCommands._) {
          u = `${base$0} <${__("command")}>
`;
        } else {
          u = `${base$0} [${__("command")}]
`;
        }
        ui2.div(`${u}`);
      }
    }
    if (commands.length > 1 || commands.length === 1 && !commands[0][2]) {
      ui2.div(__("Commands:"));
      const context = yargs.getInternalMethods().getContext();
      const parentCommands = context.commands.length ? `${context.commands.join(" ")} ` : "";
      if (yargs.getInternalMethods().getParserConfiguration()["sort-commands"] === true) {
        commands = commands.sort((a, b) => a[0].localeCompare(b[0]));
      }
      const prefix = base$0 ? `${base$0} ` : "";
      commands.forEach((command2) => {
        const commandString = `${prefix}${parentCommands}${command2[0].replace(/^\$0 ?/, "")}`;
        ui2.span({
          text: commandString,
          padding: [0, 2, 0, 2],
          width: maxWidth(commands, theWrap, `${base$0}${parentCommands}`) + 4
        }, { text: command2[1] });
        const hints = [];
        if (command2[2])
          hints.push(`[${__("default")}]`);
        if (command2[3] && command2[3].length) {
          hints.push(`[${__("aliases:")} ${command2[3].join(", ")}]`);
        }
        if (command2[4]) {
          if (typeof command2[4] === "string") {
            hints.push(`[${__("deprecated: %s", command2[4])}]`);
          } else {
            hints.push(`[${__("deprecated")}]`);
          }
        }
        if (hints.length) {
          ui2.div({
            text: hints.join(" "),
            padding: [0, 0, 0, 2],
            align: "right"
          });
        } else {
          ui2.div();
        }
      });
      ui2.div();
    }
    const aliasKeys = (Object.keys(options.alias) || []).concat(Object.keys(yargs.parsed.newAliases) || []);
    keys = keys.filter((key) => !yargs.parsed.newAliases[key] && aliasKeys.every((alias) => (options.alias[alias] || []).indexOf(key) === -1));
    const defaultGroup = __("Options:");
    if (!groups[defaultGroup])
      groups[defaultGroup] = [];
    addUngroupedKeys(keys, options.alias, groups, defaultGroup);
    const isLongSwitch = (sw) => /^--/.test(getText(sw));
    const displayedGroups = Object.keys(groups).filter((groupName) => groups[groupName].length > 0).map((groupName) => {
      const normalizedKeys = groups[groupName].filter(filterHiddenOptions).map((key) => {
        if (aliasKeys.includes(key))
          return key;
        for (let i = 0, aliasKey; (aliasKey = aliasKeys[i]) !== void 0; i++) {
          if ((options.alias[aliasKey] || []).includes(key))
            return aliasKey;
        }
        return key;
      });
      return { groupName, normalizedKeys };
    }).filter(({ normalizedKeys }) => normalizedKeys.length > 0).map(({ groupName, normalizedKeys }) => {
      const switches = normalizedKeys.reduce((acc, key) => {
        acc[key] = [key].concat(options.alias[key] || []).map((sw) => {
          if (groupName === self.getPositionalGroupName())
            return sw;
          else {
            return (/^[0-9]$/.test(sw) ? options.boolean.includes(key) ? "-" : "--" : sw.length > 1 ? "--" : "-") + sw;
          }
        }).sort((sw1, sw2) => isLongSwitch(sw1) === isLongSwitch(sw2) ? 0 : isLongSwitch(sw1) ? 1 : -1).join(", ");
        return acc;
      }, {});
      return { groupName, normalizedKeys, switches };
    });
    const shortSwitchesUsed = displayedGroups.filter(({ groupName }) => groupName !== self.getPositionalGroupName()).some(({ normalizedKeys, switches }) => !normalizedKeys.every((key) => isLongSwitch(switches[key])));
    if (shortSwitchesUsed) {
      displayedGroups.filter(({ groupName }) => groupName !== self.getPositionalGroupName()).forEach(({ normalizedKeys, switches }) => {
        normalizedKeys.forEach((key) => {
          if (isLongSwitch(switches[key])) {
            switches[key] = addIndentation(switches[key], "-x, ".length);
          }
        });
      });
    }
    displayedGroups.forEach(({ groupName, normalizedKeys, switches }) => {
      ui2.div(groupName);
      normalizedKeys.forEach((key) => {
        const kswitch = switches[key];
        let desc = descriptions[key] || "";
        let type = null;
        if (desc.includes(deferY18nLookupPrefix))
          desc = __(desc.substring(deferY18nLookupPrefix.length));
        if (options.boolean.includes(key))
          type = `[${__("boolean")}]`;
        if (options.count.includes(key))
          type = `[${__("count")}]`;
        if (options.string.includes(key))
          type = `[${__("string")}]`;
        if (options.normalize.includes(key))
          type = `[${__("string")}]`;
        if (options.array.includes(key))
          type = `[${__("array")}]`;
        if (options.number.includes(key))
          type = `[${__("number")}]`;
        const deprecatedExtra = (deprecated) => typeof deprecated === "string" ? `[${__("deprecated: %s", deprecated)}]` : `[${__("deprecated")}]`;
        const extra = [
          key in deprecatedOptions ? deprecatedExtra(deprecatedOptions[key]) : null,
          type,
          key in demandedOptions ? `[${__("required")}]` : null,
          options.choices && options.choices[key] ? `[${__("choices:")} ${self.stringifiedValues(options.choices[key])}]` : null,
          defaultString(options.default[key], options.defaultDescription[key])
        ].filter(Boolean).join(" ");
        ui2.span({
          text: getText(kswitch),
          padding: [0, 2, 0, 2 + getIndentation(kswitch)],
          width: maxWidth(switches, theWrap) + 4
        }, desc);
        const shouldHideOptionExtras = yargs.getInternalMethods().getUsageConfiguration()["hide-types"] === true;
        if (extra && !shouldHideOptionExtras)
          ui2.div({ text: extra, padding: [0, 0, 0, 2], align: "right" });
        else
          ui2.div();
      });
      ui2.div();
    });
    if (examples.length) {
      ui2.div(__("Examples:"));
      examples.forEach((example) => {
        example[0] = example[0].replace(/\$0/g, base$0);
      });
      examples.forEach((example) => {
        if (example[1] === "") {
          ui2.div({
            text: example[0],
            padding: [0, 2, 0, 2]
          });
        } else {
          ui2.div({
            text: example[0],
            padding: [0, 2, 0, 2],
            width: maxWidth(examples, theWrap) + 4
          }, {
            text: example[1]
          });
        }
      });
      ui2.div();
    }
    if (epilogs.length > 0) {
      const e = epilogs.map((epilog) => epilog.replace(/\$0/g, base$0)).join("\n");
      ui2.div(`${e}
`);
    }
    return ui2.toString().replace(/\s*$/, "");
  };
  function maxWidth(table, theWrap, modifier) {
    let width = 0;
    if (!Array.isArray(table)) {
      table = Object.values(table).map((v) => [v]);
    }
    table.forEach((v) => {
      width = Math.max(shim3.stringWidth(modifier ? `${modifier} ${getText(v[0])}` : getText(v[0])) + getIndentation(v[0]), width);
    });
    if (theWrap)
      width = Math.min(width, parseInt((theWrap * 0.5).toString(), 10));
    return width;
  }
  function normalizeAliases() {
    const demandedOptions = yargs.getDemandedOptions();
    const options = yargs.getOptions();
    (Object.keys(options.alias) || []).forEach((key) => {
      options.alias[key].forEach((alias) => {
        if (descriptions[alias])
          self.describe(key, descriptions[alias]);
        if (alias in demandedOptions)
          yargs.demandOption(key, demandedOptions[alias]);
        if (options.boolean.includes(alias))
          yargs.boolean(key);
        if (options.count.includes(alias))
          yargs.count(key);
        if (options.string.includes(alias))
          yargs.string(key);
        if (options.normalize.includes(alias))
          yargs.normalize(key);
        if (options.array.includes(alias))
          yargs.array(key);
        if (options.number.includes(alias))
          yargs.number(key);
      });
    });
  }
  let cachedHelpMessage;
  self.cacheHelpMessage = function() {
    cachedHelpMessage = this.help();
  };
  self.clearCachedHelpMessage = function() {
    cachedHelpMessage = void 0;
  };
  self.hasCachedHelpMessage = function() {
    return !!cachedHelpMessage;
  };
  function addUngroupedKeys(keys, aliases, groups, defaultGroup) {
    let groupedKeys = [];
    let toCheck = null;
    Object.keys(groups).forEach((group) => {
      groupedKeys = groupedKeys.concat(groups[group]);
    });
    keys.forEach((key) => {
      toCheck = [key].concat(aliases[key]);
      if (!toCheck.some((k) => groupedKeys.indexOf(k) !== -1)) {
        groups[defaultGroup].push(key);
      }
    });
    return groupedKeys;
  }
  function filterHiddenOptions(key) {
    return yargs.getOptions().hiddenOptions.indexOf(key) < 0 || yargs.parsed.argv[yargs.getOptions().showHiddenOpt];
  }
  self.showHelp = (level) => {
    const logger = yargs.getInternalMethods().getLoggerInstance();
    if (!level)
      level = "error";
    const emit = typeof level === "function" ? level : logger[level];
    emit(self.help());
  };
  self.functionDescription = (fn) => {
    const description = fn.name ? shim3.Parser.decamelize(fn.name, "-") : __("generated-value");
    return ["(", description, ")"].join("");
  };
  self.stringifiedValues = function stringifiedValues(values, separator) {
    let string = "";
    const sep = separator || ", ";
    const array = [].concat(values);
    if (!values || !array.length)
      return string;
    array.forEach((value) => {
      if (string.length)
        string += sep;
      string += JSON.stringify(value);
    });
    return string;
  };
  function defaultString(value, defaultDescription) {
    let string = `[${__("default:")} `;
    if (value === void 0 && !defaultDescription)
      return null;
    if (defaultDescription) {
      string += defaultDescription;
    } else {
      switch (typeof value) {
        case "string":
          string += `"${value}"`;
          break;
        case "object":
          string += JSON.stringify(value);
          break;
        default:
          string += value;
      }
    }
    return `${string}]`;
  }
  function windowWidth() {
    const maxWidth2 = 80;
    if (shim3.process.stdColumns) {
      return Math.min(maxWidth2, shim3.process.stdColumns);
    } else {
      return maxWidth2;
    }
  }
  let version = null;
  self.version = (ver) => {
    version = ver;
  };
  self.showVersion = (level) => {
    const logger = yargs.getInternalMethods().getLoggerInstance();
    if (!level)
      level = "error";
    const emit = typeof level === "function" ? level : logger[level];
    emit(version);
  };
  self.reset = function reset(localLookup) {
    failMessage = null;
    failureOutput = false;
    usages = [];
    usageDisabled = false;
    epilogs = [];
    examples = [];
    commands = [];
    descriptions = objFilter(descriptions, (k) => !localLookup[k]);
    return self;
  };
  const frozens = [];
  self.freeze = function freeze() {
    frozens.push({
      failMessage,
      failureOutput,
      usages,
      usageDisabled,
      epilogs,
      examples,
      commands,
      descriptions
    });
  };
  self.unfreeze = function unfreeze(defaultCommand = false) {
    const frozen = frozens.pop();
    if (!frozen)
      return;
    if (defaultCommand) {
      descriptions = { ...frozen.descriptions, ...descriptions };
      commands = [...frozen.commands, ...commands];
      usages = [...frozen.usages, ...usages];
      examples = [...frozen.examples, ...examples];
      epilogs = [...frozen.epilogs, ...epilogs];
    } else {
      ({
        failMessage,
        failureOutput,
        usages,
        usageDisabled,
        epilogs,
        examples,
        commands,
        descriptions
      } = frozen);
    }
  };
  return self;
}
function isIndentedText(text) {
  return typeof text === "object";
}
function addIndentation(text, indent2) {
  return isIndentedText(text) ? { text: text.text, indentation: text.indentation + indent2 } : { text, indentation: indent2 };
}
function getIndentation(text) {
  return isIndentedText(text) ? text.indentation : 0;
}
function getText(text) {
  return isIndentedText(text) ? text.text : text;
}

// node_modules/yargs/build/lib/completion-templates.js
var completionShTemplate = `###-begin-{{app_name}}-completions-###
#
# yargs command completion script
#
# Installation: {{app_path}} {{completion_command}} >> ~/.bashrc
#    or {{app_path}} {{completion_command}} >> ~/.bash_profile on OSX.
#
_{{app_name}}_yargs_completions()
{
    local cur_word args type_list

    cur_word="\${COMP_WORDS[COMP_CWORD]}"
    args=("\${COMP_WORDS[@]}")

    # ask yargs to generate completions.
    # see https://stackoverflow.com/a/40944195/7080036 for the spaces-handling awk
    mapfile -t type_list < <({{app_path}} --get-yargs-completions "\${args[@]}")
    mapfile -t COMPREPLY < <(compgen -W "$( printf '%q ' "\${type_list[@]}" )" -- "\${cur_word}" |
        awk '/ / { print "\\""$0"\\"" } /^[^ ]+$/ { print $0 }')

    # if no match was found, fall back to filename completion
    if [ \${#COMPREPLY[@]} -eq 0 ]; then
      COMPREPLY=()
    fi

    return 0
}
complete -o bashdefault -o default -F _{{app_name}}_yargs_completions {{app_name}}
###-end-{{app_name}}-completions-###
`;
var completionZshTemplate = `#compdef {{app_name}}
###-begin-{{app_name}}-completions-###
#
# yargs command completion script
#
# Installation: {{app_path}} {{completion_command}} >> ~/.zshrc
#    or {{app_path}} {{completion_command}} >> ~/.zprofile on OSX.
#
_{{app_name}}_yargs_completions()
{
  local reply
  local si=$IFS
  IFS=$'
' reply=($(COMP_CWORD="$((CURRENT-1))" COMP_LINE="$BUFFER" COMP_POINT="$CURSOR" {{app_path}} --get-yargs-completions "\${words[@]}"))
  IFS=$si
  if [[ \${#reply} -gt 0 ]]; then
    _describe 'values' reply
  else
    _default
  fi
}
if [[ "\${zsh_eval_context[-1]}" == "loadautofunc" ]]; then
  _{{app_name}}_yargs_completions "$@"
else
  compdef _{{app_name}}_yargs_completions {{app_name}}
fi
###-end-{{app_name}}-completions-###
`;
var completionFishTemplate = `###-begin-{{app_name}}-completions-###
#
# yargs command completion script
#
# Installation: {{app_path}} {{completion_command}} > ~/.config/fish/completions/{{app_name}}.fish
#
complete -f -c {{app_name}} -a '({{app_path}} --get-yargs-completions (commandline -o)[2..-1])'
###-end-{{app_name}}-completions-###
`;

// node_modules/yargs/build/lib/completion.js
var Completion = class {
  constructor(yargs, usage2, command2, shim3) {
    var _a2, _b2, _c2, _d, _e;
    this.yargs = yargs;
    this.usage = usage2;
    this.command = command2;
    this.shim = shim3;
    this.completionKey = "get-yargs-completions";
    this.aliases = null;
    this.customCompletionFunction = null;
    this.indexAfterLastReset = 0;
    this.zshShell = (_c2 = ((_a2 = this.shim.getEnv("SHELL")) === null || _a2 === void 0 ? void 0 : _a2.includes("zsh")) || ((_b2 = this.shim.getEnv("ZSH_NAME")) === null || _b2 === void 0 ? void 0 : _b2.includes("zsh"))) !== null && _c2 !== void 0 ? _c2 : false;
    this.fishShell = (_e = (_d = this.shim.getEnv("SHELL")) === null || _d === void 0 ? void 0 : _d.includes("fish")) !== null && _e !== void 0 ? _e : false;
  }
  defaultCompletion(args, argv, current, done) {
    const handlers = this.command.getCommandHandlers();
    for (let i = 0, ii = args.length; i < ii; ++i) {
      if (handlers[args[i]] && handlers[args[i]].builder) {
        const builder = handlers[args[i]].builder;
        if (isCommandBuilderCallback(builder)) {
          this.indexAfterLastReset = i + 1;
          const y = this.yargs.getInternalMethods().reset();
          builder(y, true);
          return y.argv;
        }
      }
    }
    const completions = [];
    this.commandCompletions(completions, args, current);
    this.optionCompletions(completions, args, argv, current);
    this.choicesFromOptionsCompletions(completions, args, argv, current);
    this.choicesFromPositionalsCompletions(completions, args, argv, current);
    done(null, completions);
  }
  commandCompletions(completions, args, current) {
    const parentCommands = this.yargs.getInternalMethods().getContext().commands;
    if (!current.match(/^-/) && parentCommands[parentCommands.length - 1] !== current && !this.previousArgHasChoices(args)) {
      this.usage.getCommands().forEach((usageCommand) => {
        const commandName = parseCommand(usageCommand[0]).cmd;
        if (args.indexOf(commandName) === -1) {
          const desc = usageCommand[1] || "";
          if (this.fishShell) {
            completions.push(commandName + "	" + desc);
          } else if (this.zshShell) {
            completions.push(commandName.replace(/:/g, "\\:") + ":" + desc);
          } else {
            completions.push(commandName);
          }
        }
      });
    }
  }
  optionCompletions(completions, args, argv, current) {
    if ((current.match(/^-/) || current === "" && completions.length === 0) && !this.previousArgHasChoices(args)) {
      const options = this.yargs.getOptions();
      const positionalKeys = this.yargs.getGroups()[this.usage.getPositionalGroupName()] || [];
      Object.keys(options.key).forEach((key) => {
        const negable = !!options.configuration["boolean-negation"] && options.boolean.includes(key);
        const isPositionalKey = positionalKeys.includes(key);
        if (!isPositionalKey && !options.hiddenOptions.includes(key) && !this.argsContainKey(args, key, negable)) {
          this.completeOptionKey(key, completions, current, negable && !!options.default[key]);
        }
      });
    }
  }
  choicesFromOptionsCompletions(completions, args, argv, current) {
    if (this.previousArgHasChoices(args)) {
      const choices = this.getPreviousArgChoices(args);
      if (choices && choices.length > 0) {
        if (this.fishShell) {
          completions.push(...choices);
        } else {
          completions.push(...choices.map((c) => c.replace(/:/g, "\\:")));
        }
      }
    }
  }
  choicesFromPositionalsCompletions(completions, args, argv, current) {
    if (current === "" && completions.length > 0 && this.previousArgHasChoices(args)) {
      return;
    }
    const positionalKeys = this.yargs.getGroups()[this.usage.getPositionalGroupName()] || [];
    const offset = Math.max(this.indexAfterLastReset, this.yargs.getInternalMethods().getContext().commands.length + 1);
    const positionalKey = positionalKeys[argv._.length - offset - 1];
    if (!positionalKey) {
      return;
    }
    const choices = this.yargs.getOptions().choices[positionalKey] || [];
    for (const choice of choices) {
      if (choice.startsWith(current)) {
        if (this.fishShell) {
          completions.push(choice);
        } else {
          completions.push(choice.replace(/:/g, "\\:"));
        }
      }
    }
  }
  getPreviousArgChoices(args) {
    if (args.length < 1)
      return;
    let previousArg = args[args.length - 1];
    let filter = "";
    if (!previousArg.startsWith("-") && args.length > 1) {
      filter = previousArg;
      previousArg = args[args.length - 2];
    }
    if (!previousArg.startsWith("-"))
      return;
    const previousArgKey = previousArg.replace(/^-+/, "");
    const options = this.yargs.getOptions();
    const possibleAliases = [
      previousArgKey,
      ...this.yargs.getAliases()[previousArgKey] || []
    ];
    let choices;
    for (const possibleAlias of possibleAliases) {
      if (Object.prototype.hasOwnProperty.call(options.key, possibleAlias) && Array.isArray(options.choices[possibleAlias])) {
        choices = options.choices[possibleAlias];
        break;
      }
    }
    if (choices) {
      return choices.filter((choice) => !filter || choice.startsWith(filter));
    }
  }
  previousArgHasChoices(args) {
    const choices = this.getPreviousArgChoices(args);
    return choices !== void 0 && choices.length > 0;
  }
  argsContainKey(args, key, negable) {
    const argsContains = (s) => args.indexOf((/^[^0-9]$/.test(s) ? "-" : "--") + s) !== -1;
    if (argsContains(key))
      return true;
    if (negable && argsContains(`no-${key}`))
      return true;
    if (this.aliases) {
      for (const alias of this.aliases[key]) {
        if (argsContains(alias))
          return true;
      }
    }
    return false;
  }
  completeOptionKey(key, completions, current, negable) {
    var _a2, _b2, _c2, _d;
    let keyWithDesc = key;
    if (this.zshShell || this.fishShell) {
      const descs = this.usage.getDescriptions();
      const aliasKey = (_b2 = (_a2 = this === null || this === void 0 ? void 0 : this.aliases) === null || _a2 === void 0 ? void 0 : _a2[key]) === null || _b2 === void 0 ? void 0 : _b2.find((alias) => {
        const desc2 = descs[alias];
        return typeof desc2 === "string" && desc2.length > 0;
      });
      const descFromAlias = aliasKey ? descs[aliasKey] : void 0;
      const desc = (_d = (_c2 = descs[key]) !== null && _c2 !== void 0 ? _c2 : descFromAlias) !== null && _d !== void 0 ? _d : "";
      const cleanedDesc = desc.replace("__yargsString__:", "").replace(/(\r\n|\n|\r)/gm, " ");
      if (this.fishShell) {
        keyWithDesc = `${key}	${cleanedDesc}`;
      } else {
        keyWithDesc = `${key.replace(/:/g, "\\:")}:${cleanedDesc}`;
      }
    }
    const startsByTwoDashes = (s) => /^--/.test(s);
    const isShortOption = (s) => /^[^0-9]$/.test(s);
    const dashes = !startsByTwoDashes(current) && isShortOption(key) ? "-" : "--";
    completions.push(dashes + keyWithDesc);
    if (negable) {
      completions.push(dashes + "no-" + keyWithDesc);
    }
  }
  customCompletion(args, argv, current, done) {
    assertNotStrictEqual(this.customCompletionFunction, null, this.shim);
    if (isSyncCompletionFunction(this.customCompletionFunction)) {
      const result = this.customCompletionFunction(current, argv);
      if (isPromise(result)) {
        return result.then((list) => {
          this.shim.process.nextTick(() => {
            done(null, list);
          });
        }).catch((err) => {
          this.shim.process.nextTick(() => {
            done(err, void 0);
          });
        });
      }
      return done(null, result);
    } else if (isFallbackCompletionFunction(this.customCompletionFunction)) {
      return this.customCompletionFunction(current, argv, (onCompleted = done) => this.defaultCompletion(args, argv, current, onCompleted), (completions) => {
        done(null, completions);
      });
    } else {
      return this.customCompletionFunction(current, argv, (completions) => {
        done(null, completions);
      });
    }
  }
  getCompletion(args, done) {
    const current = args.length ? args[args.length - 1] : "";
    const argv = this.yargs.parse(args, true);
    const completionFunction = this.customCompletionFunction ? (argv2) => this.customCompletion(args, argv2, current, done) : (argv2) => this.defaultCompletion(args, argv2, current, done);
    return isPromise(argv) ? argv.then(completionFunction) : completionFunction(argv);
  }
  generateCompletionScript($0, cmd) {
    let script;
    if (this.zshShell) {
      script = completionZshTemplate;
    } else if (this.fishShell) {
      script = completionFishTemplate;
    } else {
      script = completionShTemplate;
    }
    const name = this.shim.path.basename($0);
    if ($0.match(/\.js$/))
      $0 = `./${$0}`;
    script = script.replace(/{{app_name}}/g, name);
    script = script.replace(/{{completion_command}}/g, cmd);
    return script.replace(/{{app_path}}/g, $0);
  }
  registerFunction(fn) {
    this.customCompletionFunction = fn;
  }
  setParsed(parsed2) {
    this.aliases = parsed2.aliases;
  }
};
function completion(yargs, usage2, command2, shim3) {
  return new Completion(yargs, usage2, command2, shim3);
}
function isSyncCompletionFunction(completionFunction) {
  return completionFunction.length < 3;
}
function isFallbackCompletionFunction(completionFunction) {
  return completionFunction.length > 3;
}

// node_modules/yargs/build/lib/utils/levenshtein.js
function levenshtein(a, b) {
  if (a.length === 0)
    return b.length;
  if (b.length === 0)
    return a.length;
  const matrix = [];
  let i;
  for (i = 0; i <= b.length; i++) {
    matrix[i] = [i];
  }
  let j;
  for (j = 0; j <= a.length; j++) {
    matrix[0][j] = j;
  }
  for (i = 1; i <= b.length; i++) {
    for (j = 1; j <= a.length; j++) {
      if (b.charAt(i - 1) === a.charAt(j - 1)) {
        matrix[i][j] = matrix[i - 1][j - 1];
      } else {
        if (i > 1 && j > 1 && b.charAt(i - 2) === a.charAt(j - 1) && b.charAt(i - 1) === a.charAt(j - 2)) {
          matrix[i][j] = matrix[i - 2][j - 2] + 1;
        } else {
          matrix[i][j] = Math.min(matrix[i - 1][j - 1] + 1, Math.min(matrix[i][j - 1] + 1, matrix[i - 1][j] + 1));
        }
      }
    }
  }
  return matrix[b.length][a.length];
}

// node_modules/yargs/build/lib/validation.js
var specialKeys = ["$0", "--", "_"];
function validation(yargs, usage2, shim3) {
  const __ = shim3.y18n.__;
  const __n = shim3.y18n.__n;
  const self = {};
  self.nonOptionCount = function nonOptionCount(argv) {
    const demandedCommands = yargs.getDemandedCommands();
    const positionalCount = argv._.length + (argv["--"] ? argv["--"].length : 0);
    const _s = positionalCount - yargs.getInternalMethods().getContext().commands.length;
    if (demandedCommands._ && (_s < demandedCommands._.min || _s > demandedCommands._.max)) {
      if (_s < demandedCommands._.min) {
        if (demandedCommands._.minMsg !== void 0) {
          usage2.fail(demandedCommands._.minMsg ? demandedCommands._.minMsg.replace(/\$0/g, _s.toString()).replace(/\$1/, demandedCommands._.min.toString()) : null);
        } else {
          usage2.fail(__n("Not enough non-option arguments: got %s, need at least %s", "Not enough non-option arguments: got %s, need at least %s", _s, _s.toString(), demandedCommands._.min.toString()));
        }
      } else if (_s > demandedCommands._.max) {
        if (demandedCommands._.maxMsg !== void 0) {
          usage2.fail(demandedCommands._.maxMsg ? demandedCommands._.maxMsg.replace(/\$0/g, _s.toString()).replace(/\$1/, demandedCommands._.max.toString()) : null);
        } else {
          usage2.fail(__n("Too many non-option arguments: got %s, maximum of %s", "Too many non-option arguments: got %s, maximum of %s", _s, _s.toString(), demandedCommands._.max.toString()));
        }
      }
    }
  };
  self.positionalCount = function positionalCount(required, observed) {
    if (observed < required) {
      usage2.fail(__n("Not enough non-option arguments: got %s, need at least %s", "Not enough non-option arguments: got %s, need at least %s", observed, observed + "", required + ""));
    }
  };
  self.requiredArguments = function requiredArguments(argv, demandedOptions) {
    let missing = null;
    for (const key of Object.keys(demandedOptions)) {
      if (!Object.prototype.hasOwnProperty.call(argv, key) || typeof argv[key] === "undefined") {
        missing = missing || {};
        missing[key] = demandedOptions[key];
      }
    }
    if (missing) {
      const customMsgs = [];
      for (const key of Object.keys(missing)) {
        const msg = missing[key];
        if (msg && customMsgs.indexOf(msg) < 0) {
          customMsgs.push(msg);
        }
      }
      const customMsg = customMsgs.length ? `
${customMsgs.join("\n")}` : "";
      usage2.fail(__n("Missing required argument: %s", "Missing required arguments: %s", Object.keys(missing).length, Object.keys(missing).join(", ") + customMsg));
    }
  };
  self.unknownArguments = function unknownArguments(argv, aliases, positionalMap, isDefaultCommand, checkPositionals = true) {
    var _a2;
    const commandKeys = yargs.getInternalMethods().getCommandInstance().getCommands();
    const unknown = [];
    const currentContext = yargs.getInternalMethods().getContext();
    Object.keys(argv).forEach((key) => {
      if (!specialKeys.includes(key) && !Object.prototype.hasOwnProperty.call(positionalMap, key) && !Object.prototype.hasOwnProperty.call(yargs.getInternalMethods().getParseContext(), key) && !self.isValidAndSomeAliasIsNotNew(key, aliases)) {
        unknown.push(key);
      }
    });
    if (checkPositionals && (currentContext.commands.length > 0 || commandKeys.length > 0 || isDefaultCommand)) {
      argv._.slice(currentContext.commands.length).forEach((key) => {
        if (!commandKeys.includes("" + key)) {
          unknown.push("" + key);
        }
      });
    }
    if (checkPositionals) {
      const demandedCommands = yargs.getDemandedCommands();
      const maxNonOptDemanded = ((_a2 = demandedCommands._) === null || _a2 === void 0 ? void 0 : _a2.max) || 0;
      const expected = currentContext.commands.length + maxNonOptDemanded;
      if (expected < argv._.length) {
        argv._.slice(expected).forEach((key) => {
          key = String(key);
          if (!currentContext.commands.includes(key) && !unknown.includes(key)) {
            unknown.push(key);
          }
        });
      }
    }
    if (unknown.length) {
      usage2.fail(__n("Unknown argument: %s", "Unknown arguments: %s", unknown.length, unknown.map((s) => s.trim() ? s : `"${s}"`).join(", ")));
    }
  };
  self.unknownCommands = function unknownCommands(argv) {
    const commandKeys = yargs.getInternalMethods().getCommandInstance().getCommands();
    const unknown = [];
    const currentContext = yargs.getInternalMethods().getContext();
    if (currentContext.commands.length > 0 || commandKeys.length > 0) {
      argv._.slice(currentContext.commands.length).forEach((key) => {
        if (!commandKeys.includes("" + key)) {
          unknown.push("" + key);
        }
      });
    }
    if (unknown.length > 0) {
      usage2.fail(__n("Unknown command: %s", "Unknown commands: %s", unknown.length, unknown.join(", ")));
      return true;
    } else {
      return false;
    }
  };
  self.isValidAndSomeAliasIsNotNew = function isValidAndSomeAliasIsNotNew(key, aliases) {
    if (!Object.prototype.hasOwnProperty.call(aliases, key)) {
      return false;
    }
    const newAliases = yargs.parsed.newAliases;
    return [key, ...aliases[key]].some((a) => !Object.prototype.hasOwnProperty.call(newAliases, a) || !newAliases[key]);
  };
  self.limitedChoices = function limitedChoices(argv) {
    const options = yargs.getOptions();
    const invalid = {};
    if (!Object.keys(options.choices).length)
      return;
    Object.keys(argv).forEach((key) => {
      if (specialKeys.indexOf(key) === -1 && Object.prototype.hasOwnProperty.call(options.choices, key)) {
        [].concat(argv[key]).forEach((value) => {
          if (options.choices[key].indexOf(value) === -1 && value !== void 0) {
            invalid[key] = (invalid[key] || []).concat(value);
          }
        });
      }
    });
    const invalidKeys = Object.keys(invalid);
    if (!invalidKeys.length)
      return;
    let msg = __("Invalid values:");
    invalidKeys.forEach((key) => {
      msg += `
  ${__("Argument: %s, Given: %s, Choices: %s", key, usage2.stringifiedValues(invalid[key]), usage2.stringifiedValues(options.choices[key]))}`;
    });
    usage2.fail(msg);
  };
  let implied = {};
  self.implies = function implies(key, value) {
    argsert("<string|object> [array|number|string]", [key, value], arguments.length);
    if (typeof key === "object") {
      Object.keys(key).forEach((k) => {
        self.implies(k, key[k]);
      });
    } else {
      yargs.global(key);
      if (!implied[key]) {
        implied[key] = [];
      }
      if (Array.isArray(value)) {
        value.forEach((i) => self.implies(key, i));
      } else {
        assertNotStrictEqual(value, void 0, shim3);
        implied[key].push(value);
      }
    }
  };
  self.getImplied = function getImplied() {
    return implied;
  };
  function keyExists(argv, val) {
    const num = Number(val);
    val = isNaN(num) ? val : num;
    if (typeof val === "number") {
      val = argv._.length >= val;
    } else if (val.match(/^--no-.+/)) {
      val = val.match(/^--no-(.+)/)[1];
      val = !Object.prototype.hasOwnProperty.call(argv, val);
    } else {
      val = Object.prototype.hasOwnProperty.call(argv, val);
    }
    return val;
  }
  self.implications = function implications(argv) {
    const implyFail = [];
    Object.keys(implied).forEach((key) => {
      const origKey = key;
      (implied[key] || []).forEach((value) => {
        let key2 = origKey;
        const origValue = value;
        key2 = keyExists(argv, key2);
        value = keyExists(argv, value);
        if (key2 && !value) {
          implyFail.push(` ${origKey} -> ${origValue}`);
        }
      });
    });
    if (implyFail.length) {
      let msg = `${__("Implications failed:")}
`;
      implyFail.forEach((value) => {
        msg += value;
      });
      usage2.fail(msg);
    }
  };
  let conflicting = {};
  self.conflicts = function conflicts(key, value) {
    argsert("<string|object> [array|string]", [key, value], arguments.length);
    if (typeof key === "object") {
      Object.keys(key).forEach((k) => {
        self.conflicts(k, key[k]);
      });
    } else {
      yargs.global(key);
      if (!conflicting[key]) {
        conflicting[key] = [];
      }
      if (Array.isArray(value)) {
        value.forEach((i) => self.conflicts(key, i));
      } else {
        conflicting[key].push(value);
      }
    }
  };
  self.getConflicting = () => conflicting;
  self.conflicting = function conflictingFn(argv) {
    Object.keys(argv).forEach((key) => {
      if (conflicting[key]) {
        conflicting[key].forEach((value) => {
          if (value && argv[key] !== void 0 && argv[value] !== void 0) {
            usage2.fail(__("Arguments %s and %s are mutually exclusive", key, value));
          }
        });
      }
    });
    if (yargs.getInternalMethods().getParserConfiguration()["strip-dashed"]) {
      Object.keys(conflicting).forEach((key) => {
        conflicting[key].forEach((value) => {
          if (value && argv[shim3.Parser.camelCase(key)] !== void 0 && argv[shim3.Parser.camelCase(value)] !== void 0) {
            usage2.fail(__("Arguments %s and %s are mutually exclusive", key, value));
          }
        });
      });
    }
  };
  self.recommendCommands = function recommendCommands(cmd, potentialCommands) {
    const threshold = 3;
    potentialCommands = potentialCommands.sort((a, b) => b.length - a.length);
    let recommended = null;
    let bestDistance = Infinity;
    for (let i = 0, candidate; (candidate = potentialCommands[i]) !== void 0; i++) {
      const d = levenshtein(cmd, candidate);
      if (d <= threshold && d < bestDistance) {
        bestDistance = d;
        recommended = candidate;
      }
    }
    if (recommended)
      usage2.fail(__("Did you mean %s?", recommended));
  };
  self.reset = function reset(localLookup) {
    implied = objFilter(implied, (k) => !localLookup[k]);
    conflicting = objFilter(conflicting, (k) => !localLookup[k]);
    return self;
  };
  const frozens = [];
  self.freeze = function freeze() {
    frozens.push({
      implied,
      conflicting
    });
  };
  self.unfreeze = function unfreeze() {
    const frozen = frozens.pop();
    assertNotStrictEqual(frozen, void 0, shim3);
    ({ implied, conflicting } = frozen);
  };
  return self;
}

// node_modules/yargs/build/lib/utils/apply-extends.js
var previouslyVisitedConfigs = [];
var shim2;
function applyExtends(config, cwd, mergeExtends, _shim) {
  shim2 = _shim;
  let defaultConfig = {};
  if (Object.prototype.hasOwnProperty.call(config, "extends")) {
    if (typeof config.extends !== "string")
      return defaultConfig;
    const isPath = /\.json|\..*rc$/.test(config.extends);
    let pathToDefault = null;
    if (!isPath) {
      try {
        pathToDefault = import.meta.resolve(config.extends);
      } catch (_err) {
        return config;
      }
    } else {
      pathToDefault = getPathToDefaultConfig(cwd, config.extends);
    }
    checkForCircularExtends(pathToDefault);
    previouslyVisitedConfigs.push(pathToDefault);
    defaultConfig = isPath ? JSON.parse(shim2.readFileSync(pathToDefault, "utf8")) : _shim.require(config.extends);
    delete config.extends;
    defaultConfig = applyExtends(defaultConfig, shim2.path.dirname(pathToDefault), mergeExtends, shim2);
  }
  previouslyVisitedConfigs = [];
  return mergeExtends ? mergeDeep(defaultConfig, config) : Object.assign({}, defaultConfig, config);
}
function checkForCircularExtends(cfgPath) {
  if (previouslyVisitedConfigs.indexOf(cfgPath) > -1) {
    throw new YError(`Circular extended configurations: '${cfgPath}'.`);
  }
}
function getPathToDefaultConfig(cwd, pathToExtend) {
  return shim2.path.resolve(cwd, pathToExtend);
}
function mergeDeep(config1, config2) {
  const target = {};
  function isObject2(obj) {
    return obj && typeof obj === "object" && !Array.isArray(obj);
  }
  Object.assign(target, config1);
  for (const key of Object.keys(config2)) {
    if (key === "__proto__")
      continue;
    if (isObject2(config2[key]) && isObject2(target[key])) {
      target[key] = mergeDeep(config1[key], config2[key]);
    } else {
      target[key] = config2[key];
    }
  }
  return target;
}

// node_modules/yargs/build/lib/yargs-factory.js
var __classPrivateFieldSet = function(receiver, state, value, kind, f) {
  if (kind === "m") throw new TypeError("Private method is not writable");
  if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
  if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
  return kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value), value;
};
var __classPrivateFieldGet = function(receiver, state, kind, f) {
  if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
  if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
  return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
};
var _YargsInstance_command;
var _YargsInstance_cwd;
var _YargsInstance_context;
var _YargsInstance_completion;
var _YargsInstance_completionCommand;
var _YargsInstance_defaultShowHiddenOpt;
var _YargsInstance_exitError;
var _YargsInstance_detectLocale;
var _YargsInstance_emittedWarnings;
var _YargsInstance_exitProcess;
var _YargsInstance_frozens;
var _YargsInstance_globalMiddleware;
var _YargsInstance_groups;
var _YargsInstance_hasOutput;
var _YargsInstance_helpOpt;
var _YargsInstance_isGlobalContext;
var _YargsInstance_logger;
var _YargsInstance_output;
var _YargsInstance_options;
var _YargsInstance_parentRequire;
var _YargsInstance_parserConfig;
var _YargsInstance_parseFn;
var _YargsInstance_parseContext;
var _YargsInstance_pkgs;
var _YargsInstance_preservedGroups;
var _YargsInstance_processArgs;
var _YargsInstance_recommendCommands;
var _YargsInstance_shim;
var _YargsInstance_strict;
var _YargsInstance_strictCommands;
var _YargsInstance_strictOptions;
var _YargsInstance_usage;
var _YargsInstance_usageConfig;
var _YargsInstance_versionOpt;
var _YargsInstance_validation;
function YargsFactory(_shim) {
  return (processArgs = [], cwd = _shim.process.cwd(), parentRequire) => {
    const yargs = new YargsInstance(processArgs, cwd, parentRequire, _shim);
    Object.defineProperty(yargs, "argv", {
      get: () => {
        return yargs.parse();
      },
      enumerable: true
    });
    yargs.help();
    yargs.version();
    return yargs;
  };
}
var kCopyDoubleDash = Symbol("copyDoubleDash");
var kCreateLogger = Symbol("copyDoubleDash");
var kDeleteFromParserHintObject = Symbol("deleteFromParserHintObject");
var kEmitWarning = Symbol("emitWarning");
var kFreeze = Symbol("freeze");
var kGetDollarZero = Symbol("getDollarZero");
var kGetParserConfiguration = Symbol("getParserConfiguration");
var kGetUsageConfiguration = Symbol("getUsageConfiguration");
var kGuessLocale = Symbol("guessLocale");
var kGuessVersion = Symbol("guessVersion");
var kParsePositionalNumbers = Symbol("parsePositionalNumbers");
var kPkgUp = Symbol("pkgUp");
var kPopulateParserHintArray = Symbol("populateParserHintArray");
var kPopulateParserHintSingleValueDictionary = Symbol("populateParserHintSingleValueDictionary");
var kPopulateParserHintArrayDictionary = Symbol("populateParserHintArrayDictionary");
var kPopulateParserHintDictionary = Symbol("populateParserHintDictionary");
var kSanitizeKey = Symbol("sanitizeKey");
var kSetKey = Symbol("setKey");
var kUnfreeze = Symbol("unfreeze");
var kValidateAsync = Symbol("validateAsync");
var kGetCommandInstance = Symbol("getCommandInstance");
var kGetContext = Symbol("getContext");
var kGetHasOutput = Symbol("getHasOutput");
var kGetLoggerInstance = Symbol("getLoggerInstance");
var kGetParseContext = Symbol("getParseContext");
var kGetUsageInstance = Symbol("getUsageInstance");
var kGetValidationInstance = Symbol("getValidationInstance");
var kHasParseCallback = Symbol("hasParseCallback");
var kIsGlobalContext = Symbol("isGlobalContext");
var kPostProcess = Symbol("postProcess");
var kRebase = Symbol("rebase");
var kReset = Symbol("reset");
var kRunYargsParserAndExecuteCommands = Symbol("runYargsParserAndExecuteCommands");
var kRunValidation = Symbol("runValidation");
var kSetHasOutput = Symbol("setHasOutput");
var kTrackManuallySetKeys = Symbol("kTrackManuallySetKeys");
var DEFAULT_LOCALE = "en_US";
var YargsInstance = class {
  constructor(processArgs = [], cwd, parentRequire, shim3) {
    this.customScriptName = false;
    this.parsed = false;
    _YargsInstance_command.set(this, void 0);
    _YargsInstance_cwd.set(this, void 0);
    _YargsInstance_context.set(this, { commands: [], fullCommands: [] });
    _YargsInstance_completion.set(this, null);
    _YargsInstance_completionCommand.set(this, null);
    _YargsInstance_defaultShowHiddenOpt.set(this, "show-hidden");
    _YargsInstance_exitError.set(this, null);
    _YargsInstance_detectLocale.set(this, true);
    _YargsInstance_emittedWarnings.set(this, {});
    _YargsInstance_exitProcess.set(this, true);
    _YargsInstance_frozens.set(this, []);
    _YargsInstance_globalMiddleware.set(this, void 0);
    _YargsInstance_groups.set(this, {});
    _YargsInstance_hasOutput.set(this, false);
    _YargsInstance_helpOpt.set(this, null);
    _YargsInstance_isGlobalContext.set(this, true);
    _YargsInstance_logger.set(this, void 0);
    _YargsInstance_output.set(this, "");
    _YargsInstance_options.set(this, void 0);
    _YargsInstance_parentRequire.set(this, void 0);
    _YargsInstance_parserConfig.set(this, {});
    _YargsInstance_parseFn.set(this, null);
    _YargsInstance_parseContext.set(this, null);
    _YargsInstance_pkgs.set(this, {});
    _YargsInstance_preservedGroups.set(this, {});
    _YargsInstance_processArgs.set(this, void 0);
    _YargsInstance_recommendCommands.set(this, false);
    _YargsInstance_shim.set(this, void 0);
    _YargsInstance_strict.set(this, false);
    _YargsInstance_strictCommands.set(this, false);
    _YargsInstance_strictOptions.set(this, false);
    _YargsInstance_usage.set(this, void 0);
    _YargsInstance_usageConfig.set(this, {});
    _YargsInstance_versionOpt.set(this, null);
    _YargsInstance_validation.set(this, void 0);
    __classPrivateFieldSet(this, _YargsInstance_shim, shim3, "f");
    __classPrivateFieldSet(this, _YargsInstance_processArgs, processArgs, "f");
    __classPrivateFieldSet(this, _YargsInstance_cwd, cwd, "f");
    __classPrivateFieldSet(this, _YargsInstance_parentRequire, parentRequire, "f");
    __classPrivateFieldSet(this, _YargsInstance_globalMiddleware, new GlobalMiddleware(this), "f");
    this.$0 = this[kGetDollarZero]();
    this[kReset]();
    __classPrivateFieldSet(this, _YargsInstance_command, __classPrivateFieldGet(this, _YargsInstance_command, "f"), "f");
    __classPrivateFieldSet(this, _YargsInstance_usage, __classPrivateFieldGet(this, _YargsInstance_usage, "f"), "f");
    __classPrivateFieldSet(this, _YargsInstance_validation, __classPrivateFieldGet(this, _YargsInstance_validation, "f"), "f");
    __classPrivateFieldSet(this, _YargsInstance_options, __classPrivateFieldGet(this, _YargsInstance_options, "f"), "f");
    __classPrivateFieldGet(this, _YargsInstance_options, "f").showHiddenOpt = __classPrivateFieldGet(this, _YargsInstance_defaultShowHiddenOpt, "f");
    __classPrivateFieldSet(this, _YargsInstance_logger, this[kCreateLogger](), "f");
    __classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.setLocale(DEFAULT_LOCALE);
  }
  addHelpOpt(opt, msg) {
    const defaultHelpOpt = "help";
    argsert("[string|boolean] [string]", [opt, msg], arguments.length);
    if (__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f")) {
      this[kDeleteFromParserHintObject](__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f"));
      __classPrivateFieldSet(this, _YargsInstance_helpOpt, null, "f");
    }
    if (opt === false && msg === void 0)
      return this;
    __classPrivateFieldSet(this, _YargsInstance_helpOpt, typeof opt === "string" ? opt : defaultHelpOpt, "f");
    this.boolean(__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f"));
    this.describe(__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f"), msg || __classPrivateFieldGet(this, _YargsInstance_usage, "f").deferY18nLookup("Show help"));
    return this;
  }
  help(opt, msg) {
    return this.addHelpOpt(opt, msg);
  }
  addShowHiddenOpt(opt, msg) {
    argsert("[string|boolean] [string]", [opt, msg], arguments.length);
    if (opt === false && msg === void 0)
      return this;
    const showHiddenOpt = typeof opt === "string" ? opt : __classPrivateFieldGet(this, _YargsInstance_defaultShowHiddenOpt, "f");
    this.boolean(showHiddenOpt);
    this.describe(showHiddenOpt, msg || __classPrivateFieldGet(this, _YargsInstance_usage, "f").deferY18nLookup("Show hidden options"));
    __classPrivateFieldGet(this, _YargsInstance_options, "f").showHiddenOpt = showHiddenOpt;
    return this;
  }
  showHidden(opt, msg) {
    return this.addShowHiddenOpt(opt, msg);
  }
  alias(key, value) {
    argsert("<object|string|array> [string|array]", [key, value], arguments.length);
    this[kPopulateParserHintArrayDictionary](this.alias.bind(this), "alias", key, value);
    return this;
  }
  array(keys) {
    argsert("<array|string>", [keys], arguments.length);
    this[kPopulateParserHintArray]("array", keys);
    this[kTrackManuallySetKeys](keys);
    return this;
  }
  boolean(keys) {
    argsert("<array|string>", [keys], arguments.length);
    this[kPopulateParserHintArray]("boolean", keys);
    this[kTrackManuallySetKeys](keys);
    return this;
  }
  check(f, global) {
    argsert("<function> [boolean]", [f, global], arguments.length);
    this.middleware((argv, _yargs) => {
      return maybeAsyncResult(() => {
        return f(argv, _yargs.getOptions());
      }, (result) => {
        if (!result) {
          __classPrivateFieldGet(this, _YargsInstance_usage, "f").fail(__classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.__("Argument check failed: %s", f.toString()));
        } else if (typeof result === "string" || result instanceof Error) {
          __classPrivateFieldGet(this, _YargsInstance_usage, "f").fail(result.toString(), result);
        }
        return argv;
      }, (err) => {
        __classPrivateFieldGet(this, _YargsInstance_usage, "f").fail(err.message ? err.message : err.toString(), err);
        return argv;
      });
    }, false, global);
    return this;
  }
  choices(key, value) {
    argsert("<object|string|array> [string|array]", [key, value], arguments.length);
    this[kPopulateParserHintArrayDictionary](this.choices.bind(this), "choices", key, value);
    return this;
  }
  coerce(keys, value) {
    argsert("<object|string|array> [function]", [keys, value], arguments.length);
    if (Array.isArray(keys)) {
      if (!value) {
        throw new YError("coerce callback must be provided");
      }
      for (const key of keys) {
        this.coerce(key, value);
      }
      return this;
    } else if (typeof keys === "object") {
      for (const key of Object.keys(keys)) {
        this.coerce(key, keys[key]);
      }
      return this;
    }
    if (!value) {
      throw new YError("coerce callback must be provided");
    }
    const coerceKey = keys;
    __classPrivateFieldGet(this, _YargsInstance_options, "f").key[coerceKey] = true;
    __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").addCoerceMiddleware((argv, yargs) => {
      var _a2;
      const coerceKeyAliases = (_a2 = yargs.getAliases()[coerceKey]) !== null && _a2 !== void 0 ? _a2 : [];
      const argvKeys = [coerceKey, ...coerceKeyAliases].filter((key) => Object.prototype.hasOwnProperty.call(argv, key));
      if (argvKeys.length === 0) {
        return argv;
      }
      return maybeAsyncResult(() => {
        return value(argv[argvKeys[0]]);
      }, (result) => {
        argvKeys.forEach((key) => {
          argv[key] = result;
        });
        return argv;
      }, (err) => {
        throw new YError(err.message);
      });
    }, coerceKey);
    return this;
  }
  conflicts(key1, key2) {
    argsert("<string|object> [string|array]", [key1, key2], arguments.length);
    __classPrivateFieldGet(this, _YargsInstance_validation, "f").conflicts(key1, key2);
    return this;
  }
  config(key = "config", msg, parseFn) {
    argsert("[object|string] [string|function] [function]", [key, msg, parseFn], arguments.length);
    if (typeof key === "object" && !Array.isArray(key)) {
      key = applyExtends(key, __classPrivateFieldGet(this, _YargsInstance_cwd, "f"), this[kGetParserConfiguration]()["deep-merge-config"] || false, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
      __classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects = (__classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects || []).concat(key);
      return this;
    }
    if (typeof msg === "function") {
      parseFn = msg;
      msg = void 0;
    }
    this.describe(key, msg || __classPrivateFieldGet(this, _YargsInstance_usage, "f").deferY18nLookup("Path to JSON config file"));
    (Array.isArray(key) ? key : [key]).forEach((k) => {
      __classPrivateFieldGet(this, _YargsInstance_options, "f").config[k] = parseFn || true;
    });
    return this;
  }
  completion(cmd, desc, fn) {
    argsert("[string] [string|boolean|function] [function]", [cmd, desc, fn], arguments.length);
    if (typeof desc === "function") {
      fn = desc;
      desc = void 0;
    }
    __classPrivateFieldSet(this, _YargsInstance_completionCommand, cmd || __classPrivateFieldGet(this, _YargsInstance_completionCommand, "f") || "completion", "f");
    if (!desc && desc !== false) {
      desc = "generate completion script";
    }
    this.command(__classPrivateFieldGet(this, _YargsInstance_completionCommand, "f"), desc);
    if (fn)
      __classPrivateFieldGet(this, _YargsInstance_completion, "f").registerFunction(fn);
    return this;
  }
  command(cmd, description, builder, handler, middlewares, deprecated) {
    argsert("<string|array|object> [string|boolean] [function|object] [function] [array] [boolean|string]", [cmd, description, builder, handler, middlewares, deprecated], arguments.length);
    __classPrivateFieldGet(this, _YargsInstance_command, "f").addHandler(cmd, description, builder, handler, middlewares, deprecated);
    return this;
  }
  commands(cmd, description, builder, handler, middlewares, deprecated) {
    return this.command(cmd, description, builder, handler, middlewares, deprecated);
  }
  commandDir(dir, opts) {
    argsert("<string> [object]", [dir, opts], arguments.length);
    const req = __classPrivateFieldGet(this, _YargsInstance_parentRequire, "f") || __classPrivateFieldGet(this, _YargsInstance_shim, "f").require;
    __classPrivateFieldGet(this, _YargsInstance_command, "f").addDirectory(dir, req, __classPrivateFieldGet(this, _YargsInstance_shim, "f").getCallerFile(), opts);
    return this;
  }
  count(keys) {
    argsert("<array|string>", [keys], arguments.length);
    this[kPopulateParserHintArray]("count", keys);
    this[kTrackManuallySetKeys](keys);
    return this;
  }
  default(key, value, defaultDescription) {
    argsert("<object|string|array> [*] [string]", [key, value, defaultDescription], arguments.length);
    if (defaultDescription) {
      assertSingleKey(key, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
      __classPrivateFieldGet(this, _YargsInstance_options, "f").defaultDescription[key] = defaultDescription;
    }
    if (typeof value === "function") {
      assertSingleKey(key, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
      if (!__classPrivateFieldGet(this, _YargsInstance_options, "f").defaultDescription[key])
        __classPrivateFieldGet(this, _YargsInstance_options, "f").defaultDescription[key] = __classPrivateFieldGet(this, _YargsInstance_usage, "f").functionDescription(value);
      value = value.call();
    }
    this[kPopulateParserHintSingleValueDictionary](this.default.bind(this), "default", key, value);
    return this;
  }
  defaults(key, value, defaultDescription) {
    return this.default(key, value, defaultDescription);
  }
  demandCommand(min = 1, max, minMsg, maxMsg) {
    argsert("[number] [number|string] [string|null|undefined] [string|null|undefined]", [min, max, minMsg, maxMsg], arguments.length);
    if (typeof max !== "number") {
      minMsg = max;
      max = Infinity;
    }
    this.global("_", false);
    __classPrivateFieldGet(this, _YargsInstance_options, "f").demandedCommands._ = {
      min,
      max,
      minMsg,
      maxMsg
    };
    return this;
  }
  demand(keys, max, msg) {
    if (Array.isArray(max)) {
      max.forEach((key) => {
        assertNotStrictEqual(msg, true, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
        this.demandOption(key, msg);
      });
      max = Infinity;
    } else if (typeof max !== "number") {
      msg = max;
      max = Infinity;
    }
    if (typeof keys === "number") {
      assertNotStrictEqual(msg, true, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
      this.demandCommand(keys, max, msg, msg);
    } else if (Array.isArray(keys)) {
      keys.forEach((key) => {
        assertNotStrictEqual(msg, true, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
        this.demandOption(key, msg);
      });
    } else {
      if (typeof msg === "string") {
        this.demandOption(keys, msg);
      } else if (msg === true || typeof msg === "undefined") {
        this.demandOption(keys);
      }
    }
    return this;
  }
  demandOption(keys, msg) {
    argsert("<object|string|array> [string]", [keys, msg], arguments.length);
    this[kPopulateParserHintSingleValueDictionary](this.demandOption.bind(this), "demandedOptions", keys, msg);
    return this;
  }
  deprecateOption(option, message) {
    argsert("<string> [string|boolean]", [option, message], arguments.length);
    __classPrivateFieldGet(this, _YargsInstance_options, "f").deprecatedOptions[option] = message;
    return this;
  }
  describe(keys, description) {
    argsert("<object|string|array> [string]", [keys, description], arguments.length);
    this[kSetKey](keys, true);
    __classPrivateFieldGet(this, _YargsInstance_usage, "f").describe(keys, description);
    return this;
  }
  detectLocale(detect) {
    argsert("<boolean>", [detect], arguments.length);
    __classPrivateFieldSet(this, _YargsInstance_detectLocale, detect, "f");
    return this;
  }
  env(prefix) {
    argsert("[string|boolean]", [prefix], arguments.length);
    if (prefix === false)
      delete __classPrivateFieldGet(this, _YargsInstance_options, "f").envPrefix;
    else
      __classPrivateFieldGet(this, _YargsInstance_options, "f").envPrefix = prefix || "";
    return this;
  }
  epilogue(msg) {
    argsert("<string>", [msg], arguments.length);
    __classPrivateFieldGet(this, _YargsInstance_usage, "f").epilog(msg);
    return this;
  }
  epilog(msg) {
    return this.epilogue(msg);
  }
  example(cmd, description) {
    argsert("<string|array> [string]", [cmd, description], arguments.length);
    if (Array.isArray(cmd)) {
      cmd.forEach((exampleParams) => this.example(...exampleParams));
    } else {
      __classPrivateFieldGet(this, _YargsInstance_usage, "f").example(cmd, description);
    }
    return this;
  }
  exit(code, err) {
    __classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
    __classPrivateFieldSet(this, _YargsInstance_exitError, err, "f");
    if (__classPrivateFieldGet(this, _YargsInstance_exitProcess, "f"))
      __classPrivateFieldGet(this, _YargsInstance_shim, "f").process.exit(code);
  }
  exitProcess(enabled = true) {
    argsert("[boolean]", [enabled], arguments.length);
    __classPrivateFieldSet(this, _YargsInstance_exitProcess, enabled, "f");
    return this;
  }
  fail(f) {
    argsert("<function|boolean>", [f], arguments.length);
    if (typeof f === "boolean" && f !== false) {
      throw new YError("Invalid first argument. Expected function or boolean 'false'");
    }
    __classPrivateFieldGet(this, _YargsInstance_usage, "f").failFn(f);
    return this;
  }
  getAliases() {
    return this.parsed ? this.parsed.aliases : {};
  }
  async getCompletion(args, done) {
    argsert("<array> [function]", [args, done], arguments.length);
    if (!done) {
      return new Promise((resolve5, reject) => {
        __classPrivateFieldGet(this, _YargsInstance_completion, "f").getCompletion(args, (err, completions) => {
          if (err)
            reject(err);
          else
            resolve5(completions);
        });
      });
    } else {
      return __classPrivateFieldGet(this, _YargsInstance_completion, "f").getCompletion(args, done);
    }
  }
  getDemandedOptions() {
    argsert([], 0);
    return __classPrivateFieldGet(this, _YargsInstance_options, "f").demandedOptions;
  }
  getDemandedCommands() {
    argsert([], 0);
    return __classPrivateFieldGet(this, _YargsInstance_options, "f").demandedCommands;
  }
  getDeprecatedOptions() {
    argsert([], 0);
    return __classPrivateFieldGet(this, _YargsInstance_options, "f").deprecatedOptions;
  }
  getDetectLocale() {
    return __classPrivateFieldGet(this, _YargsInstance_detectLocale, "f");
  }
  getExitProcess() {
    return __classPrivateFieldGet(this, _YargsInstance_exitProcess, "f");
  }
  getGroups() {
    return Object.assign({}, __classPrivateFieldGet(this, _YargsInstance_groups, "f"), __classPrivateFieldGet(this, _YargsInstance_preservedGroups, "f"));
  }
  getHelp() {
    __classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
    if (!__classPrivateFieldGet(this, _YargsInstance_usage, "f").hasCachedHelpMessage()) {
      if (!this.parsed) {
        const parse3 = this[kRunYargsParserAndExecuteCommands](__classPrivateFieldGet(this, _YargsInstance_processArgs, "f"), void 0, void 0, 0, true);
        if (isPromise(parse3)) {
          return parse3.then(() => {
            return __classPrivateFieldGet(this, _YargsInstance_usage, "f").help();
          });
        }
      }
      const builderResponse = __classPrivateFieldGet(this, _YargsInstance_command, "f").runDefaultBuilderOn(this);
      if (isPromise(builderResponse)) {
        return builderResponse.then(() => {
          return __classPrivateFieldGet(this, _YargsInstance_usage, "f").help();
        });
      }
    }
    return Promise.resolve(__classPrivateFieldGet(this, _YargsInstance_usage, "f").help());
  }
  getOptions() {
    return __classPrivateFieldGet(this, _YargsInstance_options, "f");
  }
  getStrict() {
    return __classPrivateFieldGet(this, _YargsInstance_strict, "f");
  }
  getStrictCommands() {
    return __classPrivateFieldGet(this, _YargsInstance_strictCommands, "f");
  }
  getStrictOptions() {
    return __classPrivateFieldGet(this, _YargsInstance_strictOptions, "f");
  }
  global(globals, global) {
    argsert("<string|array> [boolean]", [globals, global], arguments.length);
    globals = [].concat(globals);
    if (global !== false) {
      __classPrivateFieldGet(this, _YargsInstance_options, "f").local = __classPrivateFieldGet(this, _YargsInstance_options, "f").local.filter((l) => globals.indexOf(l) === -1);
    } else {
      globals.forEach((g) => {
        if (!__classPrivateFieldGet(this, _YargsInstance_options, "f").local.includes(g))
          __classPrivateFieldGet(this, _YargsInstance_options, "f").local.push(g);
      });
    }
    return this;
  }
  group(opts, groupName) {
    argsert("<string|array> <string>", [opts, groupName], arguments.length);
    const existing = __classPrivateFieldGet(this, _YargsInstance_preservedGroups, "f")[groupName] || __classPrivateFieldGet(this, _YargsInstance_groups, "f")[groupName];
    if (__classPrivateFieldGet(this, _YargsInstance_preservedGroups, "f")[groupName]) {
      delete __classPrivateFieldGet(this, _YargsInstance_preservedGroups, "f")[groupName];
    }
    const seen = {};
    __classPrivateFieldGet(this, _YargsInstance_groups, "f")[groupName] = (existing || []).concat(opts).filter((key) => {
      if (seen[key])
        return false;
      return seen[key] = true;
    });
    return this;
  }
  hide(key) {
    argsert("<string>", [key], arguments.length);
    __classPrivateFieldGet(this, _YargsInstance_options, "f").hiddenOptions.push(key);
    return this;
  }
  implies(key, value) {
    argsert("<string|object> [number|string|array]", [key, value], arguments.length);
    __classPrivateFieldGet(this, _YargsInstance_validation, "f").implies(key, value);
    return this;
  }
  locale(locale) {
    argsert("[string]", [locale], arguments.length);
    if (locale === void 0) {
      this[kGuessLocale]();
      return __classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.getLocale();
    }
    __classPrivateFieldSet(this, _YargsInstance_detectLocale, false, "f");
    __classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.setLocale(locale);
    return this;
  }
  middleware(callback, applyBeforeValidation, global) {
    return __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").addMiddleware(callback, !!applyBeforeValidation, global);
  }
  nargs(key, value) {
    argsert("<string|object|array> [number]", [key, value], arguments.length);
    this[kPopulateParserHintSingleValueDictionary](this.nargs.bind(this), "narg", key, value);
    return this;
  }
  normalize(keys) {
    argsert("<array|string>", [keys], arguments.length);
    this[kPopulateParserHintArray]("normalize", keys);
    return this;
  }
  number(keys) {
    argsert("<array|string>", [keys], arguments.length);
    this[kPopulateParserHintArray]("number", keys);
    this[kTrackManuallySetKeys](keys);
    return this;
  }
  option(key, opt) {
    argsert("<string|object> [object]", [key, opt], arguments.length);
    if (typeof key === "object") {
      Object.keys(key).forEach((k) => {
        this.options(k, key[k]);
      });
    } else {
      if (typeof opt !== "object") {
        opt = {};
      }
      this[kTrackManuallySetKeys](key);
      if (__classPrivateFieldGet(this, _YargsInstance_versionOpt, "f") && (key === "version" || (opt === null || opt === void 0 ? void 0 : opt.alias) === "version")) {
        this[kEmitWarning]([
          '"version" is a reserved word.',
          "Please do one of the following:",
          '- Disable version with `yargs.version(false)` if using "version" as an option',
          "- Use the built-in `yargs.version` method instead (if applicable)",
          "- Use a different option key",
          "https://yargs.js.org/docs/#api-reference-version"
        ].join("\n"), void 0, "versionWarning");
      }
      __classPrivateFieldGet(this, _YargsInstance_options, "f").key[key] = true;
      if (opt.alias)
        this.alias(key, opt.alias);
      const deprecate = opt.deprecate || opt.deprecated;
      if (deprecate) {
        this.deprecateOption(key, deprecate);
      }
      const demand = opt.demand || opt.required || opt.require;
      if (demand) {
        this.demand(key, demand);
      }
      if (opt.demandOption) {
        this.demandOption(key, typeof opt.demandOption === "string" ? opt.demandOption : void 0);
      }
      if (opt.conflicts) {
        this.conflicts(key, opt.conflicts);
      }
      if ("default" in opt) {
        this.default(key, opt.default);
      }
      if (opt.implies !== void 0) {
        this.implies(key, opt.implies);
      }
      if (opt.nargs !== void 0) {
        this.nargs(key, opt.nargs);
      }
      if (opt.config) {
        this.config(key, opt.configParser);
      }
      if (opt.normalize) {
        this.normalize(key);
      }
      if (opt.choices) {
        this.choices(key, opt.choices);
      }
      if (opt.coerce) {
        this.coerce(key, opt.coerce);
      }
      if (opt.group) {
        this.group(key, opt.group);
      }
      if (opt.boolean || opt.type === "boolean") {
        this.boolean(key);
        if (opt.alias)
          this.boolean(opt.alias);
      }
      if (opt.array || opt.type === "array") {
        this.array(key);
        if (opt.alias)
          this.array(opt.alias);
      }
      if (opt.number || opt.type === "number") {
        this.number(key);
        if (opt.alias)
          this.number(opt.alias);
      }
      if (opt.string || opt.type === "string") {
        this.string(key);
        if (opt.alias)
          this.string(opt.alias);
      }
      if (opt.count || opt.type === "count") {
        this.count(key);
      }
      if (typeof opt.global === "boolean") {
        this.global(key, opt.global);
      }
      if (opt.defaultDescription) {
        __classPrivateFieldGet(this, _YargsInstance_options, "f").defaultDescription[key] = opt.defaultDescription;
      }
      if (opt.skipValidation) {
        this.skipValidation(key);
      }
      const desc = opt.describe || opt.description || opt.desc;
      const descriptions = __classPrivateFieldGet(this, _YargsInstance_usage, "f").getDescriptions();
      if (!Object.prototype.hasOwnProperty.call(descriptions, key) || typeof desc === "string") {
        this.describe(key, desc);
      }
      if (opt.hidden) {
        this.hide(key);
      }
      if (opt.requiresArg) {
        this.requiresArg(key);
      }
    }
    return this;
  }
  options(key, opt) {
    return this.option(key, opt);
  }
  parse(args, shortCircuit, _parseFn) {
    argsert("[string|array] [function|boolean|object] [function]", [args, shortCircuit, _parseFn], arguments.length);
    this[kFreeze]();
    if (typeof args === "undefined") {
      args = __classPrivateFieldGet(this, _YargsInstance_processArgs, "f");
    }
    if (typeof shortCircuit === "object") {
      __classPrivateFieldSet(this, _YargsInstance_parseContext, shortCircuit, "f");
      shortCircuit = _parseFn;
    }
    if (typeof shortCircuit === "function") {
      __classPrivateFieldSet(this, _YargsInstance_parseFn, shortCircuit, "f");
      shortCircuit = false;
    }
    if (!shortCircuit)
      __classPrivateFieldSet(this, _YargsInstance_processArgs, args, "f");
    if (__classPrivateFieldGet(this, _YargsInstance_parseFn, "f"))
      __classPrivateFieldSet(this, _YargsInstance_exitProcess, false, "f");
    const parsed2 = this[kRunYargsParserAndExecuteCommands](args, !!shortCircuit);
    const tmpParsed = this.parsed;
    __classPrivateFieldGet(this, _YargsInstance_completion, "f").setParsed(this.parsed);
    if (isPromise(parsed2)) {
      return parsed2.then((argv) => {
        if (__classPrivateFieldGet(this, _YargsInstance_parseFn, "f"))
          __classPrivateFieldGet(this, _YargsInstance_parseFn, "f").call(this, __classPrivateFieldGet(this, _YargsInstance_exitError, "f"), argv, __classPrivateFieldGet(this, _YargsInstance_output, "f"));
        return argv;
      }).catch((err) => {
        if (__classPrivateFieldGet(this, _YargsInstance_parseFn, "f")) {
          __classPrivateFieldGet(this, _YargsInstance_parseFn, "f")(err, this.parsed.argv, __classPrivateFieldGet(this, _YargsInstance_output, "f"));
        }
        throw err;
      }).finally(() => {
        this[kUnfreeze]();
        this.parsed = tmpParsed;
      });
    } else {
      if (__classPrivateFieldGet(this, _YargsInstance_parseFn, "f"))
        __classPrivateFieldGet(this, _YargsInstance_parseFn, "f").call(this, __classPrivateFieldGet(this, _YargsInstance_exitError, "f"), parsed2, __classPrivateFieldGet(this, _YargsInstance_output, "f"));
      this[kUnfreeze]();
      this.parsed = tmpParsed;
    }
    return parsed2;
  }
  parseAsync(args, shortCircuit, _parseFn) {
    const maybePromise = this.parse(args, shortCircuit, _parseFn);
    return !isPromise(maybePromise) ? Promise.resolve(maybePromise) : maybePromise;
  }
  parseSync(args, shortCircuit, _parseFn) {
    const maybePromise = this.parse(args, shortCircuit, _parseFn);
    if (isPromise(maybePromise)) {
      throw new YError(".parseSync() must not be used with asynchronous builders, handlers, or middleware");
    }
    return maybePromise;
  }
  parserConfiguration(config) {
    argsert("<object>", [config], arguments.length);
    __classPrivateFieldSet(this, _YargsInstance_parserConfig, config, "f");
    return this;
  }
  pkgConf(key, rootPath) {
    argsert("<string> [string]", [key, rootPath], arguments.length);
    let conf = null;
    const obj = this[kPkgUp](rootPath || __classPrivateFieldGet(this, _YargsInstance_cwd, "f"));
    if (obj[key] && typeof obj[key] === "object") {
      conf = applyExtends(obj[key], rootPath || __classPrivateFieldGet(this, _YargsInstance_cwd, "f"), this[kGetParserConfiguration]()["deep-merge-config"] || false, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
      __classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects = (__classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects || []).concat(conf);
    }
    return this;
  }
  positional(key, opts) {
    argsert("<string> <object>", [key, opts], arguments.length);
    const supportedOpts = [
      "default",
      "defaultDescription",
      "implies",
      "normalize",
      "choices",
      "conflicts",
      "coerce",
      "type",
      "describe",
      "desc",
      "description",
      "alias"
    ];
    opts = objFilter(opts, (k, v) => {
      if (k === "type" && !["string", "number", "boolean"].includes(v))
        return false;
      return supportedOpts.includes(k);
    });
    const fullCommand = __classPrivateFieldGet(this, _YargsInstance_context, "f").fullCommands[__classPrivateFieldGet(this, _YargsInstance_context, "f").fullCommands.length - 1];
    const parseOptions = fullCommand ? __classPrivateFieldGet(this, _YargsInstance_command, "f").cmdToParseOptions(fullCommand) : {
      array: [],
      alias: {},
      default: {},
      demand: {}
    };
    objectKeys(parseOptions).forEach((pk) => {
      const parseOption = parseOptions[pk];
      if (Array.isArray(parseOption)) {
        if (parseOption.indexOf(key) !== -1)
          opts[pk] = true;
      } else {
        if (parseOption[key] && !(pk in opts))
          opts[pk] = parseOption[key];
      }
    });
    this.group(key, __classPrivateFieldGet(this, _YargsInstance_usage, "f").getPositionalGroupName());
    return this.option(key, opts);
  }
  recommendCommands(recommend = true) {
    argsert("[boolean]", [recommend], arguments.length);
    __classPrivateFieldSet(this, _YargsInstance_recommendCommands, recommend, "f");
    return this;
  }
  required(keys, max, msg) {
    return this.demand(keys, max, msg);
  }
  require(keys, max, msg) {
    return this.demand(keys, max, msg);
  }
  requiresArg(keys) {
    argsert("<array|string|object> [number]", [keys], arguments.length);
    if (typeof keys === "string" && __classPrivateFieldGet(this, _YargsInstance_options, "f").narg[keys]) {
      return this;
    } else {
      this[kPopulateParserHintSingleValueDictionary](this.requiresArg.bind(this), "narg", keys, NaN);
    }
    return this;
  }
  showCompletionScript($0, cmd) {
    argsert("[string] [string]", [$0, cmd], arguments.length);
    $0 = $0 || this.$0;
    __classPrivateFieldGet(this, _YargsInstance_logger, "f").log(__classPrivateFieldGet(this, _YargsInstance_completion, "f").generateCompletionScript($0, cmd || __classPrivateFieldGet(this, _YargsInstance_completionCommand, "f") || "completion"));
    return this;
  }
  showHelp(level) {
    argsert("[string|function]", [level], arguments.length);
    __classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
    if (!__classPrivateFieldGet(this, _YargsInstance_usage, "f").hasCachedHelpMessage()) {
      if (!this.parsed) {
        const parse3 = this[kRunYargsParserAndExecuteCommands](__classPrivateFieldGet(this, _YargsInstance_processArgs, "f"), void 0, void 0, 0, true);
        if (isPromise(parse3)) {
          parse3.then(() => {
            __classPrivateFieldGet(this, _YargsInstance_usage, "f").showHelp(level);
          });
          return this;
        }
      }
      const builderResponse = __classPrivateFieldGet(this, _YargsInstance_command, "f").runDefaultBuilderOn(this);
      if (isPromise(builderResponse)) {
        builderResponse.then(() => {
          __classPrivateFieldGet(this, _YargsInstance_usage, "f").showHelp(level);
        });
        return this;
      }
    }
    __classPrivateFieldGet(this, _YargsInstance_usage, "f").showHelp(level);
    return this;
  }
  scriptName(scriptName) {
    this.customScriptName = true;
    this.$0 = scriptName;
    return this;
  }
  showHelpOnFail(enabled, message) {
    argsert("[boolean|string] [string]", [enabled, message], arguments.length);
    __classPrivateFieldGet(this, _YargsInstance_usage, "f").showHelpOnFail(enabled, message);
    return this;
  }
  showVersion(level) {
    argsert("[string|function]", [level], arguments.length);
    __classPrivateFieldGet(this, _YargsInstance_usage, "f").showVersion(level);
    return this;
  }
  skipValidation(keys) {
    argsert("<array|string>", [keys], arguments.length);
    this[kPopulateParserHintArray]("skipValidation", keys);
    return this;
  }
  strict(enabled) {
    argsert("[boolean]", [enabled], arguments.length);
    __classPrivateFieldSet(this, _YargsInstance_strict, enabled !== false, "f");
    return this;
  }
  strictCommands(enabled) {
    argsert("[boolean]", [enabled], arguments.length);
    __classPrivateFieldSet(this, _YargsInstance_strictCommands, enabled !== false, "f");
    return this;
  }
  strictOptions(enabled) {
    argsert("[boolean]", [enabled], arguments.length);
    __classPrivateFieldSet(this, _YargsInstance_strictOptions, enabled !== false, "f");
    return this;
  }
  string(keys) {
    argsert("<array|string>", [keys], arguments.length);
    this[kPopulateParserHintArray]("string", keys);
    this[kTrackManuallySetKeys](keys);
    return this;
  }
  terminalWidth() {
    argsert([], 0);
    return __classPrivateFieldGet(this, _YargsInstance_shim, "f").process.stdColumns;
  }
  updateLocale(obj) {
    return this.updateStrings(obj);
  }
  updateStrings(obj) {
    argsert("<object>", [obj], arguments.length);
    __classPrivateFieldSet(this, _YargsInstance_detectLocale, false, "f");
    __classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.updateLocale(obj);
    return this;
  }
  usage(msg, description, builder, handler) {
    argsert("<string|null|undefined> [string|boolean] [function|object] [function]", [msg, description, builder, handler], arguments.length);
    if (description !== void 0) {
      assertNotStrictEqual(msg, null, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
      if ((msg || "").match(/^\$0( |$)/)) {
        return this.command(msg, description, builder, handler);
      } else {
        throw new YError(".usage() description must start with $0 if being used as alias for .command()");
      }
    } else {
      __classPrivateFieldGet(this, _YargsInstance_usage, "f").usage(msg);
      return this;
    }
  }
  usageConfiguration(config) {
    argsert("<object>", [config], arguments.length);
    __classPrivateFieldSet(this, _YargsInstance_usageConfig, config, "f");
    return this;
  }
  version(opt, msg, ver) {
    const defaultVersionOpt = "version";
    argsert("[boolean|string] [string] [string]", [opt, msg, ver], arguments.length);
    if (__classPrivateFieldGet(this, _YargsInstance_versionOpt, "f")) {
      this[kDeleteFromParserHintObject](__classPrivateFieldGet(this, _YargsInstance_versionOpt, "f"));
      __classPrivateFieldGet(this, _YargsInstance_usage, "f").version(void 0);
      __classPrivateFieldSet(this, _YargsInstance_versionOpt, null, "f");
    }
    if (arguments.length === 0) {
      ver = this[kGuessVersion]();
      opt = defaultVersionOpt;
    } else if (arguments.length === 1) {
      if (opt === false) {
        return this;
      }
      ver = opt;
      opt = defaultVersionOpt;
    } else if (arguments.length === 2) {
      ver = msg;
      msg = void 0;
    }
    __classPrivateFieldSet(this, _YargsInstance_versionOpt, typeof opt === "string" ? opt : defaultVersionOpt, "f");
    msg = msg || __classPrivateFieldGet(this, _YargsInstance_usage, "f").deferY18nLookup("Show version number");
    __classPrivateFieldGet(this, _YargsInstance_usage, "f").version(ver || void 0);
    this.boolean(__classPrivateFieldGet(this, _YargsInstance_versionOpt, "f"));
    this.describe(__classPrivateFieldGet(this, _YargsInstance_versionOpt, "f"), msg);
    return this;
  }
  wrap(cols) {
    argsert("<number|null|undefined>", [cols], arguments.length);
    __classPrivateFieldGet(this, _YargsInstance_usage, "f").wrap(cols);
    return this;
  }
  [(_YargsInstance_command = /* @__PURE__ */ new WeakMap(), _YargsInstance_cwd = /* @__PURE__ */ new WeakMap(), _YargsInstance_context = /* @__PURE__ */ new WeakMap(), _YargsInstance_completion = /* @__PURE__ */ new WeakMap(), _YargsInstance_completionCommand = /* @__PURE__ */ new WeakMap(), _YargsInstance_defaultShowHiddenOpt = /* @__PURE__ */ new WeakMap(), _YargsInstance_exitError = /* @__PURE__ */ new WeakMap(), _YargsInstance_detectLocale = /* @__PURE__ */ new WeakMap(), _YargsInstance_emittedWarnings = /* @__PURE__ */ new WeakMap(), _YargsInstance_exitProcess = /* @__PURE__ */ new WeakMap(), _YargsInstance_frozens = /* @__PURE__ */ new WeakMap(), _YargsInstance_globalMiddleware = /* @__PURE__ */ new WeakMap(), _YargsInstance_groups = /* @__PURE__ */ new WeakMap(), _YargsInstance_hasOutput = /* @__PURE__ */ new WeakMap(), _YargsInstance_helpOpt = /* @__PURE__ */ new WeakMap(), _YargsInstance_isGlobalContext = /* @__PURE__ */ new WeakMap(), _YargsInstance_logger = /* @__PURE__ */ new WeakMap(), _YargsInstance_output = /* @__PURE__ */ new WeakMap(), _YargsInstance_options = /* @__PURE__ */ new WeakMap(), _YargsInstance_parentRequire = /* @__PURE__ */ new WeakMap(), _YargsInstance_parserConfig = /* @__PURE__ */ new WeakMap(), _YargsInstance_parseFn = /* @__PURE__ */ new WeakMap(), _YargsInstance_parseContext = /* @__PURE__ */ new WeakMap(), _YargsInstance_pkgs = /* @__PURE__ */ new WeakMap(), _YargsInstance_preservedGroups = /* @__PURE__ */ new WeakMap(), _YargsInstance_processArgs = /* @__PURE__ */ new WeakMap(), _YargsInstance_recommendCommands = /* @__PURE__ */ new WeakMap(), _YargsInstance_shim = /* @__PURE__ */ new WeakMap(), _YargsInstance_strict = /* @__PURE__ */ new WeakMap(), _YargsInstance_strictCommands = /* @__PURE__ */ new WeakMap(), _YargsInstance_strictOptions = /* @__PURE__ */ new WeakMap(), _YargsInstance_usage = /* @__PURE__ */ new WeakMap(), _YargsInstance_usageConfig = /* @__PURE__ */ new WeakMap(), _YargsInstance_versionOpt = /* @__PURE__ */ new WeakMap(), _YargsInstance_validation = /* @__PURE__ */ new WeakMap(), kCopyDoubleDash)](argv) {
    if (!argv._ || !argv["--"])
      return argv;
    argv._.push.apply(argv._, argv["--"]);
    try {
      delete argv["--"];
    } catch (_err) {
    }
    return argv;
  }
  [kCreateLogger]() {
    return {
      log: (...args) => {
        if (!this[kHasParseCallback]())
          console.log(...args);
        __classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
        if (__classPrivateFieldGet(this, _YargsInstance_output, "f").length)
          __classPrivateFieldSet(this, _YargsInstance_output, __classPrivateFieldGet(this, _YargsInstance_output, "f") + "\n", "f");
        __classPrivateFieldSet(this, _YargsInstance_output, __classPrivateFieldGet(this, _YargsInstance_output, "f") + args.join(" "), "f");
      },
      error: (...args) => {
        if (!this[kHasParseCallback]())
          console.error(...args);
        __classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
        if (__classPrivateFieldGet(this, _YargsInstance_output, "f").length)
          __classPrivateFieldSet(this, _YargsInstance_output, __classPrivateFieldGet(this, _YargsInstance_output, "f") + "\n", "f");
        __classPrivateFieldSet(this, _YargsInstance_output, __classPrivateFieldGet(this, _YargsInstance_output, "f") + args.join(" "), "f");
      }
    };
  }
  [kDeleteFromParserHintObject](optionKey) {
    objectKeys(__classPrivateFieldGet(this, _YargsInstance_options, "f")).forEach((hintKey) => {
      if (/* @__PURE__ */ ((key) => key === "configObjects")(hintKey))
        return;
      const hint = __classPrivateFieldGet(this, _YargsInstance_options, "f")[hintKey];
      if (Array.isArray(hint)) {
        if (hint.includes(optionKey))
          hint.splice(hint.indexOf(optionKey), 1);
      } else if (typeof hint === "object") {
        delete hint[optionKey];
      }
    });
    delete __classPrivateFieldGet(this, _YargsInstance_usage, "f").getDescriptions()[optionKey];
  }
  [kEmitWarning](warning, type, deduplicationId) {
    if (!__classPrivateFieldGet(this, _YargsInstance_emittedWarnings, "f")[deduplicationId]) {
      __classPrivateFieldGet(this, _YargsInstance_shim, "f").process.emitWarning(warning, type);
      __classPrivateFieldGet(this, _YargsInstance_emittedWarnings, "f")[deduplicationId] = true;
    }
  }
  [kFreeze]() {
    __classPrivateFieldGet(this, _YargsInstance_frozens, "f").push({
      options: __classPrivateFieldGet(this, _YargsInstance_options, "f"),
      configObjects: __classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects.slice(0),
      exitProcess: __classPrivateFieldGet(this, _YargsInstance_exitProcess, "f"),
      groups: __classPrivateFieldGet(this, _YargsInstance_groups, "f"),
      strict: __classPrivateFieldGet(this, _YargsInstance_strict, "f"),
      strictCommands: __classPrivateFieldGet(this, _YargsInstance_strictCommands, "f"),
      strictOptions: __classPrivateFieldGet(this, _YargsInstance_strictOptions, "f"),
      completionCommand: __classPrivateFieldGet(this, _YargsInstance_completionCommand, "f"),
      output: __classPrivateFieldGet(this, _YargsInstance_output, "f"),
      exitError: __classPrivateFieldGet(this, _YargsInstance_exitError, "f"),
      hasOutput: __classPrivateFieldGet(this, _YargsInstance_hasOutput, "f"),
      parsed: this.parsed,
      parseFn: __classPrivateFieldGet(this, _YargsInstance_parseFn, "f"),
      parseContext: __classPrivateFieldGet(this, _YargsInstance_parseContext, "f")
    });
    __classPrivateFieldGet(this, _YargsInstance_usage, "f").freeze();
    __classPrivateFieldGet(this, _YargsInstance_validation, "f").freeze();
    __classPrivateFieldGet(this, _YargsInstance_command, "f").freeze();
    __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").freeze();
  }
  [kGetDollarZero]() {
    let $0 = "";
    let default$0;
    if (/\b(node|iojs|electron|bun)(\.exe)?$/.test(__classPrivateFieldGet(this, _YargsInstance_shim, "f").process.argv()[0])) {
      default$0 = __classPrivateFieldGet(this, _YargsInstance_shim, "f").process.argv().slice(1, 2);
    } else {
      default$0 = __classPrivateFieldGet(this, _YargsInstance_shim, "f").process.argv().slice(0, 1);
    }
    $0 = default$0.map((x) => {
      const b = this[kRebase](__classPrivateFieldGet(this, _YargsInstance_cwd, "f"), x);
      return x.match(/^(\/|([a-zA-Z]:)?\\)/) && b.length < x.length ? b : x;
    }).join(" ").trim();
    if (__classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("_") && __classPrivateFieldGet(this, _YargsInstance_shim, "f").getProcessArgvBin() === __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("_")) {
      $0 = __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("_").replace(`${__classPrivateFieldGet(this, _YargsInstance_shim, "f").path.dirname(__classPrivateFieldGet(this, _YargsInstance_shim, "f").process.execPath())}/`, "");
    }
    return $0;
  }
  [kGetParserConfiguration]() {
    return __classPrivateFieldGet(this, _YargsInstance_parserConfig, "f");
  }
  [kGetUsageConfiguration]() {
    return __classPrivateFieldGet(this, _YargsInstance_usageConfig, "f");
  }
  [kGuessLocale]() {
    if (!__classPrivateFieldGet(this, _YargsInstance_detectLocale, "f"))
      return;
    const locale = __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("LC_ALL") || __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("LC_MESSAGES") || __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("LANG") || __classPrivateFieldGet(this, _YargsInstance_shim, "f").getEnv("LANGUAGE") || "en_US";
    this.locale(locale.replace(/[.:].*/, ""));
  }
  [kGuessVersion]() {
    const obj = this[kPkgUp]();
    return obj.version || "unknown";
  }
  [kParsePositionalNumbers](argv) {
    const args = argv["--"] ? argv["--"] : argv._;
    for (let i = 0, arg; (arg = args[i]) !== void 0; i++) {
      if (__classPrivateFieldGet(this, _YargsInstance_shim, "f").Parser.looksLikeNumber(arg) && Number.isSafeInteger(Math.floor(parseFloat(`${arg}`)))) {
        args[i] = Number(arg);
      }
    }
    return argv;
  }
  [kPkgUp](rootPath) {
    const npath = rootPath || "*";
    if (__classPrivateFieldGet(this, _YargsInstance_pkgs, "f")[npath])
      return __classPrivateFieldGet(this, _YargsInstance_pkgs, "f")[npath];
    let obj = {};
    try {
      let startDir = rootPath || __classPrivateFieldGet(this, _YargsInstance_shim, "f").mainFilename;
      if (__classPrivateFieldGet(this, _YargsInstance_shim, "f").path.extname(startDir)) {
        startDir = __classPrivateFieldGet(this, _YargsInstance_shim, "f").path.dirname(startDir);
      }
      const pkgJsonPath = __classPrivateFieldGet(this, _YargsInstance_shim, "f").findUp(startDir, (dir, names) => {
        if (names.includes("package.json")) {
          return "package.json";
        } else {
          return void 0;
        }
      });
      assertNotStrictEqual(pkgJsonPath, void 0, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
      obj = JSON.parse(__classPrivateFieldGet(this, _YargsInstance_shim, "f").readFileSync(pkgJsonPath, "utf8"));
    } catch (_noop) {
    }
    __classPrivateFieldGet(this, _YargsInstance_pkgs, "f")[npath] = obj || {};
    return __classPrivateFieldGet(this, _YargsInstance_pkgs, "f")[npath];
  }
  [kPopulateParserHintArray](type, keys) {
    keys = [].concat(keys);
    keys.forEach((key) => {
      key = this[kSanitizeKey](key);
      __classPrivateFieldGet(this, _YargsInstance_options, "f")[type].push(key);
    });
  }
  [kPopulateParserHintSingleValueDictionary](builder, type, key, value) {
    this[kPopulateParserHintDictionary](builder, type, key, value, (type2, key2, value2) => {
      __classPrivateFieldGet(this, _YargsInstance_options, "f")[type2][key2] = value2;
    });
  }
  [kPopulateParserHintArrayDictionary](builder, type, key, value) {
    this[kPopulateParserHintDictionary](builder, type, key, value, (type2, key2, value2) => {
      __classPrivateFieldGet(this, _YargsInstance_options, "f")[type2][key2] = (__classPrivateFieldGet(this, _YargsInstance_options, "f")[type2][key2] || []).concat(value2);
    });
  }
  [kPopulateParserHintDictionary](builder, type, key, value, singleKeyHandler) {
    if (Array.isArray(key)) {
      key.forEach((k) => {
        builder(k, value);
      });
    } else if (/* @__PURE__ */ ((key2) => typeof key2 === "object")(key)) {
      for (const k of objectKeys(key)) {
        builder(k, key[k]);
      }
    } else {
      singleKeyHandler(type, this[kSanitizeKey](key), value);
    }
  }
  [kSanitizeKey](key) {
    if (key === "__proto__")
      return "___proto___";
    return key;
  }
  [kSetKey](key, set) {
    this[kPopulateParserHintSingleValueDictionary](this[kSetKey].bind(this), "key", key, set);
    return this;
  }
  [kUnfreeze]() {
    var _a2, _b2, _c2, _d, _e, _f, _g, _h, _j, _k, _l, _m;
    const frozen = __classPrivateFieldGet(this, _YargsInstance_frozens, "f").pop();
    assertNotStrictEqual(frozen, void 0, __classPrivateFieldGet(this, _YargsInstance_shim, "f"));
    let configObjects;
    _a2 = this, _b2 = this, _c2 = this, _d = this, _e = this, _f = this, _g = this, _h = this, _j = this, _k = this, _l = this, _m = this, {
      options: { set value(_o) {
        __classPrivateFieldSet(_a2, _YargsInstance_options, _o, "f");
      } }.value,
      configObjects,
      exitProcess: { set value(_o) {
        __classPrivateFieldSet(_b2, _YargsInstance_exitProcess, _o, "f");
      } }.value,
      groups: { set value(_o) {
        __classPrivateFieldSet(_c2, _YargsInstance_groups, _o, "f");
      } }.value,
      output: { set value(_o) {
        __classPrivateFieldSet(_d, _YargsInstance_output, _o, "f");
      } }.value,
      exitError: { set value(_o) {
        __classPrivateFieldSet(_e, _YargsInstance_exitError, _o, "f");
      } }.value,
      hasOutput: { set value(_o) {
        __classPrivateFieldSet(_f, _YargsInstance_hasOutput, _o, "f");
      } }.value,
      parsed: this.parsed,
      strict: { set value(_o) {
        __classPrivateFieldSet(_g, _YargsInstance_strict, _o, "f");
      } }.value,
      strictCommands: { set value(_o) {
        __classPrivateFieldSet(_h, _YargsInstance_strictCommands, _o, "f");
      } }.value,
      strictOptions: { set value(_o) {
        __classPrivateFieldSet(_j, _YargsInstance_strictOptions, _o, "f");
      } }.value,
      completionCommand: { set value(_o) {
        __classPrivateFieldSet(_k, _YargsInstance_completionCommand, _o, "f");
      } }.value,
      parseFn: { set value(_o) {
        __classPrivateFieldSet(_l, _YargsInstance_parseFn, _o, "f");
      } }.value,
      parseContext: { set value(_o) {
        __classPrivateFieldSet(_m, _YargsInstance_parseContext, _o, "f");
      } }.value
    } = frozen;
    __classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects = configObjects;
    __classPrivateFieldGet(this, _YargsInstance_usage, "f").unfreeze();
    __classPrivateFieldGet(this, _YargsInstance_validation, "f").unfreeze();
    __classPrivateFieldGet(this, _YargsInstance_command, "f").unfreeze();
    __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").unfreeze();
  }
  [kValidateAsync](validation2, argv) {
    return maybeAsyncResult(argv, (result) => {
      validation2(result);
      return result;
    });
  }
  getInternalMethods() {
    return {
      getCommandInstance: this[kGetCommandInstance].bind(this),
      getContext: this[kGetContext].bind(this),
      getHasOutput: this[kGetHasOutput].bind(this),
      getLoggerInstance: this[kGetLoggerInstance].bind(this),
      getParseContext: this[kGetParseContext].bind(this),
      getParserConfiguration: this[kGetParserConfiguration].bind(this),
      getUsageConfiguration: this[kGetUsageConfiguration].bind(this),
      getUsageInstance: this[kGetUsageInstance].bind(this),
      getValidationInstance: this[kGetValidationInstance].bind(this),
      hasParseCallback: this[kHasParseCallback].bind(this),
      isGlobalContext: this[kIsGlobalContext].bind(this),
      postProcess: this[kPostProcess].bind(this),
      reset: this[kReset].bind(this),
      runValidation: this[kRunValidation].bind(this),
      runYargsParserAndExecuteCommands: this[kRunYargsParserAndExecuteCommands].bind(this),
      setHasOutput: this[kSetHasOutput].bind(this)
    };
  }
  [kGetCommandInstance]() {
    return __classPrivateFieldGet(this, _YargsInstance_command, "f");
  }
  [kGetContext]() {
    return __classPrivateFieldGet(this, _YargsInstance_context, "f");
  }
  [kGetHasOutput]() {
    return __classPrivateFieldGet(this, _YargsInstance_hasOutput, "f");
  }
  [kGetLoggerInstance]() {
    return __classPrivateFieldGet(this, _YargsInstance_logger, "f");
  }
  [kGetParseContext]() {
    return __classPrivateFieldGet(this, _YargsInstance_parseContext, "f") || {};
  }
  [kGetUsageInstance]() {
    return __classPrivateFieldGet(this, _YargsInstance_usage, "f");
  }
  [kGetValidationInstance]() {
    return __classPrivateFieldGet(this, _YargsInstance_validation, "f");
  }
  [kHasParseCallback]() {
    return !!__classPrivateFieldGet(this, _YargsInstance_parseFn, "f");
  }
  [kIsGlobalContext]() {
    return __classPrivateFieldGet(this, _YargsInstance_isGlobalContext, "f");
  }
  [kPostProcess](argv, populateDoubleDash, calledFromCommand, runGlobalMiddleware) {
    if (calledFromCommand)
      return argv;
    if (isPromise(argv))
      return argv;
    if (!populateDoubleDash) {
      argv = this[kCopyDoubleDash](argv);
    }
    const parsePositionalNumbers = this[kGetParserConfiguration]()["parse-positional-numbers"] || this[kGetParserConfiguration]()["parse-positional-numbers"] === void 0;
    if (parsePositionalNumbers) {
      argv = this[kParsePositionalNumbers](argv);
    }
    if (runGlobalMiddleware) {
      argv = applyMiddleware(argv, this, __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").getMiddleware(), false);
    }
    return argv;
  }
  [kReset](aliases = {}) {
    __classPrivateFieldSet(this, _YargsInstance_options, __classPrivateFieldGet(this, _YargsInstance_options, "f") || {}, "f");
    const tmpOptions = {};
    tmpOptions.local = __classPrivateFieldGet(this, _YargsInstance_options, "f").local || [];
    tmpOptions.configObjects = __classPrivateFieldGet(this, _YargsInstance_options, "f").configObjects || [];
    const localLookup = {};
    tmpOptions.local.forEach((l) => {
      localLookup[l] = true;
      (aliases[l] || []).forEach((a) => {
        localLookup[a] = true;
      });
    });
    Object.assign(__classPrivateFieldGet(this, _YargsInstance_preservedGroups, "f"), Object.keys(__classPrivateFieldGet(this, _YargsInstance_groups, "f")).reduce((acc, groupName) => {
      const keys = __classPrivateFieldGet(this, _YargsInstance_groups, "f")[groupName].filter((key) => !(key in localLookup));
      if (keys.length > 0) {
        acc[groupName] = keys;
      }
      return acc;
    }, {}));
    __classPrivateFieldSet(this, _YargsInstance_groups, {}, "f");
    const arrayOptions = [
      "array",
      "boolean",
      "string",
      "skipValidation",
      "count",
      "normalize",
      "number",
      "hiddenOptions"
    ];
    const objectOptions = [
      "narg",
      "key",
      "alias",
      "default",
      "defaultDescription",
      "config",
      "choices",
      "demandedOptions",
      "demandedCommands",
      "deprecatedOptions"
    ];
    arrayOptions.forEach((k) => {
      tmpOptions[k] = (__classPrivateFieldGet(this, _YargsInstance_options, "f")[k] || []).filter((k2) => !localLookup[k2]);
    });
    objectOptions.forEach((k) => {
      tmpOptions[k] = objFilter(__classPrivateFieldGet(this, _YargsInstance_options, "f")[k], (k2) => !localLookup[k2]);
    });
    tmpOptions.envPrefix = __classPrivateFieldGet(this, _YargsInstance_options, "f").envPrefix;
    __classPrivateFieldSet(this, _YargsInstance_options, tmpOptions, "f");
    __classPrivateFieldSet(this, _YargsInstance_usage, __classPrivateFieldGet(this, _YargsInstance_usage, "f") ? __classPrivateFieldGet(this, _YargsInstance_usage, "f").reset(localLookup) : usage(this, __classPrivateFieldGet(this, _YargsInstance_shim, "f")), "f");
    __classPrivateFieldSet(this, _YargsInstance_validation, __classPrivateFieldGet(this, _YargsInstance_validation, "f") ? __classPrivateFieldGet(this, _YargsInstance_validation, "f").reset(localLookup) : validation(this, __classPrivateFieldGet(this, _YargsInstance_usage, "f"), __classPrivateFieldGet(this, _YargsInstance_shim, "f")), "f");
    __classPrivateFieldSet(this, _YargsInstance_command, __classPrivateFieldGet(this, _YargsInstance_command, "f") ? __classPrivateFieldGet(this, _YargsInstance_command, "f").reset() : command(__classPrivateFieldGet(this, _YargsInstance_usage, "f"), __classPrivateFieldGet(this, _YargsInstance_validation, "f"), __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f"), __classPrivateFieldGet(this, _YargsInstance_shim, "f")), "f");
    if (!__classPrivateFieldGet(this, _YargsInstance_completion, "f"))
      __classPrivateFieldSet(this, _YargsInstance_completion, completion(this, __classPrivateFieldGet(this, _YargsInstance_usage, "f"), __classPrivateFieldGet(this, _YargsInstance_command, "f"), __classPrivateFieldGet(this, _YargsInstance_shim, "f")), "f");
    __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").reset();
    __classPrivateFieldSet(this, _YargsInstance_completionCommand, null, "f");
    __classPrivateFieldSet(this, _YargsInstance_output, "", "f");
    __classPrivateFieldSet(this, _YargsInstance_exitError, null, "f");
    __classPrivateFieldSet(this, _YargsInstance_hasOutput, false, "f");
    this.parsed = false;
    return this;
  }
  [kRebase](base, dir) {
    return __classPrivateFieldGet(this, _YargsInstance_shim, "f").path.relative(base, dir);
  }
  [kRunYargsParserAndExecuteCommands](args, shortCircuit, calledFromCommand, commandIndex = 0, helpOnly = false) {
    var _a2, _b2, _c2, _d;
    let skipValidation = !!calledFromCommand || helpOnly;
    args = args || __classPrivateFieldGet(this, _YargsInstance_processArgs, "f");
    __classPrivateFieldGet(this, _YargsInstance_options, "f").__ = __classPrivateFieldGet(this, _YargsInstance_shim, "f").y18n.__;
    __classPrivateFieldGet(this, _YargsInstance_options, "f").configuration = this[kGetParserConfiguration]();
    const populateDoubleDash = !!__classPrivateFieldGet(this, _YargsInstance_options, "f").configuration["populate--"];
    const config = Object.assign({}, __classPrivateFieldGet(this, _YargsInstance_options, "f").configuration, {
      "populate--": true
    });
    const parsed2 = __classPrivateFieldGet(this, _YargsInstance_shim, "f").Parser.detailed(args, Object.assign({}, __classPrivateFieldGet(this, _YargsInstance_options, "f"), {
      configuration: { "parse-positional-numbers": false, ...config }
    }));
    const argv = Object.assign(parsed2.argv, __classPrivateFieldGet(this, _YargsInstance_parseContext, "f"));
    let argvPromise = void 0;
    const aliases = parsed2.aliases;
    let helpOptSet = false;
    let versionOptSet = false;
    Object.keys(argv).forEach((key) => {
      if (key === __classPrivateFieldGet(this, _YargsInstance_helpOpt, "f") && argv[key]) {
        helpOptSet = true;
      } else if (key === __classPrivateFieldGet(this, _YargsInstance_versionOpt, "f") && argv[key]) {
        versionOptSet = true;
      }
    });
    argv.$0 = this.$0;
    this.parsed = parsed2;
    if (commandIndex === 0) {
      __classPrivateFieldGet(this, _YargsInstance_usage, "f").clearCachedHelpMessage();
    }
    try {
      this[kGuessLocale]();
      if (shortCircuit) {
        return this[kPostProcess](argv, populateDoubleDash, !!calledFromCommand, false);
      }
      if (__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f")) {
        const helpCmds = [__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f")].concat(aliases[__classPrivateFieldGet(this, _YargsInstance_helpOpt, "f")] || []).filter((k) => k.length > 1);
        if (helpCmds.includes("" + argv._[argv._.length - 1])) {
          argv._.pop();
          helpOptSet = true;
        }
      }
      __classPrivateFieldSet(this, _YargsInstance_isGlobalContext, false, "f");
      const handlerKeys = __classPrivateFieldGet(this, _YargsInstance_command, "f").getCommands();
      const requestCompletions = ((_a2 = __classPrivateFieldGet(this, _YargsInstance_completion, "f")) === null || _a2 === void 0 ? void 0 : _a2.completionKey) ? [
        (_b2 = __classPrivateFieldGet(this, _YargsInstance_completion, "f")) === null || _b2 === void 0 ? void 0 : _b2.completionKey,
        ...(_d = this.getAliases()[(_c2 = __classPrivateFieldGet(this, _YargsInstance_completion, "f")) === null || _c2 === void 0 ? void 0 : _c2.completionKey]) !== null && _d !== void 0 ? _d : []
      ].some((key) => Object.prototype.hasOwnProperty.call(argv, key)) : false;
      const skipRecommendation = helpOptSet || requestCompletions || helpOnly;
      if (argv._.length) {
        if (handlerKeys.length) {
          let firstUnknownCommand;
          for (let i = commandIndex || 0, cmd; argv._[i] !== void 0; i++) {
            cmd = String(argv._[i]);
            if (handlerKeys.includes(cmd) && cmd !== __classPrivateFieldGet(this, _YargsInstance_completionCommand, "f")) {
              const innerArgv = __classPrivateFieldGet(this, _YargsInstance_command, "f").runCommand(cmd, this, parsed2, i + 1, helpOnly, helpOptSet || versionOptSet || helpOnly);
              return this[kPostProcess](innerArgv, populateDoubleDash, !!calledFromCommand, false);
            } else if (!firstUnknownCommand && cmd !== __classPrivateFieldGet(this, _YargsInstance_completionCommand, "f")) {
              firstUnknownCommand = cmd;
              break;
            }
          }
          if (!__classPrivateFieldGet(this, _YargsInstance_command, "f").hasDefaultCommand() && __classPrivateFieldGet(this, _YargsInstance_recommendCommands, "f") && firstUnknownCommand && !skipRecommendation) {
            __classPrivateFieldGet(this, _YargsInstance_validation, "f").recommendCommands(firstUnknownCommand, handlerKeys);
          }
        }
        if (__classPrivateFieldGet(this, _YargsInstance_completionCommand, "f") && argv._.includes(__classPrivateFieldGet(this, _YargsInstance_completionCommand, "f")) && !requestCompletions) {
          if (__classPrivateFieldGet(this, _YargsInstance_exitProcess, "f"))
            setBlocking(true);
          this.showCompletionScript();
          this.exit(0);
        }
      }
      if (__classPrivateFieldGet(this, _YargsInstance_command, "f").hasDefaultCommand() && !skipRecommendation) {
        const innerArgv = __classPrivateFieldGet(this, _YargsInstance_command, "f").runCommand(null, this, parsed2, 0, helpOnly, helpOptSet || versionOptSet || helpOnly);
        return this[kPostProcess](innerArgv, populateDoubleDash, !!calledFromCommand, false);
      }
      if (requestCompletions) {
        if (__classPrivateFieldGet(this, _YargsInstance_exitProcess, "f"))
          setBlocking(true);
        args = [].concat(args);
        const completionArgs = args.slice(args.indexOf(`--${__classPrivateFieldGet(this, _YargsInstance_completion, "f").completionKey}`) + 1);
        __classPrivateFieldGet(this, _YargsInstance_completion, "f").getCompletion(completionArgs, (err, completions) => {
          if (err)
            throw new YError(err.message);
          (completions || []).forEach((completion2) => {
            __classPrivateFieldGet(this, _YargsInstance_logger, "f").log(completion2);
          });
          this.exit(0);
        });
        return this[kPostProcess](argv, !populateDoubleDash, !!calledFromCommand, false);
      }
      if (!__classPrivateFieldGet(this, _YargsInstance_hasOutput, "f")) {
        if (helpOptSet) {
          if (__classPrivateFieldGet(this, _YargsInstance_exitProcess, "f"))
            setBlocking(true);
          skipValidation = true;
          this.showHelp((message) => {
            __classPrivateFieldGet(this, _YargsInstance_logger, "f").log(message);
            this.exit(0);
          });
        } else if (versionOptSet) {
          if (__classPrivateFieldGet(this, _YargsInstance_exitProcess, "f"))
            setBlocking(true);
          skipValidation = true;
          __classPrivateFieldGet(this, _YargsInstance_usage, "f").showVersion("log");
          this.exit(0);
        }
      }
      if (!skipValidation && __classPrivateFieldGet(this, _YargsInstance_options, "f").skipValidation.length > 0) {
        skipValidation = Object.keys(argv).some((key) => __classPrivateFieldGet(this, _YargsInstance_options, "f").skipValidation.indexOf(key) >= 0 && argv[key] === true);
      }
      if (!skipValidation) {
        if (parsed2.error)
          throw new YError(parsed2.error.message);
        if (!requestCompletions) {
          const validation2 = this[kRunValidation](aliases, {}, parsed2.error);
          if (!calledFromCommand) {
            argvPromise = applyMiddleware(argv, this, __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").getMiddleware(), true);
          }
          argvPromise = this[kValidateAsync](validation2, argvPromise !== null && argvPromise !== void 0 ? argvPromise : argv);
          if (isPromise(argvPromise) && !calledFromCommand) {
            argvPromise = argvPromise.then(() => {
              return applyMiddleware(argv, this, __classPrivateFieldGet(this, _YargsInstance_globalMiddleware, "f").getMiddleware(), false);
            });
          }
        }
      }
    } catch (err) {
      if (err instanceof YError)
        __classPrivateFieldGet(this, _YargsInstance_usage, "f").fail(err.message, err);
      else
        throw err;
    }
    return this[kPostProcess](argvPromise !== null && argvPromise !== void 0 ? argvPromise : argv, populateDoubleDash, !!calledFromCommand, true);
  }
  [kRunValidation](aliases, positionalMap, parseErrors, isDefaultCommand) {
    const demandedOptions = { ...this.getDemandedOptions() };
    return (argv) => {
      if (parseErrors)
        throw new YError(parseErrors.message);
      __classPrivateFieldGet(this, _YargsInstance_validation, "f").nonOptionCount(argv);
      __classPrivateFieldGet(this, _YargsInstance_validation, "f").requiredArguments(argv, demandedOptions);
      let failedStrictCommands = false;
      if (__classPrivateFieldGet(this, _YargsInstance_strictCommands, "f")) {
        failedStrictCommands = __classPrivateFieldGet(this, _YargsInstance_validation, "f").unknownCommands(argv);
      }
      if (__classPrivateFieldGet(this, _YargsInstance_strict, "f") && !failedStrictCommands) {
        __classPrivateFieldGet(this, _YargsInstance_validation, "f").unknownArguments(argv, aliases, positionalMap, !!isDefaultCommand);
      } else if (__classPrivateFieldGet(this, _YargsInstance_strictOptions, "f")) {
        __classPrivateFieldGet(this, _YargsInstance_validation, "f").unknownArguments(argv, aliases, {}, false, false);
      }
      __classPrivateFieldGet(this, _YargsInstance_validation, "f").limitedChoices(argv);
      __classPrivateFieldGet(this, _YargsInstance_validation, "f").implications(argv);
      __classPrivateFieldGet(this, _YargsInstance_validation, "f").conflicting(argv);
    };
  }
  [kSetHasOutput]() {
    __classPrivateFieldSet(this, _YargsInstance_hasOutput, true, "f");
  }
  [kTrackManuallySetKeys](keys) {
    if (typeof keys === "string") {
      __classPrivateFieldGet(this, _YargsInstance_options, "f").key[keys] = true;
    } else {
      for (const k of keys) {
        __classPrivateFieldGet(this, _YargsInstance_options, "f").key[k] = true;
      }
    }
  }
};
function isYargsInstance(y) {
  return !!y && typeof y.getInternalMethods === "function";
}

// node_modules/yargs/index.mjs
var Yargs = YargsFactory(esm_default);
var yargs_default = Yargs;

// dist/src/cli/main.js
import { appendFileSync } from "node:fs";
import path15 from "node:path";

// dist/src/cli/commands/check.js
import path10 from "node:path";

// dist/src/pipeline/analyze.js
import path4 from "node:path";

// dist/src/text/quote.js
var SINGLE_QUOTES = /['\u2018\u2019\u201a\u201b]/g;
var TYPOGRAPHIC_SINGLE_QUOTE = /[\u2018\u2019\u201a\u201b]/;
function quotePs(text) {
  if (!TYPOGRAPHIC_SINGLE_QUOTE.test(text))
    return `'${text.replaceAll("'", "''")}'`;
  return `'${text.replace(SINGLE_QUOTES, "$&$&")}'`;
}
function quoteSh(text) {
  return /^[\w./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}
function commentText(text) {
  return text.replace(/[\r\n\u0085\u2028\u2029]/g, " ");
}
function isStubbableName(name) {
  return /^[\p{L}\p{N}_]+(?:[.-][\p{L}\p{N}_]+)*$/u.test(name) && !KEYWORDS.has(name.toLowerCase());
}
var KEYWORDS = new Set("begin break catch class clean configuration continue data define do dynamicparam else elseif end enum exit filter finally for foreach from function hidden if in inlinescript parallel param process return sequence static switch throw trap try until using var while workflow".split(" "));

// dist/src/bundle/use-index.js
var NONE = [];
var UseIndex = class {
  contribute;
  same;
  slots = [];
  groups = /* @__PURE__ */ new Map();
  /** Each symbols object's contributions (computed once per object). */
  own = /* @__PURE__ */ new WeakMap();
  /**
   * `contribute` gives a fragment's items by name; `same` says whether two items answer every
   * question the plan asks of them alike (what decides which keys changed).
   */
  constructor(contribute, same) {
    this.contribute = contribute;
    this.same = same;
  }
  /** The groups under `key`, in slot order. */
  list(key) {
    return this.groups.get(key) ?? NONE;
  }
  /**
   * Brings the index to `slots`. Returns the keys whose groups changed (empty when none did), or
   * undefined when the ids by slot differ from the last call's and the index was built again: then
   * any key may have changed.
   */
  update(slots) {
    const prev = this.slots;
    this.slots = slots;
    let moved = prev.length !== slots.length;
    for (let i = 0; !moved && i < slots.length; i++)
      moved = slots[i].fragment !== prev[i].fragment;
    if (moved) {
      this.groups.clear();
      for (let i = 0; i < slots.length; i++) {
        const s = slots[i];
        for (const [key, items] of this.of(s)) {
          const group = { id: s.fragment, slot: i, items };
          const list = this.groups.get(key);
          if (list)
            list.push(group);
          else
            this.groups.set(key, [group]);
        }
      }
      return void 0;
    }
    const dirty = /* @__PURE__ */ new Set();
    for (let i = 0; i < slots.length; i++) {
      const s = slots[i];
      const was = prev[i];
      if (s === was)
        continue;
      const before2 = this.of(was);
      const after = this.of(s);
      for (const [key, items] of after) {
        if (this.sameItems(before2.get(key), items))
          continue;
        this.put(key, i, s.fragment, items);
        dirty.add(key);
      }
      for (const key of before2.keys()) {
        if (after.has(key))
          continue;
        this.put(key, i, s.fragment, void 0);
        dirty.add(key);
      }
    }
    return dirty;
  }
  of(s) {
    let c = this.own.get(s);
    if (c === void 0) {
      c = this.contribute(s);
      this.own.set(s, c);
    }
    return c;
  }
  sameItems(a, b) {
    if (a === void 0 || a.length !== b.length)
      return false;
    for (let i = 0; i < a.length; i++)
      if (!this.same(a[i], b[i]))
        return false;
    return true;
  }
  /** Sets (or, with no items, removes) the group of the fragment at `slot` under `key`, keeping slot order. */
  put(key, slot, id, items) {
    let list = this.groups.get(key);
    if (list === void 0) {
      if (items === void 0)
        return;
      list = [];
      this.groups.set(key, list);
    }
    let at3 = 0;
    for (let hi = list.length; at3 < hi; ) {
      const mid = at3 + hi >>> 1;
      if (list[mid].slot < slot)
        at3 = mid + 1;
      else
        hi = mid;
    }
    const here = at3 < list.length && list[at3].slot === slot;
    if (items === void 0) {
      if (here)
        list.splice(at3, 1);
      if (list.length === 0)
        this.groups.delete(key);
    } else if (here)
      list[at3] = { id, slot, items };
    else
      list.splice(at3, 0, { id, slot, items });
  }
};
var Askers = class {
  by = /* @__PURE__ */ new Map();
  note(key, id) {
    const ids = this.by.get(key);
    if (ids)
      ids.add(id);
    else
      this.by.set(key, /* @__PURE__ */ new Set([id]));
  }
  /** The fragments that ever asked about one of `keys`. */
  of(keys) {
    const out = /* @__PURE__ */ new Set();
    for (const key of keys)
      for (const id of this.by.get(key) ?? [])
        out.add(id);
    return out;
  }
};
var KeyedList = class {
  key;
  value;
  keys = [];
  values = [];
  map = /* @__PURE__ */ new Map();
  /** Whether the last update found the keys in the same places. */
  sameKeys = false;
  /** The keys whose value the last update set again; undefined when it built the map again. */
  changed;
  constructor(key, value) {
    this.key = key;
    this.value = value;
  }
  update(items) {
    let same = items.length === this.keys.length && this.map.size === items.length;
    for (let i = 0; same && i < items.length; i++)
      same = this.key(items[i]) === this.keys[i];
    this.sameKeys = same;
    if (same) {
      const changed = /* @__PURE__ */ new Set();
      for (let i = 0; i < items.length; i++) {
        const v = this.value(items[i]);
        if (v === this.values[i])
          continue;
        this.values[i] = v;
        this.map.set(this.keys[i], v);
        changed.add(this.keys[i]);
      }
      this.changed = changed;
      return this.map;
    }
    this.changed = void 0;
    this.keys = items.map(this.key);
    this.values = items.map(this.value);
    this.map.clear();
    for (let i = 0; i < items.length; i++)
      this.map.set(this.keys[i], this.values[i]);
    return this.map;
  }
};
function sameList(a, b) {
  if (a === b)
    return true;
  if (a === void 0 || a.length !== b.length)
    return false;
  for (let i = 0; i < a.length; i++)
    if (a[i] !== b[i])
      return false;
  return true;
}

// dist/src/bundle/defer-plan.js
var PIPELINE_PLACE = /\bPipeline(?:Position|Length)\b/i;
var NO_DEFERRAL_OPTIONS = { calls: [], guards: [] };
var STREAM_WRITERS = ["write-warning", "write-verbose", "write-debug", "write-information", "write-error"];
var HOST_HOOKS = /* @__PURE__ */ new Set(["prompt", "tabexpansion2", "psconsolehostreadline"]);
var EXCUSABLE = /* @__PURE__ */ new Set(["other-command", "external-program"]);
function fileOf(s, item) {
  const f = item.file;
  return typeof f === "string" ? f : s.path;
}
function lower(name) {
  return name.toLowerCase();
}
function commandKey(name) {
  const q = /^[\w.]+\\(.+)$/.exec(name);
  return lower(q?.[1] ?? name);
}
function planDeferralOrdered(symbols, ordered, graph, options, texts, subFiles, memory, textsChanged) {
  const mem = memory ?? new DeferralMemory();
  const orderSame = sameList(mem.order, graph.order);
  if (!orderSame) {
    mem.order = graph.order;
    mem.position = new Map(graph.order.map((id, i) => [id, i]));
  }
  const position = mem.position;
  let setup;
  const need = () => {
    if (setup)
      return setup;
    const subText = /* @__PURE__ */ new Map();
    for (const f of subFiles.values())
      subText.set(f.path, f.text);
    const textOf = (path16) => {
      const sub = subText.get(path16);
      if (sub !== void 0)
        return sub;
      for (let k = symbols.length - 1; k >= 0; k--) {
        const s = symbols[k];
        const t = s.path === path16 ? texts.get(s.fragment) : void 0;
        if (t !== void 0)
          return t;
      }
      return void 0;
    };
    const allowed = /* @__PURE__ */ new Set([...STREAM_WRITERS, ...options.calls.map(commandKey)]);
    const startup = new Set((options.startupCalls ?? []).map(commandKey));
    for (const g of options.guards)
      allowed.add(commandKey(g.command));
    return setup = { textOf, allowed, startup };
  };
  const context = JSON.stringify(options);
  if (mem.context !== context) {
    mem.verdicts = /* @__PURE__ */ new WeakMap();
    mem.slotRecords = [];
    mem.context = context;
  }
  const index = mem.index;
  const dirty = index.update(ordered);
  const suspects = dirty && mem.askers.of(dirty);
  const generation = ++mem.generation;
  const diagnostics = [];
  const bySlot = [];
  const records = [];
  const lastSymbols = mem.slotSymbols;
  const lastRecords = mem.slotRecords;
  for (let i = 0; i < ordered.length; i++) {
    const s = ordered[i];
    const here = lastSymbols[i] === s ? lastRecords[i] : void 0;
    if (here !== void 0 && here.checked === generation - 1 && orderSame && textsChanged?.has(s.fragment) === false && suspects?.has(s.fragment) === false && sameSubFiles(s, subFiles, here.subFiles)) {
      here.checked = generation;
      bySlot.push(here.verdict);
      records.push(here);
      diagnostics.push(...here.diagnostics);
      continue;
    }
    const at3 = position.get(s.fragment) ?? 0;
    const text = texts.get(s.fragment);
    const last2 = mem.verdicts.get(s);
    if (last2 && last2.at === at3 && last2.text === text && sameSubFiles(s, subFiles, last2.subFiles) && (last2.checked === generation - 1 && suspects?.has(s.fragment) === false || last2.reads.every((r) => last2.checked === generation - 1 && dirty?.has(r.key) === false || answer(index, position, r) === r.answer))) {
      last2.checked = generation;
      bySlot.push(last2.verdict);
      records.push(last2);
      diagnostics.push(...last2.diagnostics);
      continue;
    }
    const { textOf, allowed, startup } = need();
    const before2 = diagnostics.length;
    const reads = [];
    const other = (map, key, pick) => {
      const read = { key: `${MAPS[map]}\0${key}`, id: s.fragment, ...pick };
      const found = firstOther(index, position, read);
      reads.push({ ...read, answer: answerOf(found) });
      mem.askers.note(read.key, s.fragment);
      return found;
    };
    const blockers = [];
    const block = (item, why, file) => blockers.push({ file: file ?? fileOf(s, item), line: item.line, column: item.column, why });
    const where = (u) => `${u.path}:${u.line}`;
    const files = [s];
    for (const l of s.subFiles ?? []) {
      const sub = subFiles.get(l.path)?.symbols;
      if (sub)
        files.push(sub);
      else
        block(l, `it dot-sources ${l.path}, whose code was not handed to the plan`, l.from);
    }
    for (const f of files) {
      const untrusted = untrustedParse(f);
      if (untrusted)
        block(untrusted, "the grammar could not parse this code, and only guessed its symbols from its tokens", f.path);
      for (const r of f.directives.requires)
        block(r, `${r.text} is checked at start-up`, f.path);
      for (const e of f.directives.exits)
        block(e, "a top-level exit", f.path);
      const leave = f.directives.loopExits[0];
      if (leave)
        block(leave, `a top-level ${leave.keyword}: one by one it leaves the file for the loader's loop (the next fragment, or the end of loading)`, f.path);
      const text2 = textOf(f.path);
      const hook = text2 === void 0 ? void 0 : engineStateWrite(text2);
      if (hook)
        block(hook, `it changes engine or host state (${hook.what})`, f.path);
      const place = text2 === void 0 ? void 0 : pipelinePlace(text2);
      if (place)
        block(place, "it reads $MyInvocation.PipelinePosition or PipelineLength, which a first call through a stub cannot give", f.path);
    }
    if (s.dotSourceGaps) {
      for (const g of s.dotSourceGaps)
        block(g, g.why, g.file);
    } else {
      for (const d of s.directives.dotSources) {
        if (d.phase === "load")
          block(d, `it dot-sources ${d.raw}, whose code is not analysed`);
      }
    }
    const loaderCalls = new Set(files.flatMap((f) => f.directives.dotSources.filter((d) => d.phase === "load" && d.via !== void 0 && (d.targets || d.walk)).map((d) => `${f.path}:${d.line}:${d.column}:${commandKey(d.via ?? "")}`)));
    for (const d of s.diagnostics) {
      if (d.code === "DYNAMIC_NAME" && d.line !== void 0)
        block({ line: d.line, column: d.column ?? 1 }, "it uses a name built at run time", d.file);
    }
    for (const e of s.sideEffects) {
      if (startup.has(commandKey(e.command))) {
        block(e, `it calls ${e.command}, which deferral.startupCalls keeps at start-up`);
        continue;
      }
      if (EXCUSABLE.has(e.kind) && allowed.has(commandKey(e.command)))
        continue;
      if (e.kind === "other-command" && loaderCalls.has(`${fileOf(s, e)}:${e.line}:${e.column}:${commandKey(e.command)}`))
        continue;
      block(e, `${e.kind.replace(/-/g, " ")}: ${e.command}`);
    }
    const stubs = [];
    const seen = /* @__PURE__ */ new Set();
    for (const d of s.defines) {
      if (d.phase !== "load")
        continue;
      const name = lower(d.name);
      if (d.kind === "function" || d.kind === "alias") {
        if (!isStubbableName(d.name)) {
          block(d, `${d.name}: its name cannot be written safely in a stub`);
          continue;
        }
        if (HOST_HOOKS.has(name))
          block(d, `${d.name} is called by the host itself`);
        if (d.scope === "private" || d.scope === "local")
          block(d, `${d.name} is defined with ${d.scope}: scope`);
        const twice = other("loadDefs", `cmd:${name}`);
        if (twice)
          block(d, `${d.name} is also defined by ${where(twice.use)}`);
        const used = other("loadUses", name);
        if (used)
          block(d, `${d.name} is used at load time (${where(used.use)})`);
        if (!seen.has(name)) {
          seen.add(name);
          stubs.push({ name: d.name, kind: d.kind === "alias" ? "alias" : "function" });
        }
      } else if (d.kind === "variable") {
        const read = other("varReads", `variable:${name}`);
        if (read)
          block(d, `it sets $${d.name}, which ${where(read.use)} reads`);
        const written = other("loadDefs", `variable:${name}`);
        if (written)
          block(d, `it sets $${d.name}, which ${where(written.use)} also sets`);
      } else if (d.kind === "class") {
        const used = other("classUses", name);
        if (used)
          block(d, `class ${d.name} is used by ${where(used.use)}`);
      } else {
        block(d, `it defines ${d.kind} ${d.name} at start-up`);
      }
    }
    const leaked = /* @__PURE__ */ new Set();
    const callAt = /* @__PURE__ */ new Map();
    for (const r of s.references) {
      if (r.phase !== "load")
        continue;
      if (r.kind === "command" && r.access === "call")
        callAt.set(placeKey(s, r), r.name);
      if (r.kind === "variable" || r.kind === "env") {
        const later = other("loadDefs", `${r.kind}:${lower(r.name)}`, { after: at3 });
        if (later)
          block(r, `it reads ${sigil(r)}${r.name}, which ${where(later.use)} sets later`);
      }
      if (r.kind === "variable" && r.template !== void 0 && !leaked.has(lower(r.name))) {
        const leak = withDef(other("loadDefs", `variable:${lower(r.name)}`, { untemplated: true }));
        if (!leak)
          continue;
        leaked.add(lower(r.name));
        const arg = nameArgument(r.template, r.name);
        const helper = `${callAt.get(placeKey(s, r)) ?? "a guard helper"}${arg === void 0 ? "" : ` '${arg}'`}`;
        block(r, `${helper} reads $${r.name}, which ${where(leak.use)} also sets`);
        diagnostics.push(diagnostic("GUARD_VARIABLE_LEAK", `${helper} reads $global:${r.name}, and ${leak.use.path} sets a variable of that name at load time: whichever runs first decides whether this fragment skips itself`, { file: fileOf(s, r), line: r.line, column: r.column }, [{ file: leak.use.path, line: leak.use.line, column: leak.def.column, message: `sets $${leak.def.name}` }]));
      }
    }
    for (const d of s.defines) {
      if (d.phase !== "load" || d.kind !== "variable" || d.template === void 0 || leaked.has(lower(d.name)))
        continue;
      const leak = withDef(other("loadDefs", `variable:${lower(d.name)}`, { untemplated: true }));
      if (!leak)
        continue;
      leaked.add(lower(d.name));
      diagnostics.push(diagnostic("GUARD_VARIABLE_LEAK", `${d.via ?? "a helper"} sets $global:${d.name}, and ${leak.use.path} sets a variable of that name at load time: whichever runs last decides its value, and so whether a guard that reads it skips its fragment`, { file: fileOf(s, d), line: d.line, column: d.column }, [{ file: leak.use.path, line: leak.use.line, column: leak.def.column, message: `sets $${leak.def.name}` }]));
    }
    if (blockers.length === 0 && stubs.length === 0)
      blockers.push({ file: s.path, line: 1, column: 1, why: "it defines no function or alias to stand in for it" });
    blockers.sort((a, b) => a.line - b.line || a.column - b.column);
    const first = blockers[0];
    const verdict = first ? { blocker: first, stubs } : { stubs };
    bySlot.push(verdict);
    const record = {
      text,
      subFiles: subFileInputs(s, subFiles),
      at: at3,
      reads,
      verdict,
      diagnostics: diagnostics.slice(before2),
      checked: generation
    };
    mem.verdicts.set(s, record);
    records.push(record);
  }
  mem.slotSymbols = ordered;
  mem.slotRecords = records;
  return { bySlot, diagnostics };
}
var MAPS = { loadUses: "U", loadDefs: "D", varReads: "R", classUses: "C" };
function fragmentEntries(s) {
  const out = /* @__PURE__ */ new Map();
  const add = (k, v) => {
    const l = out.get(k);
    if (l)
      l.push(v);
    else
      out.set(k, [v]);
  };
  for (const r of s.references) {
    const use = { path: fileOf(s, r), line: r.line };
    if (r.phase === "load" && (r.kind === "command" || r.kind === "function" || r.kind === "alias"))
      add(`${MAPS.loadUses}\0${lower(r.name)}`, { use });
    if (r.kind === "variable" || r.kind === "env")
      add(`${MAPS.varReads}\0${r.kind}:${lower(r.name)}`, { use });
    if (r.kind === "class")
      add(`${MAPS.classUses}\0${lower(r.name)}`, { use });
  }
  for (const d of s.defines) {
    if (d.phase !== "load")
      continue;
    const key = d.kind === "alias" || d.kind === "function" ? `cmd:${lower(d.name)}` : `${d.kind}:${lower(d.name)}`;
    add(`${MAPS.loadDefs}\0${key}`, { def: d, use: { path: fileOf(s, d), line: d.line } });
  }
  return out;
}
function sameItem(a, b) {
  return a.use.path === b.use.path && a.use.line === b.use.line && (a.def === b.def || a.def !== void 0 && b.def !== void 0 && a.def.name === b.def.name && a.def.column === b.def.column && a.def.template === b.def.template);
}
function withDef(found) {
  return found?.def ? { use: found.use, def: found.def } : void 0;
}
function answerOf(found) {
  if (found === void 0)
    return "";
  const def = found.def ? `\0${found.def.name}\0${found.def.column}` : "";
  return `${found.use.path}\0${found.use.line}${def}`;
}
function firstOther(index, position, read) {
  const { after, untemplated } = read;
  for (const g of index.list(read.key)) {
    if (g.id === read.id || after !== void 0 && (position.get(g.id) ?? 0) <= after)
      continue;
    if (untemplated !== true)
      return g.items[0];
    const found = g.items.find((w) => w.def?.template === void 0);
    if (found)
      return found;
  }
  return void 0;
}
function answer(index, position, read) {
  return answerOf(firstOther(index, position, read));
}
function subFileInputs(s, subFiles) {
  const loads = s.subFiles ?? [];
  if (loads.length === 0)
    return NO_INPUTS;
  return loads.flatMap((l) => {
    const f = subFiles.get(l.path);
    return [f?.symbols, f?.text];
  });
}
var NO_INPUTS = [];
function sameSubFiles(s, subFiles, was) {
  const loads = s.subFiles ?? [];
  if (was.length !== loads.length * 2)
    return false;
  for (let i = 0; i < loads.length; i++) {
    const f = subFiles.get(loads[i].path);
    if (f?.symbols !== was[2 * i] || f?.text !== was[2 * i + 1])
      return false;
  }
  return true;
}
var DeferralMemory = class {
  index = new UseIndex(fragmentEntries, sameItem);
  askers = new Askers();
  context;
  verdicts = /* @__PURE__ */ new WeakMap();
  /** The last call's symbols and verdict records by place in its order. */
  slotSymbols = [];
  slotRecords = [];
  /** Counts the calls. */
  generation = 0;
  /** The last graph order, and each id's place in it. */
  order;
  position = /* @__PURE__ */ new Map();
};
var ENGINE_WRITE = /(?:\$ExecutionContext|\$Host|\[(?:System\.)?Console\]|\$PSStyle|\$PSDefaultParameterValues)(?:\.[\w]+|::[\w]+|\[[^\]\r\n]*\])+\s*(?:[-+*/]?=)(?!=)/gi;
function engineStateWrite(text) {
  let lines;
  for (const m of text.matchAll(ENGINE_WRITE)) {
    const at3 = (lines ??= new LineIndex(text)).position(m.index);
    if (/#/.test(text.slice(m.index - at3.column + 1, m.index)))
      continue;
    return { ...at3, what: m[0].replace(/\s*[-+*/]?=$/, "") };
  }
  return void 0;
}
function untrustedParse(f) {
  if (!f.hasSyntaxErrors)
    return void 0;
  const bad = f.diagnostics.find((d) => (d.file === void 0 || d.file === f.path) && (d.code === "PARSE_FAILED" || d.code === "PARSE_RECOVERED" && d.message.includes(TOKEN_RECOVERY)));
  if (bad)
    return { line: bad.line ?? 1, column: bad.column ?? 1 };
  const recovered = f.diagnostics.some((d) => d.code === "PARSE_RECOVERED" && (d.file === void 0 || d.file === f.path));
  return recovered ? void 0 : { line: 1, column: 1 };
}
function sigil(r) {
  return r.kind === "env" ? "$env:" : "$";
}
function nameArgument(template, name) {
  const parts = template.split(/\{\w+\}/);
  if (parts.length !== 2)
    return void 0;
  const [before2 = "", after = ""] = parts;
  return name.slice(before2.length, name.length - after.length);
}
function placeKey(s, item) {
  return `${fileOf(s, item)}:${item.line}:${item.column}`;
}
function pipelinePlace(text) {
  const m = PIPELINE_PLACE.exec(text);
  return m ? new LineIndex(text).position(m.index) : void 0;
}

// dist/src/bundle/plan-bundle.js
var DEFAULT_MIN_STUB_CHARS = 600;
var DEFAULT_MIN_LAZY_SAVED_CHARS = 36e3;
function effectiveBundleOptions(options) {
  return {
    lazy: options.lazy,
    timings: options.timings,
    staleGuard: options.staleGuard ?? true,
    minStubChars: options.minStubChars ?? DEFAULT_MIN_STUB_CHARS,
    minLazySavedChars: options.minLazySavedChars ?? DEFAULT_MIN_LAZY_SAVED_CHARS,
    ...options.lazy === "fragments" ? { deferral: options.deferral ?? NO_DEFERRAL_OPTIONS } : {}
  };
}
function planBundle(symbols, graph, options, fragments, subFiles = [], memory) {
  const mem = memory ?? new PlanMemory();
  const byId = mem.byId.update(symbols);
  const texts = mem.texts.update(fragments ?? []);
  if (!mem.byId.sameKeys || !sameList(mem.order, graph.order)) {
    const index = new Map(symbols.map((s, i) => [s.fragment, i]));
    mem.slotOf = graph.order.map((id) => index.get(id) ?? -1);
    mem.order = graph.order;
  }
  const ordered = mem.slotOf.map((k, i) => {
    const s = symbols[k];
    if (!s)
      throw new Error(`planBundle: no symbols for fragment '${graph.order[i]}' in the graph order`);
    return s;
  });
  const opts = effectiveBundleOptions(options);
  const context = JSON.stringify([opts, options.deferral ?? null]);
  if (mem.context !== context) {
    mem.entries = /* @__PURE__ */ new WeakMap();
    mem.slotRecords = [];
    mem.context = context;
  }
  const changed = mem.uses.update(symbols);
  const edgeChanged = mem.edge.update(graph.edges, byId, mem.byId.changed);
  const uses = new Uses(mem.uses, mem.edge.uses);
  const dirty = changed && edgeChanged && (edgeChanged.size === 0 ? changed : /* @__PURE__ */ new Set([...changed, ...edgeChanged]));
  const suspects = dirty && mem.askers.of(dirty);
  const generation = ++mem.generation;
  const fresh = (kept, id, holds) => kept.checked === generation - 1 && suspects?.has(id) === false || kept.reads.every(holds);
  const subs = new Map(subFiles.map((f) => [f.file.path, { path: f.file.path, symbols: f.symbols, text: f.file.text }]));
  const deferral2 = planDeferralOrdered(symbols, ordered, graph, options.deferral ?? NO_DEFERRAL_OPTIONS, texts, subs, mem.deferral, mem.texts.changed);
  const perFunction = opts.lazy === "fragments" ? { ...opts, lazy: "auto" } : opts;
  const shadowed = shadowedClasses(ordered);
  const diagnostics = [...deferral2.diagnostics];
  let saved = 0;
  const textsChanged = mem.texts.changed;
  const lastSymbols = mem.slotSymbols;
  const lastRecords = mem.slotRecords;
  const records = [];
  const planned = (s, i) => {
    const sh = shadowed[i];
    const shadow = sh && `${sh.name}\0${sh.by}`;
    const here = lastSymbols[i] === s ? lastRecords[i] : void 0;
    if (here !== void 0 && here.checked === generation - 1 && here.shadowed === shadow && textsChanged?.has(s.fragment) === false && suspects?.has(s.fragment) === false) {
      here.checked = generation;
      records[i] = here;
      diagnostics.push(...here.diagnostics);
      saved += here.saved;
      return here.entry;
    }
    const text = texts.get(s.fragment);
    const kept = mem.entries.get(s);
    if (kept && kept.text === text && kept.shadowed === shadow && fresh(kept, s.fragment, (r) => uses.holds(r, kept.checked === generation - 1 ? dirty : void 0))) {
      kept.checked = generation;
      records[i] = kept;
      diagnostics.push(...kept.diagnostics);
      saved += kept.saved;
      return kept.entry;
    }
    const before2 = diagnostics.length;
    const reads = [];
    const recorded = (which, name) => {
      const key = `${which}\0${name}`;
      const found = uses.first(key);
      reads.push({ key, answer: answerOf2(found) });
      mem.askers.note(key, s.fragment);
      return found;
    };
    const entry = planFragment(s, text, recorded, shadowed[i], perFunction, diagnostics);
    const gain = stubSavings(s, entry.stubs, perFunction.minStubChars);
    saved += gain;
    const record = {
      text,
      shadowed: shadow,
      reads,
      entry,
      saved: gain,
      diagnostics: diagnostics.slice(before2),
      checked: generation
    };
    mem.entries.set(s, record);
    records[i] = record;
    return entry;
  };
  const entries = ordered.map((s, i) => {
    const verdict = opts.lazy === "fragments" ? deferral2.bySlot[i] : void 0;
    if (verdict && !verdict.blocker)
      return mem.deferredEntry(s, verdict);
    const entry = planned(s, i);
    return verdict?.blocker ? mem.blockedEntry(entry, verdict.blocker) : entry;
  });
  mem.slotSymbols = ordered;
  mem.slotRecords = records;
  return { entries: payingEntries(entries, saved, perFunction, mem), diagnostics };
}
function answerOf2(found) {
  return found === void 0 ? "" : `${found.fragment}\0${found.line}`;
}
var PlanMemory = class {
  /** The options the kept entries were planned with. */
  context;
  /** The symbols by id, the texts by id, and each place in the last order to its index in the symbols. */
  byId = new KeyedList((s) => s.fragment, (s) => s);
  texts = new KeyedList((f) => f.id, (f) => f.text);
  order;
  slotOf = [];
  askers = new Askers();
  uses = new UseIndex(fragmentUses, (a, b) => a.fragment === b.fragment && a.line === b.line);
  edge = new EdgeUses();
  entries = /* @__PURE__ */ new WeakMap();
  /** The last call's symbols and entry records by place in its order (none for a deferred fragment). */
  slotSymbols = [];
  slotRecords = [];
  /** Counts the calls. */
  generation = 0;
  deferral = new DeferralMemory();
  /** Entries derived from others, kept by what they are derived from so that the same input gives the same object (EmitCache keys by entry). */
  deferred = /* @__PURE__ */ new WeakMap();
  blocked = /* @__PURE__ */ new WeakMap();
  unpaid = /* @__PURE__ */ new WeakMap();
  /** deferredEntry, the same object for the same verdict of the same fragment. */
  deferredEntry(s, verdict) {
    const kept = this.deferred.get(verdict);
    if (kept && kept.fragment === s.fragment && kept.path === s.path)
      return kept;
    const entry = deferredEntry(s, verdict);
    this.deferred.set(verdict, entry);
    return entry;
  }
  /** The entry of a fragment that stays eager for `b` (its functions planned as `entry`). */
  blockedEntry(entry, b) {
    const kept = this.blocked.get(entry);
    if (kept && kept.by === b)
      return kept.entry;
    const out = { ...entry, keptEagerBy: b, reason: `not deferred: ${b.file}:${b.line}: ${b.why}; ${entry.reason}` };
    this.blocked.set(entry, { by: b, entry: out });
    return out;
  }
};
function deferredEntry(s, verdict) {
  const names = verdict.stubs.map((st) => st.name);
  return {
    fragment: s.fragment,
    path: s.path,
    mode: "deferred",
    stubs: [],
    deferredStubs: verdict.stubs,
    reason: `it only defines names (${names.join(", ")}); the first call of one runs the whole fragment`
  };
}
var Uses = class {
  index;
  edge;
  constructor(index, edge) {
    this.index = index;
    this.edge = edge;
  }
  first(key) {
    const found = this.index.list(key)[0]?.items[0];
    return found ?? (key.startsWith("load\0") ? this.edge.get(key) : void 0);
  }
  /** True when `read` gets the same answer now: its key is not among those changed `since` it was asked (undefined: any may have), or the answer is the same. */
  holds(read, since) {
    return since?.has(read.key) === false || answerOf2(this.first(read.key)) === read.answer;
  }
};
function fragmentUses(s) {
  const out = /* @__PURE__ */ new Map();
  for (const r of s.references) {
    if (r.kind === "function" && r.access === "read") {
      const key = `body\0${r.name.toLowerCase()}`;
      if (!out.has(key))
        out.set(key, [{ fragment: s.path, line: r.line }]);
    }
    if (r.phase === "load" && (r.kind === "command" || r.kind === "function")) {
      const key = `load\0${r.name.toLowerCase()}`;
      if (!out.has(key))
        out.set(key, [{ fragment: r.file ?? s.path, line: r.line }]);
    }
  }
  return out;
}
var NO_KEYS = [];
var FEW_EDGES = 16;
var EdgeUses = class {
  started = false;
  edges = [];
  keys = [];
  uses = /* @__PURE__ */ new Map();
  /** The fragment whose path each use read (a use on an edge to it, without its own file). */
  pathOf = /* @__PURE__ */ new Map();
  /** Each name's key, as spelled (a rebuilt graph brings every edge anew, with the same names). */
  keyOf = /* @__PURE__ */ new Map();
  edgeKeys(e) {
    let out;
    for (const v of e.via) {
      if (v.kind !== "command" && v.kind !== "function")
        continue;
      let key = this.keyOf.get(v.name);
      if (key === void 0) {
        key = `load\0${v.name.toLowerCase()}`;
        this.keyOf.set(v.name, key);
      }
      (out ??= []).push({ key, v });
    }
    return out ?? NO_KEYS;
  }
  /** Brings the uses to `edges`; returns the names whose use changed, or undefined on the first call. */
  update(edges, byId, changedIds) {
    const first = !this.started;
    this.started = true;
    const names = /* @__PURE__ */ new Set();
    let moved = 0;
    const keys = [];
    const same = edges.length === this.edges.length;
    for (let i = 0; i < edges.length; i++) {
      const e = edges[i];
      if (same && e === this.edges[i]) {
        keys.push(this.keys[i]);
        continue;
      }
      moved++;
      const k = this.edgeKeys(e);
      keys.push(k);
      for (const { key } of k)
        names.add(key);
      if (same)
        for (const { key } of this.keys[i])
          names.add(key);
    }
    for (const [key, id] of this.pathOf)
      if (changedIds === void 0 || changedIds.has(id))
        names.add(key);
    this.edges = edges;
    this.keys = keys;
    if (!same || moved > FEW_EDGES || changedIds === void 0) {
      const before2 = new Map(this.uses);
      this.uses.clear();
      this.pathOf.clear();
      for (let i = 0; i < edges.length; i++) {
        for (const { key, v } of keys[i]) {
          if (this.uses.has(key))
            continue;
          this.uses.set(key, this.use(edges[i], v, key, byId));
        }
      }
      return first ? void 0 : changedKeys(before2, this.uses);
    }
    const changed = /* @__PURE__ */ new Set();
    for (const key of names) {
      const was = this.uses.get(key);
      this.uses.delete(key);
      this.pathOf.delete(key);
      search: for (let i = 0; i < edges.length; i++) {
        for (const k of keys[i]) {
          if (k.key !== key)
            continue;
          this.uses.set(key, this.use(edges[i], k.v, key, byId));
          break search;
        }
      }
      const now = this.uses.get(key);
      if (was?.fragment !== now?.fragment || was?.line !== now?.line)
        changed.add(key);
    }
    return changed;
  }
  use(e, v, key, byId) {
    if (v.file !== void 0)
      return { fragment: v.file, line: v.line };
    this.pathOf.set(key, e.to);
    return { fragment: byId.get(e.to)?.path ?? e.to, line: v.line };
  }
};
function changedKeys(a, b) {
  const out = /* @__PURE__ */ new Set();
  for (const [k, u] of a) {
    const v = b.get(k);
    if (v === void 0 || v.fragment !== u.fragment || v.line !== u.line)
      out.add(k);
  }
  for (const k of b.keys())
    if (!a.has(k))
      out.add(k);
  return out;
}
var CLASSES = /* @__PURE__ */ new WeakMap();
var NO_CLASSES = [];
function classesOf(s) {
  let own = CLASSES.get(s);
  if (own === void 0) {
    own = s.defines.some((d) => d.kind === "class") ? s.defines.filter((d) => d.kind === "class") : NO_CLASSES;
    CLASSES.set(s, own);
  }
  return own;
}
function shadowedClasses(ordered) {
  const laterBy = /* @__PURE__ */ new Map();
  const out = new Array(ordered.length);
  for (let i = ordered.length - 1; i >= 0; i--) {
    const s = ordered[i];
    const own = classesOf(s);
    if (own.length === 0)
      continue;
    const hit = own.find((d) => laterBy.has(d.name.toLowerCase()));
    out[i] = hit ? { name: hit.name, by: laterBy.get(hit.name.toLowerCase()) } : void 0;
    for (const d of own)
      laterBy.set(d.name.toLowerCase(), s.path);
  }
  return out;
}
function functionChars(f) {
  return f.range.end - f.range.start;
}
function stubSavings(s, stubs, minStubChars) {
  let saved = 0;
  for (const name of stubs) {
    const f = s.statements.find((st) => st.kind === "function" && st.function.name === name)?.function;
    if (f)
      saved += functionChars(f) - minStubChars;
  }
  return saved;
}
function payingEntries(entries, saved, opts, mem) {
  if (opts.minLazySavedChars <= 0)
    return entries;
  if (saved >= opts.minLazySavedChars || !entries.some((e) => e.mode === "lazy"))
    return entries;
  const why = `lazy loading does not pay: past their own cost the stubs would save the parse time of ${saved} characters, less than the lazy machinery costs (${opts.minLazySavedChars})`;
  return entries.map((e) => {
    if (e.mode !== "lazy")
      return e;
    const kept = mem.unpaid.get(e);
    if (kept?.why === why)
      return kept.entry;
    const entry = {
      ...e,
      mode: "eager",
      stubs: [],
      reason: why,
      eagerFunctions: [...e.eagerFunctions ?? [], ...e.stubs.map((name) => ({ name, reason: why }))]
    };
    mem.unpaid.set(e, { why, entry });
    return entry;
  });
}
function fragmentEagerReason(s, text, options) {
  if (options.lazy === "off")
    return "lazy loading is off";
  if (!s.statements.some((st) => st.kind === "function"))
    return "it defines no top-level function";
  if (s.hasSyntaxErrors && (text === void 0 || recoveredLines(s.diagnostics).length === 0)) {
    return "the grammar reported syntax errors, so its function boundaries are not trusted";
  }
  return void 0;
}
function functionEagerReason(f, s, text, lines, uses, minStubChars) {
  if (!isStubbableName(f.name))
    return "its name cannot be written safely in a stub";
  if (f.scope !== void 0 && f.scope !== "global")
    return `it is defined with ${f.scope}: scope`;
  const special = f.namedBlocks.find((b) => b === "dynamicparam" || b === "clean");
  if (special)
    return `it has a ${special} block`;
  const lower2 = f.name.toLowerCase();
  const defs = s.defines.filter((d) => d.kind === "function" && d.name.toLowerCase() === lower2).length;
  if (defs > 1)
    return "the fragment defines it more than once";
  const use = uses("load", lower2);
  if (use)
    return `used at load time (${use.fragment}:${use.line})`;
  const read = uses("body", lower2);
  if (read)
    return `its body is read (${read.fragment}:${read.line}): a stub's would be read instead`;
  if (text !== void 0 && lines !== void 0) {
    const blocker = knownStubBlocker(text, f, recoveredLines(s.diagnostics), lines);
    if (blocker !== void 0)
      return blocker;
  }
  const chars = functionChars(f);
  if (chars < minStubChars)
    return `it is small (${chars} < ${minStubChars} characters): stubbing it costs more than it saves`;
  return void 0;
}
function planFragment(s, text, uses, shadowed, options, diagnostics) {
  const base = { fragment: s.fragment, path: s.path };
  const whole = fragmentEagerReason(s, text, options) ?? (shadowed && `its class ${shadowed.name} is defined again by ${shadowed.by}, which loads later: a function loaded on first call would bind to that one`);
  if (whole !== void 0)
    return { ...base, mode: "eager", stubs: [], reason: whole };
  const lines = text === void 0 ? void 0 : new LineIndex(text);
  const functions = s.statements.filter((st) => st.kind === "function");
  const stubs = [];
  const kept = [];
  for (const st of functions) {
    let why = functionEagerReason(st.function, s, text, lines, uses, options.minStubChars);
    if (why === void 0 && text !== void 0 && PIPELINE_PLACE.test(text.slice(st.function.range.start, st.function.range.end))) {
      why = "it reads $MyInvocation.PipelinePosition or PipelineLength, which its first call through a stub cannot give it";
      diagnostics.push(diagnostic("KEPT_EAGER", `${st.function.name} stays eager: ${why}`, {
        file: s.path,
        line: st.line,
        column: 1
      }));
    }
    if (why === void 0)
      stubs.push(st.function.name);
    else
      kept.push({ name: st.function.name, reason: why });
  }
  const keptText = kept.map((k) => `${k.name}: ${k.reason}`).join("; ");
  if (stubs.length === 0) {
    return {
      ...base,
      mode: "eager",
      stubs: [],
      reason: `no function can be deferred (${keptText})`,
      eagerFunctions: kept
    };
  }
  const reason = `${stubs.length} of ${functions.length} functions load on first use` + (kept.length > 0 ? `; eager: ${keptText}` : "");
  return { ...base, mode: "lazy", stubs, reason, eagerFunctions: kept };
}

// dist/src/bundle/side-effect-findings.js
function withSideEffectOutcome(findings, symbols, plan) {
  const files = /* @__PURE__ */ new Set();
  for (const d of findings)
    if (d.code === "LOAD_SIDE_EFFECT" && d.file !== void 0)
      files.add(d.file);
  if (files.size === 0)
    return [...findings];
  const firstEffects = /* @__PURE__ */ new Map();
  for (const s of symbols) {
    const e = s.sideEffects[0];
    if (!e)
      continue;
    const file = e.file ?? s.path;
    if (!files.has(file))
      continue;
    const list = firstEffects.get(file);
    const at3 = { line: e.line, column: e.column, fragment: s.fragment };
    if (list)
      list.push(at3);
    else
      firstEffects.set(file, [at3]);
  }
  const fragmentAt = (d) => firstEffects.get(d.file ?? "")?.findLast((e) => e.line === d.line && e.column === d.column)?.fragment;
  const wanted = /* @__PURE__ */ new Set();
  for (const list of firstEffects.values())
    for (const e of list)
      wanted.add(e.fragment);
  const entries = new Map(plan.entries.filter((e) => wanted.has(e.fragment)).map((e) => [e.fragment, e]));
  return findings.map((d) => {
    if (d.code !== "LOAD_SIDE_EFFECT")
      return d;
    const entry = entries.get(fragmentAt(d) ?? "");
    if (!entry)
      return d;
    const outcome = entry.mode === "deferred" ? "deferred all the same: a deferred fragment may make these calls (stream writers, helpers in deferral.calls), and makes them on the first call of one of its names" : entry.keptEagerBy ? `it runs at start-up, in its place (not deferred: ${entry.keptEagerBy.file}:${entry.keptEagerBy.line}: ${entry.keptEagerBy.why})` : "it runs at start-up, in its place";
    const kept = completed.get(d);
    if (kept?.outcome === outcome)
      return kept.result;
    const result = { ...d, message: `${d.message}; ${outcome}` };
    completed.set(d, { outcome, result });
    return result;
  });
}
var completed = /* @__PURE__ */ new WeakMap();

// node_modules/graphology/dist/graphology.mjs
import { EventEmitter } from "events";
function assignPolyfill() {
  const target = arguments[0];
  for (let i = 1, l = arguments.length; i < l; i++) {
    if (!arguments[i]) continue;
    for (const k in arguments[i]) target[k] = arguments[i][k];
  }
  return target;
}
var assign = assignPolyfill;
if (typeof Object.assign === "function") assign = Object.assign;
function getMatchingEdge(graph, source, target, type) {
  const sourceData = graph._nodes.get(source);
  let edge = null;
  if (!sourceData) return edge;
  if (type === "mixed") {
    edge = sourceData.out && sourceData.out[target] || sourceData.undirected && sourceData.undirected[target];
  } else if (type === "directed") {
    edge = sourceData.out && sourceData.out[target];
  } else {
    edge = sourceData.undirected && sourceData.undirected[target];
  }
  return edge;
}
function isPlainObject(value) {
  return typeof value === "object" && value !== null;
}
function isEmpty(o) {
  let k;
  for (k in o) return false;
  return true;
}
function privateProperty(target, name, value) {
  Object.defineProperty(target, name, {
    enumerable: false,
    configurable: false,
    writable: true,
    value
  });
}
function readOnlyProperty(target, name, value) {
  const descriptor = {
    enumerable: true,
    configurable: true
  };
  if (typeof value === "function") {
    descriptor.get = value;
  } else {
    descriptor.value = value;
    descriptor.writable = false;
  }
  Object.defineProperty(target, name, descriptor);
}
function validateHints(hints) {
  if (!isPlainObject(hints)) return false;
  if (hints.attributes && !Array.isArray(hints.attributes)) return false;
  return true;
}
function incrementalIdStartingFromRandomByte() {
  let i = Math.floor(Math.random() * 256) & 255;
  return () => {
    return i++;
  };
}
function chain() {
  const iterables = arguments;
  let current = null;
  let i = -1;
  return {
    [Symbol.iterator]() {
      return this;
    },
    next() {
      let step = null;
      do {
        if (current === null) {
          i++;
          if (i >= iterables.length) return { done: true };
          current = iterables[i][Symbol.iterator]();
        }
        step = current.next();
        if (step.done) {
          current = null;
          continue;
        }
        break;
      } while (true);
      return step;
    }
  };
}
function emptyIterator() {
  return {
    [Symbol.iterator]() {
      return this;
    },
    next() {
      return { done: true };
    }
  };
}
var GraphError = class extends Error {
  constructor(message) {
    super();
    this.name = "GraphError";
    this.message = message;
  }
};
var InvalidArgumentsGraphError = class _InvalidArgumentsGraphError extends GraphError {
  constructor(message) {
    super(message);
    this.name = "InvalidArgumentsGraphError";
    if (typeof Error.captureStackTrace === "function")
      Error.captureStackTrace(
        this,
        _InvalidArgumentsGraphError.prototype.constructor
      );
  }
};
var NotFoundGraphError = class _NotFoundGraphError extends GraphError {
  constructor(message) {
    super(message);
    this.name = "NotFoundGraphError";
    if (typeof Error.captureStackTrace === "function")
      Error.captureStackTrace(this, _NotFoundGraphError.prototype.constructor);
  }
};
var UsageGraphError = class _UsageGraphError extends GraphError {
  constructor(message) {
    super(message);
    this.name = "UsageGraphError";
    if (typeof Error.captureStackTrace === "function")
      Error.captureStackTrace(this, _UsageGraphError.prototype.constructor);
  }
};
function MixedNodeData(key, attributes) {
  this.key = key;
  this.attributes = attributes;
  this.clear();
}
MixedNodeData.prototype.clear = function() {
  this.inDegree = 0;
  this.outDegree = 0;
  this.undirectedDegree = 0;
  this.undirectedLoops = 0;
  this.directedLoops = 0;
  this.in = {};
  this.out = {};
  this.undirected = {};
};
function DirectedNodeData(key, attributes) {
  this.key = key;
  this.attributes = attributes;
  this.clear();
}
DirectedNodeData.prototype.clear = function() {
  this.inDegree = 0;
  this.outDegree = 0;
  this.directedLoops = 0;
  this.in = {};
  this.out = {};
};
function UndirectedNodeData(key, attributes) {
  this.key = key;
  this.attributes = attributes;
  this.clear();
}
UndirectedNodeData.prototype.clear = function() {
  this.undirectedDegree = 0;
  this.undirectedLoops = 0;
  this.undirected = {};
};
function EdgeData(undirected, key, source, target, attributes) {
  this.key = key;
  this.attributes = attributes;
  this.undirected = undirected;
  this.source = source;
  this.target = target;
}
EdgeData.prototype.attach = function() {
  let outKey = "out";
  let inKey = "in";
  if (this.undirected) outKey = inKey = "undirected";
  const source = this.source.key;
  const target = this.target.key;
  this.source[outKey][target] = this;
  if (this.undirected && source === target) return;
  this.target[inKey][source] = this;
};
EdgeData.prototype.attachMulti = function() {
  let outKey = "out";
  let inKey = "in";
  const source = this.source.key;
  const target = this.target.key;
  if (this.undirected) outKey = inKey = "undirected";
  const adj = this.source[outKey];
  const head = adj[target];
  if (typeof head === "undefined") {
    adj[target] = this;
    if (!(this.undirected && source === target)) {
      this.target[inKey][source] = this;
    }
    return;
  }
  head.previous = this;
  this.next = head;
  adj[target] = this;
  this.target[inKey][source] = this;
};
EdgeData.prototype.detach = function() {
  const source = this.source.key;
  const target = this.target.key;
  let outKey = "out";
  let inKey = "in";
  if (this.undirected) outKey = inKey = "undirected";
  delete this.source[outKey][target];
  delete this.target[inKey][source];
};
EdgeData.prototype.detachMulti = function() {
  const source = this.source.key;
  const target = this.target.key;
  let outKey = "out";
  let inKey = "in";
  if (this.undirected) outKey = inKey = "undirected";
  if (this.previous === void 0) {
    if (this.next === void 0) {
      delete this.source[outKey][target];
      delete this.target[inKey][source];
    } else {
      this.next.previous = void 0;
      this.source[outKey][target] = this.next;
      this.target[inKey][source] = this.next;
    }
  } else {
    this.previous.next = this.next;
    if (this.next !== void 0) {
      this.next.previous = this.previous;
    }
  }
};
var NODE = 0;
var SOURCE = 1;
var TARGET = 2;
var OPPOSITE = 3;
function findRelevantNodeData(graph, method, mode, nodeOrEdge, nameOrEdge, add1, add2) {
  let nodeData, edgeData, arg1, arg2;
  nodeOrEdge = "" + nodeOrEdge;
  if (mode === NODE) {
    nodeData = graph._nodes.get(nodeOrEdge);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.${method}: could not find the "${nodeOrEdge}" node in the graph.`
      );
    arg1 = nameOrEdge;
    arg2 = add1;
  } else if (mode === OPPOSITE) {
    nameOrEdge = "" + nameOrEdge;
    edgeData = graph._edges.get(nameOrEdge);
    if (!edgeData)
      throw new NotFoundGraphError(
        `Graph.${method}: could not find the "${nameOrEdge}" edge in the graph.`
      );
    const source = edgeData.source.key;
    const target = edgeData.target.key;
    if (nodeOrEdge === source) {
      nodeData = edgeData.target;
    } else if (nodeOrEdge === target) {
      nodeData = edgeData.source;
    } else {
      throw new NotFoundGraphError(
        `Graph.${method}: the "${nodeOrEdge}" node is not attached to the "${nameOrEdge}" edge (${source}, ${target}).`
      );
    }
    arg1 = add1;
    arg2 = add2;
  } else {
    edgeData = graph._edges.get(nodeOrEdge);
    if (!edgeData)
      throw new NotFoundGraphError(
        `Graph.${method}: could not find the "${nodeOrEdge}" edge in the graph.`
      );
    if (mode === SOURCE) {
      nodeData = edgeData.source;
    } else {
      nodeData = edgeData.target;
    }
    arg1 = nameOrEdge;
    arg2 = add1;
  }
  return [nodeData, arg1, arg2];
}
function attachNodeAttributeGetter(Class, method, mode) {
  Class.prototype[method] = function(nodeOrEdge, nameOrEdge, add1) {
    const [data, name] = findRelevantNodeData(
      this,
      method,
      mode,
      nodeOrEdge,
      nameOrEdge,
      add1
    );
    return data.attributes[name];
  };
}
function attachNodeAttributesGetter(Class, method, mode) {
  Class.prototype[method] = function(nodeOrEdge, nameOrEdge) {
    const [data] = findRelevantNodeData(
      this,
      method,
      mode,
      nodeOrEdge,
      nameOrEdge
    );
    return data.attributes;
  };
}
function attachNodeAttributeChecker(Class, method, mode) {
  Class.prototype[method] = function(nodeOrEdge, nameOrEdge, add1) {
    const [data, name] = findRelevantNodeData(
      this,
      method,
      mode,
      nodeOrEdge,
      nameOrEdge,
      add1
    );
    return data.attributes.hasOwnProperty(name);
  };
}
function attachNodeAttributeSetter(Class, method, mode) {
  Class.prototype[method] = function(nodeOrEdge, nameOrEdge, add1, add2) {
    const [data, name, value] = findRelevantNodeData(
      this,
      method,
      mode,
      nodeOrEdge,
      nameOrEdge,
      add1,
      add2
    );
    data.attributes[name] = value;
    this.emit("nodeAttributesUpdated", {
      key: data.key,
      type: "set",
      attributes: data.attributes,
      name
    });
    return this;
  };
}
function attachNodeAttributeUpdater(Class, method, mode) {
  Class.prototype[method] = function(nodeOrEdge, nameOrEdge, add1, add2) {
    const [data, name, updater] = findRelevantNodeData(
      this,
      method,
      mode,
      nodeOrEdge,
      nameOrEdge,
      add1,
      add2
    );
    if (typeof updater !== "function")
      throw new InvalidArgumentsGraphError(
        `Graph.${method}: updater should be a function.`
      );
    const attributes = data.attributes;
    const value = updater(attributes[name]);
    attributes[name] = value;
    this.emit("nodeAttributesUpdated", {
      key: data.key,
      type: "set",
      attributes: data.attributes,
      name
    });
    return this;
  };
}
function attachNodeAttributeRemover(Class, method, mode) {
  Class.prototype[method] = function(nodeOrEdge, nameOrEdge, add1) {
    const [data, name] = findRelevantNodeData(
      this,
      method,
      mode,
      nodeOrEdge,
      nameOrEdge,
      add1
    );
    delete data.attributes[name];
    this.emit("nodeAttributesUpdated", {
      key: data.key,
      type: "remove",
      attributes: data.attributes,
      name
    });
    return this;
  };
}
function attachNodeAttributesReplacer(Class, method, mode) {
  Class.prototype[method] = function(nodeOrEdge, nameOrEdge, add1) {
    const [data, attributes] = findRelevantNodeData(
      this,
      method,
      mode,
      nodeOrEdge,
      nameOrEdge,
      add1
    );
    if (!isPlainObject(attributes))
      throw new InvalidArgumentsGraphError(
        `Graph.${method}: provided attributes are not a plain object.`
      );
    data.attributes = attributes;
    this.emit("nodeAttributesUpdated", {
      key: data.key,
      type: "replace",
      attributes: data.attributes
    });
    return this;
  };
}
function attachNodeAttributesMerger(Class, method, mode) {
  Class.prototype[method] = function(nodeOrEdge, nameOrEdge, add1) {
    const [data, attributes] = findRelevantNodeData(
      this,
      method,
      mode,
      nodeOrEdge,
      nameOrEdge,
      add1
    );
    if (!isPlainObject(attributes))
      throw new InvalidArgumentsGraphError(
        `Graph.${method}: provided attributes are not a plain object.`
      );
    assign(data.attributes, attributes);
    this.emit("nodeAttributesUpdated", {
      key: data.key,
      type: "merge",
      attributes: data.attributes,
      data: attributes
    });
    return this;
  };
}
function attachNodeAttributesUpdater(Class, method, mode) {
  Class.prototype[method] = function(nodeOrEdge, nameOrEdge, add1) {
    const [data, updater] = findRelevantNodeData(
      this,
      method,
      mode,
      nodeOrEdge,
      nameOrEdge,
      add1
    );
    if (typeof updater !== "function")
      throw new InvalidArgumentsGraphError(
        `Graph.${method}: provided updater is not a function.`
      );
    data.attributes = updater(data.attributes);
    this.emit("nodeAttributesUpdated", {
      key: data.key,
      type: "update",
      attributes: data.attributes
    });
    return this;
  };
}
var NODE_ATTRIBUTES_METHODS = [
  {
    name: (element) => `get${element}Attribute`,
    attacher: attachNodeAttributeGetter
  },
  {
    name: (element) => `get${element}Attributes`,
    attacher: attachNodeAttributesGetter
  },
  {
    name: (element) => `has${element}Attribute`,
    attacher: attachNodeAttributeChecker
  },
  {
    name: (element) => `set${element}Attribute`,
    attacher: attachNodeAttributeSetter
  },
  {
    name: (element) => `update${element}Attribute`,
    attacher: attachNodeAttributeUpdater
  },
  {
    name: (element) => `remove${element}Attribute`,
    attacher: attachNodeAttributeRemover
  },
  {
    name: (element) => `replace${element}Attributes`,
    attacher: attachNodeAttributesReplacer
  },
  {
    name: (element) => `merge${element}Attributes`,
    attacher: attachNodeAttributesMerger
  },
  {
    name: (element) => `update${element}Attributes`,
    attacher: attachNodeAttributesUpdater
  }
];
function attachNodeAttributesMethods(Graph2) {
  NODE_ATTRIBUTES_METHODS.forEach(function({ name, attacher }) {
    attacher(Graph2, name("Node"), NODE);
    attacher(Graph2, name("Source"), SOURCE);
    attacher(Graph2, name("Target"), TARGET);
    attacher(Graph2, name("Opposite"), OPPOSITE);
  });
}
function attachEdgeAttributeGetter(Class, method, type) {
  Class.prototype[method] = function(element, name) {
    let data;
    if (this.type !== "mixed" && type !== "mixed" && type !== this.type)
      throw new UsageGraphError(
        `Graph.${method}: cannot find this type of edges in your ${this.type} graph.`
      );
    if (arguments.length > 2) {
      if (this.multi)
        throw new UsageGraphError(
          `Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`
        );
      const source = "" + element;
      const target = "" + name;
      name = arguments[2];
      data = getMatchingEdge(this, source, target, type);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`
        );
    } else {
      if (type !== "mixed")
        throw new UsageGraphError(
          `Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`
        );
      element = "" + element;
      data = this._edges.get(element);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find the "${element}" edge in the graph.`
        );
    }
    return data.attributes[name];
  };
}
function attachEdgeAttributesGetter(Class, method, type) {
  Class.prototype[method] = function(element) {
    let data;
    if (this.type !== "mixed" && type !== "mixed" && type !== this.type)
      throw new UsageGraphError(
        `Graph.${method}: cannot find this type of edges in your ${this.type} graph.`
      );
    if (arguments.length > 1) {
      if (this.multi)
        throw new UsageGraphError(
          `Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`
        );
      const source = "" + element, target = "" + arguments[1];
      data = getMatchingEdge(this, source, target, type);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`
        );
    } else {
      if (type !== "mixed")
        throw new UsageGraphError(
          `Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`
        );
      element = "" + element;
      data = this._edges.get(element);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find the "${element}" edge in the graph.`
        );
    }
    return data.attributes;
  };
}
function attachEdgeAttributeChecker(Class, method, type) {
  Class.prototype[method] = function(element, name) {
    let data;
    if (this.type !== "mixed" && type !== "mixed" && type !== this.type)
      throw new UsageGraphError(
        `Graph.${method}: cannot find this type of edges in your ${this.type} graph.`
      );
    if (arguments.length > 2) {
      if (this.multi)
        throw new UsageGraphError(
          `Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`
        );
      const source = "" + element;
      const target = "" + name;
      name = arguments[2];
      data = getMatchingEdge(this, source, target, type);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`
        );
    } else {
      if (type !== "mixed")
        throw new UsageGraphError(
          `Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`
        );
      element = "" + element;
      data = this._edges.get(element);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find the "${element}" edge in the graph.`
        );
    }
    return data.attributes.hasOwnProperty(name);
  };
}
function attachEdgeAttributeSetter(Class, method, type) {
  Class.prototype[method] = function(element, name, value) {
    let data;
    if (this.type !== "mixed" && type !== "mixed" && type !== this.type)
      throw new UsageGraphError(
        `Graph.${method}: cannot find this type of edges in your ${this.type} graph.`
      );
    if (arguments.length > 3) {
      if (this.multi)
        throw new UsageGraphError(
          `Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`
        );
      const source = "" + element;
      const target = "" + name;
      name = arguments[2];
      value = arguments[3];
      data = getMatchingEdge(this, source, target, type);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`
        );
    } else {
      if (type !== "mixed")
        throw new UsageGraphError(
          `Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`
        );
      element = "" + element;
      data = this._edges.get(element);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find the "${element}" edge in the graph.`
        );
    }
    data.attributes[name] = value;
    this.emit("edgeAttributesUpdated", {
      key: data.key,
      type: "set",
      attributes: data.attributes,
      name
    });
    return this;
  };
}
function attachEdgeAttributeUpdater(Class, method, type) {
  Class.prototype[method] = function(element, name, updater) {
    let data;
    if (this.type !== "mixed" && type !== "mixed" && type !== this.type)
      throw new UsageGraphError(
        `Graph.${method}: cannot find this type of edges in your ${this.type} graph.`
      );
    if (arguments.length > 3) {
      if (this.multi)
        throw new UsageGraphError(
          `Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`
        );
      const source = "" + element;
      const target = "" + name;
      name = arguments[2];
      updater = arguments[3];
      data = getMatchingEdge(this, source, target, type);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`
        );
    } else {
      if (type !== "mixed")
        throw new UsageGraphError(
          `Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`
        );
      element = "" + element;
      data = this._edges.get(element);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find the "${element}" edge in the graph.`
        );
    }
    if (typeof updater !== "function")
      throw new InvalidArgumentsGraphError(
        `Graph.${method}: updater should be a function.`
      );
    data.attributes[name] = updater(data.attributes[name]);
    this.emit("edgeAttributesUpdated", {
      key: data.key,
      type: "set",
      attributes: data.attributes,
      name
    });
    return this;
  };
}
function attachEdgeAttributeRemover(Class, method, type) {
  Class.prototype[method] = function(element, name) {
    let data;
    if (this.type !== "mixed" && type !== "mixed" && type !== this.type)
      throw new UsageGraphError(
        `Graph.${method}: cannot find this type of edges in your ${this.type} graph.`
      );
    if (arguments.length > 2) {
      if (this.multi)
        throw new UsageGraphError(
          `Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`
        );
      const source = "" + element;
      const target = "" + name;
      name = arguments[2];
      data = getMatchingEdge(this, source, target, type);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`
        );
    } else {
      if (type !== "mixed")
        throw new UsageGraphError(
          `Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`
        );
      element = "" + element;
      data = this._edges.get(element);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find the "${element}" edge in the graph.`
        );
    }
    delete data.attributes[name];
    this.emit("edgeAttributesUpdated", {
      key: data.key,
      type: "remove",
      attributes: data.attributes,
      name
    });
    return this;
  };
}
function attachEdgeAttributesReplacer(Class, method, type) {
  Class.prototype[method] = function(element, attributes) {
    let data;
    if (this.type !== "mixed" && type !== "mixed" && type !== this.type)
      throw new UsageGraphError(
        `Graph.${method}: cannot find this type of edges in your ${this.type} graph.`
      );
    if (arguments.length > 2) {
      if (this.multi)
        throw new UsageGraphError(
          `Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`
        );
      const source = "" + element, target = "" + attributes;
      attributes = arguments[2];
      data = getMatchingEdge(this, source, target, type);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`
        );
    } else {
      if (type !== "mixed")
        throw new UsageGraphError(
          `Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`
        );
      element = "" + element;
      data = this._edges.get(element);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find the "${element}" edge in the graph.`
        );
    }
    if (!isPlainObject(attributes))
      throw new InvalidArgumentsGraphError(
        `Graph.${method}: provided attributes are not a plain object.`
      );
    data.attributes = attributes;
    this.emit("edgeAttributesUpdated", {
      key: data.key,
      type: "replace",
      attributes: data.attributes
    });
    return this;
  };
}
function attachEdgeAttributesMerger(Class, method, type) {
  Class.prototype[method] = function(element, attributes) {
    let data;
    if (this.type !== "mixed" && type !== "mixed" && type !== this.type)
      throw new UsageGraphError(
        `Graph.${method}: cannot find this type of edges in your ${this.type} graph.`
      );
    if (arguments.length > 2) {
      if (this.multi)
        throw new UsageGraphError(
          `Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`
        );
      const source = "" + element, target = "" + attributes;
      attributes = arguments[2];
      data = getMatchingEdge(this, source, target, type);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`
        );
    } else {
      if (type !== "mixed")
        throw new UsageGraphError(
          `Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`
        );
      element = "" + element;
      data = this._edges.get(element);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find the "${element}" edge in the graph.`
        );
    }
    if (!isPlainObject(attributes))
      throw new InvalidArgumentsGraphError(
        `Graph.${method}: provided attributes are not a plain object.`
      );
    assign(data.attributes, attributes);
    this.emit("edgeAttributesUpdated", {
      key: data.key,
      type: "merge",
      attributes: data.attributes,
      data: attributes
    });
    return this;
  };
}
function attachEdgeAttributesUpdater(Class, method, type) {
  Class.prototype[method] = function(element, updater) {
    let data;
    if (this.type !== "mixed" && type !== "mixed" && type !== this.type)
      throw new UsageGraphError(
        `Graph.${method}: cannot find this type of edges in your ${this.type} graph.`
      );
    if (arguments.length > 2) {
      if (this.multi)
        throw new UsageGraphError(
          `Graph.${method}: cannot use a {source,target} combo when asking about an edge's attributes in a MultiGraph since we cannot infer the one you want information about.`
        );
      const source = "" + element, target = "" + updater;
      updater = arguments[2];
      data = getMatchingEdge(this, source, target, type);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find an edge for the given path ("${source}" - "${target}").`
        );
    } else {
      if (type !== "mixed")
        throw new UsageGraphError(
          `Graph.${method}: calling this method with only a key (vs. a source and target) does not make sense since an edge with this key could have the other type.`
        );
      element = "" + element;
      data = this._edges.get(element);
      if (!data)
        throw new NotFoundGraphError(
          `Graph.${method}: could not find the "${element}" edge in the graph.`
        );
    }
    if (typeof updater !== "function")
      throw new InvalidArgumentsGraphError(
        `Graph.${method}: provided updater is not a function.`
      );
    data.attributes = updater(data.attributes);
    this.emit("edgeAttributesUpdated", {
      key: data.key,
      type: "update",
      attributes: data.attributes
    });
    return this;
  };
}
var EDGE_ATTRIBUTES_METHODS = [
  {
    name: (element) => `get${element}Attribute`,
    attacher: attachEdgeAttributeGetter
  },
  {
    name: (element) => `get${element}Attributes`,
    attacher: attachEdgeAttributesGetter
  },
  {
    name: (element) => `has${element}Attribute`,
    attacher: attachEdgeAttributeChecker
  },
  {
    name: (element) => `set${element}Attribute`,
    attacher: attachEdgeAttributeSetter
  },
  {
    name: (element) => `update${element}Attribute`,
    attacher: attachEdgeAttributeUpdater
  },
  {
    name: (element) => `remove${element}Attribute`,
    attacher: attachEdgeAttributeRemover
  },
  {
    name: (element) => `replace${element}Attributes`,
    attacher: attachEdgeAttributesReplacer
  },
  {
    name: (element) => `merge${element}Attributes`,
    attacher: attachEdgeAttributesMerger
  },
  {
    name: (element) => `update${element}Attributes`,
    attacher: attachEdgeAttributesUpdater
  }
];
function attachEdgeAttributesMethods(Graph2) {
  EDGE_ATTRIBUTES_METHODS.forEach(function({ name, attacher }) {
    attacher(Graph2, name("Edge"), "mixed");
    attacher(Graph2, name("DirectedEdge"), "directed");
    attacher(Graph2, name("UndirectedEdge"), "undirected");
  });
}
var EDGES_ITERATION = [
  {
    name: "edges",
    type: "mixed"
  },
  {
    name: "inEdges",
    type: "directed",
    direction: "in"
  },
  {
    name: "outEdges",
    type: "directed",
    direction: "out"
  },
  {
    name: "inboundEdges",
    type: "mixed",
    direction: "in"
  },
  {
    name: "outboundEdges",
    type: "mixed",
    direction: "out"
  },
  {
    name: "directedEdges",
    type: "directed"
  },
  {
    name: "undirectedEdges",
    type: "undirected"
  }
];
function forEachSimple(breakable, object, callback, avoid) {
  let shouldBreak = false;
  for (const k in object) {
    if (k === avoid) continue;
    const edgeData = object[k];
    shouldBreak = callback(
      edgeData.key,
      edgeData.attributes,
      edgeData.source.key,
      edgeData.target.key,
      edgeData.source.attributes,
      edgeData.target.attributes,
      edgeData.undirected
    );
    if (breakable && shouldBreak) return edgeData.key;
  }
  return;
}
function forEachMulti(breakable, object, callback, avoid) {
  let edgeData, source, target;
  let shouldBreak = false;
  for (const k in object) {
    if (k === avoid) continue;
    edgeData = object[k];
    do {
      source = edgeData.source;
      target = edgeData.target;
      shouldBreak = callback(
        edgeData.key,
        edgeData.attributes,
        source.key,
        target.key,
        source.attributes,
        target.attributes,
        edgeData.undirected
      );
      if (breakable && shouldBreak) return edgeData.key;
      edgeData = edgeData.next;
    } while (edgeData !== void 0);
  }
  return;
}
function createIterator(object, avoid) {
  const keys = Object.keys(object);
  const l = keys.length;
  let edgeData;
  let i = 0;
  return {
    [Symbol.iterator]() {
      return this;
    },
    next() {
      do {
        if (!edgeData) {
          if (i >= l) return { done: true };
          const k = keys[i++];
          if (k === avoid) {
            edgeData = void 0;
            continue;
          }
          edgeData = object[k];
        } else {
          edgeData = edgeData.next;
        }
      } while (!edgeData);
      return {
        done: false,
        value: {
          edge: edgeData.key,
          attributes: edgeData.attributes,
          source: edgeData.source.key,
          target: edgeData.target.key,
          sourceAttributes: edgeData.source.attributes,
          targetAttributes: edgeData.target.attributes,
          undirected: edgeData.undirected
        }
      };
    }
  };
}
function forEachForKeySimple(breakable, object, k, callback) {
  const edgeData = object[k];
  if (!edgeData) return;
  const sourceData = edgeData.source;
  const targetData = edgeData.target;
  if (callback(
    edgeData.key,
    edgeData.attributes,
    sourceData.key,
    targetData.key,
    sourceData.attributes,
    targetData.attributes,
    edgeData.undirected
  ) && breakable)
    return edgeData.key;
}
function forEachForKeyMulti(breakable, object, k, callback) {
  let edgeData = object[k];
  if (!edgeData) return;
  let shouldBreak = false;
  do {
    shouldBreak = callback(
      edgeData.key,
      edgeData.attributes,
      edgeData.source.key,
      edgeData.target.key,
      edgeData.source.attributes,
      edgeData.target.attributes,
      edgeData.undirected
    );
    if (breakable && shouldBreak) return edgeData.key;
    edgeData = edgeData.next;
  } while (edgeData !== void 0);
  return;
}
function createIteratorForKey(object, k) {
  let edgeData = object[k];
  if (edgeData.next !== void 0) {
    return {
      [Symbol.iterator]() {
        return this;
      },
      next() {
        if (!edgeData) return { done: true };
        const value = {
          edge: edgeData.key,
          attributes: edgeData.attributes,
          source: edgeData.source.key,
          target: edgeData.target.key,
          sourceAttributes: edgeData.source.attributes,
          targetAttributes: edgeData.target.attributes,
          undirected: edgeData.undirected
        };
        edgeData = edgeData.next;
        return {
          done: false,
          value
        };
      }
    };
  }
  let done = false;
  return {
    [Symbol.iterator]() {
      return this;
    },
    next() {
      if (done === true) return { done: true };
      done = true;
      return {
        done: false,
        value: {
          edge: edgeData.key,
          attributes: edgeData.attributes,
          source: edgeData.source.key,
          target: edgeData.target.key,
          sourceAttributes: edgeData.source.attributes,
          targetAttributes: edgeData.target.attributes,
          undirected: edgeData.undirected
        }
      };
    }
  };
}
function createEdgeArray(graph, type) {
  if (graph.size === 0) return [];
  if (type === "mixed" || type === graph.type) {
    return Array.from(graph._edges.keys());
  }
  const size = type === "undirected" ? graph.undirectedSize : graph.directedSize;
  const list = new Array(size), mask = type === "undirected";
  const iterator = graph._edges.values();
  let i = 0;
  let step, data;
  while (step = iterator.next(), step.done !== true) {
    data = step.value;
    if (data.undirected === mask) list[i++] = data.key;
  }
  return list;
}
function forEachEdge(breakable, graph, type, callback) {
  if (graph.size === 0) return;
  const shouldFilter = type !== "mixed" && type !== graph.type;
  const mask = type === "undirected";
  let step, data;
  let shouldBreak = false;
  const iterator = graph._edges.values();
  while (step = iterator.next(), step.done !== true) {
    data = step.value;
    if (shouldFilter && data.undirected !== mask) continue;
    const { key, attributes, source, target } = data;
    shouldBreak = callback(
      key,
      attributes,
      source.key,
      target.key,
      source.attributes,
      target.attributes,
      data.undirected
    );
    if (breakable && shouldBreak) return key;
  }
  return;
}
function createEdgeIterator(graph, type) {
  if (graph.size === 0) return emptyIterator();
  const shouldFilter = type !== "mixed" && type !== graph.type;
  const mask = type === "undirected";
  const iterator = graph._edges.values();
  return {
    [Symbol.iterator]() {
      return this;
    },
    next() {
      let step, data;
      while (true) {
        step = iterator.next();
        if (step.done) return step;
        data = step.value;
        if (shouldFilter && data.undirected !== mask) continue;
        break;
      }
      const value = {
        edge: data.key,
        attributes: data.attributes,
        source: data.source.key,
        target: data.target.key,
        sourceAttributes: data.source.attributes,
        targetAttributes: data.target.attributes,
        undirected: data.undirected
      };
      return { value, done: false };
    }
  };
}
function forEachEdgeForNode(breakable, multi, type, direction, nodeData, callback) {
  const fn = multi ? forEachMulti : forEachSimple;
  let found;
  if (type !== "undirected") {
    if (direction !== "out") {
      found = fn(breakable, nodeData.in, callback);
      if (breakable && found) return found;
    }
    if (direction !== "in") {
      found = fn(
        breakable,
        nodeData.out,
        callback,
        !direction ? nodeData.key : void 0
      );
      if (breakable && found) return found;
    }
  }
  if (type !== "directed") {
    found = fn(breakable, nodeData.undirected, callback);
    if (breakable && found) return found;
  }
  return;
}
function createEdgeArrayForNode(multi, type, direction, nodeData) {
  const edges = [];
  forEachEdgeForNode(false, multi, type, direction, nodeData, function(key) {
    edges.push(key);
  });
  return edges;
}
function createEdgeIteratorForNode(type, direction, nodeData) {
  let iterator = emptyIterator();
  if (type !== "undirected") {
    if (direction !== "out" && typeof nodeData.in !== "undefined")
      iterator = chain(iterator, createIterator(nodeData.in));
    if (direction !== "in" && typeof nodeData.out !== "undefined")
      iterator = chain(
        iterator,
        createIterator(nodeData.out, !direction ? nodeData.key : void 0)
      );
  }
  if (type !== "directed" && typeof nodeData.undirected !== "undefined") {
    iterator = chain(iterator, createIterator(nodeData.undirected));
  }
  return iterator;
}
function forEachEdgeForPath(breakable, type, multi, direction, sourceData, target, callback) {
  const fn = multi ? forEachForKeyMulti : forEachForKeySimple;
  let found;
  if (type !== "undirected") {
    if (typeof sourceData.in !== "undefined" && direction !== "out") {
      found = fn(breakable, sourceData.in, target, callback);
      if (breakable && found) return found;
    }
    if (typeof sourceData.out !== "undefined" && direction !== "in" && (direction || sourceData.key !== target)) {
      found = fn(breakable, sourceData.out, target, callback);
      if (breakable && found) return found;
    }
  }
  if (type !== "directed") {
    if (typeof sourceData.undirected !== "undefined") {
      found = fn(breakable, sourceData.undirected, target, callback);
      if (breakable && found) return found;
    }
  }
  return;
}
function createEdgeArrayForPath(type, multi, direction, sourceData, target) {
  const edges = [];
  forEachEdgeForPath(
    false,
    type,
    multi,
    direction,
    sourceData,
    target,
    function(key) {
      edges.push(key);
    }
  );
  return edges;
}
function createEdgeIteratorForPath(type, direction, sourceData, target) {
  let iterator = emptyIterator();
  if (type !== "undirected") {
    if (typeof sourceData.in !== "undefined" && direction !== "out" && target in sourceData.in)
      iterator = chain(iterator, createIteratorForKey(sourceData.in, target));
    if (typeof sourceData.out !== "undefined" && direction !== "in" && target in sourceData.out && (direction || sourceData.key !== target))
      iterator = chain(iterator, createIteratorForKey(sourceData.out, target));
  }
  if (type !== "directed") {
    if (typeof sourceData.undirected !== "undefined" && target in sourceData.undirected)
      iterator = chain(
        iterator,
        createIteratorForKey(sourceData.undirected, target)
      );
  }
  return iterator;
}
function attachEdgeArrayCreator(Class, description) {
  const { name, type, direction } = description;
  Class.prototype[name] = function(source, target) {
    if (type !== "mixed" && this.type !== "mixed" && type !== this.type)
      return [];
    if (!arguments.length) return createEdgeArray(this, type);
    if (arguments.length === 1) {
      source = "" + source;
      const nodeData = this._nodes.get(source);
      if (typeof nodeData === "undefined")
        throw new NotFoundGraphError(
          `Graph.${name}: could not find the "${source}" node in the graph.`
        );
      return createEdgeArrayForNode(
        this.multi,
        type === "mixed" ? this.type : type,
        direction,
        nodeData
      );
    }
    if (arguments.length === 2) {
      source = "" + source;
      target = "" + target;
      const sourceData = this._nodes.get(source);
      if (!sourceData)
        throw new NotFoundGraphError(
          `Graph.${name}:  could not find the "${source}" source node in the graph.`
        );
      if (!this._nodes.has(target))
        throw new NotFoundGraphError(
          `Graph.${name}:  could not find the "${target}" target node in the graph.`
        );
      return createEdgeArrayForPath(
        type,
        this.multi,
        direction,
        sourceData,
        target
      );
    }
    throw new InvalidArgumentsGraphError(
      `Graph.${name}: too many arguments (expecting 0, 1 or 2 and got ${arguments.length}).`
    );
  };
}
function attachForEachEdge(Class, description) {
  const { name, type, direction } = description;
  const forEachName = "forEach" + name[0].toUpperCase() + name.slice(1, -1);
  Class.prototype[forEachName] = function(source, target, callback) {
    if (type !== "mixed" && this.type !== "mixed" && type !== this.type) return;
    if (arguments.length === 1) {
      callback = source;
      return forEachEdge(false, this, type, callback);
    }
    if (arguments.length === 2) {
      source = "" + source;
      callback = target;
      const nodeData = this._nodes.get(source);
      if (typeof nodeData === "undefined")
        throw new NotFoundGraphError(
          `Graph.${forEachName}: could not find the "${source}" node in the graph.`
        );
      return forEachEdgeForNode(
        false,
        this.multi,
        type === "mixed" ? this.type : type,
        direction,
        nodeData,
        callback
      );
    }
    if (arguments.length === 3) {
      source = "" + source;
      target = "" + target;
      const sourceData = this._nodes.get(source);
      if (!sourceData)
        throw new NotFoundGraphError(
          `Graph.${forEachName}:  could not find the "${source}" source node in the graph.`
        );
      if (!this._nodes.has(target))
        throw new NotFoundGraphError(
          `Graph.${forEachName}:  could not find the "${target}" target node in the graph.`
        );
      return forEachEdgeForPath(
        false,
        type,
        this.multi,
        direction,
        sourceData,
        target,
        callback
      );
    }
    throw new InvalidArgumentsGraphError(
      `Graph.${forEachName}: too many arguments (expecting 1, 2 or 3 and got ${arguments.length}).`
    );
  };
  const mapName = "map" + name[0].toUpperCase() + name.slice(1);
  Class.prototype[mapName] = function() {
    const args = Array.prototype.slice.call(arguments);
    const callback = args.pop();
    let result;
    if (args.length === 0) {
      let length = 0;
      if (type !== "directed") length += this.undirectedSize;
      if (type !== "undirected") length += this.directedSize;
      result = new Array(length);
      let i = 0;
      args.push((e, ea, s, t, sa, ta, u) => {
        result[i++] = callback(e, ea, s, t, sa, ta, u);
      });
    } else {
      result = [];
      args.push((e, ea, s, t, sa, ta, u) => {
        result.push(callback(e, ea, s, t, sa, ta, u));
      });
    }
    this[forEachName].apply(this, args);
    return result;
  };
  const filterName = "filter" + name[0].toUpperCase() + name.slice(1);
  Class.prototype[filterName] = function() {
    const args = Array.prototype.slice.call(arguments);
    const callback = args.pop();
    const result = [];
    args.push((e, ea, s, t, sa, ta, u) => {
      if (callback(e, ea, s, t, sa, ta, u)) result.push(e);
    });
    this[forEachName].apply(this, args);
    return result;
  };
  const reduceName = "reduce" + name[0].toUpperCase() + name.slice(1);
  Class.prototype[reduceName] = function() {
    let args = Array.prototype.slice.call(arguments);
    if (args.length < 2 || args.length > 4) {
      throw new InvalidArgumentsGraphError(
        `Graph.${reduceName}: invalid number of arguments (expecting 2, 3 or 4 and got ${args.length}).`
      );
    }
    if (typeof args[args.length - 1] === "function" && typeof args[args.length - 2] !== "function") {
      throw new InvalidArgumentsGraphError(
        `Graph.${reduceName}: missing initial value. You must provide it because the callback takes more than one argument and we cannot infer the initial value from the first iteration, as you could with a simple array.`
      );
    }
    let callback;
    let initialValue;
    if (args.length === 2) {
      callback = args[0];
      initialValue = args[1];
      args = [];
    } else if (args.length === 3) {
      callback = args[1];
      initialValue = args[2];
      args = [args[0]];
    } else if (args.length === 4) {
      callback = args[2];
      initialValue = args[3];
      args = [args[0], args[1]];
    }
    let accumulator = initialValue;
    args.push((e, ea, s, t, sa, ta, u) => {
      accumulator = callback(accumulator, e, ea, s, t, sa, ta, u);
    });
    this[forEachName].apply(this, args);
    return accumulator;
  };
}
function attachFindEdge(Class, description) {
  const { name, type, direction } = description;
  const findEdgeName = "find" + name[0].toUpperCase() + name.slice(1, -1);
  Class.prototype[findEdgeName] = function(source, target, callback) {
    if (type !== "mixed" && this.type !== "mixed" && type !== this.type)
      return false;
    if (arguments.length === 1) {
      callback = source;
      return forEachEdge(true, this, type, callback);
    }
    if (arguments.length === 2) {
      source = "" + source;
      callback = target;
      const nodeData = this._nodes.get(source);
      if (typeof nodeData === "undefined")
        throw new NotFoundGraphError(
          `Graph.${findEdgeName}: could not find the "${source}" node in the graph.`
        );
      return forEachEdgeForNode(
        true,
        this.multi,
        type === "mixed" ? this.type : type,
        direction,
        nodeData,
        callback
      );
    }
    if (arguments.length === 3) {
      source = "" + source;
      target = "" + target;
      const sourceData = this._nodes.get(source);
      if (!sourceData)
        throw new NotFoundGraphError(
          `Graph.${findEdgeName}:  could not find the "${source}" source node in the graph.`
        );
      if (!this._nodes.has(target))
        throw new NotFoundGraphError(
          `Graph.${findEdgeName}:  could not find the "${target}" target node in the graph.`
        );
      return forEachEdgeForPath(
        true,
        type,
        this.multi,
        direction,
        sourceData,
        target,
        callback
      );
    }
    throw new InvalidArgumentsGraphError(
      `Graph.${findEdgeName}: too many arguments (expecting 1, 2 or 3 and got ${arguments.length}).`
    );
  };
  const someName = "some" + name[0].toUpperCase() + name.slice(1, -1);
  Class.prototype[someName] = function() {
    const args = Array.prototype.slice.call(arguments);
    const callback = args.pop();
    args.push((e, ea, s, t, sa, ta, u) => {
      return callback(e, ea, s, t, sa, ta, u);
    });
    const found = this[findEdgeName].apply(this, args);
    if (found) return true;
    return false;
  };
  const everyName = "every" + name[0].toUpperCase() + name.slice(1, -1);
  Class.prototype[everyName] = function() {
    const args = Array.prototype.slice.call(arguments);
    const callback = args.pop();
    args.push((e, ea, s, t, sa, ta, u) => {
      return !callback(e, ea, s, t, sa, ta, u);
    });
    const found = this[findEdgeName].apply(this, args);
    if (found) return false;
    return true;
  };
}
function attachEdgeIteratorCreator(Class, description) {
  const { name: originalName, type, direction } = description;
  const name = originalName.slice(0, -1) + "Entries";
  Class.prototype[name] = function(source, target) {
    if (type !== "mixed" && this.type !== "mixed" && type !== this.type)
      return emptyIterator();
    if (!arguments.length) return createEdgeIterator(this, type);
    if (arguments.length === 1) {
      source = "" + source;
      const sourceData = this._nodes.get(source);
      if (!sourceData)
        throw new NotFoundGraphError(
          `Graph.${name}: could not find the "${source}" node in the graph.`
        );
      return createEdgeIteratorForNode(type, direction, sourceData);
    }
    if (arguments.length === 2) {
      source = "" + source;
      target = "" + target;
      const sourceData = this._nodes.get(source);
      if (!sourceData)
        throw new NotFoundGraphError(
          `Graph.${name}:  could not find the "${source}" source node in the graph.`
        );
      if (!this._nodes.has(target))
        throw new NotFoundGraphError(
          `Graph.${name}:  could not find the "${target}" target node in the graph.`
        );
      return createEdgeIteratorForPath(type, direction, sourceData, target);
    }
    throw new InvalidArgumentsGraphError(
      `Graph.${name}: too many arguments (expecting 0, 1 or 2 and got ${arguments.length}).`
    );
  };
}
function attachEdgeIterationMethods(Graph2) {
  EDGES_ITERATION.forEach((description) => {
    attachEdgeArrayCreator(Graph2, description);
    attachForEachEdge(Graph2, description);
    attachFindEdge(Graph2, description);
    attachEdgeIteratorCreator(Graph2, description);
  });
}
var NEIGHBORS_ITERATION = [
  {
    name: "neighbors",
    type: "mixed"
  },
  {
    name: "inNeighbors",
    type: "directed",
    direction: "in"
  },
  {
    name: "outNeighbors",
    type: "directed",
    direction: "out"
  },
  {
    name: "inboundNeighbors",
    type: "mixed",
    direction: "in"
  },
  {
    name: "outboundNeighbors",
    type: "mixed",
    direction: "out"
  },
  {
    name: "directedNeighbors",
    type: "directed"
  },
  {
    name: "undirectedNeighbors",
    type: "undirected"
  }
];
function CompositeSetWrapper() {
  this.A = null;
  this.B = null;
}
CompositeSetWrapper.prototype.wrap = function(set) {
  if (this.A === null) this.A = set;
  else if (this.B === null) this.B = set;
};
CompositeSetWrapper.prototype.has = function(key) {
  if (this.A !== null && key in this.A) return true;
  if (this.B !== null && key in this.B) return true;
  return false;
};
function forEachInObjectOnce(breakable, visited, nodeData, object, callback) {
  for (const k in object) {
    const edgeData = object[k];
    const sourceData = edgeData.source;
    const targetData = edgeData.target;
    const neighborData = sourceData === nodeData ? targetData : sourceData;
    if (visited && visited.has(neighborData.key)) continue;
    const shouldBreak = callback(neighborData.key, neighborData.attributes);
    if (breakable && shouldBreak) return neighborData.key;
  }
  return;
}
function forEachNeighbor(breakable, type, direction, nodeData, callback) {
  if (type !== "mixed") {
    if (type === "undirected")
      return forEachInObjectOnce(
        breakable,
        null,
        nodeData,
        nodeData.undirected,
        callback
      );
    if (typeof direction === "string")
      return forEachInObjectOnce(
        breakable,
        null,
        nodeData,
        nodeData[direction],
        callback
      );
  }
  const visited = new CompositeSetWrapper();
  let found;
  if (type !== "undirected") {
    if (direction !== "out") {
      found = forEachInObjectOnce(
        breakable,
        null,
        nodeData,
        nodeData.in,
        callback
      );
      if (breakable && found) return found;
      visited.wrap(nodeData.in);
    }
    if (direction !== "in") {
      found = forEachInObjectOnce(
        breakable,
        visited,
        nodeData,
        nodeData.out,
        callback
      );
      if (breakable && found) return found;
      visited.wrap(nodeData.out);
    }
  }
  if (type !== "directed") {
    found = forEachInObjectOnce(
      breakable,
      visited,
      nodeData,
      nodeData.undirected,
      callback
    );
    if (breakable && found) return found;
  }
  return;
}
function createNeighborArrayForNode(type, direction, nodeData) {
  if (type !== "mixed") {
    if (type === "undirected") return Object.keys(nodeData.undirected);
    if (typeof direction === "string") return Object.keys(nodeData[direction]);
  }
  const neighbors = [];
  forEachNeighbor(false, type, direction, nodeData, function(key) {
    neighbors.push(key);
  });
  return neighbors;
}
function createDedupedObjectIterator(visited, nodeData, object) {
  const keys = Object.keys(object);
  const l = keys.length;
  let i = 0;
  return {
    [Symbol.iterator]() {
      return this;
    },
    next() {
      let neighborData = null;
      do {
        if (i >= l) {
          if (visited) visited.wrap(object);
          return { done: true };
        }
        const edgeData = object[keys[i++]];
        const sourceData = edgeData.source;
        const targetData = edgeData.target;
        neighborData = sourceData === nodeData ? targetData : sourceData;
        if (visited && visited.has(neighborData.key)) {
          neighborData = null;
          continue;
        }
      } while (neighborData === null);
      return {
        done: false,
        value: { neighbor: neighborData.key, attributes: neighborData.attributes }
      };
    }
  };
}
function createNeighborIterator(type, direction, nodeData) {
  if (type !== "mixed") {
    if (type === "undirected")
      return createDedupedObjectIterator(null, nodeData, nodeData.undirected);
    if (typeof direction === "string")
      return createDedupedObjectIterator(null, nodeData, nodeData[direction]);
  }
  let iterator = emptyIterator();
  const visited = new CompositeSetWrapper();
  if (type !== "undirected") {
    if (direction !== "out") {
      iterator = chain(
        iterator,
        createDedupedObjectIterator(visited, nodeData, nodeData.in)
      );
    }
    if (direction !== "in") {
      iterator = chain(
        iterator,
        createDedupedObjectIterator(visited, nodeData, nodeData.out)
      );
    }
  }
  if (type !== "directed") {
    iterator = chain(
      iterator,
      createDedupedObjectIterator(visited, nodeData, nodeData.undirected)
    );
  }
  return iterator;
}
function attachNeighborArrayCreator(Class, description) {
  const { name, type, direction } = description;
  Class.prototype[name] = function(node) {
    if (type !== "mixed" && this.type !== "mixed" && type !== this.type)
      return [];
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (typeof nodeData === "undefined")
      throw new NotFoundGraphError(
        `Graph.${name}: could not find the "${node}" node in the graph.`
      );
    return createNeighborArrayForNode(
      type === "mixed" ? this.type : type,
      direction,
      nodeData
    );
  };
}
function attachForEachNeighbor(Class, description) {
  const { name, type, direction } = description;
  const forEachName = "forEach" + name[0].toUpperCase() + name.slice(1, -1);
  Class.prototype[forEachName] = function(node, callback) {
    if (type !== "mixed" && this.type !== "mixed" && type !== this.type) return;
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (typeof nodeData === "undefined")
      throw new NotFoundGraphError(
        `Graph.${forEachName}: could not find the "${node}" node in the graph.`
      );
    forEachNeighbor(
      false,
      type === "mixed" ? this.type : type,
      direction,
      nodeData,
      callback
    );
  };
  const mapName = "map" + name[0].toUpperCase() + name.slice(1);
  Class.prototype[mapName] = function(node, callback) {
    const result = [];
    this[forEachName](node, (n, a) => {
      result.push(callback(n, a));
    });
    return result;
  };
  const filterName = "filter" + name[0].toUpperCase() + name.slice(1);
  Class.prototype[filterName] = function(node, callback) {
    const result = [];
    this[forEachName](node, (n, a) => {
      if (callback(n, a)) result.push(n);
    });
    return result;
  };
  const reduceName = "reduce" + name[0].toUpperCase() + name.slice(1);
  Class.prototype[reduceName] = function(node, callback, initialValue) {
    if (arguments.length < 3)
      throw new InvalidArgumentsGraphError(
        `Graph.${reduceName}: missing initial value. You must provide it because the callback takes more than one argument and we cannot infer the initial value from the first iteration, as you could with a simple array.`
      );
    let accumulator = initialValue;
    this[forEachName](node, (n, a) => {
      accumulator = callback(accumulator, n, a);
    });
    return accumulator;
  };
}
function attachFindNeighbor(Class, description) {
  const { name, type, direction } = description;
  const capitalizedSingular = name[0].toUpperCase() + name.slice(1, -1);
  const findName = "find" + capitalizedSingular;
  Class.prototype[findName] = function(node, callback) {
    if (type !== "mixed" && this.type !== "mixed" && type !== this.type) return;
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (typeof nodeData === "undefined")
      throw new NotFoundGraphError(
        `Graph.${findName}: could not find the "${node}" node in the graph.`
      );
    return forEachNeighbor(
      true,
      type === "mixed" ? this.type : type,
      direction,
      nodeData,
      callback
    );
  };
  const someName = "some" + capitalizedSingular;
  Class.prototype[someName] = function(node, callback) {
    const found = this[findName](node, callback);
    if (found) return true;
    return false;
  };
  const everyName = "every" + capitalizedSingular;
  Class.prototype[everyName] = function(node, callback) {
    const found = this[findName](node, (n, a) => {
      return !callback(n, a);
    });
    if (found) return false;
    return true;
  };
}
function attachNeighborIteratorCreator(Class, description) {
  const { name, type, direction } = description;
  const iteratorName = name.slice(0, -1) + "Entries";
  Class.prototype[iteratorName] = function(node) {
    if (type !== "mixed" && this.type !== "mixed" && type !== this.type)
      return emptyIterator();
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (typeof nodeData === "undefined")
      throw new NotFoundGraphError(
        `Graph.${iteratorName}: could not find the "${node}" node in the graph.`
      );
    return createNeighborIterator(
      type === "mixed" ? this.type : type,
      direction,
      nodeData
    );
  };
}
function attachNeighborIterationMethods(Graph2) {
  NEIGHBORS_ITERATION.forEach((description) => {
    attachNeighborArrayCreator(Graph2, description);
    attachForEachNeighbor(Graph2, description);
    attachFindNeighbor(Graph2, description);
    attachNeighborIteratorCreator(Graph2, description);
  });
}
function forEachAdjacency(breakable, assymetric, disconnectedNodes, graph, callback) {
  const iterator = graph._nodes.values();
  const type = graph.type;
  let step, sourceData, neighbor, adj, edgeData, targetData, shouldBreak;
  while (step = iterator.next(), step.done !== true) {
    let hasEdges = false;
    sourceData = step.value;
    if (type !== "undirected") {
      adj = sourceData.out;
      for (neighbor in adj) {
        edgeData = adj[neighbor];
        do {
          targetData = edgeData.target;
          hasEdges = true;
          shouldBreak = callback(
            sourceData.key,
            targetData.key,
            sourceData.attributes,
            targetData.attributes,
            edgeData.key,
            edgeData.attributes,
            edgeData.undirected
          );
          if (breakable && shouldBreak) return edgeData;
          edgeData = edgeData.next;
        } while (edgeData);
      }
    }
    if (type !== "directed") {
      adj = sourceData.undirected;
      for (neighbor in adj) {
        if (assymetric && sourceData.key > neighbor) continue;
        edgeData = adj[neighbor];
        do {
          targetData = edgeData.target;
          if (targetData.key !== neighbor) targetData = edgeData.source;
          hasEdges = true;
          shouldBreak = callback(
            sourceData.key,
            targetData.key,
            sourceData.attributes,
            targetData.attributes,
            edgeData.key,
            edgeData.attributes,
            edgeData.undirected
          );
          if (breakable && shouldBreak) return edgeData;
          edgeData = edgeData.next;
        } while (edgeData);
      }
    }
    if (disconnectedNodes && !hasEdges) {
      shouldBreak = callback(
        sourceData.key,
        null,
        sourceData.attributes,
        null,
        null,
        null,
        null
      );
      if (breakable && shouldBreak) return null;
    }
  }
  return;
}
function serializeNode(key, data) {
  const serialized = { key };
  if (!isEmpty(data.attributes))
    serialized.attributes = assign({}, data.attributes);
  return serialized;
}
function serializeEdge(type, key, data) {
  const serialized = {
    key,
    source: data.source.key,
    target: data.target.key
  };
  if (!isEmpty(data.attributes))
    serialized.attributes = assign({}, data.attributes);
  if (type === "mixed" && data.undirected) serialized.undirected = true;
  return serialized;
}
function validateSerializedNode(value) {
  if (!isPlainObject(value))
    throw new InvalidArgumentsGraphError(
      'Graph.import: invalid serialized node. A serialized node should be a plain object with at least a "key" property.'
    );
  if (!("key" in value))
    throw new InvalidArgumentsGraphError(
      "Graph.import: serialized node is missing its key."
    );
  if ("attributes" in value && (!isPlainObject(value.attributes) || value.attributes === null))
    throw new InvalidArgumentsGraphError(
      "Graph.import: invalid attributes. Attributes should be a plain object, null or omitted."
    );
}
function validateSerializedEdge(value) {
  if (!isPlainObject(value))
    throw new InvalidArgumentsGraphError(
      'Graph.import: invalid serialized edge. A serialized edge should be a plain object with at least a "source" & "target" property.'
    );
  if (!("source" in value))
    throw new InvalidArgumentsGraphError(
      "Graph.import: serialized edge is missing its source."
    );
  if (!("target" in value))
    throw new InvalidArgumentsGraphError(
      "Graph.import: serialized edge is missing its target."
    );
  if ("attributes" in value && (!isPlainObject(value.attributes) || value.attributes === null))
    throw new InvalidArgumentsGraphError(
      "Graph.import: invalid attributes. Attributes should be a plain object, null or omitted."
    );
  if ("undirected" in value && typeof value.undirected !== "boolean")
    throw new InvalidArgumentsGraphError(
      "Graph.import: invalid undirectedness information. Undirected should be boolean or omitted."
    );
}
var INSTANCE_ID = incrementalIdStartingFromRandomByte();
var TYPES = /* @__PURE__ */ new Set(["directed", "undirected", "mixed"]);
var EMITTER_PROPS = /* @__PURE__ */ new Set([
  "domain",
  "_events",
  "_eventsCount",
  "_maxListeners"
]);
var EDGE_ADD_METHODS = [
  {
    name: (verb) => `${verb}Edge`,
    generateKey: true
  },
  {
    name: (verb) => `${verb}DirectedEdge`,
    generateKey: true,
    type: "directed"
  },
  {
    name: (verb) => `${verb}UndirectedEdge`,
    generateKey: true,
    type: "undirected"
  },
  {
    name: (verb) => `${verb}EdgeWithKey`
  },
  {
    name: (verb) => `${verb}DirectedEdgeWithKey`,
    type: "directed"
  },
  {
    name: (verb) => `${verb}UndirectedEdgeWithKey`,
    type: "undirected"
  }
];
var DEFAULTS = {
  allowSelfLoops: true,
  multi: false,
  type: "mixed"
};
function addNode(graph, node, attributes) {
  if (attributes && !isPlainObject(attributes))
    throw new InvalidArgumentsGraphError(
      `Graph.addNode: invalid attributes. Expecting an object but got "${attributes}"`
    );
  node = "" + node;
  attributes = attributes || {};
  if (graph._nodes.has(node))
    throw new UsageGraphError(
      `Graph.addNode: the "${node}" node already exist in the graph.`
    );
  const data = new graph.NodeDataClass(node, attributes);
  graph._nodes.set(node, data);
  graph.emit("nodeAdded", {
    key: node,
    attributes
  });
  return data;
}
function unsafeAddNode(graph, node, attributes) {
  const data = new graph.NodeDataClass(node, attributes);
  graph._nodes.set(node, data);
  graph.emit("nodeAdded", {
    key: node,
    attributes
  });
  return data;
}
function addEdge(graph, name, mustGenerateKey, undirected, edge, source, target, attributes) {
  if (!undirected && graph.type === "undirected")
    throw new UsageGraphError(
      `Graph.${name}: you cannot add a directed edge to an undirected graph. Use the #.addEdge or #.addUndirectedEdge instead.`
    );
  if (undirected && graph.type === "directed")
    throw new UsageGraphError(
      `Graph.${name}: you cannot add an undirected edge to a directed graph. Use the #.addEdge or #.addDirectedEdge instead.`
    );
  if (attributes && !isPlainObject(attributes))
    throw new InvalidArgumentsGraphError(
      `Graph.${name}: invalid attributes. Expecting an object but got "${attributes}"`
    );
  source = "" + source;
  target = "" + target;
  attributes = attributes || {};
  if (!graph.allowSelfLoops && source === target)
    throw new UsageGraphError(
      `Graph.${name}: source & target are the same ("${source}"), thus creating a loop explicitly forbidden by this graph 'allowSelfLoops' option set to false.`
    );
  const sourceData = graph._nodes.get(source), targetData = graph._nodes.get(target);
  if (!sourceData)
    throw new NotFoundGraphError(
      `Graph.${name}: source node "${source}" not found.`
    );
  if (!targetData)
    throw new NotFoundGraphError(
      `Graph.${name}: target node "${target}" not found.`
    );
  const eventData = {
    key: null,
    undirected,
    source,
    target,
    attributes
  };
  if (mustGenerateKey) {
    edge = graph._edgeKeyGenerator();
  } else {
    edge = "" + edge;
    if (graph._edges.has(edge))
      throw new UsageGraphError(
        `Graph.${name}: the "${edge}" edge already exists in the graph.`
      );
  }
  if (!graph.multi && (undirected ? typeof sourceData.undirected[target] !== "undefined" : typeof sourceData.out[target] !== "undefined")) {
    throw new UsageGraphError(
      `Graph.${name}: an edge linking "${source}" to "${target}" already exists. If you really want to add multiple edges linking those nodes, you should create a multi graph by using the 'multi' option.`
    );
  }
  const edgeData = new EdgeData(
    undirected,
    edge,
    sourceData,
    targetData,
    attributes
  );
  graph._edges.set(edge, edgeData);
  const isSelfLoop = source === target;
  if (undirected) {
    sourceData.undirectedDegree++;
    targetData.undirectedDegree++;
    if (isSelfLoop) {
      sourceData.undirectedLoops++;
      graph._undirectedSelfLoopCount++;
    }
  } else {
    sourceData.outDegree++;
    targetData.inDegree++;
    if (isSelfLoop) {
      sourceData.directedLoops++;
      graph._directedSelfLoopCount++;
    }
  }
  if (graph.multi) edgeData.attachMulti();
  else edgeData.attach();
  if (undirected) graph._undirectedSize++;
  else graph._directedSize++;
  eventData.key = edge;
  graph.emit("edgeAdded", eventData);
  return edge;
}
function mergeEdge(graph, name, mustGenerateKey, undirected, edge, source, target, attributes, asUpdater) {
  if (!undirected && graph.type === "undirected")
    throw new UsageGraphError(
      `Graph.${name}: you cannot merge/update a directed edge to an undirected graph. Use the #.mergeEdge/#.updateEdge or #.addUndirectedEdge instead.`
    );
  if (undirected && graph.type === "directed")
    throw new UsageGraphError(
      `Graph.${name}: you cannot merge/update an undirected edge to a directed graph. Use the #.mergeEdge/#.updateEdge or #.addDirectedEdge instead.`
    );
  if (attributes) {
    if (asUpdater) {
      if (typeof attributes !== "function")
        throw new InvalidArgumentsGraphError(
          `Graph.${name}: invalid updater function. Expecting a function but got "${attributes}"`
        );
    } else {
      if (!isPlainObject(attributes))
        throw new InvalidArgumentsGraphError(
          `Graph.${name}: invalid attributes. Expecting an object but got "${attributes}"`
        );
    }
  }
  source = "" + source;
  target = "" + target;
  let updater;
  if (asUpdater) {
    updater = attributes;
    attributes = void 0;
  }
  if (!graph.allowSelfLoops && source === target)
    throw new UsageGraphError(
      `Graph.${name}: source & target are the same ("${source}"), thus creating a loop explicitly forbidden by this graph 'allowSelfLoops' option set to false.`
    );
  let sourceData = graph._nodes.get(source);
  let targetData = graph._nodes.get(target);
  let edgeData;
  let alreadyExistingEdgeData;
  if (!mustGenerateKey) {
    edgeData = graph._edges.get(edge);
    if (edgeData) {
      if (edgeData.source.key !== source || edgeData.target.key !== target) {
        if (!undirected || edgeData.source.key !== target || edgeData.target.key !== source) {
          throw new UsageGraphError(
            `Graph.${name}: inconsistency detected when attempting to merge the "${edge}" edge with "${source}" source & "${target}" target vs. ("${edgeData.source.key}", "${edgeData.target.key}").`
          );
        }
      }
      alreadyExistingEdgeData = edgeData;
    }
  }
  if (!alreadyExistingEdgeData && !graph.multi && sourceData) {
    alreadyExistingEdgeData = undirected ? sourceData.undirected[target] : sourceData.out[target];
  }
  if (alreadyExistingEdgeData) {
    const info = [alreadyExistingEdgeData.key, false, false, false];
    if (asUpdater ? !updater : !attributes) return info;
    if (asUpdater) {
      const oldAttributes = alreadyExistingEdgeData.attributes;
      alreadyExistingEdgeData.attributes = updater(oldAttributes);
      graph.emit("edgeAttributesUpdated", {
        type: "replace",
        key: alreadyExistingEdgeData.key,
        attributes: alreadyExistingEdgeData.attributes
      });
    } else {
      assign(alreadyExistingEdgeData.attributes, attributes);
      graph.emit("edgeAttributesUpdated", {
        type: "merge",
        key: alreadyExistingEdgeData.key,
        attributes: alreadyExistingEdgeData.attributes,
        data: attributes
      });
    }
    return info;
  }
  attributes = attributes || {};
  if (asUpdater && updater) attributes = updater(attributes);
  const eventData = {
    key: null,
    undirected,
    source,
    target,
    attributes
  };
  if (mustGenerateKey) {
    edge = graph._edgeKeyGenerator();
  } else {
    edge = "" + edge;
    if (graph._edges.has(edge))
      throw new UsageGraphError(
        `Graph.${name}: the "${edge}" edge already exists in the graph.`
      );
  }
  let sourceWasAdded = false;
  let targetWasAdded = false;
  if (!sourceData) {
    sourceData = unsafeAddNode(graph, source, {});
    sourceWasAdded = true;
    if (source === target) {
      targetData = sourceData;
      targetWasAdded = true;
    }
  }
  if (!targetData) {
    targetData = unsafeAddNode(graph, target, {});
    targetWasAdded = true;
  }
  edgeData = new EdgeData(undirected, edge, sourceData, targetData, attributes);
  graph._edges.set(edge, edgeData);
  const isSelfLoop = source === target;
  if (undirected) {
    sourceData.undirectedDegree++;
    targetData.undirectedDegree++;
    if (isSelfLoop) {
      sourceData.undirectedLoops++;
      graph._undirectedSelfLoopCount++;
    }
  } else {
    sourceData.outDegree++;
    targetData.inDegree++;
    if (isSelfLoop) {
      sourceData.directedLoops++;
      graph._directedSelfLoopCount++;
    }
  }
  if (graph.multi) edgeData.attachMulti();
  else edgeData.attach();
  if (undirected) graph._undirectedSize++;
  else graph._directedSize++;
  eventData.key = edge;
  graph.emit("edgeAdded", eventData);
  return [edge, true, sourceWasAdded, targetWasAdded];
}
function dropEdgeFromData(graph, edgeData) {
  graph._edges.delete(edgeData.key);
  const { source: sourceData, target: targetData, attributes } = edgeData;
  const undirected = edgeData.undirected;
  const isSelfLoop = sourceData === targetData;
  if (undirected) {
    sourceData.undirectedDegree--;
    targetData.undirectedDegree--;
    if (isSelfLoop) {
      sourceData.undirectedLoops--;
      graph._undirectedSelfLoopCount--;
    }
  } else {
    sourceData.outDegree--;
    targetData.inDegree--;
    if (isSelfLoop) {
      sourceData.directedLoops--;
      graph._directedSelfLoopCount--;
    }
  }
  if (graph.multi) edgeData.detachMulti();
  else edgeData.detach();
  if (undirected) graph._undirectedSize--;
  else graph._directedSize--;
  graph.emit("edgeDropped", {
    key: edgeData.key,
    attributes,
    source: sourceData.key,
    target: targetData.key,
    undirected
  });
}
var Graph = class _Graph extends EventEmitter {
  constructor(options) {
    super();
    options = assign({}, DEFAULTS, options);
    if (typeof options.multi !== "boolean")
      throw new InvalidArgumentsGraphError(
        `Graph.constructor: invalid 'multi' option. Expecting a boolean but got "${options.multi}".`
      );
    if (!TYPES.has(options.type))
      throw new InvalidArgumentsGraphError(
        `Graph.constructor: invalid 'type' option. Should be one of "mixed", "directed" or "undirected" but got "${options.type}".`
      );
    if (typeof options.allowSelfLoops !== "boolean")
      throw new InvalidArgumentsGraphError(
        `Graph.constructor: invalid 'allowSelfLoops' option. Expecting a boolean but got "${options.allowSelfLoops}".`
      );
    const NodeDataClass = options.type === "mixed" ? MixedNodeData : options.type === "directed" ? DirectedNodeData : UndirectedNodeData;
    privateProperty(this, "NodeDataClass", NodeDataClass);
    const instancePrefix = "geid_" + INSTANCE_ID() + "_";
    let edgeId = 0;
    const edgeKeyGenerator = () => {
      let availableEdgeKey;
      do {
        availableEdgeKey = instancePrefix + edgeId++;
      } while (this._edges.has(availableEdgeKey));
      return availableEdgeKey;
    };
    privateProperty(this, "_attributes", {});
    privateProperty(this, "_nodes", /* @__PURE__ */ new Map());
    privateProperty(this, "_edges", /* @__PURE__ */ new Map());
    privateProperty(this, "_directedSize", 0);
    privateProperty(this, "_undirectedSize", 0);
    privateProperty(this, "_directedSelfLoopCount", 0);
    privateProperty(this, "_undirectedSelfLoopCount", 0);
    privateProperty(this, "_edgeKeyGenerator", edgeKeyGenerator);
    privateProperty(this, "_options", options);
    EMITTER_PROPS.forEach((prop) => privateProperty(this, prop, this[prop]));
    readOnlyProperty(this, "order", () => this._nodes.size);
    readOnlyProperty(this, "size", () => this._edges.size);
    readOnlyProperty(this, "directedSize", () => this._directedSize);
    readOnlyProperty(this, "undirectedSize", () => this._undirectedSize);
    readOnlyProperty(
      this,
      "selfLoopCount",
      () => this._directedSelfLoopCount + this._undirectedSelfLoopCount
    );
    readOnlyProperty(
      this,
      "directedSelfLoopCount",
      () => this._directedSelfLoopCount
    );
    readOnlyProperty(
      this,
      "undirectedSelfLoopCount",
      () => this._undirectedSelfLoopCount
    );
    readOnlyProperty(this, "multi", this._options.multi);
    readOnlyProperty(this, "type", this._options.type);
    readOnlyProperty(this, "allowSelfLoops", this._options.allowSelfLoops);
    readOnlyProperty(this, "implementation", () => "graphology");
  }
  _resetInstanceCounters() {
    this._directedSize = 0;
    this._undirectedSize = 0;
    this._directedSelfLoopCount = 0;
    this._undirectedSelfLoopCount = 0;
  }
  /**---------------------------------------------------------------------------
   * Read
   **---------------------------------------------------------------------------
   */
  /**
   * Method returning whether the given node is found in the graph.
   *
   * @param  {any}     node - The node.
   * @return {boolean}
   */
  hasNode(node) {
    return this._nodes.has("" + node);
  }
  /**
   * Method returning whether the given directed edge is found in the graph.
   *
   * Arity 1:
   * @param  {any}     edge - The edge's key.
   *
   * Arity 2:
   * @param  {any}     source - The edge's source.
   * @param  {any}     target - The edge's target.
   *
   * @return {boolean}
   *
   * @throws {Error} - Will throw if the arguments are invalid.
   */
  hasDirectedEdge(source, target) {
    if (this.type === "undirected") return false;
    if (arguments.length === 1) {
      const edge = "" + source;
      const edgeData = this._edges.get(edge);
      return !!edgeData && !edgeData.undirected;
    } else if (arguments.length === 2) {
      source = "" + source;
      target = "" + target;
      const nodeData = this._nodes.get(source);
      if (!nodeData) return false;
      return nodeData.out.hasOwnProperty(target);
    }
    throw new InvalidArgumentsGraphError(
      `Graph.hasDirectedEdge: invalid arity (${arguments.length}, instead of 1 or 2). You can either ask for an edge id or for the existence of an edge between a source & a target.`
    );
  }
  /**
   * Method returning whether the given undirected edge is found in the graph.
   *
   * Arity 1:
   * @param  {any}     edge - The edge's key.
   *
   * Arity 2:
   * @param  {any}     source - The edge's source.
   * @param  {any}     target - The edge's target.
   *
   * @return {boolean}
   *
   * @throws {Error} - Will throw if the arguments are invalid.
   */
  hasUndirectedEdge(source, target) {
    if (this.type === "directed") return false;
    if (arguments.length === 1) {
      const edge = "" + source;
      const edgeData = this._edges.get(edge);
      return !!edgeData && edgeData.undirected;
    } else if (arguments.length === 2) {
      source = "" + source;
      target = "" + target;
      const nodeData = this._nodes.get(source);
      if (!nodeData) return false;
      return nodeData.undirected.hasOwnProperty(target);
    }
    throw new InvalidArgumentsGraphError(
      `Graph.hasDirectedEdge: invalid arity (${arguments.length}, instead of 1 or 2). You can either ask for an edge id or for the existence of an edge between a source & a target.`
    );
  }
  /**
   * Method returning whether the given edge is found in the graph.
   *
   * Arity 1:
   * @param  {any}     edge - The edge's key.
   *
   * Arity 2:
   * @param  {any}     source - The edge's source.
   * @param  {any}     target - The edge's target.
   *
   * @return {boolean}
   *
   * @throws {Error} - Will throw if the arguments are invalid.
   */
  hasEdge(source, target) {
    if (arguments.length === 1) {
      const edge = "" + source;
      return this._edges.has(edge);
    } else if (arguments.length === 2) {
      source = "" + source;
      target = "" + target;
      const nodeData = this._nodes.get(source);
      if (!nodeData) return false;
      return typeof nodeData.out !== "undefined" && nodeData.out.hasOwnProperty(target) || typeof nodeData.undirected !== "undefined" && nodeData.undirected.hasOwnProperty(target);
    }
    throw new InvalidArgumentsGraphError(
      `Graph.hasEdge: invalid arity (${arguments.length}, instead of 1 or 2). You can either ask for an edge id or for the existence of an edge between a source & a target.`
    );
  }
  /**
   * Method returning the edge matching source & target in a directed fashion.
   *
   * @param  {any} source - The edge's source.
   * @param  {any} target - The edge's target.
   *
   * @return {any|undefined}
   *
   * @throws {Error} - Will throw if the graph is multi.
   * @throws {Error} - Will throw if source or target doesn't exist.
   */
  directedEdge(source, target) {
    if (this.type === "undirected") return;
    source = "" + source;
    target = "" + target;
    if (this.multi)
      throw new UsageGraphError(
        "Graph.directedEdge: this method is irrelevant with multigraphs since there might be multiple edges between source & target. See #.directedEdges instead."
      );
    const sourceData = this._nodes.get(source);
    if (!sourceData)
      throw new NotFoundGraphError(
        `Graph.directedEdge: could not find the "${source}" source node in the graph.`
      );
    if (!this._nodes.has(target))
      throw new NotFoundGraphError(
        `Graph.directedEdge: could not find the "${target}" target node in the graph.`
      );
    const edgeData = sourceData.out && sourceData.out[target] || void 0;
    if (edgeData) return edgeData.key;
  }
  /**
   * Method returning the edge matching source & target in a undirected fashion.
   *
   * @param  {any} source - The edge's source.
   * @param  {any} target - The edge's target.
   *
   * @return {any|undefined}
   *
   * @throws {Error} - Will throw if the graph is multi.
   * @throws {Error} - Will throw if source or target doesn't exist.
   */
  undirectedEdge(source, target) {
    if (this.type === "directed") return;
    source = "" + source;
    target = "" + target;
    if (this.multi)
      throw new UsageGraphError(
        "Graph.undirectedEdge: this method is irrelevant with multigraphs since there might be multiple edges between source & target. See #.undirectedEdges instead."
      );
    const sourceData = this._nodes.get(source);
    if (!sourceData)
      throw new NotFoundGraphError(
        `Graph.undirectedEdge: could not find the "${source}" source node in the graph.`
      );
    if (!this._nodes.has(target))
      throw new NotFoundGraphError(
        `Graph.undirectedEdge: could not find the "${target}" target node in the graph.`
      );
    const edgeData = sourceData.undirected && sourceData.undirected[target] || void 0;
    if (edgeData) return edgeData.key;
  }
  /**
   * Method returning the edge matching source & target in a mixed fashion.
   *
   * @param  {any} source - The edge's source.
   * @param  {any} target - The edge's target.
   *
   * @return {any|undefined}
   *
   * @throws {Error} - Will throw if the graph is multi.
   * @throws {Error} - Will throw if source or target doesn't exist.
   */
  edge(source, target) {
    if (this.multi)
      throw new UsageGraphError(
        "Graph.edge: this method is irrelevant with multigraphs since there might be multiple edges between source & target. See #.edges instead."
      );
    source = "" + source;
    target = "" + target;
    const sourceData = this._nodes.get(source);
    if (!sourceData)
      throw new NotFoundGraphError(
        `Graph.edge: could not find the "${source}" source node in the graph.`
      );
    if (!this._nodes.has(target))
      throw new NotFoundGraphError(
        `Graph.edge: could not find the "${target}" target node in the graph.`
      );
    const edgeData = sourceData.out && sourceData.out[target] || sourceData.undirected && sourceData.undirected[target] || void 0;
    if (edgeData) return edgeData.key;
  }
  /**
   * Method returning whether two nodes are directed neighbors.
   *
   * @param  {any}     node     - The node's key.
   * @param  {any}     neighbor - The neighbor's key.
   * @return {boolean}
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  areDirectedNeighbors(node, neighbor) {
    node = "" + node;
    neighbor = "" + neighbor;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.areDirectedNeighbors: could not find the "${node}" node in the graph.`
      );
    if (this.type === "undirected") return false;
    return neighbor in nodeData.in || neighbor in nodeData.out;
  }
  /**
   * Method returning whether two nodes are out neighbors.
   *
   * @param  {any}     node     - The node's key.
   * @param  {any}     neighbor - The neighbor's key.
   * @return {boolean}
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  areOutNeighbors(node, neighbor) {
    node = "" + node;
    neighbor = "" + neighbor;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.areOutNeighbors: could not find the "${node}" node in the graph.`
      );
    if (this.type === "undirected") return false;
    return neighbor in nodeData.out;
  }
  /**
   * Method returning whether two nodes are in neighbors.
   *
   * @param  {any}     node     - The node's key.
   * @param  {any}     neighbor - The neighbor's key.
   * @return {boolean}
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  areInNeighbors(node, neighbor) {
    node = "" + node;
    neighbor = "" + neighbor;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.areInNeighbors: could not find the "${node}" node in the graph.`
      );
    if (this.type === "undirected") return false;
    return neighbor in nodeData.in;
  }
  /**
   * Method returning whether two nodes are undirected neighbors.
   *
   * @param  {any}     node     - The node's key.
   * @param  {any}     neighbor - The neighbor's key.
   * @return {boolean}
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  areUndirectedNeighbors(node, neighbor) {
    node = "" + node;
    neighbor = "" + neighbor;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.areUndirectedNeighbors: could not find the "${node}" node in the graph.`
      );
    if (this.type === "directed") return false;
    return neighbor in nodeData.undirected;
  }
  /**
   * Method returning whether two nodes are neighbors.
   *
   * @param  {any}     node     - The node's key.
   * @param  {any}     neighbor - The neighbor's key.
   * @return {boolean}
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  areNeighbors(node, neighbor) {
    node = "" + node;
    neighbor = "" + neighbor;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.areNeighbors: could not find the "${node}" node in the graph.`
      );
    if (this.type !== "undirected") {
      if (neighbor in nodeData.in || neighbor in nodeData.out) return true;
    }
    if (this.type !== "directed") {
      if (neighbor in nodeData.undirected) return true;
    }
    return false;
  }
  /**
   * Method returning whether two nodes are inbound neighbors.
   *
   * @param  {any}     node     - The node's key.
   * @param  {any}     neighbor - The neighbor's key.
   * @return {boolean}
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  areInboundNeighbors(node, neighbor) {
    node = "" + node;
    neighbor = "" + neighbor;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.areInboundNeighbors: could not find the "${node}" node in the graph.`
      );
    if (this.type !== "undirected") {
      if (neighbor in nodeData.in) return true;
    }
    if (this.type !== "directed") {
      if (neighbor in nodeData.undirected) return true;
    }
    return false;
  }
  /**
   * Method returning whether two nodes are outbound neighbors.
   *
   * @param  {any}     node     - The node's key.
   * @param  {any}     neighbor - The neighbor's key.
   * @return {boolean}
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  areOutboundNeighbors(node, neighbor) {
    node = "" + node;
    neighbor = "" + neighbor;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.areOutboundNeighbors: could not find the "${node}" node in the graph.`
      );
    if (this.type !== "undirected") {
      if (neighbor in nodeData.out) return true;
    }
    if (this.type !== "directed") {
      if (neighbor in nodeData.undirected) return true;
    }
    return false;
  }
  /**
   * Method returning the given node's in degree.
   *
   * @param  {any}     node - The node's key.
   * @return {number}       - The node's in degree.
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  inDegree(node) {
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.inDegree: could not find the "${node}" node in the graph.`
      );
    if (this.type === "undirected") return 0;
    return nodeData.inDegree;
  }
  /**
   * Method returning the given node's out degree.
   *
   * @param  {any}     node - The node's key.
   * @return {number}       - The node's in degree.
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  outDegree(node) {
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.outDegree: could not find the "${node}" node in the graph.`
      );
    if (this.type === "undirected") return 0;
    return nodeData.outDegree;
  }
  /**
   * Method returning the given node's directed degree.
   *
   * @param  {any}     node - The node's key.
   * @return {number}       - The node's in degree.
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  directedDegree(node) {
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.directedDegree: could not find the "${node}" node in the graph.`
      );
    if (this.type === "undirected") return 0;
    return nodeData.inDegree + nodeData.outDegree;
  }
  /**
   * Method returning the given node's undirected degree.
   *
   * @param  {any}     node - The node's key.
   * @return {number}       - The node's in degree.
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  undirectedDegree(node) {
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.undirectedDegree: could not find the "${node}" node in the graph.`
      );
    if (this.type === "directed") return 0;
    return nodeData.undirectedDegree;
  }
  /**
   * Method returning the given node's inbound degree.
   *
   * @param  {any}     node - The node's key.
   * @return {number}       - The node's inbound degree.
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  inboundDegree(node) {
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.inboundDegree: could not find the "${node}" node in the graph.`
      );
    let degree = 0;
    if (this.type !== "directed") {
      degree += nodeData.undirectedDegree;
    }
    if (this.type !== "undirected") {
      degree += nodeData.inDegree;
    }
    return degree;
  }
  /**
   * Method returning the given node's outbound degree.
   *
   * @param  {any}     node - The node's key.
   * @return {number}       - The node's outbound degree.
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  outboundDegree(node) {
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.outboundDegree: could not find the "${node}" node in the graph.`
      );
    let degree = 0;
    if (this.type !== "directed") {
      degree += nodeData.undirectedDegree;
    }
    if (this.type !== "undirected") {
      degree += nodeData.outDegree;
    }
    return degree;
  }
  /**
   * Method returning the given node's directed degree.
   *
   * @param  {any}     node - The node's key.
   * @return {number}       - The node's degree.
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  degree(node) {
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.degree: could not find the "${node}" node in the graph.`
      );
    let degree = 0;
    if (this.type !== "directed") {
      degree += nodeData.undirectedDegree;
    }
    if (this.type !== "undirected") {
      degree += nodeData.inDegree + nodeData.outDegree;
    }
    return degree;
  }
  /**
   * Method returning the given node's in degree without considering self loops.
   *
   * @param  {any}     node - The node's key.
   * @return {number}       - The node's in degree.
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  inDegreeWithoutSelfLoops(node) {
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.inDegreeWithoutSelfLoops: could not find the "${node}" node in the graph.`
      );
    if (this.type === "undirected") return 0;
    return nodeData.inDegree - nodeData.directedLoops;
  }
  /**
   * Method returning the given node's out degree without considering self loops.
   *
   * @param  {any}     node - The node's key.
   * @return {number}       - The node's in degree.
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  outDegreeWithoutSelfLoops(node) {
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.outDegreeWithoutSelfLoops: could not find the "${node}" node in the graph.`
      );
    if (this.type === "undirected") return 0;
    return nodeData.outDegree - nodeData.directedLoops;
  }
  /**
   * Method returning the given node's directed degree without considering self loops.
   *
   * @param  {any}     node - The node's key.
   * @return {number}       - The node's in degree.
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  directedDegreeWithoutSelfLoops(node) {
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.directedDegreeWithoutSelfLoops: could not find the "${node}" node in the graph.`
      );
    if (this.type === "undirected") return 0;
    return nodeData.inDegree + nodeData.outDegree - nodeData.directedLoops * 2;
  }
  /**
   * Method returning the given node's undirected degree without considering self loops.
   *
   * @param  {any}     node - The node's key.
   * @return {number}       - The node's in degree.
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  undirectedDegreeWithoutSelfLoops(node) {
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.undirectedDegreeWithoutSelfLoops: could not find the "${node}" node in the graph.`
      );
    if (this.type === "directed") return 0;
    return nodeData.undirectedDegree - nodeData.undirectedLoops * 2;
  }
  /**
   * Method returning the given node's inbound degree without considering self loops.
   *
   * @param  {any}     node - The node's key.
   * @return {number}       - The node's inbound degree.
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  inboundDegreeWithoutSelfLoops(node) {
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.inboundDegreeWithoutSelfLoops: could not find the "${node}" node in the graph.`
      );
    let degree = 0;
    let loops = 0;
    if (this.type !== "directed") {
      degree += nodeData.undirectedDegree;
      loops += nodeData.undirectedLoops * 2;
    }
    if (this.type !== "undirected") {
      degree += nodeData.inDegree;
      loops += nodeData.directedLoops;
    }
    return degree - loops;
  }
  /**
   * Method returning the given node's outbound degree without considering self loops.
   *
   * @param  {any}     node - The node's key.
   * @return {number}       - The node's outbound degree.
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  outboundDegreeWithoutSelfLoops(node) {
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.outboundDegreeWithoutSelfLoops: could not find the "${node}" node in the graph.`
      );
    let degree = 0;
    let loops = 0;
    if (this.type !== "directed") {
      degree += nodeData.undirectedDegree;
      loops += nodeData.undirectedLoops * 2;
    }
    if (this.type !== "undirected") {
      degree += nodeData.outDegree;
      loops += nodeData.directedLoops;
    }
    return degree - loops;
  }
  /**
   * Method returning the given node's directed degree without considering self loops.
   *
   * @param  {any}     node - The node's key.
   * @return {number}       - The node's degree.
   *
   * @throws {Error} - Will throw if the node isn't in the graph.
   */
  degreeWithoutSelfLoops(node) {
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.degreeWithoutSelfLoops: could not find the "${node}" node in the graph.`
      );
    let degree = 0;
    let loops = 0;
    if (this.type !== "directed") {
      degree += nodeData.undirectedDegree;
      loops += nodeData.undirectedLoops * 2;
    }
    if (this.type !== "undirected") {
      degree += nodeData.inDegree + nodeData.outDegree;
      loops += nodeData.directedLoops * 2;
    }
    return degree - loops;
  }
  /**
   * Method returning the given edge's source.
   *
   * @param  {any} edge - The edge's key.
   * @return {any}      - The edge's source.
   *
   * @throws {Error} - Will throw if the edge isn't in the graph.
   */
  source(edge) {
    edge = "" + edge;
    const data = this._edges.get(edge);
    if (!data)
      throw new NotFoundGraphError(
        `Graph.source: could not find the "${edge}" edge in the graph.`
      );
    return data.source.key;
  }
  /**
   * Method returning the given edge's target.
   *
   * @param  {any} edge - The edge's key.
   * @return {any}      - The edge's target.
   *
   * @throws {Error} - Will throw if the edge isn't in the graph.
   */
  target(edge) {
    edge = "" + edge;
    const data = this._edges.get(edge);
    if (!data)
      throw new NotFoundGraphError(
        `Graph.target: could not find the "${edge}" edge in the graph.`
      );
    return data.target.key;
  }
  /**
   * Method returning the given edge's extremities.
   *
   * @param  {any}   edge - The edge's key.
   * @return {array}      - The edge's extremities.
   *
   * @throws {Error} - Will throw if the edge isn't in the graph.
   */
  extremities(edge) {
    edge = "" + edge;
    const edgeData = this._edges.get(edge);
    if (!edgeData)
      throw new NotFoundGraphError(
        `Graph.extremities: could not find the "${edge}" edge in the graph.`
      );
    return [edgeData.source.key, edgeData.target.key];
  }
  /**
   * Given a node & an edge, returns the other extremity of the edge.
   *
   * @param  {any}   node - The node's key.
   * @param  {any}   edge - The edge's key.
   * @return {any}        - The related node.
   *
   * @throws {Error} - Will throw if the edge isn't in the graph or if the
   *                   edge & node are not related.
   */
  opposite(node, edge) {
    node = "" + node;
    edge = "" + edge;
    const data = this._edges.get(edge);
    if (!data)
      throw new NotFoundGraphError(
        `Graph.opposite: could not find the "${edge}" edge in the graph.`
      );
    const source = data.source.key;
    const target = data.target.key;
    if (node === source) return target;
    if (node === target) return source;
    throw new NotFoundGraphError(
      `Graph.opposite: the "${node}" node is not attached to the "${edge}" edge (${source}, ${target}).`
    );
  }
  /**
   * Returns whether the given edge has the given node as extremity.
   *
   * @param  {any}     edge - The edge's key.
   * @param  {any}     node - The node's key.
   * @return {boolean}      - The related node.
   *
   * @throws {Error} - Will throw if either the node or the edge isn't in the graph.
   */
  hasExtremity(edge, node) {
    edge = "" + edge;
    node = "" + node;
    const data = this._edges.get(edge);
    if (!data)
      throw new NotFoundGraphError(
        `Graph.hasExtremity: could not find the "${edge}" edge in the graph.`
      );
    return data.source.key === node || data.target.key === node;
  }
  /**
   * Method returning whether the given edge is undirected.
   *
   * @param  {any}     edge - The edge's key.
   * @return {boolean}
   *
   * @throws {Error} - Will throw if the edge isn't in the graph.
   */
  isUndirected(edge) {
    edge = "" + edge;
    const data = this._edges.get(edge);
    if (!data)
      throw new NotFoundGraphError(
        `Graph.isUndirected: could not find the "${edge}" edge in the graph.`
      );
    return data.undirected;
  }
  /**
   * Method returning whether the given edge is directed.
   *
   * @param  {any}     edge - The edge's key.
   * @return {boolean}
   *
   * @throws {Error} - Will throw if the edge isn't in the graph.
   */
  isDirected(edge) {
    edge = "" + edge;
    const data = this._edges.get(edge);
    if (!data)
      throw new NotFoundGraphError(
        `Graph.isDirected: could not find the "${edge}" edge in the graph.`
      );
    return !data.undirected;
  }
  /**
   * Method returning whether the given edge is a self loop.
   *
   * @param  {any}     edge - The edge's key.
   * @return {boolean}
   *
   * @throws {Error} - Will throw if the edge isn't in the graph.
   */
  isSelfLoop(edge) {
    edge = "" + edge;
    const data = this._edges.get(edge);
    if (!data)
      throw new NotFoundGraphError(
        `Graph.isSelfLoop: could not find the "${edge}" edge in the graph.`
      );
    return data.source === data.target;
  }
  /**---------------------------------------------------------------------------
   * Mutation
   **---------------------------------------------------------------------------
   */
  /**
   * Method used to add a node to the graph.
   *
   * @param  {any}    node         - The node.
   * @param  {object} [attributes] - Optional attributes.
   * @return {any}                 - The node.
   *
   * @throws {Error} - Will throw if the given node already exist.
   * @throws {Error} - Will throw if the given attributes are not an object.
   */
  addNode(node, attributes) {
    const nodeData = addNode(this, node, attributes);
    return nodeData.key;
  }
  /**
   * Method used to merge a node into the graph.
   *
   * @param  {any}    node         - The node.
   * @param  {object} [attributes] - Optional attributes.
   * @return {any}                 - The node.
   */
  mergeNode(node, attributes) {
    if (attributes && !isPlainObject(attributes))
      throw new InvalidArgumentsGraphError(
        `Graph.mergeNode: invalid attributes. Expecting an object but got "${attributes}"`
      );
    node = "" + node;
    attributes = attributes || {};
    let data = this._nodes.get(node);
    if (data) {
      if (attributes) {
        assign(data.attributes, attributes);
        this.emit("nodeAttributesUpdated", {
          type: "merge",
          key: node,
          attributes: data.attributes,
          data: attributes
        });
      }
      return [node, false];
    }
    data = new this.NodeDataClass(node, attributes);
    this._nodes.set(node, data);
    this.emit("nodeAdded", {
      key: node,
      attributes
    });
    return [node, true];
  }
  /**
   * Method used to add a node if it does not exist in the graph or else to
   * update its attributes using a function.
   *
   * @param  {any}      node      - The node.
   * @param  {function} [updater] - Optional updater function.
   * @return {any}                - The node.
   */
  updateNode(node, updater) {
    if (updater && typeof updater !== "function")
      throw new InvalidArgumentsGraphError(
        `Graph.updateNode: invalid updater function. Expecting a function but got "${updater}"`
      );
    node = "" + node;
    let data = this._nodes.get(node);
    if (data) {
      if (updater) {
        const oldAttributes = data.attributes;
        data.attributes = updater(oldAttributes);
        this.emit("nodeAttributesUpdated", {
          type: "replace",
          key: node,
          attributes: data.attributes
        });
      }
      return [node, false];
    }
    const attributes = updater ? updater({}) : {};
    data = new this.NodeDataClass(node, attributes);
    this._nodes.set(node, data);
    this.emit("nodeAdded", {
      key: node,
      attributes
    });
    return [node, true];
  }
  /**
   * Method used to drop a single node & all its attached edges from the graph.
   *
   * @param  {any}    node - The node.
   * @return {Graph}
   *
   * @throws {Error} - Will throw if the node doesn't exist.
   */
  dropNode(node) {
    node = "" + node;
    const nodeData = this._nodes.get(node);
    if (!nodeData)
      throw new NotFoundGraphError(
        `Graph.dropNode: could not find the "${node}" node in the graph.`
      );
    let edgeData;
    if (this.type !== "undirected") {
      for (const neighbor in nodeData.out) {
        edgeData = nodeData.out[neighbor];
        do {
          dropEdgeFromData(this, edgeData);
          edgeData = edgeData.next;
        } while (edgeData);
      }
      for (const neighbor in nodeData.in) {
        edgeData = nodeData.in[neighbor];
        do {
          dropEdgeFromData(this, edgeData);
          edgeData = edgeData.next;
        } while (edgeData);
      }
    }
    if (this.type !== "directed") {
      for (const neighbor in nodeData.undirected) {
        edgeData = nodeData.undirected[neighbor];
        do {
          dropEdgeFromData(this, edgeData);
          edgeData = edgeData.next;
        } while (edgeData);
      }
    }
    this._nodes.delete(node);
    this.emit("nodeDropped", {
      key: node,
      attributes: nodeData.attributes
    });
  }
  /**
   * Method used to drop a single edge from the graph.
   *
   * Arity 1:
   * @param  {any}    edge - The edge.
   *
   * Arity 2:
   * @param  {any}    source - Source node.
   * @param  {any}    target - Target node.
   *
   * @return {Graph}
   *
   * @throws {Error} - Will throw if the edge doesn't exist.
   */
  dropEdge(edge) {
    let edgeData;
    if (arguments.length > 1) {
      const source = "" + arguments[0];
      const target = "" + arguments[1];
      edgeData = getMatchingEdge(this, source, target, this.type);
      if (!edgeData)
        throw new NotFoundGraphError(
          `Graph.dropEdge: could not find the "${source}" -> "${target}" edge in the graph.`
        );
    } else {
      edge = "" + edge;
      edgeData = this._edges.get(edge);
      if (!edgeData)
        throw new NotFoundGraphError(
          `Graph.dropEdge: could not find the "${edge}" edge in the graph.`
        );
    }
    dropEdgeFromData(this, edgeData);
    return this;
  }
  /**
   * Method used to drop a single directed edge from the graph.
   *
   * @param  {any}    source - Source node.
   * @param  {any}    target - Target node.
   *
   * @return {Graph}
   *
   * @throws {Error} - Will throw if the edge doesn't exist.
   */
  dropDirectedEdge(source, target) {
    if (arguments.length < 2)
      throw new UsageGraphError(
        "Graph.dropDirectedEdge: it does not make sense to try and drop a directed edge by key. What if the edge with this key is undirected? Use #.dropEdge for this purpose instead."
      );
    if (this.multi)
      throw new UsageGraphError(
        "Graph.dropDirectedEdge: cannot use a {source,target} combo when dropping an edge in a MultiGraph since we cannot infer the one you want to delete as there could be multiple ones."
      );
    source = "" + source;
    target = "" + target;
    const edgeData = getMatchingEdge(this, source, target, "directed");
    if (!edgeData)
      throw new NotFoundGraphError(
        `Graph.dropDirectedEdge: could not find a "${source}" -> "${target}" edge in the graph.`
      );
    dropEdgeFromData(this, edgeData);
    return this;
  }
  /**
   * Method used to drop a single undirected edge from the graph.
   *
   * @param  {any}    source - Source node.
   * @param  {any}    target - Target node.
   *
   * @return {Graph}
   *
   * @throws {Error} - Will throw if the edge doesn't exist.
   */
  dropUndirectedEdge(source, target) {
    if (arguments.length < 2)
      throw new UsageGraphError(
        "Graph.dropUndirectedEdge: it does not make sense to drop a directed edge by key. What if the edge with this key is undirected? Use #.dropEdge for this purpose instead."
      );
    if (this.multi)
      throw new UsageGraphError(
        "Graph.dropUndirectedEdge: cannot use a {source,target} combo when dropping an edge in a MultiGraph since we cannot infer the one you want to delete as there could be multiple ones."
      );
    const edgeData = getMatchingEdge(this, source, target, "undirected");
    if (!edgeData)
      throw new NotFoundGraphError(
        `Graph.dropUndirectedEdge: could not find a "${source}" -> "${target}" edge in the graph.`
      );
    dropEdgeFromData(this, edgeData);
    return this;
  }
  /**
   * Method used to remove every edge & every node from the graph.
   *
   * @return {Graph}
   */
  clear() {
    this._edges.clear();
    this._nodes.clear();
    this._resetInstanceCounters();
    this.emit("cleared");
  }
  /**
   * Method used to remove every edge from the graph.
   *
   * @return {Graph}
   */
  clearEdges() {
    const iterator = this._nodes.values();
    let step;
    while (step = iterator.next(), step.done !== true) {
      step.value.clear();
    }
    this._edges.clear();
    this._resetInstanceCounters();
    this.emit("edgesCleared");
  }
  /**---------------------------------------------------------------------------
   * Attributes-related methods
   **---------------------------------------------------------------------------
   */
  /**
   * Method returning the desired graph's attribute.
   *
   * @param  {string} name - Name of the attribute.
   * @return {any}
   */
  getAttribute(name) {
    return this._attributes[name];
  }
  /**
   * Method returning the graph's attributes.
   *
   * @return {object}
   */
  getAttributes() {
    return this._attributes;
  }
  /**
   * Method returning whether the graph has the desired attribute.
   *
   * @param  {string}  name - Name of the attribute.
   * @return {boolean}
   */
  hasAttribute(name) {
    return this._attributes.hasOwnProperty(name);
  }
  /**
   * Method setting a value for the desired graph's attribute.
   *
   * @param  {string}  name  - Name of the attribute.
   * @param  {any}     value - Value for the attribute.
   * @return {Graph}
   */
  setAttribute(name, value) {
    this._attributes[name] = value;
    this.emit("attributesUpdated", {
      type: "set",
      attributes: this._attributes,
      name
    });
    return this;
  }
  /**
   * Method using a function to update the desired graph's attribute's value.
   *
   * @param  {string}   name    - Name of the attribute.
   * @param  {function} updater - Function use to update the attribute's value.
   * @return {Graph}
   */
  updateAttribute(name, updater) {
    if (typeof updater !== "function")
      throw new InvalidArgumentsGraphError(
        "Graph.updateAttribute: updater should be a function."
      );
    const value = this._attributes[name];
    this._attributes[name] = updater(value);
    this.emit("attributesUpdated", {
      type: "set",
      attributes: this._attributes,
      name
    });
    return this;
  }
  /**
   * Method removing the desired graph's attribute.
   *
   * @param  {string} name  - Name of the attribute.
   * @return {Graph}
   */
  removeAttribute(name) {
    delete this._attributes[name];
    this.emit("attributesUpdated", {
      type: "remove",
      attributes: this._attributes,
      name
    });
    return this;
  }
  /**
   * Method replacing the graph's attributes.
   *
   * @param  {object} attributes - New attributes.
   * @return {Graph}
   *
   * @throws {Error} - Will throw if given attributes are not a plain object.
   */
  replaceAttributes(attributes) {
    if (!isPlainObject(attributes))
      throw new InvalidArgumentsGraphError(
        "Graph.replaceAttributes: provided attributes are not a plain object."
      );
    this._attributes = attributes;
    this.emit("attributesUpdated", {
      type: "replace",
      attributes: this._attributes
    });
    return this;
  }
  /**
   * Method merging the graph's attributes.
   *
   * @param  {object} attributes - Attributes to merge.
   * @return {Graph}
   *
   * @throws {Error} - Will throw if given attributes are not a plain object.
   */
  mergeAttributes(attributes) {
    if (!isPlainObject(attributes))
      throw new InvalidArgumentsGraphError(
        "Graph.mergeAttributes: provided attributes are not a plain object."
      );
    assign(this._attributes, attributes);
    this.emit("attributesUpdated", {
      type: "merge",
      attributes: this._attributes,
      data: attributes
    });
    return this;
  }
  /**
   * Method updating the graph's attributes.
   *
   * @param  {function} updater - Function used to update the attributes.
   * @return {Graph}
   *
   * @throws {Error} - Will throw if given updater is not a function.
   */
  updateAttributes(updater) {
    if (typeof updater !== "function")
      throw new InvalidArgumentsGraphError(
        "Graph.updateAttributes: provided updater is not a function."
      );
    this._attributes = updater(this._attributes);
    this.emit("attributesUpdated", {
      type: "update",
      attributes: this._attributes
    });
    return this;
  }
  /**
   * Method used to update each node's attributes using the given function.
   *
   * @param {function}  updater - Updater function to use.
   * @param {object}    [hints] - Optional hints.
   */
  updateEachNodeAttributes(updater, hints) {
    if (typeof updater !== "function")
      throw new InvalidArgumentsGraphError(
        "Graph.updateEachNodeAttributes: expecting an updater function."
      );
    if (hints && !validateHints(hints))
      throw new InvalidArgumentsGraphError(
        "Graph.updateEachNodeAttributes: invalid hints. Expecting an object having the following shape: {attributes?: [string]}"
      );
    const iterator = this._nodes.values();
    let step, nodeData;
    while (step = iterator.next(), step.done !== true) {
      nodeData = step.value;
      nodeData.attributes = updater(nodeData.key, nodeData.attributes);
    }
    this.emit("eachNodeAttributesUpdated", {
      hints: hints ? hints : null
    });
  }
  /**
   * Method used to update each edge's attributes using the given function.
   *
   * @param {function}  updater - Updater function to use.
   * @param {object}    [hints] - Optional hints.
   */
  updateEachEdgeAttributes(updater, hints) {
    if (typeof updater !== "function")
      throw new InvalidArgumentsGraphError(
        "Graph.updateEachEdgeAttributes: expecting an updater function."
      );
    if (hints && !validateHints(hints))
      throw new InvalidArgumentsGraphError(
        "Graph.updateEachEdgeAttributes: invalid hints. Expecting an object having the following shape: {attributes?: [string]}"
      );
    const iterator = this._edges.values();
    let step, edgeData, sourceData, targetData;
    while (step = iterator.next(), step.done !== true) {
      edgeData = step.value;
      sourceData = edgeData.source;
      targetData = edgeData.target;
      edgeData.attributes = updater(
        edgeData.key,
        edgeData.attributes,
        sourceData.key,
        targetData.key,
        sourceData.attributes,
        targetData.attributes,
        edgeData.undirected
      );
    }
    this.emit("eachEdgeAttributesUpdated", {
      hints: hints ? hints : null
    });
  }
  /**---------------------------------------------------------------------------
   * Iteration-related methods
   **---------------------------------------------------------------------------
   */
  /**
   * Method iterating over the graph's adjacency using the given callback.
   *
   * @param  {function}  callback - Callback to use.
   */
  forEachAdjacencyEntry(callback) {
    if (typeof callback !== "function")
      throw new InvalidArgumentsGraphError(
        "Graph.forEachAdjacencyEntry: expecting a callback."
      );
    forEachAdjacency(false, false, false, this, callback);
  }
  forEachAdjacencyEntryWithOrphans(callback) {
    if (typeof callback !== "function")
      throw new InvalidArgumentsGraphError(
        "Graph.forEachAdjacencyEntryWithOrphans: expecting a callback."
      );
    forEachAdjacency(false, false, true, this, callback);
  }
  /**
   * Method iterating over the graph's assymetric adjacency using the given callback.
   *
   * @param  {function}  callback - Callback to use.
   */
  forEachAssymetricAdjacencyEntry(callback) {
    if (typeof callback !== "function")
      throw new InvalidArgumentsGraphError(
        "Graph.forEachAssymetricAdjacencyEntry: expecting a callback."
      );
    forEachAdjacency(false, true, false, this, callback);
  }
  forEachAssymetricAdjacencyEntryWithOrphans(callback) {
    if (typeof callback !== "function")
      throw new InvalidArgumentsGraphError(
        "Graph.forEachAssymetricAdjacencyEntryWithOrphans: expecting a callback."
      );
    forEachAdjacency(false, true, true, this, callback);
  }
  /**
   * Method returning the list of the graph's nodes.
   *
   * @return {array} - The nodes.
   */
  nodes() {
    return Array.from(this._nodes.keys());
  }
  /**
   * Method iterating over the graph's nodes using the given callback.
   *
   * @param  {function}  callback - Callback (key, attributes, index).
   */
  forEachNode(callback) {
    if (typeof callback !== "function")
      throw new InvalidArgumentsGraphError(
        "Graph.forEachNode: expecting a callback."
      );
    const iterator = this._nodes.values();
    let step, nodeData;
    while (step = iterator.next(), step.done !== true) {
      nodeData = step.value;
      callback(nodeData.key, nodeData.attributes);
    }
  }
  /**
   * Method iterating attempting to find a node matching the given predicate
   * function.
   *
   * @param  {function}  callback - Callback (key, attributes).
   */
  findNode(callback) {
    if (typeof callback !== "function")
      throw new InvalidArgumentsGraphError(
        "Graph.findNode: expecting a callback."
      );
    const iterator = this._nodes.values();
    let step, nodeData;
    while (step = iterator.next(), step.done !== true) {
      nodeData = step.value;
      if (callback(nodeData.key, nodeData.attributes)) return nodeData.key;
    }
    return;
  }
  /**
   * Method mapping nodes.
   *
   * @param  {function}  callback - Callback (key, attributes).
   */
  mapNodes(callback) {
    if (typeof callback !== "function")
      throw new InvalidArgumentsGraphError(
        "Graph.mapNode: expecting a callback."
      );
    const iterator = this._nodes.values();
    let step, nodeData;
    const result = new Array(this.order);
    let i = 0;
    while (step = iterator.next(), step.done !== true) {
      nodeData = step.value;
      result[i++] = callback(nodeData.key, nodeData.attributes);
    }
    return result;
  }
  /**
   * Method returning whether some node verify the given predicate.
   *
   * @param  {function}  callback - Callback (key, attributes).
   */
  someNode(callback) {
    if (typeof callback !== "function")
      throw new InvalidArgumentsGraphError(
        "Graph.someNode: expecting a callback."
      );
    const iterator = this._nodes.values();
    let step, nodeData;
    while (step = iterator.next(), step.done !== true) {
      nodeData = step.value;
      if (callback(nodeData.key, nodeData.attributes)) return true;
    }
    return false;
  }
  /**
   * Method returning whether all node verify the given predicate.
   *
   * @param  {function}  callback - Callback (key, attributes).
   */
  everyNode(callback) {
    if (typeof callback !== "function")
      throw new InvalidArgumentsGraphError(
        "Graph.everyNode: expecting a callback."
      );
    const iterator = this._nodes.values();
    let step, nodeData;
    while (step = iterator.next(), step.done !== true) {
      nodeData = step.value;
      if (!callback(nodeData.key, nodeData.attributes)) return false;
    }
    return true;
  }
  /**
   * Method filtering nodes.
   *
   * @param  {function}  callback - Callback (key, attributes).
   */
  filterNodes(callback) {
    if (typeof callback !== "function")
      throw new InvalidArgumentsGraphError(
        "Graph.filterNodes: expecting a callback."
      );
    const iterator = this._nodes.values();
    let step, nodeData;
    const result = [];
    while (step = iterator.next(), step.done !== true) {
      nodeData = step.value;
      if (callback(nodeData.key, nodeData.attributes))
        result.push(nodeData.key);
    }
    return result;
  }
  /**
   * Method reducing nodes.
   *
   * @param  {function}  callback - Callback (accumulator, key, attributes).
   */
  reduceNodes(callback, initialValue) {
    if (typeof callback !== "function")
      throw new InvalidArgumentsGraphError(
        "Graph.reduceNodes: expecting a callback."
      );
    if (arguments.length < 2)
      throw new InvalidArgumentsGraphError(
        "Graph.reduceNodes: missing initial value. You must provide it because the callback takes more than one argument and we cannot infer the initial value from the first iteration, as you could with a simple array."
      );
    let accumulator = initialValue;
    const iterator = this._nodes.values();
    let step, nodeData;
    while (step = iterator.next(), step.done !== true) {
      nodeData = step.value;
      accumulator = callback(accumulator, nodeData.key, nodeData.attributes);
    }
    return accumulator;
  }
  /**
   * Method returning an iterator over the graph's node entries.
   *
   * @return {Iterator}
   */
  nodeEntries() {
    const iterator = this._nodes.values();
    return {
      [Symbol.iterator]() {
        return this;
      },
      next() {
        const step = iterator.next();
        if (step.done) return step;
        const data = step.value;
        return {
          value: { node: data.key, attributes: data.attributes },
          done: false
        };
      }
    };
  }
  /**---------------------------------------------------------------------------
   * Serialization
   **---------------------------------------------------------------------------
   */
  /**
   * Method used to export the whole graph.
   *
   * @return {object} - The serialized graph.
   */
  export() {
    const nodes = new Array(this._nodes.size);
    let i = 0;
    this._nodes.forEach((data, key) => {
      nodes[i++] = serializeNode(key, data);
    });
    const edges = new Array(this._edges.size);
    i = 0;
    this._edges.forEach((data, key) => {
      edges[i++] = serializeEdge(this.type, key, data);
    });
    return {
      options: {
        type: this.type,
        multi: this.multi,
        allowSelfLoops: this.allowSelfLoops
      },
      attributes: this.getAttributes(),
      nodes,
      edges
    };
  }
  /**
   * Method used to import a serialized graph.
   *
   * @param  {object|Graph} data  - The serialized graph.
   * @param  {boolean}      merge - Whether to merge data.
   * @return {Graph}              - Returns itself for chaining.
   */
  import(data, merge2 = false) {
    if (data instanceof _Graph) {
      data.forEachNode((n, a) => {
        if (merge2) this.mergeNode(n, a);
        else this.addNode(n, a);
      });
      data.forEachEdge((e, a, s, t, _sa, _ta, u) => {
        if (merge2) {
          if (u) this.mergeUndirectedEdgeWithKey(e, s, t, a);
          else this.mergeDirectedEdgeWithKey(e, s, t, a);
        } else {
          if (u) this.addUndirectedEdgeWithKey(e, s, t, a);
          else this.addDirectedEdgeWithKey(e, s, t, a);
        }
      });
      return this;
    }
    if (!isPlainObject(data))
      throw new InvalidArgumentsGraphError(
        "Graph.import: invalid argument. Expecting a serialized graph or, alternatively, a Graph instance."
      );
    if (data.attributes) {
      if (!isPlainObject(data.attributes))
        throw new InvalidArgumentsGraphError(
          "Graph.import: invalid attributes. Expecting a plain object."
        );
      if (merge2) this.mergeAttributes(data.attributes);
      else this.replaceAttributes(data.attributes);
    }
    let i, l, list, node, edge;
    if (data.nodes) {
      list = data.nodes;
      if (!Array.isArray(list))
        throw new InvalidArgumentsGraphError(
          "Graph.import: invalid nodes. Expecting an array."
        );
      for (i = 0, l = list.length; i < l; i++) {
        node = list[i];
        validateSerializedNode(node);
        const { key, attributes } = node;
        if (merge2) this.mergeNode(key, attributes);
        else this.addNode(key, attributes);
      }
    }
    if (data.edges) {
      let undirectedByDefault = false;
      if (this.type === "undirected") {
        undirectedByDefault = true;
      }
      list = data.edges;
      if (!Array.isArray(list))
        throw new InvalidArgumentsGraphError(
          "Graph.import: invalid edges. Expecting an array."
        );
      for (i = 0, l = list.length; i < l; i++) {
        edge = list[i];
        validateSerializedEdge(edge);
        const {
          source,
          target,
          attributes,
          undirected = undirectedByDefault
        } = edge;
        let method;
        if ("key" in edge) {
          method = merge2 ? undirected ? this.mergeUndirectedEdgeWithKey : this.mergeDirectedEdgeWithKey : undirected ? this.addUndirectedEdgeWithKey : this.addDirectedEdgeWithKey;
          method.call(this, edge.key, source, target, attributes);
        } else {
          method = merge2 ? undirected ? this.mergeUndirectedEdge : this.mergeDirectedEdge : undirected ? this.addUndirectedEdge : this.addDirectedEdge;
          method.call(this, source, target, attributes);
        }
      }
    }
    return this;
  }
  /**---------------------------------------------------------------------------
   * Utils
   **---------------------------------------------------------------------------
   */
  /**
   * Method returning a null copy of the graph, i.e. a graph without nodes
   * & edges but with the exact same options.
   *
   * @param  {object} options - Options to merge with the current ones.
   * @return {Graph}          - The null copy.
   */
  nullCopy(options) {
    const graph = new _Graph(assign({}, this._options, options));
    graph.replaceAttributes(assign({}, this.getAttributes()));
    return graph;
  }
  /**
   * Method returning an empty copy of the graph, i.e. a graph without edges but
   * with the exact same options.
   *
   * @param  {object} options - Options to merge with the current ones.
   * @return {Graph}          - The empty copy.
   */
  emptyCopy(options) {
    const graph = this.nullCopy(options);
    this._nodes.forEach((nodeData, key) => {
      const attributes = assign({}, nodeData.attributes);
      nodeData = new graph.NodeDataClass(key, attributes);
      graph._nodes.set(key, nodeData);
    });
    return graph;
  }
  /**
   * Method returning an exact copy of the graph.
   *
   * @param  {object} options - Upgrade options.
   * @return {Graph}          - The copy.
   */
  copy(options) {
    options = options || {};
    if (typeof options.type === "string" && options.type !== this.type && options.type !== "mixed")
      throw new UsageGraphError(
        `Graph.copy: cannot create an incompatible copy from "${this.type}" type to "${options.type}" because this would mean losing information about the current graph.`
      );
    if (typeof options.multi === "boolean" && options.multi !== this.multi && options.multi !== true)
      throw new UsageGraphError(
        "Graph.copy: cannot create an incompatible copy by downgrading a multi graph to a simple one because this would mean losing information about the current graph."
      );
    if (typeof options.allowSelfLoops === "boolean" && options.allowSelfLoops !== this.allowSelfLoops && options.allowSelfLoops !== true)
      throw new UsageGraphError(
        "Graph.copy: cannot create an incompatible copy from a graph allowing self loops to one that does not because this would mean losing information about the current graph."
      );
    const graph = this.emptyCopy(options);
    const iterator = this._edges.values();
    let step, edgeData;
    while (step = iterator.next(), step.done !== true) {
      edgeData = step.value;
      addEdge(
        graph,
        "copy",
        false,
        edgeData.undirected,
        edgeData.key,
        edgeData.source.key,
        edgeData.target.key,
        assign({}, edgeData.attributes)
      );
    }
    return graph;
  }
  /**---------------------------------------------------------------------------
   * Known methods
   **---------------------------------------------------------------------------
   */
  /**
   * Method used by JavaScript to perform JSON serialization.
   *
   * @return {object} - The serialized graph.
   */
  toJSON() {
    return this.export();
  }
  /**
   * Method returning [object Graph].
   */
  toString() {
    return "[object Graph]";
  }
  /**
   * Method used internally by node's console to display a custom object.
   *
   * @return {object} - Formatted object representation of the graph.
   */
  inspect() {
    const nodes = {};
    this._nodes.forEach((data, key) => {
      nodes[key] = data.attributes;
    });
    const edges = {}, multiIndex = {};
    this._edges.forEach((data, key) => {
      const direction = data.undirected ? "--" : "->";
      let label = "";
      let source = data.source.key;
      let target = data.target.key;
      let tmp;
      if (data.undirected && source > target) {
        tmp = source;
        source = target;
        target = tmp;
      }
      const desc = `(${source})${direction}(${target})`;
      if (!key.startsWith("geid_")) {
        label += `[${key}]: `;
      } else if (this.multi) {
        if (typeof multiIndex[desc] === "undefined") {
          multiIndex[desc] = 0;
        } else {
          multiIndex[desc]++;
        }
        label += `${multiIndex[desc]}. `;
      }
      label += desc;
      edges[label] = data.attributes;
    });
    const dummy = {};
    for (const k in this) {
      if (this.hasOwnProperty(k) && !EMITTER_PROPS.has(k) && typeof this[k] !== "function" && typeof k !== "symbol")
        dummy[k] = this[k];
    }
    dummy.attributes = this._attributes;
    dummy.nodes = nodes;
    dummy.edges = edges;
    privateProperty(dummy, "constructor", this.constructor);
    return dummy;
  }
};
if (typeof Symbol !== "undefined")
  Graph.prototype[Symbol.for("nodejs.util.inspect.custom")] = Graph.prototype.inspect;
EDGE_ADD_METHODS.forEach((method) => {
  ["add", "merge", "update"].forEach((verb) => {
    const name = method.name(verb);
    const fn = verb === "add" ? addEdge : mergeEdge;
    if (method.generateKey) {
      Graph.prototype[name] = function(source, target, attributes) {
        return fn(
          this,
          name,
          true,
          (method.type || this.type) === "undirected",
          null,
          source,
          target,
          attributes,
          verb === "update"
        );
      };
    } else {
      Graph.prototype[name] = function(edge, source, target, attributes) {
        return fn(
          this,
          name,
          false,
          (method.type || this.type) === "undirected",
          edge,
          source,
          target,
          attributes,
          verb === "update"
        );
      };
    }
  });
});
attachNodeAttributesMethods(Graph);
attachEdgeAttributesMethods(Graph);
attachEdgeIterationMethods(Graph);
attachNeighborIterationMethods(Graph);
var DirectedGraph = class extends Graph {
  constructor(options) {
    const finalOptions = assign({ type: "directed" }, options);
    if ("multi" in finalOptions && finalOptions.multi !== false)
      throw new InvalidArgumentsGraphError(
        "DirectedGraph.from: inconsistent indication that the graph should be multi in given options!"
      );
    if (finalOptions.type !== "directed")
      throw new InvalidArgumentsGraphError(
        'DirectedGraph.from: inconsistent "' + finalOptions.type + '" type in given options!'
      );
    super(finalOptions);
  }
};
var UndirectedGraph = class extends Graph {
  constructor(options) {
    const finalOptions = assign({ type: "undirected" }, options);
    if ("multi" in finalOptions && finalOptions.multi !== false)
      throw new InvalidArgumentsGraphError(
        "UndirectedGraph.from: inconsistent indication that the graph should be multi in given options!"
      );
    if (finalOptions.type !== "undirected")
      throw new InvalidArgumentsGraphError(
        'UndirectedGraph.from: inconsistent "' + finalOptions.type + '" type in given options!'
      );
    super(finalOptions);
  }
};
var MultiGraph = class extends Graph {
  constructor(options) {
    const finalOptions = assign({ multi: true }, options);
    if ("multi" in finalOptions && finalOptions.multi !== true)
      throw new InvalidArgumentsGraphError(
        "MultiGraph.from: inconsistent indication that the graph should be simple in given options!"
      );
    super(finalOptions);
  }
};
var MultiDirectedGraph = class extends Graph {
  constructor(options) {
    const finalOptions = assign({ type: "directed", multi: true }, options);
    if ("multi" in finalOptions && finalOptions.multi !== true)
      throw new InvalidArgumentsGraphError(
        "MultiDirectedGraph.from: inconsistent indication that the graph should be simple in given options!"
      );
    if (finalOptions.type !== "directed")
      throw new InvalidArgumentsGraphError(
        'MultiDirectedGraph.from: inconsistent "' + finalOptions.type + '" type in given options!'
      );
    super(finalOptions);
  }
};
var MultiUndirectedGraph = class extends Graph {
  constructor(options) {
    const finalOptions = assign({ type: "undirected", multi: true }, options);
    if ("multi" in finalOptions && finalOptions.multi !== true)
      throw new InvalidArgumentsGraphError(
        "MultiUndirectedGraph.from: inconsistent indication that the graph should be simple in given options!"
      );
    if (finalOptions.type !== "undirected")
      throw new InvalidArgumentsGraphError(
        'MultiUndirectedGraph.from: inconsistent "' + finalOptions.type + '" type in given options!'
      );
    super(finalOptions);
  }
};
function attachStaticFromMethod(Class) {
  Class.from = function(data, options) {
    const finalOptions = assign({}, data.options, options);
    const instance = new Class(finalOptions);
    instance.import(data);
    return instance;
  };
}
attachStaticFromMethod(Graph);
attachStaticFromMethod(DirectedGraph);
attachStaticFromMethod(UndirectedGraph);
attachStaticFromMethod(MultiGraph);
attachStaticFromMethod(MultiDirectedGraph);
attachStaticFromMethod(MultiUndirectedGraph);
Graph.Graph = Graph;
Graph.DirectedGraph = DirectedGraph;
Graph.UndirectedGraph = UndirectedGraph;
Graph.MultiGraph = MultiGraph;
Graph.MultiDirectedGraph = MultiDirectedGraph;
Graph.MultiUndirectedGraph = MultiUndirectedGraph;
Graph.InvalidArgumentsGraphError = InvalidArgumentsGraphError;
Graph.NotFoundGraphError = NotFoundGraphError;
Graph.UsageGraphError = UsageGraphError;

// dist/src/graph/build-graph.js
var import_graphology_dag = __toESM(require_graphology_dag(), 1);

// dist/src/graph/resolve.js
var RESOLVES_TO = {
  command: ["function", "alias"],
  function: ["function"],
  alias: ["alias"],
  variable: ["variable"],
  env: ["env"],
  drive: ["drive"],
  module: ["module"],
  class: ["class"]
};
function symbolKey(kind, name) {
  return foldedKey(kind, name.toLowerCase());
}
function foldedKey(kind, folded) {
  return `${kind}\0${folded}`;
}
function indexDefinitions(symbols) {
  const load = /* @__PURE__ */ new Map();
  const any = /* @__PURE__ */ new Map();
  symbols.forEach((s, index) => {
    for (const def of s.defines) {
      const key = symbolKey(def.kind, def.name);
      push(any, key, { index, item: def });
      if (def.phase === "load")
        push(load, key, { index, item: def });
    }
  });
  return { load, any };
}
function push(map, key, value) {
  const list = map.get(key);
  if (list)
    list.push(value);
  else
    map.set(key, [value]);
}
function viaOf(x, kind, access) {
  const via = { kind, name: x.name, line: x.line, column: x.column, access };
  const marked = access === "probe" || "guarded" in x && x.guarded ? { ...via, guarded: true } : via;
  return x.file === void 0 ? marked : { ...marked, file: x.file };
}
function runsAt(s, item) {
  const chain2 = [{ line: item.line, column: item.column }];
  const loads = s.subFiles ?? [];
  for (let file = item.file, guard2 = 0; file !== void 0 && file !== s.path && guard2 <= loads.length; guard2++) {
    const load = loads.find((l) => l.path === file);
    if (!load)
      break;
    chain2.unshift({ line: load.line, column: load.column });
    file = load.from;
  }
  return chain2;
}
function runsBefore(a, b) {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a.at(i);
    const y = b.at(i);
    if (!x || !y)
      break;
    if (x.line !== y.line)
      return x.line < y.line;
    if (x.column !== y.column)
      return x.column < y.column;
  }
  return a.length < b.length;
}
function definesBefore(own, index, ref, s) {
  const mine = (own ?? []).filter((d) => d.index === index);
  if (mine.length === 0)
    return false;
  if (!s.subFiles?.length) {
    return mine.some((d) => d.item.line < ref.line || d.item.line === ref.line && d.item.column < ref.column);
  }
  const use = runsAt(s, ref);
  return mine.some((d) => runsBefore(runsAt(s, d.item), use));
}
function resolveReferences(symbols, defs) {
  const requirements = [];
  const misordered = [];
  const runtime = [];
  const lastDefs = /* @__PURE__ */ new Map();
  const definedNames = /* @__PURE__ */ new Set();
  for (const key of defs.any.keys())
    definedNames.add(key.slice(key.indexOf("\0") + 1));
  const defined = /* @__PURE__ */ new Map();
  symbols.forEach((s, user) => {
    for (const ref of s.references) {
      let isDefined = defined.get(ref.name);
      if (isDefined === void 0) {
        isDefined = definedNames.has(ref.name.toLowerCase());
        defined.set(ref.name, isDefined);
      }
      if (!isDefined)
        continue;
      const name = ref.name.toLowerCase();
      for (const kind of RESOLVES_TO[ref.kind]) {
        const key = foldedKey(kind, name);
        if (ref.phase === "deferred") {
          let last2 = lastDefs.get(key);
          if (last2 === void 0) {
            last2 = lastPerFragment(defs.any.get(key));
            lastDefs.set(key, last2);
          }
          for (const d of last2) {
            if (d.index === user)
              continue;
            runtime.push({ from: d.index, to: user, via: viaOf(ref, ref.kind, ref.access), reason: "use" });
          }
          continue;
        }
        const all = defs.load.get(key);
        if (!all || definesBefore(all, user, ref, s))
          continue;
        const before2 = all.filter((d) => d.index < user);
        const provider = before2.at(-1);
        if (provider) {
          requirements.push({ from: provider.index, to: user, via: viaOf(ref, ref.kind, ref.access), reason: "use" });
        } else {
          if (all.some((d) => d.index === user))
            continue;
          const later = all.find((d) => d.index > user);
          if (!later)
            continue;
          requirements.push({ from: later.index, to: user, via: viaOf(ref, ref.kind, ref.access), reason: "use" });
          misordered.push({ user, ref, definer: later.index, def: later.item });
        }
        const nextWriter = all.find((d) => d.index > user);
        if (provider && nextWriter && ref.access !== "write") {
          requirements.push({
            from: user,
            to: nextWriter.index,
            via: viaOf(nextWriter.item, kind, "write"),
            reason: "state"
          });
        }
      }
    }
  });
  for (const list of defs.load.values()) {
    list.forEach((cur, i) => {
      const prev = list[i - 1];
      if (prev !== void 0 && prev.index !== cur.index) {
        requirements.push({
          from: prev.index,
          to: cur.index,
          via: viaOf(cur.item, cur.item.kind, "write"),
          reason: "state"
        });
      }
    });
  }
  return { requirements, misordered, runtime };
}
function lastPerFragment(list) {
  const byFragment = /* @__PURE__ */ new Map();
  for (const d of list ?? [])
    byFragment.set(d.index, d);
  return [...byFragment.values()];
}

// dist/src/graph/hazards.js
var KIND_LABEL = {
  function: "function",
  alias: "alias",
  variable: "variable",
  env: "environment variable",
  drive: "drive",
  module: "module",
  class: "class",
  command: "command"
};
function spell(kind, name) {
  if (kind === "variable")
    return `$${name}`;
  if (kind === "env")
    return `$env:${name}`;
  return name;
}
function findHazards(symbols, defs, misordered) {
  return [
    ...misorderedUses(symbols, misordered),
    ...duplicateDefinitions(symbols, defs),
    ...sharedVariables(symbols, defs),
    ...sharedEnvironment(symbols, defs),
    ...scriptWideDirectives(symbols),
    ...sideEffects(symbols)
  ];
}
function site(symbols, index, pos) {
  return { file: pos.file ?? at(symbols, index).path, line: pos.line, column: pos.column };
}
function related(symbols, d, message) {
  return { ...site(symbols, d.index, d.item), message };
}
function misorderedUses(symbols, misordered) {
  return misordered.filter(({ ref }) => !ref.guarded).map(({ user, ref, definer: definer2, def }) => {
    const name = spell(def.kind, ref.name);
    const where = `${def.file ?? at(symbols, definer2).path}:${def.line}`;
    const rel = [{ ...site(symbols, definer2, def), message: `${name} is defined here` }];
    if (ref.access === "probe") {
      return diagnostic("PROBE_BEFORE_DEFINE", `this probe of ${name} runs before ${where} defines it: in the baseline order it is always false at load time`, site(symbols, user, ref), rel);
    }
    return diagnostic("ORDER_VIOLATION", `${name} is used at load time but only defined later, by ${where}; the bundle loads that fragment first`, site(symbols, user, ref), rel);
  });
}
function perFragment(list) {
  const byFragment = /* @__PURE__ */ new Map();
  for (const d of list)
    byFragment.set(d.index, d);
  return [...byFragment.values()].sort((a, b) => a.index - b.index);
}
function duplicateDefinitions(symbols, defs) {
  const out = [];
  for (const list of defs.load.values()) {
    const kind = at(list, 0).item.kind;
    if (kind !== "function" && kind !== "alias" && kind !== "class")
      continue;
    const definers = perFragment(list);
    if (definers.length < 2)
      continue;
    const winner = definers.at(-1);
    const name = winner.item.name;
    const others = definers.slice(0, -1);
    out.push(diagnostic("DUPLICATE_DEFINITION", `${KIND_LABEL[kind]} ${name} is also defined by ${others.map((d) => at(symbols, d.index).path).join(", ")}; this definition loads last and wins`, site(symbols, winner.index, winner.item), others.map((d) => related(symbols, d, `earlier definition of ${name}, overridden`))));
  }
  return out;
}
function readSummaries(symbols, kind) {
  const out = /* @__PURE__ */ new Map();
  symbols.forEach((s, index) => {
    for (const ref of s.references) {
      if (ref.kind !== kind || ref.access !== "read" && ref.access !== "probe")
        continue;
      const lower2 = ref.name.toLowerCase();
      let byFragment = out.get(lower2);
      if (!byFragment)
        out.set(lower2, byFragment = /* @__PURE__ */ new Map());
      let r = byFragment.get(index);
      if (!r)
        byFragment.set(index, r = { reads: [] });
      if (ref.phase === "deferred") {
        r.deferred ??= ref;
        continue;
      }
      r.first ??= ref;
      r.reads.push(ref);
      if (!ref.afterOwnWrite)
        r.inherited ??= ref;
    }
  });
  return out;
}
function sharedVariables(symbols, defs) {
  const out = [];
  const reads = readSummaries(symbols, "variable");
  for (const [key, list] of defs.load) {
    const first = at(list, 0);
    if (first.item.kind !== "variable")
      continue;
    const name = first.item.name;
    const writers = perFragment(defs.any.get(key) ?? list);
    const writerSet = new Set(writers.map((w) => w.index));
    const byFragment = reads.get(name.toLowerCase()) ?? /* @__PURE__ */ new Map();
    const involved = /* @__PURE__ */ new Set([...writerSet, ...byFragment.keys()]);
    if (involved.size < 2)
      continue;
    const writesElsewhere = (index) => writers.some((w) => w.index !== index);
    const rel = [];
    const before2 = [];
    const runTime = [];
    for (const d of writers) {
      if (d.index !== first.index)
        rel.push(related(symbols, d, `${at(symbols, d.index).path} writes $${name}`));
    }
    for (const [index, r] of [...byFragment].sort((a, b) => a[0] - b[0])) {
      const path16 = at(symbols, index).path;
      if (r.inherited && writesElsewhere(index)) {
        before2.push(path16);
        rel.push({ ...site(symbols, index, r.inherited), message: `${path16} reads $${name} before assigning it` });
      } else if (r.deferred && writesElsewhere(index)) {
        runTime.push(path16);
        rel.push({ ...site(symbols, index, r.deferred), message: `${path16} reads $${name} at run time` });
      } else if (index !== first.index && r.first) {
        rel.push({ ...site(symbols, index, r.first), message: `${path16} reads $${name} after assigning it` });
      }
    }
    rel.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
    const forSession = writers.length > 1 && list.some((d) => d.item.scope === "global" || d.item.scope === "script");
    if (before2.length + runTime.length > 0 || forSession) {
      const readers = [
        before2.length > 0 ? `${before2.join(", ")} ${before2.length === 1 ? "reads" : "read"} it before assigning it` : "",
        runTime.length > 0 ? `${runTime.join(", ")} ${runTime.length === 1 ? "reads" : "read"} it at run time` : "",
        forSession && before2.length + runTime.length === 0 ? `${writers.map((w) => at(symbols, w.index).path).join(", ")} all set it for the session` : ""
      ].filter(Boolean);
      out.push(diagnostic("SHARED_VARIABLE", `$${name} is set at the top level, so it leaks into the session, and ${readers.join("; ")}: ${before2.length + runTime.length === 0 ? "the value it keeps" : before2.length + runTime.length === 1 ? "what it reads" : "what they read"} depends on the fragments' order`, site(symbols, first.index, first.item), rel));
      continue;
    }
    const paths = writers.map((w) => at(symbols, w.index).path);
    out.push(diagnostic("LEAKED_VARIABLE", `$${name} is assigned at the top level by ${paths.join(", ")}, none reading a value another left, so no fragment depends on another; it still leaks into the session: keep it inside a script block (\`& { ... }\`) or end with \`Remove-Variable ${name}\``, site(symbols, first.index, first.item), rel));
  }
  return out;
}
function sharedEnvironment(symbols, defs) {
  const out = [];
  const reads = readSummaries(symbols, "env");
  for (const list of defs.load.values()) {
    if (at(list, 0).item.kind !== "env")
      continue;
    const writers = perFragment(list);
    if (writers.length < 2)
      continue;
    const name = last(writers).item.name;
    const byFragment = reads.get(name.toLowerCase());
    const keeps = (d) => (byFragment?.get(d.index)?.reads ?? []).some((r) => r.file === d.item.file ? r.line <= d.item.line : runsBefore(runsAt(at(symbols, d.index), r), runsAt(at(symbols, d.index), d.item)));
    const overwrite = list.find((d) => d.index !== at(writers, 0).index && !keeps(d));
    if (overwrite) {
      const earlier = writers.filter((w) => w.index < overwrite.index);
      out.push(diagnostic("ENV_OVERWRITTEN", `$env:${name} is overwritten here, discarding what ${earlier.map((w) => at(symbols, w.index).path).join(", ")} wrote; the fragments' order decides its value`, site(symbols, overwrite.index, overwrite.item), earlier.map((w) => related(symbols, w, `earlier write of $env:${name}, discarded`))));
      continue;
    }
    const final = last(writers);
    out.push(diagnostic("SHARED_ENV", `$env:${final.item.name} is written by ${writers.length} fragments (${writers.map((w) => at(symbols, w.index).path).join(", ")}), each keeping what it found; their order decides only the order of the parts`, site(symbols, final.index, final.item), writers.slice(0, -1).map((w) => related(symbols, w, `earlier write of $env:${final.item.name}`))));
  }
  return out;
}
function scriptWideDirectives(symbols) {
  const out = [];
  symbols.forEach((s, index) => {
    for (const r of s.directives.requires) {
      if (/^#requires\s+-fragment\b/i.test(r.text.trim()))
        continue;
      out.push(diagnostic("REQUIRES_GATES_ALL", `"${r.text.trim()}" applies to the whole script it stands in; in a bundle it would gate every fragment, so fragbundle checks it for this fragment only`, site(symbols, index, r)));
    }
    for (const e of s.directives.exits) {
      out.push(diagnostic("TOP_LEVEL_EXIT", "`exit` at the top level ends this fragment and sets $LASTEXITCODE at once; later fragments still load, as one by one", site(symbols, index, e)));
    }
  });
  return out;
}
function sideEffects(symbols) {
  const out = [];
  symbols.forEach((s, index) => {
    const effects = s.sideEffects;
    if (effects.length === 0)
      return;
    const kinds = [...new Set(effects.map((e) => e.kind))].sort();
    const commands = [...new Set(effects.map((e) => e.command))].slice(0, 5);
    out.push(diagnostic(
      "LOAD_SIDE_EFFECT",
      // What the bundle does with it depends on the plan, which adds it (bundle/side-effect-findings.ts).
      `runs ${kinds.join(", ")} at load time (${commands.join(", ")}${effects.length > commands.length ? ", ..." : ""})`,
      site(symbols, index, at(effects, 0))
    ));
  });
  return out;
}

// dist/src/graph/order.js
function stableTopologicalOrder(successors, priority) {
  const n = successors.length;
  const indegree = new Array(n).fill(0);
  for (const next of successors)
    for (const j of next)
      indegree[j] = at(indegree, j) + 1;
  const byPriority = (a, b) => at(priority, a) - at(priority, b) || a - b;
  const heap = new MinHeap(byPriority);
  for (let i = 0; i < n; i++)
    if (indegree[i] === 0)
      heap.push(i);
  const order = [];
  const placed = new Array(n).fill(false);
  while (heap.size > 0) {
    const i = heap.pop();
    order.push(i);
    placed[i] = true;
    for (const j of at(successors, i))
      if ((indegree[j] = at(indegree, j) - 1) === 0)
        heap.push(j);
  }
  if (order.length < n) {
    const rest = [...Array(n).keys()].filter((i) => !placed[i]).sort(byPriority);
    for (const i of rest)
      order.push(i);
  }
  return order;
}
function stronglyConnectedComponents(successors) {
  const n = successors.length;
  const index = new Array(n).fill(-1);
  const low = new Array(n).fill(0);
  const onStack = new Array(n).fill(false);
  const stack = [];
  const components = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1)
      continue;
    const work = [{ node: root, edge: 0 }];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (work.length > 0) {
      const frame = last(work);
      const next = at(successors, frame.node);
      if (frame.edge < next.length) {
        const w = at(next, frame.edge++);
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = true;
          work.push({ node: w, edge: 0 });
        } else if (onStack[w]) {
          low[frame.node] = Math.min(at(low, frame.node), at(index, w));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = last(work).node;
        low[parent] = Math.min(at(low, parent), at(low, frame.node));
      }
      if (low[frame.node] === index[frame.node]) {
        const component = [];
        let w;
        do {
          w = stack.pop();
          onStack[w] = false;
          component.push(w);
        } while (w !== frame.node);
        components.push(component.sort((a, b) => a - b));
      }
    }
  }
  return components;
}
function cycleThrough(start, component, successors) {
  const parent = /* @__PURE__ */ new Map();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const node = at(queue, head);
    for (const w of [...at(successors, node)].sort((a, b) => a - b)) {
      if (!component.has(w))
        continue;
      if (w === start) {
        const path16 = [node];
        for (let first = node; first !== start; path16.unshift(first))
          first = parent.get(first);
        return path16;
      }
      if (!parent.has(w)) {
        parent.set(w, node);
        queue.push(w);
      }
    }
  }
  return [start];
}
var MinHeap = class {
  compare;
  items = [];
  constructor(compare) {
    this.compare = compare;
  }
  get size() {
    return this.items.length;
  }
  push(value) {
    const items = this.items;
    items.push(value);
    let i = items.length - 1;
    while (i > 0) {
      const p = i - 1 >> 1;
      if (this.compare(at(items, i), at(items, p)) >= 0)
        break;
      [items[i], items[p]] = [at(items, p), at(items, i)];
      i = p;
    }
  }
  pop() {
    const items = this.items;
    if (items.length === 0)
      return void 0;
    const top2 = items[0];
    const last2 = items.pop();
    if (items.length > 0) {
      items[0] = last2;
      let i = 0;
      for (; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && this.compare(at(items, l), at(items, m)) < 0)
          m = l;
        if (r < items.length && this.compare(at(items, r), at(items, m)) < 0)
          m = r;
        if (m === i)
          break;
        [items[i], items[m]] = [at(items, m), at(items, i)];
        i = m;
      }
    }
    return top2;
  }
};

// dist/src/graph/build-graph.js
function buildGraph(symbols, options = {}) {
  const n = symbols.length;
  const ids = symbols.map((s) => s.fragment);
  const defs = indexDefinitions(symbols);
  const resolution = resolveReferences(symbols, defs);
  const diagnostics = [];
  const drafts = /* @__PURE__ */ new Map();
  const draft = (from, to) => {
    const key = `${from}>${to}`;
    let e = drafts.get(key);
    if (!e) {
      e = { from, to, via: [], declared: false, inferred: false, used: false, hardUse: false };
      drafts.set(key, e);
    }
    return e;
  };
  for (const r of resolution.requirements)
    addRequirement(draft(r.from, r.to), r);
  const resolveName = fragmentResolver(ids);
  symbols.forEach((s, to) => {
    for (const dep of [...s.directives.dependencies, ...s.directives.requiresFragments]) {
      const from = resolveName(dep.name);
      if (from === void 0) {
        diagnostics.push(missingDependency(s, dep, ids));
      } else if (from !== to) {
        draft(from, to).declared = true;
      }
    }
  });
  const edgesByIndex = [...drafts.values()].sort((a, b) => a.from - b.from || a.to - b.to);
  const successors = Array.from({ length: n }, () => []);
  for (const e of edgesByIndex)
    at(successors, e.from).push(e.to);
  diagnostics.push(...headerFindings(symbols, edgesByIndex, resolveName));
  const cycles = findCycles(ids, symbols, successors, drafts);
  for (const c of cycles)
    diagnostics.push(cycleDiagnostic(c, symbols, ids));
  const priority = firstPriority(ids, options.first ?? []);
  const order = stableTopologicalOrder(successors, priority).map((i) => at(ids, i));
  const levels = computeLevels(ids, edgesByIndex, cycles);
  const hazards = findHazards(symbols, defs, resolution.misordered).sort(compareDiagnostics);
  const edges = edgesByIndex.map((e) => ({
    from: at(ids, e.from),
    to: at(ids, e.to),
    via: sortVia(e.via, at(symbols, e.to)),
    declared: e.declared,
    inferred: e.inferred,
    ...e.used && !e.hardUse ? { guarded: true } : {}
  }));
  return {
    fragments: ids,
    edges,
    runtimeUses: runtimeUses(ids, symbols, resolution.runtime),
    order,
    levels,
    cycles,
    hazards,
    diagnostics: diagnostics.sort(compareDiagnostics)
  };
}
function addRequirement(e, r) {
  e.inferred = true;
  if (r.reason === "use") {
    e.used = true;
    if (!r.via.guarded)
      e.hardUse = true;
  }
  const same = e.via.some((v) => v.line === r.via.line && v.column === r.via.column && v.file === r.via.file && v.name === r.via.name && v.kind === r.via.kind);
  if (!same)
    e.via.push(r.via);
}
function sortVia(via, s) {
  const byName = (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  if (!via.some((v) => v.file !== void 0)) {
    return [...via].sort((a, b) => a.line - b.line || a.column - b.column || byName(a, b));
  }
  const chains = new Map(via.map((v) => [v, runsAt(s, v)]));
  return [...via].sort((a, b) => {
    const x = chains.get(a);
    const y = chains.get(b);
    return runsBefore(x, y) ? -1 : runsBefore(y, x) ? 1 : byName(a, b);
  });
}
function fragmentResolver(ids) {
  const exact = /* @__PURE__ */ new Map();
  const stripped = /* @__PURE__ */ new Map();
  ids.forEach((id, i) => {
    const lower2 = id.toLowerCase();
    if (!exact.has(lower2))
      exact.set(lower2, i);
    const base = lower2.slice(lower2.lastIndexOf("/") + 1);
    for (const key of /* @__PURE__ */ new Set([base, base.replace(/^\d+[-_. ]*/, "")])) {
      const list = stripped.get(key) ?? [];
      list.push(i);
      stripped.set(key, list);
    }
  });
  const verbatim = new Map(ids.map((id, i) => [id, i]));
  return (name) => {
    const asked = name.trim().replace(/\.ps1$/i, "");
    const same = verbatim.get(asked);
    if (same !== void 0)
      return same;
    const lower2 = asked.toLowerCase();
    const hit = exact.get(lower2);
    if (hit !== void 0)
      return hit;
    const candidates = stripped.get(lower2);
    return candidates && candidates.length === 1 ? candidates[0] : void 0;
  };
}
function missingDependency(s, dep, ids) {
  const lower2 = dep.name.toLowerCase();
  const near = ids.filter((id) => id.toLowerCase().includes(lower2) || lower2.includes(id.toLowerCase().replace(/^\d+[-_. ]*/, "")));
  const hint = near.length > 0 ? ` (did you mean ${near.slice(0, 3).join(", ")}?)` : "";
  return diagnostic("MISSING_DEPENDENCY", `declared dependency "${dep.name}" names no fragment${hint}`, {
    file: s.path,
    line: dep.line,
    column: dep.column
  });
}
function headerFindings(symbols, edges, resolve5) {
  const n = symbols.length;
  const declaredPreds = Array.from({ length: n }, () => []);
  const usedPreds = Array.from({ length: n }, () => []);
  const hardPreds = Array.from({ length: n }, () => []);
  const usedInto = Array.from({ length: n }, () => []);
  for (const e of edges) {
    if (e.declared)
      at(declaredPreds, e.to).push(e.from);
    if (e.used) {
      at(usedPreds, e.to).push(e.from);
      at(usedInto, e.to).push(e);
    }
    if (e.hardUse)
      at(hardPreds, e.to).push(e.from);
  }
  const out = [];
  symbols.forEach((s, to) => {
    const headers = [...s.directives.dependencies, ...s.directives.requiresFragments];
    if (headers.length === 0)
      return;
    const declaredClosure = reachedBackwards(to, at(usedPreds, to), declaredPreds);
    for (const e of at(usedInto, to)) {
      if (declaredClosure.has(e.from))
        continue;
      const first = at(sortVia(e.via, s), 0);
      out.push(diagnostic("UNDECLARED_DEPENDENCY", `needs ${at(symbols, e.from).fragment} (for ${e.via.map((v) => v.name).filter(unique).slice(0, 3).join(", ")}) but its dependency header does not name it`, { file: first.file ?? s.path, line: first.line, column: first.column }, [
        {
          file: s.path,
          line: at(headers, 0).line,
          column: at(headers, 0).column,
          message: "the dependency header"
        }
      ]));
    }
    const named = headers.map((h) => resolve5(h.name)).filter((i) => i !== void 0);
    const neededClosure = reachedBackwards(to, named, usedPreds);
    const hardClosure = reachedBackwards(to, named, hardPreds);
    for (const h of headers) {
      const from = resolve5(h.name);
      if (from === void 0 || from === to || hardClosure.has(from))
        continue;
      if (neededClosure.has(from)) {
        const direct = at(usedInto, to).find((e) => e.from === from);
        const uses = direct ? sortVia(direct.via, s).filter((v) => v.guarded) : [];
        const names = uses.map((v) => v.name).filter(unique);
        out.push(diagnostic("GUARDED_DEPENDENCY", `declares a dependency on ${at(symbols, from).fragment} that only guarded uses need (${names.length > 0 ? names.slice(0, 3).join(", ") : "through the fragments it needs"}): keep it, since without it loaded first the guard is silently false and the guarded code never runs`, { file: s.path, line: h.line, column: h.column }, uses.slice(0, 3).map((v) => ({
          file: v.file ?? s.path,
          line: v.line,
          column: v.column,
          message: v.access === "probe" ? `probes ${v.name}` : `calls ${v.name} only when it exists`
        }))));
        continue;
      }
      out.push(diagnostic("UNNEEDED_DEPENDENCY", `declares a dependency on ${at(symbols, from).fragment}, but nothing it does at load time needs it`, { file: s.path, line: h.line, column: h.column }));
    }
  });
  return out;
}
function unique(value, index, all) {
  return all.indexOf(value) === index;
}
function reachedBackwards(start, targets, preds) {
  const wanted = new Set(targets);
  const found = /* @__PURE__ */ new Set();
  if (wanted.size === 0)
    return found;
  const seen = /* @__PURE__ */ new Set();
  const stack = [...at(preds, start)];
  while (stack.length > 0) {
    const i = stack.pop();
    if (seen.has(i))
      continue;
    seen.add(i);
    if (wanted.has(i)) {
      found.add(i);
      if (found.size === wanted.size)
        break;
    }
    for (const p of at(preds, i))
      stack.push(p);
  }
  return found;
}
function findCycles(ids, symbols, successors, drafts) {
  const cycles = [];
  for (const component of stronglyConnectedComponents(successors)) {
    if (component.length < 2)
      continue;
    const set = new Set(component);
    const path16 = cycleThrough(at(component, 0), set, successors);
    cycles.push({
      fragments: path16.map((i) => at(ids, i)),
      steps: path16.map((from, k) => {
        const to = at(path16, (k + 1) % path16.length);
        const e = drafts.get(`${from}>${to}`);
        return { from: at(ids, from), to: at(ids, to), via: sortVia(e.via, at(symbols, to)), declared: e.declared };
      })
    });
  }
  return cycles.sort((a, b) => ids.indexOf(at(a.fragments, 0)) - ids.indexOf(at(b.fragments, 0)));
}
function cycleDiagnostic(cycle, symbols, ids) {
  const pathOf = (id) => at(symbols, ids.indexOf(id)).path;
  const describe3 = cycle.steps.map((s) => {
    const v = s.via[0];
    const why = v ? `${v.name} at ${v.file ?? pathOf(s.to)}:${v.line}:${v.column}` : "its dependency header";
    return `${s.to} needs ${s.from} (${why})`;
  });
  const first = at(cycle.steps, 0);
  const anchor = first.via[0];
  return diagnostic("CYCLE", `cycle between ${cycle.fragments.join(" -> ")} -> ${cycle.fragments[0]}: ${describe3.join("; ")}`, { file: anchor?.file ?? pathOf(first.to), line: anchor?.line ?? 1, column: anchor?.column ?? 1 }, cycle.steps.flatMap((s) => s.via.slice(0, 1).map((v) => ({
    file: v.file ?? pathOf(s.to),
    line: v.line,
    column: v.column,
    message: `${s.to} needs ${s.from} for ${v.name}`
  }))));
}
function firstPriority(ids, first) {
  const resolve5 = fragmentResolver(ids);
  const priority = ids.map((_, i) => i + first.length);
  first.forEach((name, rank) => {
    const i = resolve5(name);
    if (i !== void 0)
      priority[i] = Math.min(at(priority, i), rank);
  });
  return priority;
}
function computeLevels(ids, edges, cycles) {
  const inCycle = /* @__PURE__ */ new Map();
  cycles.forEach((c, k) => {
    c.fragments.forEach((id) => inCycle.set(id, k));
  });
  const graph = new DirectedGraph();
  for (const id of ids)
    graph.addNode(id);
  for (const e of edges) {
    const from = at(ids, e.from);
    const to = at(ids, e.to);
    const cf = inCycle.get(from);
    if (cf !== void 0 && cf === inCycle.get(to))
      continue;
    graph.mergeEdge(from, to);
  }
  let generations;
  try {
    generations = (0, import_graphology_dag.topologicalGenerations)(graph);
  } catch {
    generations = ids.map((id) => [id]);
  }
  const rank = new Map(ids.map((id, i) => [id, i]));
  return generations.map((level) => [...level].sort((a, b) => rank.get(a) - rank.get(b)));
}
function runtimeUses(ids, symbols, runtime) {
  const grouped = /* @__PURE__ */ new Map();
  for (const r of runtime) {
    const key = `${r.from}>${r.to}`;
    const g = grouped.get(key) ?? { from: r.from, to: r.to, via: [] };
    g.via.push(r.via);
    grouped.set(key, g);
  }
  return [...grouped.values()].sort((a, b) => a.from - b.from || a.to - b.to).map((g) => ({ from: at(ids, g.from), to: at(ids, g.to), via: sortVia(g.via, at(symbols, g.to)) }));
}

// dist/src/load/load-fragments.js
import { createHash } from "node:crypto";
import path from "node:path";

// dist/src/load/decode.js
import { TextDecoder } from "node:util";
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
var utf16le = new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true });
var utf16be = new TextDecoder("utf-16be", { fatal: true, ignoreBOM: true });
function decodeScript(bytes) {
  if (bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) {
    return decodeWith(utf8, bytes.subarray(3), "utf8-bom");
  }
  if (bytes.length >= 2 && bytes[0] === 255 && bytes[1] === 254) {
    return decodeWith(utf16le, bytes.subarray(2), "utf16le-bom");
  }
  if (bytes.length >= 2 && bytes[0] === 254 && bytes[1] === 255) {
    return decodeWith(utf16be, bytes.subarray(2), "utf16be-bom");
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const at3 = positionOfByte(bytes, nul);
    const hint = looksLikeBomlessUtf16(bytes) ? " (it looks like UTF-16 without a byte-order mark: save it with a BOM)" : "";
    return { ok: false, reason: `contains a NUL byte${hint}`, ...at3 };
  }
  return decodeWith(utf8, bytes, "utf8");
}
function decodeWith(decoder, bytes, encoding) {
  let text;
  let invalidAt;
  try {
    text = decoder.decode(bytes);
  } catch {
    text = new TextDecoder(decoder.encoding, { ignoreBOM: true }).decode(bytes);
    invalidAt = firstInvalid(bytes, encoding);
  }
  const nul = text.indexOf("\0");
  if (nul !== -1)
    return { ok: false, reason: "contains a NUL character", ...positionOfIndex(text, nul) };
  return invalidAt ? { ok: true, text, encoding, invalidAt } : { ok: true, text, encoding };
}
function encodingLabel(encoding) {
  return encoding.startsWith("utf16le") ? "UTF-16 LE" : encoding.startsWith("utf16be") ? "UTF-16 BE" : "UTF-8";
}
function looksLikeBomlessUtf16(bytes) {
  const n = Math.min(bytes.length, 512);
  let zeros = 0;
  for (let i = 0; i < n; i++)
    if (bytes[i] === 0)
      zeros++;
  return n >= 4 && zeros >= n / 3;
}
function positionOfByte(bytes, offset) {
  let line = 1;
  let column = 1;
  for (const b of bytes.subarray(0, offset)) {
    if (b === 10) {
      line++;
      column = 1;
    } else if ((b & 192) !== 128) {
      column++;
    }
  }
  return { line, column };
}
function positionOfIndex(text, index) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: index - lineStart + 1 };
}
function firstInvalid(bytes, encoding) {
  const decoder = encoding.startsWith("utf16le") ? utf16le : encoding.startsWith("utf16be") ? utf16be : utf8;
  const step = encoding.startsWith("utf16") ? 2 : 1;
  let lo = 0;
  let hi = Math.ceil(bytes.length / step);
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    try {
      decoder.decode(bytes.subarray(0, mid * step));
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  const valid = lo * step;
  let prefix = "";
  for (let back = 0; back <= 4 && valid - back >= 0; back++) {
    try {
      prefix = decoder.decode(bytes.subarray(0, valid - back));
      break;
    } catch {
    }
  }
  return positionOfIndex(prefix + "\0", prefix.length);
}

// dist/src/load/glob.js
var import_picomatch = __toESM(require_picomatch2(), 1);
var cache = /* @__PURE__ */ new Map();
function matchGlob(pattern2, path16) {
  const subject = pattern2.includes("/") ? path16 : path16.slice(path16.lastIndexOf("/") + 1);
  let matcher = cache.get(pattern2);
  if (!matcher) {
    matcher = (0, import_picomatch.default)(pattern2, { nocase: true, dot: true });
    cache.set(pattern2, matcher);
  }
  return matcher(subject);
}
function mayDescend(patterns) {
  return patterns.some((p) => p.includes("/") || p.includes("**"));
}
function globSource(pattern2) {
  return import_picomatch.default.makeRe(pattern2, { nocase: true, dot: true }).source;
}

// dist/src/load/load-fragments.js
var LoadError = class extends Error {
  diagnostics;
  constructor(message, diagnostics) {
    super(message);
    this.diagnostics = diagnostics;
    this.name = "LoadError";
  }
};
var nameCollator = new Intl.Collator("und", { sensitivity: "accent" });
function compareNames(a, b) {
  return nameCollator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
function loadFragments(dir, options = {}) {
  const root = path.resolve(dir);
  const rootStat = statOrUndefined(root);
  if (!rootStat?.isDirectory()) {
    const what = rootStat ? "is not a folder" : "does not exist";
    const d = diagnostic("NO_FRAGMENTS", `${dir} ${what}`, { file: dir });
    throw new LoadError(d.message, [d]);
  }
  const include = options.include ?? ["*.ps1"];
  const exclude = options.exclude ?? [];
  const ignore = new Set((options.ignorePaths ?? []).map((p) => path.resolve(p)));
  const listing = options.listing ?? walkFolder(root, { include, exclude, ignore, hidden: options.includeHidden ?? false });
  const { files, ignored } = listing;
  const diagnostics = [...listing.diagnostics];
  const disabled = new Set((options.disabled ?? []).map((n) => n.toLowerCase()));
  const found = new Set(files.map((rel) => fragmentId(rel).toLowerCase()));
  const lists = [
    ["disabled", options.disabled ?? [], options.listFiles?.disabled],
    [
      "the baseline order",
      options.baseline === void 0 || options.baseline === "name" ? [] : options.baseline,
      options.listFiles?.baseline
    ]
  ];
  for (const [list, names, file] of lists) {
    for (const name of new Set(names)) {
      if (found.has(name.toLowerCase()))
        continue;
      diagnostics.push(unknownFragment(list, name, file ?? dir));
    }
  }
  const read = [];
  const reads = /* @__PURE__ */ new Map();
  for (const rel of files) {
    const absolutePath = path.join(root, ...rel.split("/"));
    const id = fragmentId(rel);
    if (disabled.has(id.toLowerCase()))
      continue;
    const one = options.reuse?.get(absolutePath) ?? readFragmentFile(rel, absolutePath, id);
    reads.set(absolutePath, one);
    diagnostics.push(...one.diagnostics);
    if (one.fragment)
      read.push(one.fragment);
  }
  if (read.length === 0) {
    const why = files.length === 0 ? `no files match ${include.join(", ")}` : "no fragment could be read";
    const d = diagnostic("NO_FRAGMENTS", `${dir}: ${why}`, { file: dir });
    throw new LoadError(d.message, [...diagnostics, d]);
  }
  const ordered = baselineOrder(read, options.baseline ?? "name");
  const taken = new Set(read.map((f) => f.path));
  const setAside = [...files.filter((rel) => !taken.has(rel)), ...ignored].sort();
  return { fragments: ordered.map((f, order) => ({ ...f, order })), diagnostics, root, setAside, reads, listing };
}
function walkFolder(root, select) {
  const diagnostics = [];
  const ignored = [];
  const files = findFiles(root, select, diagnostics, ignored);
  return {
    files,
    ignored,
    diagnostics,
    absolute: new Set(files.map((rel) => path.join(root, ...rel.split("/")))),
    root,
    include: select.include
  };
}
function listingStillValid(listing, changed) {
  for (const p of changed) {
    const now = lstatOrUndefined(p);
    if (listing.absolute.has(p)) {
      if (now?.isFile() !== true)
        return false;
      continue;
    }
    const rel = path.relative(listing.root, p);
    if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel))
      continue;
    if (now?.isDirectory() === true || now?.isSymbolicLink() === true)
      return false;
    const slashed = rel.split(path.sep).join("/");
    if (slashed.includes("/") && !mayDescend(listing.include))
      continue;
    if (listing.include.some((pattern2) => matchGlob(pattern2, slashed)))
      return false;
  }
  return true;
}
function readFragmentFile(rel, absolutePath, id) {
  const diagnostics = [];
  let bytes;
  let stamp;
  try {
    ({ bytes, stamp } = readFileStamped(absolutePath));
  } catch (error) {
    diagnostics.push(diagnostic("LOAD_UNREADABLE", `cannot read ${rel}: ${describeReadError(error)}`, { file: rel }));
    return { diagnostics };
  }
  const decoded = decodeScript(bytes);
  if (!decoded.ok) {
    diagnostics.push(diagnostic("LOAD_BINARY", `${rel} ${decoded.reason}; it is left out`, {
      file: rel,
      line: decoded.line,
      column: decoded.column
    }));
    return { diagnostics };
  }
  if (decoded.invalidAt) {
    diagnostics.push(diagnostic("LOAD_ENCODING", `${rel} is not valid ${encodingLabel(decoded.encoding)}; read as pwsh reads it, with U+FFFD for the invalid bytes`, { file: rel, ...decoded.invalidAt }));
  }
  if (decoded.text.trim() === "") {
    diagnostics.push(diagnostic("LOAD_EMPTY", `${rel} is empty`, { file: rel, line: 1, column: 1 }));
  }
  const hash = createHash("sha256").update(bytes).digest("hex");
  return {
    fragment: {
      id,
      path: rel,
      absolutePath,
      text: decoded.text,
      hash,
      encoding: decoded.encoding,
      ...stamp ? { stamp } : {}
    },
    diagnostics
  };
}
function topLevelNamePattern(include, exclude, includeHidden = false) {
  const either = (patterns, lead) => patterns.length === 0 ? "(?!)" : `(?i)^${lead}(?:${patterns.map(globSource).join("|")})$`;
  const [only] = include;
  const wildcard2 = include.length === 1 && exclude.length === 0 && only !== void 0 && PLAIN_WILDCARD.test(only) ? only : void 0;
  return {
    include: either(include, includeHidden ? "" : "(?!\\.)"),
    exclude: either(exclude, ""),
    ...wildcard2 !== void 0 ? { wildcard: wildcard2 } : {}
  };
}
var PLAIN_WILDCARD = /^(?!.*\*\*)[*?A-JL-Za-jl-z0-9._-]+$/;
function fragmentId(relativePath) {
  return relativePath.replace(/\.ps1$/i, "");
}
function baselineOrder(fragments, baseline) {
  const byName = [...fragments].sort((a, b) => compareNames(a.path, b.path));
  if (baseline === "name")
    return byName;
  const rank = /* @__PURE__ */ new Map();
  baseline.forEach((name, i) => {
    const key = name.toLowerCase();
    if (!rank.has(key))
      rank.set(key, i);
  });
  const listed2 = byName.filter((f) => rank.has(f.id.toLowerCase()));
  listed2.sort((a, b) => rank.get(a.id.toLowerCase()) - rank.get(b.id.toLowerCase()));
  return [...listed2, ...byName.filter((f) => !rank.has(f.id.toLowerCase()))];
}
function findFiles(root, select, diagnostics, ignored) {
  const { include, exclude, ignore } = select;
  const out = [];
  const descend = mayDescend(include);
  const seen = /* @__PURE__ */ new Set([safeRealpath(root)]);
  const stack = [""];
  while (stack.length > 0) {
    const relDir = stack.pop();
    const absDir = path.join(root, relDir);
    let entries;
    try {
      entries = readdirSync(absDir);
    } catch (error) {
      diagnostics.push(diagnostic("LOAD_UNREADABLE", `cannot list ${relDir || "."}: ${describeReadError(error)}`, {
        file: relDir || "."
      }));
      continue;
    }
    for (const name of entries) {
      const rel = relDir ? `${relDir}/${name}` : name;
      const abs = path.join(absDir, name);
      const link = lstatOrUndefined(abs);
      if (!link)
        continue;
      const hidden = !select.hidden && name.startsWith(".");
      if (link.isDirectory()) {
        if (descend && !hidden && !exclude.some((p) => matchGlob(p, rel))) {
          const real = safeRealpath(abs);
          if (!seen.has(real)) {
            seen.add(real);
            stack.push(rel);
          }
        }
        continue;
      }
      if (!include.some((p) => matchGlob(p, rel)))
        continue;
      if (exclude.some((p) => matchGlob(p, rel)))
        continue;
      if (hidden) {
        diagnostics.push(diagnostic("LOAD_HIDDEN", `${rel} is hidden (its name starts with a dot), so it is not loaded: the plain loader's Get-ChildItem skips it without -Force`, { file: rel }));
        ignored.push(rel);
        continue;
      }
      if (ignore.has(abs)) {
        ignored.push(rel);
        continue;
      }
      const target = link.isSymbolicLink() ? statOrUndefined(abs) : link;
      if (!target) {
        diagnostics.push(diagnostic("LOAD_UNREADABLE", `cannot read ${rel}: it is a broken symbolic link`, { file: rel }));
        ignored.push(rel);
        continue;
      }
      if (target.isDirectory())
        continue;
      if (!target.isFile()) {
        diagnostics.push(diagnostic("LOAD_UNREADABLE", `cannot read ${rel}: ${NOT_REGULAR_REASON}`, { file: rel }));
        ignored.push(rel);
        continue;
      }
      out.push(rel);
    }
  }
  return out;
}
function statOrUndefined(p) {
  try {
    return statSync(p);
  } catch {
    return void 0;
  }
}
function lstatOrUndefined(p) {
  try {
    return lstatSync(p);
  } catch {
    return void 0;
  }
}
function safeRealpath(p) {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

// dist/src/load/load-sub-files.js
import { createHash as createHash2 } from "node:crypto";
import path2 from "node:path";
function readSubFile(root, rel) {
  const absolutePath = path2.resolve(root, ...rel.split("/"));
  const stat = statOrUndefined(absolutePath);
  if (!stat)
    return { ok: false, missing: true, reason: "it does not exist" };
  if (stat.isDirectory())
    return { ok: false, missing: false, reason: "it is a folder" };
  if (!stat.isFile())
    return { ok: false, missing: false, reason: NOT_REGULAR_REASON };
  let bytes;
  let stamp;
  try {
    ({ bytes, stamp } = readFileStamped(absolutePath));
  } catch (error) {
    return { ok: false, missing: false, reason: describeReadError(error) };
  }
  const decoded = decodeScript(bytes);
  if (!decoded.ok)
    return { ok: false, missing: false, reason: decoded.reason };
  const hash = createHash2("sha256").update(bytes).digest("hex");
  return {
    ok: true,
    file: {
      id: rel,
      path: rel,
      absolutePath,
      text: decoded.text,
      order: -1,
      hash,
      encoding: decoded.encoding,
      ...stamp ? { stamp } : {}
    }
  };
}
function listFolderWalk(root, walk) {
  const absolute = path2.resolve(root, ...walk.folder.split("/"));
  let names;
  try {
    names = readdirSync(absolute);
  } catch (error) {
    return { files: [], error: describeReadError(error) };
  }
  const filter = walk.filter === void 0 ? void 0 : wildcard(walk.filter);
  const files = names.filter((name) => {
    if (!walk.hidden && name.startsWith("."))
      return false;
    if (filter && !filter.test(name))
      return false;
    const link = lstatOrUndefined(path2.join(absolute, name));
    const target = link?.isSymbolicLink() ? statOrUndefined(path2.join(absolute, name)) : link;
    return target?.isFile() === true;
  });
  files.sort(compareNames);
  if (walk.descending)
    files.reverse();
  const prefix = walk.folder === "." ? "" : `${walk.folder}/`;
  return { files: files.map((f) => prefix + f) };
}
function wildcard(pattern2) {
  let out = "";
  for (let i = 0; i < pattern2.length; i++) {
    const c = pattern2.charAt(i);
    if (c === "*")
      out += ".*";
    else if (c === "?")
      out += ".";
    else if (c === "[") {
      const end = pattern2.indexOf("]", i + 1);
      if (end < 0)
        out += "\\[";
      else {
        out += `[${pattern2.slice(i + 1, end).replace(/[\\\]^]/g, "\\$&")}]`;
        i = end;
      }
    } else
      out += c.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  return new RegExp(`^${out}$`, "is");
}

// dist/src/pipeline/attach-sub-files.js
function dotSourceTargets(d, reached) {
  if (d.phase !== "load")
    return [];
  if (d.targets)
    return d.targets;
  return d.walk ? reached.walk(d.walk).files : [];
}
function attachSubFiles(fragments, reached) {
  let paths;
  const fragmentPaths = () => paths ??= new Set(fragments.map((f) => f.path));
  const owner = /* @__PURE__ */ new Map();
  const diagnostics = [];
  const shared = /* @__PURE__ */ new Set();
  const gaps = fragments.map(() => []);
  const alsoBy = /* @__PURE__ */ new Map();
  const plain = fragments.map((f) => f.subFiles === void 0 && !hasLoadDotSource(f));
  const symbols = fragments.map((fragment, index) => {
    if (plain[index])
      return fragment;
    const loads = [];
    const gap = (at3, why) => gaps[index]?.push({ ...at3, why });
    const visit2 = (file, chain2, conditional, via) => {
      for (const d of file.directives.dotSources) {
        if (d.phase !== "load")
          continue;
        const at3 = { file: file.path, line: d.line, column: d.column };
        if (!d.targets && !d.walk)
          gap(at3, `it dot-sources ${d.raw}, whose path is not known before it runs (${d.dynamic ?? "not static"})`);
        if (d.walk) {
          const listed2 = reached.walk(d.walk);
          if (listed2.error !== void 0) {
            gap(at3, `it walks ${d.walk.folder}, which cannot be listed`);
            diagnostics.push(diagnostic("DOT_SOURCE_MISSING", `walks ${d.walk.folder}, which cannot be listed: ${listed2.error}`, at3));
          } else if (d.walk.sort === "none") {
            diagnostics.push(diagnostic("FOLDER_WALK_ORDER", `dot-sources the files of ${d.walk.folder} in the order the file system lists them (no Sort-Object); fragbundle takes name order: ${listed2.files.join(", ") || "no files"}`, at3));
          }
        }
        for (const target of dotSourceTargets(d, reached)) {
          if (fragmentPaths().has(target)) {
            gap(at3, `it dot-sources the fragment ${target}, which runs again there`);
            continue;
          }
          if (chain2.includes(target)) {
            gap(at3, `it dot-sources ${target}, which is already loading (a cycle)`);
            diagnostics.push(diagnostic("DOT_SOURCE_CYCLE", `dot-sources ${target}, which is already loading: ${[...chain2, target].join(" -> ")}`, at3));
            continue;
          }
          const failure = reached.failure(target);
          if (failure) {
            const d2 = diagnostic("DOT_SOURCE_MISSING", d.guarded ? `dot-sources ${target} under a Test-Path guard, and ${failure.reason}: it is skipped, as at run time` : `dot-sources ${target}, and ${failure.reason}: loading fails here`, at3);
            diagnostics.push(d.guarded && failure.missing ? { ...d2, severity: "info" } : d2);
            if (!(d.guarded && failure.missing))
              gap(at3, `it dot-sources ${target}, and ${failure.reason}`);
            continue;
          }
          const sub = reached.symbols(target);
          if (!sub) {
            gap(at3, `it dot-sources ${target}, which was not read`);
            continue;
          }
          const first = owner.get(target);
          if (first !== void 0) {
            if (first !== index) {
              gap(at3, `it dot-sources ${target}, which ${fragments[first]?.path ?? "another fragment"} loads first`);
              if (!alsoBy.has(target))
                alsoBy.set(target, fragment.path);
            }
            const key = `${index}\0${target}`;
            if (first !== index && !shared.has(key)) {
              shared.add(key);
              diagnostics.push(diagnostic("SUB_FILE_SHARED", `dot-sources ${target}, which ${fragments[first]?.path ?? "another fragment"} loads first; its definitions are counted there, and it runs again here`, at3));
            }
            continue;
          }
          owner.set(target, index);
          const cond = conditional || d.conditional;
          const helper = via ?? d.via;
          loads.push({
            load: {
              path: target,
              hash: sub.hash,
              from: file.path,
              line: d.line,
              column: d.column,
              conditional: cond,
              ...helper === void 0 ? {} : { via: helper }
            },
            symbols: sub.symbols,
            at: d
          });
          visit2(sub.symbols, [...chain2, target], cond, helper);
        }
      }
    };
    visit2(fragment, [fragment.path], false, void 0);
    return loads.length === 0 ? fragment : merged(fragment, loads);
  });
  return {
    symbols: symbols.map((s, i) => {
      if (plain[i])
        return s;
      const own = [
        ...gaps[i] ?? [],
        ...(s.subFiles ?? []).flatMap((l) => {
          const by = alsoBy.get(l.path);
          return by === void 0 ? [] : [
            {
              file: l.from,
              line: l.line,
              column: l.column,
              why: `it dot-sources ${l.path}, which ${by} also loads`
            }
          ];
        })
      ];
      const dotSources = own.length > 0 || s.subFiles !== void 0 || hasLoadDotSource(s);
      return dotSources ? withGaps(s, own) : s;
    }),
    diagnostics
  };
}
function merged(fragment, loads) {
  const last2 = lastMerge.get(fragment);
  if (last2 && sameLoads(last2.loads, loads))
    return last2.result;
  const result = merge(fragment, loads);
  lastMerge.set(fragment, { loads, result });
  return result;
}
var lastMerge = /* @__PURE__ */ new WeakMap();
function sameLoads(a, b) {
  if (a.length !== b.length)
    return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.symbols !== y.symbols || x.at.line !== y.at.line || x.at.column !== y.at.column)
      return false;
    for (const k of LOAD_FIELDS)
      if (x.load[k] !== y.load[k])
        return false;
  }
  return true;
}
var LOAD_FIELDS = ["path", "hash", "from", "line", "column", "conditional", "via"];
function withGaps(s, gaps) {
  const last2 = lastGaps.get(s);
  if (last2 && sameGaps(last2.gaps, gaps))
    return last2.result;
  const result = { ...s, dotSourceGaps: gaps };
  lastGaps.set(s, { gaps, result });
  return result;
}
var lastGaps = /* @__PURE__ */ new WeakMap();
function sameGaps(a, b) {
  if (a.length !== b.length)
    return false;
  for (let i = 0; i < a.length; i++)
    for (const k of GAP_FIELDS)
      if (a[i][k] !== b[i][k])
        return false;
  return true;
}
var GAP_FIELDS = ["file", "line", "column", "why"];
function merge(fragment, loads) {
  const byFrom = /* @__PURE__ */ new Map();
  for (const l of loads) {
    const list = byFrom.get(l.load.from);
    if (list)
      list.push(l);
    else
      byFrom.set(l.load.from, [l]);
  }
  const spliced = (file, own, mark, load) => {
    const out = [];
    const items = own(file).flatMap((item) => {
      if (!load)
        return [item];
      const marked = mark(item, file.path, load);
      return marked === void 0 ? [] : [marked];
    });
    const subs = byFrom.get(file.path) ?? [];
    let i = 0;
    for (const l of subs) {
      for (let item = items.at(i); item !== void 0 && before(item, l.at); item = items.at(++i))
        out.push(item);
      out.push(...spliced(l.symbols, own, mark, l.load));
    }
    out.push(...items.slice(i));
    return out;
  };
  const markDef = (d, file, load) => load.via !== void 0 && !outlivesHelper(d) ? void 0 : { ...d, file, conditional: d.conditional || load.conditional };
  const markRef = (r, file, load) => ({
    ...r,
    file,
    conditional: r.conditional || load.conditional
  });
  const markEffect = (e, file) => ({ ...e, file });
  return {
    ...fragment,
    defines: spliced(fragment, (s) => s.defines, markDef, void 0),
    references: spliced(fragment, (s) => s.references, markRef, void 0),
    sideEffects: spliced(fragment, (s) => s.sideEffects, markEffect, void 0),
    diagnostics: [...fragment.diagnostics, ...loads.flatMap((l) => l.symbols.diagnostics)],
    subFiles: loads.map((l) => l.load)
  };
}
function hasLoadDotSource(s) {
  const list = s.directives.dotSources;
  for (let i = 0; i < list.length; i++)
    if (list[i].phase === "load")
      return true;
  return false;
}
var SCOPED_DEFINERS = /* @__PURE__ */ new Set([
  "set-alias",
  "new-alias",
  "sal",
  "nal",
  "set-item",
  "new-item",
  "si",
  "ni",
  "set-variable",
  "new-variable",
  "sv",
  "set",
  "nv",
  "new-psdrive",
  "ndr",
  "mount"
]);
function outlivesHelper(item) {
  if (item.kind === "env" || item.kind === "module")
    return true;
  if (item.scope === "global" || item.scope === "script")
    return true;
  return item.via !== void 0 && !SCOPED_DEFINERS.has(item.via.toLowerCase());
}
function before(item, at3) {
  return item.line < at3.line || item.line === at3.line && item.column < at3.column;
}

// dist/src/text/call-arguments.js
var MAX_CALL_CHARS = 8192;
function readCallElements(text, from) {
  const out = [];
  let i = from;
  for (; ; ) {
    i = skipBlanks(text, i);
    if (i - from > MAX_CALL_CHARS)
      break;
    const c = text[i];
    if (c === void 0 || "\r\n;|)}".includes(c) || c === "#" || text.startsWith("&&", i))
      break;
    const param = /^-([A-Za-z_?][\w?]*)(:?)/.exec(text.slice(i, i + 200));
    if (param && (param[2] === ":" || /\s/.test(text[i + param[0].length] ?? " "))) {
      i += param[0].length;
      if (param[2] === ":") {
        const v2 = readValue(text, i);
        i = v2.end;
        out.push({ parameter: param[1] ?? "", attached: v2.value });
      } else
        out.push({ parameter: param[1] ?? "" });
      continue;
    }
    const v = readValue(text, i);
    if (v.end === i)
      break;
    i = v.end;
    out.push({ value: v.value });
  }
  return out;
}
function skipBlanks(text, from) {
  let i = from;
  for (; ; ) {
    const c = text[i];
    if (c === " " || c === "	")
      i++;
    else if (c === "`" && text[i + 1] === "\n")
      i += 2;
    else if (c === "`" && text[i + 1] === "\r")
      i += text[i + 2] === "\n" ? 3 : 2;
    else
      return i;
  }
}
function readValue(text, from) {
  const first = readOne(text, from);
  let end = first.end;
  let value = first.value;
  while (text[skipBlanks(text, end)] === ",") {
    end = readOne(text, skipBlanks(text, skipBlanks(text, end) + 1)).end;
    value = null;
  }
  return { value, end };
}
function readOne(text, from) {
  const c = text[from];
  if (c === "'") {
    let s = "";
    for (let i2 = from + 1; i2 < text.length; i2++) {
      if (text[i2] === "'") {
        if (text[i2 + 1] === "'") {
          s += "'";
          i2++;
          continue;
        }
        return { value: s, end: i2 + 1 };
      }
      s += text.charAt(i2);
    }
    return { value: null, end: text.length };
  }
  if (c === '"') {
    let s = "";
    let literal = true;
    for (let i2 = from + 1; i2 < text.length; i2++) {
      const d = text[i2];
      if (d === "`") {
        const e = text[i2 + 1] ?? "";
        s += { n: "\n", r: "\r", t: "	", "0": "\0" }[e] ?? e;
        i2++;
        continue;
      }
      if (d === '"') {
        if (text[i2 + 1] === '"') {
          s += '"';
          i2++;
          continue;
        }
        return { value: literal ? s : null, end: i2 + 1 };
      }
      if (d === "$" && /[\w{(:?^$]/.test(text[i2 + 1] ?? ""))
        literal = false;
      s += text.charAt(i2);
    }
    return { value: null, end: text.length };
  }
  let depth = 0;
  let i = from;
  let quote;
  for (; i < text.length; i++) {
    const d = text[i] ?? "";
    if (quote) {
      if (d === "`")
        i++;
      else if (d === quote)
        quote = void 0;
      continue;
    }
    if (d === "'" || d === '"')
      quote = d;
    else if (d === "`")
      i++;
    else if ("([{".includes(d))
      depth++;
    else if (")]}".includes(d)) {
      if (depth === 0)
        break;
      depth--;
    } else if (depth === 0 && (/[\s;|,]/.test(d) || d === "#" && i === from))
      break;
  }
  const raw = text.slice(from, i);
  return { value: /^[^$@([{'"`,#<>&]+$/.test(raw) ? raw : null, end: i };
}

// dist/src/pipeline/resolve-name-built.js
function nameBuiltHelpers(parsed2, configured) {
  const overridden = new Set(configured.map((g) => g.command.toLowerCase()));
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  const add = (h) => {
    const key = JSON.stringify([h.command.toLowerCase(), h.access, h.template.toLowerCase(), h.scope]);
    if (seen.has(key))
      return;
    seen.add(key);
    out.push(h);
  };
  for (let i = 0; i < parsed2.length; i++) {
    const learned = parsed2[i].nameBuilt;
    if (learned === void 0)
      continue;
    for (const n of learned) {
      if (overridden.has(n.command.toLowerCase()))
        continue;
      add({
        command: n.command,
        access: n.access,
        template: n.template,
        ...n.scope ? { scope: n.scope } : {},
        parameters: n.parameters,
        ...n.switches ? { switches: n.switches } : {},
        ...n.positional ? { positional: n.positional } : {}
      });
    }
  }
  for (const g of configured) {
    const param = g.nameParameter ?? "FragmentName";
    const template = (t) => t.replace(/\{name\}/gi, `{${param}}`);
    if (g.reads !== void 0)
      add({ command: g.command, access: "read", template: template(g.reads), scope: "global", parameters: [param] });
    if (g.sets !== void 0)
      add({ command: g.command, access: "write", template: template(g.sets), scope: "global", parameters: [param] });
  }
  return out;
}
function resolveNameBuiltCalls(symbols, helpers, textOf) {
  if (helpers.length === 0)
    return [...symbols];
  const byCommand = /* @__PURE__ */ new Map();
  for (const h of helpers) {
    const key2 = h.command.toLowerCase();
    byCommand.set(key2, [...byCommand.get(key2) ?? [], h]);
  }
  const key = JSON.stringify(helpers);
  return symbols.map((s) => {
    if (!s.references.some((r) => isCallOf(r, byCommand)))
      return s;
    const last2 = lastResolved.get(s);
    if (last2?.key === key)
      return last2.result;
    const result = resolveFragment(s, byCommand, textOf);
    lastResolved.set(s, { key, result });
    return result;
  });
}
var lastResolved = /* @__PURE__ */ new WeakMap();
function isCallOf(r, byCommand) {
  return r.kind === "command" && r.access === "call" && byCommand.has(commandKey2(r.name));
}
function commandKey2(name) {
  return (/^[\w.]+\\(.+)$/.exec(name)?.[1] ?? name).toLowerCase();
}
function resolveFragment(s, byCommand, textOf) {
  const files = /* @__PURE__ */ new Map();
  const index = (file) => {
    if (!files.has(file)) {
      const text = textOf(file);
      files.set(file, text === void 0 ? void 0 : { text, lines: new LineIndex(text) });
    }
    return files.get(file);
  };
  const references = [];
  const added = [];
  const diagnostics = [];
  for (const r of s.references) {
    references.push(r);
    if (!isCallOf(r, byCommand))
      continue;
    const file = r.file ?? s.path;
    const elements = callElements(index(file), r);
    const at3 = { line: r.line, column: r.column, ...r.file === void 0 ? {} : { file: r.file } };
    for (const h of byCommand.get(commandKey2(r.name)) ?? []) {
      const bound = elements && bind(h, elements);
      const name = bound && fill(h.template, bound);
      if (typeof name !== "string") {
        const why = name?.why ?? "its arguments could not be read";
        diagnostics.push(diagnostic("DYNAMIC_NAME", `variable name is built at run time (${r.name} ${h.access === "write" ? "sets" : "reads"} ${shown(h)}, and ${why}); it cannot be resolved statically`, { file, line: r.line, column: r.column }));
        continue;
      }
      const common = { kind: "variable", name, ...at3, phase: r.phase, conditional: r.conditional };
      if (h.access === "write") {
        added.push({ ...common, ...h.scope ? { scope: h.scope } : {}, via: r.name, template: h.template });
      } else {
        references.push({ ...common, access: "read", template: h.template });
      }
    }
  }
  return {
    ...s,
    defines: spliceInRunOrder(s, s.defines, added),
    references,
    diagnostics: [...s.diagnostics, ...diagnostics]
  };
}
function shown(h) {
  return h.scope && h.scope !== "local" ? `$${h.scope}:${h.template}` : `the variable ${h.template}`;
}
function callElements(file, r) {
  if (!file)
    return void 0;
  const { text, lines } = file;
  const start = lines.lineStart(r.line) + r.column - 1;
  if (text.slice(start, start + r.name.length).toLowerCase() !== r.name.toLowerCase())
    return void 0;
  return readCallElements(text, start + r.name.length);
}
var COMMON_WITH_VALUE = /* @__PURE__ */ new Set([
  "erroraction",
  "ea",
  "warningaction",
  "wa",
  "informationaction",
  "infa",
  "progressaction",
  "proga",
  "errorvariable",
  "ev",
  "warningvariable",
  "wv",
  "informationvariable",
  "iv",
  "outvariable",
  "ov",
  "outbuffer",
  "ob",
  "pipelinevariable",
  "pv"
]);
var COMMON_SWITCHES = /* @__PURE__ */ new Set(["verbose", "vb", "debug", "db", "whatif", "wi", "confirm", "cf"]);
function bind(h, elements) {
  const values = /* @__PURE__ */ new Map();
  const switches = new Set((h.switches ?? []).map((p) => p.toLowerCase()));
  const positional = [];
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i];
    if (!e)
      break;
    if ("value" in e) {
      positional.push(e.value);
      continue;
    }
    const lower2 = e.parameter.toLowerCase();
    const exact = h.parameters.find((p) => p.toLowerCase() === lower2);
    const prefixed = h.parameters.filter((p) => p.toLowerCase().startsWith(lower2));
    const param = exact ?? (prefixed.length === 1 ? prefixed[0] : void 0);
    if (param === void 0) {
      if (COMMON_SWITCHES.has(lower2))
        continue;
      if (COMMON_WITH_VALUE.has(lower2)) {
        if (e.attached === void 0)
          i++;
        continue;
      }
      return { why: `its parameter -${e.parameter} is not one of ${h.command}'s` };
    }
    if (switches.has(param.toLowerCase()))
      continue;
    if (e.attached !== void 0) {
      values.set(param.toLowerCase(), e.attached);
      continue;
    }
    const next = elements[i + 1];
    if (next && "value" in next) {
      values.set(param.toLowerCase(), next.value);
      i++;
    } else
      values.set(param.toLowerCase(), null);
  }
  const binding = h.positional;
  if (binding && "unknown" in binding) {
    return positional.length === 0 ? values : { why: `it passes a positional argument, and how pwsh binds one is not known here (${binding.unknown})` };
  }
  const open = (binding?.order ?? h.parameters.filter((p) => !switches.has(p.toLowerCase()))).filter((p) => !values.has(p.toLowerCase()));
  if (binding && positional.length > open.length) {
    return {
      why: `it passes ${positional.length} positional argument${positional.length === 1 ? "" : "s"} where ${h.command} takes ${open.length}, so pwsh cannot bind it`
    };
  }
  for (const [k, v] of positional.entries()) {
    const p = open[k];
    if (p === void 0)
      break;
    if (switches.has(p.toLowerCase()))
      return { why: `its positional argument would bind to the switch -${p}` };
    values.set(p.toLowerCase(), v);
  }
  return values;
}
function fill(template, bound) {
  if (!(bound instanceof Map))
    return bound;
  let why;
  const name = template.replace(/\{(\w+)\}/g, (_m, p) => {
    const v = bound.get(p.toLowerCase());
    if (v === void 0)
      why ??= `it is called without -${p}`;
    else if (v === null)
      why ??= `its -${p} argument is not a literal`;
    return v ?? "";
  });
  return why === void 0 ? name : { why };
}
function spliceInRunOrder(s, defines, added) {
  if (added.length === 0)
    return [...defines];
  const out = [...defines];
  for (const d of added) {
    const chain2 = runsAt(s, d);
    let k = out.length;
    while (k > 0 && runsBefore(chain2, runsAt(s, out[k - 1])))
      k--;
    out.splice(k, 0, d);
  }
  return out;
}

// dist/src/pipeline/policy.js
var UNSUPPRESSIBLE = /* @__PURE__ */ new Set(["CONFIG_INVALID", "NO_FRAGMENTS"]);
function applyPolicy(diagnostics, symbols, severity) {
  const suppressionsByFile = /* @__PURE__ */ new Map();
  for (let i = 0; i < symbols.length; i++) {
    const s = symbols[i];
    if (s.directives.suppressions.length > 0)
      suppressionsByFile.set(s.path, s.directives.suppressions);
    else
      suppressionsByFile.delete(s.path);
  }
  const out = [];
  for (const d of diagnostics) {
    const override = severity[d.code];
    if (override === "off")
      continue;
    if (!UNSUPPRESSIBLE.has(d.code) && isSuppressed(d, suppressionsByFile.get(d.file ?? "")))
      continue;
    out.push(override && override !== d.severity ? { ...d, severity: override } : d);
  }
  return out.sort(compareDiagnostics);
}
function isSuppressed(d, suppressions) {
  if (!suppressions)
    return false;
  return suppressions.some((s) => (s.codes.length === 0 || s.codes.some((c) => c.toUpperCase() === d.code)) && (s.wholeFile || d.line !== void 0 && (s.line === d.line || s.line === d.line - 1)));
}
function countBySeverity(diagnostics) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics)
    counts[d.severity]++;
  return counts;
}

// dist/src/core/graph-view.js
var GRAPH_FIELDS = ["fragment", "path", "defines", "references", "sideEffects", "directives", "subFiles"];
function movedLines(a, b) {
  if (a.path !== b.path)
    return void 0;
  const lines = /* @__PURE__ */ new Map();
  for (const k of GRAPH_FIELDS)
    if (!sameBut(a[k], b[k], void 0, void 0, a.path, lines))
      return void 0;
  const old = [...lines.keys()].sort((x, y) => x - y);
  for (let i = 1; i < old.length; i++)
    if (lines.get(old[i - 1]) >= lines.get(old[i]))
      return void 0;
  return lines;
}
function sameBut(x, y, key, file, own, lines) {
  if (key === "line" && typeof x === "number" && typeof y === "number") {
    if (file !== void 0)
      return x === y;
    const seen = lines.get(x);
    if (seen === void 0)
      lines.set(x, y);
    return seen === void 0 || seen === y;
  }
  if ((key === "start" || key === "end") && typeof x === "number" && typeof y === "number")
    return true;
  if (x === y)
    return true;
  if (Array.isArray(x)) {
    if (!Array.isArray(y) || x.length !== y.length)
      return false;
    for (let i = 0; i < x.length; i++)
      if (!sameBut(x[i], y[i], void 0, file, own, lines))
        return false;
    return true;
  }
  if (typeof x !== "object" || typeof y !== "object" || x === null || y === null || Array.isArray(y))
    return false;
  const ox = x;
  const oy = y;
  const named = typeof ox.file === "string" ? ox.file : typeof ox.from === "string" ? ox.from : void 0;
  const inner = named === void 0 ? file : named === own ? void 0 : named;
  const kx = Object.keys(ox);
  const ky = Object.keys(oy);
  if (kx.length !== ky.length)
    return false;
  for (let i = 0; i < kx.length; i++) {
    const k = kx[i];
    if (k !== ky[i])
      return false;
    if (!sameBut(ox[k], oy[k], k, inner, own, lines))
      return false;
  }
  return true;
}

// dist/src/graph/remap-lines.js
var Unmapped = class extends Error {
};
function remapGraphLines(graph, moved) {
  if (moved.length === 0)
    return graph;
  const byId = new Map(moved.map((m) => [m.fragment, m]));
  const byPath = new Map(moved.map((m) => [m.path, m]));
  if (graph.cycles.some((c) => c.fragments.some((id) => byId.has(id))))
    return void 0;
  const line = (m, n) => {
    const to = m.lines.get(n);
    if (to === void 0)
      throw new Unmapped();
    return to;
  };
  const via = (list, to) => {
    const m = byId.get(to);
    if (!m)
      return list;
    return list.map((v) => v.file !== void 0 ? v : { ...v, line: line(m, v.line) });
  };
  const patterns = moved.map((m) => ({
    m,
    re: new RegExp(`(^|[\\s('"\`,;])${m.path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:(\\d+)`, "g")
  }));
  const message = (text) => {
    let out = text;
    for (const { m, re } of patterns) {
      if (!out.includes(`${m.path}:`))
        continue;
      out = out.replace(re, (_all, before2, n) => `${before2}${m.path}:${line(m, Number(n))}`);
    }
    return out;
  };
  const related2 = (r) => {
    const m = byPath.get(r.file);
    const text = message(r.message);
    return m || text !== r.message ? { ...r, line: m ? line(m, r.line) : r.line, message: text } : r;
  };
  const diagnostic2 = (d) => {
    const m = d.file === void 0 ? void 0 : byPath.get(d.file);
    const text = message(d.message);
    const rel = d.related?.map(related2);
    if (!m && text === d.message && (rel ?? []).every((r, i) => r === d.related?.[i]))
      return d;
    return {
      ...d,
      message: text,
      ...m && d.line !== void 0 ? { line: line(m, d.line) } : {},
      ...rel ? { related: rel } : {}
    };
  };
  try {
    return {
      ...graph,
      edges: graph.edges.map((e) => byId.has(e.to) ? { ...e, via: via(e.via, e.to) } : e),
      runtimeUses: graph.runtimeUses.map((u) => byId.has(u.to) ? { ...u, via: via(u.via, u.to) } : u),
      // Sorted again as buildGraph sorts them: a mapped line or message may sort differently among equals elsewhere.
      hazards: graph.hazards.map(diagnostic2).sort(compareDiagnostics),
      diagnostics: graph.diagnostics.map(diagnostic2).sort(compareDiagnostics)
    };
  } catch (error) {
    if (error instanceof Unmapped)
      return void 0;
    throw error;
  }
}

// dist/src/io/version.js
import { readFileSync as readFileSync5 } from "node:fs";
import path3 from "node:path";
var pkg = JSON.parse(readFileSync5(path3.join(packageRoot(), "package.json"), "utf8"));
var TOOL_VERSION = pkg.version;
function projectUrl(p) {
  const repo = typeof p.repository === "string" ? p.repository : p.repository?.url;
  for (const candidate of [p.homepage, repo]) {
    if (typeof candidate !== "string")
      continue;
    const url = candidate.replace(/^git\+/, "").replace(/#.*$/, "").replace(/\.git$/, "");
    if (/^https:\/\/[^/\s]+\/\S*$/.test(url))
      return url.replace(/\/$/, "");
  }
  return void 0;
}
var TOOL_URL = projectUrl(pkg);

// dist/src/pipeline/analyze.js
var SymbolMemory = class {
  #byHash = /* @__PURE__ */ new Map();
  #size = 0;
  get(f) {
    const list = this.#byHash.get(f.hash);
    if (list === void 0)
      return void 0;
    for (let i = 0; i < list.length; i++) {
      const e = list[i];
      if (e.id === f.id && e.path === f.path)
        return e.symbols;
    }
    return void 0;
  }
  set(f, symbols) {
    const was = this.#byHash.get(f.hash) ?? [];
    const list = was.filter((e) => e.id !== f.id || e.path !== f.path);
    this.#size -= was.length;
    list.push({ id: f.id, path: f.path, symbols });
    this.#byHash.set(f.hash, list);
    this.#size += list.length;
  }
  clear() {
    this.#byHash.clear();
    this.#size = 0;
  }
  /** Entries held (for tests and pruning). */
  get size() {
    return this.#size;
  }
  /**
   * Forget the symbols of files no longer there, so a long session does not grow. Each edit
   * leaves one stale entry: pruned once they are as many as the live ones, so the pass costs
   * nothing per rebuild.
   */
  prune(live) {
    if (this.#size <= 2 * live.length)
      return;
    const keep = /* @__PURE__ */ new Map();
    for (const f of live)
      keep.set(f.hash, [...keep.get(f.hash) ?? [], f]);
    for (const [hash, list] of this.#byHash) {
      const wanted = keep.get(hash) ?? [];
      const kept = list.filter((e) => wanted.some((f) => f.id === e.id && f.path === e.path));
      if (kept.length === 0)
        this.#byHash.delete(hash);
      else
        this.#byHash.set(hash, kept);
    }
    this.#size = 0;
    for (const list of this.#byHash.values())
      this.#size += list.length;
  }
};
function effectiveDefiners(config) {
  const configured = config.definers.map((d) => ({ ...d }));
  if (!config.builtinDefiners)
    return configured;
  const overridden = new Set(configured.map((d) => d.command.toLowerCase()));
  return [...BUILTIN_DEFINERS.filter((d) => !overridden.has(d.command.toLowerCase())), ...configured];
}
function bundleOptions(config) {
  return { lazy: config.lazy, timings: config.timings, staleGuard: config.staleGuard, deferral: config.deferral };
}
function loadProfile(config, reuse, listing) {
  return loadFragments(config.fragmentsDir, {
    ...reuse ? { reuse } : {},
    ...listing ? { listing } : {},
    include: config.include,
    exclude: config.exclude,
    includeHidden: config.includeHidden,
    disabled: config.disabled,
    baseline: config.baseline,
    ignorePaths: [config.output],
    listFiles: { disabled: config.loaderConfigPath, baseline: config.baselineFrom }
  });
}
async function analyzeProfile(config, options) {
  return analyzeLoaded(config, loadProfile(config), options);
}
async function analyzeLoaded(config, loaded, options) {
  const definers = effectiveDefiners(config);
  const parsed2 = await parseWithCache(loaded.fragments, config, definers, options);
  const { fragments, symbols: own } = selectEnvironment(loaded.fragments, parsed2, config.environment);
  const reach = await reachSubFiles(loaded.root, own, (files) => parseWithCache(files, config, definers, { ...options, progress: void 0 }), options.subFileMemory);
  const attached = attachSubFiles(own, reach.reached);
  let texts;
  const symbols = resolveNameBuiltCalls(attached.symbols, nameBuiltHelpers([...own, ...reach.symbols], config.deferral.guards), (p) => (texts ??= new Map([...fragments, ...reach.files].map((f) => [f.path, f.text]))).get(p));
  const graph = memoGraph(symbols, config.first, options.graphMemory);
  const plan = planBundle(symbols, graph, bundleOptions(config), fragments, reach.files.flatMap((file, i) => {
    const s = reach.symbols[i];
    return s ? [{ file, symbols: s }] : [];
  }), options.planMemory);
  const all = [
    ...loaded.diagnostics,
    ...unknownNames(loaded, config),
    ...ownDiagnostics(symbols),
    ...attached.diagnostics,
    ...graph.diagnostics,
    ...withSideEffectOutcome(graph.hazards, symbols, plan),
    ...plan.diagnostics
  ];
  return {
    root: displayPath(options.cwd, loaded.root),
    fragments,
    symbols,
    subFiles: reach.files,
    subFileSymbols: reach.symbols,
    subFileJournal: reach.journal,
    graph,
    plan,
    diagnostics: applyPolicy(all, [...symbols, ...reach.symbols], config.severity)
  };
}
function ownDiagnostics(symbols) {
  const out = [];
  for (let i = 0; i < symbols.length; i++) {
    const list = symbols[i].diagnostics;
    for (let k = 0; k < list.length; k++)
      out.push(list[k]);
  }
  return out;
}
function memoGraph(symbols, firstNames, memory) {
  const first = JSON.stringify(firstNames);
  const last2 = memory?.last;
  if (memory && last2 && last2.first === first && last2.symbols.length === symbols.length) {
    const moved = movedFragments(last2.symbols, symbols);
    const graph2 = moved && remapGraphLines(last2.graph, moved);
    if (graph2) {
      memory.last = { symbols, first, graph: graph2 };
      memory.outcome = moved.length === 0 ? "same" : "moved";
      return graph2;
    }
  }
  const graph = buildGraph(symbols, { first: firstNames });
  if (memory) {
    memory.last = { symbols, first, graph };
    memory.outcome = "built";
  }
  return graph;
}
function movedFragments(last2, symbols) {
  const moved = [];
  for (let i = 0; i < symbols.length; i++) {
    const s = at(symbols, i);
    const was = at(last2, i);
    if (was === s)
      continue;
    const lines = s.fragment === was.fragment && s.path === was.path ? movedLines(was, s) : void 0;
    if (!lines)
      return void 0;
    if ([...lines].some(([from, to]) => from !== to))
      moved.push({ fragment: s.fragment, path: s.path, lines });
  }
  if (moved.length === 0)
    return moved;
  for (const m of moved) {
    const prefix = `${m.path}:`;
    const extends_ = (p) => p !== m.path && p.includes(prefix);
    for (const s of symbols) {
      if (extends_(s.path))
        return void 0;
      for (const l of s.subFiles ?? [])
        if (extends_(l.path))
          return void 0;
    }
  }
  return moved;
}
async function reachSubFiles(root, fragments, parse3, memory) {
  let paths;
  const isFragment = (t) => (paths ??= new Set(fragments.map((f) => f.path))).has(t);
  const files = /* @__PURE__ */ new Map();
  const failures = /* @__PURE__ */ new Map();
  const walks = /* @__PURE__ */ new Map();
  const journal = [];
  const inside = (abs) => {
    const rel = path4.relative(root, abs);
    return rel !== "" && !rel.startsWith("..") && !path4.isAbsolute(rel);
  };
  const walk = (w) => {
    const key = JSON.stringify(w);
    let listed2 = walks.get(key);
    if (!listed2) {
      const folder = path4.resolve(root, ...w.folder.split("/"));
      const kept = memory && (folder === root || inside(folder)) ? memory.walks.get(folder) : void 0;
      listed2 = kept?.find((k) => k.key === key)?.listed;
      if (!listed2) {
        const { value, journal: j } = journaled(() => listFolderWalk(root, w));
        journal.push(...j.entries);
        listed2 = value;
        if (memory && (folder === root || inside(folder)))
          memory.walks.set(folder, [...memory.walks.get(folder) ?? [], { key, listed: listed2 }]);
      }
      walks.set(key, listed2);
    }
    return listed2;
  };
  const readOne2 = (t) => {
    const kept = memory?.reads.get(t);
    if (kept)
      return kept.read;
    const r = readSubFile(root, t);
    const absolutePath = path4.resolve(root, ...t.split("/"));
    if (memory && inside(absolutePath))
      memory.reads.set(t, { absolutePath, read: r });
    return r;
  };
  let frontier = fragments;
  while (frontier.length > 0) {
    const wanted = /* @__PURE__ */ new Set();
    for (let i = 0; i < frontier.length; i++) {
      const dotSources = frontier[i].directives.dotSources;
      for (let k = 0; k < dotSources.length; k++) {
        for (const t of dotSourceTargets(dotSources[k], { walk })) {
          if (!isFragment(t) && !files.has(t) && !failures.has(t))
            wanted.add(t);
        }
      }
    }
    const { value: read, journal: j } = journaled(() => [...wanted].map((t) => ({ t, r: readOne2(t) })));
    journal.push(...j.entries);
    const ok2 = [];
    for (const { t, r } of read) {
      if (r.ok)
        ok2.push(r.file);
      else
        failures.set(t, { missing: r.missing, reason: r.reason });
    }
    const parsed2 = ok2.length > 0 ? await parse3(ok2) : [];
    ok2.forEach((file, i) => {
      const symbols = parsed2[i];
      if (symbols)
        files.set(file.path, { file, symbols });
    });
    frontier = parsed2;
  }
  const reached = {
    symbols: (p) => {
      const f = files.get(p);
      return f && { symbols: f.symbols, hash: f.file.hash };
    },
    failure: (p) => failures.get(p),
    walk
  };
  const all = [...files.values()];
  return { reached, files: all.map((f) => f.file), symbols: all.map((f) => f.symbols), journal };
}
async function parseWithCache(fragments, config, definers, options) {
  const memory = options.symbolMemory;
  let cache2;
  if (options.cacheDir !== void 0 && !(memory && fragments.every((f) => memory.get(f) !== void 0))) {
    const salt = cacheSalt({
      toolVersion: TOOL_VERSION,
      parseCode: runningParseCode(() => ({ grammarFile: grammarPath(), codeFiles: parseStageFiles() })),
      // Loaders change what the parse stage reports; an empty list keeps the salt as it was.
      definers: config.loaders.length > 0 ? { definers, loaders: config.loaders } : definers
    });
    cache2 = openSymbolCache(options.cacheDir, config.fragmentsDir, salt);
  }
  const remembered = new Array(fragments.length);
  const results = new Array(fragments.length);
  const missing = [];
  let unremembered = false;
  for (let i = 0; i < fragments.length; i++) {
    const f = fragments[i];
    const r = memory?.get(f);
    remembered[i] = r;
    if (r === void 0)
      unremembered = true;
    results[i] = r ?? cache2?.lookup(f);
    if (results[i] === void 0)
      missing.push(f);
  }
  options.progress?.start(missing.length, fragments.length - missing.length);
  if (missing.length > 0) {
    const { parseFragments } = await (parseStage ??= import("./parse-HUGJXOZL.mjs"));
    const parsed2 = await parseFragments(missing, { definers, loaders: config.loaders }, (n) => options.progress?.parsed(n));
    let next = 0;
    fragments.forEach((f, i) => {
      if (results[i] !== void 0)
        return;
      const symbols = at(parsed2, next++);
      results[i] = symbols;
      cache2?.store(f, symbols);
    });
  } else {
    dropStandbyWorker();
  }
  cache2?.save();
  if (memory && unremembered) {
    fragments.forEach((f, i) => {
      if (remembered[i] === void 0)
        memory.set(f, results[i]);
    });
  }
  return results;
}
var parseStage;
function unknownNames(loaded, config) {
  const out = [];
  const unknown = (list, name, file) => out.push(unknownFragment(list, name, file ?? loaded.root));
  const disabled = new Set(config.disabled.map((n) => n.toLowerCase()));
  const environment = config.environment;
  if (environment?.fragments) {
    const known = new Set(disabled);
    for (const f of loaded.fragments)
      for (const n of environmentNames(f))
        known.add(n);
    for (const name of new Set(environment.fragments)) {
      if (!known.has(name.toLowerCase()))
        unknown(`environment "${environment.name}"`, name, config.loaderConfigPath);
    }
  }
  if (config.first.length === 0)
    return out;
  const resolve5 = fragmentResolver(loaded.fragments.map((f) => f.id));
  for (const name of new Set(config.first)) {
    if (resolve5(name) === void 0 && !disabled.has(name.toLowerCase()))
      unknown("first", name, config.configPath);
  }
  return out;
}
function selectEnvironment(fragments, symbols, environment) {
  if (!environment)
    return { fragments: [...fragments], symbols: [...symbols] };
  const wanted = environment.name.toLowerCase();
  const listed2 = environment.fragments ? new Set(environment.fragments.map((n) => n.toLowerCase())) : void 0;
  const keep = fragments.map((f, i) => {
    const envs = at(symbols, i).directives.environments.map((e) => e.toLowerCase());
    const byList = !listed2 || environmentNames(f).some((n) => listed2.has(n));
    const byHeader = envs.length === 0 || envs.includes(wanted);
    return byList && byHeader;
  });
  const kept = fragments.filter((_, i) => keep[i]).map((f, order) => ({ ...f, order }));
  return { fragments: kept, symbols: symbols.filter((_, i) => keep[i]) };
}
function environmentNames(f) {
  const id = f.id.toLowerCase();
  return [id, id.replace(/^\d+[-_. ]*/, "")];
}
function displayPath(cwd, absolute) {
  const rel = path4.relative(cwd, absolute);
  const shown2 = rel === "" ? "." : rel.startsWith("..") || path4.isAbsolute(rel) ? absolute : rel;
  return shown2.split(path4.sep).join("/");
}

// dist/src/pipeline/bundle-text.js
import path6 from "node:path";

// dist/src/bundle/emit-bundle.js
import path5 from "node:path";

// dist/src/bundle/fragment-text.js
function countLineBreaks2(text) {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1))
    n++;
  for (let i = text.indexOf("\r"); i !== -1; i = text.indexOf("\r", i + 1))
    if (text.charCodeAt(i + 1) !== 10)
      n++;
  return n;
}
function isRequiresFragment(text) {
  return /^#requires\b.*\s-fragment\b/i.test(text.trim());
}
function fragmentEdits(fragment, symbols) {
  const text = fragment.text;
  const edits = /* @__PURE__ */ new Map();
  for (const r of symbols.directives.requires) {
    if (isRequiresFragment(r.text))
      edits.set(r.range.start, neutraliseRequires(text, r.range));
  }
  if (!symbols.hasSyntaxErrors)
    return [...edits.values()].sort((a, b) => a.start - b.start);
  const scan = /^[ \t]*(#requires[ \t][^\r\n]*)$/gim;
  for (let m = /#requires/i.test(text) ? scan.exec(text) : null; m !== null; m = scan.exec(text)) {
    const [whole, requires = ""] = m;
    const start = m.index + whole.length - requires.length;
    if (isRequiresFragment(requires) && !edits.has(start))
      edits.set(start, neutraliseRequires(text, { start, end: start + requires.length }));
  }
  return dropOverlaps([...edits.values()].sort((a, b) => a.start - b.start));
}
function neutraliseRequires(text, range) {
  return {
    start: range.start,
    end: range.end,
    text: `# fragbundle: not valid PowerShell, read by fragbundle: ${text.slice(range.start + 1, range.end)}`
  };
}
function dropOverlaps(sorted) {
  const out = [];
  for (const e of sorted) {
    const last2 = out.at(-1);
    if (last2 && e.start < last2.end)
      continue;
    out.push(e);
  }
  return out;
}
function sliceWithEdits(text, start, end, edits) {
  let out = "";
  let at3 = start;
  for (const e of edits) {
    if (e.start < start || e.end > end)
      continue;
    out += text.slice(at3, e.start) + e.text;
    at3 = e.end;
  }
  return out + text.slice(at3, end);
}
function blankRanges(text, ranges, edits) {
  let out = "";
  let at3 = 0;
  for (const r of ranges) {
    out += sliceWithEdits(text, at3, r.start, edits);
    const atLineEnd = r.end >= text.length || text[r.end] === "\n" || text[r.end] === "\r";
    out += blank(text.slice(r.start, r.end), atLineEnd);
    at3 = r.end;
  }
  return out + sliceWithEdits(text, at3, text.length, edits);
}
function blank(piece, atLineEnd) {
  const parts = splitLinesKeepingBreaks(piece);
  const last2 = parts.length - 1;
  return parts.map((p, i) => {
    if (i % 2 === 1)
      return p;
    if (i < last2)
      return "";
    return atLineEnd ? "" : " ".repeat(p.length);
  }).join("");
}
function keepRanges(text, keep, end, edits) {
  const gaps = [];
  let at3 = 0;
  for (const k of keep) {
    if (k.start > at3)
      gaps.push({ start: at3, end: k.start });
    at3 = Math.max(at3, k.end);
  }
  if (at3 < end)
    gaps.push({ start: at3, end });
  return blankRanges(text.slice(0, end), gaps, edits);
}
function functionTextStart(text, functionStart, previousEnds, hasParamBlock = false) {
  let start = 0;
  for (const end of previousEnds)
    if (end <= functionStart && end > start)
      start = end;
  if (start === 0 && hasParamBlock)
    return leadingComments(text, functionStart);
  while (start < functionStart && /[\s;]/.test(text.charAt(start)))
    start += 1;
  return start;
}
function leadingComments(text, at3) {
  let start = at3;
  for (; ; ) {
    let p = start;
    while (p > 0 && /\s/.test(text.charAt(p - 1)))
      p -= 1;
    if (text.startsWith("#>", p - 2)) {
      const open = text.lastIndexOf("<#", p - 2);
      if (open < 0)
        return start;
      start = open;
      continue;
    }
    const lineStart = Math.max(text.lastIndexOf("\n", p - 1), text.lastIndexOf("\r", p - 1)) + 1;
    if (p > lineStart && /^[ \t]*#/.test(text.slice(lineStart, p))) {
      start = lineStart + (text.slice(lineStart, p).length - text.slice(lineStart, p).trimStart().length);
      continue;
    }
    return start;
  }
}

// dist/src/bundle/header.js
import { createHash as createHash3 } from "node:crypto";
var HEADER_LINES = 3;
var HEADER_PREFIX = "# fragbundle-header: ";
var FORMAT = 1;
function computeInputHash(fragments, options, toolVersion, subFiles = []) {
  const canonical = canonicalJson({
    fragbundleInput: FORMAT,
    toolVersion,
    options: effectiveBundleOptions(options),
    // Lists of string pairs: JSON.stringify writes them as canonicalJson would, in one native call.
    fragments: new RawJson(JSON.stringify(fragments.map((f) => [f.path, f.hash]))),
    // Absent without sub-files: a profile that dot-sources nothing hashes as it always did.
    subFiles: subFiles.length === 0 ? void 0 : new RawJson(JSON.stringify(subFiles.map((f) => [f.path, f.hash])))
  });
  return createHash3("sha256").update(canonical, "utf8").digest("hex");
}
var RawJson = class {
  json;
  constructor(json) {
    this.json = json;
  }
};
function canonicalJson(value) {
  if (value instanceof RawJson)
    return value.json;
  if (Array.isArray(value))
    return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
function asciiJson(value) {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
var HeaderMemory = class {
  last = /* @__PURE__ */ new Map();
  next = /* @__PURE__ */ new Map();
  /** The entry's JSON text (as in the whole header's JSON: ASCII only). */
  entry(f) {
    return this.listed(f.path, f.hash, "mode" in f ? f.mode : void 0, f.stamp);
  }
  /** A listed file's JSON text: a fragment's with its mode, a sub-file's without. */
  listed(path16, hash, mode, stamp) {
    const key = mode === void 0 ? `\0${path16}` : path16;
    let kept = this.last.get(key);
    if (kept?.hash !== hash || kept.mode !== mode || kept.stamp?.size !== stamp?.size || kept.stamp?.modified !== stamp?.modified)
      kept = { hash, mode, stamp, json: asciiJson(listed({ path: path16, hash, ...mode ? { mode } : {}, stamp })) };
    this.next.set(key, kept);
    return kept.json;
  }
  /** End of a header: what it did not use is forgotten. */
  settle() {
    this.last = this.next;
    this.next = /* @__PURE__ */ new Map();
  }
};
function listed(f) {
  return {
    path: f.path,
    hash: f.hash,
    ..."mode" in f ? { mode: f.mode } : {},
    ...f.stamp ? { size: f.stamp.size, mtime: f.stamp.modified } : {}
  };
}
function headerAround(header, fragments, subFiles) {
  const head = asciiJson({
    format: header.format ?? FORMAT,
    version: header.version,
    inputHash: header.inputHash,
    options: {
      lazy: header.options.lazy,
      timings: header.options.timings,
      staleGuard: header.options.staleGuard ?? true
    },
    fragmentsDir: header.fragmentsDir
  }).slice(0, -1);
  const version = header.version.replace(/[^\x20-\x7e]/g, "?");
  return {
    before: `# Generated by fragbundle ${version} from ${header.fragments.length} fragments. Do not edit: rebuild with \`fragbundle build\`.
${HEADER_PREFIX}${head},"fragments":${fragments}` + (subFiles === void 0 ? "" : `,"subFiles":${subFiles}`) + ',"lines":[',
    after: "]}\n\n"
  };
}
function readBundleHeader(text) {
  const lines = text.replace(/^\uFEFF/, "").split("\n", HEADER_LINES + 1);
  const line = lines.find((l) => l.startsWith(HEADER_PREFIX));
  if (line === void 0)
    return void 0;
  let raw;
  try {
    raw = JSON.parse(line.slice(HEADER_PREFIX.length).replace(/\r$/, ""));
  } catch {
    return void 0;
  }
  return parseHeader(raw);
}
function parseHeader(raw) {
  if (!isRecord(raw) || raw.format !== FORMAT)
    return void 0;
  const { version, inputHash, options, fragmentsDir, fragments, lines, subFiles } = raw;
  if (typeof version !== "string" || typeof inputHash !== "string" || typeof fragmentsDir !== "string")
    return void 0;
  if (!isRecord(options) || options.lazy !== "auto" && options.lazy !== "off" && options.lazy !== "fragments" || typeof options.timings !== "boolean")
    return void 0;
  if (options.staleGuard !== void 0 && typeof options.staleGuard !== "boolean")
    return void 0;
  if (!Array.isArray(fragments) || !Array.isArray(lines))
    return void 0;
  const parsedFragments = [];
  for (const f of fragments) {
    if (!isRecord(f) || typeof f.path !== "string" || typeof f.hash !== "string" || f.mode !== "eager" && f.mode !== "lazy" && f.mode !== "deferred")
      return void 0;
    const stamp = parseStamp(f);
    if (stamp === null)
      return void 0;
    parsedFragments.push({
      path: f.path,
      hash: f.hash,
      mode: f.mode,
      ...stamp ? { stamp } : {}
    });
  }
  const parsedSubFiles = [];
  if (subFiles !== void 0) {
    if (!Array.isArray(subFiles))
      return void 0;
    for (const f of subFiles) {
      if (!isRecord(f) || typeof f.path !== "string" || typeof f.hash !== "string")
        return void 0;
      const stamp = parseStamp(f);
      if (stamp === null)
        return void 0;
      parsedSubFiles.push({ path: f.path, hash: f.hash, ...stamp ? { stamp } : {} });
    }
  }
  const files = [...parsedFragments, ...parsedSubFiles];
  const lineTable = [];
  for (const l of lines) {
    if (!Array.isArray(l) || l.length !== 5 || !l.every((n) => Number.isInteger(n)))
      return void 0;
    const [bundleLine, count, index, line, generated] = l;
    const fragment = files[index];
    if (fragment === void 0)
      return void 0;
    lineTable.push({ bundleLine, lines: count, path: fragment.path, line, generated: generated === 1 });
  }
  return {
    format: FORMAT,
    version,
    inputHash,
    options: {
      lazy: options.lazy,
      timings: options.timings,
      ...typeof options.staleGuard === "boolean" ? { staleGuard: options.staleGuard } : {}
    },
    fragmentsDir,
    fragments: parsedFragments,
    ...parsedSubFiles.length > 0 ? { subFiles: parsedSubFiles } : {},
    lineTable
  };
}
function isRecord(x) {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}
function whereLine(header, bundleLine) {
  if (!Number.isInteger(bundleLine) || bundleLine < 1)
    return void 0;
  const table = header.lineTable;
  let lo = 0;
  let hi = table.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const m = at(table, mid);
    if (bundleLine < m.bundleLine)
      hi = mid - 1;
    else if (bundleLine >= m.bundleLine + m.lines)
      lo = mid + 1;
    else
      return {
        path: m.path,
        line: m.generated ? m.line : m.line + (bundleLine - m.bundleLine),
        generated: m.generated
      };
  }
  return void 0;
}
function parseStamp(f) {
  if (f.size === void 0 && f.mtime === void 0)
    return void 0;
  if (!Number.isSafeInteger(f.size) || typeof f.mtime !== "string" || !/^-?\d+$/.test(f.mtime))
    return null;
  return { size: f.size, modified: f.mtime };
}

// dist/src/bundle/runtime-template.js
var RUNTIME_TEMPLATE = "## The PowerShell a fragbundle bundle runs: its helpers, the frames of its tables and the loop that\n## loads its fragments. Every behaviour here was chosen by running pwsh; test/bundle/*.test.ts prove\n## them against loading the fragment files one by one.\n##\n## Markup (src/bundle/template.ts renders it; this file stays valid PowerShell, and a test parses\n## every rendering of it with pwsh):\n##   #region section:NAME ... #endregion   a piece the emitter writes (emit-bundle.ts), in file order\n##                                         (the one-line sections stub* and sub-dot-source*: into fragments' text)\n##   #region if:SWITCH ... #endregion      lines kept when SWITCH is on (timed, guarded, lazy, shared,\n##                                         sub, deferred, keepsub, wildcard, aside); if:!SWITCH when off; <#if:S#>..<#end#> in a line\n##   ## comment                            the template's own: not written into bundles (# comments are)\n##   __fragbundle_KEY_ID                   the bundle's own name (runtime.ts runtimeNames, defer-runtime.ts)\n##   $FB_X                                 a value: $FB_<TABLE>_<COLUMN> and $FB_<TABLE>_STRIDE come from the\n##                                         column declarations (table-layout.ts), the rest from runtimeContext\n##   #insert:NAME                          a line replaced by the lines of value NAME\n## A new helper: a function in a section (or a new section the emitter writes), its name in the\n## cleanup list at the end of the loop section, its key in runtimeNames. A new table column:\n## table-layout.ts, then read it here as $FB_<TABLE>_<COLUMN>.\n##\n## How a fragment loads: its text is a single-quoted string in the fragment table, compiled at load\n## time with Parser.ParseInput(text, <the fragment's own path>) and dot-sourced. So $PSScriptRoot,\n## $PSCommandPath, errors and stack traces name the fragment file and its lines (also in functions\n## that run later); a fragment pwsh cannot parse is only a string and skips alone with a warning;\n## `using namespace` and classes reach the session as when the file is dot-sourced. Startup costs\n## the same as inline code (bench/load-bench.ts).\n##\n## Session footprint: the __fragbundle_*_<id> helpers and the loop's variables are removed when the\n## bundle ends; only __fragbundle_lazy_<id> stays with lazy stubs, Get-FragbundleTiming and\n## $FragbundleTimings with timings, and deferral's helpers while deferred fragments exist. The <id>\n## makes them the bundle's own: two bundles in one session must not remove each other's helpers.\n## The helpers use no cmdlet on the success path, so loading the bundle imports no module the\n## fragments would not. They stay strict-mode clean (a fragment may turn strict mode on): no .Count\n## on values that can be $null.\n\n## The uncommon path of loading a fragment: the loop calls it only for a fragment with parse errors\n## or #Requires, and dot-sources the block it returns (an empty one to skip). A compiled string\n## ignores #Requires (proven in a test), so it is checked here with pwsh's own rules: the version\n## compares major.minor only, editions must contain $PSEdition, modules import as for a script.\n#region section:load\nfunction __fragbundle_load_ID([string]$Show, $Ast, $Errors, [bool]$Invocation) {\n    if ($Errors.Length -gt 0) {\n        Write-Warning ('fragbundle: {0}:{1}:{2}: not loaded, pwsh cannot parse it: {3}' -f $Show, $Errors[0].Extent.StartLineNumber, $Errors[0].Extent.StartColumnNumber, $Errors[0].Message)\n        return {}\n    }\n    $r = $Ast.ScriptRequirements\n    $why = $null\n    $v = $r.RequiredPSVersion\n    $have = $PSVersionTable.PSVersion\n    if ($null -ne $v -and ($v.Major -gt $have.Major -or ($v.Major -eq $have.Major -and $v.Minor -gt $have.Minor))) {\n        $why = \"#Requires -Version $v (this is $have)\"\n    } elseif ($r.RequiredPSEditions.Count -gt 0 -and $r.RequiredPSEditions -notcontains $PSEdition) {\n        $why = \"#Requires -PSEdition $($r.RequiredPSEditions -join ',') (this is $PSEdition)\"\n    } elseif ($r.RequiredApplicationId -and $r.RequiredApplicationId -ne $ShellId) {\n        $why = \"#Requires -ShellId $($r.RequiredApplicationId) (this is $ShellId)\"\n    } elseif ($r.IsElevationRequired) {\n        $admin = $false\n        if ($null -ne [System.Environment].GetProperty('IsPrivilegedProcess')) { $admin = [System.Environment]::IsPrivilegedProcess }\n        elseif ([System.Environment]::OSVersion.Platform -eq 'Win32NT') { $admin = ([System.Security.Principal.WindowsPrincipal][System.Security.Principal.WindowsIdentity]::GetCurrent()).IsInRole([System.Security.Principal.WindowsBuiltInRole]::Administrator) }\n        if (-not $admin) { $why = '#Requires -RunAsAdministrator (not elevated)' }\n    }\n    if ($null -eq $why) {\n        foreach ($m in $r.RequiredModules) {\n            if ($null -ne (Get-Module -FullyQualifiedName $m)) { continue }\n            try { Import-Module -FullyQualifiedName $m -Global -ErrorAction Stop } catch { $why = \"#Requires -Modules $($m.Name): $_\"; break }\n        }\n    }\n    if ($null -eq $why) {\n        foreach ($n in $r.RequiredAssemblies) {\n            try { Add-Type -AssemblyName $n -ErrorAction Stop } catch { $why = \"#Requires -Assembly $($n): $_\"; break }\n        }\n    }\n    if ($null -ne $why) {\n        Write-Warning ('fragbundle: {0}: not loaded: {1}' -f $Show, $why)\n        return {}\n    }\n    if ($Invocation) { return __fragbundle_inv_ID $Ast }\n    $Ast.GetScriptBlock()\n}\n#endregion\n\n## Report a fragment that threw while loading as a one-by-one loader's catch would: the error's own\n## line when raised in the fragment, else the fragment's innermost frame in the script stack trace.\n#region section:fail\nfunction __fragbundle_fail_ID([string]$Rel, [string]$Show, $Err) {\n    $full = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, $Rel))\n    $at = ''\n    $ii = $Err.InvocationInfo\n    if ($null -ne $ii -and $ii.ScriptName -eq $full) { $at = ':' + $ii.ScriptLineNumber }\n    else {\n        $mark = \", $($full): line \"\n        foreach ($l in ([string]$Err.ScriptStackTrace).Split([char]10)) {\n            $k = $l.IndexOf($mark)\n            if ($k -ge 0) { $at = ':' + $l.Substring($k + $mark.Length).Trim(); break }\n        }\n    }\n    Write-Warning ('fragbundle: {0}{1}: {2}' -f $Show, $at, $Err)\n}\n#endregion\n\n## Give a fragment its own $MyInvocation (an ExternalScript naming the fragment file), as dot-sourcing\n## its file does: a compiled block's is a Script whose string form is its whole text, and\n## $MyInvocation is read in more ways than a rewrite can see. The tree gets one statement in front,\n## compiled from a copy (extents keep the fragment's lines). Only fragments whose text names\n## MyInvocation come here, only when their file exists and they have no `using module`.\n#region section:invocation\nfunction __fragbundle_inv_ID($Ast) {\n    $sb = $Ast.GetScriptBlock()\n    if ($null -eq $ExecutionContext.InvokeCommand.GetCommand($sb.File, [System.Management.Automation.CommandTypes]::ExternalScript)) { return $sb }\n    foreach ($x in $Ast.UsingStatements) { if ($x.UsingStatementKind -eq 'Module') { return $sb } }\n    $set = [System.Management.Automation.Language.Parser]::ParseInput('$MyInvocation = [System.Management.Automation.InvocationInfo]::Create($ExecutionContext.InvokeCommand.GetCommand($PSCommandPath, [System.Management.Automation.CommandTypes]::ExternalScript), $MyInvocation.ScriptPosition)', [ref]$null, [ref]$null).EndBlock.Statements[0].Copy()\n    $b = @($Ast.BeginBlock, $Ast.ProcessBlock, $Ast.EndBlock)\n    $k = 0\n    while ($null -eq $b[$k]) { $k++ }\n    for ($j = 0; $j -lt 3; $j++) {\n        $f = $b[$j]\n        if ($null -eq $f) { continue }\n        if ($j -ne $k) { $b[$j] = $f.Copy(); continue }\n        $st = [System.Collections.Generic.List[System.Management.Automation.Language.StatementAst]]::new()\n        $st.Add($set)\n        foreach ($x in $f.Statements) { $st.Add($x.Copy()) }\n        $tr = [System.Collections.Generic.List[System.Management.Automation.Language.TrapStatementAst]]::new()\n        foreach ($x in $f.Traps) { $tr.Add($x.Copy()) }\n        $b[$j] = [System.Management.Automation.Language.NamedBlockAst]::new($f.Extent, $f.BlockKind, [System.Management.Automation.Language.StatementBlockAst]::new($f.Extent, $st, $tr), $f.Unnamed)\n    }\n    # UsingStatementAst.Copy() throws (pwsh 7.6.9), so each is rebuilt from its parts (a copy of a\n    # using module statement would not bring the module types: such a fragment returned above).\n    $u = [System.Collections.Generic.List[System.Management.Automation.Language.UsingStatementAst]]::new()\n    foreach ($x in $Ast.UsingStatements) {\n        if ($null -ne $x.Alias) { $u.Add([System.Management.Automation.Language.UsingStatementAst]::new($x.Extent, $x.UsingStatementKind, $x.Name.Copy(), $x.Alias.Copy())) }\n        else { $u.Add([System.Management.Automation.Language.UsingStatementAst]::new($x.Extent, $x.UsingStatementKind, $x.Name.Copy())) }\n    }\n    $a = [System.Collections.Generic.List[System.Management.Automation.Language.AttributeAst]]::new()\n    foreach ($x in $Ast.Attributes) { $a.Add($x.Copy()) }\n    [System.Management.Automation.Language.ScriptBlockAst]::new($Ast.Extent, $u, $a, $(if ($Ast.ParamBlock) { $Ast.ParamBlock.Copy() }), $b[0], $b[1], $b[2], $(if ($Ast.CleanBlock) { $Ast.CleanBlock.Copy() }), $(if ($Ast.DynamicParamBlock) { $Ast.DynamicParamBlock.Copy() })).GetScriptBlock()\n}\n#endregion\n\n## Define a lazy function for real, called by its stub on first use. The lazy texts sit in string\n## literals (only scanned, not parsed, at load); line breaks and spaces put a text back at its line\n## and column before it is parsed under the fragment's path, so the function gets the fragment's\n## file and line numbers and ${function:X} is the same text. It is dot-sourced here and copied to\n## global scope through the provider API (keeps filters filters and the script block; no cmdlet).\n## A failure throws naming function and file, so every call fails the same clear way. It returns\n## `. 'X' @PSBoundParameters @args`: the stub makes its steppable pipeline from it in its own scope,\n## where the real function then runs as a later call runs it (`-Scope 1` and `. X` reach the caller).\n#region section:lazy-open\nfunction __fragbundle_lazy_ID {\n    [CmdletBinding()] param([string]$Name, [int]$Index)\n    ## Index -2: only fail (quietly, with -ErrorAction Ignore), so that the stub can hand its caller's $? on (stubText).\n    if ($Index -eq -2) { $PSCmdlet.WriteError([System.Management.Automation.ErrorRecord]::new([System.Exception]::new('fragbundle: the caller''s $? was False'), 'fragbundle', 'NotSpecified', $null)); return }\n    # Per lazy function: its fragment's path relative to the bundle, line, column, text.\n    $t = @(\n#endregion\n\n## A shared stub passes its own name and -1: its entry is looked up by name (case-insensitive keys).\n#region section:lazy-close\n$null)\n#region if:shared\n    if ($Index -lt 0) {\n        $k = @{\n#insert:SHARED_LOOKUP\n        }[$Name]\n        if ($null -eq $k) { throw (\"fragbundle: cannot load function '{0}': the bundle has no lazily loaded function of that name\" -f $Name) }\n        $Index = $k\n    }\n#endregion\n    $i = $FB_LAZY_STRIDE * $Index\n    $full = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, $t[$i + $FB_LAZY_REL]))\n    $e = $null\n    $a = [System.Management.Automation.Language.Parser]::ParseInput((\"`n\" * ($t[$i + $FB_LAZY_LINE] - 1)) + (' ' * ($t[$i + $FB_LAZY_COLUMN] - 1)) + $t[$i + $FB_LAZY_TEXT], $full, [ref]$null, [ref]$e)\n    if ($e.Length -gt 0) {\n        throw (\"fragbundle: cannot load function '{0}' from {1}:{2}:{3}: {4}\" -f $Name, $full, $e[0].Extent.StartLineNumber, $e[0].Extent.StartColumnNumber, $e[0].Message)\n    }\n    . $a.GetScriptBlock()\n    $f = $ExecutionContext.InvokeCommand.GetCommand($Name, [System.Management.Automation.CommandTypes]'Function, Filter')\n    if ($null -eq $f -or $f.ScriptBlock.File -ne $full) {\n        throw (\"fragbundle: cannot load function '{0}': {1} did not define it\" -f $Name, $full)\n    }\n    $null = $ExecutionContext.SessionState.InvokeProvider.Item.Set([string[]]@(\"Function:global:$Name\"), $f.ScriptBlock, $false, $true)\n    [scriptblock]::Create(\". '$Name' @PSBoundParameters @args\")\n}\n#endregion\n\n## Compile the shared stubs once, each from its own string: one pwsh cannot parse leaves $null (and a\n## warning), so only the fragments that use it fail, at that statement; the rest of the bundle loads.\n#region section:stubs\nfunction __fragbundle_stubs_ID([string[]]$Texts) {\n    $r = [object[]]::new($Texts.Length)\n    for ($i = 0; $i -lt $Texts.Length; $i++) {\n        try { $r[$i] = [scriptblock]::Create($Texts[$i]) }\n        catch { Write-Warning ('fragbundle: a lazy stub cannot be compiled; the functions that use it will not load: {0}' -f $_) }\n    }\n    , $r\n}\n$__fragbundle_stubs_ID = __fragbundle_stubs_ID @(\n#insert:STUB_TEXTS\n)\n#endregion\n\n## The stub that takes a lazy function's place in its fragment's text: defined by the fragment\n## itself, where the function was, it exists exactly when the function would (after the same\n## statements, not after an early `return` or a failure), it compiles with the fragment's `using`\n## statements, and it spans the same lines: STUB_BODY holds the function's line breaks, those after\n## its declarations before the closing brace, so its extent and every later line of the fragment\n## keep their numbers. It declares the same parameters as the real function (copied verbatim), so\n## PowerShell binds the first call's arguments exactly as it will bind them for the real one. Its\n## body: the declarations, then section stub-simple or stub-advanced.\n#region section:stub\nfunction $FB_STUB_SCOPE$FB_STUB_NAME { $FB_STUB_BODY }\n#endregion\n\n## A shared stub instead takes the place of a function with the same declarations and kind as\n## others: one compiled block (section stubs) serves them all, found by its own name. A `function`\n## statement costs its fragment about 0.3 ms to parse, compile and define; this assignment a few\n## microseconds. Same scope, same error for a read-only name (checked in pwsh). The function's line\n## breaks follow it.\n#region section:stub-shared\n${function:$FB_STUB_SCOPE$FB_STUB_NAME} = $__fragbundle_stubs_ID[$FB_STUB_SHARED]\n#endregion\n\n## A stub's named blocks: load the function (a call of the lazy loader, section lazy-open), then\n## forward to it. `shared` is on when rendering a shared stub's body: it passes its own name and -1,\n## an own stub its quoted name (STUB_LITERAL) and lazy-table index (STUB_INDEX).\n## It forwards @PSBoundParameters (plus @args for simple functions), so `-Switch:$false`,\n## `-Name:value`, positional and remaining arguments arrive as written (a plain @args stub turns\n## `-Force:$false` into `-Force` and a stray $false: measured). Pipeline input goes through a\n## steppable pipeline, one object at a time, so streaming and begin/process/end order are kept; a\n## simple stub forwards input only when there is some (ExpectingInput), since its process block\n## also runs once without input, and hands its $args to the steppable pipeline. The steppable\n## pipeline must be made in the stub's own scope: made inside a helper that has returned, command\n## lookup inside the real function fails (measured); the loader only hands back the script block.\n## The stub keeps its state in $args, not in a variable of its own: the real function is\n## dot-sourced into the stub's scope, where it would see any variable of the stub, while $args is\n## an automatic variable PowerShell sets for the dot-sourced function and restores afterwards\n## (checked in pwsh), and a dot-sourced stub leaves nothing in its caller.\n## $args[0] is the caller's $? as the stub found it: when False, a quiet failure (index -2 with\n## -ErrorAction Ignore: no output, nothing in $Error) right before Begin and End makes the real\n## function see it False too, as it would when called directly. $args[1] is the steppable pipeline.\n## $args[2] is the caller's $_, read without naming $_ (under Set-StrictMode an unset $_ would\n## throw): the stub's process block runs once even without input and sets $_ (to nothing) in the\n## scope the real function's end block runs in, where called directly it would see its caller's $_\n## (inside `ForEach-Object { X }`); that variable cannot be removed (\"optimized\"), so it gets the\n## caller's value back.\n#region section:stub-simple\nbegin { $args = @($?, (__fragbundle_lazy_ID <#if:shared#>$MyInvocation.MyCommand.Name -1<#end#><#if:!shared#>$FB_STUB_LITERAL $FB_STUB_INDEX<#end#>).GetSteppablePipeline($MyInvocation.CommandOrigin, $args), $ExecutionContext.SessionState.PSVariable.GetValue('_')); if (!$args[0]) { __fragbundle_lazy_ID '' -2 -ErrorAction Ignore }; $args[1].Begin($MyInvocation.ExpectingInput) } process { if ($MyInvocation.ExpectingInput) { $args[1].Process($_) } } end { if (!$MyInvocation.ExpectingInput) { $_ = $args[2] }; if (!$args[0]) { __fragbundle_lazy_ID '' -2 -ErrorAction Ignore }; $args[1].End() }\n#endregion\n#region section:stub-advanced\nbegin { $args = @($?, (__fragbundle_lazy_ID <#if:shared#>$MyInvocation.MyCommand.Name -1<#end#><#if:!shared#>$FB_STUB_LITERAL $FB_STUB_INDEX<#end#>).GetSteppablePipeline($MyInvocation.CommandOrigin), $ExecutionContext.SessionState.PSVariable.GetValue('_')); if (!$args[0]) { __fragbundle_lazy_ID '' -2 -ErrorAction Ignore }; $args[1].Begin($PSCmdlet) } process { $args[1].Process($_) } end { if (!$MyInvocation.ExpectingInput) { $_ = $args[2] }; if (!$args[0]) { __fragbundle_lazy_ID '' -2 -ErrorAction Ignore }; $args[1].End() }\n#endregion\n\n## Per-fragment timings in $global:FragbundleTimings (Fragment, Mode, Milliseconds), shared by every\n## bundle a session loads.\n#region section:timings\nif ($null -eq $ExecutionContext.SessionState.PSVariable.GetValue('FragbundleTimings')) { $global:FragbundleTimings = [System.Collections.Generic.List[object]]::new() }\nfunction __fragbundle_tstart_ID([string]$Show, [string]$Mode) {\n    $global:FragbundleTimings.Add([pscustomobject]@{ Fragment = $Show; Mode = $Mode; Milliseconds = [double][System.Diagnostics.Stopwatch]::GetTimestamp() })\n}\nfunction __fragbundle_tstop_ID {\n    $t = $global:FragbundleTimings[$global:FragbundleTimings.Count - 1]\n    $t.Milliseconds = [System.Math]::Round(([System.Diagnostics.Stopwatch]::GetTimestamp() - $t.Milliseconds) * 1000.0 / [System.Diagnostics.Stopwatch]::Frequency, 3)\n}\nfunction global:Get-FragbundleTiming {\n    <#\n    .SYNOPSIS\n    Per-fragment load times of the fragbundle bundle this session loaded, slowest first.\n    #>\n    $global:FragbundleTimings | Sort-Object -Property Milliseconds -Descending\n}\n#endregion\n\n## The sub-file loader: a followed `. X` becomes `. (__fragbundle_sub_<id> X)`. X, evaluated where it\n## stood, is resolved as `. X` would; an embedded file's text is compiled under that path and\n## returned, so `.` runs it in the very scope the dot-source would have, with the sub-file's\n## $PSScriptRoot and error positions. Anything else (not embedded, cannot parse) hands X back, and\n## pwsh dot-sources the file as always. No embedded file is read. The table keys are paths relative\n## to the bundle's folder with `/`.\n#region section:sub-open\nfunction __fragbundle_sub_ID($Path) {\n    $full = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath([string]$Path)\n    $key = [System.IO.Path]::GetRelativePath($PSScriptRoot, $full).Replace('\\', '/')\n    $text = $__fragbundle_s_ID[$key]\n    if ($null -eq $text) { return $Path }\n    $e = $null\n    if ($text -is [array]) {\n        ## A marked text (one the stale guard loaded, or the grammar read only in part, that holds `exit`):\n        ## its load-time exits, found by pwsh's parser, get the build's rewrite, once (stored back).\n        $a = [System.Management.Automation.Language.Parser]::ParseInput($text[0], $full, [ref]$null, [ref]$e)\n        $text = if ($e.Length -gt 0) { $text[0] } else { __fragbundle_exit_ID $text[0] $a -Sub }\n        $__fragbundle_s_ID[$key] = $text\n        ## $null: its exits cannot be made to end only it (named blocks, an exit in `finally`), so the file itself is dot-sourced.\n        if ($null -eq $text) { return $Path }\n    }\n    $a = [System.Management.Automation.Language.Parser]::ParseInput($text, $full, [ref]$null, [ref]$e)\n    if ($e.Length -gt 0) { return $Path }\n    if ($text -match 'MyInvocation') { return __fragbundle_inv_ID $a }\n    $a.GetScriptBlock()\n}\n$__fragbundle_s_ID = @{\n#endregion\n\n#region section:sub-close\n}\n#endregion\n\n## An `exit` that runs while a fragment loads, made to set $LASTEXITCODE at once as one-by-one\n## loading does: this goes right after the keyword, with EXIT_VALUE the exit's value as written in\n## `$( )` (`$null` without one): `exit 7` reads `exit (& { ... } $( 7))`. The code is converted as\n## pwsh converts it (not an int: 0), set, marked as an exit the loop's finally must finish (state\n## 6), and exited with. No line break: every line stays where it was.\n#region section:exit-value\n (& { param($v) $c = 0; if ($null -ne $v) { try { $c = [int]$v } catch { } }; $global:LASTEXITCODE = $c; $s = $ExecutionContext.SessionState.PSVariable.Get('script:__fragbundle_st_ID'); if ($null -ne $s -and $s.Value -eq 0) { $s.Value = 6 }; $c } $FB_EXIT_VALUE)\n#endregion\n\n## An `exit` that runs while a sub-file loads ends only that sub-file one by one, and its caller goes\n## on; compiled as a script block, it would end the whole fragment. So the build turns it into a\n## `break` to a loop around the sub-file's statements, from the first statement that can exit to the\n## end: `exit 7` reads `break (& { ... } $( 7))`, whose label expression sets $LASTEXITCODE as\n## section exit-value does (no state: the fragment goes on) and names the loop. Labelled, the break\n## passes every loop, `& { }`, ForEach-Object and try between (checked in pwsh); it reaches the\n## innermost sub-file's loop, as the exit would end the innermost file. No line moves: the opener\n## stands before that statement on its line, the closer on a line of its own after the text.\n#region section:sub-exit-value\n (& { param($v) $c = 0; if ($null -ne $v) { try { $c = [int]$v } catch { } }; $global:LASTEXITCODE = $c; '__fragbundle_x_ID' } $FB_EXIT_VALUE)\n#endregion\n#region section:sub-exit-open\n:__fragbundle_x_ID do { \n#endregion\n#region section:sub-exit-close\n} while ($false)\n#endregion\n\n## The path expression of a followed dot-source (SUB_PATH, as written), sent through the sub-file\n## loader. One in code that may run after the bundle has loaded (a function body, a deferred\n## fragment) falls back to the plain dot-source once the loader is gone.\n#region section:sub-dot-source\n(__fragbundle_sub_ID $FB_SUB_PATH)\n#endregion\n#region section:sub-dot-source-late\n$(if ($ExecutionContext.InvokeCommand.GetCommand('__fragbundle_sub_ID', 'Function')) { __fragbundle_sub_ID $FB_SUB_PATH } else { $FB_SUB_PATH })\n#endregion\n\n## The stale guard, run once before the loop. The quick check answers \"nothing changed\" with a few\n## operations whatever the number of files: no PowerShell loop (one over 150 fragments cost over 10%\n## of the load: every call goes through the binder), no regular expression and no sort when the\n## build could decide beforehand, since at start-up every distinct operation pays its first use\n## (docs/benchmarks.md). It compares, with what the build recorded: the sizes and times of every\n## fragment and sub-file (FileInfos made from the paths in one conversion; sizes and ticks by member\n## enumeration: an ArrayList has no Length of its own), and the number of top-level files the\n## include patterns take. The count is exact because every name it recorded must still be there:\n## the fragments' by their stamps, the set-aside files' (aside) one by one (File.Exists is true for\n## a broken link and a FIFO, which the build sets aside, and opens neither). Without includeHidden a\n## dot name is no fragment, so it is not counted: the expression excludes it, and the wildcard skips\n## .NET's Hidden, which on Unix is a dot name. With one include glob of `*`, `?` and plain\n## characters and no exclude (wildcard) a .NET wildcard counts them, matching as the regular\n## expression does (case-insensitive); else the expressions do.\n## Anything else goes to the full comparison (guardf), per entry: a different size or time is read\n## and hashed; the same bytes keep the embedded text, other bytes replace it (loaded in the same\n## place, with the same error isolation); a missing file is dropped; a file the patterns would take\n## that the bundle neither holds nor set aside is inserted before the first top-level entry sorting\n## after it (never a bundle, nor one of no length or that cannot be read: those are only named).\n## One warning names them all with the rebuild command. Without the fragments folder (a bundle\n## copied alone) it does nothing. Names compare ignoring case where the file system does. Only the\n## full comparison holds what it alone needs.\n#region section:guard\nfunction __fragbundle_guard_ID($T) {\n    $ok = $false\n    try {\n        $r = $PSScriptRoot + '/'\n        $f = [System.Collections.ArrayList]::new([System.IO.FileInfo[]]@($FB_GUARD_PATHS))\n        $ok = ($f.Length -join '/') + ';' + ($f.LastWriteTimeUtc.Ticks -join '/') -ceq $FB_GUARD_STAMPS\n#region if:wildcard\n        $ok = $ok -and [System.IO.Directory]::GetFiles($r + $FB_GUARD_DIR, $FB_GUARD_WILDCARD, [System.IO.EnumerationOptions]@{ MatchCasing = 'CaseInsensitive'; AttributesToSkip = $FB_GUARD_SKIP }).Length -eq $FB_GUARD_COUNT\n#endregion\n#region if:!wildcard\n        $ok = $ok -and ([System.IO.Directory]::GetFiles($r + $FB_GUARD_DIR) -replace '^.*[\\\\/]', '' -match $FB_GUARD_INCLUDE -notmatch $FB_GUARD_EXCLUDE).Length -eq $FB_GUARD_COUNT\n#endregion\n#region if:aside\n        foreach ($p in @($FB_GUARD_ASIDE_TOP)) { if (-not [System.IO.File]::Exists($r + $p)) { $ok = $false } }\n#endregion\n    } catch { }\n    if ($ok) { return , $T }\n    __fragbundle_guardf_ID $T\n}\nfunction __fragbundle_guardf_ID($T) {\n    $Dir = $FB_GUARD_DIR\n    $root = [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, $Dir))\n    if (-not [System.IO.Directory]::Exists($root)) { return , $T }\n    $cmp = [System.StringComparer]::Ordinal\n    if ([System.IO.Path]::DirectorySeparatorChar -eq [char]92) { $cmp = [System.StringComparer]::OrdinalIgnoreCase }\n    $known = [System.Collections.Generic.HashSet[string]]::new([string[]]@($FB_GUARD_ASIDE), $cmp)\n    $changed = [System.Collections.Generic.List[string]]::new()\n    $removed = [System.Collections.Generic.List[string]]::new()\n    $drop = [System.Collections.Generic.HashSet[int]]::new()\n    for ($i = 0; $i -lt $T.Length - 1; $i += $FB_FRAGMENT_STRIDE) {\n        $null = $known.Add($T[$i + $FB_FRAGMENT_SHOW])\n        $f = [System.IO.FileInfo]::new([System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, $T[$i + $FB_FRAGMENT_REL])))\n        if (-not $f.Exists) { $removed.Add($T[$i + $FB_FRAGMENT_SHOW]); $null = $drop.Add($i); continue }\n        if ($f.Length -eq $T[$i + $FB_FRAGMENT_SIZE] -and $f.LastWriteTimeUtc.Ticks -eq $T[$i + $FB_FRAGMENT_TICKS]) { continue }\n        try {\n            $b = [System.IO.File]::ReadAllBytes($f.FullName)\n            if ([System.BitConverter]::ToString([System.Security.Cryptography.SHA256]::Create().ComputeHash($b)).Replace('-', '') -eq $T[$i + $FB_FRAGMENT_HASH]) { continue }\n            $T[$i + $FB_FRAGMENT_TEXT] = [System.IO.StreamReader]::new([System.IO.MemoryStream]::new($b), [System.Text.UTF8Encoding]::new($false), $true).ReadToEnd()\n            $T[$i + $FB_FRAGMENT_INV] = $T[$i + $FB_FRAGMENT_TEXT].Contains('MyInvocation', [System.StringComparison]::OrdinalIgnoreCase); $T[$i + $FB_FRAGMENT_EXIT] = $T[$i + $FB_FRAGMENT_TEXT].Contains('exit', [System.StringComparison]::OrdinalIgnoreCase)\n            $changed.Add($T[$i + $FB_FRAGMENT_SHOW])\n        } catch { Write-Warning ('fragbundle: {0}: changed since the build but cannot be read; loading the text the bundle holds: {1}' -f $T[$i + $FB_FRAGMENT_SHOW], $_) }\n    }\n    ## Sub-files: an edited one's text replaces the embedded one in the sub-file table, which every\n    ## later dot-source reads (deferred fragments too); a missing one leaves the table, so its\n    ## dot-source reaches the file as one-by-one loading does (fails, or its Test-Path skips it).\n#region if:sub\n    $m = ($T.Length - 1) / $FB_FRAGMENT_STRIDE\n    $Subs = @($FB_GUARD_SUBS)\n    $SubInfo = @($FB_GUARD_SUBINFO)\n    $st = $FB_GUARD_STAMPS.Split(';')\n    $sz = $st[0].Split('/')\n    $tk = $st[1].Split('/')\n    for ($j = 0; $j -lt $Subs.Length; $j++) {\n        $f = [System.IO.FileInfo]::new([System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, $Subs[$j])))\n        if (-not $f.Exists) { $removed.Add($SubInfo[2 * $j]); $__fragbundle_s_ID.Remove($Subs[$j]); continue }\n        if ([string]$f.Length -eq $sz[$m + $j] -and [string]$f.LastWriteTimeUtc.Ticks -eq $tk[$m + $j]) { continue }\n        try {\n            $b = [System.IO.File]::ReadAllBytes($f.FullName)\n            if ([System.BitConverter]::ToString([System.Security.Cryptography.SHA256]::Create().ComputeHash($b)).Replace('-', '') -eq $SubInfo[2 * $j + 1]) { continue }\n            $text = [System.IO.StreamReader]::new([System.IO.MemoryStream]::new($b), [System.Text.UTF8Encoding]::new($false), $true).ReadToEnd()\n            ## One that holds `exit` is marked (a one-element array) for the sub-file loader to search (__fragbundle_exit_ID -Sub).\n            $__fragbundle_s_ID[$Subs[$j]] = if ($text.Contains('exit', [System.StringComparison]::OrdinalIgnoreCase)) { , @($text) } else { $text }\n            $changed.Add($SubInfo[2 * $j])\n        } catch { Write-Warning ('fragbundle: {0}: changed since the build but cannot be read; loading the text the bundle holds: {1}' -f $SubInfo[2 * $j], $_) }\n    }\n#endregion\n    $added = [System.Collections.Generic.List[string]]::new()\n    $unloaded = [System.Collections.Generic.List[string]]::new()\n    $texts = [System.Collections.Generic.Dictionary[string, string]]::new($cmp)\n    foreach ($p in [System.IO.Directory]::EnumerateFiles($root)) {\n        $name = [System.IO.Path]::GetFileName($p)\n        if ($cmp.Equals($p, $PSCommandPath) -or $known.Contains($name) -or -not [regex]::IsMatch($name, $FB_GUARD_INCLUDE) -or [regex]::IsMatch($name, $FB_GUARD_EXCLUDE)) { continue }\n        ## Opening a FIFO (or a link to one) would hang: .NET cannot tell one from an empty file, and\n        ## neither has text to load, so nothing of no length (links followed) is opened or loaded.\n        $f = [System.IO.FileInfo]::new($p)\n        if ($null -ne $f.LinkTarget) { $f = $f.ResolveLinkTarget($true) }\n        $text = $null\n        if ($f.Exists -and $f.Length -gt 0) {\n            try { $text = [System.IO.StreamReader]::new([System.IO.MemoryStream]::new([System.IO.File]::ReadAllBytes($p)), [System.Text.UTF8Encoding]::new($false), $true).ReadToEnd() }\n            catch { Write-Warning ('fragbundle: {0}: added since the build but cannot be read: {1}' -f $name, $_) }\n        }\n        if ($null -eq $text) { $unloaded.Add($name); continue }\n        if ($text.StartsWith('# Generated by fragbundle ')) { continue }\n        $added.Add($name)\n        $texts[$name] = $text\n    }\n    if ($changed.Count + $removed.Count + $added.Count + $unloaded.Count -eq 0) { return , $T }\n    $said = [System.Collections.Generic.List[string]]::new()\n    if ($changed.Count -gt 0) { $said.Add('changed (loaded from disk): ' + ($changed -join ', ')) }\n    if ($added.Count -gt 0) {\n        $added.Sort([System.StringComparer]::InvariantCultureIgnoreCase)\n        $said.Add('added (loaded): ' + ($added -join ', '))\n    }\n    if ($unloaded.Count -gt 0) {\n        $unloaded.Sort([System.StringComparer]::InvariantCultureIgnoreCase)\n        $said.Add('added (not loaded: empty, unreadable or not a file): ' + ($unloaded -join ', '))\n    }\n    if ($removed.Count -gt 0) { $said.Add('removed (not loaded): ' + ($removed -join ', ')) }\n    $q = { param($s) \"'\" + $s.Replace(\"'\", \"''\") + \"'\" }\n    $cmd = 'fragbundle build ' + (& $q $root) + ' --output ' + (& $q $PSCommandPath)\n    $config = $FB_GUARD_CONFIG\n    if ($config -ne '') { $cmd += ' --config ' + (& $q ([System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, $config)))) }\n    Write-Warning ('fragbundle: the bundle is older than its fragments: {0}. Rebuild: {1}{2}' -f ($said -join '; '), $cmd, $FB_GUARD_FLAGS)\n    if ($drop.Count + $added.Count -eq 0) { return , $T }\n    $out = [System.Collections.Generic.List[object]]::new()\n    $k = 0\n    for ($i = 0; $i -le $T.Length - 1; $i += $FB_FRAGMENT_STRIDE) {\n        while ($k -lt $added.Count -and ($i -eq $T.Length - 1 -or (-not $T[$i + $FB_FRAGMENT_SHOW].Contains('/') -and [string]::Compare($added[$k], $T[$i + $FB_FRAGMENT_SHOW], [System.StringComparison]::InvariantCultureIgnoreCase) -lt 0))) {\n            $name = $added[$k++]\n            $out.AddRange([object[]]@($FB_FRAGMENT_ADDED))\n        }\n        if ($i -eq $T.Length - 1) { break }\n        if ($drop.Contains($i)) { continue }\n        for ($j = 0; $j -lt $FB_FRAGMENT_STRIDE; $j++) { $out.Add($T[$i + $j]) }\n    }\n    $out.Add($null)\n    , $out.ToArray()\n}\n#endregion\n\n## Whole-fragment deferral (lazy: fragments). A deferred fragment's table entry holds its number: the\n## loop installs stubs for the names it defines. The first call of any stub removes them all, runs\n## the whole fragment as the loop would, then forwards the call.\n## The fragment must run at global scope, but a stub is a function: only a steppable pipeline made at\n## the profile's top level keeps that scope (measured: InvokeScript, runspaces and module binding do\n## not), so one is made here and each run makes its successor (a pipeline runs once). `*>&1` and\n## Begin($true, ...) keep a fragment's non-terminating error from ending the user's command line.\n## The body touches only $global: variables: it runs at global scope, where a local would leak.\n## Stubs are a few compiled blocks, each set for many names at once: block 0 declares no parameters;\n## the others declare a function's own parameters where they are static (defer-stubs.ts), so\n## completion works before the first call, compiled here from their texts (sections\n## defer-stub-simple and defer-stub-advanced after the declarations), one per distinct declaration;\n## one pwsh cannot compile falls back to block 0. Install, per deferred fragment (worked out by the\n## build, defer-runtime.ts installList): its alias stubs' names, then per block the provider paths\n## of the functions that get it (an alias stub's function is __fragbundle_da_ID_<alias>). The\n## deferral has its own copy of the fail helper (section fail, renamed), since the loop's is\n## removed when the bundle has loaded.\n#region section:defer-setup\n$global:__fragbundle_dstate_ID = @{ Done = [bool[]]::new($FB_DEFER_COUNT); Saved = @{}; Sp = $null; Err = $null; Install = @(\n#insert:DEFER_INSTALL\n$null) }\n$global:__fragbundle_dbody_ID = { process { $global:__fragbundle_dstate_ID.Sp = { . $global:__fragbundle_dbody_ID *>&1 }.GetSteppablePipeline(); try { . $_ *>&1 } catch { $global:__fragbundle_dstate_ID.Err = $_ } } }\n$global:__fragbundle_dstate_ID.Sp = { . $global:__fragbundle_dbody_ID *>&1 }.GetSteppablePipeline()\n$global:__fragbundle_dstate_ID.Stubs = @(& { $z = { begin { $private:fbF = __fragbundle_defer_ID -1 $MyInvocation.MyCommand.Name $args; $private:fbP = $fbF[0].GetSteppablePipeline($MyInvocation.CommandOrigin, @($fbF[1], $fbF[2])); $fbP.Begin($MyInvocation.ExpectingInput) } process { if ($MyInvocation.ExpectingInput) { $fbP.Process($_) } } end { $fbP.End() } }; $z; foreach ($t in @($FB_DEFER_DECLARED)) { try { [scriptblock]::Create($t) } catch { $z } } })\nfunction __fragbundle_ditem_ID([string]$Path) {\n    $p = [string[]]@($Path)\n    if ($ExecutionContext.SessionState.InvokeProvider.Item.Exists($p, $false, $true)) { $ExecutionContext.SessionState.InvokeProvider.Item.Get($p, $false, $true)[0] }\n}\nfunction __fragbundle_dsave_ID([string]$Name) {\n    $c = __fragbundle_ditem_ID \"Alias:\\$Name\"\n    $global:__fragbundle_dstate_ID.Saved[$Name] = @($c.Definition, $c.Options, $c.Description)\n}\n#endregion\n\n## A stub that declares its function's parameters (defaults cut out): PowerShell binds the call as\n## it will bind the real function's, and the stub hands the run helper $PSBoundParameters (only what\n## the caller gave, colon-bound switches included) and, for a simple function, its unbound $args.\n## The emitter puts the declarations in front of one of these two lines.\n#region section:defer-stub-simple\nbegin { $private:fbF = __fragbundle_defer_ID -1 $MyInvocation.MyCommand.Name $args $PSBoundParameters; $private:fbP = $fbF[0].GetSteppablePipeline($MyInvocation.CommandOrigin, @($fbF[1], $fbF[2])); $fbP.Begin($MyInvocation.ExpectingInput) } process { if ($MyInvocation.ExpectingInput) { $fbP.Process($_) } } end { $fbP.End() }\n#endregion\n#region section:defer-stub-advanced\nbegin { $private:fbF = __fragbundle_defer_ID -1 $MyInvocation.MyCommand.Name $args $PSBoundParameters; $private:fbP = $fbF[0].GetSteppablePipeline($MyInvocation.CommandOrigin, @($fbF[1], $fbF[2])); $fbP.Begin($PSCmdlet) } process { $fbP.Process($_) } end { $fbP.End() }\n#endregion\n\n#region section:defer-open\nfunction __fragbundle_defer_ID([int]$K, [string]$Name, $Forward, $Bound) {\n    # Per deferred fragment: its path relative to the bundle, the path to show, its text.\n    $t = @(\n#endregion\n\n## Once per fragment: remove its stubs (an alias stub gives back the alias it replaced), compile and run\n## it at global scope through the top-level pipeline, report a throw as the loop does. Then hand the\n## stub its forwarding block, or throw \"not available\" when the fragment did not define the name.\n## Output and errors go to the host, other streams to the caller's: never into the stub's output.\n#region section:defer-close\n$null)\n    $s = $global:__fragbundle_dstate_ID\n    if ($Name.StartsWith('__fragbundle_da_ID_')) { $Name = $Name.Substring($FB_ALIAS_TARGET_LENGTH) }\n    if ($K -lt 0) {\n        # A shared stub: find its fragment by name.\n        $fn = 'Function:global:' + $Name\n        for ($q = 0; $q -lt $s.Install.Length - 1 -and $K -lt 0; $q++) {\n            $in = $s.Install[$q]\n            if ($in[0] -contains $Name) { $K = $q }\n            for ($j = 2; $j -lt $in.Length; $j += 2) { if ($in[$j] -contains $fn) { $K = $q } }\n        }\n        if ($K -lt 0) { throw (\"fragbundle: '{0}' is not a deferred name of this bundle\" -f $Name) }\n    }\n    $i = $FB_DEFERRED_STRIDE * $K\n    if (-not $s.Done[$K]) {\n        $s.Done[$K] = $true\n        $in = $s.Install[$K]\n        foreach ($nm in $in[0]) {\n            $c = __fragbundle_ditem_ID \"Alias:\\$nm\"\n            if ($null -ne $c -and $c.Definition -eq ('__fragbundle_da_ID_' + $nm)) {\n                Remove-Alias -Name $nm -Scope Global -Force\n                $o = $s.Saved[$nm]\n                if ($null -ne $o) { New-Alias -Name $nm -Value $o[0] -Option $o[1] -Description $o[2] -Scope Global -Force }\n            }\n        }\n        for ($j = 2; $j -lt $in.Length; $j += 2) {\n            foreach ($p in $in[$j]) {\n                # The provider's Get finds nothing under a scope-qualified path (Function:global:X).\n                $p = 'Function:\\' + $p.Substring(16)\n                $c = __fragbundle_ditem_ID $p\n                if ($null -ne $c -and $c.ScriptBlock.ToString().Contains('__fragbundle_defer_ID ')) {\n                    $null = $ExecutionContext.SessionState.InvokeProvider.Item.Remove([string[]]@($p), $false, $true, $true)\n                }\n            }\n        }\n        $e = $null\n        $a = [System.Management.Automation.Language.Parser]::ParseInput($t[$i + $FB_DEFERRED_TEXT], [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, $t[$i + $FB_DEFERRED_REL])), [ref]$null, [ref]$e)\n        if ($e.Length -gt 0) {\n            Write-Warning ('fragbundle: {0}:{1}:{2}: not loaded, pwsh cannot parse it: {3}' -f $t[$i + $FB_DEFERRED_SHOW], $e[0].Extent.StartLineNumber, $e[0].Extent.StartColumnNumber, $e[0].Message)\n        } else {\n            ## A text naming MyInvocation gets the file's own, as on the eager path (section invocation).\n            $sb = if ($t[$i + $FB_DEFERRED_INV]) { __fragbundle_inv_ID $a } else { $a.GetScriptBlock() }\n            $sp = $s.Sp\n            $s.Err = $null\n            $o = & { $sp.Begin($true, $ExecutionContext); $sp.Process($sb); $sp.End() }\n            foreach ($r in @($o)) {\n                if ($r -is [System.Management.Automation.WarningRecord]) { Write-Warning $r.Message }\n                elseif ($r -is [System.Management.Automation.VerboseRecord]) { Write-Verbose $r.Message }\n                elseif ($r -is [System.Management.Automation.DebugRecord]) { Write-Debug $r.Message }\n                elseif ($r -is [System.Management.Automation.InformationRecord]) { Write-Information $r.MessageData $r.Tags }\n                elseif ($null -ne $r) { $r | Out-Host }\n            }\n            if ($null -ne $s.Err) { __fragbundle_dfail_ID $t[$i + $FB_DEFERRED_REL] $t[$i + $FB_DEFERRED_SHOW] $s.Err }\n        }\n    }\n    $c = __fragbundle_ditem_ID \"Alias:\\$Name\"\n    if ($null -eq $c) { $c = __fragbundle_ditem_ID \"Function:\\$Name\" }\n    if ($null -eq $c -or ($c.CommandType -eq 'Alias' -and $c.Definition -eq ('__fragbundle_da_ID_' + $Name)) -or ($c.CommandType -ne 'Alias' -and $c.ScriptBlock.ToString().Contains('__fragbundle_defer_ID '))) {\n        throw (\"fragbundle: '{0}' is not available: {1} ran and did not define it (see its warnings)\" -f $Name, $t[$i + $FB_DEFERRED_SHOW])\n    }\n    $f = [scriptblock]::Create(\"param(`$fbN, `$fbR) & '$Name' @fbN @fbR\")\n    # A stub that declares the parameters hands what PowerShell bound, and the unbound rest.\n    if ($null -ne $Bound) { $f; $Bound; , @($Forward); return }\n    # Splatting $args turns -Switch:$false into -Switch: colon pairs go by name, the rest as sliced from $args (which keeps -Name tokens).\n    $n = @{}\n    $keep = [System.Collections.Generic.List[int]]::new()\n    for ($j = 0; $j -lt $Forward.Count; $j++) {\n        $x = $Forward[$j]\n        if ($x -is [string] -and $j + 1 -lt $Forward.Count -and $x -match '^-[\\p{L}\\p{N}_]+:$') { $n[$x.Substring(1, $x.Length - 2)] = $Forward[++$j] } else { $keep.Add($j) }\n    }\n    $f\n    $n\n    , @(if ($keep.Count -gt 0) { $Forward[$keep.ToArray()] })\n}\n#endregion\n\n## The fragment table, ending with $null so that every row can end with a comma.\n#region section:table-open\n$__fragbundle_t_ID = @(\n#endregion\n\n## The stale guard runs on the finished table, before the loop.\n#region section:table-close\n$null)\n#region if:guarded\n$__fragbundle_t_ID = __fragbundle_guard_ID $__fragbundle_t_ID\n#endregion\n#endregion\n\n## The loop that loads the table, each fragment compiled under its own path and dot-sourced inside\n## try/catch, as the one-by-one loader does. One loop, not a statement per fragment: pwsh compiles\n## its body once (docs/benchmarks.md). Being a loop, a fragment's top-level break or continue ends or\n## skips the loading as it would there, and the cleanup still runs.\n## `exit` ends only its own file one by one; here no catch sees it, but the finally does: a fragment\n## that exited (state still 0) loads the remaining fragments by dot-sourcing the loop again, then the\n## exit ends the bundle, and the outer finally still removes the helpers. One by one, the exit sets\n## $LASTEXITCODE at once: each exit that runs while loading sets it first (section exit-value),\n## written by the build, or for a row whose exit column is set, by __fragbundle_exit_ID.\n## The state: 0 while a fragment runs (still 0 in the finally: it exited), 3 it did `continue`, 4 it\n## ran, 5 it did `break`.\n#region section:loop\n## Text the stale guard loaded from disk (column exit) has no exits rewritten by the build, nor\n## has a fragment whose syntax the build's grammar only partly read: here pwsh's own parser finds\n## the exits that run while loading, by the build's rules (src/parse/walk): not in a function; in\n## a script block only when it runs at once (`& { }`, `. { }`, ForEach-Object and Where-Object\n## but not -Parallel, Invoke-Command but not remote, Measure-Command, .ForEach(), .Where()), and each gets the\n## text the build gives it (section exit-value). A block the build cannot see run is left alone.\n## With -Sub (a sub-file's text the stale guard loaded, section sub-open), the text comes back with\n## the build's sub-file rewrite (sections sub-exit-*) instead, or $null when it has named blocks, an\n## exit in a `finally` block (pwsh rejects a break out of one) or a break or continue that leaves\n## the file, which the build marks likewise: the loader then dot-sources the file itself.\nfunction __fragbundle_exit_ID([string]$Text, $Ast<#if:sub#>, [switch]$Sub<#end#>) {\n    $now = {\n        param($b)\n        $q = $b.Parent\n        if ($q -is [System.Management.Automation.Language.CommandParameterAst]) { $q = $q.Parent }\n        if ($q -is [System.Management.Automation.Language.InvokeMemberExpressionAst]) { return (-not $q.Static -and $q.Member.Extent.Text -in 'ForEach', 'Where') }\n        if ($q -isnot [System.Management.Automation.Language.CommandAst]) { return $false }\n        if ($q.CommandElements[0] -eq $b) { return $q.InvocationOperator -ne 'Unknown' }\n        $c = $q.GetCommandName() -replace '^[\\w.]+\\\\', ''\n        if ($c -in 'ForEach-Object', '%', 'foreach', 'Where-Object', '?', 'where') {\n            foreach ($e in $q.CommandElements) { if ($e -is [System.Management.Automation.Language.CommandParameterAst] -and $e.ParameterName -match '^(pa|as)') { return $false } }\n            return $true\n        }\n        ## Invoke-Command runs its block here only when pwsh binds the call to its InProcess set\n        ## (src/parse/walk/command-semantics.ts invokesElsewhere): a remoting parameter sends it elsewhere.\n        if ($c -in 'Invoke-Command', 'icm') {\n            $bound = [System.Management.Automation.Language.StaticParameterBinder]::BindCommand($q, $true)\n            if ($bound.BindingExceptions.Count -gt 0) { return $false }\n            foreach ($pk in $bound.BoundParameters.Keys) { if ($pk -notin 'ScriptBlock', 'NoNewScope', 'InputObject', 'ArgumentList' -and $pk -notin [System.Management.Automation.Cmdlet]::CommonParameters) { return $false } }\n            return $true\n        }\n        $c -eq 'Measure-Command'\n    }\n    $x = @($Ast.FindAll({ param($n) if ($n -isnot [System.Management.Automation.Language.ExitStatementAst]) { return $false }; for ($p = $n.Parent; $null -ne $p; $p = $p.Parent) { if ($p -is [System.Management.Automation.Language.FunctionDefinitionAst] -or ($p -is [System.Management.Automation.Language.ScriptBlockExpressionAst] -and -not (& $now $p))) { return $false } }; $true }, $true))\n#region if:sub\n    if ($Sub) {\n        if ($x.Length -eq 0) { return $Text }\n        if ($null -ne $Ast.BeginBlock -or $null -ne $Ast.ProcessBlock -or $null -ne $Ast.DynamicParamBlock -or $null -ne $Ast.CleanBlock -or -not $Ast.EndBlock.Unnamed) { return $null }\n        foreach ($n in $x) { for ($p = $n; $null -ne $p.Parent; $p = $p.Parent) { if ($p.Parent -is [System.Management.Automation.Language.TryStatementAst] -and $p.Parent.Finally -eq $p) { return $null } } }\n        ## An unlabelled break or continue that leaves the file for its caller's loop (the parse stage's loopExits): the loop would take it.\n        foreach ($n in $Ast.FindAll({ param($n) ($n -is [System.Management.Automation.Language.BreakStatementAst] -or $n -is [System.Management.Automation.Language.ContinueStatementAst]) -and $null -eq $n.Label }, $true)) {\n            $p = $n.Parent\n            while ($null -ne $p -and $p -isnot [System.Management.Automation.Language.LabeledStatementAst] -and $p -isnot [System.Management.Automation.Language.TrapStatementAst] -and $p -isnot [System.Management.Automation.Language.FunctionDefinitionAst] -and -not ($p -is [System.Management.Automation.Language.ScriptBlockExpressionAst] -and -not (& $now $p))) { $p = $p.Parent }\n            if ($null -eq $p) { return $null }\n        }\n        $first = $x[0].Extent.StartOffset\n        foreach ($st in $Ast.EndBlock.Statements) { if ($st.Extent.EndOffset -gt $first) { $first = $st.Extent.StartOffset; break } }\n        ## A trap covers its whole block and resumes after the statement that failed: the loop holds every statement.\n        if ($null -ne $Ast.EndBlock.Traps) {\n            foreach ($st in @($Ast.EndBlock.Statements) + @($Ast.EndBlock.Traps)) { if ($st.Extent.StartOffset -lt $first) { $first = $st.Extent.StartOffset } }\n        }\n        $Text = $Text + $(if ($Text -match '[\\r\\n]$') { '' } else { [char]10 }) + $FB_SUBEXIT_CLOSE\n        for ($k = $x.Length - 1; $k -ge 0; $k--) {\n            $at = $x[$k].Extent.StartOffset\n            if ($null -eq $x[$k].Pipeline) { $Text = $Text.Substring(0, $at) + $FB_SUBEXIT_NONE + $Text.Substring($at + 4); continue }\n            $end = $x[$k].Pipeline.Extent.EndOffset\n            $Text = $Text.Substring(0, $at) + $FB_SUBEXIT_HEAD + $Text.Substring($at + 4, $end - $at - 4) + $FB_SUBEXIT_TAIL + $Text.Substring($end)\n        }\n        return $Text.Substring(0, $first) + $FB_SUBEXIT_OPEN + $Text.Substring($first)\n    }\n#endregion\n    if ($x.Length -eq 0) { return $Ast }\n    for ($k = $x.Length - 1; $k -ge 0; $k--) {\n        $at = $x[$k].Extent.StartOffset + 4\n        if ($null -eq $x[$k].Pipeline) { $Text = $Text.Substring(0, $at) + $FB_EXIT_NONE + $Text.Substring($at); continue }\n        $end = $x[$k].Pipeline.Extent.EndOffset\n        $Text = $Text.Substring(0, $at) + $FB_EXIT_HEAD + $Text.Substring($at, $end - $at) + $FB_EXIT_TAIL + $Text.Substring($end)\n    }\n    [System.Management.Automation.Language.Parser]::ParseInput($Text, $Ast.Extent.File, [ref]$null, [ref]$null)\n}\n$__fragbundle_l_ID = {\nfor (; $__fragbundle_i_ID -lt $__fragbundle_t_ID.Length - 1; $__fragbundle_i_ID += $FB_FRAGMENT_STRIDE) {\n#region if:timed\n    __fragbundle_tstart_ID $__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_SHOW] $__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_MODE]\n#endregion\n    try {\n#region if:deferred\n        ## A deferred fragment's entry holds its number: install its stubs. An entry the stale guard\n        ## found changed on disk holds the file's text instead, and loads eagerly. The alias stubs are\n        ## set here, at global scope: the provider sets an alias in the scope it runs in.\n        if ($__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_TEXT] -is [int]) {\n            $__fragbundle_a_ID = $global:__fragbundle_dstate_ID.Install[$__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_TEXT]]\n            for ($__fragbundle_e_ID = 1; $__fragbundle_e_ID -lt $__fragbundle_a_ID.Length; $__fragbundle_e_ID += 2) { $null = $ExecutionContext.SessionState.InvokeProvider.Item.Set([string[]]$__fragbundle_a_ID[$__fragbundle_e_ID + 1], $global:__fragbundle_dstate_ID.Stubs[$__fragbundle_a_ID[$__fragbundle_e_ID]], $false, $true) }\n            foreach ($__fragbundle_e_ID in $__fragbundle_a_ID[0]) {\n                ## An alias it replaces is given back when the fragment runs. A cheap existence test first: the provider's own is about ten times dearer.\n                if ($null -ne $ExecutionContext.SessionState.PSVariable.GetValue('alias:' + $__fragbundle_e_ID)) { __fragbundle_dsave_ID $__fragbundle_e_ID }\n                $null = $ExecutionContext.SessionState.InvokeProvider.Item.Set([string[]]@('Alias:\\' + $__fragbundle_e_ID), '__fragbundle_da_ID_' + $__fragbundle_e_ID, $true, $true)\n            }\n            $__fragbundle_st_ID = 4\n            continue\n        }\n#endregion\n        for ($__fragbundle_st_ID = 0; $__fragbundle_st_ID -lt 2; $__fragbundle_st_ID++) {\n            if ($__fragbundle_st_ID) { $__fragbundle_st_ID = 3; break }\n            try {\n                $__fragbundle_e_ID = $null\n                $__fragbundle_a_ID = [System.Management.Automation.Language.Parser]::ParseInput($__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_TEXT], [System.IO.Path]::GetFullPath([System.IO.Path]::Combine($PSScriptRoot, $__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_REL])), [ref]$null, [ref]$__fragbundle_e_ID)\n                if ($__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_EXIT] -and $__fragbundle_e_ID.Length -eq 0) { $__fragbundle_a_ID = __fragbundle_exit_ID $__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_TEXT] $__fragbundle_a_ID }\n                if ($__fragbundle_e_ID.Length -gt 0 -or $null -ne $__fragbundle_a_ID.ScriptRequirements) { . (__fragbundle_load_ID $__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_SHOW] $__fragbundle_a_ID $__fragbundle_e_ID $__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_INV]) }\n                elseif ($__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_INV]) { . (__fragbundle_inv_ID $__fragbundle_a_ID) }\n                else { . $__fragbundle_a_ID.GetScriptBlock() }\n            } catch { __fragbundle_fail_ID $__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_REL] $__fragbundle_t_ID[$__fragbundle_i_ID + $FB_FRAGMENT_SHOW] $_ }\n            $__fragbundle_st_ID = 4\n            break\n        }\n        if ($__fragbundle_st_ID -eq 0) { $__fragbundle_st_ID = 5; break }\n    } finally { <#if:timed#>__fragbundle_tstop_ID; <#end#>if ($__fragbundle_st_ID -eq 0) { $__fragbundle_st_ID = 5; $__fragbundle_i_ID += $FB_FRAGMENT_STRIDE; . $__fragbundle_l_ID } elseif ($__fragbundle_st_ID -eq 6) { $__fragbundle_st_ID = 5; $__fragbundle_i_ID += $FB_FRAGMENT_STRIDE; . $__fragbundle_l_ID; exit $global:LASTEXITCODE } }\n}\n}\n$__fragbundle_i_ID = 0\ntry { . $__fragbundle_l_ID } finally {\n## Remove the helpers and the loop's variables (provider API: no cmdlet, no module import). A new\n## helper or variable that lives only while the bundle loads goes in these lists. The invocation\n## helper stays while fragments are deferred: their first call compiles them through it.\n#region if:!keepsub\n$null = $ExecutionContext.SessionState.InvokeProvider.Item.Remove([string[]]@('Function:\\__fragbundle_load_ID', 'Function:\\__fragbundle_fail_ID', 'Function:\\__fragbundle_exit_ID'<#if:!deferred#>, 'Function:\\__fragbundle_inv_ID'<#end#><#if:deferred#>, 'Function:\\__fragbundle_dsave_ID'<#end#><#if:sub#>, 'Function:\\__fragbundle_sub_ID'<#end#><#if:guarded#>, 'Function:\\__fragbundle_guard_ID', 'Function:\\__fragbundle_guardf_ID'<#end#><#if:shared#>, 'Function:\\__fragbundle_stubs_ID'<#end#><#if:timed#>, 'Function:\\__fragbundle_tstart_ID', 'Function:\\__fragbundle_tstop_ID'<#end#>), $false, $true, $true)\n$ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_t_ID'); $ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_i_ID'); $ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_a_ID'); $ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_e_ID'); $ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_st_ID'); $ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_l_ID')<#if:sub#>; $ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_s_ID')<#end#><#if:shared#>; $ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_stubs_ID')<#end#>\n#endregion\n## While a deferred fragment may still load its sub-files (keepsub: only with sub and deferred), the\n## same lists less the sub-file loader, the invocation and exit helpers it calls and the table, which keeps only\n## those fragments' sub-files, so that a first call loads the embedded text as start-up would.\n#region if:keepsub\nforeach ($__fragbundle_a_ID in @($FB_SUB_PRUNE)) { $__fragbundle_s_ID.Remove($__fragbundle_a_ID) }\n$null = $ExecutionContext.SessionState.InvokeProvider.Item.Remove([string[]]@('Function:\\__fragbundle_load_ID', 'Function:\\__fragbundle_fail_ID', 'Function:\\__fragbundle_dsave_ID'<#if:guarded#>, 'Function:\\__fragbundle_guard_ID', 'Function:\\__fragbundle_guardf_ID'<#end#><#if:shared#>, 'Function:\\__fragbundle_stubs_ID'<#end#><#if:timed#>, 'Function:\\__fragbundle_tstart_ID', 'Function:\\__fragbundle_tstop_ID'<#end#>), $false, $true, $true)\n$ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_t_ID'); $ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_i_ID'); $ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_a_ID'); $ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_e_ID'); $ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_st_ID'); $ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_l_ID')<#if:shared#>; $ExecutionContext.SessionState.PSVariable.Remove('__fragbundle_stubs_ID')<#end#>\n#endregion\n}\n#endregion\n";

// dist/src/bundle/template.js
var SWITCHES = [
  "timed",
  "guarded",
  "lazy",
  "shared",
  "sub",
  "deferred",
  "keepsub",
  "wildcard",
  "aside"
];
var REGION_IF = /^#region if:(!?)(\w+)$/;
var REGION_SECTION = /^#region section:([\w-]+)$/;
var INSERT = /^#insert:(\w+)$/;
var INLINE_IF = /<#if:(!?)(\w+)#>(.*?)<#end#>/g;
var PLACEHOLDER = /( \+ )?\$(FB_[A-Z0-9_]+)|__fragbundle_([a-z]+)_ID(?![A-Za-z0-9])/g;
var parsed;
function templateSections(template = RUNTIME_TEMPLATE) {
  if (template === RUNTIME_TEMPLATE && parsed)
    return parsed;
  const sections = /* @__PURE__ */ new Map();
  let current;
  let depth = 0;
  template.split("\n").forEach((line, i) => {
    const t = line.trim();
    const section = REGION_SECTION.exec(t);
    if (section) {
      if (current)
        throw new Error(`runtime.ps1:${i + 1}: a section inside a section`);
      if (sections.has(section[1]))
        throw new Error(`runtime.ps1:${i + 1}: section ${section[1]} twice`);
      sections.set(section[1], current = []);
      depth = 0;
      return;
    }
    if (!current)
      return;
    if (t.startsWith("#region"))
      depth++;
    if (t === "#endregion") {
      if (depth === 0) {
        current = void 0;
        return;
      }
      depth--;
    }
    current.push(line);
  });
  if (current)
    throw new Error("runtime.ps1: a section is not closed");
  if (template === RUNTIME_TEMPLATE)
    parsed = sections;
  return sections;
}
var compiled = /* @__PURE__ */ new Map();
function compileSection(name, switches, template) {
  const key = template === void 0 ? `${name}\0${SWITCHES.map((s) => switches[s] ? 1 : 0).join("")}` : void 0;
  const kept = key === void 0 ? void 0 : compiled.get(key);
  if (kept)
    return kept;
  const lines = templateSections(template).get(name);
  if (!lines)
    throw new Error(`runtime.ps1 has no section '${name}'`);
  const on = (not, s) => {
    if (!SWITCHES.includes(s))
      throw new Error(`runtime.ps1 (${name}): unknown switch '${s}'`);
    return switches[s] !== (not === "!");
  };
  const parts = [];
  let text = "";
  const open = [];
  for (const line of lines) {
    const t = line.trim();
    if (t.startsWith("##"))
      continue;
    const region = REGION_IF.exec(t);
    if (region) {
      open.push(on(region[1], region[2]));
      continue;
    }
    if (t === "#endregion") {
      if (open.pop() === void 0)
        throw new Error(`runtime.ps1 (${name}): #endregion without #region`);
      continue;
    }
    if (open.includes(false))
      continue;
    const insert = INSERT.exec(t);
    if (insert) {
      parts.push(text, { insert: insert[1] });
      text = "";
      continue;
    }
    const kept2 = line.replace(INLINE_IF, (_, not, s, inner) => on(not, s) ? inner : "");
    let at3 = 0;
    for (const m of kept2.matchAll(PLACEHOLDER)) {
      text += kept2.slice(at3, m.index);
      parts.push(text, m[3] !== void 0 ? { helper: m[3] } : { value: m[2], plus: m[1] });
      text = "";
      at3 = m.index + m[0].length;
    }
    text += `${kept2.slice(at3)}
`;
  }
  if (open.length > 0)
    throw new Error(`runtime.ps1 (${name}): #region without #endregion`);
  parts.push(text);
  const out = parts.filter((p) => p !== "");
  if (key !== void 0)
    compiled.set(key, out);
  return out;
}
var rendered = /* @__PURE__ */ new WeakMap();
function renderSection(name, ctx, template) {
  const parts = compileSection(name, ctx.switches, template);
  const value = (key) => {
    const v = ctx.values[key];
    if (v === void 0)
      throw new Error(`runtime.ps1 (${name}): no value for ${key}`);
    return v;
  };
  const memo = template === void 0 && ctx.rename === void 0;
  const used = [];
  if (memo) {
    for (const p of parts)
      if (typeof p !== "string" && !("helper" in p))
        used.push(value("insert" in p ? p.insert : p.value));
    const last2 = rendered.get(parts);
    if (last2?.id === ctx.id && last2.values.every((v, i) => v === used[i]))
      return last2.text;
  }
  let out = "";
  for (const p of parts) {
    if (typeof p === "string")
      out += p;
    else if ("helper" in p)
      out += `__fragbundle_${ctx.rename?.[p.helper] ?? p.helper}_${ctx.id}`;
    else if ("insert" in p) {
      const v = value(p.insert);
      if (v !== "")
        out += `${v}
`;
    } else {
      const v = value(p.value);
      out += p.plus === void 0 ? v : v === "0" ? "" : `${p.plus}${v}`;
    }
  }
  if (memo)
    rendered.set(parts, { id: ctx.id, values: used, text: out });
  return out;
}

// dist/src/bundle/defer-runtime.js
function deferNames(id) {
  return {
    run: `__fragbundle_defer_${id}`,
    fail: `__fragbundle_dfail_${id}`,
    item: `__fragbundle_ditem_${id}`,
    save: `__fragbundle_dsave_${id}`,
    state: `__fragbundle_dstate_${id}`,
    body: `__fragbundle_dbody_${id}`,
    aliasTarget: `__fragbundle_da_${id}_`
  };
}
function installList(stubs, declarations, aliasTarget) {
  const aliases = [];
  const blocks = /* @__PURE__ */ new Map();
  stubs.forEach((s, i) => {
    const block = declarations[i] ?? 0;
    let paths = blocks.get(block);
    if (!paths)
      blocks.set(block, paths = []);
    if (s.kind === "alias")
      aliases.push(quotePs(s.name));
    paths.push(quotePs(`Function:global:${s.kind === "alias" ? aliasTarget : ""}${s.name}`));
  });
  const groups = [...blocks].map(([block, paths]) => `, ${block}, @(${paths.join(", ")})`).join("");
  return `@(@(${aliases.join(", ")})${groups})`;
}
function declaredStubText(id, params, advanced, switches) {
  const blocks = renderSection(advanced ? "defer-stub-advanced" : "defer-stub-simple", { id, switches, values: {} });
  return `${params} ${blocks.trim()}`;
}

// dist/src/bundle/table-layout.js
var FRAGMENT_COLUMNS = [
  { name: "rel", added: "($Dir + '/' + $name)" },
  // path relative to the bundle's folder
  { name: "show", added: "$name" },
  // the path warnings show
  { name: "text", added: "$texts[$name]" },
  // $true when its own text (stubs aside) names MyInvocation: it gets the invocation helper.
  // A flag in the row, not a list of row positions, since the stale guard drops and inserts rows.
  { name: "inv", added: "$texts[$name].Contains('MyInvocation', [System.StringComparison]::OrdinalIgnoreCase)" },
  // $true when pwsh's parser must find its load-time exits (__fragbundle_exit_ID): text the stale
  // guard loaded from disk, or text the build's grammar read only in part. Else the build has
  // rewritten them already (runtime.ps1, section exit-value), and start-up does nothing more.
  { name: "exit", added: "$texts[$name].Contains('exit', [System.StringComparison]::OrdinalIgnoreCase)" },
  { name: "mode", when: "timed", added: "'eager'" },
  // eager, lazy or deferred, for the timings
  { name: "size", when: "guarded", added: "-1" },
  { name: "ticks", when: "guarded", added: "0" },
  { name: "hash", when: "guarded", added: "''" }
];
var LAZY_COLUMNS = [
  { name: "rel" },
  { name: "line" },
  { name: "column" },
  { name: "text" }
];
var DEFERRED_COLUMNS = [
  { name: "rel" },
  { name: "show" },
  { name: "text" },
  { name: "inv" }
];
function fragmentLayout(s) {
  return { table: "FRAGMENT", columns: FRAGMENT_COLUMNS.filter((c) => !("when" in c) || s[c.when]) };
}
var LAZY_LAYOUT = { table: "LAZY", columns: LAZY_COLUMNS };
var DEFERRED_LAYOUT = { table: "DEFERRED", columns: DEFERRED_COLUMNS };
function stride(layout) {
  return layout.columns.length;
}
function tableRow(layout, values) {
  const names = layout.columns.map((c) => c.name);
  const k = names.indexOf("text");
  const value = (name) => {
    const v = values[name];
    if (v === void 0)
      throw new Error(`tableRow: no value for ${layout.table} column '${name}'`);
    return String(v);
  };
  return {
    head: names.slice(0, k).map((n) => `${value(n)}, `).join(""),
    tail: `${names.slice(k + 1).map((n) => `, ${value(n)}`).join("")},`
  };
}
function layoutValues(layout) {
  const values = { [`FB_${layout.table}_STRIDE`]: String(stride(layout)) };
  layout.columns.forEach((c, i) => values[`FB_${layout.table}_${c.name.toUpperCase()}`] = String(i));
  if (layout.columns.every((c) => c.added !== void 0))
    values[`FB_${layout.table}_ADDED`] = layout.columns.map((c) => c.added).join(", ");
  return values;
}

// dist/src/bundle/runtime.js
var HELPER_PREFIX = "__fragbundle_";
var TIMINGS_COMMAND = "Get-FragbundleTiming";
var TIMINGS_VARIABLE = "FragbundleTimings";
function runtimeNames(id) {
  return {
    id,
    load: `${HELPER_PREFIX}load_${id}`,
    fail: `${HELPER_PREFIX}fail_${id}`,
    lazy: `${HELPER_PREFIX}lazy_${id}`,
    stubs: `${HELPER_PREFIX}stubs_${id}`,
    timeStart: `${HELPER_PREFIX}tstart_${id}`,
    timeStop: `${HELPER_PREFIX}tstop_${id}`,
    guard: `${HELPER_PREFIX}guard_${id}`,
    guardFull: `${HELPER_PREFIX}guardf_${id}`,
    table: `${HELPER_PREFIX}t_${id}`,
    index: `${HELPER_PREFIX}i_${id}`,
    ast: `${HELPER_PREFIX}a_${id}`,
    errors: `${HELPER_PREFIX}e_${id}`,
    loop: `${HELPER_PREFIX}l_${id}`,
    state: `${HELPER_PREFIX}st_${id}`,
    exit: `${HELPER_PREFIX}exit_${id}`,
    invocation: `${HELPER_PREFIX}inv_${id}`,
    timingsCommand: TIMINGS_COMMAND,
    timingsVariable: TIMINGS_VARIABLE,
    subTable: `${HELPER_PREFIX}s_${id}`,
    sub: `${HELPER_PREFIX}sub_${id}`,
    subExit: `${HELPER_PREFIX}x_${id}`
  };
}
function stubText(s, n) {
  const blocks = stubBlocks(s.advanced, false, n, { FB_STUB_LITERAL: `'${s.name}'`, FB_STUB_INDEX: String(s.index) });
  let body = `${blocks}${"\n".repeat(s.breaks)}`;
  if (s.params) {
    const inParams = countLineBreaks(s.params.text);
    const after = Math.max(0, s.breaks - s.params.breaksBefore - inParams);
    body = `${"\n".repeat(s.params.breaksBefore)}${s.params.text} ${blocks}${"\n".repeat(after)}`;
  }
  return oneLine("stub", n, { FB_STUB_SCOPE: s.scope, FB_STUB_NAME: s.name, FB_STUB_BODY: body });
}
function stubBlocks(advanced, shared, n, values) {
  return oneLine(advanced ? "stub-advanced" : "stub-simple", n, values, { shared });
}
var NO_SWITCHES = Object.fromEntries(SWITCHES.map((s) => [s, false]));
function oneLine(section, n, values, on = {}) {
  const switches = { ...NO_SWITCHES, ...on };
  return renderSection(section, { id: n.id, switches, values }).slice(0, -1);
}
function sharedStubBody(advanced, params, n) {
  const blocks = stubBlocks(advanced, true, n, {});
  return params === void 0 ? blocks : `${params} ${blocks}`;
}
function sharedStubStatement(name, scope, shared, breaks, n) {
  const statement = oneLine("stub-shared", n, {
    FB_STUB_SCOPE: scope,
    FB_STUB_NAME: name,
    FB_STUB_SHARED: String(shared)
  });
  return `${statement}${"\n".repeat(breaks)}`;
}
function ticksOf(unixNanoseconds) {
  const ns = BigInt(unixNanoseconds);
  const floor = ns >= 0n ? ns / 100n : (ns - 99n) / 100n;
  return (floor + 621355968000000000n).toString();
}
function subFileEntry(keyLiteral, search = false) {
  return search ? { head: `${keyLiteral} = @(`, tail: ")\n" } : { head: `${keyLiteral} = `, tail: "\n" };
}
function subFileDotSource(expression, late, n) {
  return oneLine(late ? "sub-dot-source-late" : "sub-dot-source", n, { FB_SUB_PATH: expression });
}
function exitRewrite(n) {
  const marker = "\0";
  const [head = "", tail = ""] = oneLine("exit-value", n, { FB_EXIT_VALUE: `$(${marker})` }).split(marker);
  return { head, tail, none: oneLine("exit-value", n, { FB_EXIT_VALUE: "$null" }) };
}
function subExitRewrite(n) {
  const marker = "\0";
  const [head = "", tail = ""] = oneLine("sub-exit-value", n, { FB_EXIT_VALUE: `$(${marker})` }).split(marker);
  return {
    keyword: "break",
    head,
    tail,
    none: oneLine("sub-exit-value", n, { FB_EXIT_VALUE: "$null" }),
    open: oneLine("sub-exit-open", n, {}),
    close: `${oneLine("sub-exit-close", n, {})}
`
  };
}
var lastExitValues;
function exitValues(id) {
  if (lastExitValues?.id === id)
    return lastExitValues.values;
  const values = exitValuesOf(id);
  lastExitValues = { id, values };
  return values;
}
function exitValuesOf(id) {
  const r = exitRewrite(runtimeNames(id));
  const sub = subExitRewrite(runtimeNames(id));
  return {
    FB_EXIT_HEAD: quotePs(r.head),
    FB_EXIT_TAIL: quotePs(r.tail),
    FB_EXIT_NONE: quotePs(r.none),
    FB_SUBEXIT_HEAD: quotePs(sub.keyword + sub.head),
    FB_SUBEXIT_TAIL: quotePs(sub.tail),
    FB_SUBEXIT_NONE: quotePs(sub.keyword + sub.none),
    FB_SUBEXIT_OPEN: quotePs(sub.open),
    FB_SUBEXIT_CLOSE: quotePs(sub.close)
  };
}
var LAYOUT_VALUES = /* @__PURE__ */ new Map();
function tableValues(s) {
  const key = `${s.timed}/${s.guarded}`;
  let values = LAYOUT_VALUES.get(key);
  if (values === void 0) {
    values = {
      ...layoutValues(fragmentLayout(s)),
      ...layoutValues(LAZY_LAYOUT),
      ...layoutValues(DEFERRED_LAYOUT)
    };
    LAYOUT_VALUES.set(key, values);
  }
  return values;
}
var JOINED = /* @__PURE__ */ new WeakMap();
function joinedOnce(list, join2) {
  let text = JOINED.get(list);
  if (text === void 0)
    JOINED.set(list, text = join2(list));
  return text;
}
function runtimeContext(d) {
  const g = d.guard;
  return {
    id: d.id,
    switches: d.switches,
    values: {
      ...tableValues(d.switches),
      // Keys must be unique without regard to case (a hashtable literal with a duplicate key does
      // not parse): emitBundle shares no stub of a name stubbed twice.
      SHARED_LOOKUP: joinedOnce(d.sharedLookup, (l) => l.map((s) => `            ${s.literal} = ${s.index}`).join("\n")),
      STUB_TEXTS: joinedOnce(d.stubTexts, (l) => l.join(",\n")),
      FB_DEFER_COUNT: String(d.deferInstall.length),
      DEFER_INSTALL: d.deferInstall.map((x) => `${x},`).join("\n"),
      FB_DEFER_DECLARED: d.deferDeclared.join(", "),
      FB_ALIAS_TARGET_LENGTH: String(deferNames(d.id).aliasTarget.length),
      FB_SUB_PRUNE: (d.subPrune ?? []).join(", "),
      ...exitValues(d.id),
      ...g ? {
        FB_GUARD_DIR: g.dirLiteral,
        // Each path made absolute by `$r` (the bundle's folder and a `/`), within the one conversion.
        FB_GUARD_PATHS: joinedOnce(g.pathLiterals, (l) => l.map((p) => `($r + ${p})`).join(", ")),
        FB_GUARD_SUBS: g.subLiterals.join(", "),
        FB_GUARD_SUBINFO: g.subInfoLiterals.join(", "),
        FB_GUARD_STAMPS: g.stampsLiteral,
        FB_GUARD_COUNT: String(g.topLevelCount),
        FB_GUARD_ASIDE: g.setAsideLiterals.join(", "),
        FB_GUARD_ASIDE_TOP: g.topAsideLiterals.join(", "),
        FB_GUARD_INCLUDE: g.includeLiteral,
        FB_GUARD_EXCLUDE: g.excludeLiteral,
        FB_GUARD_WILDCARD: g.wildcardLiteral ?? "''",
        FB_GUARD_SKIP: g.skipLiteral,
        FB_GUARD_CONFIG: g.configLiteral,
        FB_GUARD_FLAGS: g.flagsLiteral
      } : {}
    }
  };
}

// dist/src/text/static-params.js
var ATTRIBUTES = new Set("Alias AllowEmptyCollection AllowEmptyString AllowNull ArgumentCompletions CmdletBinding OutputType Parameter PSDefaultValue SupportsWildcards ValidateCount ValidateDrive ValidateLength ValidateNotNull ValidateNotNullOrEmpty ValidateNotNullOrWhiteSpace ValidatePattern ValidateRange ValidateSet ValidateTrustedData ValidateUserDrive".toLowerCase().split(" "));
var TYPES2 = new Set("array bigint bool byte char cultureinfo datetime decimal double float guid hashtable int int16 int32 int64 ipaddress long mailaddress ordered pscredential pscustomobject psobject ref regex scriptblock securestring semver short single string switch timespan type uint uint16 uint32 uint64 ulong uri ushort version xml sbyte wildcardpattern object boolean datetimeoffset char consolecolor dayofweek enum exception io.fileinfo io.directoryinfo io.filesysteminfo text.encoding collections.hashtable collections.idictionary collections.ilist collections.arraylist collections.ienumerable management.automation.switchparameter management.automation.pscredential management.automation.scriptblock management.automation.psobject management.automation.actionpreference management.automation.pscustomobject".split(" "));
function knownType(name) {
  const n = name.toLowerCase();
  return TYPES2.has(n) || n.startsWith("system.") && TYPES2.has(n.slice(7));
}
function knownAttribute(name) {
  let n = name.toLowerCase();
  if (n.startsWith("system.management.automation."))
    n = n.slice("system.management.automation.".length);
  if (n.endsWith("attribute") && ATTRIBUTES.has(n.slice(0, -"attribute".length)))
    return true;
  return ATTRIBUTES.has(n);
}
var WORD = /[A-Za-z_][\w]*/y;
var DOTTED = /[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*/y;
var NUMBER = /-?\d+(?:\.\d+)?/y;
function at2(re, text, i) {
  re.lastIndex = i;
  return re.exec(text)?.[0];
}
function blanks(text, i) {
  for (; ; ) {
    const c = text[i];
    if (c === " " || c === "	" || c === "\r" || c === "\n" || c === "\f")
      i += 1;
    else if (c === "`" && (text[i + 1] === "\n" || text[i + 1] === "\r"))
      i += 2;
    else if (c === "#" || c === "<" && text[i + 1] === "#") {
      const end = skipGroup(text, i);
      if (end === void 0 || end <= i + 1)
        return i;
      i = end;
    } else
      return i;
  }
}
function constantString(text, i) {
  const c = text[i];
  if (c !== "'" && c !== '"')
    return void 0;
  const end = skipGroup(text, i);
  if (end === void 0)
    return void 0;
  if (c === '"' && /[$`]/.test(text.slice(i + 1, end - 1)))
    return void 0;
  return end;
}
function bracketed(text, i) {
  let j = blanks(text, i + 1);
  const name = at2(DOTTED, text, j);
  if (!name)
    return void 0;
  j = blanks(text, j + name.length);
  if (text[j] === "(") {
    if (!knownAttribute(name))
      return void 0;
    j = blanks(text, j + 1);
    while (text[j] !== ")") {
      const end = constant(text, j) ?? namedArgument(text, j);
      if (end === void 0)
        return void 0;
      j = blanks(text, end);
      if (text[j] === ",")
        j = blanks(text, j + 1);
      else if (text[j] !== ")")
        return void 0;
    }
    j = blanks(text, j + 1);
    return text[j] === "]" ? { end: j + 1, attribute: true } : void 0;
  }
  if (!knownType(name))
    return void 0;
  if (text[j] === "[") {
    j = blanks(text, j + 1);
    if (text[j] !== "]")
      return void 0;
    j = blanks(text, j + 1);
  }
  return text[j] === "]" ? { end: j + 1, attribute: false } : void 0;
}
function namedArgument(text, i) {
  const name = at2(WORD, text, i);
  if (!name)
    return void 0;
  const j = blanks(text, i + name.length);
  if (text[j] !== "=")
    return i + name.length;
  return constant(text, blanks(text, j + 1));
}
function constant(text, i) {
  const s = constantString(text, i);
  if (s !== void 0)
    return s;
  const n = at2(NUMBER, text, i);
  if (n)
    return i + n.length;
  const v = /\$(?:true|false|null)\b/iy;
  v.lastIndex = i;
  if (v.test(text))
    return v.lastIndex;
  if (text[i] === "[") {
    const t = bracketed(text, i);
    if (!t || t.attribute)
      return void 0;
    if (text.slice(t.end, t.end + 2) !== "::")
      return t.end;
    const member = at2(WORD, text, t.end + 2);
    return member ? t.end + 2 + member.length : void 0;
  }
  return void 0;
}
function defaultEnd(text, i) {
  let square = 0;
  while (i < text.length) {
    const c = text[i];
    if (square === 0 && (c === "," || c === ")"))
      return i;
    if (c === "[")
      square += 1;
    else if (c === "]")
      square -= 1;
    else if (c === "}" || c === ")")
      return void 0;
    const end = skipGroup(text, i);
    if (end === void 0)
      return void 0;
    i = end;
  }
  return void 0;
}
function parameterList(text, i) {
  const parts = [];
  let from = i;
  let j = blanks(text, i);
  while (text[j] !== ")") {
    while (text[j] === "[") {
      const b = bracketed(text, j);
      if (!b)
        return void 0;
      j = blanks(text, b.end);
    }
    const name = text[j] === "$" ? at2(WORD, text, j + 1) : void 0;
    if (!name)
      return void 0;
    const afterName = j + 1 + name.length;
    j = blanks(text, afterName);
    if (text[j] === "=") {
      const end = defaultEnd(text, j + 1);
      if (end === void 0)
        return void 0;
      parts.push(text.slice(from, afterName));
      let back = end;
      while (back > j && /\s/.test(text[back - 1] ?? ""))
        back -= 1;
      from = back;
      j = end;
    }
    if (text[j] === ",")
      j = blanks(text, j + 1);
    else if (text[j] !== ")")
      return void 0;
  }
  parts.push(text.slice(from, j));
  return { parts, end: j + 1 };
}
function staticParams(text, start) {
  const head = /(?:function|filter)\s+(?:(?:global|script|local|private):)?[^\s({]+\s*/iy;
  head.lastIndex = start;
  if (!head.test(text))
    return void 0;
  let i = head.lastIndex;
  let header;
  if (text[i] === "(") {
    const list2 = parameterList(text, i + 1);
    if (!list2)
      return void 0;
    const body = list2.parts.join("");
    header = { advanced: /\[\s*Parameter\b/i.test(body), text: `param(${body})` };
    i = blanks(text, list2.end);
  }
  if (text[i] !== "{")
    return void 0;
  const bodyEnd = blockEnd(text, i + 1, "}");
  if (bodyEnd === void 0)
    return void 0;
  if (/(?:^|[\s;{}])(?:dynamicparam|clean)\s*\{/i.test(text.slice(i, bodyEnd)))
    return void 0;
  if (header)
    return header;
  const open = blanks(text, i + 1);
  let j = open;
  let advanced = false;
  while (text[j] === "[") {
    const b = bracketed(text, j);
    if (!b || !b.attribute)
      return void 0;
    j = blanks(text, b.end);
  }
  const keyword = /param\s*\(/iy;
  keyword.lastIndex = j;
  if (!keyword.test(text))
    return j === open ? { advanced: false, text: "" } : void 0;
  const list = parameterList(text, keyword.lastIndex);
  if (!list)
    return void 0;
  const declared = text.slice(open, keyword.lastIndex) + list.parts.join("") + ")";
  advanced = /\[\s*(?:System\.Management\.Automation\.)?(?:CmdletBinding|Parameter)(?:Attribute)?\b/i.test(declared);
  return { advanced, text: declared };
}

// dist/src/bundle/defer-stubs.js
function stubDeclarations(f) {
  const own = /* @__PURE__ */ new Map();
  for (const s of f.stubs)
    if (s.kind === "function")
      own.set(s.name.toLowerCase(), functionParams(f, s.name));
  return f.stubs.map((s) => {
    if (s.kind === "function")
      return own.get(s.name.toLowerCase());
    const targets = new Set(f.sym.defines.filter((d) => d.kind === "alias" && d.phase === "load" && d.name.toLowerCase() === s.name.toLowerCase()).map((d) => d.target?.toLowerCase()));
    const [target] = targets;
    return targets.size === 1 && target !== void 0 ? own.get(target) : void 0;
  });
}
function numberSignatures(perStub) {
  const declarations = [];
  const numbers = /* @__PURE__ */ new Map();
  const number = (p) => {
    if (!p || p.text === "")
      return 0;
    const key = `${p.advanced ? "a" : "s"}${p.text}`;
    let n = numbers.get(key);
    if (n === void 0) {
      declarations.push(p);
      n = declarations.length;
      numbers.set(key, n);
    }
    return n;
  };
  return { perFragment: perStub.map((list) => list.map(number)), declarations };
}
function functionParams(f, name) {
  const defs = f.sym.defines.filter((d) => (d.kind === "function" || d.kind === "alias") && d.phase === "load" && d.name.toLowerCase() === name.toLowerCase());
  let found;
  for (const d of defs) {
    if (d.kind !== "function" || d.via !== void 0)
      return void 0;
    const src = d.file === void 0 || d.file === f.sym.path ? f : f.subFiles?.get(d.file);
    if (!src)
      return void 0;
    const p = staticParams(src.text, src.lines.lineStart(d.line) + d.column - 1);
    if (!p || found && (found.text !== p.text || found.advanced !== p.advanced))
      return void 0;
    found = p;
  }
  return found;
}

// dist/src/bundle/emit-bundle.js
var DEFAULT_GUARD = {
  setAside: [],
  include: "(?i)^(?!\\.)[^/]*\\.ps1$",
  exclude: "(?!)",
  wildcard: "*.ps1",
  flags: []
};
var EmitCache = class {
  /** Each fragment's prepared text by its path, with what decided it; `used`: the build that last used it. */
  prepared = /* @__PURE__ */ new Map();
  build = 0;
  used = 0;
  subs = /* @__PURE__ */ new Map();
  nextSubs = /* @__PURE__ */ new Map();
  pieces = /* @__PURE__ */ new Map();
  nextPieces = /* @__PURE__ */ new Map();
  /** The last build's lazy layout. */
  layout;
  /** Lists the runtime joins by identity (runtime.ts), handed on as the same array while their items are. */
  lists = /* @__PURE__ */ new Map();
  /** The header's listed files, as JSON. */
  header = new HeaderMemory();
  /** The header's line table as last written. */
  lines = new LineTableMemory();
  index;
  /** The line table's file numbers for these paths (the later of two equal paths wins), the same map while the paths are the same. */
  fileIndex(paths) {
    const last2 = this.index;
    if (last2?.paths.length === paths.length && last2.paths.every((p, i) => p === paths[i]))
      return last2.index;
    const index = /* @__PURE__ */ new Map();
    paths.forEach((p, i) => index.set(p, i));
    this.index = { paths, index };
    return index;
  }
  /**
   * The prepared fragment for a plan entry: the one its path got last while the fragment's
   * symbols (the same object), hash, the entry's stubs and `context` are the same, else made now.
   */
  prepare(entry, fragment, sym, context, make) {
    const kept = this.prepared.get(fragment.path);
    if (kept?.sym === sym && kept.hash === fragment.hash && kept.context === context && (kept.stubs === entry.stubs || kept.stubs.length === entry.stubs.length && kept.stubs.every((n, i) => n === entry.stubs[i]))) {
      if (kept.used !== this.build)
        this.used++;
      kept.used = this.build;
      return kept.prepared;
    }
    const prepared = make();
    if (kept)
      prepared.previous = kept.prepared;
    if (kept?.used !== this.build)
      this.used++;
    this.prepared.set(fragment.path, {
      sym,
      hash: fragment.hash,
      context,
      stubs: entry.stubs,
      prepared,
      used: this.build
    });
    return prepared;
  }
  /** A sub-file's record, kept for the next build, when its symbols (the same object), hash and `context` are the same. */
  sub(path16, symbols, hash, context) {
    const kept = this.subs.get(path16);
    return kept?.symbols === symbols && kept.hash === hash && kept.context === context ? kept : void 0;
  }
  keepSub(path16, record) {
    this.nextSubs.set(path16, record);
  }
  /** Generated text as bytes with id gaps, and its line breaks: encoded once while the text is the same. */
  piece(text, slot) {
    let p = this.nextPieces.get(text) ?? this.pieces.get(text);
    if (p === void 0 || p.slot !== slot)
      p = { ...encodeChunk(text, slot), breaks: countLineBreaks2(text), slot };
    this.nextPieces.set(text, p);
    return p;
  }
  /** `items`, or the array given under `name` last time when it holds the same items (runtime.ts joins a list once). */
  list(name, items) {
    const last2 = this.lists.get(name);
    if (last2?.length === items.length && last2.every((x, i) => x === items[i]))
      return last2;
    this.lists.set(name, items);
    return items;
  }
  /** `make()`, made again only when `list` (a kept list, EmitCache.list) or the strings `also` differ from the last call's. */
  derived(list, also, make) {
    const last2 = this.lastDerived;
    if (last2?.list === list && last2.also.length === also.length && last2.also.every((x, i) => x === also[i]))
      return last2.value;
    const value = make();
    this.lastDerived = { list, also, value };
    return value;
  }
  lastDerived;
  /** End of a build: what it did not use is forgotten. */
  settle() {
    if (this.used < this.prepared.size) {
      for (const [path16, r] of this.prepared)
        if (r.used !== this.build)
          this.prepared.delete(path16);
    }
    this.build++;
    this.used = 0;
    this.subs = this.nextSubs;
    this.nextSubs = /* @__PURE__ */ new Map();
    this.pieces = this.nextPieces;
    this.nextPieces = /* @__PURE__ */ new Map();
  }
};
var SLOT_CHAR = "\uE000";
var ID_LENGTH = 8;
var ID_SLOT = SLOT_CHAR.repeat(ID_LENGTH);
var ID_GAP = "0".repeat(ID_LENGTH);
function deferredDeclarations(sec, subTexts) {
  const p = sec.prepared;
  const stubs = sec.entry.deferredStubs ?? [];
  const texts = (sec.sym.subFiles ?? []).map((l) => subTexts?.get(l.path));
  const kept = p.deferral;
  if (kept && (kept.stubs === stubs || kept.stubs.length === stubs.length && kept.stubs.every((x, i) => x.name === at(stubs, i).name && x.kind === at(stubs, i).kind)) && kept.subTexts.length === texts.length && kept.subTexts.every((x, i) => x === texts[i]))
    return kept.declarations;
  const declarations = stubDeclarations({
    text: sec.fragment.text,
    sym: sec.sym,
    lines: sec.lines,
    stubs,
    subFiles: new Map((sec.sym.subFiles ?? []).flatMap((l, i) => {
      const text = texts[i];
      return text === void 0 ? [] : [[l.path, { text, lines: new LineIndex(text) }]];
    }))
  });
  p.deferral = { stubs, subTexts: texts, declarations };
  return declarations;
}
function deferredInstall(sec, numbers, aliasTarget) {
  const record = sec.prepared.deferral;
  const kept = record?.install;
  if (kept?.aliasTarget === aliasTarget && kept.numbers.length === numbers.length && kept.numbers.every((n, i) => n === numbers[i]))
    return kept.text;
  const text = installList(sec.entry.deferredStubs ?? [], numbers, aliasTarget);
  if (record)
    record.install = { numbers, aliasTarget, text };
  return text;
}
function emitBundle(input, cache2) {
  const subFiles = input.subFiles ?? [];
  const inputHash = computeInputHash(input.fragments, input.options, input.toolVersion, subFiles.map((s) => s.file));
  const id = inputHash.slice(0, 8);
  if (cache2) {
    const emitted2 = emitWith(input, inputHash, cache2, ID_SLOT);
    cache2.settle();
    if (emitted2)
      return emitted2;
  }
  const emitted = emitWith(input, inputHash, new EmitCache(), id);
  if (!emitted)
    throw new Error("emitBundle: the bundle id cannot clash");
  return emitted;
}
function emitWith(input, inputHash, cache2, slot) {
  const id = inputHash.slice(0, 8);
  const slotted = slot !== id;
  if (slotted && [input.fragmentsDirFromBundle, JSON.stringify(input.guard ?? "")].some((t) => t.includes(SLOT_CHAR)))
    return void 0;
  const entries = input.plan.entries;
  const byId = (list, id2) => {
    let map;
    return (i, fragment) => {
      const x = list[i];
      if (x !== void 0 && id2(x) === fragment)
        return x;
      map ??= new Map(list.map((y) => [id2(y), y]));
      return map.get(fragment);
    };
  };
  const fragmentOf = byId(input.fragments, (f) => f.id);
  const symbolsOf = byId(input.symbols, (s) => s.fragment);
  const subFiles = input.subFiles ?? [];
  const names = runtimeNames(slot);
  const loaders = new Set((input.loaders ?? []).map((l) => l.toLowerCase()));
  const context = JSON.stringify([input.fragmentsDirFromBundle, subFiles.length > 0, [...loaders].sort(), slot]);
  const sections = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = at(entries, i);
    const fragment = fragmentOf(i, entry.fragment);
    const sym = symbolsOf(i, entry.fragment);
    if (!fragment || !sym)
      throw new Error(`emitBundle: plan names fragment '${entry.fragment}' that is not in the input`);
    const prepared = cache2.prepare(entry, fragment, sym, context, () => prepare(fragment, sym, entry, input.fragmentsDirFromBundle, subFiles.length > 0, loaders, names));
    if (slotted && prepared.slotted)
      return void 0;
    const previous = prepared.previous;
    if (previous)
      prepared.previous = void 0;
    sections.push({
      entry,
      fragment,
      sym,
      prepared,
      lines: prepared.lines,
      edits: prepared.edits,
      rel: prepared.rel,
      previousRows: previous?.lazyRows
    });
  }
  if (slotted && subFiles.some((s) => s.file.text.includes(SLOT_CHAR) || s.file.path.includes(SLOT_CHAR)))
    return void 0;
  const lazy = cache2.layout = lazyLayout(sections, cache2.layout);
  const guarded = input.options.staleGuard ?? true;
  const layout = { timed: input.options.timings, guarded };
  const deferred = deferredIndex(sections);
  const deferredSections = deferred.size === 0 ? [] : sections.filter((_, i) => deferred.has(i));
  const deferredSubs = new Set(deferredSections.flatMap((sec) => (sec.sym.subFiles ?? []).map((l) => l.path)));
  const keepsub = deferredSubs.size > 0 && subFiles.some((f) => deferredSubs.has(f.file.path));
  const subRecords = subFiles.map(({ file, symbols: subSymbols }) => {
    const kept = cache2.sub(file.path, subSymbols, file.hash, context);
    const record = kept ?? {
      symbols: subSymbols,
      hash: file.hash,
      context,
      literal: quotePs(path5.posix.normalize(bundleRelativePath(input.fragmentsDirFromBundle, file.path))),
      chunk: void 0
    };
    cache2.keepSub(file.path, record);
    return record;
  });
  const guard2 = guarded ? guardSpec(input, sections, subRecords, cache2) : void 0;
  const switches = {
    ...layout,
    lazy: lazy.total > 0,
    shared: lazy.texts.length > 0,
    sub: subFiles.length > 0,
    deferred: deferred.size > 0,
    keepsub,
    wildcard: guard2?.wildcardLiteral !== void 0,
    aside: (guard2?.topAsideLiterals.length ?? 0) > 0
  };
  const subTexts = deferred.size === 0 ? void 0 : new Map(subFiles.map(({ file }) => [file.path, file.text]));
  const signatures = numberSignatures(deferredSections.map((sec) => deferredDeclarations(sec, subTexts)));
  const aliasTarget = deferNames(slot).aliasTarget;
  const ctx = runtimeContext({
    id: slot,
    switches,
    subPrune: keepsub ? subRecords.filter((_, i) => !deferredSubs.has(at(subFiles, i).file.path)).map((r) => r.literal) : [],
    sharedLookup: lazy.lookup,
    stubTexts: lazy.texts,
    deferInstall: deferredSections.map((sec, k) => deferredInstall(sec, at(signatures.perFragment, k), aliasTarget)),
    deferDeclared: signatures.declarations.map((p) => quotePs(declaredStubText(slot, p.text, p.advanced, switches))),
    ...guard2 ? { guard: guard2 } : {}
  });
  const render = (name) => renderSection(name, ctx);
  const w = new BundleWriter(HEADER_LINES + 1, slotted ? slot : void 0, cache2);
  w.generated(render("load") + render("fail") + render("invocation"));
  if (lazy.total > 0) {
    w.generated(render("lazy-open"));
    for (const sec of sections) {
      const p = sec.prepared;
      if (p.lazy.length === 0 || p.lazyRows && w.reuse(p.lazyRows))
        continue;
      p.lazyRows = w.chunk(p.lazyRows, (c) => {
        for (const f of p.lazy) {
          const { head, tail } = tableRow(LAZY_LAYOUT, { rel: f.relLiteral, line: f.line, column: f.column });
          c.generated(head, { file: sec.fragment.path, line: f.line });
          c.source(quotePs(f.text), sec.fragment.path, f.line);
          c.generated(`${tail}
`);
        }
      }, sec.previousRows);
    }
    w.generated(render("lazy-close"));
  }
  if (lazy.texts.length > 0)
    w.generated(render("stubs"));
  if (input.options.timings)
    w.generated(render("timings"));
  if (subFiles.length > 0) {
    w.generated(render("sub-open"));
    subFiles.forEach(({ file, symbols: subSymbols }, i) => {
      const record = at(subRecords, i);
      const chunk = w.chunk(record.chunk, (c) => {
        const own = withEdits(fragmentEdits(file, subSymbols), dotSourceEdits(file.text, subSymbols, loaders, names));
        const trusted = untrustedParse(subSymbols) === void 0;
        const rewritten = trusted ? subExitEdits(file.text, subSymbols, names, own) : void 0;
        const edits = rewritten ?? own;
        const rel = path5.posix.normalize(bundleRelativePath(input.fragmentsDirFromBundle, file.path));
        const { head, tail } = subFileEntry(quotePs(rel), rewritten === void 0 && /exit/i.test(file.text));
        const first = { file: file.path, line: 1 };
        c.generated(`# --- ${commentText(file.path)} (dot-sourced)
`, first);
        c.generated(head, first);
        c.source(quotePs(sliceWithEdits(file.text, 0, file.text.length, edits)), file.path, 1);
        c.generated(tail);
      });
      if (chunk !== record.chunk)
        cache2.keepSub(file.path, { ...record, chunk });
    });
    w.generated(render("sub-close"));
  }
  if (guarded)
    w.generated(render("guard"));
  if (deferred.size > 0)
    emitDeferredTable(w, sections, deferred, ctx);
  w.generated(render("table-open"));
  sections.forEach((sec, i) => {
    entryChunk(w, sec, deferred.get(i) ?? -1, lazy, i, layout, names);
  });
  w.generated(render("table-close"));
  w.generated(render("loop"));
  const index = cache2.fileIndex([...sections.map((s) => s.fragment.path), ...subFiles.map((s) => s.file.path)]);
  const memory = cache2.header;
  const listedFragments = sections.map((s, i) => memory.listed(s.fragment.path, s.fragment.hash, deferred.has(i) ? "deferred" : s.prepared.lazy.length > 0 ? "lazy" : "eager", guarded ? s.fragment.stamp : void 0));
  const listedSubs = subFiles.map((s) => memory.listed(s.file.path, s.file.hash, void 0, guarded ? s.file.stamp : void 0));
  memory.settle();
  const { before: before2, after } = headerAround({
    version: input.toolVersion,
    inputHash,
    options: input.options,
    fragmentsDir: input.fragmentsDirFromBundle,
    fragments: sections
  }, `[${listedFragments.join(",")}]`, subFiles.length > 0 ? `[${listedSubs.join(",")}]` : void 0);
  const bytes = [
    Buffer.from(before2, "utf8"),
    w.linesBytes(index, cache2.lines),
    Buffer.from(after, "utf8"),
    ...w.bytes(id)
  ];
  let text;
  let lineTable;
  return {
    get text() {
      return text ??= Buffer.concat(bytes).toString("utf8");
    },
    bytes,
    inputHash,
    get lineTable() {
      return lineTable ??= w.lineTable();
    }
  };
}
function lazyLayout(sections, last2) {
  const prepared = sections.map((s) => s.prepared);
  if (last2?.prepared.length === prepared.length && prepared.every((p, i) => {
    const q = at(last2.prepared, i);
    return p === q || sameLazy(p.lazy, q.lazy);
  }))
    return { ...last2, prepared };
  return shareStubs(prepared);
}
function sameLazy(a, b) {
  return a.length === b.length && a.every((f, i) => {
    const g = at(b, i);
    return f.shape.name === g.shape.name && f.sharedBody === g.sharedBody;
  });
}
function prepare(fragment, sym, entry, fragmentsDirFromBundle, followed, loaders, names) {
  const rel = quotePs(bundleRelativePath(fragmentsDirFromBundle, fragment.path));
  const lines = new LineIndex(fragment.text);
  let edits = fragmentEdits(fragment, sym);
  if (followed)
    edits = withEdits(edits, dotSourceEdits(fragment.text, sym, loaders, names));
  const trusted = untrustedParse(sym) === void 0;
  const exitSearch = !trusted && /exit/i.test(fragment.text);
  if (trusted)
    edits = withEdits(edits, exitEdits(sym, names));
  const base = { fragment, sym, lines, edits, rel };
  const shapes = stubbedFunctions(entry, sym, fragment.text, lines);
  const canShare = shapes.length > 0 && canShareIn(fragment, sym);
  const lazy = shapes.map((shape) => ({
    ...lazyFunction(shape, base),
    sharedBody: canShare ? sharedBodyOf(shape, fragment.text, lines, names) : void 0
  }));
  const own = blankRanges(fragment.text, shapes.map((f) => f.range), []);
  return {
    lines,
    edits,
    rel,
    lazy,
    lower: lazy.map((f) => f.shape.name.toLowerCase()),
    invocation: /MyInvocation/i.test(own),
    exitSearch,
    slotted: fragment.text.includes(SLOT_CHAR) || fragment.path.includes(SLOT_CHAR)
  };
}
function guardSpec(input, sections, subs, cache2) {
  const g = input.guard ?? DEFAULT_GUARD;
  const flags = g.flags.map((f) => ` ${f}`).join("");
  const files = (input.subFiles ?? []).map((s) => s.file);
  const subLiterals = cache2.list("subs", subs.map((s) => s.literal));
  const sizes = [];
  const ticks = [];
  const stamp = (f) => {
    sizes.push(f.stamp?.size ?? -1);
    ticks.push(f.stamp ? stampTicks(f.stamp) : "0");
  };
  for (const s of sections)
    stamp(s.fragment);
  for (const f of files)
    stamp(f);
  const topLevel = (paths2) => paths2.filter((p) => !p.includes("/"));
  const topAside = topLevel(g.setAside).filter((p) => g.includeHidden === true || !p.startsWith("."));
  const paths = cache2.list("fragments", sections.map((s) => s.fragment.path));
  return {
    dirLiteral: quotePs(input.fragmentsDirFromBundle),
    pathLiterals: cache2.list("paths", [...sections.map((s) => s.rel), ...subLiterals]),
    subLiterals,
    subInfoLiterals: cache2.list("subinfo", files.flatMap((f) => [quotePs(f.path), quotePs(f.hash)])),
    stampsLiteral: quotePs(`${sizes.join("/")};${ticks.join("/")}`),
    topLevelCount: cache2.derived(paths, topAside, () => (/* @__PURE__ */ new Set([...topLevel(paths), ...topAside])).size),
    setAsideLiterals: g.setAside.map(quotePs),
    topAsideLiterals: topAside.map((p) => quotePs(bundleRelativePath(input.fragmentsDirFromBundle, p))),
    includeLiteral: quotePs(g.include),
    excludeLiteral: quotePs(g.exclude),
    ...g.wildcard !== void 0 ? { wildcardLiteral: quotePs(g.wildcard) } : {},
    // 2 is FileAttributes.Hidden (a number converts as cheaply as the 0 beside it): on Unix .NET
    // calls a dot name hidden, as the build does; on Windows hidden is an attribute the build ignores.
    skipLiteral: g.includeHidden === true ? "0" : "if ($IsWindows) { 0 } else { 2 }",
    configLiteral: quotePs(g.configFromBundle ?? ""),
    flagsLiteral: quotePs(flags)
  };
}
function entryStamp(fragment) {
  return {
    size: fragment.stamp?.size ?? -1,
    ticks: fragment.stamp ? stampTicks(fragment.stamp) : "0",
    hash: fragment.hash
  };
}
var TICKS = /* @__PURE__ */ new WeakMap();
function stampTicks(stamp) {
  let ticks = TICKS.get(stamp);
  if (ticks === void 0)
    TICKS.set(stamp, ticks = ticksOf(stamp.modified));
  return ticks;
}
function bundleRelativePath(fragmentsDirFromBundle, fragmentPath) {
  const dir = fragmentsDirFromBundle.replace(/\\/g, "/").replace(/\/+$/, "");
  return dir === "" || dir === "." ? fragmentPath : `${dir}/${fragmentPath}`;
}
function stubbedFunctions(entry, sym, text, lines) {
  if (entry.stubs.length === 0)
    return [];
  const names = new Set(entry.stubs.map((n) => n.toLowerCase()));
  const recovered = recoveredLines(sym.diagnostics);
  const shapes = [];
  for (const st of sym.statements) {
    if (st.kind !== "function")
      continue;
    const f = st.function;
    if (names.has(f.name.toLowerCase()) && knownStubBlocker(text, f, recovered, lines) === void 0)
      shapes.push(f);
  }
  return shapes;
}
function lazyFunction(shape, sec) {
  const { fragment: f, sym, edits, rel: relLiteral } = sec;
  const start = functionTextStart(f.text, shape.range.start, sym.statements.map((s) => s.range.end), sym.directives.hasParamBlock);
  const usings = sym.directives.usings.map((u) => u.range).filter((r) => r.end <= start);
  if (usings.length > 0) {
    const text = keepRanges(f.text, [...usings, { start, end: shape.range.end }], shape.range.end, edits);
    return { shape, relLiteral, line: 1, column: 1, text };
  }
  const at3 = sec.lines.position(start);
  return {
    shape,
    relLiteral,
    line: at3.line,
    column: at3.column,
    text: sliceWithEdits(f.text, start, shape.range.end, edits)
  };
}
function stubParams(shape, text, lines) {
  const range = shape.paramBlock ?? shape.headerParams;
  if (!range)
    return void 0;
  return {
    text: (shape.paramBlock ? "" : "param") + text.slice(range.start, range.end),
    breaksBefore: lines.line(range.start) - lines.line(shape.range.start)
  };
}
function stubFor(f, text, lines, names) {
  const shape = f.shape;
  const breaks = lines.breaksIn(shape.range.start, shape.range.end);
  const scope = shape.scope === "global" ? "global:" : "";
  if (f.shared !== void 0)
    return sharedStubStatement(shape.name, scope, f.shared, breaks, names);
  const params = stubParams(shape, text, lines);
  return stubText({
    name: shape.name,
    scope,
    index: f.index,
    advanced: shape.isAdvanced,
    breaks,
    ...params ? { params } : {}
  }, names);
}
function shareStubs(prepared) {
  const count = /* @__PURE__ */ new Map();
  for (const p of prepared)
    for (const name of p.lower)
      count.set(name, (count.get(name) ?? 0) + 1);
  const bodies = /* @__PURE__ */ new Map();
  const base = [];
  const lookup = [];
  let total = 0;
  const shared = prepared.map((p) => {
    base.push(total);
    return p.lazy.map((f, j) => {
      const index = total++;
      const body = f.sharedBody;
      if (count.get(at(p.lower, j)) !== 1 || body === void 0)
        return -1;
      let k = bodies.get(body);
      if (k === void 0) {
        k = bodies.size;
        bodies.set(body, k);
      }
      lookup.push({ literal: quotePs(f.shape.name), index });
      return k;
    });
  });
  return { prepared, base, shared, texts: [...bodies.keys()].map(quotePs), lookup, total };
}
function sharedBodyOf(shape, text, lines, names) {
  const params = stubParams(shape, text, lines);
  if (params && /\$(?:\{)?(?:PSScriptRoot|PSCommandPath|MyInvocation)\b/i.test(params.text))
    return void 0;
  if (params && /\[\s*(?:System\.Management\.Automation\.)?Alias(?:Attribute)?\s*\(/i.test(params.text))
    return void 0;
  return sharedStubBody(shape.isAdvanced, params?.text, names);
}
function canShareIn(fragment, sym) {
  if (sym.directives.usings.length > 0)
    return false;
  if (sym.defines.some((d) => d.kind === "class"))
    return false;
  return !/(?:^|[\s;{(])(?:class|enum)\s+[\p{L}_]/imu.test(fragment.text);
}
function deferredIndex(sections) {
  const index = /* @__PURE__ */ new Map();
  sections.forEach((sec, i) => {
    if (sec.entry.mode === "deferred")
      index.set(i, index.size);
  });
  return index;
}
function emitDeferredTable(w, sections, index, ctx) {
  w.generated(renderSection("defer-setup", ctx));
  w.generated(renderSection("fail", { ...ctx, rename: { fail: "dfail" } }));
  w.generated(renderSection("defer-open", ctx));
  sections.forEach((sec, i) => {
    if (!index.has(i))
      return;
    sec.prepared.deferredRow = w.chunk(sec.prepared.deferredRow, (c) => {
      const text = sliceWithEdits(sec.fragment.text, 0, sec.fragment.text.length, sec.edits);
      const inv = /MyInvocation/i.test(text) ? "$true" : "$false";
      const { head, tail } = tableRow(DEFERRED_LAYOUT, { rel: sec.rel, show: quotePs(sec.fragment.path), inv });
      c.generated(head, { file: sec.fragment.path, line: 1 });
      c.source(quotePs(text), sec.fragment.path, 1);
      c.generated(`${tail}
`);
    });
  });
  w.generated(renderSection("defer-close", ctx));
}
function entryChunk(w, sec, k, lazy, i, layout, names) {
  const p = sec.prepared;
  const shared = at(lazy.shared, i);
  const base = k === -1 && shared.includes(-1) ? at(lazy.base, i) : -1;
  const stamp = sec.fragment.stamp;
  const kept = p.entryRow;
  const same = kept !== void 0 && kept.k === k && kept.reason === sec.entry.reason && kept.timed === layout.timed && kept.guarded === layout.guarded && kept.size === stamp?.size && kept.modified === stamp?.modified && kept.base === base && (kept.shared === shared || kept.shared.length === shared.length && kept.shared.every((n, j) => n === shared[j]));
  if (same && w.reuse(kept.chunk))
    return;
  const chunk = w.chunk(void 0, (c) => {
    if (k !== -1)
      emitInstaller(c, k, sec, layout);
    else {
      const own = p.lazy.map((f, j) => {
        const n = at(shared, j);
        return { ...f, index: at(lazy.base, i) + j, ...n >= 0 ? { shared: n } : {} };
      });
      emitFragment(c, sec, own, layout, names);
    }
  });
  if (chunk && chunk !== kept?.chunk)
    p.entryRow = {
      k,
      reason: sec.entry.reason,
      timed: layout.timed,
      guarded: layout.guarded,
      size: stamp?.size,
      modified: stamp?.modified,
      base,
      shared,
      chunk
    };
}
function emitInstaller(w, k, sec, layout) {
  const { entry, fragment } = sec;
  const first = { file: fragment.path, line: 1 };
  w.generated(`# --- ${commentText(fragment.path)} (deferred): ${commentText(entry.reason)}
`, first);
  const parts = fragmentRow(sec, "deferred", layout);
  w.generated(`${parts.head}${k}${parts.tail}
`, first);
}
function emitFragment(w, sec, lazy, layout, names) {
  const { entry, fragment } = sec;
  const text = fragment.text;
  const first = { file: fragment.path, line: 1 };
  const mode = lazy.length > 0 ? "lazy" : "eager";
  const dropped = entry.stubs.length - lazy.length;
  const note = dropped > 0 ? ` (${dropped} kept eager: not confirmed by the text)` : "";
  w.generated(`# --- ${commentText(fragment.path)} (${mode}): ${commentText(entry.reason)}${note}
`, first);
  const stubs = lazy.map((f) => ({
    start: f.shape.range.start,
    end: f.shape.range.end,
    text: stubFor(f, text, sec.lines, names)
  }));
  const outside = sec.edits.filter((e) => !stubs.some((s) => e.start < s.end && e.end > s.start));
  const body = sliceWithEdits(text, 0, text.length, [...outside, ...stubs].sort((a, b) => a.start - b.start));
  const parts = fragmentRow(sec, mode, layout);
  w.generated(parts.head, first);
  const bodyBreaks = w.source(quotePs(body), fragment.path, 1);
  const textBreaks = body === text ? bodyBreaks : sec.lines.breaksIn(0, text.length);
  w.generated(`${parts.tail}
`, { file: fragment.path, line: 1 + textBreaks });
}
function fragmentRow(sec, mode, layout) {
  const stamp = entryStamp(sec.fragment);
  return tableRow(fragmentLayout(layout), {
    rel: sec.rel,
    show: quotePs(sec.fragment.path),
    inv: sec.prepared.invocation ? "$true" : "$false",
    exit: sec.prepared.exitSearch ? "$true" : "$false",
    mode: `'${mode}'`,
    size: stamp.size,
    ticks: stamp.ticks,
    hash: `'${stamp.hash}'`
  });
}
var LineTableMemory = class {
  buffer = Buffer.allocUnsafe(1 << 16);
  index;
  chunks = [];
  firsts = [];
  files = [];
  /** Where each chunk's runs end in `buffer`. */
  ends = [];
};
function encodeChunk(text, slot) {
  if (slot === void 0 || !text.includes(slot))
    return { bytes: Buffer.from(text, "utf8"), slots: [] };
  const pieces = text.split(slot);
  const lengths = pieces.map((p) => Buffer.byteLength(p, "utf8"));
  const bytes = Buffer.allocUnsafe(lengths.reduce((n, l) => n + l, 0) + (pieces.length - 1) * ID_LENGTH);
  const slots = [];
  let at3 = 0;
  pieces.forEach((p, i) => {
    if (i > 0) {
      slots.push(at3);
      at3 += bytes.write(ID_GAP, at3, "latin1");
    }
    at3 += bytes.write(p, at3, "utf8");
  });
  return { bytes, slots };
}
function fillSlots(c, id) {
  const b = c.bytes;
  for (const at3 of c.slots)
    for (let k = 0; k < ID_LENGTH; k++)
      b[at3 + k] = id[k];
  return b;
}
function continuesAt(end, origin, length, first, next) {
  return end === first && continues(origin, length, next);
}
var BundleWriter = class _BundleWriter {
  slot;
  cache;
  parts = [];
  items = [];
  /** The chunks among the items. */
  placed = [];
  /** Segments written outside chunks, or a chunk's first run continuing the run before it: the line table is merged afresh. */
  merged = false;
  /** The last run of the chunks so far: the line after it, its origin and length. */
  lastEnd = -1;
  lastOrigin;
  lastCount = 0;
  line;
  /** Nothing is written on the current line yet (the text so far ends with a line break). */
  lineStart = true;
  /**
   * `slot`: what stands for the bundle's id in the text written, if anything does; `cache`: where
   * generated text's bytes are kept.
   */
  constructor(firstLine2, slot, cache2) {
    this.slot = slot;
    this.cache = cache2;
    this.line = firstLine2;
  }
  /** Text fragbundle wrote; lines not yet attributed are attributed to `at` (generated), if given. */
  generated(text, at3) {
    let breaks;
    if (this.cache && at3 === void 0) {
      const piece = this.cache.piece(text, this.slot);
      this.parts.push(piece);
      breaks = piece.breaks;
    } else {
      this.parts.push(text);
      breaks = countLineBreaks2(text);
    }
    if (at3) {
      const last2 = this.line + breaks - (endsWithBreak(text) ? 1 : 0);
      const first = this.currentAttributed() ? this.line + 1 : this.line;
      if (first <= last2) {
        this.items.push({ first, count: last2 - first + 1, origin: { ...at3, generated: true } });
        this.merged = true;
      }
    }
    this.line += breaks;
    if (text !== "")
      this.lineStart = endsWithBreak(text);
  }
  /**
   * A fragment's own text starting at fragment line `line`: its lines map one to one. Returns
   * the line breaks in `text`.
   */
  source(text, file, line) {
    this.parts.push(text);
    const breaks = countLineBreaks2(text);
    if (this.currentAttributed()) {
      const tail = this.items.at(-1);
      tail.count -= 1;
      if (tail.count === 0)
        this.items.pop();
    }
    const count = breaks + 1 - (endsWithBreak(text) ? 1 : 0);
    this.items.push({ first: this.line, count, origin: { file, line, generated: false } });
    this.merged = true;
    this.line += breaks;
    if (text !== "")
      this.lineStart = endsWithBreak(text);
    return breaks;
  }
  /**
   * What `render` writes: `kept` when given, else rendered now. Returns the chunk to keep, which
   * is whole lines (a chunk starts at a line start and ends with a line break), so that a kept
   * chunk's lines and their origins are the same wherever it lands; undefined when what was
   * written is not (then it was written as it came).
   */
  chunk(kept, render, previous) {
    if (!this.lineStart) {
      render(this);
      return void 0;
    }
    let c = kept;
    if (c === void 0) {
      const w = new _BundleWriter(0);
      render(w);
      const runs = w.runs();
      const file = runs[0]?.origin.file;
      c = {
        ...encodeChunk(w.text(""), this.slot),
        breaks: w.line,
        runs,
        file: runs.every((r) => r.origin.file === file) ? file : void 0
      };
      if (!w.lineStart) {
        this.append(c);
        this.lineStart = false;
        return void 0;
      }
      if (previous && sameChunk(previous, c))
        c = previous;
    }
    this.append(c);
    return c;
  }
  /** Takes `c` as it is, when a chunk can be taken here (at a line's start); false when not. */
  reuse(c) {
    if (!this.lineStart)
      return false;
    this.append(c);
    return true;
  }
  append(c) {
    this.parts.push(c);
    const placed = { chunk: c, first: this.line };
    this.items.push(placed);
    this.placed.push(placed);
    const head = c.runs[0];
    const tail = c.runs.at(-1);
    if (head && tail) {
      const before2 = this.lastOrigin;
      if (before2 && continuesAt(this.lastEnd, before2, this.lastCount, this.line + head.first, head.origin))
        this.merged = true;
      this.lastEnd = this.line + tail.first + tail.count;
      this.lastOrigin = tail.origin;
      this.lastCount = tail.count;
    }
    this.line += c.breaks;
  }
  /** The text, with `id` wherever the slot stands. */
  text(id) {
    const slot = this.slot;
    const ascii = Buffer.from(id, "latin1");
    const out = [];
    for (const p of this.parts) {
      if (typeof p !== "string")
        out.push(fillSlots(p, ascii).toString("utf8"));
      else
        out.push(slot === void 0 ? p : p.replaceAll(slot, id));
    }
    return out.join("");
  }
  /**
   * The text as UTF-8 pieces, with `id` wherever the slot stands: text written as it came encoded
   * now, each kept piece's bytes as kept (its gaps filled in place), so that unchanged text is
   * neither joined nor encoded again.
   */
  bytes(id) {
    const slot = this.slot;
    const ascii = Buffer.from(id, "latin1");
    const out = [];
    let run = [];
    const flush = () => {
      if (run.length === 0)
        return;
      const joined = run.join("");
      out.push(Buffer.from(slot === void 0 ? joined : joined.replaceAll(slot, id), "utf8"));
      run = [];
    };
    for (const p of this.parts) {
      if (typeof p === "string")
        run.push(p);
      else {
        flush();
        out.push(fillSlots(p, ascii));
      }
    }
    flush();
    return out;
  }
  /** The segments, chunks' runs moved to where they landed. */
  segments() {
    const all = [];
    for (const it of this.items) {
      if ("chunk" in it) {
        for (const s of it.chunk.runs)
          all.push({ first: s.first + it.first, count: s.count, origin: s.origin });
      } else
        all.push(it);
    }
    return all;
  }
  /** The segments merged into runs: where a segment continues a run, so do all its lines. */
  runs() {
    const runs = [];
    let run;
    for (const s of this.segments()) {
      if (run && continuesAt(run.first + run.count, run.origin, run.count, s.first, s.origin)) {
        run.count += s.count;
        continue;
      }
      runs.push(run = { first: s.first, count: s.count, origin: s.origin });
    }
    return runs;
  }
  /** The line table as runs. */
  lineTable() {
    return this.runs().map((r) => ({
      bundleLine: r.first,
      lines: r.count,
      path: r.origin.file,
      line: r.origin.line,
      generated: r.origin.generated
    }));
  }
  /**
   * The line table as the header's JSON writes its runs (headerAround), files numbered by
   * `index`, in `memory`'s buffer: the runs of the chunks that land where they did last time
   * (the same chunks, lines and file numbers, from the first on) are there already; only the
   * rest is written, each chunk's runs from its first lines and its runs' other members as bytes.
   */
  linesBytes(index, memory) {
    if (this.merged) {
      memory.chunks.length = 0;
      return Buffer.from(this.runs().map((r) => `[${r.first}${runTail(r, index.get(r.origin.file) ?? -1)}`).join(","), "latin1");
    }
    const placed = this.placed;
    const m = memory;
    const sameIndex = m.index === index;
    let k = 0;
    for (; k < placed.length && k < m.chunks.length; k++) {
      const p = at(placed, k);
      const c = p.chunk;
      if (c !== m.chunks[k] || p.first !== m.firsts[k] || c.file === void 0)
        break;
      if (!sameIndex && (index.get(c.file) ?? -1) !== m.files[k])
        break;
    }
    let len = k === 0 ? 0 : at(m.ends, k - 1);
    m.chunks.length = k;
    m.firsts.length = k;
    m.files.length = k;
    m.ends.length = k;
    m.index = index;
    for (; k < placed.length; k++) {
      const p = at(placed, k);
      const c = p.chunk;
      const n = c.file === void 0 ? -2 : index.get(c.file) ?? -1;
      const tails = c.file !== void 0 && c.tails?.index === n ? c.tails : runTails(c, n, index);
      if (c.file !== void 0)
        c.tails = tails;
      if (len + tails.bytes.length + 19 * c.runs.length > m.buffer.length) {
        const grown = Buffer.allocUnsafe(Math.max(2 * m.buffer.length, len + tails.bytes.length + 19 * c.runs.length));
        m.buffer.copy(grown, 0, 0, len);
        m.buffer = grown;
      }
      const b = m.buffer;
      const t = tails.bytes;
      const { firsts, ends } = tails;
      let from = 0;
      for (let j = 0; j < firsts.length; j++) {
        if (len > 0)
          b[len++] = 44;
        b[len++] = 91;
        len = writeNumber(b, len, p.first + firsts[j]);
        const to = ends[j];
        for (let q = from; q < to; q++)
          b[len++] = t[q];
        from = to;
      }
      m.chunks.push(c);
      m.firsts.push(p.first);
      m.files.push(n);
      m.ends.push(len);
    }
    return m.buffer.subarray(0, len);
  }
  /** True when an earlier call already attributed the line now being written. */
  currentAttributed() {
    const tail = this.items.at(-1);
    return tail !== void 0 && !("chunk" in tail) && tail.first + tail.count - 1 === this.line;
  }
};
function sameChunk(kept, made) {
  const a = kept;
  const b = made;
  if (a.breaks !== b.breaks || a.bytes.length !== b.bytes.length || a.slots.length !== b.slots.length)
    return false;
  if (!a.slots.every((x, i) => x === b.slots[i]))
    return false;
  for (const x of a.slots)
    a.bytes.copy(b.bytes, x, x, x + ID_LENGTH);
  return a.bytes.equals(b.bytes) && a.runs.length === b.runs.length && a.runs.every((r, i) => {
    const q = at(b.runs, i);
    return r.first === q.first && r.count === q.count && r.origin.file === q.origin.file && r.origin.line === q.origin.line && r.origin.generated === q.origin.generated;
  });
}
function writeNumber(b, at3, n) {
  const start = at3;
  do {
    b[at3++] = 48 + n % 10;
    n = Math.floor(n / 10);
  } while (n > 0);
  for (let i = start, j = at3 - 1; i < j; i++, j--) {
    const d = b[i];
    b[i] = b[j];
    b[j] = d;
  }
  return at3;
}
function runTails(c, n, index) {
  const tails = c.runs.map((r) => runTail(r, n === -2 ? index.get(r.origin.file) ?? -1 : n));
  const ends = new Int32Array(tails.length);
  let end = 0;
  tails.forEach((t, j) => ends[j] = end += t.length);
  return {
    index: n,
    bytes: Buffer.from(tails.join(""), "latin1"),
    firsts: Int32Array.from(c.runs, (r) => r.first),
    ends
  };
}
function runTail(r, file) {
  return `,${r.count},${file},${r.origin.line},${r.origin.generated ? 1 : 0}]`;
}
function endsWithBreak(text) {
  return text.endsWith("\n") || text.endsWith("\r");
}
function continues(first, length, next) {
  if (first.file !== next.file || first.generated !== next.generated)
    return false;
  return first.generated ? next.line === first.line : next.line === first.line + length;
}
function dotSourceEdits(text, symbols, loaders, names) {
  const edits = [];
  for (const d of symbols.directives.dotSources) {
    if (d.via !== void 0)
      continue;
    const followed = d.targets !== void 0 || d.walk !== void 0;
    const inLoader = d.function !== void 0 && loaders.has(d.function.toLowerCase());
    if (!followed && !inLoader)
      continue;
    const expression = text.slice(d.pathRange.start, d.pathRange.end);
    edits.push({
      start: d.pathRange.start,
      end: d.pathRange.end,
      text: subFileDotSource(expression, d.phase === "deferred", names)
    });
  }
  return edits;
}
function exitEdits(symbols, names) {
  if (symbols.directives.exits.length === 0)
    return [];
  const r = exitRewrite(names);
  return symbols.directives.exits.flatMap(({ keyword, value }) => value ? [
    { start: keyword.end, end: keyword.end, text: r.head },
    { start: value.end, end: value.end, text: r.tail }
  ] : [{ start: keyword.end, end: keyword.end, text: r.none }]);
}
function subExitEdits(text, symbols, names, others) {
  const exits = symbols.directives.exits;
  if (exits.length === 0)
    return others;
  if (exits.some((e) => e.inFinally || e.inNamedBlock))
    return void 0;
  if (symbols.directives.loopExits.some((l) => l.label === void 0))
    return void 0;
  const r = subExitRewrite(names);
  const first = Math.min(...exits.map((e) => e.statement));
  const rewritten = exits.flatMap(({ keyword, value }) => value ? [
    { start: keyword.start, end: keyword.end, text: r.keyword + r.head },
    { start: value.end, end: value.end, text: r.tail }
  ] : [{ start: keyword.start, end: keyword.end, text: r.keyword + r.none }]);
  const open = { start: first, end: first, text: r.open };
  const all = withEdits([open], [
    ...others,
    ...rewritten,
    { start: text.length, end: text.length, text: (endsWithBreak(text) ? "" : "\n") + r.close }
  ]);
  return all.includes(open) ? all : others;
}
function withEdits(a, b) {
  const out = [];
  for (const e of [...a, ...b].sort((x, y) => x.start - y.start)) {
    const last2 = out.at(-1);
    if (last2 && e.start < last2.end)
      continue;
    out.push(e);
  }
  return out;
}

// dist/src/pipeline/bundle-text.js
function bundleText(analysis, config, request) {
  return emitFor(analysis, config, request).text;
}
function bundleBytes(analysis, config, request, cache2) {
  return emitFor(analysis, config, request, cache2).bytes;
}
function emitFor(analysis, config, request, cache2) {
  const bundleDir = path6.dirname(config.output);
  const bundled = new Set(analysis.fragments.map((f) => f.path));
  const own = path6.relative(config.fragmentsDir, config.output).split(path6.sep).join("/");
  const selected = config.include.some((p) => matchGlob(p, own)) && !config.exclude.some((p) => matchGlob(p, own));
  const ownAside = !own.includes("/") && selected && !bundled.has(own) ? [own] : [];
  const setAside = [
    .../* @__PURE__ */ new Set([
      ...request.loaded.setAside,
      ...request.loaded.fragments.filter((f) => !bundled.has(f.path)).map((f) => f.path),
      ...ownAside
    ])
  ].sort();
  const stamps = request.stamps;
  const stamped = (f) => {
    const stamp = stamps?.get(f.path);
    return stamp ? { ...f, stamp } : f;
  };
  const fragments = stamps ? analysis.fragments.map(stamped) : analysis.fragments;
  return emitBundle({
    fragments,
    symbols: analysis.symbols,
    graph: analysis.graph,
    plan: analysis.plan,
    options: bundleOptions(config),
    fragmentsDirFromBundle: relativeDir(bundleDir, config.fragmentsDir),
    toolVersion: TOOL_VERSION,
    subFiles: analysis.subFiles.flatMap((file, i) => {
      const symbols = analysis.subFileSymbols[i];
      return symbols ? [{ file: stamped(file), symbols }] : [];
    }),
    loaders: config.loaders.map((l) => l.command),
    guard: {
      setAside,
      ...topLevelNamePattern(config.include, config.exclude, config.includeHidden),
      includeHidden: config.includeHidden,
      ...config.configPath ? { configFromBundle: relativeFile(bundleDir, config.configPath) } : {},
      flags: rebuildFlags(request.overrides ?? {})
    }
  }, cache2);
}
function rebuildFlags(o) {
  const word = (v) => /^[\w.-]+$/.test(v) ? v : `'${v.replace(/'/g, "''")}'`;
  const flags = [];
  if (o.env !== void 0)
    flags.push("--env", word(o.env));
  if (o.lazy !== void 0)
    flags.push("--lazy", o.lazy);
  if (o.timings !== void 0)
    flags.push(o.timings ? "--timings" : "--no-timings");
  if (o.staleGuard === true)
    flags.push("--stale-guard");
  return flags;
}
function relativeDir(from, to) {
  const rel = path6.relative(from, to);
  return rel === "" ? "." : rel.split(path6.sep).join("/");
}
function relativeFile(from, to) {
  return path6.relative(from, to).split(path6.sep).join("/");
}

// dist/src/cli/run.js
import path8 from "node:path";

// dist/src/config/load-config.js
import path7 from "node:path";

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};
var supportedEols = ["\n", "\r", "\r\n"];

// node_modules/jsonc-parser/lib/esm/impl/format.js
function format3(documentText, range, options) {
  let initialIndentLevel;
  let formatText;
  let formatTextStart;
  let rangeStart;
  let rangeEnd;
  if (range) {
    rangeStart = range.offset;
    rangeEnd = rangeStart + range.length;
    formatTextStart = rangeStart;
    while (formatTextStart > 0 && !isEOL(documentText, formatTextStart - 1)) {
      formatTextStart--;
    }
    let endOffset = rangeEnd;
    while (endOffset < documentText.length && !isEOL(documentText, endOffset)) {
      endOffset++;
    }
    formatText = documentText.substring(formatTextStart, endOffset);
    initialIndentLevel = computeIndentLevel(formatText, options);
  } else {
    formatText = documentText;
    initialIndentLevel = 0;
    formatTextStart = 0;
    rangeStart = 0;
    rangeEnd = documentText.length;
  }
  const eol = getEOL(options, documentText);
  const eolFastPathSupported = supportedEols.includes(eol);
  let numberLineBreaks = 0;
  let indentLevel = 0;
  let indentValue;
  if (options.insertSpaces) {
    indentValue = cachedSpaces[options.tabSize || 4] ?? repeat(cachedSpaces[1], options.tabSize || 4);
  } else {
    indentValue = "	";
  }
  const indentType = indentValue === "	" ? "	" : " ";
  let scanner = createScanner(formatText, false);
  let hasError = false;
  function newLinesAndIndent() {
    if (numberLineBreaks > 1) {
      return repeat(eol, numberLineBreaks) + repeat(indentValue, initialIndentLevel + indentLevel);
    }
    const amountOfSpaces = indentValue.length * (initialIndentLevel + indentLevel);
    if (!eolFastPathSupported || amountOfSpaces > cachedBreakLinesWithSpaces[indentType][eol].length) {
      return eol + repeat(indentValue, initialIndentLevel + indentLevel);
    }
    if (amountOfSpaces <= 0) {
      return eol;
    }
    return cachedBreakLinesWithSpaces[indentType][eol][amountOfSpaces];
  }
  function scanNext() {
    let token = scanner.scan();
    numberLineBreaks = 0;
    while (token === 15 || token === 14) {
      if (token === 14 && options.keepLines) {
        numberLineBreaks += 1;
      } else if (token === 14) {
        numberLineBreaks = 1;
      }
      token = scanner.scan();
    }
    hasError = token === 16 || scanner.getTokenError() !== 0;
    return token;
  }
  const editOperations = [];
  function addEdit(text, startOffset, endOffset) {
    if (!hasError && (!range || startOffset < rangeEnd && endOffset > rangeStart) && documentText.substring(startOffset, endOffset) !== text) {
      editOperations.push({ offset: startOffset, length: endOffset - startOffset, content: text });
    }
  }
  let firstToken = scanNext();
  if (options.keepLines && numberLineBreaks > 0) {
    addEdit(repeat(eol, numberLineBreaks), 0, 0);
  }
  if (firstToken !== 17) {
    let firstTokenStart = scanner.getTokenOffset() + formatTextStart;
    let initialIndent = indentValue.length * initialIndentLevel < 20 && options.insertSpaces ? cachedSpaces[indentValue.length * initialIndentLevel] : repeat(indentValue, initialIndentLevel);
    addEdit(initialIndent, formatTextStart, firstTokenStart);
  }
  while (firstToken !== 17) {
    let firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
    let secondToken = scanNext();
    let replaceContent = "";
    let needsLineBreak = false;
    while (numberLineBreaks === 0 && (secondToken === 12 || secondToken === 13)) {
      let commentTokenStart = scanner.getTokenOffset() + formatTextStart;
      addEdit(cachedSpaces[1], firstTokenEnd, commentTokenStart);
      firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
      needsLineBreak = secondToken === 12;
      replaceContent = needsLineBreak ? newLinesAndIndent() : "";
      secondToken = scanNext();
    }
    if (secondToken === 2) {
      if (firstToken !== 1) {
        indentLevel--;
      }
      ;
      if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 1) {
        replaceContent = newLinesAndIndent();
      } else if (options.keepLines) {
        replaceContent = cachedSpaces[1];
      }
    } else if (secondToken === 4) {
      if (firstToken !== 3) {
        indentLevel--;
      }
      ;
      if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 3) {
        replaceContent = newLinesAndIndent();
      } else if (options.keepLines) {
        replaceContent = cachedSpaces[1];
      }
    } else {
      switch (firstToken) {
        case 3:
        case 1:
          indentLevel++;
          if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
            replaceContent = newLinesAndIndent();
          } else {
            replaceContent = cachedSpaces[1];
          }
          break;
        case 5:
          if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
            replaceContent = newLinesAndIndent();
          } else {
            replaceContent = cachedSpaces[1];
          }
          break;
        case 12:
          replaceContent = newLinesAndIndent();
          break;
        case 13:
          if (numberLineBreaks > 0) {
            replaceContent = newLinesAndIndent();
          } else if (!needsLineBreak) {
            replaceContent = cachedSpaces[1];
          }
          break;
        case 6:
          if (options.keepLines && numberLineBreaks > 0) {
            replaceContent = newLinesAndIndent();
          } else if (!needsLineBreak) {
            replaceContent = cachedSpaces[1];
          }
          break;
        case 10:
          if (options.keepLines && numberLineBreaks > 0) {
            replaceContent = newLinesAndIndent();
          } else if (secondToken === 6 && !needsLineBreak) {
            replaceContent = "";
          }
          break;
        case 7:
        case 8:
        case 9:
        case 11:
        case 2:
        case 4:
          if (options.keepLines && numberLineBreaks > 0) {
            replaceContent = newLinesAndIndent();
          } else {
            if ((secondToken === 12 || secondToken === 13) && !needsLineBreak) {
              replaceContent = cachedSpaces[1];
            } else if (secondToken !== 5 && secondToken !== 17) {
              hasError = true;
            }
          }
          break;
        case 16:
          hasError = true;
          break;
      }
      if (numberLineBreaks > 0 && (secondToken === 12 || secondToken === 13)) {
        replaceContent = newLinesAndIndent();
      }
    }
    if (secondToken === 17) {
      if (options.keepLines && numberLineBreaks > 0) {
        replaceContent = newLinesAndIndent();
      } else {
        replaceContent = options.insertFinalNewline ? eol : "";
      }
    }
    const secondTokenStart = scanner.getTokenOffset() + formatTextStart;
    addEdit(replaceContent, firstTokenEnd, secondTokenStart);
    firstToken = secondToken;
  }
  return editOperations;
}
function repeat(s, count) {
  let result = "";
  for (let i = 0; i < count; i++) {
    result += s;
  }
  return result;
}
function computeIndentLevel(content, options) {
  let i = 0;
  let nChars = 0;
  const tabSize = options.tabSize || 4;
  while (i < content.length) {
    let ch = content.charAt(i);
    if (ch === cachedSpaces[1]) {
      nChars++;
    } else if (ch === "	") {
      nChars += tabSize;
    } else {
      break;
    }
    i++;
  }
  return Math.floor(nChars / tabSize);
}
function getEOL(options, text) {
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === "\r") {
      if (i + 1 < text.length && text.charAt(i + 1) === "\n") {
        return "\r\n";
      }
      return "\r";
    } else if (ch === "\n") {
      return "\n";
    }
  }
  return options && options.eol || "\n";
}
function isEOL(text, offset) {
  return "\r\n".indexOf(text.charAt(offset)) !== -1;
}

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parse(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentProperty = null;
  let currentParent = [];
  const previousParents = [];
  function onValue(value) {
    if (Array.isArray(currentParent)) {
      currentParent.push(value);
    } else if (currentProperty !== null) {
      currentParent[currentProperty] = value;
    }
  }
  const visitor = {
    onObjectBegin: () => {
      const object = {};
      onValue(object);
      previousParents.push(currentParent);
      currentParent = object;
      currentProperty = null;
    },
    onObjectProperty: (name) => {
      currentProperty = name;
    },
    onObjectEnd: () => {
      currentParent = previousParents.pop();
    },
    onArrayBegin: () => {
      const array = [];
      onValue(array);
      previousParents.push(currentParent);
      currentParent = array;
      currentProperty = null;
    },
    onArrayEnd: () => {
      currentParent = previousParents.pop();
    },
    onLiteralValue: onValue,
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  return currentParent[0];
}
function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep, offset, length) => {
      if (currentParent.type === "property") {
        if (sep === ":") {
          currentParent.colonOffset = offset;
        } else if (sep === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  };
  visit(text, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function findNodeAtLocation(root, path16) {
  if (!root) {
    return void 0;
  }
  let node = root;
  for (let segment of path16) {
    if (typeof segment === "string") {
      if (node.type !== "object" || !Array.isArray(node.children)) {
        return void 0;
      }
      let found = false;
      for (const propertyNode of node.children) {
        if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
          node = propertyNode.children[1];
          found = true;
          break;
        }
      }
      if (!found) {
        return void 0;
      }
    } else {
      const index = segment;
      if (node.type !== "array" || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
        return void 0;
      }
      node = node.children[index];
    }
  }
  return node;
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function stripComments(text, replaceCh) {
  let _scanner = createScanner(text), parts = [], kind, offset = 0, pos;
  do {
    pos = _scanner.getPosition();
    kind = _scanner.scan();
    switch (kind) {
      case 12:
      case 13:
      case 17:
        if (offset !== pos) {
          parts.push(text.substring(offset, pos));
        }
        if (replaceCh !== void 0) {
          parts.push(_scanner.getTokenValue().replace(/[^\r\n]/g, replaceCh));
        }
        offset = _scanner.getPosition();
        break;
    }
  } while (kind !== 17);
  return parts.join("");
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/impl/edit.js
function setProperty(text, originalPath, value, options) {
  const path16 = originalPath.slice();
  const errors = [];
  const root = parseTree(text, errors);
  let parent = void 0;
  let lastSegment = void 0;
  while (path16.length > 0) {
    lastSegment = path16.pop();
    parent = findNodeAtLocation(root, path16);
    if (parent === void 0 && value !== void 0) {
      if (typeof lastSegment === "string") {
        value = { [lastSegment]: value };
      } else {
        value = [value];
      }
    } else {
      break;
    }
  }
  if (!parent) {
    if (value === void 0) {
      throw new Error("Can not delete in empty document");
    }
    return withFormatting(text, { offset: root ? root.offset : 0, length: root ? root.length : 0, content: JSON.stringify(value) }, options);
  } else if (parent.type === "object" && typeof lastSegment === "string" && Array.isArray(parent.children)) {
    const existing = findNodeAtLocation(parent, [lastSegment]);
    if (existing !== void 0) {
      if (value === void 0) {
        if (!existing.parent) {
          throw new Error("Malformed AST");
        }
        const propertyIndex = parent.children.indexOf(existing.parent);
        let removeBegin;
        let removeEnd = existing.parent.offset + existing.parent.length;
        if (propertyIndex > 0) {
          let previous = parent.children[propertyIndex - 1];
          removeBegin = previous.offset + previous.length;
        } else {
          removeBegin = parent.offset + 1;
          if (parent.children.length > 1) {
            let next = parent.children[1];
            removeEnd = next.offset;
          }
        }
        return withFormatting(text, { offset: removeBegin, length: removeEnd - removeBegin, content: "" }, options);
      } else {
        return withFormatting(text, { offset: existing.offset, length: existing.length, content: JSON.stringify(value) }, options);
      }
    } else {
      if (value === void 0) {
        return [];
      }
      const newProperty = `${JSON.stringify(lastSegment)}: ${JSON.stringify(value)}`;
      const index = options.getInsertionIndex ? options.getInsertionIndex(parent.children.map((p) => p.children[0].value)) : parent.children.length;
      let edit;
      if (index > 0) {
        let previous = parent.children[index - 1];
        edit = { offset: previous.offset + previous.length, length: 0, content: "," + newProperty };
      } else if (parent.children.length === 0) {
        edit = { offset: parent.offset + 1, length: 0, content: newProperty };
      } else {
        edit = { offset: parent.offset + 1, length: 0, content: newProperty + "," };
      }
      return withFormatting(text, edit, options);
    }
  } else if (parent.type === "array" && typeof lastSegment === "number" && Array.isArray(parent.children)) {
    const insertIndex = lastSegment;
    if (insertIndex === -1) {
      const newProperty = `${JSON.stringify(value)}`;
      let edit;
      if (parent.children.length === 0) {
        edit = { offset: parent.offset + 1, length: 0, content: newProperty };
      } else {
        const previous = parent.children[parent.children.length - 1];
        edit = { offset: previous.offset + previous.length, length: 0, content: "," + newProperty };
      }
      return withFormatting(text, edit, options);
    } else if (value === void 0 && parent.children.length >= 0) {
      const removalIndex = lastSegment;
      const toRemove = parent.children[removalIndex];
      let edit;
      if (parent.children.length === 1) {
        edit = { offset: parent.offset + 1, length: parent.length - 2, content: "" };
      } else if (parent.children.length - 1 === removalIndex) {
        let previous = parent.children[removalIndex - 1];
        let offset = previous.offset + previous.length;
        let parentEndOffset = parent.offset + parent.length;
        edit = { offset, length: parentEndOffset - 2 - offset, content: "" };
      } else {
        edit = { offset: toRemove.offset, length: parent.children[removalIndex + 1].offset - toRemove.offset, content: "" };
      }
      return withFormatting(text, edit, options);
    } else if (value !== void 0) {
      let edit;
      const newProperty = `${JSON.stringify(value)}`;
      if (!options.isArrayInsertion && parent.children.length > lastSegment) {
        const toModify = parent.children[lastSegment];
        edit = { offset: toModify.offset, length: toModify.length, content: newProperty };
      } else if (parent.children.length === 0 || lastSegment === 0) {
        edit = { offset: parent.offset + 1, length: 0, content: parent.children.length === 0 ? newProperty : newProperty + "," };
      } else {
        const index = lastSegment > parent.children.length ? parent.children.length : lastSegment;
        const previous = parent.children[index - 1];
        edit = { offset: previous.offset + previous.length, length: 0, content: "," + newProperty };
      }
      return withFormatting(text, edit, options);
    } else {
      throw new Error(`Can not ${value === void 0 ? "remove" : options.isArrayInsertion ? "insert" : "modify"} Array index ${insertIndex} as length is not sufficient`);
    }
  } else {
    throw new Error(`Can not add ${typeof lastSegment !== "number" ? "index" : "property"} to parent of type ${parent.type}`);
  }
}
function withFormatting(text, edit, options) {
  if (!options.formattingOptions) {
    return [edit];
  }
  let newText = applyEdit(text, edit);
  let begin = edit.offset;
  let end = edit.offset + edit.content.length;
  if (edit.length === 0 || edit.content.length === 0) {
    while (begin > 0 && !isEOL(newText, begin - 1)) {
      begin--;
    }
    while (end < newText.length && !isEOL(newText, end)) {
      end++;
    }
  }
  const edits = format3(newText, { offset: begin, length: end - begin }, { ...options.formattingOptions, keepLines: false });
  for (let i = edits.length - 1; i >= 0; i--) {
    const edit2 = edits[i];
    newText = applyEdit(newText, edit2);
    begin = Math.min(begin, edit2.offset);
    end = Math.max(end, edit2.offset + edit2.length);
    end += edit2.content.length - edit2.length;
  }
  const editLength = text.length - (newText.length - end) - begin;
  return [{ offset: begin, length: editLength, content: newText.substring(begin, end) }];
}
function applyEdit(text, edit) {
  return text.substring(0, edit.offset) + edit.content + text.substring(edit.offset + edit.length);
}

// node_modules/jsonc-parser/lib/esm/main.js
var createScanner2 = createScanner;
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parse2 = parse;
var stripComments2 = stripComments;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}
function modify(text, path16, value, options) {
  return setProperty(text, path16, value, options);
}
function applyEdits(text, edits) {
  let sortedEdits = edits.slice(0).sort((a, b) => {
    const diff = a.offset - b.offset;
    if (diff === 0) {
      return a.length - b.length;
    }
    return diff;
  });
  let lastModifiedOffset = text.length;
  for (let i = sortedEdits.length - 1; i >= 0; i--) {
    let e = sortedEdits[i];
    if (e.offset + e.length <= lastModifiedOffset) {
      text = applyEdit(text, e);
    } else {
      throw new Error("Overlapping edit");
    }
    lastModifiedOffset = e.offset;
  }
  return text;
}

// dist/src/config/json-error.js
function blankJsonComments(text) {
  return stripComments2(text, " ");
}
function findJsonSyntaxError(text) {
  const deep = tooDeep(text);
  if (deep !== void 0)
    return { offset: deep, message: `nested more than ${MAX_DEPTH} levels deep` };
  const errors = [];
  parse2(text, errors, { disallowComments: false, allowTrailingComma: false, allowEmptyContent: false });
  const [first] = errors;
  return first && describe(first, text, blankJsonComments(text));
}
var MAX_DEPTH = 1e3;
function tooDeep(text) {
  const scanner = createScanner2(text, true);
  let depth = 0;
  for (scanner.scan(); scanner.getTokenLength() > 0; scanner.scan()) {
    const first = text.charAt(scanner.getTokenOffset());
    if (first === "[" || first === "{") {
      if (++depth > MAX_DEPTH)
        return scanner.getTokenOffset();
    } else if (first === "]" || first === "}") {
      depth--;
    }
  }
  return void 0;
}
function openAt(text, offset) {
  const scanner = createScanner2(text, true);
  const open = [];
  for (scanner.scan(); scanner.getTokenLength() > 0 && scanner.getTokenOffset() < offset; scanner.scan()) {
    const first = text.charAt(scanner.getTokenOffset());
    if (first === "[" || first === "{")
      open.push(first);
    else if (first === "]" || first === "}")
      open.pop();
  }
  return open;
}
function stringError(text, start) {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '"')
      break;
    if (c < " ")
      return { offset: i, message: "line break or control character in string" };
    if (c === "\\") {
      const e = text.charAt(i + 1);
      if (e === "u" ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)) : !'"\\/bfnrt'.includes(e || "x")) {
        return { offset: i, message: "bad escape in string" };
      }
      i += e === "u" ? 5 : 1;
    }
  }
  return { offset: text.length, message: "unterminated string" };
}
function describe(error, text, blanked) {
  const { offset } = error;
  const found = offset >= text.length ? "end of file" : JSON.stringify(text.charAt(offset));
  const at3 = (message) => ({ offset, message });
  const before2 = blanked.slice(0, offset).trimEnd().slice(-1);
  const due = before2 === "[" || before2 === "{" || before2 === ",";
  const open = openAt(text, offset).at(-1);
  const close = open === "{" ? "}" : "]";
  switch (printParseErrorCode(error.error)) {
    case "ValueExpected":
    case "InvalidSymbol":
      return open === void 0 && before2 !== "" ? at3(`unexpected ${found} after the end of the JSON value`) : at3(`unexpected ${found} where a value should be`);
    case "PropertyNameExpected":
      return at3(`expected a double-quoted key, found ${found}`);
    case "ColonExpected":
      return at3(`expected ":" after the key, found ${found}`);
    case "CommaExpected":
      return at3(`expected "," or ${JSON.stringify(close)}, found ${found}`);
    case "CloseBraceExpected":
      return at3(due ? `expected a double-quoted key, found ${found}` : `expected "," or "}", found ${found}`);
    case "CloseBracketExpected":
      return at3(due ? `unexpected ${found} where a value should be` : `expected "," or "]", found ${found}`);
    case "EndOfFileExpected":
      return at3(`unexpected ${found} after the end of the JSON value`);
    case "UnexpectedEndOfString":
    case "InvalidEscapeCharacter":
    case "InvalidUnicode":
    case "InvalidCharacter":
      return stringError(text, text.lastIndexOf('"', offset));
    case "InvalidNumberFormat":
    case "UnexpectedEndOfNumber":
      return at3(`bad number, found ${found}`);
    case "UnexpectedEndOfComment":
      return at3("unterminated comment");
    default:
      return at3(`unexpected ${found}`);
  }
}

// dist/src/text/near.js
function editDistance(a, b) {
  const rows = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const above = rows[i - 1] ?? [];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(d);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? Math.max(a.length, b.length);
}
function nearest(word, candidates, limit = 3) {
  const lower2 = word.toLowerCase();
  const reach = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  return candidates.map((c, i) => ({ c, i, d: editDistance(lower2, c.toLowerCase()) })).filter((x) => x.d <= reach).sort((x, y) => x.d - y.d || x.i - y.i).slice(0, limit).map((x) => x.c);
}
function didYouMean(word, candidates) {
  const near = nearest(word, candidates);
  if (near.length === 0)
    return "";
  const quoted = near.map((n) => JSON.stringify(n));
  return ` (did you mean ${quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}`}?)`;
}

// dist/src/config/schema.js
var stringList = (description) => ({
  type: "array",
  description,
  items: { type: "string", minLength: 1 }
});
var definer = {
  type: "object",
  description: "A command that defines a symbol, e.g. a helper `Set-ProfileFunction -Name X -Body { }`.",
  additionalProperties: false,
  required: ["command", "kind", "nameParameter"],
  properties: {
    command: { type: "string", minLength: 1, description: 'The command name, e.g. "Set-ProfileFunction".' },
    kind: {
      type: "string",
      enum: ["function", "alias", "variable", "env", "drive", "module", "class"],
      description: "What kind of symbol it defines."
    },
    nameParameter: { type: "string", minLength: 1, description: 'The parameter that names the symbol, without "-".' },
    namePosition: {
      type: "integer",
      minimum: 0,
      description: "Position of the name when passed positionally (0-based)."
    },
    targetParameter: {
      type: "string",
      minLength: 1,
      description: "For aliases: the parameter naming the target command."
    },
    bodyParameter: {
      type: "string",
      minLength: 1,
      description: "The parameter holding the body script block (runs later)."
    },
    aliasParameter: {
      type: "string",
      minLength: 1,
      description: "A parameter that also defines aliases for the symbol."
    }
  }
};
var loader = {
  type: "object",
  description: 'A function of the profile that dot-sources files, e.g. `Import-FragmentModule -FragmentRoot $PSScriptRoot -ModulePath @("files", "x.ps1")`.',
  additionalProperties: false,
  required: ["command"],
  properties: {
    command: { type: "string", minLength: 1, description: 'The command name, e.g. "Import-FragmentModule".' },
    rootParameter: {
      type: "string",
      minLength: 1,
      description: 'The parameter holding the folder the path is relative to, without "-". Absent: the path is whole.'
    },
    pathParameter: {
      type: "string",
      minLength: 1,
      description: "The parameter holding the path: a string, or an array of segments joined in order."
    },
    listParameter: {
      type: "string",
      minLength: 1,
      description: 'The parameter holding a list of hashtables, each naming one file under "pathKey".'
    },
    pathKey: {
      type: "string",
      minLength: 1,
      description: 'The hashtable key holding the path (or its segments) in each "listParameter" entry.'
    }
  }
};
var guard = {
  type: "object",
  description: `A helper whose call reads (a guard: Test-FragmentLoaded 'git' reading $gitLoaded) or sets (Set-FragmentLoaded 'git' setting $global:gitLoaded) a global named after its argument. Give "reads", "sets" or both.`,
  additionalProperties: false,
  required: ["command"],
  properties: {
    command: { type: "string", minLength: 1, description: 'The command name, e.g. "Test-FragmentLoaded".' },
    reads: {
      type: "string",
      minLength: 1,
      description: 'The variable it reads, "{name}" standing for the name argument, e.g. "{name}Loaded".'
    },
    sets: {
      type: "string",
      minLength: 1,
      description: 'The global variable it sets, "{name}" standing for the name argument, e.g. "{name}Loaded".'
    },
    nameParameter: {
      type: "string",
      minLength: 1,
      description: 'The parameter carrying the name, without "-" (also read as the first positional). Default "FragmentName".'
    }
  }
};
var deferral = {
  type: "object",
  description: 'What whole-fragment deferral ("lazy": "fragments") may treat as harmless at load time.',
  additionalProperties: false,
  properties: {
    calls: stringList("Helpers a deferred fragment may call at load time: registration helpers, load markers, side-effect-free and record-only helpers (telemetry, caches, the missing-tool register)."),
    guards: {
      type: "array",
      description: 'Guard and "mark loaded" helpers, and the global each reads or sets.',
      items: guard
    },
    startupCalls: stringList(`Helpers whose load-time calls must happen at start-up: a fragment that calls one is not deferred, even when "calls" lists it. E.g. ["Invoke-MissingToolWarning"] keeps tool-gated fragments (and their probes) at start-up, so the profile's missing-tool summary stays complete.`)
  }
};
var CONFIG_SCHEMA = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "fragbundle.schema.json",
  title: "fragbundle configuration",
  description: "fragbundle.config.json: discovered from the current folder upward. Every key is optional.",
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: { type: "string", description: "Path or URL of this schema, for editors." },
    fragments: {
      type: "string",
      minLength: 1,
      description: 'The fragments folder, relative to the config file. Default: "profile.d" when it exists, else ".".'
    },
    include: stringList('Glob patterns of fragment files, relative to the fragments folder. Default ["*.ps1"].'),
    exclude: stringList('Glob patterns to leave out, e.g. ["*-test-*"]. A pattern without "/" matches the file name.'),
    includeHidden: {
      type: "boolean",
      description: `Load hidden files and folders (names starting with "."). Default false: the plain loader's Get-ChildItem skips them without -Force.`
    },
    first: stringList("Fragment names that load first (in this order) whenever their dependencies allow."),
    baseline: {
      description: 'The order a one-by-one loader uses: "name" (Sort-Object Name, the default) or a list of fragment names (the rest follow by name).',
      anyOf: [{ type: "string", enum: ["name"] }, stringList("Fragment names in load order.")]
    },
    definers: {
      type: "array",
      description: "Commands that define symbols, added to the built-in ones.",
      items: definer
    },
    builtinDefiners: { type: "boolean", description: "Use the built-in definer helpers too. Default true." },
    loaders: {
      type: "array",
      description: "Functions of the profile that dot-source files (loader helpers): fragbundle follows and bundles the files their calls name.",
      items: loader
    },
    severity: {
      type: "object",
      description: 'Severity per diagnostic code: "error", "warning", "info" or "off".',
      propertyNames: { type: "string", enum: DIAGNOSTIC_RULES.map((r) => r.code) },
      additionalProperties: { type: "string", enum: ["error", "warning", "info", "off"] }
    },
    output: {
      type: "string",
      minLength: 1,
      description: 'The bundle file, relative to the config file. Default: "profile.bundle.ps1" beside the fragments folder.'
    },
    lazy: {
      type: "string",
      enum: ["auto", "off", "fragments"],
      description: 'Lazy-load functions nothing needs at start-up. Default "auto". "fragments": also defer whole fragments that only define names, until one is first used.'
    },
    deferral,
    timings: { type: "boolean", description: "Record per-fragment load times in the bundle. Default false." },
    staleGuard: {
      type: "boolean",
      description: "At start-up the bundle compares each fragment file's size and modification time with what it was built from, and loads a changed, added or removed fragment as it is now on disk, with one warning. Default true."
    }
  }
};
function validate2(value, schema, at3 = "") {
  if (schema.anyOf) {
    const attempts = schema.anyOf.map((s) => validate2(value, s, at3));
    if (attempts.some((e) => e.length === 0))
      return [];
    const expected = schema.anyOf.map(describe2).join(" or ");
    return [{ path: at3 || "(root)", message: `must be ${expected}` }];
  }
  if (schema.type && !hasType(value, schema.type)) {
    return [{ path: at3 || "(root)", message: `must be ${describe2(schema)}, not ${typeName(value)}` }];
  }
  if (schema.enum && !schema.enum.includes(value)) {
    return [
      { path: at3 || "(root)", message: `must be one of ${schema.enum.map((e) => JSON.stringify(e)).join(", ")}` }
    ];
  }
  const errors = [];
  if (typeof value === "string" && schema.minLength !== void 0 && value.length < schema.minLength) {
    errors.push({ path: at3 || "(root)", message: "must not be empty" });
  }
  if (typeof value === "number" && schema.minimum !== void 0 && value < schema.minimum) {
    errors.push({ path: at3 || "(root)", message: `must be at least ${schema.minimum}` });
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, i) => errors.push(...validate2(item, schema.items, `${at3}[${i}]`)));
  }
  if (isObject(value)) {
    for (const key of schema.required ?? []) {
      if (!Object.hasOwn(value, key))
        errors.push({ path: at3 || "(root)", message: `is missing the required key "${key}"` });
    }
    for (const [key, child] of Object.entries(value)) {
      const childPath = at3 ? `${at3}.${key}` : key;
      if (schema.propertyNames) {
        const [nameError] = validate2(key, schema.propertyNames, childPath);
        if (nameError) {
          const names = schema.propertyNames.enum?.filter((n) => typeof n === "string") ?? [];
          const hint = didYouMean(key, names);
          errors.push({
            path: childPath,
            message: hint ? `is not a known key${hint}` : `is not a known key (${nameError.message})`
          });
          continue;
        }
      }
      const known = schema.properties?.[key];
      if (known)
        errors.push(...validate2(child, known, childPath));
      else if (schema.additionalProperties === false)
        errors.push({
          path: childPath,
          message: `is not a known key${didYouMean(key, Object.keys(schema.properties ?? {}))}`
        });
      else if (typeof schema.additionalProperties === "object") {
        errors.push(...validate2(child, schema.additionalProperties, childPath));
      }
    }
  }
  return errors;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function hasType(value, type) {
  switch (type) {
    case "object":
      return isObject(value);
    case "array":
      return Array.isArray(value);
    case "integer":
      return Number.isInteger(value);
    default:
      return typeof value === type;
  }
}
function describe2(schema) {
  if (schema.enum && schema.enum.length === 1)
    return JSON.stringify(schema.enum[0]);
  switch (schema.type) {
    case "array":
      return schema.items?.type ? `an array of ${schema.items.type}s` : "an array";
    case "object":
      return "an object";
    case "integer":
      return "an integer";
    case void 0:
      return "a value";
    default:
      return `a ${schema.type}`;
  }
}
function typeName(value) {
  if (value === null)
    return "null";
  if (Array.isArray(value))
    return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

// dist/src/config/load-config.js
var CONFIG_FILE = "fragbundle.config.json";
var LOADER_CONFIG_FILE = ".profile-fragments.json";
var ConfigError = class extends Error {
  diagnostics;
  constructor(diagnostics) {
    super(diagnostics.map((d) => d.message).join("\n"));
    this.name = "ConfigError";
    this.diagnostics = diagnostics;
  }
};
function findConfig(start) {
  let dir = path7.resolve(start);
  for (; ; ) {
    const candidate = path7.join(dir, CONFIG_FILE);
    if (existsSync(candidate))
      return candidate;
    const parent = path7.dirname(dir);
    if (parent === dir)
      return void 0;
    dir = parent;
  }
}
function resolveConfig(overrides) {
  checkOverrides(overrides);
  const configPath = overrides.config ? path7.resolve(overrides.cwd, overrides.config) : findConfig(overrides.cwd);
  if (overrides.config && !existsSync(configPath)) {
    throw new ConfigError([
      diagnostic("CONFIG_INVALID", `${overrides.config}: config file not found`, { file: overrides.config })
    ]);
  }
  const file = configPath ? readConfigFile(configPath) : {};
  const base = configPath ? path7.dirname(configPath) : overrides.cwd;
  const fragmentsDir = overrides.dir ? path7.resolve(overrides.cwd, overrides.dir) : file.fragments ? path7.resolve(base, file.fragments) : defaultFragmentsDir(base, overrides.cwd);
  const output = overrides.output ? path7.resolve(overrides.cwd, overrides.output) : file.output ? path7.resolve(base, file.output) : path7.join(path7.dirname(fragmentsDir), "profile.bundle.ps1");
  checkOutsideFragments(overrides.cwd, fragmentsDir, output, overrides.output ? "--output" : file.output ? `${CONFIG_FILE} output` : "output");
  const loader2 = readLoaderConfig(fragmentsDir);
  let environment;
  if (overrides.env !== void 0) {
    const listed2 = loader2?.config.environments;
    if (listed2 && !Object.hasOwn(listed2, overrides.env)) {
      const known = Object.keys(listed2).sort().join(", ") || "(none)";
      throw new ConfigError([
        diagnostic("CONFIG_INVALID", `--env ${overrides.env}: no such environment in ${LOADER_CONFIG_FILE} (known: ${known})`, {
          file: loader2.path
        })
      ]);
    }
    environment = listed2 ? { name: overrides.env, fragments: listed2[overrides.env] } : { name: overrides.env };
  }
  const resolved = {
    fragmentsDir,
    include: file.include ?? ["*.ps1"],
    exclude: file.exclude ?? [],
    includeHidden: file.includeHidden ?? false,
    first: file.first ?? [],
    baseline: file.baseline ?? loader2?.config.loadOrder ?? "name",
    definers: file.definers ?? [],
    builtinDefiners: file.builtinDefiners ?? true,
    loaders: file.loaders ?? [],
    severity: file.severity ?? {},
    output,
    lazy: overrides.lazy ?? file.lazy ?? "auto",
    timings: overrides.timings ?? file.timings ?? false,
    staleGuard: overrides.staleGuard ?? file.staleGuard ?? true,
    deferral: {
      calls: file.deferral?.calls ?? [],
      guards: file.deferral?.guards ?? [],
      // Only when given: the bundle's options (and so its input hash) stay as they were without it.
      ...file.deferral?.startupCalls?.length ? { startupCalls: file.deferral.startupCalls } : {}
    },
    disabled: loader2?.config.disabled ?? []
  };
  return {
    ...resolved,
    ...configPath ? { configPath } : {},
    ...environment ? { environment } : {},
    ...loader2 ? { loaderConfigPath: loader2.path } : {},
    ...file.baseline !== void 0 && configPath ? { baselineFrom: configPath } : loader2?.config.loadOrder ? { baselineFrom: loader2.path } : {}
  };
}
var OPTION_NAMES = {
  dir: "the folder argument",
  config: "--config",
  output: "--output",
  lazy: "--lazy",
  env: "--env"
};
function checkOverrides(overrides) {
  const problems = [];
  for (const [key, name] of Object.entries(OPTION_NAMES)) {
    const value = overrides[key];
    if (value === void 0)
      continue;
    if (Array.isArray(value)) {
      problems.push(diagnostic("CONFIG_INVALID", `${name} was given ${value.length} times; give it once`));
    } else if (typeof value !== "string") {
      problems.push(diagnostic("CONFIG_INVALID", `${name} must be a text value, not ${typeof value}`));
    } else if (value.trim() === "") {
      problems.push(diagnostic("CONFIG_INVALID", `${name} needs a value; it was empty`));
    }
  }
  const timings = overrides.timings;
  if (Array.isArray(timings))
    problems.push(diagnostic("CONFIG_INVALID", "--timings was given more than once"));
  const staleGuard = overrides.staleGuard;
  if (Array.isArray(staleGuard))
    problems.push(diagnostic("CONFIG_INVALID", "--stale-guard was given more than once"));
  if (problems.length > 0)
    throw new ConfigError(problems);
}
function defaultFragmentsDir(base, cwd) {
  const conventional = path7.join(base, "profile.d");
  try {
    if (statSync(conventional).isDirectory())
      return conventional;
  } catch {
  }
  throw new ConfigError([
    diagnostic("CONFIG_INVALID", `no fragments folder: ${displayDir(cwd, conventional)} does not exist. Name the folder (fragbundle build <folder>), set "fragments" in ${CONFIG_FILE}, or run fragbundle init`)
  ]);
}
function displayDir(cwd, dir) {
  const rel = path7.relative(cwd, dir);
  return rel === "" ? "." : rel.startsWith("..") || path7.isAbsolute(rel) ? dir : `./${rel.split(path7.sep).join("/")}`;
}
function checkOutsideFragments(cwd, fragmentsDir, output, source) {
  const rel = path7.relative(fragmentsDir, output);
  if (rel === "" || rel.startsWith("..") || path7.isAbsolute(rel))
    return;
  throw new ConfigError([
    diagnostic("CONFIG_INVALID", `${source}: the bundle ${displayDir(cwd, output)} would be inside the fragments folder ${displayDir(cwd, fragmentsDir)}, where a later build takes it as a fragment; write it beside the folder (the default) or elsewhere`)
  ]);
}
function readConfigFile(file) {
  const value = readJson(file);
  const errors = [...validate2(value, CONFIG_SCHEMA), ...guardErrors(value)];
  if (errors.length > 0) {
    throw new ConfigError(errors.map((e) => diagnostic("CONFIG_INVALID", `${path7.basename(file)}: ${e.path} ${e.message}`, { file })));
  }
  return value;
}
function guardErrors(value) {
  const guards = value?.deferral?.guards;
  if (!Array.isArray(guards))
    return [];
  return guards.flatMap((g, i) => typeof g === "object" && g !== null && !("reads" in g) && !("sets" in g) ? [{ path: `deferral.guards[${i}]`, message: 'needs "reads" or "sets" (or both)' }] : []);
}
var LOADER_SCHEMA = {
  type: "object",
  properties: {
    disabled: { type: "array", items: { type: "string" } },
    loadOrder: { type: "array", items: { type: "string" } },
    environments: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } }
  }
};
function readLoaderConfig(fragmentsDir) {
  const file = path7.join(fragmentsDir, LOADER_CONFIG_FILE);
  if (!existsSync(file))
    return void 0;
  const value = readJson(file);
  const errors = validate2(value, LOADER_SCHEMA);
  if (errors.length > 0) {
    throw new ConfigError(errors.map((e) => diagnostic("CONFIG_INVALID", `${LOADER_CONFIG_FILE}: ${e.path} ${e.message}`, { file })));
  }
  return { path: file, config: value };
}
function readJson(file) {
  let text;
  try {
    text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  } catch (error) {
    throw new ConfigError([
      diagnostic("CONFIG_INVALID", `${path7.basename(file)}: cannot read: ${describeReadError(error)}`, { file })
    ]);
  }
  try {
    return JSON.parse(blankJsonComments(text));
  } catch (error) {
    const found = findJsonSyntaxError(text);
    const message = found?.message ?? firstLine(error instanceof Error ? error.message : String(error));
    throw new ConfigError([
      diagnostic("CONFIG_INVALID", `${path7.basename(file)}: invalid JSON: ${message}`, {
        file,
        ...new LineIndex(text).position(found?.offset ?? text.length)
      })
    ]);
  }
}
function firstLine(message) {
  const [first = ""] = message.split(/\r?\n/);
  return first.replace(/ in JSON at position \d+.*$/, "");
}

// dist/src/report/text.js
function summaryLine(diagnostics) {
  const c = countBySeverity(diagnostics);
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  return `${plural(c.error, "error")}, ${plural(c.warning, "warning")}, ${c.info} info`;
}
function showPaths(diagnostics, show) {
  return diagnostics.map((d) => ({
    ...d,
    ...d.file !== void 0 ? { file: show(d.file) } : {},
    ...d.related ? { related: d.related.map((r) => ({ ...r, file: show(r.file) })) } : {}
  }));
}
function underRoot(root) {
  return (file) => root === "." || file.startsWith("/") || /^[A-Za-z]:[\\/]/.test(file) ? file : `${root}/${file}`;
}
function formatDiagnostics(diagnostics) {
  const lines = [];
  for (const d of diagnostics) {
    lines.push(formatDiagnostic(d));
    for (const r of d.related ?? [])
      lines.push(`    ${r.file}:${r.line}:${r.column}: ${r.message}`);
  }
  return lines.join("\n");
}
function reportText(analysis) {
  const { graph, fragments, symbols, plan } = analysis;
  const out = [];
  out.push(`fragbundle: ${fragments.length} fragments in ${analysis.root}, ${graph.edges.length} load-order edges, ${graph.levels.length} levels`);
  out.push("", "Levels (fragments in one level do not depend on each other):");
  graph.levels.forEach((level, i) => out.push(`  ${String(i + 1).padStart(2)}: ${level.join(", ")}`));
  out.push("", `Findings (${summaryLine(analysis.diagnostics)}):`);
  out.push(analysis.diagnostics.length === 0 ? "  none" : indent(formatDiagnostics(showPaths(analysis.diagnostics, underRoot(analysis.root)))));
  const baseline = fragments.map((f) => f.id);
  const moved = graph.order.some((id, i) => baseline[i] !== id);
  out.push("", moved ? "Load order (differs from the baseline order):" : "Load order (same as the baseline order):");
  out.push(indent(graph.order.join(", ")));
  out.push("", "Fragments:");
  const needs = /* @__PURE__ */ new Map();
  for (const e of graph.edges)
    needs.set(e.to, [...needs.get(e.to) ?? [], e.from]);
  const planned = new Map(plan.entries.map((e) => [e.fragment, e]));
  const width = fragments.reduce((w, f) => Math.max(w, f.path.length), 0);
  symbols.forEach((s, i) => {
    const f = at(fragments, i);
    const entry = planned.get(f.id);
    const count = entry?.mode === "lazy" ? ` (${entry.stubs.length} stubs)` : entry?.mode === "deferred" ? ` (${entry.deferredStubs.length} stubs)` : "";
    const mode = entry ? `${entry.mode}${count}` : "eager";
    const deps = needs.get(f.id) ?? [];
    out.push(`  ${f.path.padEnd(width)}  ${mode.padEnd(16)} defines ${String(s.defines.length).padStart(3)}, uses ${String(s.references.length).padStart(3)}` + (deps.length > 0 ? `; after ${deps.join(", ")}` : ""));
    if (entry?.deferredStubs)
      out.push(`      stubs: ${entry.deferredStubs.map((d) => d.name).join(", ")}`);
    const kept = entry?.keptEagerBy;
    if (kept)
      out.push(`      runs at start-up: ${kept.file}:${kept.line}:${kept.column}: ${kept.why}`);
  });
  out.push("", summaryLine(analysis.diagnostics));
  return { output: `${out.join("\n")}
`, exitCode: analysis.diagnostics.some((d) => d.severity === "error") ? 1 : 0 };
}
function indent(text) {
  return text.split("\n").map((l) => `  ${l}`).join("\n");
}

// dist/src/cli/run.js
function analyzeOptions(args, cwd) {
  const cacheDir = args.cache === false ? void 0 : path8.resolve(cwd, args.cacheDir ?? defaultCacheDir());
  return {
    cwd,
    ...cacheDir !== void 0 ? { cacheDir } : {},
    ...args.progress ? { progress: args.progress } : {}
  };
}
async function analyzeArgs(args) {
  const cwd = args.cwd ?? process.cwd();
  const config = resolveConfig({ ...args, cwd });
  const analysis = await analyzeProfile(config, analyzeOptions(args, cwd));
  return { config, analysis, cwd };
}
var ok = (stdout, exitCode = 0, stderr = "") => ({
  stdout,
  stderr,
  exitCode
});
function findingsFor(diagnostics, quiet, show) {
  const shown2 = diagnostics.filter((d) => d.severity === "error" || !quiet && d.severity === "warning");
  return shown2.length === 0 ? "" : `${formatDiagnostics(showPaths(shown2, show))}
`;
}
function fileShower(cwd, fragmentsDir) {
  return (file) => displayPath(cwd, path8.isAbsolute(file) ? file : path8.join(fragmentsDir, file));
}
function commandMemo(command2, args, cacheDir, config, loaded, parts) {
  if (cacheDir === void 0 || args.hooks !== void 0)
    return void 0;
  const code = codeIdentity();
  const shown2 = Object.entries(args).filter(([k]) => !["progress", "hooks", "cache", "cacheDir", "cache-dir", "$0", "cwd"].includes(k)).sort(([x], [y]) => x < y ? -1 : x > y ? 1 : 0);
  const key = (target) => memoKey(code, loaded, target, [command2, shown2, config, ...parts]);
  return {
    lookup: (target) => readMemo(cacheDir, config.fragmentsDir, command2, key(target)),
    store: (target, result, inputs) => {
      writeMemo(cacheDir, config.fragmentsDir, command2, key(target), result, inputs);
    }
  };
}

// dist/src/report/github.js
var COMMAND = { error: "error", warning: "warning", info: "notice" };
var GITHUB_ANNOTATION_LIMIT = 10;
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function cell(s) {
  return s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}
function reportGithub(diagnostics, toRepoPath, title) {
  const lines = [];
  const shown2 = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) {
    if (shown2[d.severity] >= GITHUB_ANNOTATION_LIMIT)
      continue;
    shown2[d.severity]++;
    const props = [
      ...d.file !== void 0 ? [`file=${escapeProperty(toRepoPath(d.file))}`] : [],
      ...d.line !== void 0 ? [`line=${d.line}`] : [],
      ...d.column !== void 0 ? [`col=${d.column}`] : [],
      `title=${escapeProperty(d.code)}`
    ];
    lines.push(`::${COMMAND[d.severity]} ${props.join(",")}::${escapeData(d.message)}`);
  }
  const hidden = diagnostics.length - (shown2.error + shown2.warning + shown2.info);
  if (hidden > 0)
    lines.push(`fragbundle: ${hidden} more finding(s) not annotated (GitHub shows ${GITHUB_ANNOTATION_LIMIT} per severity); see the step summary`);
  lines.push(`fragbundle: ${summaryLine(diagnostics)}`);
  const md = [`## ${title}`, "", summaryLine(diagnostics), ""];
  if (diagnostics.length > 0) {
    md.push("| severity | code | where | message |", "| --- | --- | --- | --- |");
    for (const d of diagnostics) {
      const where = d.file !== void 0 ? `${toRepoPath(d.file)}:${d.line ?? 1}:${d.column ?? 1}` : "";
      md.push(`| ${d.severity} | ${d.code} | ${cell(where)} | ${cell(d.message)} |`);
    }
    md.push("");
  }
  return {
    output: `${lines.join("\n")}
`,
    exitCode: diagnostics.some((d) => d.severity === "error") ? 1 : 0,
    summary: `${md.join("\n")}
`
  };
}

// dist/src/report/json.js
var JSON_FORMAT_VERSION = 1;
function toJsonDocument(analysis) {
  const { graph, plan } = analysis;
  const planByFragment = new Map(plan.entries.map((e) => [e.fragment, e]));
  const diagnosticsByFile = /* @__PURE__ */ new Map();
  for (const d of analysis.diagnostics) {
    if (d.file === void 0)
      continue;
    const list = diagnosticsByFile.get(d.file) ?? [];
    list.push(d);
    diagnosticsByFile.set(d.file, list);
  }
  const hazardCodes = new Set(graph.hazards.map((h) => h.code));
  return {
    version: JSON_FORMAT_VERSION,
    tool: { name: "fragbundle", version: TOOL_VERSION },
    root: analysis.root,
    fragments: analysis.fragments.map((f, i) => {
      const s = at(analysis.symbols, i);
      const entry = planByFragment.get(f.id);
      return {
        id: f.id,
        path: f.path,
        hash: f.hash,
        encoding: f.encoding,
        baselineIndex: f.order,
        mode: entry?.mode ?? "eager",
        modeReason: entry?.reason ?? "",
        stubs: entry?.stubs ?? [],
        ...entry?.deferredStubs ? { deferredStubs: entry.deferredStubs } : {},
        ...entry?.keptEagerBy ? { keptEagerBy: entry.keptEagerBy } : {},
        defines: s.defines,
        references: s.references,
        sideEffects: s.sideEffects,
        directives: publicDirectives(s.directives),
        hasSyntaxErrors: s.hasSyntaxErrors,
        subFiles: s.subFiles ?? [],
        diagnostics: [f.path, ...(s.subFiles ?? []).map((l) => l.path)].flatMap((p) => diagnosticsByFile.get(p) ?? [])
      };
    }),
    order: graph.order,
    levels: graph.levels,
    edges: graph.edges,
    runtimeUses: graph.runtimeUses,
    cycles: graph.cycles,
    hazards: analysis.diagnostics.filter((d) => hazardCodes.has(d.code)),
    diagnostics: analysis.diagnostics,
    summary: {
      fragments: analysis.fragments.length,
      edges: graph.edges.length,
      ...countBySeverity(analysis.diagnostics)
    }
  };
}
function publicDirectives(d) {
  return {
    dependencies: d.dependencies,
    requiresFragments: d.requiresFragments,
    ...d.tier !== void 0 ? { tier: d.tier } : {},
    environments: d.environments,
    requires: d.requires.map(({ text, line, column }) => ({ text, line, column })),
    usings: d.usings.map(({ text, line, column }) => ({ text, line, column })),
    returns: d.returns,
    exits: d.exits.map(({ line, column }) => ({ line, column })),
    loopExits: d.loopExits.map(({ line, column, keyword, label }) => ({
      line,
      column,
      keyword,
      ...label !== void 0 ? { label } : {}
    })),
    scriptPathUses: d.scriptPathUses.map(({ name, line, column, phase, inString, members }) => ({
      name,
      line,
      column,
      phase,
      inString,
      ...members !== void 0 ? { members } : {}
    })),
    dotSources: d.dotSources.map(({ raw, targets, walk, dynamic, line, column, phase, conditional, guarded }) => ({
      raw,
      ...targets?.length === 1 ? { resolved: targets[0] } : {},
      ...targets !== void 0 ? { targets } : {},
      ...walk !== void 0 ? { walk } : {},
      ...dynamic !== void 0 ? { dynamic } : {},
      line,
      column,
      phase,
      conditional,
      guarded
    })),
    hasParamBlock: d.hasParamBlock,
    suppressions: d.suppressions
  };
}
function reportJson(analysis) {
  return {
    output: `${JSON.stringify(toJsonDocument(analysis), null, 2)}
`,
    exitCode: analysis.diagnostics.some((d) => d.severity === "error") ? 1 : 0
  };
}

// dist/src/report/sarif.js
import { createHash as createHash4 } from "node:crypto";
var LEVEL = {
  error: "error",
  warning: "warning",
  info: "note"
};
function location(file, line, column, ctx) {
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeURI(ctx.toRepoPath(file)), uriBaseId: "%SRCROOT%" },
      ...line !== void 0 ? { region: { startLine: line, startColumn: column ?? 1 } } : {}
    }
  };
}
function toSarif(diagnostics, ctx, url = TOOL_URL) {
  const ruleIndex = new Map(DIAGNOSTIC_RULES.map((r, i) => [r.code, i]));
  const seen = /* @__PURE__ */ new Map();
  const results = diagnostics.map((d) => {
    const file = d.file;
    const repoPath = file === void 0 ? "" : ctx.toRepoPath(file);
    const text = file !== void 0 && d.line !== void 0 ? ctx.lineText(file, d.line) ?? "" : "";
    const base = `${d.code}\0${repoPath}\0${text.trim()}`;
    const occurrence = (seen.get(base) ?? 0) + 1;
    seen.set(base, occurrence);
    const fingerprint = createHash4("sha256").update(`${base}\0${occurrence}`).digest("hex").slice(0, 32);
    return {
      ruleId: d.code,
      ruleIndex: ruleIndex.get(d.code),
      level: LEVEL[d.severity],
      message: { text: d.message },
      ...file !== void 0 ? { locations: [location(file, d.line, d.column, ctx)] } : {},
      ...d.related && d.related.length > 0 ? {
        relatedLocations: d.related.map((r, id) => ({
          id,
          ...location(r.file, r.line, r.column, ctx),
          message: { text: r.message }
        }))
      } : {},
      partialFingerprints: { "fragbundle/v1": fingerprint }
    };
  });
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "fragbundle",
            version: TOOL_VERSION,
            ...url !== void 0 ? { informationUri: url } : {},
            semanticVersion: TOOL_VERSION,
            rules: DIAGNOSTIC_RULES.map((r) => ({
              id: r.code,
              name: r.code.toLowerCase().split("_").map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(""),
              shortDescription: { text: r.summary },
              fullDescription: { text: r.summary },
              // A relative helpUri would resolve against the user's repository: only an absolute one,
              // where the host's file layout is known.
              ...url !== void 0 && /^https:\/\/(github\.com|gitlab\.com|codeberg\.org)\//.test(url) ? { helpUri: `${url}/blob/HEAD/docs/diagnostics.md#${r.code.toLowerCase()}` } : {},
              help: {
                text: r.help,
                markdown: `${r.help}

fragbundle's diagnostics documentation describes \`${r.code}\`.`
              },
              defaultConfiguration: { level: LEVEL[r.severity] }
            }))
          }
        },
        columnKind: "utf16CodeUnits",
        results
      }
    ]
  };
}
function reportSarif(diagnostics, ctx) {
  return {
    output: `${JSON.stringify(toSarif(diagnostics, ctx), null, 2)}
`,
    exitCode: diagnostics.some((d) => d.severity === "error") ? 1 : 0
  };
}

// dist/src/report/check.js
function reportCheck(input) {
  const { analysis, diagnostics, toRepoPath, lineText } = input;
  const bundleFile = input.bundle.path;
  const status = input.bundle.status;
  const exitCode = diagnostics.some((d) => d.severity === "error") ? 1 : 0;
  switch (input.format) {
    case "sarif": {
      const r = reportSarif(diagnostics, { toRepoPath, lineText });
      return { output: r.output, exitCode };
    }
    case "github": {
      const r = reportGithub(diagnostics, toRepoPath, `fragbundle check: ${analysis.root}`);
      return { output: r.output, exitCode, summary: r.summary };
    }
    case "json": {
      const doc = {
        version: JSON_FORMAT_VERSION,
        tool: { name: "fragbundle", version: TOOL_VERSION },
        root: analysis.root,
        bundle: { path: bundleFile, status },
        order: analysis.graph.order,
        baselineOrderValid: !analysis.graph.order.some((id, i) => at(analysis.fragments, i).id !== id),
        diagnostics: diagnostics.map((d) => ({ ...d, ...d.file !== void 0 ? { file: toRepoPath(d.file) } : {} })),
        summary: { fragments: analysis.fragments.length, ...countBySeverity(diagnostics) }
      };
      return { output: `${JSON.stringify(doc, null, 2)}
`, exitCode };
    }
    case "text": {
      const shown2 = showPaths(diagnostics, input.toShownPath);
      const body = shown2.length > 0 ? `${groupByFile(shown2)}

` : "";
      const verdict = exitCode === 0 ? "ok" : "FAILED";
      const what = input.orderOnly ? "order" : `order and bundle ${bundleFile} (${status})`;
      return {
        output: `${body}fragbundle check ${verdict}: ${analysis.fragments.length} fragments, ${what}; ${summaryLine(diagnostics)}
`,
        exitCode
      };
    }
  }
}
function groupByFile(diagnostics) {
  const groups = [];
  let current = [];
  for (const d of diagnostics) {
    if (current.length > 0 && at(current, 0).file !== d.file) {
      groups.push(formatDiagnostics(current));
      current = [];
    }
    current.push(d);
  }
  if (current.length > 0)
    groups.push(formatDiagnostics(current));
  return groups.join("\n\n");
}

// dist/src/cli/commands/suggest-order.js
import { readdirSync as readdirSync4, readFileSync as readFileSync6, realpathSync as realpathSync2 } from "node:fs";
import path9 from "node:path";

// dist/src/config/rewrite-list.js
function setTopLevelList(text, key, list) {
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const body = text.slice(bom.length);
  const indent2 = /^([ \t]+)"/m.exec(body)?.[1] ?? "  ";
  const edits = modify(body, [key], list, {
    formattingOptions: {
      insertSpaces: !indent2.startsWith("	"),
      tabSize: indent2.startsWith("	") ? 1 : indent2.length,
      eol: body.includes("\r\n") ? "\r\n" : "\n"
    }
  });
  return bom + applyEdits(body, edits);
}

// dist/src/io/git.js
import { execFileSync } from "node:child_process";
function git(cwd, args) {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return void 0;
  }
}
function gitTopLevel(dir) {
  const out = git(dir, ["rev-parse", "--show-toplevel"]);
  return out === void 0 ? void 0 : out.replace(/\r?\n$/, "") || void 0;
}
function gitTrackedFiles(top2, dir) {
  const out = git(top2, ["ls-files", "-z", "--full-name", "--", dir]);
  return new Set(out === void 0 ? [] : out.split("\0").filter((p) => p !== ""));
}
function gitMove(top2, from, to) {
  try {
    execFileSync("git", ["mv", "--", from, to], { cwd: top2, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    const stderr = error.stderr?.trim();
    throw new Error(stderr || (error instanceof Error ? error.message : String(error)));
  }
}

// dist/src/io/rename-no-clobber.js
import { existsSync as existsSync2, linkSync, renameSync, unlinkSync } from "node:fs";
function renameNoClobber(from, to) {
  try {
    linkSync(from, to);
  } catch (error) {
    const code = error.code;
    if (code === "EEXIST")
      throw new Error(`${to} already exists`);
    if (!["EPERM", "ENOTSUP", "EXDEV", "EMLINK", "ENOSYS", "EOPNOTSUPP"].includes(code ?? ""))
      throw error;
    if (existsSync2(to))
      throw new Error(`${to} already exists`);
    renameSync(from, to);
    return;
  }
  unlinkSync(from);
}

// dist/src/pipeline/reorder.js
function closestValidOrders(ids, edges) {
  const forward = stableTopological(ids, edges, false);
  if (!forward)
    return void 0;
  const backward = stableTopological(ids, edges, true);
  const best = keptMost(ids, edges);
  const chain2 = best.slice(1).map((k, i) => ({ from: ids[best[i]], to: ids[k] }));
  const most = stableTopological(ids, [...edges, ...chain2], false);
  const rank = new Map(ids.map((id, i) => [id, i]));
  const keep = (order) => longestIncreasing(order.map((id) => rank.get(id))).length;
  return [most, ...keep(backward) > keep(forward) ? [backward, forward] : [forward, backward]];
}
function keptMost(ids, edges) {
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const next = ids.map(() => []);
  for (const e of edges) {
    const a = index.get(e.from);
    const b = index.get(e.to);
    if (a !== void 0 && b !== void 0 && a !== b)
      next[a].push(b);
  }
  const conflict = ids.map((_, x) => {
    const seen = new Uint8Array(n);
    const stack = [x];
    const out = [];
    while (stack.length > 0) {
      for (const y of next[stack.pop()]) {
        if (seen[y])
          continue;
        seen[y] = 1;
        stack.push(y);
        if (y < x)
          out.push(y);
      }
    }
    return out;
  });
  const matchOfRight = new Array(n).fill(-1);
  const matchOfLeft = new Array(n).fill(-1);
  for (let x = 0; x < n; x++) {
    const visited = new Uint8Array(n);
    const augment = (u) => {
      for (const y of conflict[u]) {
        if (visited[y])
          continue;
        visited[y] = 1;
        if (matchOfRight[y] === -1 || augment(matchOfRight[y])) {
          matchOfRight[y] = u;
          matchOfLeft[u] = y;
          return true;
        }
      }
      return false;
    };
    augment(x);
  }
  const leftZ = new Uint8Array(n);
  const rightZ = new Uint8Array(n);
  const queue = [];
  for (let x = 0; x < n; x++) {
    if (matchOfLeft[x] === -1) {
      leftZ[x] = 1;
      queue.push(x);
    }
  }
  while (queue.length > 0) {
    const u = queue.shift();
    for (const y of conflict[u]) {
      if (rightZ[y])
        continue;
      rightZ[y] = 1;
      const back = matchOfRight[y];
      if (back !== -1 && !leftZ[back]) {
        leftZ[back] = 1;
        queue.push(back);
      }
    }
  }
  const kept = [];
  for (let x = 0; x < n; x++)
    if (leftZ[x] && !rightZ[x])
      kept.push(x);
  return kept;
}
function stableTopological(ids, edges, backward) {
  const index = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const next = ids.map(() => []);
  const waiting = new Array(n).fill(0);
  for (const e of edges) {
    const a = index.get(backward ? e.to : e.from);
    const b = index.get(backward ? e.from : e.to);
    if (a === void 0 || b === void 0 || a === b)
      continue;
    next[a].push(b);
    waiting[b]++;
  }
  const ready = [];
  const insert = (i) => {
    let lo = 0;
    let hi = ready.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (ready[mid] < i)
        lo = mid + 1;
      else
        hi = mid;
    }
    ready.splice(lo, 0, i);
  };
  waiting.forEach((w, i) => {
    if (w === 0)
      insert(i);
  });
  const out = [];
  while (ready.length > 0) {
    const i = backward ? ready.pop() : ready.shift();
    out.push(i);
    for (const j of next[i])
      if (--waiting[j] === 0)
        insert(j);
  }
  if (out.length < n)
    return void 0;
  if (backward)
    out.reverse();
  return out.map((i) => ids[i]);
}
function longestIncreasing(xs) {
  const tails = [];
  const before2 = new Array(xs.length).fill(-1);
  xs.forEach((x, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (xs[tails[mid]] < x)
        lo = mid + 1;
      else
        hi = mid;
    }
    if (lo > 0)
      before2[i] = tails[lo - 1];
    tails[lo] = i;
  });
  const out = [];
  for (let i = tails.length > 0 ? tails[tails.length - 1] : -1; i >= 0; i = before2[i])
    out.push(i);
  return out.reverse();
}
function splitName(name) {
  const m = /^(\d+)([-_. ]*)(.*)$/.exec(name);
  return m ? { digits: m[1], sep: m[2], rest: m[3] } : { sep: "", rest: name };
}
var dirOf = (p) => p.includes("/") ? p.slice(0, p.lastIndexOf("/") + 1) : "";
var baseOf = (p) => p.slice(dirOf(p).length);
function prefixCandidates(low, high, count) {
  const width = Math.max(low?.length ?? 0, high?.length ?? 0, 2);
  const top2 = 10 ** width;
  const lo = low === void 0 ? -1 : Number(low);
  const hi = high === void 0 ? top2 : Number(high);
  const out = [];
  const pad = (v, w) => String(v).padStart(w, "0");
  if (high === void 0 && low !== void 0) {
    const start = Math.floor(lo / 10) * 10 + 10;
    if (start + (count - 1) * 10 < top2)
      out.push(Array.from({ length: count }, (_, k) => pad(start + k * 10, width)));
  }
  if (hi - lo - 1 >= count) {
    const step = (hi - lo) / (count + 1);
    out.push(Array.from({ length: count }, (_, k) => pad(Math.round(lo + step * (k + 1)), width)));
  }
  if (low !== void 0) {
    for (const digits of [1, 2]) {
      const room = 10 ** digits;
      if (count > room - 1)
        continue;
      const step = room / (count + 1);
      out.push(Array.from({ length: count }, (_, k) => low + pad(Math.round(step * (k + 1)), digits)));
    }
  }
  return out;
}
function planRenames(paths, ids, edges, compare, taken) {
  const orders = closestValidOrders(ids, edges);
  if (!orders)
    return void 0;
  let failed = "";
  for (const order2 of orders) {
    const planned = renamesFor(order2, paths, ids, compare, taken);
    if (typeof planned !== "string")
      return { order: order2, renames: planned, valid: sortsTo(order2, paths, ids, planned, compare) };
    failed ||= planned;
  }
  const order = orders[0];
  const pathOf = new Map(ids.map((id, i) => [id, paths[i]]));
  const renames = renumberAll(order.map((id) => pathOf.get(id)));
  return { order, renames, renumbered: failed, valid: sortsTo(order, paths, ids, renames, compare) };
}
function sortsTo(order, paths, ids, renames, compare) {
  const renamed = new Map(renames.map((r) => [r.from, r.to]));
  const idOf = new Map(paths.map((p, i) => [renamed.get(p) ?? p, ids[i]]));
  const sorted = [...idOf.keys()].sort(compare).map((p) => idOf.get(p));
  return sorted.every((id, i) => id === order[i]);
}
function renamesFor(order, paths, ids, compare, taken) {
  const rank = new Map(ids.map((id, i) => [id, i]));
  const pathOf = new Map(ids.map((id, i) => [id, paths[i]]));
  const kept = new Set(longestIncreasing(order.map((id) => rank.get(id))).map((k2) => order[k2]));
  const used = new Set(taken);
  const renames = [];
  let k = 0;
  while (k < order.length) {
    if (kept.has(order[k])) {
      k++;
      continue;
    }
    let end = k;
    while (end < order.length && !kept.has(order[end]))
      end++;
    const run = order.slice(k, end).map((id) => pathOf.get(id));
    const lower2 = k > 0 ? pathOf.get(order[k - 1]) : void 0;
    const upper = end < order.length ? pathOf.get(order[end]) : void 0;
    const names = fitBetween(lower2, upper, run, compare, used);
    if (!names)
      return `${lower2 ?? "(start)"} and ${upper ?? "(end)"}`;
    names.forEach((to, i) => {
      used.add(to.toLowerCase());
      renames.push({ from: run[i], to });
    });
    k = end;
  }
  return renames;
}
function fitBetween(lower2, upper, run, compare, used) {
  const prefixOf = (p, dir2) => p !== void 0 && dirOf(p) === dir2 ? splitName(baseOf(p)).digits : void 0;
  const dir = dirOf(run[0]);
  const low = prefixOf(lower2, dir);
  const high = prefixOf(upper, dir);
  for (const prefixes of prefixCandidates(low, high, run.length)) {
    const names = run.map((p, i) => {
      const { sep, rest } = splitName(baseOf(p));
      return `${dirOf(p)}${prefixes[i]}${sep || "-"}${rest}`;
    });
    const chain2 = [...lower2 !== void 0 ? [lower2] : [], ...names, ...upper !== void 0 ? [upper] : []];
    const sorted = chain2.every((name, i) => i === 0 || compare(chain2[i - 1], name) < 0);
    if (sorted && names.every((n) => !used.has(n.toLowerCase())))
      return names;
  }
  return void 0;
}
function renumberAll(ordered) {
  const width = String(ordered.length * 10).length;
  const out = [];
  ordered.forEach((p, i) => {
    const { sep, rest } = splitName(baseOf(p));
    const to = `${dirOf(p)}${String((i + 1) * 10).padStart(width, "0")}${sep || "-"}${rest}`;
    if (to !== p)
      out.push({ from: p, to });
  });
  return out;
}

// dist/src/cli/commands/suggest-order.js
function suggestOrder(analysis, config, cwd, fix) {
  const ids = analysis.fragments.map((f) => f.id);
  if (analysis.graph.cycles.length > 0) {
    const cycles = formatDiagnostics(showPaths(analysis.diagnostics.filter((d) => d.code === "CYCLE"), fileShower(cwd, config.fragmentsDir)));
    return { stdout: "", stderr: `fragbundle: no order can work while there is a cycle:
${cycles}
`, exitCode: 1 };
  }
  const position = new Map(ids.map((id, i) => [id, i]));
  const valid = analysis.graph.edges.every((e) => (position.get(e.from) ?? -1) < (position.get(e.to) ?? Number.MAX_SAFE_INTEGER));
  if (valid)
    return { stdout: "fragbundle: the baseline order is already valid; nothing to change\n", stderr: "", exitCode: 0 };
  const listFile = config.baselineFrom;
  if (listFile !== void 0 && config.baseline !== "name") {
    return fixList(analysis, config, listFile, cwd, fix);
  }
  const paths = analysis.fragments.map((f) => f.path);
  const plan = planRenames(paths, ids, analysis.graph.edges, compareNames, namesInUse(config.fragmentsDir, paths));
  if (!plan.valid) {
    return {
      stdout: "",
      stderr: `fragbundle: no renames give a valid order: fragments in sub-folders sort by folder first. List the order instead, as "loadOrder" in ${displayPath(cwd, path9.join(config.fragmentsDir, ".profile-fragments.json"))}:
${JSON.stringify(plan.order, null, 2)}
`,
      exitCode: 1
    };
  }
  const top2 = gitTopLevel(config.fragmentsDir);
  const base = top2 ?? cwd;
  const folder = top2 ? realpathSync2(config.fragmentsDir) : config.fragmentsDir;
  const shown2 = (p) => path9.relative(base, path9.join(folder, p)).split(path9.sep).join("/");
  const tracked = top2 ? gitTrackedFiles(top2, folder) : /* @__PURE__ */ new Set();
  const lines = plan.renames.map((r) => tracked.has(shown2(r.from)) ? `git mv ${quoteSh(shown2(r.from))} ${quoteSh(shown2(r.to))}` : `mv ${quoteSh(shown2(r.from))} ${quoteSh(shown2(r.to))}`);
  const count = `${plan.renames.length} of ${ids.length} fragment${ids.length === 1 ? "" : "s"}`;
  const where = top2 ? `from the repository root, ${top2}` : `not in a git repository: plain renames, from the current folder, ${cwd}`;
  const header = plan.renumbered ? `# No name prefix fits between ${plan.renumbered}: renumbering; rename ${count} (${where}):` : `# Rename ${count}, the others keep their names (${where}):`;
  if (fix)
    return applyRenames(plan.renames, lines, config.fragmentsDir, top2, tracked, shown2);
  const loaderFile = displayPath(cwd, path9.join(config.fragmentsDir, ".profile-fragments.json"));
  return {
    stdout: [
      header,
      ...lines,
      "",
      `# Or keep the names and list the order in ${loaderFile}:`,
      JSON.stringify({ loadOrder: plan.order }, null, 2),
      "",
      "# fragbundle check --fix does the renames.",
      ""
    ].join("\n"),
    stderr: "",
    exitCode: 0
  };
}
function namesInUse(root, paths) {
  const out = /* @__PURE__ */ new Set();
  for (const dir of new Set(paths.map((p) => p.includes("/") ? p.slice(0, p.lastIndexOf("/") + 1) : ""))) {
    for (const name of readdirSync4(path9.join(root, dir)))
      out.add(`${dir}${name}`.toLowerCase());
  }
  return out;
}
function applyRenames(renames, lines, fragmentsDir, top2, tracked, shown2) {
  const done = [];
  for (const [i, r] of renames.entries()) {
    try {
      if (top2 && tracked.has(shown2(r.from)))
        gitMove(top2, shown2(r.from), shown2(r.to));
      else
        renameNoClobber(path9.join(fragmentsDir, r.from), path9.join(fragmentsDir, r.to));
      done.push(lines[i]);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return {
        stdout: done.length > 0 ? `${done.join("\n")}
` : "",
        stderr: `fragbundle: cannot rename ${shown2(r.from)} to ${shown2(r.to)}: ${message}
fragbundle: ${done.length} of ${renames.length} renames done; the rest were not tried
`,
        exitCode: 2
      };
    }
  }
  return {
    stdout: `${done.join("\n")}
`,
    stderr: `fragbundle: renamed ${renames.length} fragment${renames.length === 1 ? "" : "s"}; the baseline order is valid now (run fragbundle build to refresh the bundle)
`,
    exitCode: 0,
    changed: true
  };
}
function fixList(analysis, config, file, cwd, fix) {
  const ids = analysis.fragments.map((f) => f.id);
  const order = closestValidOrders(ids, analysis.graph.edges)[0];
  const old = config.baseline === "name" ? [] : config.baseline;
  const spelled = new Map(old.map((name) => [name.toLowerCase(), name]));
  const loaded = new Set(ids.map((id) => id.toLowerCase()));
  const list = order.map((id) => spelled.get(id.toLowerCase()) ?? id);
  old.forEach((name, i) => {
    if (loaded.has(name.toLowerCase()))
      return;
    const after = old.slice(0, i).reverse().find((n) => list.includes(n));
    list.splice(after === void 0 ? 0 : list.indexOf(after) + 1, 0, name);
  });
  const key = file === config.configPath ? "baseline" : "loadOrder";
  const shownFile = displayPath(cwd, file);
  if (!fix) {
    return {
      stdout: `# Set "${key}" in ${shownFile} to:
${JSON.stringify(list, null, 2)}

# fragbundle check --fix rewrites it.
`,
      stderr: "",
      exitCode: 0
    };
  }
  writeFileAtomic(file, setTopLevelList(readFileSync6(file, "utf8"), key, list));
  return {
    stdout: "",
    stderr: `fragbundle: rewrote "${key}" in ${shownFile}; the baseline order is valid now (run fragbundle build to refresh the bundle)
`,
    exitCode: 0,
    changed: true
  };
}

// dist/src/cli/commands/check.js
var CHECK_SEVERITY = { ORDER_VIOLATION: "error", PROBE_BEFORE_DEFINE: "error" };
async function runCheck(args) {
  const cwd = args.cwd ?? process.cwd();
  const options = analyzeOptions(args, cwd);
  const { value: inputs, journal } = journaled(() => {
    const base = resolveConfig({ ...args, cwd, ...args.bundle ? { output: args.bundle } : {} });
    const config2 = { ...base, severity: { ...CHECK_SEVERITY, ...base.severity } };
    const repoRoot2 = findRepoRoot(config2.fragmentsDir) ?? cwd;
    const current2 = options.cacheDir === void 0 ? void 0 : fileState(config2.output);
    return { config: config2, loaded: loadProfile(config2), repoRoot: repoRoot2, current: current2 };
  });
  const { config, loaded, repoRoot, current } = inputs;
  if (args.suggestOrder || args.fix) {
    const analysis2 = await analyzeLoaded(config, loaded, options);
    const r = suggestOrder(analysis2, config, cwd, args.fix ?? false);
    if (!args.fix || r.exitCode !== 0 || !r.changed)
      return r;
    const after = await runCheck({ ...args, fix: false, suggestOrder: false, orderOnly: true, format: "text" });
    if (after.exitCode === 0)
      return r;
    return {
      stdout: r.stdout,
      stderr: `${r.stderr}fragbundle: after the change, check --order-only still fails:
${after.stdout}${after.stderr}`,
      exitCode: 1
    };
  }
  const target = current?.state ?? "";
  const memo = commandMemo("check", args, options.cacheDir, config, loaded, [cwd, repoRoot]);
  const replayable = (result2, answers) => memo && options.cacheDir !== void 0 ? {
    cacheDir: options.cacheDir,
    journal: { started: journal.started, entries: [...journal.entries, ...answers] },
    result: result2
  } : void 0;
  const remembered = memo?.lookup(target);
  if (remembered)
    return { ...remembered.result, replay: replayable(remembered.result, remembered.journal) };
  const analysis = await analyzeLoaded(config, loaded, options);
  const result = checkAnalysis(args, config, loaded, analysis, cwd, repoRoot, current?.bytes);
  memo?.store(target, result, analysis.subFiles.map((f) => ({ path: f.absolutePath, hash: f.hash })));
  return { ...result, replay: replayable(result, analysis.subFileJournal) };
}
function checkAnalysis(args, config, loaded, analysis, cwd, repoRoot, bundleBytes2) {
  const bundlePath2 = config.output;
  const bundleFile = displayPath(cwd, bundlePath2);
  let status = "not-checked";
  const findings = [...analysis.diagnostics];
  if (!args.orderOnly) {
    const request = { loaded, ...args.env !== void 0 ? { overrides: { env: args.env } } : {} };
    const fresh = checkFreshness(analysis, config, request, bundlePath2, bundleFile, bundleBytes2);
    status = fresh.status;
    if (fresh.finding)
      findings.push(fresh.finding);
  }
  const diagnostics = (args.orderOnly ? findings.filter(isOrderFinding) : findings).sort(compareDiagnostics);
  const toRepoPath = (file) => {
    const abs = path10.isAbsolute(file) ? file : path10.join(config.fragmentsDir, file);
    return path10.relative(repoRoot, abs).split(path10.sep).join("/");
  };
  const textByPath = new Map(analysis.fragments.map((f) => [f.path, f.text]));
  const lineText = (file, line) => {
    const text = textByPath.get(file);
    return text === void 0 ? void 0 : splitLines(text)[line - 1];
  };
  const reported = args.quiet ? diagnostics.filter((d) => d.severity === "error") : diagnostics;
  const r = reportCheck({
    analysis,
    diagnostics: reported,
    format: args.format,
    orderOnly: args.orderOnly ?? false,
    bundle: { path: bundleFile, status },
    toRepoPath,
    toShownPath: fileShower(cwd, config.fragmentsDir),
    lineText
  });
  const warnings = diagnostics.filter((d) => d.severity === "warning").length;
  const tooMany = args.maxWarnings !== void 0 && warnings > args.maxWarnings;
  return {
    stdout: args.quiet && args.format === "text" && r.exitCode === 0 ? "" : r.output,
    stderr: tooMany ? `fragbundle: ${warnings} warning${warnings === 1 ? "" : "s"}, more than --max-warnings ${args.maxWarnings}
` : "",
    exitCode: tooMany && r.exitCode === 0 ? 1 : r.exitCode,
    ...r.summary !== void 0 ? { stepSummary: r.summary } : {}
  };
}
function isOrderFinding(d) {
  return ["ORDER_VIOLATION", "PROBE_BEFORE_DEFINE", "CYCLE", "MISSING_DEPENDENCY"].includes(d.code) || d.severity === "error";
}
function checkFreshness(analysis, config, request, bundlePath2, shown2, bytes) {
  if (bytes === void 0 && !existsSync(bundlePath2)) {
    return {
      status: "missing",
      finding: diagnostic("BUNDLE_MISSING", `${shown2} does not exist; run fragbundle build`, { file: bundlePath2 })
    };
  }
  let text;
  try {
    text = (bytes ?? readRegularFile(bundlePath2)).toString("utf8");
  } catch (error) {
    return {
      status: "unreadable",
      finding: diagnostic("BUNDLE_UNREADABLE", `${shown2} cannot be read: ${describeReadError(error)}`, {
        file: bundlePath2
      })
    };
  }
  const header = readBundleHeader(text);
  if (!header) {
    return {
      status: "unreadable",
      finding: diagnostic("BUNDLE_UNREADABLE", `${shown2} has no fragbundle header; rebuild it`, {
        file: bundlePath2,
        line: 1,
        column: 1
      })
    };
  }
  const expected = computeInputHash(analysis.fragments, bundleOptions(config), TOOL_VERSION, analysis.subFiles);
  if (header.inputHash === expected) {
    const held = new Map([...header.fragments, ...header.subFiles ?? []].map((f) => [f.path, f]));
    const stamps = /* @__PURE__ */ new Map();
    for (const f of [...analysis.fragments, ...analysis.subFiles]) {
      const h = held.get(f.path);
      if (h?.stamp && h.hash === f.hash)
        stamps.set(f.path, h.stamp);
    }
    if (text === bundleText(analysis, config, { ...request, stamps }))
      return { status: "fresh" };
    return {
      status: "stale",
      finding: diagnostic("BUNDLE_STALE", `${shown2} is stale: its fragments are unchanged, but it differs from what fragbundle build writes now (edited by hand, moved, or built with other settings); run fragbundle build`, { file: bundlePath2, line: 1, column: 1 })
    };
  }
  return {
    status: "stale",
    finding: diagnostic("BUNDLE_STALE", `${shown2} is stale: ${describeChanges([...header.fragments, ...header.subFiles ?? []], [...analysis.fragments, ...analysis.subFiles], header.version)}; run fragbundle build`, {
      file: bundlePath2,
      line: 1,
      column: 1
    })
  };
}
function describeChanges(built, now, builtVersion) {
  const before2 = new Map(built.map((f) => [f.path, f.hash]));
  const after = new Map(now.map((f) => [f.path, f.hash]));
  const changed = now.filter((f) => before2.has(f.path) && before2.get(f.path) !== f.hash).map((f) => f.path);
  const added = now.filter((f) => !before2.has(f.path)).map((f) => f.path);
  const removed = built.filter((f) => !after.has(f.path)).map((f) => f.path);
  const parts = [];
  const list = (xs) => xs.slice(0, 5).join(", ") + (xs.length > 5 ? `, +${xs.length - 5} more` : "");
  if (changed.length > 0)
    parts.push(`changed ${list(changed)}`);
  if (added.length > 0)
    parts.push(`added ${list(added)}`);
  if (removed.length > 0)
    parts.push(`removed ${list(removed)}`);
  if (builtVersion !== TOOL_VERSION)
    parts.push(`built by fragbundle ${builtVersion}, this is ${TOOL_VERSION}`);
  return parts.length > 0 ? parts.join("; ") : "options or load order changed";
}
function findRepoRoot(start) {
  let dir = path10.resolve(start);
  for (; ; ) {
    if (existsSync(path10.join(dir, ".git")))
      return dir;
    const parent = path10.dirname(dir);
    if (parent === dir)
      return void 0;
    dir = parent;
  }
}

// dist/src/cli/commands/init.js
import { existsSync as existsSync3, statSync as statSync4 } from "node:fs";
import path11 from "node:path";
var PROFILE_MARKER = "# fragbundle: load the bundled profile";
var LOCAL_SCHEMA = "./node_modules/fragbundle/fragbundle.schema.json";
function configText(fragments, schema, loaders) {
  const loaderLines = loaders.length === 0 ? "" : `  // Functions of the profile that dot-source the files their callers name (found by fragbundle init).
  "loaders": [
${loaders.map((l) => `    ${JSON.stringify(l)}`).join(",\n")}
  ],
`;
  return `// fragbundle configuration. Every key is optional; docs/configuration.md lists them all.
{
${schema ? `  "$schema": ${JSON.stringify(LOCAL_SCHEMA)},
` : ""}  // The folder that holds your *.ps1 fragments, relative to this file.
  "fragments": ${JSON.stringify(fragments)},
  // Files to leave out, e.g. tests next to the fragments.
  "exclude": ["*-test-*", "*.Tests.ps1"],
  // The bundle to write, relative to this file; load it from $PROFILE.
  "output": "profile.bundle.ps1",
  // "auto": functions nothing needs at start-up are defined on first use. "off": all eager.
  "lazy": "auto",
${loaderLines}  // Severity per diagnostic code ("error", "warning", "info" or "off"), e.g. "SHARED_VARIABLE": "off".
  "severity": {}
}
`;
}
function isFolder(dir) {
  try {
    return statSync4(dir).isDirectory();
  } catch {
    return false;
  }
}
function bundlePath(configPath, cwd) {
  try {
    return resolveConfig({ cwd, config: configPath }).output;
  } catch (error) {
    if (!(error instanceof ConfigError))
      throw error;
    throw new FileError(`${CONFIG_FILE}: ${error.message}; fix it or use --force`);
  }
}
var FileError = class extends Error {
};
function onFile(verb, file, cwd, act) {
  try {
    return act();
  } catch (error) {
    const why = verb === "read" ? describeReadError(error) : describeWriteError(error);
    throw new FileError(`cannot ${verb} ${displayPath(cwd, file)}: ${why}`);
  }
}
async function runInit(args) {
  const out = [];
  try {
    const cwd = args.cwd ?? process.cwd();
    return initInto(args, out, await detectLoaders(cwd, path11.resolve(cwd, args.dir ?? "profile.d")));
  } catch (error) {
    if (!(error instanceof FileError))
      throw error;
    return {
      stdout: out.length > 0 ? `${out.join("\n")}
` : "",
      stderr: `fragbundle: ${error.message}
`,
      exitCode: 2
    };
  }
}
async function detectLoaders(cwd, fragmentsDir) {
  if (!existsSync3(fragmentsDir))
    return [];
  let analysis;
  try {
    analysis = await analyzeProfile(resolveConfig({ cwd, dir: fragmentsDir }), { cwd });
  } catch {
    return [];
  }
  const found = /* @__PURE__ */ new Map();
  for (const s of [...analysis.symbols, ...analysis.subFileSymbols]) {
    for (const d of s.directives.dotSources) {
      const l = d.suggestedLoader;
      if (l && !found.has(l.command.toLowerCase()))
        found.set(l.command.toLowerCase(), l);
    }
  }
  return [...found.values()];
}
function initInto(args, out, loaders) {
  const cwd = args.cwd ?? process.cwd();
  const fragmentsDir = path11.resolve(cwd, args.dir ?? "profile.d");
  const configPath = path11.join(cwd, CONFIG_FILE);
  const keep = existsSync3(configPath) && !args.force;
  if (!keep && !isFolder(fragmentsDir)) {
    throw new FileError(`no fragments folder ${displayPath(cwd, fragmentsDir)}: name the folder that holds your *.ps1 fragments: fragbundle init <folder>`);
  }
  const profile = args.profile ? path11.resolve(cwd, args.profile) : void 0;
  const current = profile && existsSync3(profile) ? onFile("read", profile, cwd, () => readRegularFile(profile)).toString("utf8") : "";
  if (keep) {
    out.push(`${CONFIG_FILE} exists; left as it is (use --force to overwrite)`);
  } else {
    const rel = path11.relative(cwd, fragmentsDir).split(path11.sep).join("/") || ".";
    const schema = existsSync3(path11.join(cwd, LOCAL_SCHEMA));
    onFile("write", configPath, cwd, () => writeFileAtomic(configPath, configText(rel, schema, loaders)));
    out.push(`wrote ${CONFIG_FILE}`);
    for (const l of loaders)
      out.push(`  with a "loaders" entry for ${l.command}, which dot-sources the files its callers name`);
  }
  const bundle = bundlePath(configPath, cwd);
  const loadLine = `${PROFILE_MARKER}
if (Test-Path -LiteralPath ${quotePs(bundle)}) { . ${quotePs(bundle)} }
`;
  if (profile) {
    out.push(`the line that loads the bundle, for ${displayPath(cwd, profile)}:`, "", loadLine);
    if (current.includes(PROFILE_MARKER)) {
      out.push(`${displayPath(cwd, profile)} already loads the bundle; unchanged`);
    } else {
      const sep = current === "" || current.endsWith("\n") ? "" : "\n";
      onFile("write", profile, cwd, () => writeFileAtomic(profile, `${current}${sep}${loadLine}`));
      out.push(`added it to ${displayPath(cwd, profile)}`);
    }
  } else {
    out.push("", "add this to your $PROFILE (or run fragbundle init --profile $PROFILE):", "", loadLine);
  }
  out.push("pre-commit (.pre-commit-config.yaml):", "", "  repos:", "    - repo: <the fragbundle repository>", "      rev: <a tag>", "      hooks:", "        - id: fragbundle-build", "        - id: fragbundle-check", "", "CI: run `npx fragbundle check --format github` (docs/ci.md has a whole GitHub Actions workflow).");
  return { stdout: `${out.join("\n")}
`, stderr: "", exitCode: 0 };
}

// dist/src/cli/commands/analyze.js
async function runAnalyze(args) {
  const analyzed = (await analyzeArgs(args)).analysis;
  const analysis = args.quiet ? { ...analyzed, diagnostics: analyzed.diagnostics.filter((d) => d.severity === "error") } : analyzed;
  const r = args.format === "json" ? reportJson(analysis) : reportText(analysis);
  return ok(r.output, r.exitCode);
}

// dist/src/cli/commands/build.js
import { createHash as createHash5 } from "node:crypto";
async function runBuild(args) {
  const cwd = args.cwd ?? process.cwd();
  const options = analyzeOptions(args, cwd);
  const { value: inputs, journal } = journaled(() => {
    const config2 = resolveConfig({ ...args, cwd });
    return { config: config2, loaded: loadProfile(config2), current: fileState(config2.output) };
  });
  const { config, loaded, current } = inputs;
  const memo = commandMemo("build", args, options.cacheDir, config, loaded, [cwd]);
  let subFileAnswers = [];
  const replayable = (result, writtenHash2) => {
    if (!memo || options.cacheDir === void 0)
      return void 0;
    const all = { started: journal.started, entries: [...journal.entries, ...subFileAnswers] };
    return {
      cacheDir: options.cacheDir,
      journal: writtenHash2 === void 0 ? all : recordFile(all, config.output, writtenHash2),
      result
    };
  };
  const target = current.state;
  const remembered = memo?.lookup(target);
  if (remembered) {
    subFileAnswers = remembered.journal;
    return { ...remembered.result, replay: replayable(remembered.result) };
  }
  const analysis = await analyzeLoaded(config, loaded, options);
  subFileAnswers = analysis.subFileJournal;
  const subFiles = analysis.subFiles.map((f) => ({ path: f.absolutePath, hash: f.hash }));
  const out = displayPath(cwd, config.output);
  const findings = findingsFor(analysis.diagnostics, args.quiet ?? false, fileShower(cwd, config.fragmentsDir));
  const errors = analysis.diagnostics.filter((d) => d.severity === "error").length;
  if (errors > 0) {
    const refused = ok("", 1, `${findings}fragbundle: not writing ${out}: ${summaryLine(analysis.diagnostics)}
`);
    memo?.store(target, refused, subFiles);
    return { ...refused, replay: replayable(refused) };
  }
  const text = bundleText(analysis, config, {
    loaded,
    overrides: { env: args.env, lazy: args.lazy, timings: args.timings, staleGuard: args.staleGuard }
  });
  const foreign = notABundle(current.bytes);
  if (foreign) {
    return ok("", 2, `${findings}fragbundle: not overwriting ${out}: ${foreign}; move it away or choose another --output
`);
  }
  const bytes = Buffer.from(text, "utf8");
  let outcome;
  try {
    outcome = writeFileAtomic(config.output, bytes, args.hooks);
  } catch (error) {
    return ok("", 2, `${findings}fragbundle: cannot write ${out}: ${describeWriteError(error)}
`);
  }
  const lazy = analysis.plan.entries.filter((e) => e.mode === "lazy");
  const stubs = lazy.reduce((n, e) => n + e.stubs.length, 0);
  const deferred = analysis.plan.entries.filter((e) => e.mode === "deferred");
  const deferredStubs = deferred.reduce((n, e) => n + e.deferredStubs.length, 0);
  const deferredNote = deferred.length > 0 ? `, ${deferred.length} deferred with ${deferredStubs} stubs` : "";
  const summary = (verb) => args.quiet ? "" : `fragbundle: ${verb} ${out} (${analysis.fragments.length} fragments, ${lazy.length} lazy with ${stubs} stubs${deferredNote}; ${summaryLine(analysis.diagnostics)})
`;
  const next = ok(summary("up to date:"), 0, findings);
  const writtenHash = createHash5("sha256").update(bytes).digest("hex");
  memo?.store(writtenHash, next, subFiles);
  return {
    ...ok(summary(outcome === "written" ? "wrote" : "up to date:"), 0, findings),
    replay: replayable(next, writtenHash)
  };
}
function notABundle(bytes) {
  if (bytes === void 0)
    return void 0;
  const text = bytes.toString("utf8");
  if (text.trim() === "" || readBundleHeader(text))
    return void 0;
  return "it exists and is not a bundle fragbundle wrote (no fragbundle header)";
}

// dist/src/cli/commands/watch.js
import { watch as watch2 } from "node:fs";
import path13 from "node:path";
import { performance } from "node:perf_hooks";

// dist/src/io/watch-tree.js
import { readdirSync as readdirSync5, realpathSync as realpathSync3, statSync as statSync5, watch } from "node:fs";
import path12 from "node:path";
function watchTree(root, onChange, onError, platform = process.platform) {
  if (platform !== "linux") {
    const w = watch(root, { recursive: true }, (_e, f) => {
      onChange(f);
    });
    w.on("error", onError);
    return {
      close: () => {
        w.close();
      }
    };
  }
  const watchers = /* @__PURE__ */ new Map();
  const real = /* @__PURE__ */ new Map();
  let closed = false;
  const drop = (dir) => {
    for (const [d, w] of watchers) {
      if (d === dir || d.startsWith(dir + path12.sep)) {
        w.close();
        watchers.delete(d);
        for (const [r, at3] of real)
          if (at3 === d)
            real.delete(r);
      }
    }
  };
  const add = (dir) => {
    if (closed || watchers.has(dir))
      return;
    let key;
    try {
      key = realpathSync3(dir);
    } catch (error) {
      if (dir !== root && isMissing(error))
        return;
      throw error;
    }
    if (real.has(key))
      return;
    let w;
    try {
      w = watch(dir, (_event, name) => {
        if (closed)
          return;
        if (name === null) {
          onChange(null);
          return;
        }
        const full4 = path12.join(dir, name);
        if (isDirectory(full4)) {
          if (!watchers.has(full4)) {
            add(full4);
            onChange(null);
            return;
          }
        } else if (watchers.has(full4)) {
          drop(full4);
          onChange(null);
          return;
        }
        onChange(path12.relative(root, full4));
      });
    } catch (error) {
      if (dir !== root && isMissing(error))
        return;
      throw error;
    }
    w.on("error", (error) => {
      if (dir !== root && isMissing(error)) {
        drop(dir);
        return;
      }
      onError(error);
    });
    watchers.set(dir, w);
    real.set(key, dir);
    let entries;
    try {
      entries = readdirSync5(dir, { withFileTypes: true });
    } catch (error) {
      if (dir !== root && isMissing(error))
        return;
      throw error;
    }
    for (const e of entries) {
      const child = path12.join(dir, e.name);
      if (e.isDirectory() || e.isSymbolicLink() && isDirectory(child))
        add(child);
    }
  };
  add(root);
  return {
    close: () => {
      closed = true;
      for (const w of watchers.values())
        w.close();
      watchers.clear();
      real.clear();
    }
  };
}
function isDirectory(p) {
  try {
    return statSync5(p).isDirectory();
  } catch {
    return false;
  }
}
function isMissing(error) {
  const code = error?.code;
  return code === "ENOENT" || code === "ENOTDIR";
}

// dist/src/cli/commands/watch.js
var DEFAULT_DEBOUNCE_MS = 10;
function startWatch(args, output) {
  const cwd = args.cwd ?? process.cwd();
  const options = analyzeOptions(args, cwd);
  const debounceMs = args.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const symbolMemory = new SymbolMemory();
  const emitCache = new EmitCache();
  const subFileMemory = { reads: /* @__PURE__ */ new Map(), walks: /* @__PURE__ */ new Map() };
  const graphMemory = {};
  const planMemory = new PlanMemory();
  let reads = /* @__PURE__ */ new Map();
  let listing;
  let config;
  let configKey = "";
  let watchers = [];
  let trees = [];
  let watched = "";
  let first = true;
  let lastFindings = "";
  let ownOutput;
  let dirty = /* @__PURE__ */ new Set();
  let dirtyAll = false;
  let firstEventAt;
  let lastEventAt = 0;
  let timer;
  let running = false;
  let stopped = false;
  let resolveClosed;
  const closed = new Promise((resolve5) => resolveClosed = resolve5);
  const isStopped = () => stopped;
  const eventsWaiting = () => dirtyAll || dirty.size > 0;
  const rebuild = async () => {
    running = true;
    const startedAt = firstEventAt ?? performance.now();
    const changed = /* @__PURE__ */ new Set();
    let all = false;
    try {
      for (; ; ) {
        const taken = dirty;
        const takenAll = dirtyAll;
        dirty = /* @__PURE__ */ new Set();
        dirtyAll = false;
        for (const p of taken)
          changed.add(p);
        all ||= takenAll;
        const built = await buildOnce(taken, takenAll, startedAt).catch((error) => ({
          kind: "failed",
          error
        }));
        await new Promise((resolve5) => setImmediate(resolve5));
        if (isStopped())
          return;
        if (eventsWaiting())
          continue;
        const quiet = lastEventAt + debounceMs - performance.now();
        if (quiet > 0) {
          await new Promise((resolve5) => setTimeout(resolve5, quiet));
          await new Promise((resolve5) => setImmediate(resolve5));
          if (isStopped())
            return;
          if (eventsWaiting())
            continue;
        }
        firstEventAt = void 0;
        commit(built, changed, all, startedAt);
        return;
      }
    } catch (error) {
      firstEventAt = void 0;
      report(error);
    } finally {
      running = false;
      if (stopped)
        finish2();
      else if (eventsWaiting())
        schedule();
    }
  };
  const buildOnce = async (changed, all, startedAt) => {
    const next = resolveConfig({ ...args, cwd });
    const key = JSON.stringify(next);
    if (key !== configKey) {
      symbolMemory.clear();
      reads = /* @__PURE__ */ new Map();
      forgetSubFiles(subFileMemory, void 0);
      listing = void 0;
      configKey = key;
    } else if (all) {
      reads = /* @__PURE__ */ new Map();
      forgetSubFiles(subFileMemory, void 0);
      listing = void 0;
    } else {
      if (listing && !listingStillValid(listing, changed))
        listing = void 0;
      for (const p of changed)
        reads.delete(p);
      forgetSubFiles(subFileMemory, changed);
    }
    config = next;
    watchFolders(next);
    const marks = [];
    const mark = (name) => marks.push([name, performance.now() - startedAt]);
    mark("config");
    const loaded = loadProfile(next, reads, listing);
    mark("load");
    reads = new Map(loaded.reads);
    listing = loaded.listing;
    const analysis = await analyzeLoaded(next, loaded, {
      ...options,
      // The first build may take symbols from the cache folder; after it, memory holds them all.
      ...first ? {} : { cacheDir: void 0 },
      symbolMemory,
      subFileMemory,
      graphMemory,
      planMemory,
      progress: void 0
    });
    first = false;
    mark("analyze");
    const graph = graphMemory.outcome;
    symbolMemory.prune([...analysis.fragments, ...analysis.subFiles]);
    const findings = findingsFor(analysis.diagnostics, args.quiet ?? false, fileShower(cwd, next.fragmentsDir));
    if (analysis.diagnostics.some((d) => d.severity === "error"))
      return { kind: "errors", analysis, graph, config: next, findings };
    const bytes = bundleBytes(analysis, next, {
      loaded,
      overrides: { env: args.env, lazy: args.lazy, timings: args.timings, staleGuard: args.staleGuard }
    }, emitCache);
    mark("emit");
    return { kind: "bundle", analysis, graph, config: next, findings, bytes, marks };
  };
  const commit = (built, changed, all, startedAt) => {
    if (built.kind === "failed") {
      if (watchers.length === 0 && trees.length === 0)
        watchFallback();
      report(built.error);
      return;
    }
    const next = built.config;
    output.analysed?.({ analysis: built.analysis, graph: built.graph });
    const out = displayPath(cwd, next.output);
    if (built.findings !== lastFindings)
      output.err(built.findings);
    lastFindings = built.findings;
    if (built.kind === "errors") {
      output.out(`fragbundle: not writing ${out}: ${summaryLine(built.analysis.diagnostics)}`);
      return;
    }
    const { marks } = built;
    marks.push(["quiet", performance.now() - startedAt]);
    const foreign = ownOutput === next.output ? void 0 : foreignOutput(next.output);
    if (foreign) {
      output.out(`fragbundle: not overwriting ${out}: ${foreign}; move it away or choose another --output`);
      return;
    }
    let outcome;
    try {
      outcome = writeFileAtomic(next.output, built.bytes);
    } catch (error) {
      output.out(`fragbundle: cannot write ${out}: ${describeWriteError(error)}`);
      return;
    }
    ownOutput = next.output;
    marks.push(["write", performance.now() - startedAt]);
    output.phases?.(marks);
    const ms = (performance.now() - startedAt).toFixed(1);
    const names = [...changed].map((p) => displayPath(next.fragmentsDir, p)).sort();
    const why = all ? "" : names.length > 0 ? ` after ${names.slice(0, 3).join(", ")}${names.length > 3 ? ", ..." : ""}` : "";
    const verb = outcome === "written" ? "wrote" : "up to date:";
    output.out(`fragbundle: ${verb} ${out} in ${ms} ms${why} (${built.analysis.fragments.length} fragments)`);
  };
  const ignored = (abs) => {
    if (!config)
      return false;
    const output2 = path13.resolve(config.output);
    if (abs === output2)
      return true;
    const stem = tempStem(path13.basename(output2));
    return path13.dirname(abs) === path13.dirname(output2) && path13.basename(abs).startsWith(`.${stem}.`);
  };
  const onEvent = (dir, filename, configOnly) => {
    if (stopped)
      return;
    if (filename === null) {
      dirtyAll = true;
    } else {
      const abs = path13.resolve(dir, filename);
      if (ignored(abs))
        return;
      if (configOnly && path13.basename(abs) !== CONFIG_FILE && path13.basename(abs) !== LOADER_CONFIG_FILE)
        return;
      dirty.add(abs);
    }
    const now = performance.now();
    firstEventAt ??= now;
    lastEventAt = now;
    if (!running)
      schedule();
  };
  const schedule = () => {
    if (timer)
      clearTimeout(timer);
    timer = setTimeout(() => {
      timer = void 0;
      if (!running && !stopped)
        void rebuild();
    }, 0);
  };
  const watchFolders = (c) => {
    const configDir = c.configPath ? path13.dirname(c.configPath) : cwd;
    const key = `${c.fragmentsDir}\0${configDir}`;
    if (key === watched)
      return;
    closeWatchers();
    watched = key;
    try {
      trees.push(watchTree(c.fragmentsDir, (f) => {
        onEvent(c.fragmentsDir, f, false);
      }, report));
    } catch (error) {
      report(error);
    }
    if (path13.relative(c.fragmentsDir, configDir).startsWith("..") || path13.isAbsolute(path13.relative(c.fragmentsDir, configDir))) {
      try {
        watchers.push(watch2(configDir, (_e, f) => {
          onEvent(configDir, f, true);
        }));
      } catch (error) {
        report(error);
      }
    }
    for (const w of watchers)
      w.on("error", (error) => {
        report(error);
      });
  };
  const watchFallback = () => {
    watched = "";
    try {
      watchers.push(watch2(cwd, (_e, f) => {
        onEvent(cwd, f, false);
      }));
    } catch (error) {
      report(error);
    }
  };
  const closeWatchers = () => {
    for (const w of watchers)
      w.close();
    for (const w of trees)
      w.close();
    watchers = [];
    trees = [];
  };
  const report = (error) => {
    if (error instanceof ConfigError || error instanceof LoadError) {
      output.err(`${error.diagnostics.map(formatDiagnostic).join("\n")}
`);
    } else {
      output.err(`fragbundle: ${error instanceof Error ? error.message : String(error)}
`);
    }
    lastFindings = "";
  };
  const finish2 = () => {
    closeWatchers();
    resolveClosed();
  };
  const stop = () => {
    if (stopped)
      return;
    stopped = true;
    if (timer)
      clearTimeout(timer);
    if (!running)
      finish2();
  };
  void rebuild();
  return { stop, closed };
}
function forgetSubFiles(memory, changed) {
  if (!changed) {
    memory.reads.clear();
    memory.walks.clear();
    return;
  }
  for (const [rel, kept] of memory.reads)
    if (changed.has(kept.absolutePath))
      memory.reads.delete(rel);
  for (const p of changed) {
    memory.walks.delete(path13.dirname(p));
    memory.walks.delete(p);
  }
}
function foreignOutput(file) {
  const { bytes } = fileState(file);
  if (bytes === void 0)
    return void 0;
  const text = bytes.toString("utf8");
  if (text.trim() === "" || readBundleHeader(text))
    return void 0;
  return "it exists and is not a bundle fragbundle wrote (no fragbundle header)";
}
async function runWatch(args) {
  const session = startWatch(args, {
    out: (line) => process.stdout.write(`${line}
`),
    err: (text) => {
      if (text)
        process.stderr.write(text);
    }
  });
  const stop = () => {
    session.stop();
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  process.stdin.once("end", stop);
  process.stdin.once("close", stop);
  process.stdin.resume();
  await session.closed;
  process.stdin.pause();
  process.stdin.destroy();
  process.off("SIGINT", stop);
  process.off("SIGTERM", stop);
}

// dist/src/report/graph-formats.js
function highlights(analysis) {
  const pathToId = new Map(analysis.fragments.map((f) => [f.path, f.id]));
  const hazardous = /* @__PURE__ */ new Set();
  for (const d of analysis.diagnostics) {
    if (d.severity !== "info" && d.file && pathToId.has(d.file))
      hazardous.add(pathToId.get(d.file));
  }
  const cyclic = /* @__PURE__ */ new Set();
  for (const c of analysis.graph.cycles)
    for (const s of c.steps)
      cyclic.add(`${s.from}>${s.to}`);
  const rank = new Map(analysis.fragments.map((f) => [f.id, f.order]));
  const backwards = new Set(analysis.graph.edges.filter((e) => rank.get(e.from) > rank.get(e.to)).map((e) => `${e.from}>${e.to}`));
  return { hazardous, cyclic, backwards };
}
function edgeLabel(e, max = 3) {
  const names = [
    ...new Set(e.via.map((v) => v.kind === "variable" ? `$${v.name}` : v.kind === "env" ? `$env:${v.name}` : v.name))
  ];
  if (names.length === 0)
    return e.declared ? "declared" : "";
  return names.length > max ? `${names.slice(0, max).join(", ")} +${names.length - max}` : names.join(", ");
}
function dotString(s) {
  return `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;
}
function toDot(analysis) {
  const h = highlights(analysis);
  const lines = ["digraph fragbundle {", "  rankdir=LR;", '  node [shape=box, fontname="monospace"];'];
  for (const f of analysis.fragments) {
    const attrs = h.hazardous.has(f.id) ? ", color=orange, style=bold" : "";
    lines.push(`  ${dotString(f.id)} [label=${dotString(f.path)}${attrs}];`);
  }
  for (const e of analysis.graph.edges) {
    const key = `${e.from}>${e.to}`;
    const attrs = [`label=${dotString(edgeLabel(e))}`];
    if (h.cyclic.has(key))
      attrs.push("color=red", "penwidth=2");
    else if (h.backwards.has(key))
      attrs.push("color=orange");
    if (!e.inferred)
      attrs.push("style=dashed");
    lines.push(`  ${dotString(e.from)} -> ${dotString(e.to)} [${attrs.join(", ")}];`);
  }
  lines.push("}");
  return lines.join("\n");
}
function mermaidText(s) {
  return s.replace(/"/g, "#quot;").replace(/[|]/g, "#124;");
}
function toMermaid(analysis) {
  const h = highlights(analysis);
  const node = new Map(analysis.fragments.map((f, i) => [f.id, `f${i}`]));
  const lines = ["flowchart LR"];
  for (const f of analysis.fragments)
    lines.push(`  ${node.get(f.id)}["${mermaidText(f.path)}"]`);
  const cyclic = [];
  const backwards = [];
  analysis.graph.edges.forEach((e, i) => {
    const label = edgeLabel(e);
    const arrow = e.inferred ? "-->" : "-.->";
    lines.push(`  ${node.get(e.from)} ${arrow}${label ? `|"${mermaidText(label)}"|` : ""} ${node.get(e.to)}`);
    if (h.cyclic.has(`${e.from}>${e.to}`))
      cyclic.push(i);
    else if (h.backwards.has(`${e.from}>${e.to}`))
      backwards.push(i);
  });
  const hazardous = analysis.fragments.filter((f) => h.hazardous.has(f.id)).map((f) => node.get(f.id));
  if (hazardous.length > 0) {
    lines.push("  classDef hazard stroke:#e67e22,stroke-width:3px");
    lines.push(`  class ${hazardous.join(",")} hazard`);
  }
  if (cyclic.length > 0)
    lines.push(`  linkStyle ${cyclic.join(",")} stroke:#c0392b,stroke-width:2px`);
  if (backwards.length > 0)
    lines.push(`  linkStyle ${backwards.join(",")} stroke:#e67e22,stroke-width:2px`);
  return lines.join("\n");
}
function toJson(analysis) {
  const h = highlights(analysis);
  return JSON.stringify({
    version: 1,
    nodes: analysis.fragments.map((f) => ({ id: f.id, path: f.path, hazard: h.hazardous.has(f.id) })),
    edges: analysis.graph.edges.map((e) => ({
      ...e,
      cyclic: h.cyclic.has(`${e.from}>${e.to}`),
      backwards: h.backwards.has(`${e.from}>${e.to}`)
    })),
    order: analysis.graph.order,
    levels: analysis.graph.levels
  }, null, 2);
}
function reportGraph(analysis, format4) {
  const output = format4 === "dot" ? toDot(analysis) : format4 === "mermaid" ? toMermaid(analysis) : toJson(analysis);
  return { output: `${output}
`, exitCode: analysis.graph.cycles.length > 0 ? 1 : 0 };
}

// dist/src/report/explain.js
function reportExplain(analysis, name) {
  const lines = [];
  const index = fragmentResolver(analysis.fragments.map((f) => f.id))(name);
  if (index !== void 0)
    lines.push(...explainFragment(analysis, index));
  const symbolLines = explainSymbol(analysis, name);
  if (symbolLines.length > 0) {
    if (lines.length > 0)
      lines.push("");
    lines.push(...symbolLines);
  }
  if (lines.length === 0) {
    return { output: `fragbundle: no fragment or symbol named "${name}" in ${analysis.root}
`, exitCode: 1 };
  }
  return { output: `${lines.join("\n")}
`, exitCode: 0 };
}
function explainFragment(analysis, index) {
  const f = at(analysis.fragments, index);
  const { graph } = analysis;
  const position = graph.order.indexOf(f.id);
  const level = graph.levels.findIndex((l) => l.includes(f.id));
  const entry = analysis.plan.entries.find((e) => e.fragment === f.id);
  const lines = [
    `fragment ${f.path}`,
    `  loads ${ordinal(position + 1)} of ${graph.order.length} (baseline position ${f.order + 1}), level ${level + 1}`,
    `  ${entry ? `${entry.mode}: ${entry.reason}` : "eager"}`
  ];
  if (entry?.deferredStubs)
    lines.push(`  stubs until first use: ${entry.deferredStubs.map((d) => d.name).join(", ")}`);
  if (entry?.keptEagerBy) {
    const k = entry.keptEagerBy;
    lines.push(`  runs at start-up because of ${k.file}:${k.line}:${k.column}: ${k.why}`);
  }
  const before2 = graph.edges.filter((e) => e.to === f.id);
  const after = graph.edges.filter((e) => e.from === f.id);
  lines.push(before2.length === 0 ? "  needs nothing at load time" : "  loads after:");
  for (const e of before2)
    lines.push(`    ${e.from}${edgeTags(e)}: ${edgeLabel(e, 8)} ${locations(e.via, f.path)}`);
  const subFiles = analysis.symbols[index]?.subFiles ?? [];
  if (subFiles.length > 0) {
    lines.push("  dot-sources (their definitions and uses count as this fragment's):");
    for (const l of subFiles)
      lines.push(`    ${l.path} (from ${l.from}:${l.line}:${l.column}${l.conditional ? ", conditional" : ""})`);
  }
  lines.push(after.length === 0 ? "  nothing needs it at load time" : "  loads before:");
  for (const e of after)
    lines.push(`    ${e.to}${e.guarded ? " (guarded)" : ""}: ${edgeLabel(e, 8)}`);
  const runtime = graph.runtimeUses.filter((u) => u.to === f.id).map((u) => u.from);
  if (runtime.length > 0)
    lines.push(`  calls at run time (no load order needed): ${runtime.join(", ")}`);
  const files = /* @__PURE__ */ new Set([f.path, ...subFiles.map((l) => l.path)]);
  const findings = analysis.diagnostics.filter((d) => d.file !== void 0 && files.has(d.file));
  if (findings.length > 0)
    lines.push("  findings:", ...showPaths(findings, underRoot(analysis.root)).map((d) => `    ${formatDiagnostic(d)}`));
  return lines;
}
function edgeTags(e) {
  const tags = [e.declared ? "declared" : "", e.guarded ? "guarded: only probes and the calls they guard need it" : ""];
  const shown2 = tags.filter(Boolean);
  return shown2.length > 0 ? ` (${shown2.join(", ")})` : "";
}
function locations(via, file) {
  const shown2 = via.slice(0, 3).map((v) => `${v.file ?? file}:${v.line}:${v.column}`);
  return `(${shown2.join(", ")}${via.length > 3 ? ", ..." : ""})`;
}
function explainSymbol(analysis, rawName) {
  const name = rawName.replace(/^\$(env:)?/i, "").toLowerCase();
  const isEnv = /^\$env:/i.test(rawName);
  const isVariable = rawName.startsWith("$") && !isEnv;
  const kindOk = (kind) => isEnv ? kind === "env" : isVariable ? kind === "variable" : true;
  const defs = [];
  const uses = [];
  analysis.symbols.forEach((s) => {
    for (const d of s.defines)
      if (d.name.toLowerCase() === name && kindOk(d.kind))
        defs.push(describeDef(d.file ?? s.path, d));
    for (const r of s.references)
      if (r.name.toLowerCase() === name && kindOk(r.kind))
        uses.push(describeRef(r.file ?? s.path, r));
  });
  if (defs.length === 0 && uses.length === 0)
    return [];
  return [
    `symbol ${rawName}`,
    defs.length === 0 ? "  defined by no fragment (a cmdlet, program or inherited value)" : "  defined by:",
    ...defs.map((d) => `    ${d}`),
    uses.length === 0 ? "  used by no fragment" : "  used by:",
    ...uses.map((u) => `    ${u}`)
  ];
}
function describeDef(file, d) {
  const extra = [
    d.phase,
    d.conditional ? "conditional" : "",
    d.scope ? `scope ${d.scope}` : "",
    d.via ? `via ${d.via}` : ""
  ].filter(Boolean).join(", ");
  return `${file}:${d.line}:${d.column}  ${d.kind} (${extra})`;
}
function describeRef(file, r) {
  const extra = [r.phase, r.conditional ? "conditional" : "", r.guarded ? "guarded" : ""].filter(Boolean).join(", ");
  return `${file}:${r.line}:${r.column}  ${r.access} ${r.kind} (${extra})`;
}
function ordinal(n) {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${suffix}`;
}

// dist/src/cli/commands/explain.js
async function runExplain(args) {
  const { analysis } = await analyzeArgs(args);
  const r = reportExplain(analysis, args.name);
  return r.exitCode === 0 ? ok(r.output) : ok("", r.exitCode, r.output);
}

// dist/src/cli/commands/graph.js
async function runGraph(args) {
  const { analysis } = await analyzeArgs(args);
  const r = reportGraph(analysis, args.format);
  return ok(r.output, r.exitCode);
}

// dist/src/cli/commands/where.js
import path14 from "node:path";
function runWhere(args) {
  const cwd = args.cwd ?? process.cwd();
  const line = typeof args.line === "number" ? args.line : /^\s*\d+\s*$/.test(args.line) ? Number(args.line) : NaN;
  if (!Number.isInteger(line) || line < 1) {
    return ok("", 2, `fragbundle: where: LINE must be a line number of the bundle (1 or more), not ${JSON.stringify(String(args.line))}
`);
  }
  if (Array.isArray(args.bundle))
    return ok("", 2, "fragbundle: --bundle was given more than once; give it once\n");
  const bundle = args.bundle ? path14.resolve(cwd, args.bundle) : resolveConfig({ ...args, cwd }).output;
  let text;
  try {
    text = readRegularFile(bundle).toString("utf8");
  } catch (error) {
    return ok("", 2, `fragbundle: cannot read bundle ${displayPath(cwd, bundle)}: ${describeReadError(error)}
`);
  }
  const header = readBundleHeader(text);
  if (!header)
    return ok("", 2, `fragbundle: ${displayPath(cwd, bundle)} has no fragbundle header
`);
  const lines = countLineBreaks2(text) + (/[\r\n]$/.test(text) ? 0 : 1);
  if (line > lines) {
    return ok("", 2, `fragbundle: ${displayPath(cwd, bundle)} has ${lines} lines; there is no line ${line}
`);
  }
  const hit = whereLine(header, line);
  if (!hit)
    return ok("", 1, `fragbundle: line ${line} of ${displayPath(cwd, bundle)} is fragbundle's own code, not a fragment's
`);
  return ok(`${hit.path}:${hit.line}
`);
}

// dist/src/cli/progress.js
var DELAY_MS = 1e3;
var EVERY_MS = 100;
function wantsProgress(stream, quiet, env2 = process.env) {
  return stream.isTTY === true && !quiet && !env2.CI;
}
function progressLine(stream, now = Date.now) {
  const began = now();
  let total = 0;
  let cached = 0;
  let done = 0;
  let shown2 = false;
  let last2 = 0;
  const render = () => {
    const t = now();
    if (t - began < DELAY_MS || t - last2 < EVERY_MS)
      return;
    last2 = t;
    shown2 = true;
    const from = cached > 0 ? ` (${cached} cached)` : "";
    stream.write(`\r\x1B[Kfragbundle: parsing ${done}/${total} fragments${from}`);
  };
  const timer = setInterval(render, EVERY_MS);
  timer.unref();
  return {
    start(toParse, fromCache) {
      total = toParse;
      cached = fromCache;
    },
    parsed(count) {
      done += count;
      render();
    },
    end() {
      clearInterval(timer);
      if (shown2)
        stream.write("\r\x1B[K");
    }
  };
}

// dist/src/cli/main.js
function finish(result, argv) {
  const out = colourOutput(result, argv, process.env, { stdout: process.stdout, stderr: process.stderr });
  if (out.stdout)
    process.stdout.write(out.stdout);
  if (out.stderr)
    process.stderr.write(out.stderr);
  process.exitCode = result.exitCode;
}
function fail(error, debug, argv) {
  if (error instanceof ConfigError || error instanceof LoadError) {
    const text = `${error.diagnostics.map(formatDiagnostic).join("\n")}
`;
    process.stderr.write(colourOutput({ stdout: "", stderr: text }, argv, process.env, process).stderr);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`fragbundle: ${message}
`);
  }
  if (debug && error instanceof Error && error.stack)
    process.stderr.write(`${error.stack}
`);
  if (!debug && !(error instanceof ConfigError || error instanceof LoadError)) {
    process.stderr.write("fragbundle: run again with --debug for details\n");
  }
  process.exitCode = 2;
}
function toFile(result, file) {
  try {
    writeFileAtomic(path15.resolve(file), result.stdout);
  } catch (error) {
    return {
      stdout: "",
      stderr: `${result.stderr}fragbundle: cannot write ${file}: ${describeWriteError(error)}
`,
      exitCode: 2
    };
  }
  return { stdout: "", stderr: result.stderr, exitCode: result.exitCode };
}
var outputFileOption = (y) => y.option("output-file", {
  alias: "o",
  type: "string",
  describe: "Write the report to this file instead of stdout (e.g. SARIF for code scanning)"
});
var NO_COMMAND = "name a command";
var profileOptions = (y) => y.positional("dir", {
  type: "string",
  describe: "The fragments folder (default: from fragbundle.config.json, else ./profile.d)"
}).option("config", {
  type: "string",
  describe: "Use this config file instead of discovering fragbundle.config.json"
}).option("env", {
  type: "string",
  describe: "Environment from .profile-fragments.json (and # Environment: headers)"
});
async function main(argv) {
  const debug = argv.includes("--debug");
  let progress;
  const track = (a) => {
    if (!wantsProgress(process.stderr, a.quiet ?? false))
      return a;
    progress = progressLine(process.stderr);
    return { ...a, progress };
  };
  const run = (task, outputFile) => async () => {
    try {
      const result = await task();
      progress?.end();
      if (outputFile !== void 0) {
        finish(toFile(result, outputFile), argv);
        return;
      }
      finish(result, argv);
      if (result.replay)
        saveReplay(argv, process.cwd(), result.replay);
    } catch (error) {
      progress?.end();
      fail(error, debug, argv);
    }
  };
  const parser2 = yargs_default(argv).scriptName("fragbundle").version(TOOL_VERSION).strict().recommendCommands().demandCommand(1, NO_COMMAND).option("debug", { type: "boolean", describe: "Print stack traces for internal errors" }).option("quiet", { type: "boolean", alias: "q", describe: "Print only errors" }).option("color", {
    type: "boolean",
    describe: "Colour findings even when not at a terminal (--no-color: never); default: at a terminal, unless NO_COLOR is set"
  }).option("cache", {
    type: "boolean",
    default: true,
    describe: "Reuse the symbols of unchanged fragments (--no-cache: parse everything)"
  }).option("cache-dir", {
    type: "string",
    describe: "Cache folder (default: $FRAGBUNDLE_CACHE_DIR, else the user cache folder)"
  }).command("analyze [dir]", "Show what each fragment defines and uses, the load order, levels and hazards", (y) => outputFileOption(profileOptions(y)).option("format", {
    choices: ["text", "json"],
    default: "text",
    describe: "text for people, json for tools (docs/json-format.md)"
  }).option("lazy", {
    choices: ["auto", "off", "fragments"],
    describe: "The lazy mode whose plan to show (default: the config, else auto)"
  }), (a) => run(() => runAnalyze({ ...track(a), dir: a.dir }), a.outputFile)()).command("build [dir]", "Write one ordered, lazy-stubbed profile script", (y) => profileOptions(y).option("output", {
    alias: "o",
    type: "string",
    describe: "The bundle file (default: profile.bundle.ps1 beside the fragments folder)"
  }).option("lazy", {
    choices: ["auto", "off", "fragments"],
    describe: "Lazy-load functions nothing needs at start-up (default auto); fragments: also defer whole fragments until first use"
  }).option("timings", { type: "boolean", describe: "Record per-fragment load times (Get-FragbundleTiming)" }).option("stale-guard", {
    type: "boolean",
    describe: "At start-up, load fragments changed, added or removed since the build from disk, with a warning (default on; --no-stale-guard: off)"
  }).option("watch", {
    type: "boolean",
    describe: "Stay running and rebuild whenever a fragment, a file under the folder or the config changes (Ctrl-C stops)"
  }), (a) => a.watch ? runWatch({ ...a, dir: a.dir }).catch((error) => {
    fail(error, debug, argv);
  }) : run(() => runBuild({ ...track(a), dir: a.dir }))()).command("check [dir]", "Verify the baseline order and that the bundle is current (for CI and pre-commit); writes nothing", (y) => outputFileOption(profileOptions(y)).option("max-warnings", {
    type: "number",
    describe: "Exit 1 when there are more warnings than this (for CI)"
  }).option("bundle", {
    alias: "b",
    type: "string",
    describe: "The bundle to check (default: the configured output)"
  }).option("format", {
    choices: ["text", "json", "sarif", "github"],
    default: "text",
    describe: "Report format: text, json, SARIF 2.1.0 (code scanning), github (annotations)"
  }).option("order-only", { type: "boolean", describe: "Check only the baseline order (for one-by-one loaders)" }).option("suggest-order", {
    type: "boolean",
    describe: "Print the fewest renames (or the loadOrder list) that make the baseline order valid"
  }).option("fix", {
    type: "boolean",
    describe: "Do what --suggest-order prints: git mv the files, or rewrite the configured list"
  }), (a) => run(async () => {
    const r = await runCheck({
      ...track(a),
      dir: a.dir,
      orderOnly: a.orderOnly,
      suggestOrder: a.suggestOrder,
      fix: a.fix,
      maxWarnings: a.maxWarnings
    });
    const summaryFile = process.env.GITHUB_STEP_SUMMARY;
    if (r.stepSummary && summaryFile)
      appendFileSync(summaryFile, r.stepSummary);
    return r;
  }, a.outputFile)()).command("graph [dir]", "Print the dependency graph", (y) => outputFileOption(profileOptions(y)).option("format", {
    choices: ["dot", "mermaid", "json"],
    default: "dot",
    describe: "Graphviz dot, a Mermaid flowchart, or JSON"
  }), (a) => run(() => runGraph({ ...track(a), dir: a.dir }), a.outputFile)()).command("explain <name> [dir]", "Explain a fragment (why it loads where it does) or a symbol (who defines and uses it)", (y) => profileOptions(y).positional("name", {
    type: "string",
    demandOption: true,
    describe: "A fragment (file name with or without .ps1) or a symbol (function, alias, $variable, $env:NAME)"
  }), (a) => run(() => runExplain({ ...track(a), name: a.name, dir: a.dir }))()).command("init [dir]", "Write a commented fragbundle.config.json, add the bundle to a profile, print hook and CI snippets", (y) => y.positional("dir", { type: "string", describe: "The fragments folder (default ./profile.d)" }).option("profile", { type: "string", describe: "Profile file to add the loading line to (e.g. $PROFILE)" }).option("force", { type: "boolean", describe: "Overwrite an existing fragbundle.config.json" }), (a) => run(() => runInit({ dir: a.dir, profile: a.profile, force: a.force }))()).command("where <line>", "Map a line of the bundle back to the fragment file and line", (y) => y.positional("line", { type: "string", demandOption: true, describe: "A line number of the bundle" }).option("bundle", { alias: "b", type: "string", describe: "The bundle file (default: from the config)" }).option("config", {
    type: "string",
    describe: "Use this config file instead of discovering fragbundle.config.json"
  }), (a) => run(() => runWhere({ line: a.line, bundle: a.bundle, config: a.config }))()).fail((message, error, y) => {
    if (error) {
      fail(error, debug, argv);
      return;
    }
    if (message === NO_COMMAND) {
      y.showHelp((text) => process.stderr.write(`${text}
`));
      process.exit(2);
    }
    process.stderr.write(`fragbundle: ${message.replace(/\s*\n\s*/g, " ")}
fragbundle: see fragbundle --help
`);
    process.exit(2);
  }).help().alias("h", "help").alias("v", "version").wrap(Math.min(100, process.stdout.isTTY ? process.stdout.columns : 100));
  await parser2.parseAsync();
}
export {
  main
};
