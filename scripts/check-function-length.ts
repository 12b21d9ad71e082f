/**
 * No function in `src/domain` longer than about a screen: where one grows past the limit, a table
 * of rules or smaller named steps reads better. Usage: `node scripts/check-function-length.ts
 * [src/domain] [limit]`; exits 1 and lists each function over the limit with its lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from '@babel/parser';

/** The most lines a function may span, its signature and closing brace included. */
export const functionLineLimit = 60;

/** A function that spans more lines than the limit. */
export interface LongFunction {
  file: string;
  name: string;
  line: number;
  lines: number;
}

const functionTypes = new Set([
  'FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'ObjectMethod', 'ClassMethod', 'ClassPrivateMethod',
]);

interface AstNode {
  type: string;
  loc?: { start: { line: number }; end: { line: number } };
  id?: { name?: string } | null;
  key?: { name?: string } | null;
  [key: string]: unknown;
}

/** A readable name for a function node (its own name, or the variable or property it is assigned to). */
function nameOf(node: AstNode, parent: AstNode | undefined): string {
  if (node.id?.name) return node.id.name;
  if (node.key?.name) return node.key.name;
  const target = parent?.id as AstNode | undefined ?? parent?.key as AstNode | undefined;
  return typeof target?.name === 'string' ? target.name : '(anonymous)';
}

/** Functions in a TypeScript source that span more than `limit` lines. */
export function longFunctionsIn(source: string, file: string, limit = functionLineLimit): LongFunction[] {
  const ast = parse(source, { sourceType: 'module', plugins: ['typescript'] }) as unknown as AstNode;
  const found: LongFunction[] = [];
  const visit = (node: AstNode, parent: AstNode | undefined): void => {
    if (functionTypes.has(node.type) && node.loc) {
      const lines = node.loc.end.line - node.loc.start.line + 1;
      if (lines > limit) found.push({ file, name: nameOf(node, parent), line: node.loc.start.line, lines });
    }
    for (const value of Object.values(node)) {
      const children = Array.isArray(value) ? value : [value];
      for (const child of children) {
        if (child && typeof child === 'object' && typeof (child as AstNode).type === 'string') visit(child as AstNode, node);
      }
    }
  };
  visit(ast, undefined);
  return found;
}

/** Every function over the limit in the `.ts` modules under `root`. */
export function longFunctions(root: string, limit = functionLineLimit): LongFunction[] {
  const found: LongFunction[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) found.push(...longFunctionsIn(readFileSync(path, 'utf8'), relative(root, path), limit));
    }
  };
  walk(root);
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(process.argv[2] ?? 'src/domain');
  const limit = Number(process.argv[3] ?? functionLineLimit);
  const found = longFunctions(root, limit);
  for (const entry of found) console.log(`${entry.file}:${entry.line}: ${entry.name} spans ${entry.lines} lines (limit ${limit})`);
  process.exit(found.length > 0 ? 1 : 0);
}
