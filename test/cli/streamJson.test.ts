import { streamJson } from '../../src/cli/streamJson';

describe('streamJson', () => {
  const values: unknown[] = [
    { file: 'a.xlsx', tasks: [{ tt: '1', lead: 'Sở Nội vụ', extra: {} }], n: null, skip: undefined },
    [1, 'hai', null, undefined, () => 1, { d: new Date(Date.UTC(2025, 0, 2)) }],
    'chuỗi "có" ngoặc\nvà xuống dòng',
    { nested: { deep: [[], {}, [[1]]] }, emoji: '😀', zero: 0, f: false },
    [],
    {},
  ];

  it.each(values.map((value) => [JSON.stringify(value)?.slice(0, 40), value]))(
    'writes exactly JSON.stringify of %s',
    async (_label, value) => {
      let out = '';
      await streamJson(
        value,
        (text) => {
          out += text;
        },
        8,
      );
      expect(out).toBe(JSON.stringify(value));
    },
  );

  it('writes in pieces of about the chunk size, never the whole text at once', async () => {
    const big = { rows: Array.from({ length: 5_000 }, (_, i) => ({ i, text: `nhiệm vụ ${i}` })) };
    const pieces: string[] = [];
    await streamJson(
      big,
      (text) => {
        pieces.push(text);
      },
      4_096,
    );
    expect(pieces.join('')).toBe(JSON.stringify(big));
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(4_096 + 100);
  });

  it('waits for each piece to be written before making the next (a full pipe)', async () => {
    const big = { rows: Array.from({ length: 2_000 }, (_, i) => ({ i })) };
    const events: string[] = [];
    let waiting = 0;
    await streamJson(
      big,
      async (text) => {
        events.push(`write ${waiting}`);
        waiting++;
        await new Promise((resolve) => setTimeout(resolve, 1));
        waiting--;
        expect(text.length).toBeGreaterThan(0);
      },
      1_024,
    );
    // Never a second piece while one is being written.
    expect(events.every((event) => event === 'write 0')).toBe(true);
    expect(events.length).toBeGreaterThan(5);
  });
});
