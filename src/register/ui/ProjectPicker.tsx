/**
 * Choosing the register project a later document belongs to, by typing part
 * of its name. Shown when the document's form has no 项目名称 and its
 * 项目编号 is not in the register (a 结项报告 started in a new file).
 * Every name is rendered as text.
 */
import { useState } from 'react';
import { Button, Field, Input, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import type { Messages } from '../../i18n';
import type { ProjectChoice, ProjectSearch } from '../project-search';

type LifeText = Messages['register']['life'];

export interface ProjectPickerProps {
  readonly text: LifeText;
  /** The 党组织 the document names, when it names one. */
  readonly initialOrg?: string;
  /** The 项目名称 the document names (a 中期检查表), to search for at once. */
  readonly initialName?: string;
  /** Present when the document may start its own row (it names its project): 台账中没有，按本文档新建一行. */
  onCreate?(): void;
  search(typed: string, org: string): Promise<ProjectSearch | undefined>;
  onChoose(choice: ProjectChoice): void;
  readonly busy: boolean;
}

export function ProjectPicker({ text, initialOrg, initialName, search, onChoose, onCreate, busy }: ProjectPickerProps): JSX.Element {
  const [typed, setTyped] = useState(initialName ?? '');
  const [org, setOrg] = useState(initialOrg ?? '');
  const [searching, setSearching] = useState(false);
  const [found, setFound] = useState<{ typed: string; result: ProjectSearch }>();

  const run = async () => {
    setSearching(true);
    try {
      const result = await search(typed, org);
      setFound(result ? { typed, result } : undefined);
    } finally {
      setSearching(false);
    }
  };

  return (
    <section aria-label={text.pickerTitle}>
      <Text weight="semibold">{text.pickerTitle}</Text>
      <p>{onCreate ? text.pickerHintNamed : text.pickerHint}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <Field label={text.pickerName}>
          <Input value={typed} onChange={(_, data) => setTyped(data.value)} />
        </Field>
        <Field label={text.pickerOrg}>
          <Input value={org} onChange={(_, data) => setOrg(data.value)} />
        </Field>
        <Button type="submit" disabled={searching || busy || typed.trim() === ''}>
          {searching ? text.pickerSearching : text.pickerSearch}
        </Button>
      </form>
      {found && found.result.choices.length === 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{text.pickerNone(found.typed)}</MessageBarBody>
        </MessageBar>
      )}
      {found && found.result.searchedEverywhere && found.result.choices.length > 0 && <p>{text.pickerEverywhere}</p>}
      {found && found.result.choices.length > 0 && (
        <ul aria-label={text.pickerChoices}>
          {found.result.choices.map((choice) => (
            <li key={choice.projectId}>
              <Text weight="semibold">{choice.title}</Text>
              <br />
              <Text size={200}>{text.pickerDetail(choice.org, choice.year === undefined ? '' : String(choice.year), choice.status)}</Text>{' '}
              <Button size="small" aria-label={`${text.pickerChoose} ${choice.title}`} onClick={() => onChoose(choice)} disabled={busy}>
                {text.pickerChoose}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {onCreate && (
        <Button appearance="subtle" onClick={onCreate} disabled={busy}>
          {text.pickerCreate}
        </Button>
      )}
    </section>
  );
}
