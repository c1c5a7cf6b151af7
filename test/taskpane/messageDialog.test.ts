/**
 * The dialog page a ribbon command opens on failure (src/commands/message.ts), in jsdom: the text comes
 * from the address and is shown as text, never as markup; "Đóng" asks the command to close it.
 */
describe('the ribbon command message dialog', () => {
  const messageParent = jest.fn();

  beforeEach(() => {
    document.body.innerHTML = '<p id="text"></p><button id="close">Đóng</button>';
    (globalThis as unknown as { Office: unknown }).Office = {
      onReady: (ready: () => void) => {
        ready();
        return Promise.resolve();
      },
      context: { ui: { messageParent } },
    };
  });

  it('shows the message as text, labels the button in the officer’s language, and closes on click', async () => {
    const text = 'Không đọc được trang "<b>Trang 1</b>"';
    window.history.pushState({}, '', `/message.html?text=${encodeURIComponent(text)}&lang=en`);
    await jest.isolateModulesAsync(async () => {
      await import('../../src/commands/message');
    });

    expect(document.getElementById('text')?.textContent).toBe(text);
    expect(document.querySelector('b')).toBeNull();
    expect(document.getElementById('close')?.textContent).toBe('Close');
    document.getElementById('close')?.click();
    expect(messageParent).toHaveBeenCalledWith('close');
  });
});
