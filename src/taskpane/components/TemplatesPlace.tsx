/**
 * 模板: the catalog grouped by scheme (书记项目 / 立项活动 / 一支部一特色),
 * each template with what it is for, its kind, its deadline and an 插入 button.
 * The catalog is the school's for this round (services.catalog): names,
 * year and deadlines from its settings, never from the template code.
 */
import { Suspense, lazy, useId, useRef, useState } from 'react';
import { Button, Radio, RadioGroup } from '@fluentui/react-components';
import type { DocumentHost, InsertWhere } from '../../word/host';
import type { Template } from '../../templates/schema';
import { SCHEMES } from '../../templates/schemes';
import { deadlineView } from '../deadline';
import { toPaneError, type PaneError } from '../errors';
import type { PaneServices } from '../services';
import { shell } from '../shell-styles';
import { usePaneText, type PaneText } from '../text';
import { loadTemplatesNotice } from '../places';
import { noticeWords, type TemplatesNoticeProps } from '../templates-notice';

const LazyNotice = lazy(loadTemplatesNotice);

function Notice(props: TemplatesNoticeProps): JSX.Element {
  // Chosen when the notice appears, so it is not drawn afresh (and read out again) when its chunk arrives later.
  const Loaded = useRef(loadTemplatesNotice.loaded()).current;
  if (Loaded) return <Loaded {...props} />;
  return (
    <Suspense fallback={<p className={shell.noticeWords}>{noticeWords(props)}</p>}>
      <LazyNotice {...props} />
    </Suspense>
  );
}

function DeadlineBadge({ deadline, today, text }: { deadline: string; today: Date; text: PaneText }): JSX.Element {
  const view = deadlineView(deadline, today, text.templates);
  const color = view.overdue ? 'subtle' : view.days <= 14 ? 'danger' : 'informative';
  return (
    <span className={`${shell.badge} ${shell.badgeTint[color]}`} data-deadline={deadline}>
      {view.label}
    </span>
  );
}

function TemplateCard(props: { template: Template; today: Date; disabled: boolean; onInsert: (template: Template) => void }): JSX.Element {
  const { template, today } = props;
  const text = usePaneText();
  return (
    <div className={shell.card} data-template-id={template.id}>
      <div className={shell.cardHeader}>
        <h4 className={shell.cardTitle} lang="zh-CN">
          {template.name}
        </h4>
        <span className={shell.meta}>
          <span className={`${shell.badge} ${shell.badgeOutline}`}>{text.kinds[template.kind]}</span>
          {template.maxChars !== undefined && <span className={`${shell.badge} ${shell.badgeOutline}`}>{text.templates.limit(template.maxChars)}</span>}
          {template.deadline !== undefined && <DeadlineBadge deadline={template.deadline} today={today} text={text} />}
        </span>
      </div>
      {text.templateDescriptions[template.id] !== undefined ? (
        <span className={shell.cardText}>{text.templateDescriptions[template.id]}</span>
      ) : (
        <span className={shell.cardText} lang="zh-CN">
          {template.description}
        </span>
      )}
      <div className={shell.footer}>
        <Button
          appearance="primary"
          size="small"
          disabled={props.disabled}
          aria-label={text.templates.insertLabel(template.name)}
          onClick={() => props.onInsert(template)}
        >
          {text.templates.insert}
        </Button>
      </div>
    </div>
  );
}

export function TemplatesPlace({ host, services }: { host: DocumentHost; services: PaneServices }): JSX.Element {
  const text = usePaneText();
  const whereLabelId = useId();
  const [where, setWhere] = useState<InsertWhere>('cursor');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<PaneError | undefined>();
  const [inserted, setInserted] = useState<Template | undefined>();
  const today = services.today();

  async function insert(template: Template): Promise<void> {
    setBusy(true);
    setError(undefined);
    setInserted(undefined);
    try {
      await host.insertTemplate(template, services.profileFor(template), where);
      setInserted(template);
    } catch (thrown) {
      setError(toPaneError(thrown, text));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className={shell.place} aria-labelledby="templates-heading">
      <h2 id="templates-heading" className={shell.heading}>
        {text.templates.heading}
      </h2>
      <div>
        <span id={whereLabelId} className={shell.fieldLabel}>
          {text.templates.where}
        </span>
        <RadioGroup
          layout="horizontal"
          aria-labelledby={whereLabelId}
          value={where}
          onChange={(_, data) => setWhere(data.value === 'replace-body' ? 'replace-body' : 'cursor')}
        >
          <Radio value="cursor" label={text.templates.whereCursor} />
          <Radio value="replace-body" label={text.templates.whereReplace} />
        </RadioGroup>
      </div>
      <div aria-live="polite">
        {busy && <Notice kind="inserting" label={text.templates.inserting} />}
        {inserted && <Notice kind="inserted" message={text.templates.inserted(inserted.name)} />}
      </div>
      {error && <Notice kind="error" error={error} onDismiss={() => setError(undefined)} />}
      {services.schoolProblem !== undefined && <Notice kind="school-problem" message={text.templates.schoolProblem(services.schoolProblem)} />}
      {SCHEMES.map((scheme) => {
        const templates = services.catalog.filter((template) => template.scheme === scheme);
        if (templates.length === 0) return null;
        return (
          <section key={scheme} aria-labelledby={`scheme-${scheme}`}>
            <h3 id={`scheme-${scheme}`} className={shell.scheme}>
              {text.schemes[scheme]}
            </h3>
            <ul className={shell.list}>
              {templates.map((template) => (
                <li key={template.id}>
                  <TemplateCard template={template} today={today} disabled={busy} onInsert={(chosen) => void insert(chosen)} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
