/** What a report may show of a document's text: shared with the batch page, so it lives in src/report. */
export { cutEcho, ECHO_LIMIT, MESSAGE_LIMIT, printable, printableLines, terminalSafeJson, holdsTerminalActive } from '../report/printable';
