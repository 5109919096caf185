/** Markup escaping is shared with the batch page's report. */
export { escapeMarkup, referenceTerminalControls, stripXmlInvalid } from '../../report/escape';
