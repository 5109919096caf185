/** Register settings (administrator): cloud, tenant, app, site, list. Read-only when deployed centrally. */
import { useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Select, makeStyles } from '@fluentui/react-components';
import type { Messages } from '../../i18n';
import { parseRegisterSettings, type RegisterSettings, type RegisterSettingsInput } from '../settings';

const useStyles = makeStyles({
  // A native <select> is as wide as its longest option (世纪互联's Graph host): let it shrink to the 350 px pane.
  select: { minWidth: 0, maxWidth: '100%' },
  selectControl: { minWidth: 0, textOverflow: 'ellipsis' },
});

export function SettingsForm({
  initial,
  text,
  onSave,
  onProvision,
}: {
  initial: RegisterSettingsInput;
  text: Messages['register']['panel'];
  onSave: (settings: RegisterSettings, input: RegisterSettingsInput) => void;
  onProvision?: () => void;
}): JSX.Element {
  const styles = useStyles();
  const [input, setInput] = useState<RegisterSettingsInput>(initial);
  const [error, setError] = useState<string>();
  const labels = text.settingsFields;
  const locked = initial.locked === true;
  const field = (key: 'tenantId' | 'clientId' | 'siteId' | 'listName' | 'libraryFolder') => (
    <Field label={labels[key]}>
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
          setError(undefined);
          onSave(parsed.value, input);
        } else setError(parsed.error.message);
      }}
    >
      {locked && (
        <MessageBar intent="info">
          <MessageBarBody>{text.centralSettings}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={labels.cloud}>
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
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {!locked && (
        <Button type="submit" appearance="primary">
          {text.save}
        </Button>
      )}{' '}
      {onProvision && <Button onClick={onProvision}>{text.provision}</Button>}
    </form>
  );
}
