/**
 * 台账: submit this document to the project register, see what waits in the
 * outbox, browse the organisation's projects and the deadlines. Mounted
 * lazily by the pane with `{ host, locale }`. Every name is rendered as text.
 */
import { useEffect, useMemo, useState } from 'react';
import { Button, Checkbox, Input, Field, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { messages, type Locale } from '../../i18n';
import type { DocumentHost } from '../../word/host';
import { deadlines } from '../list-view';
import { provisionRegister } from '../provision';
import { createRegisterGraph } from '../graph/client';
import { PROVISION_SCOPES, qualifyScopes } from '../auth/token-provider';
import { isRegisterFailure, registerErrorMessage } from '../errors';
import { settingsToInput, type RegisterSettings } from '../settings';
import { ConflictChoices } from './ConflictChoices';
import { registerEnvironment, type RegisterEnvironment } from './environment';
import { OutboxList } from './OutboxList';
import { ProjectLife } from './ProjectLife';
import { RecordTable } from './RecordTable';
import { RegisterOnlyFields } from './RegisterOnlyFields';
import { RegisterTable } from './RegisterTable';
import { SettingsForm } from './SettingsForm';
import { SettingsMissing } from './SettingsMissing';
import { useRegister } from './useRegister';

export interface RegisterPanelProps {
  readonly host: DocumentHost;
  readonly locale: Locale;
  /** Defaults to the add-in's environment; the harness and tests pass their own. */
  readonly environment?: RegisterEnvironment;
}

export default function RegisterPanel({ host, locale, environment: given }: RegisterPanelProps): JSX.Element {
  const environment = useMemo(() => given ?? registerEnvironment(), [given]);
  const [settings, setSettings] = useState<RegisterSettings>();
  const [loaded, setLoaded] = useState(false);
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    void environment.loadSettings().then((value) => {
      setSettings(value);
      setLoaded(true);
    });
  }, [environment]);
  const text = messages(locale).register.panel;
  if (!loaded) return <Spinner size="tiny" label={text.title} />;
  if (!settings && !editing) return <SettingsMissing text={text} onAdminSettings={() => setEditing(true)} />;
  if (!settings || editing) {
    return (
      <SettingsForm
        initial={settings ? settingsToInput(settings) : { tenantId: '', clientId: '', siteId: '' }}
        text={text}
        onCancel={() => setEditing(false)}
        onSave={(value, input) => {
          void environment.saveSettings(input).then(() => {
            setSettings(value);
            setEditing(false);
          });
        }}
      />
    );
  }
  return <RegisterWorkspace host={host} locale={locale} environment={environment} settings={settings} onEditSettings={() => setEditing(true)} />;
}

function RegisterWorkspace({
  host,
  locale,
  environment,
  settings,
  onEditSettings,
}: {
  host: DocumentHost;
  locale: Locale;
  environment: RegisterEnvironment;
  settings: RegisterSettings;
  onEditSettings: () => void;
}): JSX.Element {
  const text = messages(locale).register.panel;
  const state = useRegister(host, environment, settings);
  const [allowBackwards, setAllowBackwards] = useState(false);
  const [org, setOrg] = useState('');
  const [provisionLines, setProvisionLines] = useState<string[]>([]);
  useEffect(() => {
    const fromDocument = state.pending?.mine.Org;
    if (typeof fromDocument === 'string' && org === '') setOrg(fromDocument);
  }, [state.pending, org]);
  // After a submission the list shows the row as it now is, without 刷新.
  const submittedOrg = state.result?.row.fields.Org;
  useEffect(() => {
    if (!state.result) return;
    const shown = org !== '' ? org : typeof submittedOrg === 'string' ? submittedOrg : '';
    if (shown === '') return;
    if (org === '') setOrg(shown);
    void state.loadRows(shown, false);
    // Once per submission: the list's own paging and filter do not re-run it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.result]);

  const provision = async () => {
    const signIn = await environment.signIn(settings);
    const graph = createRegisterGraph({ baseUrl: settings.graphBaseUrl, tokens: signIn.tokens, scopes: qualifyScopes(PROVISION_SCOPES, settings.graphBaseUrl) });
    try {
      setProvisionLines((await provisionRegister(graph, settings, messages(locale).register.provision)).messages);
    } catch (failure: unknown) {
      if (!isRegisterFailure(failure)) throw failure;
      setProvisionLines([registerErrorMessage(failure.error, messages(locale).register.errors)]);
    }
  };

  return (
    <div>
      <Button appearance="primary" onClick={() => void state.prepare()} disabled={state.busy}>
        {state.busy ? text.submitting : text.submit}
      </Button>
      {state.errors.map((error, index) => (
        <MessageBar key={index} intent="error" layout="multiline">
          <MessageBarBody>{registerErrorMessage(error, messages(locale).register.errors)}</MessageBarBody>
        </MessageBar>
      ))}
      {state.needsFields && (
        <RegisterOnlyFields
          needs={state.needsFields}
          locale={locale}
          busy={state.busy}
          onContinue={(answers) => void state.provideFields(answers)}
          onCancel={() => state.setNeedsFields(undefined)}
        />
      )}
      {state.pending && (
        <section aria-label={text.confirmTitle}>
          <Text weight="semibold">{text.confirmTitle}</Text>
          <RecordTable mine={state.pending.mine} current={state.pending.current} text={text} locale={locale} />
          {state.pending.backwardsFrom && (
            <Checkbox
              checked={allowBackwards}
              onChange={(_, data) => setAllowBackwards(data.checked === true)}
              label={text.allowBackwards(state.pending.backwardsFrom, String(state.pending.mine.Status))}
            />
          )}
          <Button appearance="primary" onClick={() => void state.confirm(allowBackwards)} disabled={state.busy}>
            {text.confirm}
          </Button>{' '}
          <Button onClick={() => state.setPending(undefined)}>{text.cancel}</Button>
        </section>
      )}
      {state.conflict && <ConflictChoices conflicts={state.conflict.conflicts} text={text} locale={locale} onResolve={(resolution) => void state.resolve(resolution)} />}
      {state.result && (
        <MessageBar intent="success">
          <MessageBarBody>
            {text.submitted(String(state.result.row.fields.Status ?? ''))}
            {state.result.statusKept ? ` ${text.statusKept(state.result.statusKept)}` : ''}
          </MessageBarBody>
        </MessageBar>
      )}
      <ProjectLife state={state} locale={locale} />
      <OutboxList entries={state.entries} text={text} errors={messages(locale).register.errors} onRetry={() => void state.retry()} busy={state.busy} />
      <section aria-label={text.listTitle}>
        <Text weight="semibold">{text.listTitle}</Text>
        <Field label={text.filterOrg}>
          <Input value={org} onChange={(_, data) => setOrg(data.value)} />
        </Field>
        <Button onClick={() => void state.loadRows(org, false)} disabled={state.busy || org === ''}>
          {text.refresh}
        </Button>
        {state.rows.length > 0 ? <RegisterTable rows={state.rows} text={text} locale={locale} /> : <p>{text.empty}</p>}
        {state.nextLink && <Button onClick={() => void state.loadRows(org, true)}>{text.loadMore}</Button>}
      </section>
      <section aria-label={text.deadlines}>
        <Text weight="semibold">{text.deadlines}</Text>
        <ul>
          {deadlines(environment.catalog, environment.today()).map((deadline) => (
            <li key={deadline.templateId}>
              {deadline.name}：{deadline.date}（{text.daysLeft(deadline.daysLeft)}）
            </li>
          ))}
        </ul>
      </section>
      <Button appearance="subtle" onClick={onEditSettings}>
        {text.settings}
      </Button>{' '}
      {!settings.locked && <Button appearance="subtle" onClick={() => void provision()}>{text.provision}</Button>}
      {provisionLines.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}
