/**
 * The paperwork after a submission: the checklist the school's settings ask
 * for (by the template's scheme), and the 支部's sealed scan attached to the
 * row just submitted.
 */
import { useCallback, useState } from 'react';
import { RegisterFailure, registerErrorSaying } from '../errors';
import type { RegisterGraph } from '../graph/client';
import type { RowFields } from '../graph/list';
import { attachSealedScan, isScanType, requirementsFor, submissionChecklist, type ChecklistItem } from '../paperwork';
import type { RegisterSettings } from '../settings';
import type { SubmitOutcome } from '../submit';
import type { RegisterEnvironment } from './environment';

export function usePaperwork(
  environment: RegisterEnvironment,
  settings: RegisterSettings | undefined,
  connect: () => Promise<{ readonly graph: RegisterGraph }>,
  guarded: (action: () => Promise<void>) => Promise<void>,
) {
  const [row, setRow] = useState<RowFields>();
  const [templateId, setTemplateId] = useState<string>();
  const [checklist, setChecklist] = useState<ChecklistItem[]>();
  const [message, setMessage] = useState<'scanAttached'>();

  /** What the school asks on paper for this template's scheme (004's own count of copies, 000's seal and room). */
  const requirementsOf = useCallback(
    async (id: string | undefined) => requirementsFor(await environment.school?.(), environment.catalog.find((template) => template.id === id)?.scheme),
    [environment],
  );

  const submitted = useCallback(
    async (outcome: Extract<SubmitOutcome, { kind: 'done' }>) => {
      setRow(outcome.row.fields);
      setTemplateId(outcome.submission.templateId);
      setMessage(undefined);
      setChecklist(submissionChecklist(await requirementsOf(outcome.submission.templateId), outcome.row.fields));
    },
    [requirementsOf],
  );

  const clear = useCallback(() => setChecklist(undefined), []);

  /** The 支部's sealed scan, attached to the row just submitted; errors show as the panel's messages. */
  const attachScan = useCallback(
    (file: File) =>
      guarded(async () => {
        const target = typeof row?.ProjectId === 'string' ? row.ProjectId : undefined;
        if (!settings || !target) return;
        if (!isScanType(file.type)) throw new RegisterFailure(registerErrorSaying('invalid-record', 'scanTypeRefused', [file.type]));
        const { graph } = await connect();
        const updated = await attachSealedScan(graph, settings, target, { bytes: new Uint8Array(await file.arrayBuffer()), type: file.type });
        setRow(updated.fields);
        setChecklist(submissionChecklist(await requirementsOf(templateId), updated.fields));
        setMessage('scanAttached');
      }),
    [guarded, row, templateId, settings, connect, requirementsOf],
  );

  return { checklist, message, submitted, clear, attachScan };
}
