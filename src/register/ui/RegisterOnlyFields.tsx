/**
 * The register's details the form does not print (党组织名称, 项目层级, 年度),
 * asked once before the confirmation: text, the template's choices as a
 * drop-down, the year starting at the school's round. The answers go into
 * the document's properties, so the next submission does not ask again.
 */
import { useState } from 'react';
import { Button, Field, Input, Select, Text } from '@fluentui/react-components';
import { messages, type Locale } from '../../i18n';
import { unansweredFields } from '../register-only';
import type { NeedsFields } from './useRegister';

export function RegisterOnlyFields({
  needs,
  locale,
  busy,
  onContinue,
  onCancel,
}: {
  needs: NeedsFields;
  locale: Locale;
  busy: boolean;
  onContinue: (answers: Record<string, string>) => void;
  onCancel: () => void;
}): JSX.Element {
  const text = messages(locale).register.registerOnly;
  const [answers, setAnswers] = useState<Record<string, string>>(() => ({ ...needs.defaults }));
  const [tried, setTried] = useState(false);
  const missing = unansweredFields(needs.ask, answers);
  const set = (tag: string, value: string) => setAnswers((previous) => ({ ...previous, [tag]: value }));
  return (
    <section aria-label={text.title}>
      <Text weight="semibold">{text.title}</Text>
      {needs.ask.map((field) => {
        const value = answers[field.tag] ?? '';
        const message = tried && value.trim() === '' ? text.required(field.label) : undefined;
        return (
          <Field key={field.tag} label={field.label} required validationMessage={message}>
            {field.kind === 'choice' ? (
              <Select value={value} onChange={(_, data) => set(field.tag, data.value)}>
                <option value="">{text.choose}</option>
                {(field.options ?? []).map((option) => (
                  <option key={option} value={option}>
                    {option}
                  </option>
                ))}
              </Select>
            ) : (
              <Input
                value={value}
                type={field.column === 'Year' ? 'number' : 'text'}
                onChange={(_, data) => set(field.tag, data.value)}
              />
            )}
          </Field>
        );
      })}
      <Button
        appearance="primary"
        disabled={busy}
        onClick={() => {
          setTried(true);
          if (missing.length === 0) onContinue(answers);
        }}
      >
        {text.continue}
      </Button>{' '}
      <Button onClick={onCancel}>{text.cancel}</Button>
    </section>
  );
}
