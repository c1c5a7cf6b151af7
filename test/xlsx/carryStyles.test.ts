import { StyleCarrier, styleMeaning } from '../../src/xlsx/carryStyles';

// The officer's styles part as some tools write it: prefixed, with no number formats and no dxfs.
const OFFICER = `<x:styleSheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:fonts count="1"><x:font><x:sz val="11"/><x:name val="Calibri"/></x:font></x:fonts><x:fills count="2"><x:fill><x:patternFill patternType="none"/></x:fill><x:fill><x:patternFill patternType="gray125"/></x:fill></x:fills><x:borders count="1"><x:border><x:left/><x:right/><x:top/><x:bottom/><x:diagonal/></x:border></x:borders><x:cellStyleXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></x:cellStyleXfs><x:cellXfs count="1"><x:xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></x:cellXfs><x:cellStyles count="1"><x:cellStyle name="Normal" xfId="0" builtinId="0"/></x:cellStyles></x:styleSheet>`;

// ExcelJS's part: the same Calibri, a bold Times New Roman, a yellow fill, a date format and a dxf.
const EXCELJS = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="13"/><name val="Times New Roman"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="14" fontId="1" fillId="0" borderId="0" xfId="0"/></cellXfs><dxfs count="1"><dxf><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs></styleSheet>`;

describe('carrying cell formats into the officer’s styles part', () => {
  it('finds what the officer’s part has, adds the rest in its prefix, and creates missing lists in order', () => {
    const carrier = new StyleCarrier(OFFICER, EXCELJS);
    expect(carrier.xf(0)).toBe(0);
    expect(carrier.xf(1)).toBe(1);
    expect(carrier.xf(2)).toBe(2);
    expect(carrier.xf(1)).toBe(1);
    expect(carrier.dxf(0)).toBe(0);
    const xml = carrier.xml();
    expect(xml).toContain(
      '<x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></x:numFmts><x:fonts',
    );
    expect(xml).toContain('<x:fonts count="2">');
    expect(xml).toContain('<x:font><x:b/><x:sz val="13"/><x:name val="Times New Roman"/></x:font></x:fonts>');
    expect(xml).toContain('<x:fills count="3">');
    expect(xml).toContain('<x:cellXfs count="3">');
    expect(xml).toContain('</x:cellStyles><x:dxfs count="1"><x:dxf>');
    // Each carried format means what it meant in ExcelJS's part.
    const before = styleMeaning(EXCELJS);
    const after = styleMeaning(xml);
    for (const index of [0, 1, 2]) expect(after.xf(carrier.xf(index))).toBe(before.xf(index));
  });

  it('changes nothing when every format is the officer’s already', () => {
    const carrier = new StyleCarrier(OFFICER, OFFICER);
    expect(carrier.xf(0)).toBe(0);
    expect(carrier.changed).toBe(false);
    expect(carrier.xml()).toBe(OFFICER);
  });
});
