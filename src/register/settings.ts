/**
 * Register settings: which cloud, tenant, app registration, site and list.
 * They come from the panel's settings form or from `config/register.json`
 * deployed next to the pane (central deployment); both are parsed here, at
 * the edge, and trusted inside.
 */
import { z } from 'zod';
import { err, ok, type Result } from '../core/result';
import { registerErrorSaying, type RegisterError } from './errors';
import { zh, type Messages } from '../i18n';

export const CLOUDS = {
  global: { graphBaseUrl: 'https://graph.microsoft.com', authorityHost: 'https://login.microsoftonline.com' },
  china: { graphBaseUrl: 'https://microsoftgraph.chinacloudapi.cn', authorityHost: 'https://login.chinacloudapi.cn' },
} as const;
export type Cloud = keyof typeof CLOUDS;

export const DEFAULT_LIST_NAME = '党建项目台账';
export const DEFAULT_LIBRARY_FOLDER = '党建项目';

const httpsUrl = z
  .string()
  .url()
  .refine((value) => value.startsWith('https://'), { message: '必须是 https:// 地址' })
  .transform((value) => value.replace(/\/+$/, ''));

export const registerSettingsInputSchema = z.object({
  cloud: z.enum(['global', 'china']).default('global'),
  /** Directory (tenant) id or verified domain. */
  tenantId: z.string().min(1, '请填写租户 ID'),
  /** Application (client) id of the SPA registration. */
  clientId: z.string().regex(/^[0-9a-fA-F-]{36}$/, '应用（客户端）ID 应为 GUID'),
  /** Graph site id (`host,siteGuid,webGuid`) or `host:/sites/path:`. */
  siteId: z.string().min(1, '请填写站点'),
  listName: z.string().min(1, '请填写列表名称').default(DEFAULT_LIST_NAME),
  libraryFolder: z.string().min(1, '请填写文档库文件夹').default(DEFAULT_LIBRARY_FOLDER),
  /** Overrides the cloud's Graph root (a sovereign cloud, a proxy, the development stand-in). */
  graphBaseUrl: httpsUrl.optional(),
  /** Overrides the cloud's sign-in authority host. */
  authorityHost: httpsUrl.optional(),
  /** Set by the central config file: the panel shows settings read-only. */
  locked: z.boolean().default(false),
});
export type RegisterSettingsInput = z.input<typeof registerSettingsInputSchema>;

export interface RegisterSettings {
  readonly cloud: Cloud;
  readonly tenantId: string;
  readonly clientId: string;
  readonly siteId: string;
  readonly listName: string;
  readonly libraryFolder: string;
  readonly graphBaseUrl: string;
  /** `https://login…/{tenant}` */
  readonly authority: string;
  readonly locked: boolean;
}

/** Parses settings from JSON or a form; never throws on user input. A setting is named as the form names it (租户 ID), never by its key in the file. */
export function parseRegisterSettings(input: unknown, table: Messages['register'] = zh.register): Result<RegisterSettings, RegisterError> {
  const parsed = registerSettingsInputSchema.safeParse(input);
  if (!parsed.success) {
    const labels: Record<string, string> = table.panel.settingsFields;
    const key = (path: readonly PropertyKey[]) => (typeof path[0] === 'string' && path[0] in labels ? labels[path[0]] : table.errors.settingUnnamed);
    // A setting left out is "not filled in" in the reader's language; other problems keep the form's own Chinese wording in Chinese.
    const problem = (issue: z.core.$ZodIssue) =>
      issue.code === 'invalid_type' ? table.errors.settingMissing : table === zh.register ? issue.message : table.errors.settingNotValid;
    const detail = parsed.error.issues.map((issue) => table.errors.settingProblem(key(issue.path), problem(issue))).join(table.errors.settingsSeparator);
    return err(registerErrorSaying('settings-invalid', 'settingsInvalid', [detail]));
  }
  const value = parsed.data;
  const cloud = CLOUDS[value.cloud];
  return ok({
    cloud: value.cloud,
    tenantId: value.tenantId,
    clientId: value.clientId,
    siteId: value.siteId,
    listName: value.listName,
    libraryFolder: value.libraryFolder,
    graphBaseUrl: value.graphBaseUrl ?? cloud.graphBaseUrl,
    authority: `${value.authorityHost ?? cloud.authorityHost}/${value.tenantId}`,
    locked: value.locked,
  });
}

/** The form's view of settings (what gets saved back). */
export function settingsToInput(settings: RegisterSettings): RegisterSettingsInput {
  const cloud = CLOUDS[settings.cloud];
  const authorityHost = settings.authority.slice(0, settings.authority.lastIndexOf('/'));
  return {
    cloud: settings.cloud,
    tenantId: settings.tenantId,
    clientId: settings.clientId,
    siteId: settings.siteId,
    listName: settings.listName,
    libraryFolder: settings.libraryFolder,
    graphBaseUrl: settings.graphBaseUrl === cloud.graphBaseUrl ? undefined : settings.graphBaseUrl,
    authorityHost: authorityHost === cloud.authorityHost ? undefined : authorityHost,
    locked: settings.locked,
  };
}

/** The Graph host, for the client's `customHosts` when it is not a Microsoft Graph host. */
export function graphHost(settings: RegisterSettings): string {
  return new URL(settings.graphBaseUrl).host;
}
