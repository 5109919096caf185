/**
 * The part of OData `$filter` that SharePoint list queries use: comparisons
 * (`eq`, `ne`) of a property path with a literal, joined by `and` / `or`,
 * with parentheses. String literals follow the OData ABNF: single-quoted,
 * a quote inside written twice. Anything else is a syntax error (400), as
 * on the real service — so a value that was not escaped breaks the query
 * instead of quietly widening it.
 */

export type FilterValue = string | number | boolean | null;

export type FilterNode =
  | { readonly type: 'compare'; readonly op: 'eq' | 'ne'; readonly left: Operand; readonly right: Operand }
  | { readonly type: 'and' | 'or'; readonly left: FilterNode; readonly right: FilterNode };

export type Operand = { readonly type: 'property'; readonly path: string } | { readonly type: 'literal'; readonly value: FilterValue };

type Token =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'word'; value: string }
  | { kind: 'open' }
  | { kind: 'close' };

export class FilterSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FilterSyntaxError';
  }
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (ch === ' ' || ch === '\t') {
      i += 1;
    } else if (ch === '(') {
      tokens.push({ kind: 'open' });
      i += 1;
    } else if (ch === ')') {
      tokens.push({ kind: 'close' });
      i += 1;
    } else if (ch === "'") {
      let value = '';
      i += 1;
      for (;;) {
        if (i >= source.length) throw new FilterSyntaxError('Unterminated string literal');
        if (source[i] === "'") {
          if (source[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        value += source[i];
        i += 1;
      }
      tokens.push({ kind: 'string', value });
    } else if (/[0-9-]/.test(ch)) {
      const match = /^-?[0-9]+(\.[0-9]+)?/.exec(source.slice(i));
      if (!match) throw new FilterSyntaxError(`Unexpected '${ch}'`);
      tokens.push({ kind: 'number', value: Number(match[0]) });
      i += match[0].length;
    } else if (/[A-Za-z_]/.test(ch)) {
      const match = /^[A-Za-z_][A-Za-z0-9_/]*/.exec(source.slice(i));
      if (!match) throw new FilterSyntaxError(`Unexpected '${ch}'`);
      tokens.push({ kind: 'word', value: match[0] });
      i += match[0].length;
    } else {
      throw new FilterSyntaxError(`Syntax error at position ${i}: '${ch}'`);
    }
  }
  return tokens;
}

export function parseFilter(source: string): FilterNode {
  const tokens = tokenize(source);
  let position = 0;
  const peek = (): Token | undefined => tokens[position];

  function operand(): Operand {
    const token = tokens[position++];
    if (!token) throw new FilterSyntaxError('Expression ended early');
    if (token.kind === 'string' || token.kind === 'number') return { type: 'literal', value: token.value };
    if (token.kind === 'word') {
      if (token.value === 'true' || token.value === 'false') return { type: 'literal', value: token.value === 'true' };
      if (token.value === 'null') return { type: 'literal', value: null };
      return { type: 'property', path: token.value };
    }
    throw new FilterSyntaxError('Expected a property or a literal');
  }

  function primary(): FilterNode {
    const token = peek();
    if (token?.kind === 'open') {
      position += 1;
      const inner = orExpression();
      if (peek()?.kind !== 'close') throw new FilterSyntaxError("Expected ')'");
      position += 1;
      return inner;
    }
    const left = operand();
    const op = tokens[position++];
    if (!op || op.kind !== 'word' || (op.value !== 'eq' && op.value !== 'ne')) {
      throw new FilterSyntaxError('Expected eq or ne');
    }
    const right = operand();
    return { type: 'compare', op: op.value, left, right };
  }

  function andExpression(): FilterNode {
    let node = primary();
    for (let token = peek(); token?.kind === 'word' && token.value === 'and'; token = peek()) {
      position += 1;
      node = { type: 'and', left: node, right: primary() };
    }
    return node;
  }

  function orExpression(): FilterNode {
    let node = andExpression();
    for (let token = peek(); token?.kind === 'word' && token.value === 'or'; token = peek()) {
      position += 1;
      node = { type: 'or', left: node, right: andExpression() };
    }
    return node;
  }

  const tree = orExpression();
  if (position !== tokens.length) throw new FilterSyntaxError('Unexpected text after the expression');
  return tree;
}

/** Property paths the filter reads (`fields/Org`). */
export function filterProperties(node: FilterNode): string[] {
  if (node.type === 'compare') {
    return [node.left, node.right].flatMap((side) => (side.type === 'property' ? [side.path] : []));
  }
  return [...filterProperties(node.left), ...filterProperties(node.right)];
}

export function evaluateFilter(node: FilterNode, resolve: (path: string) => FilterValue | undefined): boolean {
  if (node.type !== 'compare') {
    return node.type === 'and'
      ? evaluateFilter(node.left, resolve) && evaluateFilter(node.right, resolve)
      : evaluateFilter(node.left, resolve) || evaluateFilter(node.right, resolve);
  }
  const value = (side: Operand): FilterValue | undefined => (side.type === 'literal' ? side.value : resolve(side.path));
  const equal = value(node.left) === value(node.right);
  return node.op === 'eq' ? equal : !equal;
}
