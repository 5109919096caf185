/** The HTML report is built host-neutrally (the batch page makes the same one in the browser). */
export { formatHtml } from '../../report/html';
export type { HtmlOptions } from '../../report/html';
