'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { parseXmlTree, childrenNamed, walk } = require('./xmlTree');
const { checkSchemaOrder } = require('./schemaOrder');

// Lengths and patterns from the manifest XSDs (ShortString, LongString, URL, ReferenceId, UUID, Version).
const SHORT = 125;
const LONG = 250;
const URL_MAX = 2048;
const RESID_MAX = 32;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
const SHORT_VERSION = /^\d{1,5}\.\d{1,5}$/;
const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];
const SECOND_LOCALE = 'en-US';
// Ribbon icon sizes the XSD calls mandatory (ImageResourceReference), and the add-in icon sizes.
const RIBBON_ICON_SIZES = ['16', '32', '80'];
const ICON_URL_SIZES = { IconUrl: 32, HighResolutionIconUrl: 64 };
// Which resource collection a `resid` must point into, by the referencing element's name.
const RESID_COLLECTION = {
  Image: 'Images',
  SourceLocation: 'Urls',
  LearnMoreUrl: 'Urls',
  FunctionFile: 'Urls',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
};

/**
 * Offline structural check of an add-in only (XML) manifest for a task pane add-in: schema order, required
 * elements, resource references, an en-US override for every string, https URLs, XSD length limits, and
 * icon files that exist in `assetsDir` with the pixel size the manifest declares.
 * @example checkManifest(fs.readFileSync('manifest.xml', 'utf8'), { assetsDir: 'assets' }) → []
 * @param {string} xml
 * @param {{ assetsDir: string }} options
 * @returns {string[]} problems, empty when the manifest passes
 */
function checkManifest(xml, { assetsDir }) {
  let root;
  try {
    root = parseXmlTree(xml);
  } catch (error) {
    return [error.message];
  }
  if (root.name !== 'OfficeApp') return [`root element is <${root.name}>, expected <OfficeApp>`];
  const problems = [];
  if (root.attrs.type !== 'TaskPaneApp') problems.push('OfficeApp: xsi:type must be "TaskPaneApp"');
  problems.push(...checkSchemaOrder(root));
  problems.push(...checkTopLevel(root));
  const resources = collectResources(root, problems);
  problems.push(...checkReferences(root, resources));
  problems.push(...checkUrls(root));
  problems.push(...checkIcons(root, resources, assetsDir));
  return problems;
}

function text(root, name) {
  return childrenNamed(root, name)[0]?.text ?? '';
}

function checkTopLevel(root) {
  const problems = [];
  if (!GUID.test(text(root, 'Id'))) problems.push(`Id "${text(root, 'Id')}" is not a GUID`);
  if (!VERSION.test(text(root, 'Version')))
    problems.push(`Version "${text(root, 'Version')}" is not n.n.n.n`);
  if (text(root, 'ProviderName').length > SHORT) problems.push(`ProviderName is longer than ${SHORT}`);
  if (!PERMISSIONS.includes(text(root, 'Permissions'))) {
    problems.push(`Permissions "${text(root, 'Permissions')}" is not one of ${PERMISSIONS.join(', ')}`);
  }
  const hosts = childrenNamed(root, 'Hosts').flatMap((h) => childrenNamed(h, 'Host'));
  if (!hosts.some((host) => host.attrs.Name === 'Workbook'))
    problems.push('Hosts: no <Host Name="Workbook"/>');
  const sets = childrenNamed(root, 'Requirements')
    .flatMap((r) => childrenNamed(r, 'Sets'))
    .flatMap((s) => childrenNamed(s, 'Set'));
  const excelApi = sets.find((set) => set.attrs.Name === 'ExcelApi');
  if (!excelApi || !SHORT_VERSION.test(excelApi.attrs.MinVersion ?? '')) {
    problems.push('Requirements: no <Set Name="ExcelApi" MinVersion="1.n"/>');
  }
  const defaultLocale = text(root, 'DefaultLocale');
  for (const [name, max] of [
    ['DisplayName', SHORT],
    ['Description', LONG],
  ]) {
    const element = childrenNamed(root, name)[0];
    if (element) problems.push(...checkLocalized(`OfficeApp > ${name}`, element, max, defaultLocale));
  }
  return problems;
}

/** A locale-aware string: a DefaultValue within the limit and an en-US override within it too. */
function checkLocalized(where, element, max, defaultLocale) {
  const problems = [];
  const value = element.attrs.DefaultValue ?? '';
  if (value.length === 0 || value.length > max)
    problems.push(`${where}: DefaultValue must be 1..${max} characters`);
  const overrides = childrenNamed(element, 'Override');
  for (const override of overrides) {
    const length = (override.attrs.Value ?? '').length;
    if (length === 0 || length > max) {
      problems.push(`${where}: Override ${override.attrs.Locale} must be 1..${max} characters`);
    }
  }
  if (defaultLocale !== SECOND_LOCALE && !overrides.some((o) => o.attrs.Locale === SECOND_LOCALE)) {
    problems.push(`${where}: no <Override Locale="${SECOND_LOCALE}">`);
  }
  return problems;
}

/** Resource ids by collection (Images, Urls, ShortStrings, LongStrings), checking each entry on the way. */
function collectResources(root, problems) {
  const defaultLocale = text(root, 'DefaultLocale');
  const byCollection = {
    Images: new Map(),
    Urls: new Map(),
    ShortStrings: new Map(),
    LongStrings: new Map(),
  };
  const resources = childrenNamed(root, 'VersionOverrides').flatMap((vo) => childrenNamed(vo, 'Resources'));
  for (const collection of resources.flatMap((r) => r.children)) {
    const ids = byCollection[collection.name];
    if (!ids) continue;
    for (const entry of collection.children) {
      const id = entry.attrs.id ?? '';
      const where = `Resources > ${collection.name} > ${id || '(no id)'}`;
      if (id.length === 0 || id.length > RESID_MAX)
        problems.push(`${where}: id must be 1..${RESID_MAX} characters`);
      if (ids.has(id)) problems.push(`${where}: duplicate id`);
      ids.set(id, entry);
      if (collection.name === 'ShortStrings')
        problems.push(...checkLocalized(where, entry, SHORT, defaultLocale));
      if (collection.name === 'LongStrings')
        problems.push(...checkLocalized(where, entry, LONG, defaultLocale));
      if (collection.name === 'Urls') problems.push(...checkLocalized(where, entry, URL_MAX, defaultLocale));
    }
  }
  return byCollection;
}

function checkReferences(root, resources) {
  const problems = [];
  const used = new Set();
  const controlIds = new Map();
  let hasExecuteFunction = false;
  let hasFunctionFile = false;
  walk(root, (element, elementPath) => {
    const where = elementPath.join(' > ');
    if (element.attrs.resid !== undefined) {
      const collection = RESID_COLLECTION[element.name];
      const target = collection && resources[collection].get(element.attrs.resid);
      if (!collection) problems.push(`${where}: unexpected resid on <${element.name}>`);
      else if (!target)
        problems.push(`${where}: resid "${element.attrs.resid}" is not in Resources > ${collection}`);
      else used.add(`${collection}/${element.attrs.resid}`);
    }
    if (['Group', 'Control', 'OfficeTab', 'CustomTab'].includes(element.name)) {
      const id = element.attrs.id ?? '';
      if (id.length === 0 || id.length > SHORT) problems.push(`${where}: id must be 1..${SHORT} characters`);
      if (element.name !== 'OfficeTab' && controlIds.has(id)) problems.push(`${where}: duplicate id "${id}"`);
      controlIds.set(id, true);
    }
    if (element.name === 'Action' && element.attrs.type === 'ExecuteFunction') hasExecuteFunction = true;
    if (element.name === 'FunctionFile') hasFunctionFile = true;
  });
  if (hasExecuteFunction && !hasFunctionFile)
    problems.push('an ExecuteFunction action needs a <FunctionFile>');
  for (const [collection, ids] of Object.entries(resources)) {
    for (const id of ids.keys()) {
      if (!used.has(`${collection}/${id}`))
        problems.push(`Resources > ${collection} > ${id}: never referenced`);
    }
  }
  return problems;
}

/** Every URL the add-in loads or shows: add-in icons, support page, source locations, URL and image resources. */
function manifestUrls(root) {
  const urls = [];
  walk(root, (element, elementPath) => {
    const where = elementPath.join(' > ');
    const isUrlSetting =
      ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl'].includes(element.name) ||
      (element.name === 'SourceLocation' && element.attrs.DefaultValue !== undefined) ||
      (['Url', 'Image'].includes(element.name) && element.attrs.id !== undefined);
    if (isUrlSetting) {
      urls.push({ where, url: element.attrs.DefaultValue ?? '' });
      for (const o of childrenNamed(element, 'Override')) urls.push({ where, url: o.attrs.Value ?? '' });
    }
    if (element.name === 'AppDomain') urls.push({ where, url: element.text });
  });
  return urls;
}

function checkUrls(root) {
  const problems = [];
  for (const { where, url } of manifestUrls(root)) {
    if (!/^https:\/\/[^/]/.test(url)) problems.push(`${where}: "${url}" is not an https URL`);
    else if (url.length > URL_MAX) problems.push(`${where}: URL longer than ${URL_MAX} characters`);
  }
  return problems;
}

/** Icons must be PNGs under /assets/ that exist locally with the declared pixel size. */
function checkIcons(root, resources, assetsDir) {
  const problems = [];
  const expect = (where, url, size) => {
    const problem = checkIconFile(url, size, assetsDir);
    if (problem) problems.push(`${where}: ${problem}`);
  };
  for (const [name, size] of Object.entries(ICON_URL_SIZES)) {
    const element = childrenNamed(root, name)[0];
    if (element) expect(`OfficeApp > ${name}`, element.attrs.DefaultValue ?? '', size);
  }
  walk(root, (element, elementPath) => {
    if (element.name !== 'Icon') return;
    const images = childrenNamed(element, 'Image');
    const sizes = images.map((image) => image.attrs.size);
    const missing = RIBBON_ICON_SIZES.filter((size) => !sizes.includes(size));
    if (missing.length > 0)
      problems.push(`${elementPath.join(' > ')}: no image of size ${missing.join(', ')}`);
    for (const image of images) {
      const resource = resources.Images.get(image.attrs.resid);
      if (resource)
        expect(
          `Resources > Images > ${image.attrs.resid}`,
          resource.attrs.DefaultValue,
          Number(image.attrs.size),
        );
    }
  });
  return [...new Set(problems)];
}

function checkIconFile(url, size, assetsDir) {
  const match = /\/assets\/([^/?#]+\.png)$/.exec(url);
  if (!match) return `"${url}" is not a .png under /assets/`;
  const file = path.join(assetsDir, match[1]);
  if (!fs.existsSync(file)) return `${path.relative(process.cwd(), file)} does not exist`;
  const png = fs.readFileSync(file);
  const isPng =
    png.length > 24 && png.readUInt32BE(0) === 0x89504e47 && png.toString('ascii', 12, 16) === 'IHDR';
  if (!isPng) return `${match[1]} is not a PNG file`;
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  if (width !== size || height !== size) return `${match[1]} is ${width}×${height}, expected ${size}×${size}`;
  return null;
}

module.exports = { checkManifest };
