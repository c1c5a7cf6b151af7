'use strict';
const { walk } = require('./xmlTree');

/**
 * Child sequences from the manifest XSDs (OfficeAppManifestV1_1.xsd, TaskPaneAppVersionOverridesV1_0.xsd,
 * OfficeAppBasicTypesV1_0.xsd, as published in OfficeDev/office-js-docs-pr docs/overview/schemas/taskpane).
 * Office rejects a manifest whose elements are out of order, and the online validator reports that only as
 * "not a valid child", so the offline check names the expected order instead.
 *
 * `required` lists what this project requires, which is stricter than the XSD for OfficeApp: the store and
 * the ribbon need the icons, support URL, hosts, requirements and the command surface.
 */
const SEQUENCES = {
  OfficeApp: {
    order: [
      'Id',
      'AlternateId',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'HighResolutionIconUrl',
      'SupportUrl',
      'AppDomains',
      'Hosts',
      'Requirements',
      'DefaultSettings',
      'Permissions',
      'Dictionary',
      'VersionOverrides',
    ],
    required: [
      'Id',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'HighResolutionIconUrl',
      'SupportUrl',
      'Hosts',
      'Requirements',
      'DefaultSettings',
      'Permissions',
      'VersionOverrides',
    ],
  },
  DefaultSettings: { order: ['SourceLocation'], required: ['SourceLocation'] },
  Requirements: { order: ['Sets', 'Methods'], required: ['Sets'] },
  VersionOverrides: {
    order: ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo', 'EquivalentAddins'],
    required: ['Hosts', 'Resources'],
  },
  DesktopFormFactor: {
    order: ['GetStarted', 'FunctionFile', 'ExtensionPoint'],
    required: ['ExtensionPoint'],
  },
  GetStarted: {
    order: ['Title', 'Description', 'LearnMoreUrl'],
    required: ['Title', 'Description', 'LearnMoreUrl'],
  },
  OfficeTab: { order: ['Group'], required: ['Group'] },
  Group: { order: ['Label', 'Icon', 'Control'], required: ['Label', 'Icon', 'Control'] },
  Control: {
    order: ['Label', 'Supertip', 'Icon', 'Action'],
    required: ['Label', 'Supertip', 'Icon', 'Action'],
  },
  Supertip: { order: ['Title', 'Description'], required: ['Title', 'Description'] },
  Resources: { order: ['Images', 'Urls', 'ShortStrings', 'LongStrings'], required: [] },
};

/** Elements whose children depend on their xsi:type. */
const TYPED_SEQUENCES = {
  Action: {
    ShowTaskpane: { order: ['TaskpaneId', 'SourceLocation', 'Title'], required: ['SourceLocation'] },
    ExecuteFunction: { order: ['FunctionName'], required: ['FunctionName'] },
  },
  ExtensionPoint: {
    PrimaryCommandSurface: { order: ['OfficeTab', 'CustomTab'], required: [] },
    ContextMenu: { order: ['OfficeMenu'], required: ['OfficeMenu'] },
  },
};

/**
 * Problems with the order and presence of child elements, e.g.
 * "OfficeApp: <Permissions> must come after <DefaultSettings>".
 * @param {import('./xmlTree').XmlElement} root
 * @returns {string[]}
 */
function checkSchemaOrder(root) {
  const problems = [];
  walk(root, (element, path) => {
    const typed = TYPED_SEQUENCES[element.name];
    const sequence = typed ? typed[element.attrs.type] : SEQUENCES[element.name];
    if (typed && !sequence) {
      problems.push(`${path.join(' > ')}: unsupported xsi:type "${element.attrs.type ?? ''}"`);
      return;
    }
    // Top-level <Description>/<Hosts> share names with VersionOverrides children; only parents listed
    // above are checked, and their children are unambiguous.
    if (!sequence) return;
    problems.push(...checkSequence(element, sequence).map((p) => `${path.join(' > ')}: ${p}`));
  });
  return problems;
}

function checkSequence(element, { order, required }) {
  const problems = [];
  const known = element.children.filter((child) => order.includes(child.name));
  for (const child of element.children) {
    if (!order.includes(child.name)) {
      problems.push(`<${child.name}> is not a valid child (expected one of ${order.join(', ')})`);
    }
  }
  // Blame only the elements outside the longest in-order run, so one misplaced element gives one message.
  const inOrder = longestOrderedRun(known.map((child) => order.indexOf(child.name)));
  const present = order.filter((name) => known.some((child) => child.name === name));
  known.forEach((child, i) => {
    if (!inOrder.has(i)) problems.push(`<${child.name}> is out of order (expected ${present.join(', ')})`);
  });
  for (const name of required) {
    if (!element.children.some((child) => child.name === name)) problems.push(`<${name}> is missing`);
  }
  return problems;
}

/** Positions of a longest non-decreasing subsequence of `ranks` (quadratic; manifests are small). */
function longestOrderedRun(ranks) {
  const length = ranks.map(() => 1);
  const before = ranks.map(() => -1);
  for (let i = 0; i < ranks.length; i++) {
    for (let j = 0; j < i; j++) {
      if (ranks[j] <= ranks[i] && length[j] + 1 > length[i]) {
        length[i] = length[j] + 1;
        before[i] = j;
      }
    }
  }
  const kept = new Set();
  let i = length.indexOf(Math.max(0, ...length));
  while (i !== -1) {
    kept.add(i);
    i = before[i];
  }
  return kept;
}

module.exports = { checkSchemaOrder };
