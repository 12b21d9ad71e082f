/**
 * Reads the MDX frontmatter of the narrative summaries with the domain reader before Astro's glob
 * loader does, so a bad summary fails the build with the same `file: field: problem` message as
 * bad YAML (the YAML collections already go through the domain reader in their loaders).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ContentError } from '../domain/content/content-error.ts';
import { readCollection } from '../domain/content/content-reader.ts';
import { contentRoot } from '../domain/content/content-root.ts';
import { failOnContentError } from './content-failure.ts';

/** The integration; add it to `integrations` in astro.config.mjs. */
export function contentCheck(): AstroIntegration {
  return {
    name: 'oewg-content-check',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const projectRoot = fileURLToPath(config.root);
        const { issues } = readCollection(resolve(projectRoot, contentRoot()), 'summaries', projectRoot);
        if (issues.length > 0) failOnContentError(new ContentError(issues));
      },
    },
  };
}
