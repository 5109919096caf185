/**
 * What the pane needs from the core, as one value passed to `App`. The pane
 * shows and orders; the checking, detecting and fix planning are the core's
 * (src/core, src/templates), wired in `core-services.ts`.
 */
import type { Edit } from '../core/edits';
import type { Finding } from '../core/finding';
import type { DocumentModel } from '../core/model';
import type { Detection } from '../templates/detect';
import type { Profile, Template } from '../templates/schema';
import type { Locale } from '../i18n';

export interface CheckOutcome {
  readonly findings: readonly Finding[];
  readonly wordCount: number;
  /** A form nobody filled in (未填写): not a pass, though its fields show only as warnings. */
  readonly unfilled?: boolean;
}

export interface FixPlan {
  readonly edits: readonly Edit[];
  /** Fixes left out because they overlap others; applied on the next round. */
  readonly remaining: readonly Finding[];
}

/** The template a document was made from, and what gave it away (absent for the format-only template). */
export interface Detected {
  readonly template: Template;
  readonly detection?: Detection;
}

/** A result now, or once the code that computes it has loaded. */
export type Eventually<T> = T | Promise<T>;

export interface PaneServices {
  /** The catalog as the school issues it this round (names, year and deadlines from its settings). */
  readonly catalog: readonly Template[];
  /** Why the school's deployed settings were not used (the catalog then has the notices' defaults). */
  readonly schoolProblem?: string;
  profileFor(template: Template): Profile;
  /**
   * The template the document was made from (marker, title, section headings
   * or form labels) and why; when none fits, the format-only template and
   * 未识别模板，仅检查格式.
   */
  detect(model: DocumentModel): Eventually<Detected>;
  /** Findings worded in `locale` (zh-CN when not given). */
  check(model: DocumentModel, template: Template, profile: Profile, locale?: Locale): Eventually<CheckOutcome>;
  planFixes(findings: readonly Finding[]): Eventually<FixPlan>;
  /** Today, for deadlines (a seam so screenshots and tests are stable). */
  today(): Date;
}
