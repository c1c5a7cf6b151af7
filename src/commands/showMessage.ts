import type { Lang } from '../domain';

/**
 * Shows a message in an Office dialog (message.html) and settles when the officer closes it, or at once
 * when the dialog cannot open (another dialog is open: error 12007). The text travels in the address: the
 * dialog is a page of the add-in's own domain, which Office requires
 * (learn.microsoft.com/office/dev/add-ins/develop/dialog-api-in-office-add-ins).
 */
export function showMessage(text: string, lang: Lang): Promise<void> {
  const url = new URL('message.html', window.location.href);
  url.searchParams.set('text', text);
  url.searchParams.set('lang', lang);
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(
      url.toString(),
      { height: 30, width: 40, displayInIframe: true },
      (result) => {
        if (result.status !== Office.AsyncResultStatus.Succeeded) {
          resolve();
          return;
        }
        const dialog = result.value;
        // The page's "Đóng" sends a message; closing the dialog's window sends an event.
        dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
          dialog.close();
          resolve();
        });
        dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
      },
    );
  });
}
