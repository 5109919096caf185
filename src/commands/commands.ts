/**
 * The ribbon's function file. The 党建项目 buttons all open the task pane
 * (ShowTaskpane in manifest.xml), so no function command is registered yet;
 * `associate` is the place to add one, and each must call `event.completed()`
 * on every path, or Word shows the button as busy until it times out.
 */
type CommandHandler = (event: Office.AddinCommands.Event) => Promise<void>;

/** Wraps a command so that `event.completed()` runs whether the work succeeds or fails. */
export function command(work: (event: Office.AddinCommands.Event) => Promise<void>): CommandHandler {
  return async (event) => {
    try {
      await work(event);
    } finally {
      event.completed();
    }
  };
}

export const COMMANDS: Readonly<Record<string, CommandHandler>> = {};

void Office.onReady(() => {
  for (const [id, handler] of Object.entries(COMMANDS)) Office.actions.associate(id, handler);
});
