/**
 * The row of places (模板, 检查, 台账): the WAI-ARIA tabs pattern on plain
 * buttons, drawn with Fluent's theme variables as Fluent's TabList draws
 * its tabs (shell-styles.ts). Fluent's TabList brings a focus manager
 * (tabster) that the first screen would download for three buttons; the
 * arrow keys (round the row, as in TabList), Home and End move focus here
 * instead, and Enter or Space (the buttons' own) selects.
 */
import { useRef, type KeyboardEvent } from 'react';
import { shell } from '../shell-styles';

export interface PlaceTabsProps<Id extends string> {
  readonly ids: readonly Id[];
  readonly selected: Id;
  readonly labels: Readonly<Record<Id, string>>;
  readonly label: string;
  onSelect(id: Id): void;
}

export function PlaceTabs<Id extends string>({ ids, selected, labels, label, onSelect }: PlaceTabsProps<Id>): JSX.Element {
  const buttons = useRef(new Map<Id, HTMLButtonElement>());

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const at = ids.findIndex((id) => buttons.current.get(id) === event.target);
    if (at < 0) return;
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: ids.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    buttons.current.get(ids[(next + ids.length) % ids.length])?.focus();
  }

  return (
    <div role="tablist" aria-label={label} aria-orientation="horizontal" className={shell.tabs} onKeyDown={onKeyDown}>
      {ids.map((id) => (
        <button
          key={id}
          ref={(element) => {
            if (element) buttons.current.set(id, element);
            else buttons.current.delete(id);
          }}
          type="button"
          role="tab"
          id={`tab-${id}`}
          aria-controls={`panel-${id}`}
          aria-selected={id === selected}
          tabIndex={id === selected ? 0 : -1}
          className={shell.tab}
          onClick={() => onSelect(id)}
        >
          <span className={shell.tabLabel}>
            <span>{labels[id]}</span>
            {/* The semibold label would widen the selected tab: an invisible semibold copy keeps every tab's width. */}
            <span className={shell.tabReserve} aria-hidden="true">
              {labels[id]}
            </span>
          </span>
        </button>
      ))}
    </div>
  );
}
