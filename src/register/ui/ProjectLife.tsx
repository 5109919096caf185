/**
 * The parts of the 台账 place that follow a project beyond one document:
 * choosing the project for a later document, confirming a 备案表's rows,
 * and the paperwork checklist after a submission. Mounted once by the panel
 * with the panel's state; every name is rendered as text.
 */
import { Button, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { messages, type Locale } from '../../i18n';
import { ProjectPicker } from './ProjectPicker';
import { SubmissionChecklist } from './SubmissionChecklist';
import type { useRegister } from './useRegister';

export function ProjectLife({ state, locale }: { state: ReturnType<typeof useRegister>; locale: Locale }): JSX.Element {
  const text = messages(locale).register.life;
  const filing = state.pendingFiling;
  return (
    <>
      {state.needsProject && (
        <ProjectPicker
          text={text}
          initialOrg={state.needsProject.org}
          initialName={state.needsProject.typed}
          search={state.findProjects}
          onChoose={(choice) => void state.chooseProject(choice)}
          onCreate={state.needsProject.canCreate ? () => void state.createRow() : undefined}
          busy={state.busy}
        />
      )}
      {state.linkedTitle && state.pending && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{text.pickerLinked(state.linkedTitle)}</MessageBarBody>
        </MessageBar>
      )}
      {state.pending?.outOfOrder && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{text.outOfOrder(state.pending.outOfOrder.current, state.pending.outOfOrder.expected.join('、'), String(state.pending.mine.Status))}</MessageBarBody>
        </MessageBar>
      )}
      {filing && (
        <section aria-label={messages(locale).register.panel.confirmTitle}>
          <Text weight="semibold">{text.filingTitle(filing.plan.rows.length)}</Text>
          <ol aria-label={text.filingTitle(filing.plan.rows.length)}>
            {filing.plan.rows.map((row, index) => (
              <li key={row.record.ProjectId}>
                {text.filingRow(index + 1, row.record.Org, row.record.Title)}
                {filing.existing.has(row.record.ProjectId) ? text.filingExisting : ''}
              </li>
            ))}
          </ol>
          <Button appearance="primary" onClick={() => void state.confirmFiling()} disabled={state.busy}>
            {messages(locale).register.panel.confirm}
          </Button>{' '}
          <Button onClick={() => state.setPendingFiling(undefined)}>{messages(locale).register.panel.cancel}</Button>
        </section>
      )}
      {state.filingResult && (
        <MessageBar intent="success">
          <MessageBarBody>{text.filingSubmitted(state.filingResult.count, state.filingResult.status)}</MessageBarBody>
        </MessageBar>
      )}
      {state.checklist && (
        <SubmissionChecklist
          text={text}
          items={state.checklist}
          onAttachScan={(file) => void state.attachScan(file)}
          busy={state.busy}
          message={state.paperMessage ? text[state.paperMessage] : undefined}
        />
      )}
    </>
  );
}
