/**
 * What the task pane asks of the document it works on. The Word adapter
 * (Office.js) implements it; so does the in-memory host used by tests and
 * the browser harness. The pane receives one as a prop and never touches
 * Office.js itself.
 */
import type { Edit } from '../core/edits';
import type { DocumentMarker, DocumentModel } from '../core/model';
import type { Profile, Template } from '../templates/schema';

export type InsertWhere = 'cursor' | 'replace-body';
export type FileKind = 'docx' | 'pdf';

export interface DocumentHost {
  /** Reads the whole document into the model, in a constant number of round trips. */
  readDocument(): Promise<DocumentModel>;
  /** Inserts a catalog template; stores (or keeps) the project id and template id in the document. */
  insertTemplate(template: Template, profile: Profile, where: InsertWhere): Promise<DocumentMarker>;
  /** Applies a fix plan in one batch (one undo step where Word allows). */
  applyEdits(edits: readonly Edit[]): Promise<void>;
  /** Selects and scrolls to a paragraph (0-based model index). */
  selectParagraph(index: number): Promise<void>;
  /** The marker stored in the document, if any. */
  readMarker(): Promise<DocumentMarker>;
  /** The document as a file, for upload to the register. */
  getFile(kind: FileKind): Promise<Uint8Array>;
  /**
   * Stores a register project's id in the document (custom XML part and custom
   * property), keeping its template id: a later document then reaches the
   * project's row. Absent where the host cannot write document properties.
   */
  linkProject?(projectId: string): Promise<DocumentMarker>;
  /**
   * Custom document properties by name (`DangjianField.org`): the values the
   * register keeps that the form does not print. Names without a value are
   * left out. Absent where the host cannot read document properties.
   */
  readProperties?(names: readonly string[]): Promise<Record<string, string>>;
  /** Writes custom document properties (creating or replacing them), so the next submission finds them. */
  writeProperties?(values: Readonly<Record<string, string>>): Promise<void>;
}
