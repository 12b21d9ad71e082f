/**
 * The text of a narrative summary's MDX body. A summary is the Chair's text word for word, so the
 * MDX an editor may write is paragraphs of plain text and nothing else: no Markdown formatting
 * (headings, emphasis, lists, links: the sources have none), no raw HTML, no components, no
 * `import`/`export`, no `{expressions}`. The body is parsed with the MDX parser @astrojs/mdx renders
 * with (satteri), with the same features, so what is checked here is what the page shows; citations
 * in the text become links on the page (see `src/mdx/summary-text.ts`), not through markup.
 */
import { mdxToMdast, type MdastNode } from 'satteri';

/** Markdown features off for summaries, here and in the renderer (astro.config.mjs): plain paragraphs only. */
export const summaryMdxFeatures = { gfm: false } as const;

/** Names of refused nodes, in words an editor knows. */
const refusedNodeNames: Record<string, string> = {
  mdxjsEsm: 'import/export',
  mdxJsxFlowElement: 'HTML tag or component',
  mdxJsxTextElement: 'HTML tag or component',
  mdxFlowExpression: 'expression in braces',
  mdxTextExpression: 'expression in braces',
  break: 'forced line break (two trailing spaces or a backslash)',
  inlineCode: 'Markdown code',
  code: 'Markdown code block',
  thematicBreak: 'Markdown rule (---, ***)',
  listItem: 'Markdown list',
  list: 'Markdown list',
};

/** What a node is called in a message. */
function nodeName(node: MdastNode): string {
  const known = refusedNodeNames[node.type];
  if (known && 'name' in node && typeof node.name === 'string') return `${known} <${node.name}>`;
  return known ?? `Markdown ${node.type.replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`)}`;
}

/** Where a node starts, as a position in the file. */
function placeOf(node: MdastNode, firstLine: number): string {
  const start = node.position?.start;
  return start ? `line ${start.line + firstLine - 1}, column ${start.column}` : 'an unknown position';
}

/**
 * The plain text of a summary body (its paragraphs, separated by a blank line, line breaks inside a
 * paragraph as written), or the problem with it. `firstLine` is the body's first line in the file.
 */
export function summaryText(body: string, firstLine: number): { text: string } | { problem: string } {
  let root: MdastNode;
  try {
    root = mdxToMdast(body, { features: summaryMdxFeatures });
  } catch (error) {
    // The parser's messages start with the place, "line:column: ", counted from the body's start.
    const message = error instanceof Error ? error.message : String(error);
    const place = /^(\d+):(\d+): /.exec(message);
    const reason = place ? message.slice(place[0].length) : message;
    const where = place ? `line ${Number(place[1]) + firstLine - 1}, column ${place[2]}` : 'an unknown position';
    // Without the parser's rule name and its positions counted from the body, which would mislead.
    const words = reason.split('\n')[0]!.replace(/ \([a-z-]+:[a-z-]+\)$/, '').replace(/ \(\d+:\d+(?:-\d+:\d+)?\)/g, '');
    return { problem: `malformed MDX at ${where}: ${words}: a summary is paragraphs of plain text, without HTML, components or {braces}` };
  }
  const paragraphs: string[] = [];
  for (const block of 'children' in root ? root.children : []) {
    if (block.type !== 'paragraph') return { problem: refusal(block, firstLine) };
    let text = '';
    for (const inline of block.children) {
      if (inline.type !== 'text') return { problem: refusal(inline, firstLine) };
      text += inline.value;
    }
    paragraphs.push(text);
  }
  return { text: paragraphs.join('\n\n') };
}

/** The message for a node a summary may not hold. */
function refusal(node: MdastNode, firstLine: number): string {
  return `${nodeName(node)} at ${placeOf(node, firstLine)} is not allowed: a summary is paragraphs of plain text, word for word (see the README, "Narrative summaries")`;
}
