/**
 * Ribbon command runtime. The "Kiểm tra phụ lục" / "Check appendix" button is a ShowTaskpane action and needs no
 * code; function commands (ExecuteFunction buttons) register here with `registerCommand`. This file runs in the
 * shared runtime (it is bundled into taskpane.html) and on its own page, commands.html.
 */

export type CommandHandler = (event: Office.AddinCommands.Event) => void | Promise<void>;

const handlers = new Map<string, CommandHandler>();

/**
 * Registers a function command under the id used in the manifest's `<FunctionName>`. The handler's errors are
 * caught and `event.completed()` is always called, so the ribbon button never stays busy.
 */
export function registerCommand(id: string, handler: CommandHandler): void {
  handlers.set(id, handler);
  if (typeof Office !== "undefined" && Office.actions) associate(id, handler);
}

function associate(id: string, handler: CommandHandler): void {
  Office.actions.associate(id, async (event: Office.AddinCommands.Event) => {
    try {
      await handler(event);
    } catch (e) {
      console.error(`Rõ Việc: command ${id} failed`, e);
    } finally {
      event.completed();
    }
  });
}

if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    // Handlers registered before Office was ready (Office.actions absent then) are associated now.
    if (Office.actions) for (const [id, handler] of handlers) associate(id, handler);
  });
}
