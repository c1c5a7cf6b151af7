/**
 * The dialog a ribbon command opens to tell the officer what went wrong (showMessage.ts): the text from
 * the address, written as text (never as HTML), and a button that asks the command to close the dialog.
 */
export {};

const params = new URLSearchParams(window.location.search);
const textElement = document.getElementById('text');
const closeButton = document.getElementById('close');
if (textElement) textElement.textContent = params.get('text') ?? '';
if (closeButton) closeButton.textContent = params.get('lang') === 'en' ? 'Close' : 'Đóng';
void Office.onReady(() => {
  closeButton?.addEventListener('click', () => Office.context.ui.messageParent('close'));
});
