/** The catalog as the seeds' school issued it: 000's 安庆职业技术学院, round 2024. */
import { CATALOG } from '../../../src/templates/catalog';
import type { Template } from '../../../src/templates/schema';
import { applySchoolToCatalog, type SchoolSettings } from '../../../src/templates/school';
import { schoolSettingsSchema } from '../../../src/templates/school-settings';

export const SEED_SCHOOL: SchoolSettings = schoolSettingsSchema.parse({ schoolName: '安庆职业技术学院', year: 2024 });

/** A day inside the 2024 round (before its first deadline). */
export const IN_ROUND = new Date(2024, 3, 20);

export const ISSUED_CATALOG: readonly Template[] = applySchoolToCatalog(CATALOG, SEED_SCHOOL, IN_ROUND);

export function issued(id: string): Template {
  const template = ISSUED_CATALOG.find((candidate) => candidate.id === id);
  if (!template) throw new Error(`no template ${id}`);
  return template;
}
