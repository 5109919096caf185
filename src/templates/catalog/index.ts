/**
 * The built-in catalog, in the order the pane lists it: each scheme's
 * documents in the order a project produces them. Ids are a contract
 * (CLI, register, tests).
 */
import type { Template } from '../schema';
import { activityAcceptance } from './activity-acceptance';
import { activityApplication } from './activity-application';
import { activityClosingReport } from './activity-closing-report';
import { activityMidterm } from './activity-midterm';
import { brandApplication } from './brand-application';
import { brandCase } from './brand-case';
import { shujiApplication } from './shuji-application';
import { shujiClosingReport } from './shuji-closing-report';
import { shujiFiling } from './shuji-filing';
import { shujiProposal } from './shuji-proposal';

export const CATALOG: readonly Template[] = [
  shujiApplication,
  shujiFiling,
  shujiClosingReport,
  shujiProposal,
  activityApplication,
  activityMidterm,
  activityClosingReport,
  activityAcceptance,
  brandApplication,
  brandCase,
];

export const CATALOG_IDS = CATALOG.map((template) => template.id);

export function catalogTemplate(id: string): Template | undefined {
  return CATALOG.find((template) => template.id === id);
}
