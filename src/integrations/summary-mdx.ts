/**
 * How @astrojs/mdx renders the narrative summaries: Markdown features off as the reader parses
 * them (`summaryMdxFeatures`), no smart punctuation (it would change the Chair's quotes and dashes),
 * and each run of text handed to the `SummaryText` component as a string, which turns its citations
 * into links exactly as the other verbatim texts (CitedText.astro). The reader has already refused
 * anything but paragraphs of text (src/domain/content/summary-mdx.ts).
 */
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import type { MarkdownProcessor } from 'astro/markdown';
import { defineMdastPlugin, type PluginFactoryContext } from 'satteri';
import { summaryMdxFeatures } from '../domain/content/summary-mdx.ts';

/** The component every text of a summary is rendered by (passed to `<Content components>`). */
export const summaryTextComponent = 'SummaryText';

/** Replaces each text node with `<SummaryText text="…" file="…" />`, the file named in a citation error. */
function summaryTextPlugin(context: PluginFactoryContext) {
  const file = context.fileURL
    ? relative(process.cwd(), fileURLToPath(context.fileURL))
    : 'content';
  return defineMdastPlugin({
    name: 'oewg-summary-text',
    text(node, visit) {
      visit.replaceNode(node, {
        type: 'mdxJsxTextElement',
        name: summaryTextComponent,
        attributes: [
          { type: 'mdxJsxAttribute', name: 'text', value: node.value },
          { type: 'mdxJsxAttribute', name: 'file', value: file },
        ],
        children: [],
      });
    },
  });
}

/** The MDX processor for `mdx({ processor })` in astro.config.mjs. */
export function summaryMdxProcessor(): MarkdownProcessor {
  return satteri({
    mdastPlugins: [summaryTextPlugin],
    features: { ...summaryMdxFeatures, smartPunctuation: false },
  });
}
