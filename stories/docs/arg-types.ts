import type { ArgTypes } from '@storybook/react-vite';
import props from './props.generated.json';

type InputType = ArgTypes[string];

/** What the props reference says about one prop (see props.generated.json). */
interface PropDoc {
  description: string;
  type: string;
  default?: string;
  category?: string;
}

type Documented = keyof typeof props;

/**
 * A component's argTypes with the README's words: description, type and default of every prop.
 * props.generated.json is written from the TypeScript types and their JSDoc by the same test
 * that writes the README's props reference (`UPDATE_README=1 npx vitest run
 * test/readme-props.test.ts`), so the docs page and the README cannot drift apart. `own` adds a
 * story's settings, such as controls, to the props it names.
 */
export function documentedArgTypes(
  component: Documented,
  own: Record<string, InputType> = {},
): Record<string, InputType> {
  const docs: Record<string, PropDoc> = props[component];
  const argTypes: Record<string, InputType> = {};
  for (const [name, doc] of Object.entries(docs)) {
    argTypes[name] = {
      description: doc.description,
      table: {
        type: { summary: doc.type },
        ...(doc.default !== undefined && { defaultValue: { summary: doc.default } }),
        ...(doc.category !== undefined && { category: doc.category }),
      },
      ...own[name],
    };
  }
  // Settings for props the reference does not list are kept as they are, after the others.
  for (const [name, settings] of Object.entries(own)) argTypes[name] ??= settings;
  return argTypes;
}
