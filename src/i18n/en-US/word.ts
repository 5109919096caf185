import type { word as zh } from '../zh-CN/word';

export const word: typeof zh = {
  errors: {
    pdfUnavailable: 'This version of Word cannot export PDF. Please submit from Word for desktop.',
    fileUnavailable: 'Could not get the document from Word. Save the document and try again.',
    fileBusy: 'Word has too many exported files open. Please try again shortly.',
    readFailed: 'Could not read the document. Make sure it is not read-only or protected, then try again.',
    documentChanged: 'The document changed after it was checked. Check it again before fixing.',
    paragraphMissing: 'The paragraph could not be found; the document may have changed. Check it again.',
    insertFailed: 'Could not insert the template. Make sure the cursor is not in a protected area, then try again.',
    requirementMissing: 'This version of Word is too old for this feature. Please update Office.',
    notEmulated: 'The test host does not support this Word feature.',
  },
};
