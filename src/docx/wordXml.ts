import { XMLParser } from 'fast-xml-parser';

/** A node of WordprocessingML in document order, as fast-xml-parser's `preserveOrder` gives it. */
export type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // Text stays text: "2024" in a run is not a number, " a " keeps its spaces (xml:space="preserve").
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
});

/** The XML's top-level nodes. */
export function parseXml(xml: string): XmlNode[] {
  return parser.parse(xml) as XmlNode[];
}

/** The node's element name ("w:p"), or '#text'. */
export function tagOf(node: XmlNode): string {
  return Object.keys(node).find((key) => key !== ':@') ?? '';
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const value = node[tagOf(node)];
  return Array.isArray(value) ? (value as XmlNode[]) : [];
}

export function attributeOf(node: XmlNode, name: string): string | undefined {
  const attributes = node[':@'] as Record<string, string> | undefined;
  return attributes?.[name];
}

/** The first child element with this name, looked for among direct children only. */
export function childNamed(node: XmlNode, name: string): XmlNode | undefined {
  return childrenOf(node).find((child) => tagOf(child) === name);
}

/** Every element with this name below the node, in document order (not inside a match). */
export function descendantsNamed(nodes: readonly XmlNode[], name: string): XmlNode[] {
  const out: XmlNode[] = [];
  const walk = (list: readonly XmlNode[]) => {
    for (const node of list) {
      if (tagOf(node) === name) out.push(node);
      else walk(childrenOf(node));
    }
  };
  walk(nodes);
  return out;
}
