import { join } from 'node:path';
import ts from 'typescript';

/*
 * The props reference, read from the TypeScript types and their JSDoc: the README's tables
 * (test/readme-props.test.ts) and the Storybook argTypes data (stories/docs/) both come from
 * here, so they cannot say different things. Test code only: nothing in src/ or stories/
 * imports it.
 */

/** One documented member: a prop, a hook option or a field of the hook's result. */
export interface MemberDoc {
  name: string;
  /** The type as declared, on one line, without comments: `2 | 3 | 4 | 5 | 6`. */
  type: string;
  /** The `@default` tag as written (`3`, `'md'`, `en`); absent when there is none. */
  default?: string;
  /** The JSDoc text on one line, tags left out. */
  description: string;
  /** A prop or option that is not optional (`?`); never set for the hook's result. */
  required: boolean;
  /** For a field that only some states have: the discriminant, e.g. "`retryState` is `'idle'`". */
  only?: string;
}

/** What the reference documents about one type. */
export interface TypeDoc {
  id: string;
  /** Heading of its README section (markdown). */
  title: string;
  typeName: string;
  file: string;
  /** What the members are called in the table's first column. */
  column: 'Prop' | 'Option' | 'Field';
  /** A component's props: they become its Storybook argTypes. */
  component: boolean;
  /** Its own members, and any inherited from types that are not documented on their own. */
  members: MemberDoc[];
  /** How a type that includes this one names it: "every `useConnectStatus` option". */
  mention?: string;
  /** Ids of documented types this one extends: their members are listed there, not here. */
  includes: string[];
  /** The element that gets every other prop (HTML attributes), and the attributes left out. */
  root?: { tag: string; omitted: string[] };
}

/** The types the reference covers, in README order. New members are picked up on their own. */
const targets: Omit<TypeDoc, 'members' | 'includes' | 'root'>[] = [
  {
    id: 'StatusAlert',
    title: '`<StatusAlert>`',
    typeName: 'StatusAlertProps',
    file: 'src/components/StatusAlert.tsx',
    column: 'Prop',
    component: true,
  },
  {
    id: 'StatusBadge',
    title: '`<StatusBadge>`',
    typeName: 'StatusBadgeProps',
    file: 'src/components/StatusBadge.tsx',
    column: 'Prop',
    component: true,
  },
  {
    id: 'StatusPage',
    title: '`<StatusPage>`',
    typeName: 'StatusPageProps',
    file: 'src/components/StatusPage.tsx',
    column: 'Prop',
    component: true,
  },
  {
    id: 'ConnectErrorBoundary',
    title: '`<ConnectErrorBoundary>`',
    typeName: 'ConnectErrorBoundaryProps',
    file: 'src/components/ConnectErrorBoundary.tsx',
    column: 'Prop',
    component: true,
  },
  {
    id: 'useConnectStatus',
    title: '`useConnectStatus` options',
    mention: 'every `useConnectStatus` option',
    typeName: 'UseConnectStatusOptions',
    file: 'src/hooks/useConnectStatus.ts',
    column: 'Option',
    component: false,
  },
  {
    id: 'ConnectStatus',
    title: 'What `useConnectStatus` returns',
    typeName: 'ConnectStatus',
    file: 'src/hooks/useConnectStatus.ts',
    column: 'Field',
    component: false,
  },
  {
    id: 'ConnectStatusProvider',
    title: '`<ConnectStatusProvider>`',
    typeName: 'ConnectStatusProviderProps',
    file: 'src/hooks/provider.tsx',
    column: 'Prop',
    component: false,
  },
];

/**
 * The compiler options of the project's tsconfig.json, without its global types (Node, Vite):
 * the documented files import what they use, and reading those types would double the time.
 */
function compilerOptions(root: string): ts.CompilerOptions {
  const path = join(root, 'tsconfig.json');
  const { config, error } = ts.readConfigFile(path, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  return {
    ...ts.parseJsonConfigFileContent(config, ts.sys, root, undefined, path).options,
    types: [],
  };
}

const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** A type node as written in the source, on one line, comments dropped. */
function typeText(node: ts.Node, file: ts.SourceFile): string {
  return oneLine(printer.printNode(ts.EmitHint.Unspecified, node, file)).replace(/; }/g, ' }');
}

/** The declared type of a property (`x: T`) or method (`x(a: A): R`, shown as `(a: A) => R`). */
function declaredType(declaration: ts.Declaration): string {
  const file = declaration.getSourceFile();
  if (ts.isPropertySignature(declaration) && declaration.type) {
    return typeText(declaration.type, file);
  }
  if (ts.isMethodSignature(declaration)) {
    const params = declaration.parameters.map((p) => oneLine(p.getText(file))).join(', ');
    return `(${params}) => ${declaration.type ? typeText(declaration.type, file) : 'void'}`;
  }
  throw new Error(`Cannot read the type of ${declaration.getText(file)}`);
}

/** The interface or type alias `name` declared at the top of `file`, if there is one. */
function declarationIn(file: ts.SourceFile, name: string) {
  for (const statement of file.statements) {
    if (
      (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) &&
      statement.name.text === name
    ) {
      return statement;
    }
  }
  return undefined;
}

function findDeclaration(file: ts.SourceFile, name: string) {
  const declaration = declarationIn(file, name);
  if (!declaration) throw new Error(`${file.fileName} declares no ${name}`);
  return declaration;
}

/** `x?: never`: a prop one shape of a union forbids because another takes it. Not listed. */
const forbids = (declaration: ts.Declaration) =>
  ts.isPropertySignature(declaration) && declaration.type?.kind === ts.SyntaxKind.NeverKeyword;

/** The interface a member is declared in, if it is one. */
function ownerName(declaration: ts.Declaration): string | undefined {
  const parent = declaration.parent;
  return parent && ts.isInterfaceDeclaration(parent) ? parent.name.text : undefined;
}

const isNative = (declaration: ts.Declaration) =>
  /[\\/]node_modules[\\/]/.test(declaration.getSourceFile().fileName);

/** The string literals of `'a' | 'b'`. */
function literals(node: ts.TypeNode | undefined): string[] {
  if (!node) return [];
  const parts = ts.isUnionTypeNode(node) ? [...node.types] : [node];
  return parts.flatMap((part) =>
    ts.isLiteralTypeNode(part) && ts.isStringLiteral(part.literal) ? [part.literal.text] : [],
  );
}

/**
 * The root element of props that extend `HTMLAttributes<HTMLDivElement>`, or an `Omit` of it:
 * `div`, and the attributes the `Omit` leaves out.
 */
function rootElement(declaration: ts.Node): TypeDoc['root'] {
  // Props as a union of shapes (`status` or `controller`): the shapes' common base says it.
  if (ts.isTypeAliasDeclaration(declaration) && ts.isUnionTypeNode(declaration.type)) {
    for (const shape of declaration.type.types) {
      if (!ts.isTypeReferenceNode(shape)) continue;
      const found = declarationIn(declaration.getSourceFile(), shape.typeName.getText());
      const root = found && rootElement(found);
      if (root) return root;
    }
    return undefined;
  }
  if (!ts.isInterfaceDeclaration(declaration)) return undefined;
  for (const clause of declaration.heritageClauses ?? []) {
    for (const heritage of clause.types) {
      let name = heritage.expression.getText();
      // A base declared beside it (StatusAlertBaseProps) may be the one extending the element's.
      const local = declarationIn(declaration.getSourceFile(), name);
      const inherited = local && rootElement(local);
      if (inherited) return inherited;
      let args = heritage.typeArguments ?? [];
      let omitted: string[] = [];
      if (name === 'Omit') {
        const [inner, keys] = args;
        if (!inner || !ts.isTypeReferenceNode(inner)) continue;
        omitted = literals(keys);
        name = inner.typeName.getText();
        args = inner.typeArguments ?? [];
      }
      const element = args[0]?.getText();
      if (!name.endsWith('HTMLAttributes') || !element) continue;
      // HTMLDivElement → div, HTMLSpanElement → span.
      return { tag: element.replace(/^HTML(\w+)Element$/, '$1').toLowerCase(), omitted };
    }
  }
  return undefined;
}

/**
 * Reads every documented type from the sources under `root` (the project directory). Throws if
 * a member has no JSDoc: every prop needs its words before the reference can show it.
 */
export function readPropsDocs(root: string = process.cwd()): TypeDoc[] {
  const files = [...new Set(targets.map((target) => join(root, target.file)))];
  const program = ts.createProgram(files, compilerOptions(root));
  const checker = program.getTypeChecker();
  const idOf = new Map(targets.map((target) => [target.typeName, target.id]));

  return targets.map((target) => {
    const file = program.getSourceFile(join(root, target.file));
    if (!file) throw new Error(`Cannot read ${target.file}`);
    const declaration = findDeclaration(file, target.typeName);
    const type = checker.getTypeAtLocation(declaration.name);
    // A union (the hook's result, one shape per retry state) lists the fields of every shape.
    const shapes = type.isUnion() ? type.types : [type];
    const byName = new Map<string, ts.Symbol[]>();
    for (const shape of shapes) {
      for (const symbol of checker.getPropertiesOfType(shape)) {
        byName.set(symbol.name, [...(byName.get(symbol.name) ?? []), symbol]);
      }
    }
    const discriminant = discriminantOf(byName, shapes.length);

    const members: MemberDoc[] = [];
    const includes: string[] = [];
    for (const [name, symbols] of byName) {
      const declarations = symbols
        .flatMap((symbol) => symbol.declarations ?? [])
        .filter((declaration) => !forbids(declaration));
      const first = declarations[0];
      if (!first || isNative(first)) continue;
      const owner = ownerName(first);
      const included = owner !== target.typeName ? idOf.get(owner ?? '') : undefined;
      if (included !== undefined) {
        if (!includes.includes(included)) includes.push(included);
        continue;
      }
      members.push({
        name,
        type: [...new Set(declarations.map(declaredType))].join(' | '),
        ...defaultOf(declarations),
        description: descriptionOf(symbols, checker, `${target.typeName}.${name}`),
        required:
          target.column !== 'Field' &&
          symbols.every((symbol) => !(symbol.flags & ts.SymbolFlags.Optional)),
        ...(discriminant &&
          symbols.length < shapes.length && {
            only: `\`${discriminant}\` is ${symbols
              .map((symbol) => literalOf(symbol, discriminant, byName))
              .join(' or ')}`,
          }),
      });
    }
    // Fields that only some states have come last.
    members.sort((a, b) => Number(a.only !== undefined) - Number(b.only !== undefined));
    const element = rootElement(declaration);
    return { ...target, members, includes, ...(element && { root: element }) };
  });
}

/** The JSDoc text of the first symbol that has one, on one line. */
function descriptionOf(symbols: ts.Symbol[], checker: ts.TypeChecker, where: string): string {
  for (const symbol of symbols) {
    const text = oneLine(ts.displayPartsToString(symbol.getDocumentationComment(checker)));
    if (text) return text;
  }
  throw new Error(`${where} has no JSDoc: describe it for the props reference`);
}

/** The `@default` tag, if a declaration has one. */
function defaultOf(declarations: ts.Declaration[]): { default?: string } {
  for (const declaration of declarations) {
    for (const tag of ts.getJSDocTags(declaration)) {
      if (tag.tagName.text !== 'default') continue;
      const text = oneLine(ts.getTextOfJSDocComment(tag.comment) ?? '');
      if (text) return { default: text };
    }
  }
  return {};
}

/** The field every shape of a union has with a literal type (`retryState`), if any. */
function discriminantOf(byName: Map<string, ts.Symbol[]>, shapes: number): string | undefined {
  if (shapes < 2) return undefined;
  for (const [name, symbols] of byName) {
    const literal = (symbol: ts.Symbol) => {
      const declaration = symbol.declarations?.[0];
      return (
        declaration !== undefined &&
        ts.isPropertySignature(declaration) &&
        declaration.type !== undefined &&
        ts.isLiteralTypeNode(declaration.type)
      );
    };
    if (symbols.length === shapes && symbols.every(literal)) return name;
  }
  return undefined;
}

/** The discriminant's value (`'scheduled'`) in the shape that declares `symbol`. */
function literalOf(symbol: ts.Symbol, discriminant: string, byName: Map<string, ts.Symbol[]>) {
  const shape = symbol.declarations?.[0]?.parent;
  const tag = byName
    .get(discriminant)
    ?.map((candidate) => candidate.declarations?.[0])
    .find((declaration) => declaration?.parent === shape);
  return `\`${tag ? declaredType(tag) : '?'}\``;
}

/** A markdown table cell: no line breaks, and `|` escaped so it cannot end the cell. */
const cell = (text: string) => oneLine(text).replace(/\|/g, '\\|');

/** Inline code, with a longer fence if the text holds a backtick. */
const code = (text: string) => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);

/** A GitHub heading anchor: `useConnectStatus` options → #useconnectstatus-options. */
const anchor = (title: string) =>
  `#${title
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s/g, '-')}`;

/** The words a README row and an argType share for a member. */
export function describeMember(member: MemberDoc): string {
  const required = member.required ? '**Required.** ' : '';
  const only = member.only ? ` Only while ${member.only}.` : '';
  return `${required}${member.description}${only}`;
}

function table(doc: TypeDoc): string[] {
  const result = doc.column === 'Field';
  const header = result
    ? [`| ${doc.column} | Type | Description |`, '|---|---|---|']
    : [`| ${doc.column} | Type | Default | Description |`, '|---|---|---|---|'];
  const rows = doc.members.map((member) => {
    const cells = [code(member.name), code(member.type)];
    if (!result) cells.push(member.default === undefined ? '' : code(member.default));
    cells.push(describeMember(member));
    return `| ${cells.map(cell).join(' | ')} |`;
  });
  return [...header, ...rows];
}

/** What a type takes besides its table: the types it includes, and its root's attributes. */
function rest(doc: TypeDoc, docs: TypeDoc[]): string[] {
  const lines: string[] = [];
  for (const id of doc.includes) {
    const included = docs.find((other) => other.id === id);
    if (included) {
      lines.push(`…and [${included.mention ?? included.title}](${anchor(included.title)}).`);
    }
  }
  if (doc.root) {
    const except = doc.root.omitted.length
      ? `, except ${doc.root.omitted.map(code).join(' and ')}`
      : '';
    lines.push(
      `Any other prop is an HTML attribute (\`className\`, \`id\`, \`aria-*\`…) and goes to the root \`<${doc.root.tag}>\`${except}.`,
    );
  }
  return lines.length ? ['', lines.join(' ')] : [];
}

/** The README's props reference: one section per documented type. */
export function propsMarkdown(docs: TypeDoc[]): string {
  return docs
    .map((doc) => [`### ${doc.title}`, '', ...table(doc), ...rest(doc, docs)].join('\n'))
    .join('\n\n');
}

/** What a story's argType takes from the reference. */
export interface ArgDoc {
  description: string;
  type: string;
  default?: string;
  /** The included type a prop comes from, e.g. `useConnectStatus options`. */
  category?: string;
}

/**
 * The argTypes data of every component, by component id and prop: its own props, then those of
 * the types it includes (with that type as their category). The stories import it as JSON.
 */
export function argTypesData(docs: TypeDoc[]): Record<string, Record<string, ArgDoc>> {
  const arg = (member: MemberDoc, category?: string): ArgDoc => ({
    description: describeMember(member),
    type: member.type,
    ...(member.default !== undefined && { default: member.default }),
    ...(category !== undefined && { category }),
  });
  const data: Record<string, Record<string, ArgDoc>> = {};
  for (const doc of docs.filter((candidate) => candidate.component)) {
    const args: Record<string, ArgDoc> = {};
    for (const member of doc.members) args[member.name] = arg(member);
    for (const id of doc.includes) {
      const included = docs.find((other) => other.id === id);
      for (const member of included?.members ?? []) {
        args[member.name] = arg(member, included?.title.replace(/`/g, ''));
      }
    }
    data[doc.id] = args;
  }
  return data;
}

/** The JSON file the stories import, formatted as Biome formats it. */
export function argTypesJson(docs: TypeDoc[]): string {
  return `${JSON.stringify(argTypesData(docs), null, 2)}\n`;
}
