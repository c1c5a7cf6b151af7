#!/usr/bin/env node
/**
 * Builds test/fixtures/real/*.xlsx from their *.sheet.json sources: each real appendix as it looks once
 * pasted from Word into Excel (text as published, merged cells kept, nothing cleaned). The JSON is the
 * reviewable source; the .xlsx is committed so that tests read a real workbook through the real reader.
 *
 *   node scripts/build-real-fixtures.js            # every *.sheet.json
 *   node scripts/build-real-fixtures.js SLUG ...   # only these
 *
 * Source format (one workbook):
 *   { "sheets": [ { "name": "Phụ lục", "rows": [[cell, …], …], "merges": ["A1:H1", …],
 *                   "widths": [6, 40, …] } ] }
 * A cell is a string (line breaks as \n), a number, or null. Row i of "rows" is Excel row i + 1.
 */
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const ExcelJS = require('exceljs');

const DIR = join(__dirname, '..', 'test', 'fixtures', 'real');
// Fixed so that rebuilding an unchanged source gives the same workbook contents.
const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

async function build(slug) {
  const source = JSON.parse(readFileSync(join(DIR, `${slug}.sheet.json`), 'utf8'));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'task-matrix real corpus';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  for (const sheet of source.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    (sheet.widths ?? []).forEach((width, i) => {
      worksheet.getColumn(i + 1).width = width;
    });
    sheet.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === null || value === undefined) return;
        const cell = worksheet.getCell(r + 1, c + 1);
        cell.value = value;
        cell.alignment = { wrapText: true, vertical: 'top' };
        cell.font = { name: 'Times New Roman', size: 12 };
      });
    });
    for (const area of sheet.merges ?? []) worksheet.mergeCells(area);
  }
  await workbook.xlsx.writeFile(join(DIR, `${slug}.xlsx`));
  console.log(`${slug}.xlsx`);
}

async function main() {
  const wanted = process.argv.slice(2);
  const slugs = wanted.length
    ? wanted
    : readdirSync(DIR)
        .filter((name) => name.endsWith('.sheet.json'))
        .map((name) => name.replace(/\.sheet\.json$/, ''));
  for (const slug of slugs) await build(slug);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
