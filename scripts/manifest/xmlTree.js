'use strict';
const { XMLParser, XMLValidator } = require('fast-xml-parser');

/**
 * @typedef {{ name: string, attrs: Record<string, string>, children: XmlElement[], text: string }} XmlElement
 */

/**
 * Parses XML into a small ordered element tree. Namespace prefixes are dropped (`bt:Image` → `Image`,
 * `xsi:type` → `type`): the manifest's element names are unique enough within their parents, and the
 * schema order checks need element order, which fast-xml-parser keeps only in `preserveOrder` mode.
 * @param {string} xml
 * @returns {XmlElement} the root element
 * @throws {Error} when the text is not well-formed XML
 */
function parseXmlTree(xml) {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new Error(
      `not well-formed XML: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`,
    );
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    removeNSPrefix: true,
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
  });
  const elements = parser.parse(xml).map(toElement).filter(Boolean);
  if (elements.length !== 1) throw new Error(`expected one root element, found ${elements.length}`);
  return elements[0];
}

/** One preserveOrder node (`{ Name: [children], ':@': attrs }`) as an element, or null for text/PIs. */
function toElement(node) {
  const name = Object.keys(node).find((key) => key !== ':@' && key !== '#text' && !key.startsWith('?'));
  if (!name) return null;
  const content = node[name];
  return {
    name,
    attrs: node[':@'] ?? {},
    children: content.map(toElement).filter(Boolean),
    text: content
      .filter((child) => '#text' in child)
      .map((child) => String(child['#text']))
      .join(''),
  };
}

/** Child elements with the given name. */
function childrenNamed(element, name) {
  return element.children.filter((child) => child.name === name);
}

/** Depth-first walk with the path of element names from the root, for messages. */
function walk(element, visit, path = [element.name]) {
  visit(element, path);
  for (const child of element.children) walk(child, visit, [...path, child.name]);
}

module.exports = { parseXmlTree, childrenNamed, walk };
