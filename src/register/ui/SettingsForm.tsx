/**
 * Register settings (administrator): cloud, tenant, app, site, list.
 * Read-only when deployed centrally. A wrong value is told under its own
 * field, by the field's name, in the pane's language — never by its key in
 * the settings file (`tenantId`).
 */
import { useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Select, makeStyles } from '@fluentui/react-components';
import type { Messages } from '../../i18n';
import { parseRegisterSettings, registerSettingsInputSchema, type RegisterSettings, type RegisterSettingsInput } from '../settings';

type PanelText = Messages['register']['panel'];
type SettingKey = 'cloud' | 'tenantId' | 'clientId' | 'siteId' | 'listName' | 'libraryFolder' | 'graphBaseUrl' | 'authorityHost';
const SETTING_KEYS: readonly SettingKey[] = ['cloud', 'tenantId', 'clientId', 'siteId', 'listName', 'libraryFolder', 'graphBaseUrl', 'authorityHost'];
/** Settings only the central file sets: their problems are listed in the summary, as there is no field to put them under. */
const FILE_ONLY: ReadonlySet<SettingKey> = new Set(['graphBaseUrl', 'authorityHost']);

function isSettingKey(key: unknown): key is SettingKey {
  return typeof key === 'string' && (SETTING_KEYS as readonly string[]).includes(key);
}

/** What is wrong with each setting, worded for the person at the form. */
export function settingsProblems(input: RegisterSettingsInput, text: PanelText): Partial<Record<SettingKey, string>> {
  const parsed = registerSettingsInputSchema.safeParse(input);
  if (parsed.success) return {};
  const problems: Partial<Record<SettingKey, string>> = {};
  const given: Partial<Record<string, unknown>> = input;
  for (const issue of parsed.error.issues) {
    const key = issue.path[0];
    if (!isSettingKey(key) || problems[key] !== undefined) continue;
    const words = text.settingsProblems;
    const value = given[key];
    if (value === undefined || (typeof value === 'string' && value.trim() === '')) problems[key] = words.required;
    else if (key === 'clientId') problems[key] = words.guid;
    else if (FILE_ONLY.has(key)) problems[key] = words.https;
    else problems[key] = words.invalid;
  }
  return problems;
}

const useStyles = makeStyles({
  // A native <select> is as wide as its longest option (世纪互联's Graph host): let it shrink to the 350 px pane.
  select: { minWidth: 0, maxWidth: '100%' },
  selectControl: { minWidth: 0, textOverflow: 'ellipsis' },
  summary: { overflowWrap: 'anywhere' },
});

export function SettingsForm({
  initial,
  text,
  onSave,
  onProvision,
  onCancel,
}: {
  initial: RegisterSettingsInput;
  text: PanelText;
  onSave: (settings: RegisterSettings, input: RegisterSettingsInput) => void;
  onProvision?: () => void;
  /** Back to where the form was opened from. */
  onCancel?: () => void;
}): JSX.Element {
  const styles = useStyles();
  const [input, setInput] = useState<RegisterSettingsInput>(initial);
  const [problems, setProblems] = useState<Partial<Record<SettingKey, string>>>({});
  const labels = text.settingsFields;
  const locked = initial.locked === true;
  const count = Object.keys(problems).length;
  const fileOnly = SETTING_KEYS.filter((key) => FILE_ONLY.has(key) && problems[key] !== undefined);
  const field = (key: 'tenantId' | 'clientId' | 'siteId' | 'listName' | 'libraryFolder') => (
    <Field label={labels[key]} validationMessage={problems[key]} validationState={problems[key] ? 'error' : 'none'}>
      <Input value={String(input[key] ?? '')} disabled={locked} onChange={(_, data) => setInput({ ...input, [key]: data.value })} />
    </Field>
  );
  return (
    <form
      aria-label={text.settings}
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = parseRegisterSettings(input);
        if (parsed.ok) {
          setProblems({});
          onSave(parsed.value, input);
        } else setProblems(settingsProblems(input, text));
      }}
    >
      {locked && (
        <MessageBar intent="info">
          <MessageBarBody>{text.centralSettings}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={labels.cloud} validationMessage={problems.cloud} validationState={problems.cloud ? 'error' : 'none'}>
        <Select
          className={styles.select}
          select={{ className: styles.selectControl }}
          value={input.cloud ?? 'global'}
          disabled={locked}
          onChange={(_, data) => setInput({ ...input, cloud: data.value === 'china' ? 'china' : 'global' })}
        >
          <option value="global">{labels.cloudGlobal}</option>
          <option value="china">{labels.cloudChina}</option>
        </Select>
      </Field>
      {field('tenantId')}
      {field('clientId')}
      {field('siteId')}
      {field('listName')}
      {field('libraryFolder')}
      {count > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody className={styles.summary}>
            {text.settingsProblems.summary(count)}
            {fileOnly.map((key) => (
              <span key={key}>
                {' '}
                {labels[key]}
                {text.labelSeparator}
                {problems[key]}
              </span>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}
      {!locked && (
        <Button type="submit" appearance="primary">
          {text.save}
        </Button>
      )}{' '}
      {onProvision && <Button onClick={onProvision}>{text.provision}</Button>}
      {onCancel && (
        <Button appearance="subtle" onClick={onCancel}>
          {text.back}
        </Button>
      )}
    </form>
  );
}
