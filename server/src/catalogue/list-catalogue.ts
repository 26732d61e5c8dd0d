import { parseDefinition, ProcessVersionModel } from '@tongban/store';
import type { ProcessDefinition } from '@tongban/workflows';
import type { AppAbility } from '../auth/define-abilities';
import { localized, type Language } from '../http/language';
import { formVersion } from '../requests/published-definitions';

/** The newest published version of each process the caller may start, with its form. */
export async function listCatalogue(ability: AppAbility, language: Language) {
  if (!ability.can('start', 'Process')) return [];
  const published = await ProcessVersionModel.find({ status: 'published' }).sort({ key: 1, version: -1 }).lean();
  const latest = [
    ...new Map(
      published.reverse().map((version) => [version.key, parseDefinition<ProcessDefinition>(version)]),
    ).values(),
  ];
  const items = await Promise.all(
    latest.map(async (definition) => {
      const form = await formVersion(definition.form.key, definition.form.version);
      if (!form) return null;
      return {
        key: definition.key,
        version: definition.version,
        name: localized(definition.name, language),
        description: definition.description ? localized(definition.description, language) : '',
        form: { schema: form.schema, uiSchema: form.uiSchema, example: form.example },
      };
    }),
  );
  return items.filter((item) => item !== null);
}
