import type { docx as zh } from '../zh-CN/docx';

export const docx: typeof zh = {
  errors: {
    empty: 'The file is empty (0 bytes): check that you picked the right file, or save it again in Word and retry',
    notADocx: 'This is not a Word document (.docx): choose a .docx file saved by Word and retry',
    legacyDoc: 'This is a legacy Word document (.doc) and cannot be checked: save it as .docx in Word and retry',
    encrypted: 'The document is password-protected: remove the password in Word (File → Info → Protect Document → Encrypt with Password, clear it), save and retry',
    corruptZip: 'The document is damaged or incomplete (perhaps a partial download): open it in Word, save as .docx and retry',
    missingDocument: 'The document has no main body part: open it in Word, save as .docx and retry',
    malformedXml: 'The document content is damaged and cannot be parsed: open it in Word, save as .docx and retry',
    unsupportedCompression: 'The document uses an unsupported compression method: open it in Word, save as .docx and retry',
    tooManyEntries: 'The document has too many parts and was refused: save it as .docx in Word and retry; if it persists, remove extra embedded objects',
    tooLarge: 'The document is too large once unpacked and was refused: remove or compress large pictures, or split the document, and retry',
    unsafeXml: 'The document contains an unsafe XML declaration (DOCTYPE) and was refused: save it as .docx in Word and retry',
    invalidEdit: 'The fix plan does not match the document (a paragraph or text position is missing, or two changes overlap): check the document again before fixing',
  },
};
