import JSZip from 'jszip';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A paragraph as Word writes it: runs of text, optionally in a numbered list (numId, level). */
export function p(text: string, list?: { numId: number; ilvl?: number }): string {
  const numPr = list
    ? `<w:pPr><w:numPr><w:ilvl w:val="${list.ilvl ?? 0}"/><w:numId w:val="${list.numId}"/></w:numPr></w:pPr>`
    : '';
  const runs = text
    .split('\t')
    .map((part) => `<w:r><w:t xml:space="preserve">${escape(part)}</w:t></w:r>`)
    .join('<w:r><w:tab/></w:r>');
  return `<w:p>${numPr}${runs}</w:p>`;
}

/** A table cell: text paragraphs, a horizontal span, a vertical merge ('restart' or 'continue'). */
export function tc(text: string, options: { span?: number; vMerge?: 'restart' | 'continue' } = {}): string {
  const span = options.span ? `<w:gridSpan w:val="${options.span}"/>` : '';
  const merge =
    options.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : options.vMerge ? '<w:vMerge/>' : '';
  return `<w:tc><w:tcPr>${span}${merge}</w:tcPr>${text
    .split('\n')
    .map((line) => p(line))
    .join('')}</w:tc>`;
}

export function table(rows: string[][]): string {
  return `<w:tbl>${rows.map((cells) => `<w:tr>${cells.join('')}</w:tr>`).join('')}</w:tbl>`;
}

/** A list definition of numbering.xml: one abstractNum with its levels, and its w:num. */
export function list(numId: number, levels: Array<{ format: string; text: string; start?: number }>): string {
  const lvls = levels
    .map(
      (l, i) =>
        `<w:lvl w:ilvl="${i}"><w:start w:val="${l.start ?? 1}"/><w:numFmt w:val="${l.format}"/><w:lvlText w:val="${l.text}"/></w:lvl>`,
    )
    .join('');
  return `<w:abstractNum w:abstractNumId="${numId}">${lvls}</w:abstractNum><w:num w:numId="${numId}"><w:abstractNumId w:val="${numId}"/></w:num>`;
}

/** The bytes of a .docx package holding this body (and numbering definitions). */
export async function docxBytes(body: string, numbering = ''): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`,
  );
  if (numbering)
    zip.file(
      'word/numbering.xml',
      `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}>${numbering}</w:numbering>`,
    );
  return zip.generateAsync({ type: 'uint8array' });
}

function escape(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}
