/**
 * The 台账 view's data: an organisation's projects, page by page, the
 * current document's row marked, and the catalog's deadlines with days left.
 */
import type { Template } from '../templates/schema';
import type { RegisterGraph } from './graph/client';
import { listRowsByOrg, type ListLocation } from './graph/list';

export interface RegisterListRow {
  readonly id: string;
  readonly projectId: string;
  readonly title: string;
  readonly org: string;
  readonly status: string;
  readonly year?: number;
  readonly applicationUrl?: string;
  readonly reportUrl?: string;
  readonly pdfUrl?: string;
  /** When the row was last submitted (ISO), shown in the reader's time. */
  readonly submittedAt?: string;
  readonly isCurrentDocument: boolean;
}

export interface RegisterListPage {
  readonly rows: RegisterListRow[];
  readonly nextLink?: string;
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Only links to http(s) are shown as links; anything else in a text column stays text. */
export function safeLink(value: unknown): string | undefined {
  const text = textOf(value);
  return text && /^https:\/\//i.test(text) ? text : undefined;
}

export async function loadRegisterPage(
  graph: RegisterGraph,
  location: ListLocation,
  query: { org: string; year?: number; currentProjectId?: string; top?: number; nextLink?: string },
): Promise<RegisterListPage> {
  const page = await listRowsByOrg(graph, location, query.org, { top: query.top, nextLink: query.nextLink });
  const rows = page.rows
    .map((row): RegisterListRow => ({
      id: row.id,
      projectId: String(row.fields.ProjectId ?? ''),
      title: String(row.fields.Title ?? ''),
      org: String(row.fields.Org ?? ''),
      status: String(row.fields.Status ?? ''),
      year: typeof row.fields.Year === 'number' ? row.fields.Year : undefined,
      applicationUrl: safeLink(row.fields.ApplicationUrl),
      reportUrl: safeLink(row.fields.ReportUrl),
      pdfUrl: safeLink(row.fields.PdfUrl),
      submittedAt: textOf(row.fields.SubmittedAt),
      isCurrentDocument: query.currentProjectId !== undefined && row.fields.ProjectId === query.currentProjectId,
    }))
    .filter((row) => query.year === undefined || row.year === query.year);
  return { rows, nextLink: page.nextLink };
}

export interface Deadline {
  readonly templateId: string;
  readonly name: string;
  readonly date: string;
  readonly daysLeft: number;
}

/** Deadlines of the templates that have one, soonest first; days counted in calendar days. */
export function deadlines(templates: readonly Template[], today: Date): Deadline[] {
  const startOfToday = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return templates
    .filter((template): template is Template & { deadline: string } => template.deadline !== undefined)
    .map((template) => {
      const [year, month, day] = template.deadline.split('-').map(Number);
      return {
        templateId: template.id,
        name: template.shortName,
        date: template.deadline,
        daysLeft: Math.round((Date.UTC(year, month - 1, day) - startOfToday) / 86_400_000),
      };
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}
