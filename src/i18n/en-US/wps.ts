import type { wps as zh } from '../zh-CN/wps';

export const wps: typeof zh = {
  errors: {
    noDocument: 'No document is open in WPS. Create or open a document first.',
    readFailed: 'Could not read the document. Make sure it is not read-only or protected, then try again.',
    insertFailed: 'Could not insert the template. Make sure the cursor is not in a protected area, then try again.',
    documentChanged: 'The document changed after it was checked. Check it again before fixing.',
    paragraphMissing: 'The paragraph could not be found; the document may have changed. Check it again.',
    fileUnavailable: 'Could not get the document from WPS. Save the document and try again.',
    pdfUnavailable: 'This WPS cannot export PDF (add-in file access needs WPS Writer 2019 or later). Save as PDF by hand, then submit.',
    standInRejected: 'The WPS test host rejected this call.',
  },
  undoName: 'Party projects: fix formatting',
};
