/**
 * The 检查 place's work: read the document, decide the template, check, and
 * apply fixes followed by a fresh check (never trust a fix without
 * re-reading: textlint's fixer does the same).
 */
import { useCallback, useRef, useState } from 'react';
import type { Finding } from '../core/finding';
import type { DocumentHost } from '../word/host';
import type { Detection } from '../templates/detect';
import type { Template } from '../templates/schema';
import type { Locale } from '../i18n';
import { toPaneError, type PaneError } from './errors';
import type { PaneServices } from './services';
import type { PaneText } from './text';

export type CheckBusy = 'reading' | 'checking' | 'fixing';

export interface CheckReport {
  readonly template: Template;
  /** True when the template came from the document rather than the user's choice. */
  readonly detected: boolean;
  /** What gave the detected template away (marker, title, headings, labels); absent when none fitted. */
  readonly detection?: Detection;
  readonly findings: readonly Finding[];
  readonly wordCount: number;
  /** A form nobody filled in (未填写). */
  readonly unfilled?: boolean;
}

export interface CheckState {
  readonly busy?: CheckBusy;
  readonly error?: PaneError;
  /** The document's template could not be recognised and the user has not chosen one. */
  readonly needsTemplate: boolean;
  readonly report?: CheckReport;
  /** What the last fix did ("已修正 12 处…"). */
  readonly notice?: string;
}

export interface CheckActions {
  run(): Promise<void>;
  fix(findings: readonly Finding[]): Promise<void>;
  locate(finding: Finding): Promise<void>;
  dismissError(): void;
}

export function useCheck(
  host: DocumentHost,
  services: PaneServices,
  text: PaneText,
  chosenId: string | undefined,
  locale: Locale = 'zh-CN',
): [CheckState, CheckActions] {
  const [state, setState] = useState<CheckState>({ needsTemplate: false });
  const running = useRef(false);

  const check = useCallback(async (): Promise<Omit<CheckState, 'busy' | 'notice'>> => {
    setState((previous) => ({ ...previous, busy: 'reading', error: undefined }));
    const model = await host.readDocument();
    setState((previous) => ({ ...previous, busy: 'checking' }));
    const chosen = services.catalog.find((template) => template.id === chosenId);
    const detected = chosen ? undefined : await services.detect(model);
    const template = chosen ?? detected?.template;
    if (!template) return { needsTemplate: true, report: undefined };
    const outcome = await services.check(model, template, services.profileFor(template), locale);
    return { needsTemplate: false, report: { template, detected: !chosen, detection: detected?.detection, ...outcome } };
  }, [host, services, chosenId, locale]);

  const guarded = useCallback(async (work: () => Promise<Partial<CheckState>>): Promise<void> => {
    if (running.current) return;
    running.current = true;
    try {
      const next = await work();
      setState((previous) => ({ ...previous, ...next, busy: undefined }));
    } catch (thrown) {
      setState((previous) => ({ ...previous, busy: undefined, error: toPaneError(thrown, text) }));
    } finally {
      running.current = false;
    }
  }, [text]);

  const run = useCallback(() => guarded(async () => ({ ...(await check()), notice: undefined })), [guarded, check]);

  const fix = useCallback(
    (findings: readonly Finding[]) =>
      guarded(async () => {
        setState((previous) => ({ ...previous, busy: 'fixing', error: undefined, notice: undefined }));
        const fixable = findings.filter((finding) => finding.fixable);
        const plan = await services.planFixes(fixable);
        await host.applyEdits(plan.edits);
        const fixed = fixable.length - plan.remaining.length;
        const after = await check();
        const notice =
          plan.remaining.length > 0 ? text.check.leftOver(plan.remaining.length) : fixable.length === 1 ? text.check.fixedOne : text.check.fixedAll(fixed);
        return { ...after, notice };
      }),
    [guarded, services, host, check, text],
  );

  const locate = useCallback(
    async (finding: Finding) => {
      try {
        await host.selectParagraph(finding.paragraph - 1);
      } catch (thrown) {
        setState((previous) => ({ ...previous, error: toPaneError(thrown, text) }));
      }
    },
    [host, text],
  );

  const dismissError = useCallback(() => setState((previous) => ({ ...previous, error: undefined })), []);

  return [state, { run, fix, locate, dismissError }];
}
